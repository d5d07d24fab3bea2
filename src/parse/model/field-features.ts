/**
 * Hand-written features of one candidate piece of an entry header ("Staff Engineer",
 * "Ondine Analytics", "Lyon, France"), for the header-field model (header-field.ts).
 *
 * Each feature is a name that is on or off: the piece's own scores (features.ts: title,
 * company, place, team), its shape (capitals, length, digits, parentheses, an organisation's
 * legal suffix, a gazetteer hit), how the cutting marked it (the side of "at", bold, a link's
 * text, italics, a stack beside it, a trailing place, the rest of a title), where it stands
 * (first or last, its line, alone on its line) and how it compares with the other pieces
 * (the best title of the header, another piece that is a title, a company side elsewhere).
 */
import type { Part } from "../entries.js";
import {
  companyScore,
  hasInstitutionWord,
  hasOrgWord,
  locationScore,
  teamScore,
  titleScore,
} from "../features.js";
import { isEmploymentTypeLine } from "../dates.js";
import { orgCue, placeOf } from "../vocab/index.js";

/** The scores of one piece, computed once per header. */
interface Scored {
  title: number;
  company: number;
  place: number;
  team: number;
}

/**
 * `name` and the bin of a number: `title:<=0` for the first edge at or above it, `title:>8` above
 * the last. The names are made once (a header asks for them piece by piece).
 */
function binned(name: string, edges: readonly number[]): (n: number) => string {
  const names = edges.map((e) => `${name}:<=${e}`);
  const over = `${name}:>${edges[edges.length - 1]}`;
  return (n) => {
    for (let k = 0; k < edges.length; k++) if (n <= edges[k]!) return names[k]!;
    return over;
  };
}

const TITLE_BIN = binned("title", [-5, 0, 4, 8]);
const COMPANY_BIN = binned("company", [-3, 0, 1, 3]);
const PLACE_BIN = binned("place", [-3, 0, 2, 5]);
const WORDS_BIN = binned("words", [1, 2, 3, 5, 8]);
const LINE_BIN = binned("line", [0, 1]);
const PIECES_BIN = binned("pieces", [1, 2, 3, 4]);

const PLACE_SHAPE_RE =
  /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}(?:,\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2})?$/u;

