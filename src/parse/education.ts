/**
 * Education: institution, degree (→ studyType), area, dates, score (`GPA - 7.5/10`),
 * courses; any other line about the school → notes.
 */
import type { Education } from "../profile/schema.js";
import { findRange, removeSpan, tidy } from "./dates.js";
import { degreeAt, hasInstitutionWord, locationScore, splitNamePlace } from "./features.js";
import type { Line } from "./lines.js";
import { isHeaderLine } from "./model/header-line.js";
import { degreeCue, isPlaceLine, placeOf } from "./vocab/index.js";
import { CJK_RE } from "./vocab/fold.js";
import { cellOf, readTables, type Columns } from "./table.js";
import type { ColumnKind } from "./vocab/index.js";
import { INSTITUTION_WORDS } from "./vocab.js";

/** "GPA: 3.8/4.0", "CGPA - 7.5", "GPA: 3.66 (9.15/10.0)" (the same score on a second scale). */
const SCORE_RE =
  /\b(?:c?gpa|grade|score|percentage|marks|cgpi|result)\s{0,2}(?:of\s)?[:：\-–]?\s{0,2}(\d{1,3}(?:[.,]\d{1,3})?(?:\s{0,2}\/\s{0,2}\d{1,3}(?:[.,]\d{1,2})?)?(?:\s{0,2}%)?(?:\s{1,2}\(\d{1,3}(?:[.,]\d{1,3})?\s{0,2}\/\s{0,2}\d{1,3}(?:[.,]\d{1,2})?\))?)/i;
/** "with 8.2 CGPA", "with 89%", "securing 78 percent": a score written after its value. */
const SCORE_AFTER_RE =
  /\b(?:with|securing|scoring|having)\s{1,2}(?:an?\s)?(\d{1,3}(?:[.,]\d{1,3})?\s{0,2}(?:\/\s{0,2}\d{1,3}(?:[.,]\d{1,2})?)?\s{0,2}(?:%|percent\b|(?:c?gpa|cgpi|marks)\b))/i;
const COURSES_RE = /^(?:relevant\s)?(?:courses|coursework|modules|subjects)\s{0,2}[:：]\s{0,2}(.+)$/i;
/** "(expected)", "(in progress)": what is left of "2022-2025 (expected)" once the dates are gone. */
const DATE_LABEL_RE = /\s{0,3}[|·,;–—-]?\s{0,3}\((?:expected|anticipated|in progress|ongoing|current)\)/i;
/** A vocational or short-course qualification named anywhere in a piece ("NVQ Level 2 in Carpentry", "UX Certificate"). */
const QUALIFICATION_RE =
  /\b(?:level\s\d|diploma|certificate|certification|nvq|svq|btec|hnd|hnc|gcses?|a-levels?|apprenticeship|nanodegree)\b/i;
