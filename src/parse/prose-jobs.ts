/**
 * Jobs told in sentences rather than in header lines: "I am Associate Engineer in Acme Ltd, Pune.",
 * "2 years as Support Lead at Acme from 2014 to today", "I have been with Acme since March 2019.",
 * "Permanent job in Acme, Lyon.", and the ledger of a freelancer's clients ("Senior writer, Acme
 * Press (2004-2008): features and news", "Acme: reports from the Basel congress, 2011").
 *
 * Nothing is made up: the title and the organisation are words of the sentence, a date is one the
 * sentence gives; a sentence with neither a recognisable title nor an organisation gives no job.
 * Every match is word by word over the sentence (no regex repetition over the sentence), so reading
 * is linear in its length.
 */
import type { Work } from "../profile/schema.js";
import { findRanges, type DateRange } from "./dates.js";
import { unfinished } from "./entries.js";
import { companyScore, hasInstitutionWord, hasOrgWord, isProse, titleScore } from "./features.js";
import type { Line } from "./line.js";
import { isPlaceLine, isProduct, orgCue } from "./vocab/index.js";

/** What one sentence says about a job. */
export interface Statement {
  position?: string;
  name?: string;
  location?: string;
  range?: DateRange;
  /** What a ledger line says was done ("features and news"). */
  summary?: string;
}

// ---------------------------------------------------------------------------------------------
// Words

/** A word that starts a name: a capital ("Acme", "3M", "eBay"), not a bracket or a year. */
function capital(t: string): boolean {
  return /^(?:\p{Lu}|\p{N}{1,3}\p{L}|\p{Ll}\p{Lu})/u.test(t) && !/^(?:19|20)\d{2}\b/.test(t);
}

