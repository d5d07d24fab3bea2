/**
 * How hits are scored (lower is better, fuse.js convention): the kind of match first
 * (whole word, start of a word, inside a word, with typos), then the field's weight, then
 * how much of the field the match covers; ties go to library order.
 */

/** Base score of a word match, by kind. */
export const TIER = { whole: 0, prefix: 0.15, infix: 0.3, fuzzy: 0.45, fuzzyPrefix: 0.6 } as const;
/** Score added for the lightest field (weight 0); a weight-1 field adds nothing. */
export const WEIGHT_SPAN = 0.2;
/** Score added at most for a match that covers little of its field. */
export const COVER_SPAN = 0.004;

/** The penalty of a field of this weight (0..1). */
export function penaltyOf(weight: number): number {
  return Math.fround(WEIGHT_SPAN * (1 - weight));
}

/** The coverage part of a score: a term of `termLength` in a field of `fieldLength`. */
export function cover(termLength: number, fieldLength: number): number {
  return fieldLength > termLength ? COVER_SPAN * (1 - termLength / fieldLength) : 0;
}