const HONOURS_RE =
  /\b(?:honou?rs|cum laude|distinction|first class|summa|magna|valedictorian|dean['’]?s list)\b/i;

/** A short piece naming honours and nothing else: no school, no second piece ("cum laude", "First-Class Honours"). */
function isHonours(piece: string): boolean {
  return (
    HONOURS_RE.test(piece) &&
    !/,|\s[-–—|·]\s/.test(piece) &&
    !hasInstitutionWord(piece) &&
    piece.trim().split(/\s+/).length <= 5
  );
}

/** A table of schools names a school or a degree column. */
const SCHOOL_COLUMNS: readonly ColumnKind[] = ["institution", "degree"];

interface Draft {
  e: Education;
  hasInstitution: boolean;
  hasDegree: boolean;
  hasDates: boolean;
  /** The text of the dated line, when it went to the notes ("Certified Kanban Coach   2016"). */
  lead?: string;
  /** The source line of the entry's dates. */
  datedLine?: number;
  /** School and degree came from one line ("2017: MSc X, Y School"): no heading over the next entries. */
  oneLine?: boolean;
  /** The dates were the first column of their line ("1998-2001    B.A., X"): lines indented deeper
   * than that line, undated, are its wrapped text (a hanging indent), never a new entry. */
  hangIndent?: number;
}

/** `Bachelor of Technology in X` / `B.Tech · X` / `MSc Computer Science` → studyType, area, rest. */
export function splitDegree(
  text: string,
): { studyType: string; area?: string; rest?: string; note?: string; school?: boolean } | undefined {
  const d = degreeAt(text);
  if (!d) return undefined;
  let rest = text.slice(d.length).trim();
  let studyType = d;
  // "Master of Science - MS, Computer Science" (LinkedIn), "(Hons)".
  const abbrev = /^(?:[-–]\s?[A-Z][A-Za-z.]{1,8}|\((?:hons?\.?|honou?rs)\))(?=[,\s]|$)/i.exec(rest);
  if (abbrev) {
    studyType = `${studyType} ${abbrev[0]}`;
    rest = rest.slice(abbrev[0].length).trim();
  }
  rest = rest.replace(/^degree\b\s*/i, "");
  // "B.Tech (Computer Science & Engineering) from X College": the area in parentheses, then the school.
  const parenArea = /^\(([^()]{2,60})\)\s{0,3}(?:(?:from|at|,|[-–—|·])\s{0,3})?(.*)$/i.exec(rest);
  // ("Master of Science degree (M.Sc) in finance from X": the degree's abbreviation, not its area.)
  if (
    parenArea &&
    /^[A-Z][A-Za-z]{0,4}\.?\s?[A-Za-z]{1,5}\.?$/.test(parenArea[1]!) &&
    degreeAt(parenArea[1]!)
  ) {
    rest = rest.slice(rest.indexOf(")") + 1).trim();
  } else if (parenArea && !/^(?:hons?\.?|honou?rs)$/i.test(parenArea[1]!)) {
    return {
      studyType,
      area: parenArea[1]!.trim(),
      rest: tidy(parenArea[2]!.replace(/[.]$/, "")) || undefined,
    };
  }
  // "High School Diploma — Lincoln High School, Portland": after a strong separator, a school.
  const strong = /^(?:[·|–—]|-\s)/.test(rest);
  const commaLead = /^,/.test(rest);
  // ("Máster en Ingeniería", "Licence en droit", "Mestrado em Engenharia", "Studium der Physik": "in" and "of" in other
  // languages; a capitalised "De" may begin a school.)
  rest = rest.replace(/^(?:[Ii][Nn]\s+|[Oo][Ff]\s+|(?:en|em|de|der|des|EN|EM|DE)\s+|[,·|:–—-]\s*)/u, "");
  if (!rest) return { studyType };
  // "Class XII from Kendriya Vidyalaya": no area, the school.
  const from = /^(?:from|at)\s(.{2,})$/i.exec(rest);
  if (from) return { studyType, rest: tidy(from[1]!.replace(/[.]$/, "")), school: true };
  if (strong && hasInstitutionWord(rest.split(/\s{0,40},\s{0,40}/)[0]!)) return { studyType, rest };
  // "…, Minor in Mathematics": a minor or concentration is a note.
  const minor =
    /[,;]\s{0,2}((?:minor|concentration|specialization|specialisation|emphasis|track|major)\s(?:in|of)\s.{2,80})$/i.exec(
      rest,
    );
  if (minor) {
    const head = splitDegree(`${studyType} ${rest.slice(0, minor.index)}`);
    return {
      studyType,
      area: head?.area ?? (tidy(rest.slice(0, minor.index)) || undefined),
      rest: head?.rest,
      note: minor[1]!.trim(),
    };
  }
  // Area ends where the institution begins (a comma, a separator, or an institution word).
  // ("MSc in Physik an der X", "MSE in Data Science am Y", "Laurea in Fisica presso Z": "at" in German and Italian.)
  // ("MSc. Public Health. Westmoor School of ...": a full stop after a word ends the area too.)
  const sep =
    /\s{0,40}(?:,|·|\||\s[-–—]\s|\s(?:at|from|am|an der|presso)\s|\s@\s|(?<=\p{Ll}{2})\.\s(?=\p{Lu}))\s{0,40}/u.exec(
      rest,
    );
  let area = sep ? rest.slice(0, sep.index) : rest;
  let after = sep ? rest.slice(sep.index + sep[0].length) : "";
  const inst = institutionStart(area);
  // "MBA, Kellogg School of Management, Northwestern University": a comma-separated piece naming a school is no area.
  if (
    inst > 0 &&
    commaLead &&
    sep?.[0].includes(",") &&
    /^\p{Lu}/u.test(area) &&
    area.slice(0, inst).trim().split(/\s+/).length <= 2
  ) {
    return { studyType, rest: [area, after].filter(Boolean).join(", ") };
  }
  if (inst > 0) {
    // (After a full stop, what follows is a sentence of its own: "... of Cardiff. Special interest ...".)
    after = [area.slice(inst), after].filter(Boolean).join(sep?.[0].trim() === "." ? ". " : ", ");
    area = area.slice(0, inst);
  } else if (inst === 0) {
    return { studyType, rest: [area, after].filter(Boolean).join(", ") };
  }
  // ("... from X", "... at X": what follows the preposition is the school, even when it names a city too.)
  const school = Boolean(sep && /^\s{0,40}(?:at|from|am|an der|presso)\s/.test(sep[0])) || undefined;
  return {
    studyType,
    area: tidy(area) || undefined,
    rest: tidy(after.replace(/^the\s/i, "").replace(/\.$/, "")) || undefined,
    ...(school ? { school } : {}),
  };
}

/** ("Institute of Mechatronics, FHO", "..., UCL": three capitals the gazetteer does not know are a school's acronym, not a place.) */
function acronym(p: string): boolean {
  return /^[A-Z]{3}$/.test(p) && !placeOf(p);
}

/** Comma-separated pieces, commas inside parentheses kept ("X College (Art, Design), London"). */
function commaPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out.filter((p) => p !== "");
}

/**
 * Sentences and clauses of a line: apart at "; ", ": " and at ". " after a word of three or more
 * letters before a capital ("St. Mary's" and "Univ. of" stay whole).
 */
function clausesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (text[i + 1] !== " ") continue;
    const stop =
      c === ";" ||
      c === ":" ||
      (c === "." &&
        /\p{L}{3}$/u.test(text.slice(Math.max(0, i - 3), i)) &&
        /^ {1,3}\p{Lu}/u.test(text.slice(i + 1, i + 5)));
    if (stop) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out.filter((p) => /\p{L}/u.test(p));
}

/** "Westmoor School of Public Health MSc PH" → the school and the degree after it. */
function trailingDegree(text: string): { school: string; degree: string } | undefined {
  const tokens = [...text.matchAll(/\S+/g)];
  for (let i = 2; i < tokens.length; i++) {
    const rest = text.slice(tokens[i]!.index);
    const deg = degreeAt(rest);
    // (Not after a comma, not a lone two capitals: "..., College Park, MD" ends with a state.)
    if (
      deg &&
      /^\p{Lu}/u.test(deg) &&
      !tokens[i - 1]![0].endsWith(",") &&
      !/^[A-Z]{2}$/.test(rest.trim()) &&
      hasInstitutionWord(text.slice(0, tokens[i]!.index))
    )
      return { school: text.slice(0, tokens[i]!.index).trim(), degree: rest.trim() };
  }
  return undefined;
}

/** Words a name of several words may hold in lower case. */
const NAME_CONNECTORS = new Set(
  "of and & for the in at on de la le les du des der die das für und et y e di da do del van von".split(" "),
);
/** Lines that say something about a degree, not who gave it. */
const NOTE_LEAD_RE =
  /^(?:thesis|dissertation|focus|major|minor|specialization|specialisation|concentration|relevant|courses?|coursework|honou?rs|awarded|graduated|exchange|advisor|supervisor|projects?|research|activities|societies|grade|c?gpa|final|top|member)\b/i;

