/**
 * What the browser derives from a Library, built lazily and cached per library (so SSH
 * sessions browsing the same library share one search index): the index itself, hits
 * per query, the ranked list of profiles with hits, and laid-out section documents.
 *
 * The search engine is NOT loaded with the browser: its chunk is imported after the first
 * frame (`loadSearch()`), and the index is then built in slices (`prepare({async})`), so
 * neither delays the first frame nor, at 10,000 profiles, the first keystroke.
 */
import { useMemo } from "react";
import type { Entry, Library } from "../../library/library.js";
import type { Hit, SearchIndex } from "../../search/index.js";
import type { SectionId } from "../../profile/sections.js";
import { applyMark, sectionDoc, wholeDoc, type Mark, type SectionDoc } from "../doc.js";
import { SECTIONS, sectionsOf } from "../../profile/sections.js";
import type { Arrange, SortKey } from "../state.js";
import type { Line } from "../text.js";
import type { Theme } from "../theme.js";
import type { ListView } from "../state.js";

/**
 * Hits per query are ranked this many at a time: a query matching most of a big library
 * ("e" in 2,000 profiles: 26,000 fields, about 0.4 s) then answers at once, the count says
 * "2000+", and the next batch loads when the cursor comes near the end (`more`).
 */
export const HIT_BATCH = 2000;

type SearchModule = typeof import("../../search/index.js");
let searchModule: SearchModule | undefined;
let searchLoading: Promise<SearchModule | undefined> | undefined;

let searchFailed = false;

/** Whether the search engine's chunk has been loaded (or failed to), process-wide. */
export function searchLoaded(): boolean {
  return searchModule !== undefined || searchFailed;
}

/** Load the search engine's chunk (once per process); resolves when it is usable. */
export function loadSearch(): Promise<SearchModule | undefined> {
  searchLoading ??= import("../../search/index.js").then(
    (m) => (searchModule = m),
    () => {
      searchFailed = true;
      return undefined;
    },
  );
  return searchLoading;
}

const prepared = new WeakMap<Library, Promise<void>>();

/**
 * Load the engine and build the library's index in slices, yielding between them (once
 * per library, however many sessions browse it). Resolves when searching is instant.
 */
export function prepareSearch(library: Library): Promise<void> {
  let p = prepared.get(library);
  if (!p) {
    p = loadSearch().then((m) => (m ? m.indexFor(library).prepare({ async: true }) : undefined));
    p.catch(() => undefined);
    prepared.set(library, p);
  }
  return p;
}

/** The library's search index, or undefined while the engine is still loading. */
export function indexFor(library: Library): SearchIndex | undefined {
  return searchModule?.indexFor(library);
}

/** A tiny LRU map. */
class Cache<V> {
  private map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => V): V {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
      return v;
    }
    const made = make();
    this.map.set(key, made);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return made;
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}

export interface LibraryView {
  /** The hits ranked so far (all of them when `complete`). */
  hits(query: string): Hit[];
  /** Whether `hits(query)` holds every hit, not just the first batches. */
  complete(query: string): boolean;
  /** Rank the next batch of hits (`all`: every one); false when there were no more. */
  more(query: string, all?: boolean): boolean;
  list(query: string | undefined, arrange?: Arrange): ListView;
  /** `contacts`: the header has no room for them, so the Overview shows them. */
  doc(entry: Entry, section: SectionId | "whole", cols: number, contacts?: boolean): SectionDoc;
  marked(
    entry: Entry,
    section: SectionId | "whole",
    cols: number,
    hit: Hit | undefined,
    contacts?: boolean,
  ): { lines: Line[]; line: number };
}

function markOf(hit: Hit): Mark {
  return { entry: hit.entry, field: hit.field, text: hit.text, ranges: hit.ranges };
}

interface LibraryCaches {
  all: ListView;
  hits: Cache<Hit[]>;
  lists: Cache<ListView>;
  /** How many hits a query has been asked for (a multiple of HIT_BATCH). */
  limits: Map<string, number>;
  /** Per theme: laid-out documents carry the theme's markers and chips. */
  docs: Map<Theme, { docs: Cache<SectionDoc>; marks: Cache<{ lines: Line[]; line: number }> }>;
}

/**
 * Caches shared by every view of a library, i.e. by every SSH session browsing it: what a
 * session shows is then (mostly) the same objects as what the others show, and the memory
 * they take is bounded for the whole server, not per visitor.
 */