const bare = (t: string): string => t.replace(/^["“‘'(*_]{1,3}|[,.;:!?"”’')*_]{1,3}$/gu, "");
const lower = (t: string): string => bare(t).toLowerCase();

/** Words inside a name between capitalised words ("Bank of Ireland", "École des Mines"). */
const NAME_JOINERS = new Set(
  "of and & for de du des la le et en für der di del della da do dos das y e i van von".split(" "),
);
/** Articles before a title or a name. */
const ARTICLES = new Set("a an the un une ein eine um uma uno una".split(" "));
/** Prepositions between a title and its employer. */
const EMPLOYER_PREPS = new Set("at @ in with for chez bei presso na no en".split(" "));
/** "since", "from": a date follows. */
const DATE_WORDS = new Set("since from between until till desde depuis seit dal".split(" "));
const MONTH_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?$/i;

/** A legal form or company word written in lower case or with dots ("Pvt", "S.A.S", "Ltd."). */
const legalWord = (t: string): boolean => orgCue(bare(t)) === "legal";

/** A word ending its phrase: a comma, a semicolon or a colon after it. */
const endsPhrase = (t: string): boolean => /[,;:]["”’')*_]{0,3}$/u.test(t);

/** "(ABC)" after a name: its acronym. */
const ACRONYM_RE = /^\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\)[,.;:]?$/u;

interface Run {
  text: string;
  /** Index of the first word after the run. */
  end: number;
  /** The run ended at a comma (a place or an aside may follow). */
  comma: boolean;
}

/** The name that starts at word `i`: capitalised words, the joiners between them, a legal form. */
function nameRun(ws: string[], i: number): Run | undefined {
  const out: string[] = [];
  let k = i;
  // "at the Hollow Bay Aquarium": the article is no part of the name (a capitalised "The" is: "The Lancet").
  if (k < ws.length && ws[k] !== "The" && ARTICLES.has(lower(ws[k]!)) && ws[k + 1] && capital(ws[k + 1]!))
    k++;
  let comma = false;
  while (k < ws.length && out.length < 10) {
    const t = ws[k]!;
    // "Acme March 2019", "Acme 2019": the date is no part of the name.
    if (MONTH_RE.test(bare(t)) && /^\(?(?:19|20)\d{2}/.test(ws[k + 1] ?? "")) break;
    // ("Airbus Defence & Space From 2005 to 2014": a date word is no part of the name.)
    if (DATE_WORDS.has(t.toLowerCase())) break;
    // ("Institut de Recherche", "Études et de Recherches": one or two joiners, then a capitalised word.)
    const joiner =
      out.length > 0 &&
      NAME_JOINERS.has(t.toLowerCase()) &&
      ws[k + 1] !== undefined &&
      (capital(ws[k + 1]!) ||
        (NAME_JOINERS.has(ws[k + 1]!.toLowerCase()) && ws[k + 2] !== undefined && capital(ws[k + 2]!)));
    if (!(capital(t) || legalWord(t) || joiner || (out.length > 0 && ACRONYM_RE.test(t)))) break;
    out.push(t);
    k++;
    if (endsPhrase(t)) {
      comma = /,["”’')*_]{0,3}$/u.test(t);
      break;
    }
  }
  if (out.length === 0) return undefined;
  const text = out
    .join(" ")
    .replace(/^[*_"“‘']{1,3}|[,;:!?*_"”’']{1,3}$/gu, "")
    .replace(/\.$/, (dot) => (legalWord(out[out.length - 1]!) ? dot : ""));
  return text ? { text, end: k, comma } : undefined;
}

/** The place after a name's comma ("Acme Ltd, Pune", "Acme, Lyon, France"): the longest run of place words. */
function placeRun(ws: string[], i: number): Run | undefined {
  let best: Run | undefined;
  const out: string[] = [];
  for (let k = i; k < ws.length && k < i + 5; k++) {
    if (!capital(ws[k]!)) break;
    out.push(ws[k]!);
    const text = out.join(" ").replace(/[,;:.!?]$/, "");
    if (isPlaceLine(text)) best = { text, end: k + 1, comma: /,$/.test(ws[k]!) };
    if (/[;:.!?]$/.test(ws[k]!)) break;
  }
  return best;
}

/** Is `name` an employer (for the preposition before it)? "in" is also for fields ("Engineer in Computer Vision"). */
function employerName(name: string, prep: string): boolean {
  if (name.length < 2 || name.length > 90 || name.split(/\s+/).length > 9) return false;
  if (titleScore(name) > 0 || isPlaceLine(name) || findRanges(name).length > 0) return false;
  if (companyScore(name) < -2) return false;
  const cued =
    orgCue(name) !== undefined ||
    hasOrgWord(name) ||
    hasInstitutionWord(name) ||
    /(?:^|\s)\p{Lu}[\p{Lu}\p{N}&]{1,9}(?:\s|$)/u.test(name);
  if (prep === "in" || prep === "en" || prep === "na" || prep === "no") return cued;
  // "Developer with React", "Engineer for Android": a product, not an employer.
  return cued || !isProduct(name);
}

/** Words no title holds: pronouns, forms of "be" and "have", relatives. */
const NOT_IN_TITLE = new Set(
  "i me my we our you your he she his her they their it its am is are was were be been being have has had do did that which who where when".split(
    " ",
  ),
);

/** A title: words with a title noun ("Senior representative", "Associate System Engineering"). */
function titleOf(words: string[], loose: boolean): string | undefined {
  let ws = words;
  while (ws.length && ARTICLES.has(lower(ws[0]!))) ws = ws.slice(1);
  if (ws.length === 0 || ws.length > 8) return undefined;
  const text = ws
    .join(" ")
    .replace(/^[*_"“‘']{1,3}|[,;:!?*_"”’']{1,3}$/gu, "")
    .trim();
  // "Most recently I was Staff Engineer": a clause, not a title (a pronoun, a verb, an adverb in it).
  if (ws.some((w) => NOT_IN_TITLE.has(lower(w)) || /^\p{Ll}{3,}ly$/u.test(lower(w)))) return undefined;
  // ("Professor (adjunct professor)": a balanced aside belongs to the title.)
  if (!text || /[;:[\]{}]/.test(text) || text.split("(").length !== text.split(")").length) return undefined;
  if (titleScore(text) > 0) return text;
  // After "as": a short capitalised name of a role ("as Front-End Captain").
  return loose && ws.length <= 4 && ws.every((w) => capital(w) || NAME_JOINERS.has(w.toLowerCase()))
    ? text
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// Leads: "I am", "I work as", "2 years as", "Currently", "As", "Permanent job in"

/** Word sequences (lower case) that open a statement about the writer's job. */
const SUBJECT_LEADS = [
  "i am",
  "i'm",
  "i’m",
  "i was",
  "i have been",
  "i've been",
  "i’ve been",
  "i had been",
  "i work",
  "i worked",
  "i serve",
  "i served",
  "i joined",
  "je suis",
  "je travaille",
  "ich bin",
  "ich arbeite",
  "soy",
  "trabajo",
  "sou",
  "trabalho",
  "sono",
  "lavoro",
  "currently",
  "presently",
  "joined",
].map((s) => s.split(" "));
/** After the subject: "currently", "working", "employed". */
const FILLERS = new Set(
  "currently presently now still also working employed serving hired engaged".split(" "),
);
/** "as", "als", "como", "comme", "come", "en tant que". */
const AS_WORDS = new Set("as als como comme come".split(" "));
/** "associated with Acme", "employed by Acme": no title, the employer after the preposition. */
const TENURE_WORDS = new Set("associated employed engaged working hired".split(" "));
const TENURE_PREPS = new Set("with at for by".split(" "));
const DURATION_UNITS = new Set(
  "year years yr yrs month months ans an années année años año anos ano jahre jahr monate monat mois".split(
    " ",
  ),
);
/** "Permanent job in Acme", "Internship of 5 months at Acme": the kind of engagement, then the employer. */
const JOB_NOUNS = new Set(
  "job position post contract internship placement apprenticeship assignment mission employment secondment traineeship".split(
    " ",
  ),
);
const JOB_KINDS = new Set(
  "permanent temporary fixed-term full-time part-time freelance summer research clinical industrial short-term long-term".split(
    " ",
  ),
);

interface Lead {
  /** First word after the lead. */
  at: number;
  /** The lead ends with "as" (a title follows, maybe without a title noun). */
  as: boolean;
  /** "I joined Acme": the employer comes first. */
  joined: boolean;
  /** A subject lead ("I am ..."): the statement is the writer's own. */
  subject: boolean;
}

function leadOf(ws: string[]): Lead | undefined {
  const lw = ws.map(lower);
  let at = 0;
  let subject = false;
  let joined = false;
  // "2 years as", "9 ans en tant que": a duration, then "as".
  if (/^\d{1,2}(?:[.,]\d)?\+?$/.test(lw[0] ?? "") && DURATION_UNITS.has(lw[1] ?? "")) at = 2;
  else {
    for (const lead of SUBJECT_LEADS) {
      if (lead.every((w, k) => lw[k] === w)) {
        at = lead.length;
        subject = true;
        joined = lead[lead.length - 1] === "joined";
        break;
      }
    }
  }
  while (at > 0 && FILLERS.has(lw[at] ?? "")) at++;
  let as = false;
  if (AS_WORDS.has(lw[at] ?? "")) {
    as = true;
    at++;
  } else if (lw[at] === "en" && lw[at + 1] === "tant" && lw[at + 2] === "que") {
    as = true;
    at += 3;
  }
  // ("As a member of the platform team, I ..." at the start of a sentence: a title may follow.)
  if (at === 0) return undefined;
  return { at, as, joined, subject };
}

// ---------------------------------------------------------------------------------------------
// One sentence

/** The date the words from `i` on give ("since 14th July, 2011", "from 2014 to today", "(2019-2021)"). */
function dateAfter(ws: string[], i: number): DateRange | undefined {
  const tail = ws.slice(i).join(" ");
  return tail ? findRanges(tail)[0] : undefined;
}

/** "as Senior Engineer" in the words from `i` on (after "I joined Acme ..."). */
function asTitle(ws: string[], i: number): string | undefined {
  for (let k = i; k < ws.length; k++) {
    if (!AS_WORDS.has(lower(ws[k]!))) continue;
    const words: string[] = [];
    for (let j = k + 1; j < ws.length && words.length < 8; j++) {
      const lw = lower(ws[j]!);
      if (EMPLOYER_PREPS.has(lw) || DATE_WORDS.has(lw) || /^\(?(?:19|20)\d{2}/.test(ws[j]!)) break;
      words.push(ws[j]!);
      if (endsPhrase(ws[j]!)) break;
    }
    return titleOf(words, true);
  }
  return undefined;
}

/** Employer, place and date from word `i` on (after the preposition). */
function employerFrom(ws: string[], i: number, prep: string): Statement | undefined {
  const run = nameRun(ws, i);
  if (!run || !employerName(run.text, prep)) return undefined;
  const out: Statement = { name: run.text };
  let k = run.end;
  // "Ecole d'Ingénieurs - Paris La Défense", "Acme – Lyon": after a dash, a place or the rest of the name.
  const dashed = !run.comma && /^[-–—]$/.test(ws[k] ?? "") ? nameRun(ws, k + 1) : undefined;
  if (dashed && !DATE_WORDS.has(lower(ws[k + 1]!))) {
    if (isPlaceLine(dashed.text)) out.location = dashed.text;
    else out.name = `${run.text} ${ws[k]} ${dashed.text}`;
    k = dashed.end;
  } else if (run.comma) {
    const place = placeRun(ws, k);
    if (place) {
      out.location = place.text;
      k = place.end;
    }
  } else if (lower(ws[k] ?? "") === "in") {
    // "at Acme in Berlin".
    const place = placeRun(ws, k + 1);
    if (place) {
      out.location = place.text;
      k = place.end;
    }
  }
  const range = dateAfter(ws, k);
  if (range) out.range = range;
  return out;
}

/** The words of `text` (a sentence without its final stop). */
function wordsOfSentence(text: string): string[] {
  return text
    .replace(/[.!?]{1,3}$/, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 120);
}

/**
 * "Permanent job in Acme, Lyon", "Internship of 5 months at Acme": the employer only (the title is the
 * header's). False when the words at `start` are no such statement.
 */
function engagementAt(
  ws: string[],
  lw: string[],
  start: number,
  led: boolean,
): Statement | undefined | false {
  let k = start;
  while (k < ws.length && JOB_KINDS.has(lw[k]!)) k++;
  if (!JOB_NOUNS.has(lw[k] ?? "") || !(k === 0 || led || JOB_KINDS.has(lw[k - 1]!))) return false;
  k++;
  // "of 5 months", "for two years"
  if (
    (lw[k] === "of" || lw[k] === "for") &&
    /^\d{1,2}$|^(?:one|two|three|four|five|six|a)$/.test(lw[k + 1] ?? "")
  )
    k += DURATION_UNITS.has(lw[k + 2] ?? "") ? 3 : 0;
  // (The job noun says what follows is an employer, whatever its preposition: "job in Acme".)
  return EMPLOYER_PREPS.has(lw[k] ?? "") ? employerFrom(ws, k + 1, "at") : undefined;
}

/** The employer a sentence of engagement names ("Temporary job of 6 months in Institut Valmy, Lyon."). */
export function engagementEmployer(text: string): Statement | undefined {
  const ws = wordsOfSentence(text);
  const found = engagementAt(ws, ws.map(lower), 0, false);
  return found && found.name ? found : undefined;
}

/**
 * What one sentence says: "[lead] Title prep Employer[, Place] [dates]", "I joined Employer as Title
 * in 2019", "I have been with Employer since 2019", "Permanent job in Employer, Place". Undefined when
 * it names no title and no employer.
 */
export function readStatement(text: string): Statement | undefined {
  const ws = wordsOfSentence(text);
  if (ws.length < 3 || ws.length > 60) return undefined;
  const lead = leadOf(ws);
  const start = lead?.at ?? 0;
  const lw = ws.map(lower);
  const engagement = engagementAt(ws, lw, start, Boolean(lead));
  if (engagement !== false) return engagement;
  if (lead?.joined) {
    // "I joined Acme as Staff Engineer in 2019".
    const run = nameRun(ws, start);
    if (!run || !employerName(run.text, "at")) return undefined;
    const out: Statement = { name: run.text };
    const position = asTitle(ws, run.end);
    if (position) out.position = position;
    const range = dateAfter(ws, run.end);
    if (range) out.range = range;
    return out;
  }
  // "I am associated with Acme since 2011", "I have been with Acme since 2019", "I work at Acme as
  // Staff Engineer": tenure, the title (if any) after "as".
  if (lead?.subject && !lead.as) {
    const k = TENURE_WORDS.has(lw[start]!) && TENURE_PREPS.has(lw[start + 1] ?? "") ? start + 1 : start;
    if (TENURE_PREPS.has(lw[k] ?? "")) {
      const out = employerFrom(ws, k + 1, lw[k] === "by" ? "at" : lw[k]!);
      if (!out) return undefined;
      const position = asTitle(ws, k + 1);
      return position ? { position, ...out } : out;
    }
  }
  // "[lead] Title prep Employer ...": the first preposition after a title that names an employer.
  // (Without a lead, the sentence starts with its title: "Senior Engineer at Acme since 2019.")
  if (!lead && !capital(ws[0]!)) return undefined;
  for (let k = start + 1; k < ws.length && k <= start + 9; k++) {
    const prep = lw[k]!;
    if (!EMPLOYER_PREPS.has(prep)) continue;
    const position = titleOf(ws.slice(start, k), Boolean(lead?.as));
    if (!position) {
      // ("Team Lead in Payments at Acme": the first preposition was the title's.)
      continue;
    }
    const out = employerFrom(ws, k + 1, prep);
    if (out) return { position, ...out };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Ledger lines: "Head (dates): what was done", "Label: Head, dates"

/** "Label: rest" with a short label (no sentence in it). */
const LABEL_RE = /^([^:：.!?]{2,80}?)[:：]\s/u;

/** The leading title of a description ("writer for the annual report ..." → "writer"). */
function leadingTitle(text: string): string | undefined {
  const ws = text.split(/\s+/).slice(0, 5);
  for (let k = Math.min(ws.length, 4); k >= 1; k--) {
    const words = ws.slice(0, k);
    const last = lower(words[k - 1]!);
    if (!words.every((w) => /^[\p{L}-]{1,30}[,;:]?$/u.test(w))) continue;
    if (titleScore(last) > 0 && !/[,;:]$/.test(words.slice(0, -1).join(" "))) {
      return words.join(" ").replace(/[,;:]$/, "");
    }
  }
  return undefined;
}

/** An organisation named on its own (a ledger's label): not a plain word ("Business", "Radio"). */
function orgLabel(text: string): boolean {
  const t = text.trim();
  if (!employerName(t, "at") || isProse(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length === 1 && !/\p{Lu}.*\p{Lu}|\.|\d/u.test(t.slice(1))) return false;
  return ws.every(
    (w) => capital(w) || NAME_JOINERS.has(w.toLowerCase()) || ACRONYM_RE.test(w) || legalWord(w),
  );
}

/**
 * One line of a ledger of engagements, when it carries the date of its engagement: in parentheses in its
 * head ("Senior writer, Acme Press (2004-2008): ...") or at its end after a comma ("Acme: reports from
 * the Basel congress, 2011"). A year inside the running text ("... such as LUPUS 2008, ...") is none.
 */
export function readLedgerLine(text: string): Statement | undefined {
  const t = text.trim();
  let range: DateRange | undefined;
  let head = "";
  let desc = "";
  for (const r of findRanges(t)) {
    const opens = t[r.index] === "(";
    const after = t.slice(r.end).trimStart();
    if (opens && (after === "" || /^[:：.–—-]/u.test(after))) {
      range = r;
      head = t.slice(0, r.index).trim();
      desc = after.replace(/^[:：.–—-]\s{0,3}/u, "");
      break;
    }
    if (!opens && r.end >= t.replace(/[.\s]{1,3}$/, "").length && /,\s{0,2}$/.test(t.slice(0, r.index))) {
      range = r;
      head = t.slice(0, r.index).replace(/,\s{0,2}$/, "");
      break;
    }
  }
  if (!range || !head) return undefined;
  const found = ledgerHead(head, desc);
  if (!found) return undefined;
  found.range = range;
  if (desc && !found.summary) found.summary = desc;
  return found;
}

/** The title and the employer of a ledger line's head (its date taken off), `desc` what follows it. */
function ledgerHead(head: string, desc: string): Statement | undefined {
  const label = LABEL_RE.exec(head);
  const lab = label?.[1]?.trim();
  const body = label ? head.slice(label[0].length).trim() : head;
  // "Immunology Product Specialist for Acme Pharma and its ...": a title and its employer.
  const told = readStatement(body);
  if (told?.position && told.name) return told;
  // "Senior representative, Acme Pharma": a title, a comma, the employer.
  const comma = body.indexOf(", ");
  if (comma > 0) {
    const position = titleOf(body.slice(0, comma).split(/\s+/), false);
    const name = body.slice(comma + 2).trim();
    if (position && orgLabel(name)) return { position, name };
  }
  // "Acme: Staff Writer (2019-2021)": the label is the employer, the head the title.
  if (lab && orgLabel(lab)) {
    const position = titleOf(body.split(/\s+/), false);
    if (position) return { name: lab, position };
    // "Acme: reports from the Basel congress": what was done, maybe led by a title ("writer for ...").
    const lead = leadingTitle(body);
    return lead ? { name: lab, position: lead, summary: body } : { name: lab, summary: body };
  }
  // "The Ministry of Health, Planning Office (2006): writer for the annual report": the head is the employer.
  if (!lab && orgLabel(body.split(", ")[0]!)) {
    const position = leadingTitle(desc);
    return position ? { name: body, position } : { name: body };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A section

interface Unit {
  lines: Line[];
  text: string;
  /** A heading or a table row: never a statement. */
  fixed?: boolean;
}

/** Paragraphs (wrapped lines joined) and list items (with their wrapped lines) of `lines`. */
function unitsOf(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | undefined;
  for (const l of lines) {
    if (!l.text || l.heading !== undefined || l.cells.length > 1) {
      cur = undefined;
      if (l.text) units.push({ lines: [l], text: l.text, fixed: true });
      continue;
    }
    const last = cur?.lines[cur.lines.length - 1];
    const continues =
      cur !== undefined &&
      last !== undefined &&
      !l.bullet &&
      (last.bullet
        ? l.indent > last.indent || /^\p{Ll}/u.test(l.text)
        : unfinished(cur.text) || /,$/.test(cur.text) || /^\p{Ll}/u.test(l.text));
    if (continues) {
      cur!.lines.push(l);
      cur!.text += " " + l.text;
    } else {
      cur = { lines: [l], text: l.text };
      units.push(cur);
    }
  }
  return units;
}

/** The sentences of a paragraph: split after a stop before a capital, not after "Dr." or "Ltd.". */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const re = /[.!?]\s{1,3}(?=[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = /(\S{1,20})[.!?]$/u.exec(text.slice(Math.max(from, m.index - 20), m.index + 1))?.[1] ?? "";
    if (/^(?:dr|mr|mrs|ms|st|jr|sr|vs|etc|inc|ltd|co|corp|pvt|no|prof|dept|univ|\p{L})$/iu.test(before))
      continue;
    out.push(text.slice(from, m.index + 1).trim());
    from = m.index + m[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

function workOf(s: Statement, line: Line, file: string): Work {
  const w: Work = { source: { file, line: line.n } };
  if (s.name) w.name = s.name;
  if (s.position) w.position = s.position;
  if (s.location) w.location = s.location;
  if (s.summary) w.summary = s.summary;
  const r = s.range;
  if (r?.startDate) {
    w.startDate = r.startDate;
    if (r.ongoing) w.ongoing = true;
    else if (r.endDate) w.endDate = r.endDate;
  }
  return w;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export interface ProseJobs {
  jobs: Work[];
  /** The lines not read as job statements, in order. */
  rest: Line[];
}

/**
 * The jobs a work section tells in sentences. A unit (paragraph or list item) is read when it is a
 * sentence or opens with a lead ("I am", "2 years as"); it is taken out of the section when the
 * section has no dated header of another kind, or when it comes before the first one (under a dated
 * header, "Permanent job in Acme" completes that header and is left to it). A section written as a
 * ledger ("Label: what", one engagement a line) gives a job for each line that carries its date.
 * Sentences of a prose section that name no job are the summary of the job they follow.
 */
export function proseJobs(lines: Line[], file: string, anchorsOf: (lines: Line[]) => Set<Line>): ProseJobs {
  const textLines = lines.filter((l) => l.text);
  // A ledger: most lines are "Label: what was done", one engagement a line, each with its own label
  // (not "Duties: ..." under each dated header).
  const labelled = textLines.filter((l) => l.cells.length < 2 && l.text.length > 30 && LABEL_RE.test(l.text));
  if (labelled.length >= 4 && labelled.length * 2 >= textLines.length) {
    const labels = new Set(labelled.map((l) => LABEL_RE.exec(l.text)![1]!.toLowerCase()));
    const all = new Set(labelled);
    const anchors = anchorsOf(lines);
    if (labels.size * 5 >= labelled.length * 4 && [...anchors].every((l) => all.has(l)))
      return ledgerJobs(lines, file);
  }
  const units = unitsOf(lines).filter((u) => u.text);
  const read = new Map<Unit, { statements: Statement[]; other: string[] }>();
  let anchors: Set<Line> | undefined;
  for (const u of units) {
    if (u.fixed) continue;
    const sentences = u.lines[0]!.bullet ? [u.text] : sentencesOf(u.text);
    const statements: Statement[] = [];
    const other: string[] = [];
    for (const sentence of sentences) {
      // A sentence, or a statement with a lead: a header line ("Engineer at Acme, June 2019 – May 2021")
      // is neither, and a dated header is read only with a lead ("I have been with Acme since 2019.").
      const led = leadOf(wordsOfSentence(sentence)) !== undefined;
      const s =
        led || (/[.!?]$/.test(sentence) && !u.lines.some((l) => (anchors ??= anchorsOf(lines)).has(l)))
          ? readStatement(sentence)
          : undefined;
      if (s) statements.push(s);
      else other.push(sentence);
    }
    if (statements.length) read.set(u, { statements, other });
  }
  if (read.size === 0) return { jobs: [], rest: lines };
  // Dated headers that are not statements: a statement after the first of them is left to it.
  const dated = (anchors ??= anchorsOf(lines));
  const foreign = units.find((u) => !read.has(u) && u.lines.some((l) => dated.has(l)));
  const firstForeign = foreign ? foreign.lines[0]!.n : Infinity;
  const jobs: Work[] = [];
  const taken = new Set<Line>();
  let last: Work | undefined;
  const say = (w: Work | undefined, text: string[]): void => {
    if (w && text.length) w.summary = [w.summary, text.join(" ")].filter(Boolean).join("\n");
  };
  for (const u of units) {
    const found = read.get(u);
    if (!found || u.lines[0]!.n > firstForeign) {
      // "Currently my work involves ...": a paragraph of a section told in prose, the summary of the job above.
      if (!foreign && last && !u.lines[0]!.bullet && isProse(u.text)) {
        say(last, [u.text]);
        for (const l of u.lines) taken.add(l);
      }
      continue;
    }
    let here: Work | undefined;
    for (const s of found.statements) {
      // "I have been with Acme since 2019" after "I am Engineer at Acme.": the same job, dated.
      const same = s.name ? jobs.find((j) => j.name && norm(j.name) === norm(s.name!)) : undefined;
      if (same) {
        const more = workOf(s, u.lines[0]!, file);
        same.position ??= more.position;
        same.location ??= more.location;
        if (!same.startDate && more.startDate) {
          same.startDate = more.startDate;
          if (more.ongoing) same.ongoing = true;
          else if (more.endDate) same.endDate = more.endDate;
        }
        here ??= same;
        continue;
      }
      // A title with no employer needs its date to be a job.
      if (!s.name && !s.range) continue;
      last = workOf(s, u.lines[0]!, file);
      here ??= last;
      jobs.push(last);
    }
    // The unit's other sentences ("I graduated from ...") stay with the job it told.
    say(here ?? last, found.other);
    for (const l of u.lines) taken.add(l);
  }
  return { jobs, rest: lines.filter((l) => !taken.has(l)) };
}

/** A ledger section: a job for each line that carries the date of its engagement; the other lines stay. */
function ledgerJobs(lines: Line[], file: string): ProseJobs {
  const jobs: Work[] = [];
  const rest: Line[] = [];
  for (const l of lines) {
    const s = l.text && l.cells.length < 2 ? readLedgerLine(l.text) : undefined;
    if (s) jobs.push(workOf(s, l, file));
    else rest.push(l);
  }
  return { jobs, rest };
}