/** A short title-case name ("Lean Guild", "Hollins Reading Circle", "ESILV - Paris"), not a note. */
function nameLike(text: string): boolean {
  if (/[.!?:;,]$/.test(text) || /\d/.test(text) || NOTE_LEAD_RE.test(text) || HONOURS_RE.test(text))
    return false;
  if (degreeAt(text)) return false;
  const ws = text.split(/\s+/).filter((w) => !/^[-–—|·&]$/.test(w));
  return (
    ws.length >= 1 &&
    ws.length <= 6 &&
    /^\p{Lu}/u.test(ws[0]!) &&
    ws.every((w) => /^[\p{Lu}(]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))
  );
}

/**
 * A line of the section; `school` when its column is the schools' column, `degree` when the
 * qualification's; `leftDates`: the cell was the dates opening its line ("1998-2001    B.A., X").
 */
type Flat = Line & { school?: boolean; degree?: boolean; leftDates?: boolean };

/** A cell that may be a school's name: letters, not only dates, no place, no degree. */
function schoolish(cell: string): boolean {
  return /\p{L}/u.test(cell) && !onlyDates(cell) && locationScore(cell) < 3 && !degreeAt(cell);
}

/**
 * Rows of two cells ("MSc Physics ------ Lakeside University", "Course X ------ Y Lab"): the
 * column that holds the school where a row says so (a school word; or a degree in the other
 * cell) holds it in every row. Undefined when no row says, or rows disagree.
 */
function schoolColumn(lines: Line[]): 0 | 1 | undefined {
  const votes = [0, 0];
  for (const l of lines) {
    if (l.cells.length !== 2) continue;
    const cells = l.cells.map((c) => {
      const r = findRange(c);
      return r ? removeSpan(c, r.index, r.end).trim() : c;
    });
    for (const ci of [0, 1]) {
      const c = cells[ci]!;
      const other = cells[1 - ci]!;
      if (hasInstitutionWord(c) && schoolish(c)) votes[ci]!++;
      else if (degreeAt(c) && schoolish(other)) votes[1 - ci]!++;
    }
  }
  if (votes[0]! > 0 && votes[1] === 0) return 0;
  if (votes[1]! > 0 && votes[0] === 0) return 1;
  return undefined;
}

/** A school word that names a university (a faculty or a school may belong to one). */
const UNIVERSITY_RE = /universit|\buniv\b|uniwersytet|университет|大学|대학/i;

/** "School of Engineering", "Faculty of Law", "Hale School", "College of Arts and Sciences": a unit of a university. */
function isSubUnit(text: string): boolean {
  return (
    /^(?:the\s)?(?:school|college|faculty|department|dept\.?|division|graduate school)\s(?:of|for)\s\p{Lu}/iu.test(
      text,
    ) || /^\p{Lu}[\p{L}'’.-]{1,30}(?:\s\p{Lu}[\p{L}'’.-]{1,30}){0,2}\s(?:School|College)$/u.test(text)
  );
}

/** "2007 - 2011", "May 2019 –": a cell that holds dates and nothing else. */
function onlyDates(cell: string): boolean {
  const r = findRange(cell);
  return Boolean(r) && !/[\p{L}\p{N}]/u.test(removeSpan(cell, r!.index, r!.end));
}

/** A line that stops on a word that cannot end a name ("…School of", "B.Tech in X from"). */
const WRAPPED_RE = /\S\s(?:of|and|&|for|from|at|in|the|de|der|des|du|für|und|et|y|di|do|da)$/i;

/** "Harbor School of" / "Business": a school or degree line wrapped before its last words is one line (in place). */
function joinWrapped(flat: Line[]): void {
  for (let i = 0; i < flat.length; i++) {
    const l = flat[i]!;
    if (!l.text || !WRAPPED_RE.test(l.text)) continue;
    let j = i + 1;
    while (j < flat.length && !flat[j]!.text) j++;
    const next = flat[j];
    if (!next || next.heading || (next.bullet && !l.bullet) || next.n - l.n > 2) continue;
    const text = `${l.text} ${next.text}`;
    flat[i] = {
      ...l,
      text,
      cells: [text],
      strong: [...l.strong, ...next.strong],
      links: [...l.links, ...next.links],
    };
    flat.splice(i + 1, j - i);
    i--;
  }
}

/** A CJK line of a few space-separated pieces, one of them a school ("…大学"): school, degree ("本科") and the rest the field. */
function cjkSchoolLine(text: string): { institution: string; studyType?: string; area?: string } | undefined {
  if (!CJK_RE.test(text)) return undefined;
  const pieces = text.split(/[ \t\u3000]{1,40}(?:[·|/／]\s{0,40})?/).filter(Boolean);
  if (pieces.length < 2 || pieces.length > 5) return undefined;
  const at = pieces.findIndex((p) => CJK_RE.test(p) && hasInstitutionWord(p) && !degreeCue(p));
  if (at < 0) return undefined;
  const deg = pieces.findIndex((p, i) => i !== at && degreeCue(p) === p);
  const area = pieces.filter((_p, i) => i !== at && i !== deg).join(" ");
  return {
    institution: pieces[at]!,
    ...(deg >= 0 ? { studyType: pieces[deg]! } : {}),
    ...(area ? { area } : {}),
  };
}

/** Same level (the first letter: Bachelor/BSc, Master/MSc) and the same field. */
function sameDegree(e: Education, d: { studyType: string; area?: string }): boolean {
  const level = (t: string): string => t.trim().charAt(0).toLowerCase();
  return (
    Boolean(e.area && d.area) &&
    e.area!.toLowerCase() === d.area!.toLowerCase() &&
    level(e.studyType ?? "") === level(d.studyType)
  );
}

/** Where an institution starts inside "Computer Science University of X" (-1 if none). */
function institutionStart(text: string): number {
  const tokens = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]![0];
    const lower = w.toLowerCase().replace(/[^\p{L}]/gu, "");
    if (INSTITUTION_WORDS.has(lower)) {
      const next = tokens[i + 1]?.[0].toLowerCase();
      if (next === "of" || i === 0) return tokens[i]!.index;
      return tokens[Math.max(0, i - 1)]!.index;
    }
    // An acronym followed by a proper noun: "NIT Allahabad".
    if (i > 0 && /^[A-Z]{2,6}$/.test(w) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "")) return tokens[i]!.index;
  }
  return -1;
}