const shared = new WeakMap<Library, LibraryCaches>();

function cachesFor(library: Library): LibraryCaches {
  let c = shared.get(library);
  if (!c) {
    let positions: Map<string, number> | undefined;
    c = {
      all: {
        length: library.entries.length,
        at: (i) => library.entries[i],
        indexOf: (id: string) => {
          positions ??= new Map(library.entries.map((e, i) => [e.id, i]));
          return positions.get(id) ?? -1;
        },
      },
      hits: new Cache<Hit[]>(64),
      lists: new Cache<ListView>(64),
      limits: new Map(),
      docs: new Map(),
    };
    shared.set(library, c);
  }
  return c;
}

/** `loading`: the library is a snapshot of one still loading; it has no hits until loaded. */
export function makeLibraryView(library: Library, theme: Theme, loading = false): LibraryView {
  const caches = cachesFor(library);
  let themed = caches.docs.get(theme);
  if (!themed) {
    themed = { docs: new Cache<SectionDoc>(256), marks: new Cache<{ lines: Line[]; line: number }>(64) };
    caches.docs.set(theme, themed);
  }
  const { all, hits: hitCache, lists: listCache, limits } = caches;
  const limitOf = (query: string) => limits.get(query) ?? HIT_BATCH;
  const { docs: docCache, marks: markCache } = themed;
  const hits = (query: string): Hit[] => {
    if (!query.trim() || loading) return [];
    const index = indexFor(library);
    // Not loaded yet (the caller re-renders when it is): no hits, and nothing cached.
    if (!index) return [];
    return hitCache.get(query, () => index.search(query, { limit: limitOf(query) }));
  };
  const complete = (query: string): boolean => hits(query).length < limitOf(query);
  const more = (query: string, everything = false): boolean => {
    if (!query.trim() || loading || !indexFor(library) || complete(query)) return false;
    const next = everything ? Number.MAX_SAFE_INTEGER : limitOf(query) * 4;
    limits.set(query, next);
    if (limits.size > 256) limits.delete(limits.keys().next().value as string);
    hitCache.delete(query);
    listCache.delete(query);
    return true;
  };
  const doc = (entry: Entry, section: SectionId | "whole", cols: number, contacts = false): SectionDoc =>
    docCache.get(`${entry.id}\u0000${section}\u0000${cols}\u0000${contacts}`, () => {
      if (section !== "whole") return sectionDoc(entry.profile, section, cols, theme, { contacts });
      const present = new Set(sectionsOf(entry.profile));
      const w = wholeDoc(
        entry.profile,
        SECTIONS.filter((x) => present.has(x.id)),
        cols,
        theme,
        { contacts },
      );
      return w;
    });
  const startOf = (entry: Entry, section: SectionId, cols: number, contacts: boolean): number => {
    const w = doc(entry, "whole", cols, contacts) as SectionDoc & { starts?: Map<SectionId, number> };
    return w.starts?.get(section) ?? -1;
  };
  const baseList = (query: string | undefined): ListView => {
    if (!query) return all;
    if (loading || !indexFor(library))
      return { length: 0, at: () => undefined, indexOf: () => -1, counts: new Map() };
    return listCache.get(query, () => {
      const best = new Map<string, { score: number; first: number; count: number }>();
      hits(query).forEach((h, i) => {
        const b = best.get(h.id);
        if (!b) best.set(h.id, { score: h.score, first: i, count: 1 });
        else {
          b.count++;
          b.score = Math.min(b.score, h.score);
        }
      });
      const ids = [...best.entries()]
        .filter(([id]) => library.byId.has(id))
        .sort((a, b) => a[1].score - b[1].score || a[1].first - b[1].first)
        .map(([id]) => id);
      const positions = new Map(ids.map((id, i) => [id, i]));
      return {
        length: ids.length,
        at: (i) => (ids[i] === undefined ? undefined : library.byId.get(ids[i]!)),
        indexOf: (id) => positions.get(id) ?? -1,
        counts: new Map([...best.entries()].map(([id, b]) => [id, b.count])),
      };
    });
  };
  const view: LibraryView = {
    hits,
    complete,
    more,
    list(query, arrange) {
      const base = baseList(query);
      if (!arrange || (arrange.sort === "file" && !arrange.filter)) return base;
      if (query && (loading || !indexFor(library))) return base;
      const limit = query ? limitOf(query) : 0;
      return listCache.get(
        `${query ?? ""}\u0000${limit}\u0000${arrange.sort}\u0000${arrange.filter ?? ""}`,
        () => arranged(base, arrange),
      );
    },
    doc,
    marked(entry, section, cols, hit, contacts = false) {
      const base = doc(entry, section, cols, contacts);
      if (section === "whole") {
        if (!hit || hit.id !== entry.id) return { lines: base.lines, line: -1 };
        // The hit marked in its own section, spliced into the page where that section is.
        const own = view.marked(entry, hit.section, cols, hit, contacts);
        const start = startOf(entry, hit.section, cols, contacts);
        if (start < 0) return { lines: base.lines, line: -1 };
        const len = doc(entry, hit.section, cols, contacts).lines.length;
        const lines = [...base.lines.slice(0, start), ...own.lines, ...base.lines.slice(start + len)];
        return { lines, line: own.line < 0 ? start : start + own.line };
      }
      if (!hit || hit.id !== entry.id || hit.section !== section) return { lines: base.lines, line: -1 };
      const key = `${entry.id}\u0000${section}\u0000${cols}\u0000${contacts}\u0000${hit.entry}\u0000${hit.field}\u0000${JSON.stringify(hit.ranges)}`;
      return markCache.get(key, () => {
        const m = applyMark(base.lines, markOf(hit));
        return m.line >= 0 ? m : { lines: base.lines, line: base.entryLine.get(hit.entry) ?? -1 };
      });
    },
  };
  return view;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** The latest role, place and latest date of a person, as the list sorts and filters them. */
export function facts(entry: Entry): { name: string; role: string; place: string; date: string } {
  const p = entry.profile as unknown as Obj;
  const work = (Array.isArray(p.work) ? p.work : []) as Obj[];
  const latest = work[0] ?? {};
  const basics = (p.basics ?? {}) as Obj;
  const loc = (basics.location ?? {}) as Obj;
  const place =
    [str(loc.city), str(loc.region), str(loc.countryCode)].filter(Boolean).join(", ") || str(latest.location);
  let date = "";
  for (const w of work) {
    const end = str(w.endDate) || (str(w.startDate) ? "9999" : "");
    if (end > date) date = end;
  }
  return { name: entry.label, role: str(latest.position), place, date };
}

type Facts = ReturnType<typeof facts>;
const SORTERS: Record<Exclude<SortKey, "file">, (a: Facts, b: Facts) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  role: (a, b) => cmpEmptyLast(a.role, b.role),
  place: (a, b) => cmpEmptyLast(a.place, b.place),
  // the latest first; ongoing roles ("9999") before everything
  date: (a, b) => cmpEmptyLast(b.date, a.date, true),
};

