/**
 * Is a line part of an entry's header (organisation, title, place, dates) or of its body?
 * Decided by a linear model over the line's features (line-features.ts), with weights fitted
 * by scripts/train-header-lines.ts on invented, labelled layouts (header-line.data.ts).
 */
import type { Line } from "../lines.js";
import { headerLineModel } from "./header-line.data.js";
import { lineFeatures } from "./line-features.js";
import { probabilitiesOf } from "./linear.js";

/** The probability that `lines[i]` heads an entry rather than belongs to a body. */
export function headerProbability(lines: readonly Line[], i: number): number {
  return probabilitiesOf(headerLineModel, lineFeatures(lines, i))[1]!;
}

/** `lines[i]` reads as an entry's header line. */
export function isHeaderLine(lines: readonly Line[], i: number): boolean {
  return headerProbability(lines, i) > 0.5;
}