function setInstitution(d: Draft, input: string): void {
  let text = input;
  // "Lakeside College of Art. Focus on printmaking", "Hill School, Devon: 6 GCSEs": the sentence
  // or the clause naming the school is the school; the others are notes.
  const clauses = clausesOf(text);
  if (clauses.length > 1) {
    const at = clauses.findIndex((c) => hasInstitutionWord(c));
    if (at >= 0) {
      text = clauses[at]!;
      (d.e.notes ??= []).push(...clauses.filter((_c, i) => i !== at));
    }
  }
  // "Westmoor School of Public Health MSc PH": a degree written after the school.
  const trailing = trailingDegree(text);
  if (trailing && !d.hasDegree) {
    d.e.studyType = trailing.degree;
    d.hasDegree = true;
    text = trailing.school;
  }
  // "Harbor Coding School (HTML, CSS, JS)": a list in parentheses says what was learnt.
  // (The name ends there: "Harbor Coding School (HTML, CSS) online".)
  const list = /\s{0,3}\(([^()]{1,120},[^()]{1,120})\)([^()]{0,80})$/.exec(text);
  if (list && list.index > 0) {
    (d.e.notes ??= []).push(tidy(`${list[1]!.trim()} ${list[2]!.trim()}`));
    text = text.slice(0, list.index);
  }
  // "cum laude - Halvard State University" (of "BSN, cum laude - Halvard State University"), or
  // "Halvard State University - magna cum laude": honours on either side of a dash are a note.
  const lead = /^([^-–—|·]{2,60}?)\s[-–—|·]\s(.{3,300})$/.exec(text);
  if (lead && isHonours(lead[1]!)) {
    (d.e.notes ??= []).push(lead[1]!.trim());
    text = lead[2]!;
  }
  const tail = /^(.{3,300})\s[-–—|·]\s(.{2,60})$/.exec(text);
  if (tail && isHonours(tail[2]!)) {
    (d.e.notes ??= []).push(tail[2]!.trim());
    text = tail[1]!;
  }
  // "University of Houston - Houston, TX": a place after a dash.
  const dash = /^(.{3,300}?)\s[-–—|·]\s(.{2,60})$/.exec(text);
  if (dash && locationScore(dash[2]!) >= 3) {
    d.e.institution = tidy(dash[1]!);
    d.e.location = dash[2]!.trim();
    d.hasInstitution = true;
    return;
  }
  // ("Dublin City University, , First Class Honours" once its dates are gone: no empty piece, honours a note.)
  let parts = commaPieces(text);
  // "State Aviation Academy, ATC, specialist": after the school, a lower-case piece and what
  // follows it from the first piece that is neither a place nor a unit describe the degree.
  const schoolAt = Math.max(
    0,
    parts.findIndex((p) => hasInstitutionWord(p)),
  );
  if (parts.slice(schoolAt + 1).some((p) => /^\p{Ll}/u.test(p))) {
    let k = schoolAt + 1;
    while (
      k < parts.length &&
      !/^\p{Ll}/u.test(parts[k]!) &&
      (/^(?:department|dept\.?|faculty|school|division) of\s/i.test(parts[k]!) ||
        (locationScore(parts[k]!) >= 3 && !acronym(parts[k]!)) ||
        Boolean(placeOf(parts[k]!)))
    )
      k++;
    (d.e.notes ??= []).push(...parts.slice(k));
    parts = parts.slice(0, k);
  }
  // "Tollmere Sixth Form College, A-levels", "X College, NVQ Level 3 Plumbing": a piece after the
  // school that names a qualification is the degree (or, with one already, a note), not the school.
  if (hasInstitutionWord(parts[schoolAt] ?? "")) {
    const quals = parts.filter((p, i) => {
      if (i <= schoolAt || hasInstitutionWord(p) || /^[A-Z]{2}$/.test(p)) return false;
      const degree = degreeAt(p);
      return (degree !== undefined && p.startsWith(degree)) || /\blevel\s\d/i.test(p);
    });
    for (const q of quals) {
      // ("X Hochschule, Studium der Physik (Diplom)": with the degree known, the field the piece names is the area.)
      const area = d.e.studyType && !d.e.area ? splitDegree(q) : undefined;
      if (!d.e.studyType) {
        d.e.studyType = tidy(q);
        d.hasDegree = true;
      } else if (area?.area && !area.rest) d.e.area = area.area;
      else (d.e.notes ??= []).push(q);
    }
    if (quals.length) parts = parts.filter((p) => !quals.includes(p));
  }
  // "Pabo (teacher training), Hogeschool Eemsdelta": what comes before the piece naming the school
  // (a programme, no school word of its own) says what was studied; the school is the named piece.
  if (
    schoolAt > 0 &&
    hasInstitutionWord(parts[schoolAt]!) &&
    !parts.slice(0, schoolAt).some((p) => /^(?:department|dept\.?|faculty|school|division) of\s/i.test(p))
  ) {
    // ("Data Science Certificate, X Bootcamp", "BTEC Level 3 Diploma in Y, Z College": a piece
    // that names a qualification is the degree.)
    for (const p of parts.slice(0, schoolAt)) {
      if (!d.hasDegree && (degreeAt(p) || QUALIFICATION_RE.test(p))) {
        d.e.studyType = tidy(p);
        d.hasDegree = true;
      } else (d.e.notes ??= []).push(p);
    }
    parts = parts.slice(schoolAt);
  }
  const honours = parts.slice(1).filter((p) => HONOURS_RE.test(p) && p.split(/\s+/).length <= 5);
  if (honours.length) {
    parts = parts.filter((p) => !honours.includes(p));
    (d.e.notes ??= []).push(...honours);
  }
  // "X University, Faculty of Engineering, Department of Information Science": the department is
  // the area (when no other is given), the faculty a note.
  const units = parts
    .slice(1)
    .filter((p) => /^(?:department|dept\.?|faculty|school|division) of\s\S/i.test(p));
  if (units.length && hasInstitutionWord(parts[0]!)) {
    parts = parts.filter((p) => !units.includes(p));
    for (const u of units) {
      const dept = /^(?:department|dept\.?) of\s(.+)$/i.exec(u);
      if (dept && !d.e.area) d.e.area = dept[1]!.trim();
      else (d.e.notes ??= []).push(u);
    }
  }
  // "Boston University Boston, MA", "University of California, Berkeley Berkeley, CA": a PDF
  // converter ran the institution and its city together before the region code.
  const n = parts.length;
  const runTogether =
    n >= 2 && /^[A-Z]{2}$/.test(parts[n - 1]!)
      ? splitNamePlace(`${parts[n - 2]}, ${parts[n - 1]}`, n >= 3)
      : undefined;
  if (runTogether && hasInstitutionWord([...parts.slice(0, n - 2), runTogether.name].join(", "))) {
    d.e.institution = tidy([...parts.slice(0, n - 2), runTogether.name].join(", "));
    d.e.location = runTogether.place;
    d.hasInstitution = true;
    return;
  }
  // "University Of X, USA": trailing places → location.
  let cut = parts.length;
  // (A country or a region by the gazetteer too; a bare city may be a campus: "University of California, Riverside".)
  // ("Rijeka (Croatia)", Europass: a city with its country in parentheses.)
  const countryOrRegion = (p: string): boolean => {
    const paren = /^[^()]{2,60}\(([^()]{2,60})\)$/.exec(p);
    return ["country", "region"].includes(placeOf(paren ? paren[1]!.trim() : p)?.kind ?? "");
  };
  while (
    cut > 1 &&
    ((locationScore(parts.slice(cut - 1).join(", ")) >= 3 && !acronym(parts[cut - 1]!)) ||
      countryOrRegion(parts[cut - 1]!))
  )
    cut--;
  d.e.institution = tidy(parts.slice(0, cut).join(", "));
  const place = parts.slice(cut).join(", ");
  if (place) d.e.location = place;
  d.hasInstitution = true;
}

