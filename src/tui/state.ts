/**
 * The browser's state and how each command changes it: a pure reducer, so the whole
 * behaviour can be tested without a terminal. Everything it needs to know about the
 * library, the search results and the screen comes in a `Ctx`.
 */
import type { Entry } from "../library/library.js";
import type { Hit } from "../search/index.js";
import { SECTIONS, sectionsOf, type SectionId } from "../profile/sections.js";
import type { Command } from "./keymap.js";
import type { Layout } from "./layout.js";

export type Focus = "list" | "detail";

export interface View {
  cursor: number;
  focus: Focus;
  section: SectionId;
  scroll: number;
}

export interface Search {
  query: string;
  /** The text cursor in the query, in code points. */
  at: number;
  /** While ↑ recalls earlier queries: which one (0 = the latest). */
  recalled?: number;
  /** The search bar is open and letters are query text. */
  typing: boolean;
  /** Index of the chosen hit. */
  hit: number;
  /** A hit has been opened: the detail pane marks it, n/N move between hits. */
  jumped: boolean;
  /** The view before `/`, restored by Esc. */
  saved: View & { id?: string };
}

/** How the people list is ordered: as loaded, or by one of these. */
export type SortKey = "file" | "name" | "role" | "place" | "date";
export const SORTS: readonly SortKey[] = ["file", "name", "role", "place", "date"];
export const SORT_NAMES: Record<SortKey, string> = {
  file: "file order",
  name: "name",
  role: "latest role",
  place: "place",
  date: "latest date",
};

/** The people list narrowed by a few letters (name, latest role, place). */
export interface Filter {
  text: string;
  at: number;
  typing: boolean;
}

/** A small menu of things to copy or open. */
export interface Chooser {
  kind: "copy" | "open";
  items: ChoiceItem[];
  cursor: number;
}
export interface ChoiceItem {
  label: string;
  value: string;
}

/** What the app must do outside the state (write, run, stop); done by App. */
export type Request =
  | { kind: "copy"; text: string; label: string }
  | { kind: "openUrl"; url: string }
  | { kind: "edit"; file: string }
  | { kind: "suspend" };

export interface State extends View {
  /** An overlay is open: the help, or (`problems`) the files that could not be read. */
  help: boolean;
  problems?: boolean;
  helpScroll: number;
  search?: Search;
  filter?: Filter;
  sort: SortKey;
  /** Every section of the profile on one page. */
  whole: boolean;
  chooser?: Chooser;
  /** Earlier queries, latest first. */
  history: string[];
  request?: Request;
  /** Bumped by Ctrl-L: the frame is drawn again whole. */
  redraw: number;
  message?: string;
}

/** The profiles shown in the list: all of them, or those with hits, best first. */
export interface ListView {
  length: number;
  /** Before the filter narrowed it. */
  total?: number;
  at(i: number): Entry | undefined;
  indexOf(id: string): number;
  /** Hits per profile, when filtered by a search. */
  counts?: Map<string, number>;
}

export interface Ctx {
  entries: readonly Entry[];
  byId: ReadonlyMap<string, Entry>;
  hits(query: string): Hit[];
  /** Whether every hit of `query` is ranked (else `hits` holds the first batches). */
  complete(query: string): boolean;
  /** Rank the next batch of hits (`all`: every one). */
  more(query: string, all?: boolean): boolean;
  list(query: string | undefined, arrange?: Arrange): ListView;
  layout: Layout;
  /** What `y` (copy) and `o` (open) offer for the entry at `line` of this section. */
  choices(kind: "copy" | "open", entry: Entry, section: SectionId | "whole", line: number): ChoiceItem[];
  /** The local terminal: files and programs may be opened (not over SSH). */
  local: boolean;
  /** Problems loading the library (lines in the `!` view). */
  problems: number;
  /** Lines in a section of a profile, and the line a hit falls on (-1: unknown). */
  docLength(entry: Entry, section: SectionId | "whole"): number;
  /** The line a hit falls on in `section` (its own section, or the whole profile). */
  hitLine(entry: Entry, hit: Hit, section?: SectionId | "whole"): number;
  help: number;
}

