/**
 * Width-aware word wrapping for the plain views (terminal columns, wide characters).
 *
 * The column width is computed here rather than with string-width: that package builds an
 * Intl.Segmenter and emoji regexes when it is imported, which costs more than the rest of
 * `resumes list` together (about 90 ms on these cores). The rules below are the ones that
 * matter for résumé text: escape sequences and controls take no room, combining marks and
 * format characters take none, East Asian wide and fullwidth characters and emoji take two.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

/** East Asian Wide (W) and Fullwidth (F) ranges, and the emoji blocks shown two columns wide. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function wide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Terminal columns taken by `text` (escape sequences ignored). */
export function width(text: string): number {
  let n = 0;
  for (const ch of text.includes("\u001b") ? text.replace(ANSI, "") : text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f) n += 1;
    else if (ZERO.test(ch)) continue;
    else n += wide(cp) ? 2 : 1;
  }
  return n;
}

/** Cut `text` to at most `max` columns, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (width(text) <= max) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = width(ch);
    if (used + w > max - 1) break;
    out += ch;
    used += w;
  }
  return out + "…";
}

/** Cut a word into pieces no wider than `max` columns. */
function pieces(word: string, max: number): string[] {
  if (width(word) <= max) return [word];
  const out: string[] = [];
  let cur = "";
  let curWidth = 0;
  for (const ch of word) {
    const w = width(ch);
    if (cur && curWidth + w > max) {
      out.push(cur);
      cur = "";
      curWidth = 0;
    }
    cur += ch;
    curWidth += w;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Wrap `text` to `columns`: the first line starts with `first`, the following ones with
 * `rest` (prefixes count in the width). Words longer than a line are cut.
 */
export function wrapText(text: string, columns: number, first = "", rest = first): string[] {
  const max = Math.max(10, columns - width(rest));
  const lines: string[] = [];
  let line = first;
  let lineWidth = width(first);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of pieces(word, max)) {
      const w = width(piece);
      if (!empty && lineWidth + 1 + w > columns) {
        lines.push(line);
        line = rest;
        lineWidth = width(rest);
        empty = true;
      }
      line += (empty ? "" : " ") + piece;
      lineWidth += (empty ? 0 : 1) + w;
      empty = false;
    }
  }
  lines.push(line);
  return lines;
}