/** One row of an education table whose header row named the columns. */
function tableRow(l: Line, columns: Columns, file: string): Draft {
  const e: Education = { source: { file, line: l.n } };
  const cell = (k: ColumnKind): string | undefined => {
    const c = cellOf(l, columns, k);
    return c === undefined ? undefined : tidy(c);
  };
  // With no school column, the place column names the school ("Ort: Goethe-Gymnasium, Weimar").
  const school = cell("institution") ?? cell("org") ?? cell("place");
  if (school) e.institution = school;
  if ((cell("institution") ?? cell("org")) && cell("place")) e.location = cell("place");
  const degree = cell("degree");
  if (degree) {
    const d = splitDegree(degree);
    if (d && !d.rest) {
      e.studyType = d.studyType;
      if (d.area) e.area = d.area;
    } else e.studyType = degree;
  }
  const area = cell("area");
  if (area && !e.area) e.area = area;
  const score = cell("score");
  if (score) e.score = score;
  const range = findRange(cell("dates") ?? "");
  if (range?.startDate) e.startDate = range.startDate;
  if (range?.ongoing) e.ongoing = true;
  else if (range?.endDate) e.endDate = range.endDate;
  else if (range?.single && range.startDate) {
    // A single year in a school's row is when it was finished.
    e.endDate = range.startDate;
    delete e.startDate;
  }
  return { e, hasInstitution: Boolean(school), hasDegree: Boolean(degree), hasDates: Boolean(range) };
}

/**
 * "Fellow, Institute of Chartered Accountants (FCA), 2006", "Member of the Society of Radiographers":
 * a grade of membership of a professional body, written among the schools; no schooling.
 */
const MEMBERSHIP_RE =
  /^(?:(?:honorary|chartered|associate|full|senior|professional)\s)?(?:fellow|member|associate|affiliate|companion|licentiate)(?:ship)?(?:\s{0,3},|\s(?:of|at))\s{1,3}(?:the\s)?\p{Lu}/iu;
const PROFESSIONAL_BODY_RE =
  /\b(?:institute|institution|society|association|chamber|council|academy|college|federation|guild|board)\b/i;

/** A section's lines apart: the lines that state a professional membership, and the rest (the schools). */
export function splitMemberships(lines: Line[]): { memberships: Line[]; rest: Line[] } {
  const memberships: Line[] = [];
  const rest: Line[] = [];
  for (const l of lines) {
    const member =
      l.text &&
      !l.bullet &&
      l.cells.length === 1 &&
      MEMBERSHIP_RE.test(l.text) &&
      PROFESSIONAL_BODY_RE.test(l.text);
    (member ? memberships : rest).push(l);
  }
  return { memberships, rest };
}

/**
 * A section that is one list, each top-level item a school ("- 2016-2019: BSc in Biology from
 * X University", "- **Residency** — Y University"): every item is read as an entry of its own,
 * with the lines nested under it.
 */
export function parseEducation(lines: Line[], file: string): Education[] {
  const text = lines.filter((l) => l.text);
  const top = Math.min(...text.filter((l) => l.bullet).map((l) => l.indent));
  const items = text.filter((l) => l.bullet && l.indent === top);
  const pureList = items.length >= 2 && text.every((l) => (l.bullet && l.indent >= top) || l.indent > top);
  if (!pureList) return parseEducationLines(lines, file);
  const out: Education[] = [];
  let group: Line[] = [];
  const flush = (): void => {
    if (group.length) out.push(...parseEducationLines(group, file));
    group = [];
  };
  for (const l of text) {
    if (l.bullet && l.indent === top) {
      flush();
      group.push({ ...l, bullet: false });
    } else group.push(l);
  }
  flush();
  return out;
}

