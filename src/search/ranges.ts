/** Where a query's terms match in a field's text, for highlighting. */
import { TRAILING } from "./postings.js";
import type { Term } from "./query.js";
import type { TermResult } from "./terms.js";
import { fold, tokens } from "./text.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The [start, end) ranges of `terms` in `text`, sorted and merged. Word terms mark the
 * part of each matched word they matched (`marks`); the others their text as it stands.
 */
export function rangesOf(
  text: string,
  terms: Term[],
  evalTerm: (t: Term) => TermResult,
  vocab: Vocabulary,
): [number, number][] {
  const folded = fold(text);
  const out: [number, number][] = [];
  let words: { text: string; start: number }[] | undefined;
  for (const term of terms) {
    const r = evalTerm(term);
    if (r.marks && term.op !== "prefix" && term.op !== "suffix") {
      words ??= tokens(folded);
      for (const w of words) {
        const id = vocab.id(w.text);
        const packed = id === undefined ? undefined : r.marks.get(id);
        if (packed === undefined) continue;
        const off = Math.floor(packed / 65536);
        out.push([w.start + off, Math.min(w.start + off + (packed % 65536), w.start + w.text.length)]);
      }
      continue;
    }
    const s = term.text;
    if (term.op === "suffix") {
      const end = folded.replace(TRAILING, "").length;
      if (folded.slice(0, end).endsWith(s)) out.push([end - s.length, end]);
      continue;
    }
    if (term.op === "exact" && folded.trim() !== s) continue;
    if (term.op === "prefix" && !folded.trimStart().startsWith(s)) continue;
    for (let at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + s.length)) {
      out.push([at, at + s.length]);
      if (term.op !== "include") break;
    }
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of out) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