/** How the list is arranged beyond the search: sorted, and narrowed by a filter. */
export interface Arrange {
  sort: SortKey;
  filter?: string;
}

export type Action =
  | { type: "command"; command: Command; index?: number }
  | { type: "text"; text: string }
  /** The app did what `request` asked (with a message to show, if any). */
  | { type: "done"; message?: string }
  /** A click or wheel step: select row `row` of the list, or scroll the pane under it. */
  | { type: "select"; index: number }
  | { type: "scroll"; pane: "list" | "detail"; by: number }
  | { type: "tab"; section: SectionId };

export function initialState(ctx: Ctx, initialId?: string): State {
  const at = initialId ? ctx.list(undefined).indexOf(initialId) : -1;
  return {
    cursor: Math.max(0, at),
    focus: at >= 0 ? "detail" : "list",
    section: "overview",
    scroll: 0,
    help: false,
    helpScroll: 0,
    sort: "file",
    whole: false,
    history: [],
    redraw: 0,
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The query the list is filtered by (none while the query is empty). */
export function activeQuery(s: State): string | undefined {
  return s.search && s.search.query.trim() ? s.search.query : undefined;
}

export function arrangeOf(s: State): Arrange {
  const filter = s.filter?.text.trim();
  return { sort: s.sort, filter: filter || undefined };
}

export function listOf(s: State, ctx: Ctx): ListView {
  return ctx.list(activeQuery(s), arrangeOf(s));
}

export function selected(s: State, ctx: Ctx): Entry | undefined {
  return listOf(s, ctx).at(s.cursor);
}

/** The section shown for `entry`: the one asked for when it has it, else overview. */
export function sectionFor(
  s: State,
  entry: Entry | undefined,
): { id: SectionId; list: SectionId[]; index: number } {
  const list = entry ? sectionsOf(entry.profile) : (["overview"] as SectionId[]);
  const index = Math.max(0, list.indexOf(s.section));
  return { id: list[index] ?? "overview", list, index };
}

/** The section shown, or "whole" when the one-page view is on. */
export function shownSection(s: State, entry: Entry | undefined): SectionId | "whole" {
  return s.whole ? "whole" : sectionFor(s, entry).id;
}

export function maxScroll(s: State, ctx: Ctx): number {
  const e = selected(s, ctx);
  if (!e) return 0;
  return Math.max(0, ctx.docLength(e, shownSection(s, e)) - ctx.layout.bodyRows);
}

export function currentHit(s: State, ctx: Ctx): Hit | undefined {
  const q = activeQuery(s);
  return q && s.search ? ctx.hits(q)[s.search.hit] : undefined;
}

function view(s: View): View {
  return { cursor: s.cursor, focus: s.focus, section: s.section, scroll: s.scroll };
}

/**
 * Hits are ranked in batches: moving near the end of what is ranked (a page away), or to
 * the very end, ranks more first, so every match is reachable.
 */
function reach(s: State, ctx: Ctx, to: number, length: () => number): void {
  const q = activeQuery(s);
  if (!q) return;
  const page = Math.max(ctx.layout.listRows, ctx.layout.hitRows);
  if (to >= Number.MAX_SAFE_INTEGER / 2) {
    ctx.more(q, true);
    return;
  }
  while (to >= length() - page && !ctx.complete(q) && ctx.more(q)) {
    /* ranked one more batch */
  }
}

function moveCursor(s: State, ctx: Ctx, to: number): State {
  reach(s, ctx, to, () => listOf(s, ctx).length);
  const n = listOf(s, ctx).length;
  const cursor = clamp(to, 0, Math.max(0, n - 1));
  return cursor === s.cursor ? s : { ...s, cursor, scroll: 0 };
}

function scrollTo(s: State, ctx: Ctx, to: number): State {
  return { ...s, scroll: clamp(to, 0, maxScroll(s, ctx)) };
}

/** Open a hit: its profile selected, its section shown, its line scrolled into view. */
function jump(s: State, ctx: Ctx, index: number): State {
  const q = activeQuery(s);
  if (!q || !s.search) return s;
  const hits = ctx.hits(q);
  const hit = hits[index];
  if (!hit) return { ...s, message: "No matches" };
  const entry = ctx.byId.get(hit.id);
  const list = listOf(s, ctx);
  const cursor = Math.max(0, list.indexOf(hit.id));
  const history = [q, ...s.history.filter((h) => h !== q)].slice(0, 50);
  const next: State = {
    ...s,
    cursor,
    section: hit.section,
    focus: "detail",
    history,
    search: { ...s.search, hit: index, typing: false, jumped: true, recalled: undefined },
    message: undefined,
  };
  if (!entry) return next;
  const line = ctx.hitLine(entry, hit, s.whole ? "whole" : hit.section);
  const top = line < 0 ? 0 : line - Math.floor(ctx.layout.bodyRows / 3);
  return scrollTo(next, ctx, top);
}

const ORDER = new Map<string, number>(SECTIONS.map((x, i) => [x.id, i]));

/**
 * The hits of one person in reading order (section order, then line), as indices into
 * the ranked hits.
 */
export function readingOrder(ctx: Ctx, q: string, id: string): number[] {
  const hits = ctx.hits(q);
  const entry = ctx.byId.get(id);
  const mine: { i: number; sec: number; line: number }[] = [];
  hits.forEach((h, i) => {
    if (h.id !== id) return;
    const line = entry ? ctx.hitLine(entry, h) : -1;
    mine.push({ i, sec: ORDER.get(h.section) ?? 99, line: line < 0 ? h.entry * 1000 : line });
  });
  return mine.sort((a, b) => a.sec - b.sec || a.line - b.line || a.i - b.i).map((m) => m.i);
}

/**
 * n/N: in a profile (the detail pane), the person's hits in reading order, then the next
 * person's; in the list, hits by rank.
 */
function walkHits(s: State, ctx: Ctx, forward: boolean): State {
  const q = activeQuery(s);
  const n = q ? ctx.hits(q).length : 0;
  if (!q || !s.search || !n) return { ...s, message: "No search: press / to search" };
  const hits = ctx.hits(q);
  const step = forward ? 1 : -1;
  if (s.focus !== "detail" || !s.search.jumped) {
    const from = s.search.jumped ? s.search.hit + step : s.search.hit;
    return jump(s, ctx, (from + n) % n);
  }
  const current = hits[s.search.hit];
  const id = current?.id ?? selected(s, ctx)?.id;
  if (!id) return jump(s, ctx, 0);
  const order = readingOrder(ctx, q, id);
  const at = order.indexOf(s.search.hit);
  const next = order[at + step];
  if (next !== undefined && at >= 0) return jump(s, ctx, next);
  // past this person's hits: the next (or previous) person with hits, by rank
  const list = ctx.list(q);
  const people = list.length;
  if (!people) return s;
  const me = Math.max(0, list.indexOf(id));
  const other = list.at((me + step + people) % people);
  if (!other) return s;
  const theirs = readingOrder(ctx, q, other.id);
  const pick = forward ? theirs[0] : theirs[theirs.length - 1];
  return pick === undefined ? s : jump(s, ctx, pick);
}

/** Choose a hit while typing: the list's cursor follows its profile. */
function choose(s: State, ctx: Ctx, index: number): State {
  const q = activeQuery(s);
  if (!s.search) return s;
  if (q) reach(s, ctx, index, () => ctx.hits(q).length);
  const hits = q ? ctx.hits(q) : [];
  const hit = clamp(index, 0, Math.max(0, hits.length - 1));
  const h = hits[hit];
  const cursor = h ? Math.max(0, ctx.list(q).indexOf(h.id)) : 0;
  return { ...s, cursor, scroll: 0, search: { ...s.search, hit } };
}

function setQuery(s: State, ctx: Ctx, query: string, at?: number): State {
  if (!s.search) return s;
  const cursor = clamp(at ?? Array.from(query).length, 0, Array.from(query).length);
  return choose(
    { ...s, search: { ...s.search, query, at: cursor, hit: 0, jumped: false, recalled: undefined } },
    ctx,
    0,
  );
}

/** A readline edit of `text` with the cursor at `at` (code points); undefined: not an edit. */
export function edit(
  text: string,
  at: number,
  command: Command | { insert: string },
): { text: string; at: number } | undefined {
  const chars = Array.from(text);
  const i = clamp(at, 0, chars.length);
  if (typeof command === "object") {
    const ins = Array.from(command.insert);
    return { text: [...chars.slice(0, i), ...ins, ...chars.slice(i)].join(""), at: i + ins.length };
  }
  switch (command) {
    case "deleteChar":
      return i === 0
        ? { text, at: 0 }
        : { text: [...chars.slice(0, i - 1), ...chars.slice(i)].join(""), at: i - 1 };
    case "clearQuery":
      return { text: chars.slice(i).join(""), at: 0 };
    case "deleteWord": {
      let j = i;
      while (j > 0 && chars[j - 1] === " ") j--;
      while (j > 0 && chars[j - 1] !== " ") j--;
      return { text: [...chars.slice(0, j), ...chars.slice(i)].join(""), at: j };
    }
    case "cursorLeft":
      return { text, at: Math.max(0, i - 1) };
    case "cursorRight":
      return { text, at: Math.min(chars.length, i + 1) };
    case "lineStart":
      return { text, at: 0 };
    case "lineEnd":
      return { text, at: chars.length };
    default:
      return undefined;
  }
}

/** Close the search and put the view back as it was before `/`. */
function restore(s: State, ctx: Ctx): State {
  if (!s.search) return s;
  const saved = s.search.saved;
  const base: State = { ...s, ...view(saved), search: undefined, message: undefined };
  const at = saved.id ? ctx.list(undefined).indexOf(saved.id) : -1;
  return at >= 0 ? { ...base, cursor: at } : moveCursor({ ...base, cursor: 0 }, ctx, saved.cursor);
}

/** Drop the search filter but stay on the profile now selected. */
function clearSearch(s: State, ctx: Ctx): State {
  const e = selected(s, ctx);
  const base: State = { ...s, search: undefined, message: undefined };
  const at = e ? ctx.list(undefined).indexOf(e.id) : -1;
  return { ...base, cursor: Math.max(0, at) };
}

/** The section entry at the top of the detail pane (for "copy the entry"). */
function lineInView(s: State): number {
  return s.scroll;
}

function openChooser(s: State, ctx: Ctx, kind: "copy" | "open"): State {
  const e = selected(s, ctx);
  if (!e) return { ...s, message: "No profile selected" };
  if (kind === "open" && !ctx.local)
    return { ...s, message: "Links open only in a local browser, not over SSH" };
  const items = ctx.choices(kind, e, shownSection(s, e), lineInView(s));
  if (!items.length)
    return { ...s, message: kind === "open" ? "No links in this profile" : "Nothing to copy" };
  return { ...s, chooser: { kind, items, cursor: 0 } };
}

function pick(s: State, item: ChoiceItem | undefined): State {
  if (!s.chooser || !item) return s;
  const kind = s.chooser.kind;
  const base: State = { ...s, chooser: undefined };
  return kind === "copy"
    ? { ...base, request: { kind: "copy", text: item.value, label: item.label } }
    : { ...base, request: { kind: "openUrl", url: item.value } };
}

function choosing(s: State, ctx: Ctx, command: Command, index?: number): State {
  const c = s.chooser!;
  switch (command) {
    case "up":
      return { ...s, chooser: { ...c, cursor: clamp(c.cursor - 1, 0, c.items.length - 1) } };
    case "down":
      return { ...s, chooser: { ...c, cursor: clamp(c.cursor + 1, 0, c.items.length - 1) } };
    case "choose":
      return pick(s, c.items[index ?? 0]);
    case "open":
      return pick(s, c.items[c.cursor]);
    case "back":
      return { ...s, chooser: undefined };
    default:
      return common(s, ctx, command) ?? s;
  }
}

/** Keys that do the same in every mode. */
function common(s: State, _ctx: Ctx, command: Command): State | undefined {
  switch (command) {
    case "redraw":
      return { ...s, redraw: s.redraw + 1 };
    case "suspend":
      return { ...s, request: { kind: "suspend" } };
    default:
      return undefined;
  }
}

function browse(s: State, ctx: Ctx, command: Command, index?: number): State {
  const { layout } = ctx;
  const inDetail = s.focus === "detail";
  const half = (rows: number) => Math.max(1, Math.floor(rows / 2));
  switch (command) {
    case "up":
      return inDetail ? scrollTo(s, ctx, s.scroll - 1) : moveCursor(s, ctx, s.cursor - 1);
    case "down":
      return inDetail ? scrollTo(s, ctx, s.scroll + 1) : moveCursor(s, ctx, s.cursor + 1);
    case "pageUp":
      return inDetail
        ? scrollTo(s, ctx, s.scroll - Math.max(1, layout.bodyRows - 1))
        : moveCursor(s, ctx, s.cursor - layout.listRows);
    case "pageDown":
      return inDetail
        ? scrollTo(s, ctx, s.scroll + Math.max(1, layout.bodyRows - 1))
        : moveCursor(s, ctx, s.cursor + layout.listRows);
    case "halfUp":
      return inDetail
        ? scrollTo(s, ctx, s.scroll - half(layout.bodyRows))
        : moveCursor(s, ctx, s.cursor - half(layout.listRows));
    case "halfDown":
      return inDetail
        ? scrollTo(s, ctx, s.scroll + half(layout.bodyRows))
        : moveCursor(s, ctx, s.cursor + half(layout.listRows));
    case "top":
      return inDetail ? scrollTo(s, ctx, 0) : moveCursor(s, ctx, 0);
    case "bottom":
      return inDetail
        ? scrollTo(s, ctx, Number.MAX_SAFE_INTEGER)
        : moveCursor(s, ctx, Number.MAX_SAFE_INTEGER);
    case "nextPane":
    case "prevPane":
      if (!selected(s, ctx)) return s;
      return { ...s, focus: inDetail ? "list" : "detail" };
    case "left":
      return { ...s, focus: "list" };
    case "right":
    case "open":
      if (!selected(s, ctx)) return { ...s, message: "No profile selected" };
      return { ...s, focus: "detail" };
    case "back":
      if (inDetail) return { ...s, focus: "list" };
      if (s.search) return clearSearch(s, ctx);
      if (s.filter) return keepSelection(s, ctx, { ...s, filter: undefined });
      return s;
    case "section": {
      const e = selected(s, ctx);
      if (!e) return s;
      const kind = SECTIONS[index ?? 0];
      if (!kind) return s;
      if (!sectionFor(s, e).list.includes(kind.id))
        return { ...s, message: `No ${kind.title} in this profile` };
      return { ...s, section: kind.id, whole: false, scroll: 0, focus: layout.wide ? s.focus : "detail" };
    }
    case "nextSection":
    case "prevSection": {
      const e = selected(s, ctx);
      if (!e) return s;
      const sec = sectionFor(s, e);
      const to = (sec.index + (command === "nextSection" ? 1 : -1) + sec.list.length) % sec.list.length;
      const id = sec.list[to];
      if (!id) return s;
      return { ...s, section: id, whole: false, scroll: 0, focus: layout.wide ? s.focus : "detail" };
    }
    case "search": {
      const saved = s.search?.saved ?? { ...view(s), id: selected(s, ctx)?.id };
      const query = s.search?.query ?? "";
      return choose(
        {
          ...s,
          message: undefined,
          search: {
            query,
            at: Array.from(query).length,
            typing: true,
            hit: s.search?.hit ?? 0,
            jumped: false,
            saved,
          },
        },
        ctx,
        s.search?.hit ?? 0,
      );
    }
    case "nextHit":
    case "prevHit":
      return walkHits(s, ctx, command === "nextHit");
    case "help":
      return { ...s, help: true, problems: false, helpScroll: 0 };
    case "problems":
      if (!ctx.problems) return { ...s, message: "Every file was read without a problem" };
      return { ...s, help: true, problems: true, helpScroll: 0 };
    case "copy":
      return openChooser(s, ctx, "copy");
    case "openLink":
      return openChooser(s, ctx, "open");
    case "edit": {
      const e = selected(s, ctx);
      if (!e) return { ...s, message: "No profile selected" };
      if (!ctx.local) return { ...s, message: "Files are edited only in a local browser, not over SSH" };
      return { ...s, request: { kind: "edit", file: e.file } };
    }
    case "sort": {
      const sort = SORTS[(SORTS.indexOf(s.sort) + 1) % SORTS.length]!;
      return keepSelection(s, ctx, { ...s, sort, message: `Sorted by ${SORT_NAMES[sort]}` });
    }
    case "filter": {
      const text = s.filter?.text ?? "";
      return { ...s, focus: "list", filter: { text, at: Array.from(text).length, typing: true } };
    }
    case "whole": {
      const e = selected(s, ctx);
      if (!e) return { ...s, message: "No profile selected" };
      return { ...s, whole: !s.whole, scroll: 0, focus: "detail" };
    }
    default:
      return common(s, ctx, command) ?? s;
  }
}

/** Change the list's arrangement but stay on the person selected (when still listed). */
function keepSelection(before: State, ctx: Ctx, after: State): State {
  const e = selected(before, ctx);
  const at = e ? listOf(after, ctx).indexOf(e.id) : -1;
  return at >= 0 ? { ...after, cursor: at } : moveCursor({ ...after, cursor: 0, scroll: 0 }, ctx, 0);
}

function filtering(s: State, ctx: Ctx, command: Command): State {
  const f = s.filter!;
  switch (command) {
    case "open":
      return { ...s, filter: f.text.trim() ? { ...f, typing: false } : undefined };
    case "back":
      return keepSelection(s, ctx, { ...s, filter: undefined });
    case "up":
      return moveCursor(s, ctx, s.cursor - 1);
    case "down":
      return moveCursor(s, ctx, s.cursor + 1);
    default: {
      const e = edit(f.text, f.at, command);
      if (e) return keepSelection(s, ctx, { ...s, filter: { ...f, ...e } });
      return common(s, ctx, command) ?? s;
    }
  }
}

function searching(s: State, ctx: Ctx, command: Command): State {
  const search = s.search!;
  switch (command) {
    case "up": {
      // From the first result (or an empty query), ↑ walks back through earlier queries.
      const recalling = search.recalled !== undefined || !search.query.trim() || search.hit === 0;
      if (recalling && s.history.length) {
        const next = search.recalled === undefined ? 0 : search.recalled + 1;
        if (next >= s.history.length) return { ...s, message: "No earlier query" };
        const q = s.history[next]!;
        const set = setQuery(s, ctx, q);
        return { ...set, search: { ...set.search!, recalled: next } };
      }
      return choose(s, ctx, search.hit - 1);
    }
    case "down": {
      if (search.recalled !== undefined && search.recalled > 0) {
        const q = s.history[search.recalled - 1]!;
        const set = setQuery(s, ctx, q);
        return { ...set, search: { ...set.search!, recalled: search.recalled - 1 } };
      }
      return choose({ ...s, search: { ...search, recalled: undefined } }, ctx, search.hit + 1);
    }
    case "pageUp":
      return choose(s, ctx, search.hit - ctx.layout.hitRows);
    case "pageDown":
      return choose(s, ctx, search.hit + ctx.layout.hitRows);
    case "open": {
      if (!search.query.trim()) return restore(s, ctx);
      if (!ctx.hits(search.query).length) return { ...s, message: `No matches for "${search.query}"` };
      return jump(s, ctx, search.hit);
    }
    case "back":
      return restore(s, ctx);
    default: {
      const e = edit(search.query, search.at, command);
      if (e) {
        if (e.text === search.query) return { ...s, search: { ...search, at: e.at } };
        return setQuery(s, ctx, e.text, e.at);
      }
      return common(s, ctx, command) ?? s;
    }
  }
}

function helping(s: State, ctx: Ctx, command: Command): State {
  const lines = s.problems ? ctx.problems : ctx.help;
  const max = Math.max(0, lines - ctx.layout.helpRows);
  const to = (n: number) => ({ ...s, helpScroll: clamp(n, 0, max) });
  const half = Math.max(1, Math.floor(ctx.layout.helpRows / 2));
  switch (command) {
    case "up":
      return to(s.helpScroll - 1);
    case "down":
      return to(s.helpScroll + 1);
    case "pageUp":
      return to(s.helpScroll - ctx.layout.helpRows);
    case "pageDown":
      return to(s.helpScroll + ctx.layout.helpRows);
    case "halfUp":
      return to(s.helpScroll - half);
    case "halfDown":
      return to(s.helpScroll + half);
    case "top":
      return to(0);
    case "bottom":
      return to(max);
    case "back":
      return { ...s, help: false, problems: false };
    case "help":
      return s.problems ? { ...s, problems: false, helpScroll: 0 } : { ...s, help: false };
    case "problems":
      return s.problems
        ? { ...s, help: false, problems: false }
        : browse({ ...s, help: false }, ctx, "problems");
    default:
      return common(s, ctx, command) ?? s;
  }
}

export function mode(s: State): "help" | "search" | "browse" | "choose" {
  if (s.chooser) return "choose";
  if (s.help) return "help";
  return s.search?.typing || s.filter?.typing ? "search" : "browse";
}

/** Select row `index` of the list (a click), focusing it. */
function select(s: State, ctx: Ctx, index: number): State {
  if (mode(s) !== "browse") return s;
  const moved = moveCursor(s, ctx, index);
  return { ...moved, focus: "list" };
}

export function reduce(state: State, action: Action, ctx: Ctx): State {
  const s = state.message ? { ...state, message: undefined } : state;
  if (action.type === "done") return { ...s, request: undefined, message: action.message };
  if (action.type === "select") return select(s, ctx, action.index);
  if (action.type === "scroll") {
    if (s.help) return helping(s, ctx, action.by < 0 ? "up" : "down");
    if (mode(s) !== "browse") return s;
    if (action.pane === "detail") return scrollTo(s, ctx, s.scroll + action.by);
    return moveCursor(s, ctx, s.cursor + action.by);
  }
  if (action.type === "tab") {
    if (mode(s) !== "browse") return s;
    return { ...s, section: action.section, whole: false, scroll: 0, focus: "detail" };
  }
  if (action.type === "text") {
    if (s.filter?.typing) {
      const e = edit(s.filter.text, s.filter.at, { insert: action.text });
      return e ? keepSelection(s, ctx, { ...s, filter: { ...s.filter, ...e } }) : s;
    }
    if (!s.search?.typing) return s;
    const e = edit(s.search.query, s.search.at, { insert: action.text })!;
    return setQuery(s, ctx, e.text, e.at);
  }
  switch (mode(s)) {
    case "choose":
      return choosing(s, ctx, action.command, action.index);
    case "help":
      return helping(s, ctx, action.command);
    case "search":
      return s.filter?.typing ? filtering(s, ctx, action.command) : searching(s, ctx, action.command);
    default:
      return browse(s, ctx, action.command, action.index);
  }
}