function cmpEmptyLast(a: string, b: string, raw = false): number {
  if (!a !== !b) return a ? -1 : 1;
  return raw ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b);
}

/** `base` narrowed by the filter (name, latest role, place) and sorted. */
function arranged(base: ListView, arrange: Arrange): ListView {
  const items: Entry[] = [];
  for (let i = 0; i < base.length; i++) items.push(base.at(i)!);
  const needle = arrange.filter?.toLowerCase();
  const known = new Map(items.map((e, i) => [e.id, { f: facts(e), i }]));
  const kept = needle
    ? items.filter((e) => {
        const f = known.get(e.id)!.f;
        return `${f.name}\u0000${f.role}\u0000${f.place}`.toLowerCase().includes(needle);
      })
    : items;
  if (arrange.sort !== "file") {
    const by = SORTERS[arrange.sort];
    kept.sort((a, b) => {
      const x = known.get(a.id)!;
      const y = known.get(b.id)!;
      return by(x.f, y.f) || x.i - y.i;
    });
  }
  const positions = new Map(kept.map((e, i) => [e.id, i]));
  return {
    length: kept.length,
    total: base.length,
    at: (i) => kept[i],
    indexOf: (id) => positions.get(id) ?? -1,
    counts: base.counts,
  };
}

export function useLibraryView(library: Library, theme: Theme, loading = false): LibraryView {
  return useMemo(() => makeLibraryView(library, theme, loading), [library, theme, loading]);
}
