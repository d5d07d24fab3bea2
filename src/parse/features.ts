/**
 * Feature scores (the OpenResume idea): small rules that add or subtract points for "is
 * this text a job title / a company / a place / a person's name / a list of tools?".
 * Callers compare scores across candidates and take the best.
 */
import { findRange } from "./dates.js";
import { perDocument } from "./memo.js";
import {
  COMPANY_SUFFIXES,
  NAME_PARTICLES,
  PHRASE_WORDS,
  ORG_WORDS,
  PLACES,
  REGION_CODE_RE,
  TEAM_NOUNS,
  TITLE_QUALIFIERS,
  wordsOf,
} from "./vocab.js";
import { institutionCue, isPlaceLine, isTitleWord, sectionKind } from "./vocab/index.js";

export const DEGREE_RE =
  /^(?:(?:integrated|executive|joint|double|dual)\s)?(?:(?:bachelor|master|doctor)(?:['’]?s)?|masters?|ph\.?\s?d\.?|doctorate|mba|m\.?\s?b\.?\s?a\.?|b\.?\s?tech\.?|m\.?\s?tech\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?eng\.?|m\.?\s?eng\.?|b\.?\s?e\.|m\.?\s?e\.|b\.?\s?s\.?|m\.?\s?s\.?|b\.?\s?a\.?|m\.?\s?a\.?|b\.?\s?com\.?|m\.?\s?phil\.?|a\.\s?a\.\s?s\.?|aas|a\.\s?s\.|a\.\s?a\.|bba|b\.\s?b\.\s?a\.|m\.\s?b\.\s?a\.|bca|mca|llb|llm|md|jd|a\.\s?b\.|s\.\s?b\.|b(?:math|comm|arch|des|fa|ed|mus|cs|is)|m(?:math|arch|des|fa|ed|mus|cs|is|res|phil)|diploma|associate(?:['’]?s)?\s(?:degree|of\s[A-Z][\p{L}]{1,20})|high school(?: diploma)?|class\s(?:xii|x|10th|12th)|ssc|hsc|sslc|higher secondary(?: certificate)?|a[- ]levels?|abitur|(?:bachelor|master|diplom)?studium|baccalaur[ée]at|licence|laurea(?:\s(?:magistrale|triennale|specialistica))?|diplom|magister|mgr\.|bc\.|ing\.|m[áa]ster|grado|licenciatura|licenciad[oa]|doctorado|mestrado|bacharelado|tecn[óo]logo|p[óo]s-gradua[çc][ãa]o|postgraduate|undergraduate|graduate certificate|certificate|engineer['’]?s degree|mse|bscs|mscs|bsee|msee)(?![\p{L}])/iu;

/** A degree at the start of `text`, e.g. "Bachelor of Technology", "B.Tech", "PhD", "Integrated Master", "Executive MBA". */
export function degreeAt(text: string): string | undefined {
  const t = text.trim();
  // "AS, Computer Science", "AA Liberal Arts": an associate degree in capitals (never the word "as").
  const associate = /^A[AS](?=,?\s\p{Lu})/u.exec(t);
  if (associate) return associate[0];
  const m = DEGREE_RE.exec(t);
  if (!m) return undefined;
  // "Bachelor of Technology", "Master of Business Administration" (case-sensitive words).
  const of = /^(?:bachelor|master|doctor)/i.test(m[0]) ? OF_FIELD_RE.exec(t.slice(m[0].length)) : null;
  return (m[0] + (of ? of[0] : "")).trim();
}

const OF_FIELD_RE = /^\sof\s\p{Lu}\p{L}{1,20}(?:(?:\s(?:and|&))?\s\p{Lu}\p{L}{1,20}){0,3}/u;

export const hasInstitutionWord: (text: string) => boolean = perDocument(function hasInstitutionWord(
  text: string,
): boolean {
  return institutionCue(text);
});

/** Points for "this is a job title". */
export const titleScore: (text: string) => number = perDocument(function titleScore(text: string): number {
  // "MAKERSPACE PGH (VOLUNTEER)", "Acme (Contract)": a kind of engagement in parentheses after a name is no title.
  const bare = text.replace(/\s\([^()]{1,40}\)/g, " ").trim();
  const ws = wordsOf(bare || text);
  if (ws.length === 0) return -10;
  let score = 0;
  let nouns = 0;
  for (const w of ws) {
    const parts = w.split(/[/-]/);
    if (parts.some((p) => isTitleWord(p))) nouns++;
    else if (TITLE_QUALIFIERS.has(w)) score += 1;
  }
  nouns += titleAbbreviations(bare || text);
  score += nouns * 4;
  if (nouns === 0) score -= 4;
  if (ws.length > 8) score -= 4;
  if (/[@,]/.test(text)) score -= 2;
  if (/^(?:at|@)\s/i.test(text)) score -= 6;
  if (hasInstitutionWord(text) && nouns === 0) score -= 4;
  return score;
});

/** "Senior SE", "SWE II", "SDE2": a software engineer's title written as capitals (case matters: "se" is a word). */
const TITLE_ABBREV_RE = /(?<![\p{L}\p{N}])(?:SE|SWE|SDE|SDET|SSE)\d?(?![\p{L}\p{N}])/gu;

function titleAbbreviations(text: string): number {
  return text.length > 200 ? 0 : (text.match(TITLE_ABBREV_RE)?.length ?? 0);
}

/** Points for "this is a team or department". */
export const teamScore: (text: string) => number = perDocument(function teamScore(text: string): number {
  const ws = wordsOf(text);
  let score = ws.some((w) => TEAM_NOUNS.has(w)) ? 5 : 0;
  if (ws.length > 7) score -= 3;
  return score;
});

const PLACE_MARK_RE = /[\u{1F1E6}-\u{1F1FF}]{2}|📍/u;
const PLACE_MARK_RE_G = /[\u{1F1E6}-\u{1F1FF}]{2}|📍\uFE0F?/gu;

/** A flag emoji or a pin in `text`. */
export function hasPlaceMark(text: string): boolean {
  return PLACE_MARK_RE.test(text);
}

/** `text` without flag emoji and pins. */
export function stripPlaceMarks(text: string): string {
  return text
    .replace(PLACE_MARK_RE_G, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Points for "this is a place": `London, UK`, `San Francisco, CA`, `Remote`. */
export const locationScore: (text: string) => number = perDocument(function locationScore(
  text: string,
): number {
  // A flag emoji or a pin ("Tokyo 🇯🇵", "📍 Lyon") marks a place.
  const marked = PLACE_MARK_RE.test(text);
  if (marked) {
    const rest = text.replace(PLACE_MARK_RE_G, " ").trim();
    return rest && /^\p{Lu}/u.test(rest) && rest.length <= 60 && !/\d{3,}|@|https?:/.test(rest)
      ? Math.max(3, locationScore(rest) + 5)
      : -5;
  }
  const t = text.trim().replace(/^\(|\)$/g, "");
  if (!t || t.length > 60 || /\d{3,}|@|https?:/.test(t)) return -5;
  const parts = t.split(/\s{0,40}[,/]\s{0,40}/).filter(Boolean);
  if (parts.length > 4) return -5;
  let score = 0;
  let known = 0;
  for (const part of parts) {
    const ws = part.split(/\s+/);
    if (ws.length > 4) return -5;
    if (!ws.every((w) => /^[\p{Lu}(]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || w === "&"))
      score -= 3;
    if (REGION_CODE_RE.test(part)) known++;
    else if (wordsOf(part).some((w) => PLACES.has(w))) known++;
  }
  score += known * 3;
  if (wordsOf(t).some((w) => ORG_WORDS.has(w))) score -= 5;
  if (parts.length >= 2 && score >= 0) score += 2;
  if (parts.length === 1 && known === 0) score -= 2;
  if (titleScore(t) > 0) score -= 4;
  if (/\b(remote|hybrid)\b/i.test(t)) score += 3;
  return score;
});

/** "1427 Maple Ridge Dr, Silver Spring, MD 20906": a US street address (street, city, state, ZIP). */
export const US_ADDRESS_RE =
  /^(\d{1,6}[A-Za-z]?\s[^,]{2,60}),\s{0,2}([^,\d]{2,40}),\s{0,2}([A-Z]{2})\s{1,2}(\d{5}(?:-\d{4})?)$/;

/** "Veterans Health Administration": a word that names an organisation, never a place. */
export const hasOrgWord: (text: string) => boolean = perDocument(function hasOrgWord(text: string): boolean {
  return wordsOf(text).some((w) => ORG_WORDS.has(w));
});

/** Points for "this is a company": what is left when it is nothing else. */
export const companyScore: (text: string) => number = perDocument(function companyScore(
  text: string,
): number {
  const ws = wordsOf(text);
  if (ws.length === 0) return -10;
  let score = 1;
  if (ws.some((w) => COMPANY_SUFFIXES.has(w))) score += 3;
  if (ws.length > 6) score -= 3;
  if (titleScore(text) > 0) score -= 4;
  if (locationScore(text) > 2) score -= 3;
  if (teamScore(text) > 0) score -= 2;
  if (findRange(text)) score -= 5;
  if (/[.!?]$/.test(text) && ws.length > 4) score -= 4;
  return score;
});

/** A person's name: 2–4 capitalised words, no digits or punctuation beyond `.-'`. */
/**
 * `Priyamvada "Pia" Castellanos`, `Robert (Bob) Okafor`, `Kwame ‘KJ’ Mensah`: a nickname between
 * the names, quoted or in parentheses.
 */
const NICKNAME_RE = /^(\S{1,40})\s{1,3}["“”„'‘’(«]\p{Lu}[\p{L}.-]{0,24}["“”'‘’)»]\s{1,3}(\S.{0,60})$/u;

/** The name without a nickname between its names (the name as written when there is none). */
export function withoutNickname(text: string): string {
  const m = NICKNAME_RE.exec(text);
  return m ? `${m[1]} ${m[2]}` : text;
}

export const nameScore: (text: string) => number = perDocument(function nameScore(text: string): number {
  const t = withoutNickname(text.trim());
  if (!t || t.length > 50 || /[\d@:|/\\,;!?()[\]{}<>#*=+]/.test(t)) return -10;
  const ws = t.split(/\s+/);
  if (ws.length < 2 || ws.length > 5) return ws.length === 1 ? -2 : -10;
  // "SEEKING WORK", "Open To Work": a post's subject, not a person.
  if (
    /^(?:seeking|looking|open|available|hiring|wanted|freelancer?)\b/i.test(t) &&
    /\b(?:work|job|jobs|role|roles|position|opportunit(?:y|ies)|freelance|contract|hire|hiring)\b/i.test(t)
  )
    return -10;
  let score = 3;
  if (ws.some((w) => PHRASE_WORDS.has(w.toLowerCase()))) return -10;
  for (const w of ws) {
    if (NAME_PARTICLES.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    if (!/^\p{Lu}[\p{L}'’.-]{0,30}$/u.test(w)) return -10;
  }
  if (titleScore(t) > 0) score -= 6;
  if (sectionKind(t).length) score -= 10;
  // A place only when the WHOLE line is places ("Boston MA"): "Austin Lee" and "Paris Brown" are people.
  if (isPlaceLine(t)) score -= 4;
  if (hasInstitutionWord(t)) score -= 6;
  if (wordsOf(t).some((w) => COMPANY_SUFFIXES.has(w) || TEAM_NOUNS.has(w))) score -= 4;
  return score;
});

/** A comma/`·`-separated list of short items (a stack): `Python, Java / Springboot, Flink`. */
export function listItems(text: string): string[] | undefined {
  const items = text
    .split(/\s{0,40}[,;·•|]\s{0,40}/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 2) return undefined;
  if (items.some((i) => i.split(/\s+/).length > 4 || i.length > 40)) return undefined;
  if (/[.!?]$/.test(text.trim())) return undefined;
  return items;
}

/** A sentence-like line (a paragraph of prose rather than a heading or a field). */
export const isProse: (text: string) => boolean = perDocument(function isProse(text: string): boolean {
  const ws = text.split(/\s+/).length;
  return (
    ws >= 12 ||
    (/[.!?]$/.test(text) && ws >= 5 && !COMPANY_ABBREV_END_RE.test(text)) ||
    // Chinese and Japanese write sentences without spaces: a full stop after ten or more ideographs or kana.
    (/[。！？]$/u.test(text) && (text.match(CJK_CHAR_RE)?.length ?? 0) >= 10)
  );
});

const CJK_CHAR_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

/** "Vetrina Digitale S.r.l.", "Acme Inc.", "Hekla Energy hf.": a final dot that ends a company's abbreviation, not a sentence. */
export const COMPANY_ABBREV_END_RE =
  /\s(?:(?:\p{L}{1,3}\.){2,4}|(?:inc|ltd|co|corp|llc|plc|pty|pvt|bros|hf|ehf|sa|srl|spa|nv|bv|kk|kft|ag|gmbh|oy|oyj|ab|as|asa|aps|sas|sarl|ltda|pte|bhd|jsc|lda)\.)$/iu;

/** "JANE DOE" → "Jane Doe"; other text unchanged. */
export function titleCaseIfCaps(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || letters !== letters.toUpperCase()) return text;
  return (
    text
      .toLowerCase()
      // (A quoted or bracketed nickname is a name too: 'BARNABY "BAZ" LEE' → 'Barnaby "Baz" Lee'.)
      .replace(/(^|[\s'’"“‘(«-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
  );
}

/**
 * Split at `separators` (by default `, ; · • |`) except inside parentheses ("AWS (ECS,
 * RDS), Terraform" → 2 items; "Science Teacher (Biology, Chemistry)" stays whole).
 */
const SPLITTERS = new Map<string, RegExp>();
export function splitOutsideParens(text: string, separators = ",;·•|"): string[] {
  const isSep = (ch: string) => separators.includes(ch);
  let re = SPLITTERS.get(separators);
  if (!re)
    SPLITTERS.set(separators, (re = new RegExp(`\\s*[${separators.replace(/[\]\\^-]/g, "\\$&")}]\\s*`)));
  const plain = () => text.split(re);
  if (!text.includes("(")) return plain();
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && isSep(ch)) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  // An unclosed parenthesis: split as if there were none.
  return depth > 0 ? plain() : out;
}

/**
 * Split a free list into items: on commas/semicolons/`·`/`|` when present, otherwise on
 * spaces, keeping `A / B` together and runs joined by connector words
 * (`Impact of Tech on Media & Society`).
 */
export function splitItems(text: string, connectors: boolean): string[] {
  const t = text.trim();
  if (!t) return [];
  if (/[,;·•|]/.test(t))
    return splitOutsideParens(t)
      .map((s) => s.trim())
      .filter(Boolean);
  const tokens = t.split(/\s+/);
  const items: string[] = [];
  let glue = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const lower = tok.toLowerCase();
    const isConnector =
      connectors && /^(?:of|on|and|&|in|for|the|to|with|a|an|at|by)$/.test(lower) && items.length > 0;
    if (tok === "/" && items.length > 0) {
      items[items.length - 1] += " /";
      glue = true;
      continue;
    }
    if (isConnector) {
      items[items.length - 1] += " " + tok;
      glue = true;
      continue;
    }
    if (glue && items.length > 0) items[items.length - 1] += " " + tok;
    else items.push(tok);
    glue = false;
  }
  return items;
}

/** First words of multi-word city names ("San Jose", "New Haven", "Fort Worth", "St. Louis"). */
const CITY_LEADS = new Set([
  "san",
  "santa",
  "los",
  "las",
  "new",
  "fort",
  "ft.",
  "st.",
  "saint",
  "salt",
  "palo",
  "mountain",
  "el",
  "la",
  "baton",
  "ann",
  "des",
  "grand",
  "long",
  "kansas",
  "oklahoma",
  "jersey",
  "north",
  "south",
  "east",
  "west",
  "cedar",
  "sioux",
  "college",
  "round",
  "redwood",
  "menlo",
  "foster",
  "culver",
  "daly",
  "union",
  "jersey",
  "walnut",
  "overland",
  "rio",
  "hong",
  "kuala",
  "tel",
  "abu",
  "buenos",
  "sao",
  "são",
  "cape",
  "port",
  "mexico",
  "silver",
  "glen",
  "white",
  "cherry",
  "bowling",
  "chapel",
  "green",
  "coral",
]);
/** Last words of multi-word city names ("Redwood City", "Palm Springs", "Menlo Park"). */
const CITY_TAILS = new Set([
  "city",
  "beach",
  "springs",
  "falls",
  "heights",
  "park",
  "valley",
  "lake",
  "hills",
  "island",
  "view",
  "alto",
  "creek",
  "harbor",
  "rapids",
  "rock",
  "town",
]);

/**
 * "Oakridge Cloud San Francisco, CA": a name and a city run together by a PDF converter
 * (a left- and a right-aligned text joined by one space) before a two-letter region code.
 * The city is the last word, or the last two or three when they form a usual city name.
 * `oneWordName`: the name may be one word before an unknown city (the caller knows the name goes on).
 */
export function splitNamePlace(
  text: string,
  oneWordName = false,
): { name: string; place: string } | undefined {
  const m = /^([^,]{3,80}),[ \t]?([A-Z]{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ws = m[1]!.trim().split(/\s+/);
  if (
    ws.length < 2 ||
    ws.length > 10 ||
    !ws.every((w) => /^[\p{Lu}\p{N}&(]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()))
  )
    return undefined;
  let k = 1;
  while (k < 3 && k < ws.length) {
    const last = ws[ws.length - k]!.toLowerCase();
    const before = ws[ws.length - k - 1]!.toLowerCase();
    if (CITY_TAILS.has(last) && k === 1) k++;
    else if (CITY_LEADS.has(before) || (PLACES.has(before) && PLACES.has(last))) k++;
    else break;
  }
  if (k >= ws.length) return undefined;
  const name = ws.slice(0, ws.length - k).join(" ");
  const city = ws.slice(ws.length - k).join(" ");
  // "Silver Spring, MD": a one-word name before an unknown city is more likely half of the city.
  if (ws.length - k === 1 && !oneWordName && !wordsOf(city).some((w) => PLACES.has(w))) return undefined;
  return { name, place: `${city}, ${m[2]!}` };
}
