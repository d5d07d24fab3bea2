/**
 * A document's text → its source lines, each sanitised (src/text/sanitize.ts, the one home
 * for control-character stripping) and with the page it is on: a form feed (`\f`, pdftotext's
 * page break) starts a new page and is removed, so line numbers stay those of the source.
 */
import { sanitize } from "../../text/sanitize.js";

/** The longest line a reader looks at; the rest of a longer line is dropped. */
export const MAX_LINE = 5000;

export function sourceLines(input: string): { lines: string[]; pages: number[] } {
  const raw = input.replace(/\r\n?/g, "\n").split("\n");
  const lines: string[] = [];
  const pages: number[] = [];
  let page = 1;
  for (const r0 of raw) {
    let r = r0.length > MAX_LINE ? r0.slice(0, MAX_LINE) : r0;
    if (r.includes("\f")) {
      page += r.split("\f").length - 1;
      r = r.replace(/\f/g, "");
    }
    // sanitize turns vertical tabs and U+2028/U+2029 into line breaks: inside one source line, a space.
    lines.push(sanitize(r).replace(/\n/g, " "));
    pages.push(page);
  }
  return { lines, pages };
}

/** The lines again as one text, a form feed before the first line of each page after the first. */
export function joinPages(lines: string[], pages: number[]): string {
  return lines.map((r, i) => (i > 0 && pages[i] !== pages[i - 1] ? `\f${r}` : r)).join("\n");
}
