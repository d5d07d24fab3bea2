/**
 * The query language: fuse.js extended search, read at the level of a person.
 *
 *   rust            fuzzy: typo-tolerant, anywhere in a word (`rsut`, `kafak` work)
 *   'rust           include: the exact text, anywhere in a field
 *   =rust           exact: the whole field is exactly this ("Rust" in a skill list)
 *   ^rust           prefix: the field starts with this
 *   rust$           suffix: the field ends with this
 *   !java           not: people with no field containing "java" (also !^java, !java$)
 *   "real time"     quotes keep spaces inside one term (also '"…", ="…", ^"…")
 *   rust kafka      AND: every term must match somewhere in the same profile
 *   rust | go       OR between AND-groups (a lone `|` between terms)
 *
 * Folding: case and diacritics are ignored everywhere (`munchen` finds "München").
 */
import { fold } from "./text.js";

export type Op = "fuzzy" | "include" | "exact" | "prefix" | "suffix";

export interface Term {
  op: Op;
  negate: boolean;
  /** Folded text of the term, without its operator characters. */
  text: string;
}

/** OR of AND-groups. Empty when the query has no usable term. */
export type Query = Term[][];

/** Split on whitespace, keeping "quoted phrases" (with any operator before them) whole. */
function words(query: string): string[] {
  const out: string[] = [];
  const re = /(?:[!=^']*"[^"]*"\$?|[^\s"]+|")/g;
  for (const m of query.matchAll(re)) out.push(m[0]);
  return out;
}

export function parseTerm(word: string): Term | undefined {
  let w = word;
  let negate = false;
  let op: Op = "fuzzy";
  if (w.startsWith("!")) {
    negate = true;
    op = "include";
    w = w.slice(1);
  }
  if (w.startsWith("^")) {
    op = "prefix";
    w = w.slice(1);
  } else if (!negate && w.startsWith("=")) {
    op = "exact";
    w = w.slice(1);
  } else if (!negate && w.startsWith("'")) {
    op = "include";
    w = w.slice(1);
  }
  if (w.length > 1 && w.endsWith("$") && op !== "prefix") {
    op = "suffix";
    w = w.slice(0, -1);
  }
  if (w.length >= 2 && w.startsWith('"') && w.endsWith('"')) {
    w = w.slice(1, -1);
    if (op === "fuzzy") op = "include";
  }
  const text = fold(w).replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  return { op, negate, text };
}

export function parseQuery(query: string): Query {
  const groups: Term[][] = [[]];
  for (const word of words(query)) {
    if (word === "|") {
      groups.push([]);
      continue;
    }
    const term = parseTerm(word);
    if (term) groups[groups.length - 1]!.push(term);
  }
  // A group needs something to show: groups of only `!` terms match nothing.
  return groups.filter((g) => g.some((t) => !t.negate));
}

/** A stable key for caching one term's results. */
export function termKey(t: Term): string {
  return `${t.op}\u0000${t.negate ? 1 : 0}\u0000${t.text}`;
}
