/**
 * "Did you mean": the CLI's one typo policy, for command names, options and section names.
 * A word is taken for a candidate when it is a unique prefix of it (two letters or more) or
 * one edit or swap away (two from five letters on), and only when one candidate fits.
 */
import { prefixDistance } from "../library/find.js";

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const n = word.toLowerCase();
  if (!n) return undefined;
  const prefixed = candidates.filter((c) => n.length >= 2 && c.startsWith(n));
  if (prefixed.length === 1) return prefixed[0];
  const close = candidates.filter(
    (c) => Math.abs(c.length - n.length) <= 1 && prefixDistance(n, c) <= 1 + Number(n.length >= 5),
  );
  return close.length === 1 ? close[0] : undefined;
}
