/**
 * Fuzzy search over every profile. (Stub: a plain substring scan; the search work
 * replaces the body behind this contract.)
 */
import type { Library } from "../library/library.js";
import type { SectionId } from "../profile/sections.js";

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

export interface SearchIndex {
  search(query: string, options?: { limit?: number }): Hit[];
}

export function buildIndex(library: Library): SearchIndex {
  const rows: Omit<Hit, "ranges" | "score">[] = [];
  for (const e of library.entries) {
    const name = e.profile.basics?.name;
    if (name) rows.push({ id: e.id, section: "overview", entry: 0, field: "name", text: name });
    e.profile.work?.forEach((w, i) =>
      (w.highlights ?? []).forEach((h, j) =>
        rows.push({ id: e.id, section: "experience", entry: i, field: `highlights[${j}]`, text: h }),
      ),
    );
  }
  return {
    search(query, options = {}) {
      const q = query.toLowerCase();
      if (!q) return [];
      const hits: Hit[] = [];
      for (const r of rows) {
        const at = r.text.toLowerCase().indexOf(q);
        if (at >= 0) hits.push({ ...r, ranges: [[at, at + q.length]], score: 0 });
      }
      return hits.slice(0, options.limit ?? 50);
    },
  };
}
