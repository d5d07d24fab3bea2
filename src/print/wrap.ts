/** Width-aware word wrapping for the plain views (terminal columns, wide characters). */
import stringWidth from "string-width";

export function width(text: string): number {
  return stringWidth(text);
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
