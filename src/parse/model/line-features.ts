/**
 * Hand-written features of one line in its neighbourhood, for the line models (model/*.ts).
 * Each feature is a name that is on or off: the shape of the line (length, capitals, final
 * stop, bullet, cells), what its words are (title nouns, organisation and school words,
 * places, dates, verbs that open a sentence) and what surrounds it (blank lines, bullets,
 * indentation). Linear in the length of the line; nothing here looks further than one line
 * either side.
 */
import { findRange } from "../dates.js";
import type { Line } from "../lines.js";
import {
  COMPANY_SUFFIXES,
  INSTITUTION_WORDS,
  ORG_WORDS,
  PLACES,
  TITLE_NOUNS,
  TITLE_QUALIFIERS,
  wordsOf,
} from "../vocab.js";

const FUNCTION_WORDS = new Set([
  "of",
  "and",
  "for",
  "the",
  "at",
  "in",
  "de",
  "la",
  "le",
  "du",
  "des",
  "del",
  "der",
  "und",
  "für",
  "&",
  "y",
  "e",
  "et",
  "da",
  "do",
  "di",
  "van",
  "von",
  "a",
  "an",
  "on",
  "to",
  "with",
  "by",
  "from",
]);

/** Verbs that open the sentences of a job's bullets ("Led", "Built", "Rewrote"). */
const OPENING_VERBS = new Set(
  `led lead built build designed design developed develop managed manage created create implemented implement worked work wrote write
   improved improve reduced reduce increased increase delivered deliver drove drive owned own launched launch migrated migrate
   maintained maintain introduced introduce established establish automated automate optimized optimised optimize mentored mentor
   collaborated partnered supported support ran run shipped ship architected rewrote refactored contributed helped help conducted
   analyzed analysed researched taught trained organized organised planned coordinated handled provided responsible deployed
   integrated tested reviewed prepared presented published achieved won earned spearheaded oversaw negotiated`.split(
    /\s+/,
  ),
);

function bin(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The features of `lines[i]` (a non-blank line). */
export function lineFeatures(lines: readonly Line[], i: number): string[] {
  const l = lines[i]!;
  const t = l.text;
  const f: string[] = [];
  const on = (name: string): void => void f.push(name);
  if (l.bullet) on("bullet");
  if (l.heading) on("heading");
  if (l.strong.length && l.strong.some((s) => s.length >= t.length * 0.5)) on("bold:most");
  else if (l.strong.length) on("bold:some");
  if (l.cells.length >= 2) on("cells:2+");
  on(`chars:${bin(t.length, [20, 40, 70, 100])}`);
  const words = t.split(/\s+/).filter(Boolean);
  on(`words:${bin(words.length, [1, 3, 6, 10])}`);
  if (/[.!?]$/.test(t)) on("end:stop");
  else if (/[;:]$/.test(t)) on("end:colon");
  else if (/,$/.test(t)) on("end:comma");
  if (/^\p{Ll}/u.test(t)) on("start:lower");
  const first = (words[0] ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
  if (OPENING_VERBS.has(first)) on("start:verb");
  else if (/^\p{L}{3,}ed$/u.test(first)) on("start:ed");
  const content = words.filter((w) => /\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length) {
    const caps = content.filter((w) => /^[("“'‘]?[\p{Lu}\p{N}]/u.test(w)).length / content.length;
    on(`caps:${caps >= 0.9 ? "all" : caps >= 0.7 ? "most" : caps >= 0.4 ? "half" : "few"}`);
  }
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    on("allcaps");
  const range = findRange(t);
  if (range) on(range.single ? "date:single" : "date:range");
  if (/\d{1,3}(?:[.,]\d+)?\s?%|\$\s?\d/.test(t)) on("figure");
  const commas = (t.match(/[,;]/g) ?? []).length;
  if (commas >= 2) on("commas:2+");
  else if (commas === 1) on("commas:1");
  if (/^\p{L}[\p{L} ]{1,24}:\s/u.test(t)) on("label:");
  if (/\s(?:at|@)\s/.test(t)) on("at");
  if (/\s[|·]\s/.test(t)) on("pipes");
  const ws = wordsOf(t);
  let title = 0;
  for (const w of ws) {
    if (TITLE_NOUNS.has(w)) title++;
    if (TITLE_QUALIFIERS.has(w)) on("w:qualifier");
    if (COMPANY_SUFFIXES.has(w) || ORG_WORDS.has(w)) on("w:org");
    if (INSTITUTION_WORDS.has(w)) on("w:school");
    if (PLACES.has(w)) on("w:place");
  }
  if (title) on(title > 1 ? "w:title:2+" : "w:title");
  if (/,\s?(?:[A-Z]{2}|\p{Lu}\p{Ll}+)$/u.test(t)) on("end:place-like");
  // Neighbours.
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!prev || !prev.text) on("prev:blank");
  else {
    if (prev.bullet) on("prev:bullet");
    if (/[.!?]$/.test(prev.text)) on("prev:stop");
  }
  if (!next || !next.text) on("next:blank");
  else {
    if (next.bullet) on("next:bullet");
    if (next.indent > l.indent) on("next:deeper");
    if (/^\p{Ll}/u.test(next.text)) on("next:lower");
    if (findRange(next.text)) on("next:date");
  }
  if (l.bullet && (on("bullet×caps:" + (f.find((x) => x.startsWith("caps:")) ?? "none")), true)) {
    if (f.includes("end:stop")) on("bullet×stop");
  }
  return f;
}
