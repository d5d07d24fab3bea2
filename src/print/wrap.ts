/**
 * Width-aware word wrapping for the plain views (terminal columns, wide characters). The
 * width is THE width (src/text/width.ts), the one the browser and Ink measure with.
 */
import { width } from "../text/width.js";

export { width };

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
