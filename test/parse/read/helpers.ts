import type { Line } from "../../../src/parse/line.js";
import { readLines } from "../../../src/parse/read/index.js";

/** The text lines of a document, with the fields a test looks at. */
export function read(doc: string, file = "cv.txt"): Line[] {
  return readLines(doc, [], file).filter((l) => l.text || l.rule);
}

export const brief = (l: Line) => ({
  n: l.n,
  text: l.text,
  ...(l.heading ? { heading: l.heading } : {}),
  ...(l.bullet ? { depth: l.depth } : {}),
});
