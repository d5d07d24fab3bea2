/**
 * A document's text → its source lines, each sanitised (src/text/sanitize.ts, the one home
 * for control-character stripping) and with the page it is on: a form feed (`\f`, pdftotext's
 * page break) starts a new page and is removed, so line numbers stay those of the source.
 */
import { isSanitized, sanitize } from "../../text/sanitize.js";

/** The longest line a reader looks at; the rest of a longer line is dropped (and said: `cut`). */
export const MAX_LINE = 5000;

/**
 * A line longer than {@link MAX_LINE}: its 1-based number and its length before the cut; for
 * a table row (`| a | b | … |`), how many rows of whole cells it was split into.
 */
export interface CutLine {
  n: number;
  length: number;
  rows?: number;
}

export interface SourceLines {
  lines: string[];
  pages: number[];
  cut: CutLine[];
  /**
   * A table row longer than {@link MAX_LINE}, split at cell boundaries: `lines` holds its first
   * part, this the rest (by line index), each a row of whole cells, so no cell is lost.
   */
  rows: Map<number, string[]>;
}

export function sourceLines(input: string): SourceLines {
  // A text the sanitizer leaves as it is (so without `\r`, `\f` or a vertical tab, which it
  // also finds), with no overlong line: its lines as they are, all on page 1.
  if (isSanitized(input)) {
    const lines = input.split("\n");
    if (lines.every((l) => l.length <= MAX_LINE))
      return { lines, pages: new Array<number>(lines.length).fill(1), cut: [], rows: new Map() };
  }
  const raw = (input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input).split("\n");
  const lines: string[] = [];
  const pages: number[] = [];
  const cut: CutLine[] = [];
  const rows = new Map<number, string[]>();
  let page = 1;
  for (const r0 of raw) {
    let r = r0;
    if (r0.length > MAX_LINE) {
      const parts = tableRow(r0) ? splitRow(r0) : undefined;
      if (parts && parts.length > 1) {
        r = parts[0]!;
        rows.set(
          lines.length,
          parts.slice(1).map((p) => sanitize(p).replace(/\n/g, " ")),
        );
        cut.push({ n: lines.length + 1, length: r0.length, rows: parts.length });
      } else {
        r = r0.slice(0, graphemeCut(r0, MAX_LINE));
        cut.push({ n: lines.length + 1, length: r0.length });
      }
    }
    if (r.includes("\f")) {
      page += r.split("\f").length - 1;
      r = r.replace(/\f/g, "");
    }
    // sanitize turns vertical tabs and U+2028/U+2029 into line breaks: inside one source line, a space.
    const clean = sanitize(r);
    lines.push(clean.includes("\n") ? clean.replace(/\n/g, " ") : clean);
    pages.push(page);
  }
  return { lines, pages, cut, rows };
}

/** A Markdown (GFM) or Org table row: `| a | b |`. */
function tableRow(r: string): boolean {
  const t = r.trim();
  return t.length > 2 && t.startsWith("|") && t.endsWith("|");
}

/**
 * A long table row → rows of whole cells, each at most {@link MAX_LINE} long and written as a
 * row (`| a | b |`); a single cell longer than that is cut. Linear: one pass over the cells.
 */
function splitRow(r: string): string[] {
  const t = r.trim();
  const cells = t.slice(1, -1).split("|");
  const out: string[] = [];
  let cur = "|";
  for (const c0 of cells) {
    const c = c0.length > MAX_LINE - 2 ? c0.slice(0, graphemeCut(c0, MAX_LINE - 2)) : c0;
    if (cur.length + c.length + 1 > MAX_LINE && cur !== "|") {
      out.push(cur);
      cur = "|";
    }
    cur += `${c}|`;
  }
  out.push(cur);
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Where to cut `s` to at most `max` UTF-16 units without splitting a character: the last
 * grapheme boundary at or before `max` (an emoji with its modifiers, a letter with its
 * accents stay whole), or at least a code point boundary (never half a surrogate pair).
 */
export function graphemeCut(s: string, max: number): number {
  if (s.length <= max) return s.length;
  // Boundaries near the cut: segment a window that starts well before it (a cluster is short).
  let from = Math.max(0, max - 64);
  if (from > 0 && isLow(s.charCodeAt(from))) from--;
  let at = from;
  for (const { index } of graphemes.segment(s.slice(from, max + 64))) {
    if (from + index > max) break;
    at = from + index;
  }
  if (at > from || from === 0) return at;
  // A cluster longer than the window (a pile of combining marks): a code point boundary.
  return isLow(s.charCodeAt(max)) ? max - 1 : max;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The lines again as one text, a form feed before the first line of each page after the first. */
export function joinPages(lines: string[], pages: number[]): string {
  if (onePage(lines.length, pages)) return lines.join("\n");
  return lines.map((r, i) => (i > 0 && pages[i] !== pages[i - 1] ? `\f${r}` : r)).join("\n");
}

/** Whether the first `n` lines are all on the page of the first (no form feed would be written between them). */
export function onePage(n: number, pages: number[]): boolean {
  for (let i = 1; i < n; i++) if (pages[i] !== pages[0]) return false;
  return true;
}