const DATE_FRAGMENT_RE = /^[\s(]*(?:\d{1,2}[./])?\d{4}[\s)–—-]*$/u;
const CAMEL_RE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** The features of every candidate of one header, in order. */
export function fieldFeatures(cands: readonly Part[], titleKnown: boolean, nameKnown = false): string[][] {
  const scored: Scored[] = cands.map((c) => ({
    title: titleScore(c.text),
    company: companyScore(c.text),
    place: locationScore(c.text),
    team: teamScore(c.text),
  }));
  const maxTitle = Math.max(...scored.map((s) => s.title));
  const maxCompany = Math.max(...scored.map((s) => s.company));
  const maxPlace = Math.max(...scored.map((s) => s.place));
  const lines = new Set(cands.map((c) => c.line)).size;
  return cands.map((c, i) => {
    const s = scored[i]!;
    const f: string[] = [];
    const on = (name: string): void => void f.push(name);
    // Scores, binned.
    on(TITLE_BIN(s.title));
    on(COMPANY_BIN(s.company));
    on(PLACE_BIN(s.place));
    if (s.team > 0) on("team:yes");
    if (s.title > 0 && s.title === maxTitle) on("best:title");
    if (s.company === maxCompany) on("best:company");
    if (s.place > 2 && s.place === maxPlace) on("best:place");
    // Marks of the cutting.
    if (c.side === 0) on("side:doer");
    if (c.side === 1) on("side:org");
    if (c.doer) on("doer");
    if (c.withList) on("with-list");
    if (c.place) on("marked:place");
    if (c.teamish) on("marked:team");
    if (c.link) on("link");
    if (c.italic) on("italic");
    if (c.bold) on("bold");
    // Shape.
    const t = c.text;
    const words = t.split(/\s+/).filter(Boolean);
    on(WORDS_BIN(words.length));
    const letters = t.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
      on("allcaps");
    else if (/^\p{Ll}/u.test(t)) on("start:lower");
    if (/\d/.test(t)) on("digit");
    // A bare year or date fragment ("2009", "2015 -") names no field.
    if (DATE_FRAGMENT_RE.test(t)) on("date-fragment");
    // One word joining capitals inside ("QuillMark"): a brand, not a role.
    if (words.length === 1 && CAMEL_RE.test(t)) on("camelcase");
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t)) on("cjk");
    if (/[()]/.test(t)) on("paren");
    if (t.includes(",")) on("comma");
    if (/[.!?]$/.test(t) && words.length > 4) on("sentence");
    // The kind of engagement ("Part-time", "Contract"): no title, employer or place.
    if (isEmploymentTypeLine(t)) on("employment-kind");
    // A lower-case piece ending a sentence ("upgrades."): the wrapped tail of a paragraph.
    if (/^\p{Ll}/u.test(t) && /[.!?]$/.test(t)) on("sentence-tail");
    const cue = orgCue(t);
    if (cue) on(`org:${cue}`);
    if (hasOrgWord(t)) on("org:word-list");
    if (hasInstitutionWord(t)) on("institution");
    const place = placeOf(t);
    if (place) on(`gazetteer:${place.kind}`);
    if (PLACE_SHAPE_RE.test(t)) on("place-shape");
    // Position.
    if (i === 0) on("pos:first");
    if (i === cands.length - 1 && i > 0) on("pos:last");
    on(LINE_BIN(c.line));
    if (lines > 1) on("header:lines:2+");
    const sameLine = cands.filter((q) => q.line === c.line);
    if (sameLine.length === 1) on("line:alone");
    else if (sameLine[0] === c) on("line:first");
    on(PIECES_BIN(cands.length));
    if (titleKnown) on("title-known");
    if (nameKnown) on("org-known");
    // The other pieces.
    const others = scored.filter((_q, k) => k !== i);
    const otherTitle = others.some((q) => q.title > 0) || titleKnown;
    if (otherTitle) on("other:title");
    if (cands.some((q, k) => k !== i && q.side === 1)) on("other:org-side");
    if (cands.some((q, k) => k !== i && q.place)) on("other:marked-place");
    if (others.some((q) => q.place >= 3)) on("other:place");
    if (others.some((q) => q.company >= 4)) on("other:legal");
    const prev = cands[i - 1];
    if (prev && prev.line === c.line && scored[i - 1]!.title > 0) on("after:title");
    if (cands.some((q, k) => k > i && q.line === c.line && scored[k]!.title > 0)) on("before:title");
    if (c.bold && cands.some((q, k) => k !== i && !q.bold)) on("bold:apart");
    // A piece after a dash inside a column of a piped line: after a title it is the rest of
    // that title ("Analyst - Data Programme | Company"), after an employer its division
    // ("Company - Unit"); the employer is the column's first piece.
    if (c.dashed && prev && prev.line === c.line)
      on(scored[i - 1]!.title > 0 ? "cell:after-title" : "cell:after-plain");
    // Crossings that a sum of single features cannot express.
    if (s.title > 0 && otherTitle) on("title×other-title");
    if (s.team > 0 && !otherTitle) on("team×no-title");
    if (c.teamish && !cue && !hasOrgWord(t)) on("marked:team×no-org-word");
    if (c.teamish && others.length && others.every((q) => q.title > 0)) on("marked:team×only-title");
    if (s.team > 0 && others.every((q) => q.title > 0 || q.place >= 3)) on("team×no-company");
    // The first piece that is nothing else names the employer more often than a later one.
    // (A piece after a dash in a piped column goes with the one before it: it is not plain.)
    const plain = (k: number): boolean =>
      cands[k]!.side === undefined &&
      !cands[k]!.dashed &&
      !cands[k]!.teamish &&
      scored[k]!.title <= 0 &&
      scored[k]!.place < 3 &&
      scored[k]!.team <= 0;
    if (plain(i)) on(cands.slice(0, i).some((_q, k) => plain(k)) ? "plain:later" : "plain:first");
    return f;
  });
}