function parseEducationLines(lines: Line[], file: string): Education[] {
  const out: Draft[] = [];
  let cur: Draft | undefined;
  let parent: string | undefined;
  const start = (l: Line): Draft => {
    cur = { e: { source: { file, line: l.n } }, hasInstitution: false, hasDegree: false, hasDates: false };
    out.push(cur);
    return cur;
  };
  // A table with a header row ("Zeitraum | Abschluss | Ort", "Years | Degree | School") says
  // what each column holds; its rows are entries. Other columns ("University of Lagos    Lagos,
  // Nigeria") are read one by one.
  const flat: Flat[] = [];
  const tables = readTables(lines, SCHOOL_COLUMNS);
  const schoolCol = schoolColumn(tables.rest);
  for (const l of tables.rest) {
    const columns = tables.rows.get(l);
    if (columns) {
      out.push(tableRow(l, columns, file));
      cur = undefined;
      continue;
    }
    const sc = schoolCol !== undefined && l.cells.length === 2 ? l.cells[schoolCol]! : undefined;
    if (sc !== undefined && schoolish(sc) && !onlyDates(l.cells[1 - schoolCol!]!)) {
      // The school's column first, named as such; then the other cell (the degree, the dates).
      const item = (c: string, school: boolean): Flat => ({
        ...l,
        text: c.replace(/\s{0,40}\n\s{0,40}/g, " "),
        cells: [c],
        bullet: l.bullet && school,
        school,
      });
      flat.push(item(sc, true), item(l.cells[1 - schoolCol!]!, false));
    } else if (l.cells.length > 1) {
      // (A bullet after a dates cell is the next cell's: "| 2007 - 2011 | - B.Tech ... |" is still a row of its own.)
      const cells: Flat[] = l.cells.map((c, ci) => ({
        ...l,
        text: c.replace(/\s{0,40}\n\s{0,40}/g, " "),
        cells: [c],
        bullet: l.bullet && !(ci === 0 && onlyDates(c)),
        leftDates: ci === 0 && onlyDates(c),
      }));
      // "| 2012 – 2017 | Ingeniería en Computación | Universidad del Sur |": of a row's cells, the one
      // cell naming a school is the school, and then the one cell left that is no place or score
      // the qualification.
      const named = cells.filter(
        (c) => !onlyDates(c.text) && hasInstitutionWord(c.text) && schoolish(c.text),
      );
      if (named.length === 1 && cells.length >= 3) {
        const school = named[0]!;
        school.school = true;
        const left = cells.filter(
          (c) =>
            c !== school &&
            !onlyDates(c.text) &&
            locationScore(c.text) < 3 &&
            !isPlaceLine(c.text) &&
            !SCORE_RE.test(c.text) &&
            !/^\d/.test(c.text),
        );
        if (left.length === 1) left[0]!.degree = true;
        cells.sort((a, b) => Number(Boolean(b.school)) - Number(Boolean(a.school)));
      }
      // The dates first ("Certificate X      2009 - 2011"): they open the row's entry, the text is its.
      flat.push(...cells.filter((c) => onlyDates(c.text)), ...cells.filter((c) => !onlyDates(c.text)));
    } else flat.push(l);
  }
  joinWrapped(flat);
  // What the line before gave its entry (to tell a school heading from a one-line entry).
  let snap: { d?: Draft; inst: boolean; deg: boolean } = { inst: false, deg: false };
  const settle = (): void => {
    const d = cur;
    if (d && d.hasInstitution && d.hasDegree && (snap.d !== d || (!snap.inst && !snap.deg))) d.oneLine = true;
    snap = { d, inst: d?.hasInstitution ?? false, deg: d?.hasDegree ?? false };
  };
  for (let fi = 0; fi < flat.length; fi++) {
    const raw = flat[fi]!;
    // (A rule of dots or dashes is no text.)
    if (!/[\p{L}\p{N}]/u.test(raw.text)) continue;
    const afterBlank = fi > 0 && !flat[fi - 1]!.text;
    settle();
    // Europass-style labels: "Institution: X", "Qualification: Y", "Dates: Z".
    const lab =
      /^(institution|school|university|college|organisation|organization|qualification|degree|title of qualification|dates?|period|field|major|subject)\s{0,2}[:：]\s{0,2}(.+)$/i.exec(
        raw.text,
      );
    const l: Line = lab ? { ...raw, text: lab[2]!.trim(), cells: [lab[2]!.trim()] } : raw;
    const labelKind = raw.school ? "institution" : raw.degree ? "qualification" : lab?.[1]!.toLowerCase();
    let text = l.text;
    if (labelKind && /institution|school|university|college|organi/.test(labelKind)) {
      const d0: Draft = !cur || cur.hasInstitution ? start(l) : cur;
      // ("Lakeside University, GPA 3.8/4.0": the score is no part of the name.)
      const mark = SCORE_RE.exec(text) ?? SCORE_AFTER_RE.exec(text);
      if (mark) {
        d0.e.score = mark[1]!.trim();
        text = tidy(text.replace(mark[0], " "));
      }
      setInstitution(d0, text);
      continue;
    }
    if (labelKind && /field|major|subject/.test(labelKind) && cur) {
      cur.e.area = text;
      continue;
    }
    if (labelKind && /qualification|degree/.test(labelKind) && !degreeAt(text)) {
      const d0: Draft = cur ?? start(l);
      d0.e.studyType = text;
      d0.hasDegree = true;
      continue;
    }
    const found = findRange(text);
    // "Started in September 2019 and finished in July 2023.": a sentence about the entry's dates, not a new entry.
    const sentence =
      found &&
      found.index > 0 &&
      /[.!?]$/.test(text) &&
      text.split(/\s+/).length >= 5 &&
      !degreeAt(text) &&
      !hasInstitutionWord(text);
    const range = sentence && cur?.hasDates ? undefined : found;
    // ("NIT Trichy" is a school; "BSCS Computer Science" a degree.)
    const instLike =
      (hasInstitutionWord(text) && !/\d/.test(text)) ||
      (/^[A-Z]{2,6}\s\p{Lu}/u.test(text) && !degreeAt(text));
    const degree = splitDegree(text.replace(/^\s*[-–•]\s*/, ""));
    // "• Northfield University" over "Master of Science in X - School of Engineering" and "Bachelor of
    // Arts in Y - Hale School": each degree is the university's, its faculty a note.
    if (cur?.hasInstitution && !cur.hasDegree && UNIVERSITY_RE.test(cur.e.institution ?? ""))
      parent = cur.e.institution;
    const underParent = Boolean(
      parent && degree?.rest && isSubUnit(degree.rest) && !UNIVERSITY_RE.test(degree.rest),
    );
    // ("1998-2001    B.A., X University." / "             Awarded the Y Prize of the faculty.")
    const hanging = !range && cur?.hangIndent !== undefined && l.indent > cur.hangIndent;
    const wantsNew =
      !cur ||
      (!hanging &&
        ((range && !l.bullet && cur.hasDates && (cur.hasInstitution || cur.hasDegree)) ||
          // ("2001-2002: Advanced Course in X" / "1995: Y Examination": a dated row after a dated row of text.)
          (range &&
            (range.index === 0 || afterBlank) &&
            !l.bullet &&
            cur.hasDates &&
            Boolean(cur.e.notes?.length)) ||
          (instLike && !underParent && (!l.bullet || isHeaderLine(flat, fi)) && cur.hasInstitution) ||
          (underParent && cur.hasDegree) ||
          (degree &&
            !l.bullet &&
            cur.hasDegree &&
            !instLike &&
            !(sameDegree(cur.e, degree) && !degree.rest))));
    if (wantsNew && !underParent) parent = undefined;
    const d = wantsNew ? start(l) : cur!;
    if (range) {
      // A second range for the same school replaces the first (never a mix of both).
      delete d.e.startDate;
      delete d.e.endDate;
      delete d.e.ongoing;
      if (range.startDate) d.e.startDate = range.startDate;
      if (range.ongoing) d.e.ongoing = true;
      else if (range.endDate) d.e.endDate = range.endDate;
      else if (range.single && range.startDate) {
        // A single year on a school line is the graduation date.
        d.e.endDate = range.startDate;
        delete d.e.startDate;
      }
      d.hasDates = true;
      d.datedLine = l.n;
      if (raw.leftDates) d.hangIndent = raw.indent;
      else delete d.hangIndent;
      // "… in 2016 with 8.2 CGPA": the preposition goes with the year.
      const prep = range.single ? /\s(?:in|on|during|year)\s{1,2}$/i.exec(text.slice(0, range.index)) : null;
      text = removeSpan(text, prep ? prep.index : range.index, range.end);
      // "| 2022-2025 (expected)": the date's label, with the separator before it, goes with the date.
      text = text.replace(DATE_LABEL_RE, "").trim();
      // "Expected May 2025", "Graduation: 2019", "Class of 2016": the word left is only the date's label.
      // ("Grad. May 2011 | Kolkata, India": the label goes, the place stays.)
      const label =
        /^(?:expected|anticipated|exp\.|grad\.|graduat(?:ing|ion|ed)|class of|(?:expected |anticipated )?graduation(?: date)?|completion)(?![\p{L}])[:：]?(?:\s{0,3}[|·,;–—-])?\s{0,3}/iu.exec(
          text,
        );
      if (label) text = text.slice(label[0].length);
      if (!text) continue;
    }
    // "Tohoku Institute of Technology, ... (B.Eng.)": a degree in parentheses after the school.
    const parenDegree = /\s\(([^()]{2,40})\)$/.exec(text);
    if (
      parenDegree &&
      !d.hasDegree &&
      degreeAt(parenDegree[1]!) === parenDegree[1]!.trim() &&
      hasInstitutionWord(text.slice(0, parenDegree.index))
    ) {
      d.e.studyType = parenDegree[1]!.trim();
      d.hasDegree = true;
      text = text.slice(0, parenDegree.index).trim();
    }
    const score = SCORE_RE.exec(text) ?? SCORE_AFTER_RE.exec(text);
    if (score) {
      d.e.score = score[1]!.trim();
      text = tidy(text.replace(score[0], " ").replace(/\s{1,40}\.$/, "."));
      if (!text) continue;
    }
    const courses = COURSES_RE.exec(text);
    if (courses) {
      d.e.courses = [...(d.e.courses ?? []), ...courses[1]!.split(/\s{0,40}[,;]\s{0,40}/).filter(Boolean)];
      continue;
    }
    // (A city the gazetteer knows is a place too: "Bergen", the cell beside "University of Bergen".)
    if (
      cur &&
      d.hasInstitution &&
      !d.e.location &&
      (locationScore(text) >= 3 || isPlaceLine(text)) &&
      !degreeAt(text)
    ) {
      d.e.location = text;
      continue;
    }
    // "东南大学 计算机科学 本科", "早稲田大学 / 理工学部 / 学士": CJK pieces apart by spaces, each its own field.
    const cjk = !d.hasInstitution ? cjkSchoolLine(text) : undefined;
    if (cjk) {
      d.e.institution = cjk.institution;
      d.hasInstitution = true;
      if (cjk.studyType && !d.hasDegree) {
        d.e.studyType = cjk.studyType;
        d.hasDegree = true;
      }
      if (cjk.area && !d.e.area) d.e.area = cjk.area;
      continue;
    }
    // "Boston University Boston, MA": a school and its city, not a Master of Arts.
    const schoolCity = !d.hasInstitution && !l.bullet ? splitNamePlace(text) : undefined;
    if (schoolCity && hasInstitutionWord(schoolCity.name) && !degreeAt(schoolCity.name)) {
      setInstitution(d, text);
      continue;
    }
    const deg = splitDegree(text);
    // "[BSc in Informatics](link)" under "Bachelor in Informatics, X": the same degree again, not a second one.
    if (deg && d.hasDegree && sameDegree(d.e, deg) && !deg.rest) {
      (d.e.notes ??= []).push(text);
      continue;
    }
    if (deg && !d.hasDegree) {
      d.e.studyType = deg.studyType;
      // ("HSC 93.25%": a bare mark after the degree is its score.)
      if (deg.area && /^\d{1,3}(?:[.,]\d{1,3})?\s?%$/.test(deg.area) && !d.e.score) d.e.score = deg.area;
      else if (deg.area) d.e.area = deg.area;
      if (deg.note) (d.e.notes ??= []).push(deg.note);
      d.hasDegree = true;
      if (deg.rest && underParent) {
        d.e.institution = parent;
        d.hasInstitution = true;
        (d.e.notes ??= []).push(deg.rest);
      } else if (deg.rest) {
        if (
          !d.hasInstitution &&
          (deg.school || hasInstitutionWord(deg.rest) || /^[A-Z]{2,6}\b/.test(deg.rest))
        )
          setInstitution(d, deg.rest);
        else if (!d.hasInstitution && locationScore(deg.rest) < 3) setInstitution(d, deg.rest);
        else if (!d.e.location && locationScore(deg.rest) >= 3) d.e.location = deg.rest;
        else (d.e.notes ??= []).push(deg.rest);
      }
      continue;
    }
    const pieces = text
      .split(
        /\s{1,40}[·|•—–]\s{1,40}|,\s{1,40}(?=(?:bachelor|master|doctor|ph\.?\s?d|b\.?\s?[a-z]{1,4}\.?|m\.?\s?[a-z]{1,4}\.?|mba|diploma)\b)/i,
      )
      .map(tidy)
      .filter(Boolean);
    // "University of Maryland, College Park, MD": a state code after a city, not a Doctor of Medicine.
    if (pieces.length >= 2 && /^[A-Z]{2}$/.test(pieces[pieces.length - 1]!)) {
      const before = pieces[pieces.length - 2]!.split(/\s{0,40},\s{0,40}/);
      if (before.length >= 2 || !hasInstitutionWord(before[0]!))
        pieces.splice(pieces.length - 2, 2, `${pieces[pieces.length - 2]}, ${pieces[pieces.length - 1]}`);
    }
    const degreeIn = pieces.length > 1 && !d.hasDegree && pieces.slice(1).some((p) => splitDegree(p));
    // ("• Acme State University   Springfield, IL": a short title-case bullet naming a school heads its entry.)
    // "**Residency in Psychiatry** — Federal University (FU)", "**Preceptor** — FU / HUWC": the bold
    // lead is the qualification, the piece after the dash the school.
    const boldLead = pieces.length === 2 && l.strong.some((x) => tidy(x) === pieces[0]);
    if (
      !d.hasInstitution &&
      (!l.bullet || (isHeaderLine(flat, fi) && hasInstitutionWord(text))) &&
      (hasInstitutionWord(text) ||
        degreeIn ||
        boldLead ||
        (!d.hasDegree &&
          pieces.length === 1 &&
          out.length === 1 &&
          !/[.!?]$/.test(text) &&
          text.split(/\s+/).length <= 8 &&
          !HONOURS_RE.test(text)))
    ) {
      // The school is the piece that names one (the bold lead's other piece, else the first).
      // ("**IIT Madras** — B.Tech, ...": a degree after the dash makes the bold lead the school.)
      const at =
        boldLead && !hasInstitutionWord(pieces[0]!) && !splitDegree(pieces[1]!)
          ? 1
          : Math.max(
              0,
              pieces.findIndex((p) => hasInstitutionWord(p)),
            );
      setInstitution(d, pieces[at]!);
      if (at > 0 && !d.hasDegree) {
        d.e.studyType = pieces[0]!;
        d.hasDegree = true;
      }
      for (const p of pieces.filter((_p, pi) => pi !== at && !(pi === 0 && at > 0))) {
        const dg = splitDegree(p);
        if (!dg && !d.e.location && locationScore(p) >= 3) d.e.location = p;
        else if (dg && !d.hasDegree) {
          d.e.studyType = dg.studyType;
          if (dg.area) d.e.area = dg.area;
          d.hasDegree = true;
        } else (d.e.notes ??= []).push(p);
      }
      continue;
    }
    (d.e.notes ??= []).push(text);
    // (The text of the dated line, or of another cell of its row.)
    if (d.datedLine === l.n) d.lead ??= text;
  }
  settle();
  // A second degree under the same school heading ("MBA, 2021" / "B.S. ..., 2014").
  out.forEach((d, k) => {
    const prev = out[k - 1];
    if (!d.hasInstitution && d.hasDegree && prev?.e.institution && prev.hasDegree && !prev.oneLine)
      d.e.institution = prev.e.institution;
  });
  // "Certified Kanban Coach   2016" / "Lean Guild": with no school named, a dated entry's last
  // short title-case line is its school, and the dated line its qualification.
  for (const d of out) {
    if (d.hasInstitution || !d.hasDates || !d.e.notes?.length) continue;
    const lead = d.hasDegree ? undefined : d.lead;
    const at = d.e.notes.findLastIndex((n) => n !== lead && nameLike(n));
    if (at < 0) continue;
    const name = d.e.notes[at]!;
    // ("Bachelor of Science  2015 - 2019" / "Computer Science": right under a degree with no field, the field.)
    if (d.hasDegree && !d.e.area && at === 0) {
      d.e.area = name;
      d.e.notes = d.e.notes.slice(1);
      if (!d.e.notes.length) delete d.e.notes;
      continue;
    }
    // ("Grad. May 2011 | Lyon, France": a place on the dated line is the school's.)
    if (lead && locationScore(lead) >= 3) d.e.location ??= lead;
    else if (lead) {
      d.e.studyType = lead;
      d.hasDegree = true;
    }
    d.e.notes = d.e.notes.filter((n, i) => i !== at && n !== lead);
    if (!d.e.notes.length) delete d.e.notes;
    setInstitution(d, name);
  }
  // Notes that wrap ("Top 3 Engineering University" / "in Southern Asia") are one note.
  return out.map((d) => {
    if (d.e.notes) {
      const joined: string[] = [];
      for (const n of d.e.notes) {
        const last = joined[joined.length - 1];
        if (last !== undefined && /^\p{Ll}/u.test(n) && !/[.!?]$/.test(last))
          joined[joined.length - 1] = `${last} ${n}`;
        else joined.push(n);
      }
      d.e.notes = joined;
    }
    return d.e;
  });
}
