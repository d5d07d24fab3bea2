/**
 * Fuzzy search over every profile of a library: names, headlines, positions, companies,
 * teams, locations, summaries, highlights, projects, stacks, skills, schools, languages,
 * interests, certificates, publications, awards and extra sections.
 *
 * `buildIndex(library)` is free: nothing is indexed until the first `search()` (or an
 * explicit `prepare()`), so it never delays the first frame. The query language is
 * fuse.js's extended search (see query.ts); the engine is an inverted index over the
 * library's distinct words (see engine.ts), fast enough to search as one types through
 * 10,000 profiles.
 */
import type { Library } from "../library/library.js";
import type { SectionId } from "../profile/sections.js";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { Engine, type RawHit } from "./engine.js";
import { encodeIndex, openIndex } from "./persist.js";
import { parseQuery } from "./query.js";

export interface Hit {
  /** Entry id in the library. */
  id: string;
  section: SectionId;
  /** Index of the entry inside its section (work[i], projects[i]...); 0 for overview. */
  entry: number;
  /** The field path inside that entry, e.g. "highlights[2]", "name", "keywords[0]". */
  field: string;
  /** The field's full text. */
  text: string;
  /** Matched character ranges in `text`, [start, end) pairs. */
  ranges: [number, number][];
  /** Lower is better (fuse.js convention), 0 = exact. */
  score: number;
}

export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
}

/** One person's hits, best first (see `SearchIndex.searchProfiles`). */
export interface ProfileHits {
  id: string;
  /** The best score among the person's hits. */
  score: number;
  hits: Hit[];
}

export interface SearchIndex {
  /** Ranked hits, best first. An empty or whitespace query gives no hits. */
  search(query: string, options?: SearchOptions): Hit[];
  /**
   * The same hits grouped by person, people ranked by their best hit; `limit` counts
   * people, `perProfile` (default 3) caps each person's hits.
   */
  searchProfiles(query: string, options?: { limit?: number; perProfile?: number }): ProfileHits[];
  /**
   * Build the index now. Synchronous by default; with `{ async: true }` it indexes in
   * slices and yields to the event loop between them (call it after the first frame so a
   * big library is ready by the first keystroke). Safe to call more than once.
   */
  prepare(options?: { async?: false }): void;
  prepare(options: { async: true; slice?: number }): Promise<void>;
}

/**
 * The index persisted beside the library's file cache (when it has one, see
 * Library.origin), if it indexes exactly these files; else undefined.
 */
function restore(library: Library): Engine | undefined {
  const origin = library.origin;
  if (!origin) return undefined;
  const built = openIndex(origin.indexFile, origin.digest, library.entries.length);
  return built && new Engine(library.entries, built);
}

/** Keep the built index for the next run (atomically; a failure is no index kept). */
function persist(library: Library, engine: Engine): void {
  const origin = library.origin;
  if (!origin) return;
  const tmp = `${origin.indexFile}.${process.pid}.tmp`;
  try {
    const { ix, vocab } = engine.built();
    writeFileSync(tmp, encodeIndex(ix, vocab, origin.digest));
    renameSync(tmp, origin.indexFile);
  } catch {
    rmSync(tmp, { force: true });
  }
}

export function buildIndex(library: Library): SearchIndex {
  let engine: Engine | undefined;
  let kept = library.origin === undefined;
  const get = () => {
    if (!engine) {
      engine = restore(library);
      if (engine) kept = true;
      else engine = new Engine(library.entries);
    }
    return engine;
  };
  /** Once built, the index is persisted (once). */
  const built = (e: Engine) => {
    if (kept || !e.ready) return;
    kept = true;
    persist(library, e);
  };
  /**
   * A public hit. `ranges` is computed when first read (most of a long hit list is never
   * shown), then kept; it reads, spreads and serializes like a plain property.
   */
  const toHit = (h: RawHit, ranges: () => [number, number][]): Hit => {
    const hit = {
      id: library.entries[h.profile]!.id,
      section: h.section,
      entry: h.entry,
      field: h.field,
      text: h.text,
      ranges: [] as [number, number][],
      score: h.score,
    };
    let cached: [number, number][] | undefined;
    Object.defineProperty(hit, "ranges", {
      enumerable: true,
      configurable: true,
      get: () => (cached ??= ranges()),
      set: (v: [number, number][]) => {
        cached = v;
      },
    });
    return hit;
  };

  /** The best `limit` hits, their ranges computed when read. */
  const hits = (query: string, limit: number): Hit[] => {
    const e = get();
    const parsed = parseQuery(query);
    const raw = e.search(parsed, limit, false);
    built(e);
    return raw.map((h) => toHit(h, () => e.rangesFor(parsed, h.text)));
  };

  function prepare(options?: { async?: false }): void;
  function prepare(options: { async: true; slice?: number }): Promise<void>;
  function prepare(options: { async?: boolean; slice?: number } = {}): void | Promise<void> {
    const e = get();
    if (!options.async) {
      e.step();
      built(e);
      return;
    }
    const slice = options.slice ?? 250;
    return new Promise<void>((resolve, reject) => {
      const tick = () => {
        try {
          if (e.step(slice)) {
            built(e);
            resolve();
          } else setImmediate(tick);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      tick();
    });
  }

  return {
    search(query, options = {}) {
      return hits(query, Math.max(0, Math.floor(options.limit ?? 50)));
    },
    searchProfiles(query, options = {}) {
      const limit = Math.max(0, Math.floor(options.limit ?? 50));
      const per = Math.max(1, Math.floor(options.perProfile ?? 3));
      const people = new Map<string, ProfileHits>();
      // Enough field hits to fill `limit` people in the common case, bounded.
      for (const hit of hits(query, Math.min(5_000, Math.max(200, limit * per * 4)))) {
        let p = people.get(hit.id);
        if (!p) {
          if (people.size >= limit) continue;
          p = { id: hit.id, score: hit.score, hits: [] };
          people.set(hit.id, p);
        }
        if (p.hits.length < per) p.hits.push(hit);
      }
      return [...people.values()];
    },
    prepare,
  };
}

const shared = new WeakMap<Library, SearchIndex>();

/** One index per library, built once however many searches (SSH exec requests) use it. */
export function indexFor(library: Library): SearchIndex {
  let index = shared.get(library);
  if (!index) shared.set(library, (index = buildIndex(library)));
  return index;
}

export { entryLabel, fieldsOf, hitEntryLabel } from "./fields.js";
export { parseQuery } from "./query.js";
