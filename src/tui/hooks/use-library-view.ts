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
import { applyMark, sectionDoc, type Mark, type SectionDoc } from "../doc.js";
import type { Line } from "../text.js";
import type { Theme } from "../theme.js";
import type { ListView } from "../state.js";

/** At most this many hits per query are shown and ranked. */
export const HIT_LIMIT = 500;

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
}

export interface LibraryView {
  hits(query: string): Hit[];
  list(query: string | undefined): ListView;
  /** `contacts`: the header has no room for them, so the Overview shows them. */
  doc(entry: Entry, section: SectionId, cols: number, contacts?: boolean): SectionDoc;
  marked(
    entry: Entry,
    section: SectionId,
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
  const { all, hits: hitCache, lists: listCache } = caches;
  const { docs: docCache, marks: markCache } = themed;
  const hits = (query: string): Hit[] => {
    if (!query.trim() || loading) return [];
    const index = indexFor(library);
    // Not loaded yet (the caller re-renders when it is): no hits, and nothing cached.
    if (!index) return [];
    return hitCache.get(query, () => index.search(query, { limit: HIT_LIMIT }));
  };
  const doc = (entry: Entry, section: SectionId, cols: number, contacts = false): SectionDoc =>
    docCache.get(`${entry.id}\u0000${section}\u0000${cols}\u0000${contacts}`, () =>
      sectionDoc(entry.profile, section, cols, theme, { contacts }),
    );
  return {
    hits,
    list(query) {
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
    },
    doc,
    marked(entry, section, cols, hit, contacts = false) {
      const base = doc(entry, section, cols, contacts);
      if (!hit || hit.id !== entry.id || hit.section !== section) return { lines: base.lines, line: -1 };
      const key = `${entry.id}\u0000${section}\u0000${cols}\u0000${contacts}\u0000${hit.entry}\u0000${hit.field}\u0000${JSON.stringify(hit.ranges)}`;
      return markCache.get(key, () => {
        const m = applyMark(base.lines, markOf(hit));
        return m.line >= 0 ? m : { lines: base.lines, line: base.entryLine.get(hit.entry) ?? -1 };
      });
    },
  };
}

export function useLibraryView(library: Library, theme: Theme, loading = false): LibraryView {
  return useMemo(() => makeLibraryView(library, theme, loading), [library, theme, loading]);
}
