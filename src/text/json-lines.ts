/**
 * The line each object starts on in a JSON text, by path (`basics`, `work/0`,
 * `work/0/roles/1`), so entries imported from JSON can say where they came from like
 * entries parsed from text do.
 */
import { scanJson } from "./json-scan.js";

/** Path → 1-based line of the `{` of every object nested at most `maxDepth` deep. */
export function jsonObjectLines(text: string, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  // offsets come in text order: count line ends from the previous one
  let line = 1;
  let k = 0;
  scanJson(
    text,
    (path, offset) => {
      for (; k < offset; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) line++;
      }
      lines.set(path, line);
    },
    maxDepth,
  );
  return lines;
}
