/**
 * The browser's state and how each command changes it: a pure reducer, so the whole
 * behaviour can be tested without a terminal. Everything it needs to know about the
 * library, the search results and the screen comes in a `Ctx`.
 */
import type { Entry } from "../library/library.js";
import type { Hit } from "../search/index.js";
import { sectionsOf, type SectionId } from "../profile/sections.js";
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
  /** The search bar is open and letters are query text. */
  typing: boolean;
  /** Index of the chosen hit. */
  hit: number;
  /** A hit has been opened: the detail pane marks it, n/N move between hits. */
  jumped: boolean;
  /** The view before `/`, restored by Esc. */
  saved: View & { id?: string };
}

export interface State extends View {
  help: boolean;
  helpScroll: number;
  search?: Search;
  message?: string;
}

/** The profiles shown in the list: all of them, or those with hits, best first. */
export interface ListView {
  length: number;
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
  list(query: string | undefined): ListView;
  layout: Layout;
  /** Lines in a section of a profile, and the line a hit falls on (-1: unknown). */
  docLength(entry: Entry, section: SectionId): number;
  hitLine(entry: Entry, hit: Hit): number;
  help: number;
}

export type Action = { type: "command"; command: Command; index?: number } | { type: "text"; text: string };

export function initialState(ctx: Ctx, initialId?: string): State {
  const at = initialId ? ctx.list(undefined).indexOf(initialId) : -1;
  return {
    cursor: Math.max(0, at),
    focus: at >= 0 ? "detail" : "list",
    section: "overview",
    scroll: 0,
    help: false,
    helpScroll: 0,
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The query the list is filtered by (none while the query is empty). */
export function activeQuery(s: State): string | undefined {
  return s.search && s.search.query.trim() ? s.search.query : undefined;
}

export function listOf(s: State, ctx: Ctx): ListView {
  return ctx.list(activeQuery(s));
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

export function maxScroll(s: State, ctx: Ctx): number {
  const e = selected(s, ctx);
  if (!e) return 0;
  return Math.max(0, ctx.docLength(e, sectionFor(s, e).id) - ctx.layout.bodyRows);
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
  const list = ctx.list(q);
  const cursor = Math.max(0, list.indexOf(hit.id));
  const next: State = {
    ...s,
    cursor,
    section: hit.section,
    focus: "detail",
    search: { ...s.search, hit: index, typing: false, jumped: true },
    message: undefined,
  };
  if (!entry) return next;
  const line = ctx.hitLine(entry, hit);
  const top = line < 0 ? 0 : line - Math.floor(ctx.layout.bodyRows / 3);
  return scrollTo(next, ctx, top);
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

function setQuery(s: State, ctx: Ctx, query: string): State {
  if (!s.search) return s;
  return choose({ ...s, search: { ...s.search, query, hit: 0, jumped: false } }, ctx, 0);
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

function browse(s: State, ctx: Ctx, command: Command, index?: number): State {
  const { layout } = ctx;
  const inDetail = s.focus === "detail";
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
      return s;
    case "section":
    case "nextSection":
    case "prevSection": {
      const e = selected(s, ctx);
      if (!e) return s;
      const sec = sectionFor(s, e);
      const to =
        command === "section"
          ? (index ?? 0)
          : (sec.index + (command === "nextSection" ? 1 : -1) + sec.list.length) % sec.list.length;
      const id = sec.list[to];
      if (!id) return { ...s, message: `This profile has ${sec.list.length} sections` };
      return { ...s, section: id, scroll: 0, focus: layout.wide ? s.focus : "detail" };
    }
    case "search": {
      const saved = s.search?.saved ?? { ...view(s), id: selected(s, ctx)?.id };
      const query = s.search?.query ?? "";
      return choose(
        {
          ...s,
          message: undefined,
          search: { query, typing: true, hit: s.search?.hit ?? 0, jumped: false, saved },
        },
        ctx,
        s.search?.hit ?? 0,
      );
    }
    case "nextHit":
    case "prevHit": {
      const q = activeQuery(s);
      const n = q ? ctx.hits(q).length : 0;
      if (!s.search || !n) return { ...s, message: "No search: press / to search" };
      const step = command === "nextHit" ? 1 : -1;
      const from = s.search.jumped ? s.search.hit + step : s.search.hit;
      return jump(s, ctx, (from + n) % n);
    }
    case "help":
      return { ...s, help: true, helpScroll: 0 };
    default:
      return s;
  }
}

function searching(s: State, ctx: Ctx, command: Command): State {
  const search = s.search!;
  switch (command) {
    case "up":
      return choose(s, ctx, search.hit - 1);
    case "down":
      return choose(s, ctx, search.hit + 1);
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
    case "deleteChar":
      return setQuery(s, ctx, Array.from(search.query).slice(0, -1).join(""));
    case "clearQuery":
      return setQuery(s, ctx, "");
    default:
      return s;
  }
}

function helping(s: State, ctx: Ctx, command: Command): State {
  const max = Math.max(0, ctx.help - ctx.layout.helpRows);
  const to = (n: number) => ({ ...s, helpScroll: clamp(n, 0, max) });
  switch (command) {
    case "up":
      return to(s.helpScroll - 1);
    case "down":
      return to(s.helpScroll + 1);
    case "pageUp":
      return to(s.helpScroll - ctx.layout.helpRows);
    case "pageDown":
      return to(s.helpScroll + ctx.layout.helpRows);
    case "top":
      return to(0);
    case "bottom":
      return to(max);
    case "back":
    case "help":
      return { ...s, help: false };
    default:
      return s;
  }
}

export function mode(s: State): "help" | "search" | "browse" {
  return s.help ? "help" : s.search?.typing ? "search" : "browse";
}

export function reduce(state: State, action: Action, ctx: Ctx): State {
  const s = state.message ? { ...state, message: undefined } : state;
  if (action.type === "text") {
    if (!s.search?.typing) return s;
    return setQuery(s, ctx, s.search.query + action.text);
  }
  switch (mode(s)) {
    case "help":
      return helping(s, ctx, action.command);
    case "search":
      return searching(s, ctx, action.command);
    default:
      return browse(s, ctx, action.command, action.index);
  }
}
