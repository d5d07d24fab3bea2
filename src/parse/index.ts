/**
 * Résumé text → Profile. Pure: text in, profile and warnings out, no I/O.
 *
 * Three steps (the OpenResume idea, re-done for plain text): normalise lines
 * (`lines.ts`), split them into sections by heading (`sections.ts`), then parse each
 * section with per-field feature scores (`work.ts`, `education.ts`, `skills.ts`,
 * `projects.ts`, `misc.ts`). Documents without headings are classified by the shape of
 * their blocks (`blocks.ts`). Nothing is invented: a fact the text does not give stays
 * missing. Never throws: a failure becomes a warning.
 */
import { validateProfile, type Basics, type Profile, type Volunteer, type Work } from "../profile/schema.js";
import type { Diagnostic } from "../library/diagnostic.js";
import {
  findNameBlock,
  isPersonalLine,
  nameCandidate,
  nameFromContacts,
  parsePreamble,
  toLocation,
} from "./basics.js";
import { classifyBlocks } from "./blocks.js";
import { extractContacts, hasContact } from "./contacts.js";
import { findRange, removeSpan } from "./dates.js";
import { parseEducation, splitDegree, splitMemberships } from "./education.js";
import { collectBody, leadingRange, splitBlocks } from "./entries.js";
import {
  degreeAt,
  hasInstitutionWord,
  hasOrgWord,
  isProse,
  locationScore,
  nameScore,
  titleCaseIfCaps,
  titleScore,
} from "./features.js";
import type { Line, Skipped } from "./line.js";
import { newDocument } from "./memo.js";
import { readLines } from "./read/index.js";
import { MAX_LINE } from "./read/source.js";
import {
  extraLines,
  looksSpoken,
  parseAwards,
  parseCertificates,
  parseInterests,
  parseLanguages,
  parsePublications,
  parseReferences,
} from "./misc.js";
import { parseProjects } from "./projects.js";
import { headingKind, splitSections, type Section } from "./sections.js";
import { listsTechnology, parseSkills } from "./skills.js";
import { statedJob } from "./undated.js";
import { parseWork } from "./work.js";

/** The markup a document was written in, when the loader knows it (a hint for the readers). */
export type Dialect = "org" | "rst" | "asciidoc" | "latex" | "pdf" | "docx";

export interface ParseOptions {
  /** The file name, for `source` fields and warnings. */
  file: string;
  format: "text" | "markdown";
  /** The dialect of a text format (`.org`, `.rst`, `.adoc`, `.tex`); today read as text. */
  dialect?: Dialect;
}

export interface LinesOptions extends ParseOptions {
  /** What the reader that made the lines left out (page furniture...), reported as warnings. */
  skipped?: Skipped[];
}

export interface ParseResult {
  profile: Profile;
  warnings: Diagnostic[];
}

type Lists = Required<
  Pick<
    Profile,
    | "work"
    | "volunteer"
    | "education"
    | "awards"
    | "certificates"
    | "publications"
    | "skills"
    | "languages"
    | "interests"
    | "references"
    | "projects"
    | "extra"
  >
>;

class Builder {
  basics: Basics = {};
  lists: Lists = {
    work: [],
    volunteer: [],
    education: [],
    awards: [],
    certificates: [],
    publications: [],
    skills: [],
    languages: [],
    interests: [],
    references: [],
    projects: [],
    extra: [],
  };
  summary: string[] = [];
  warnings: Diagnostic[] = [];
  constructor(readonly file: string) {}

  warn(line: number | undefined, message: string): void {
    this.warnings.push({ file: this.file, line, message, severity: "warning" });
  }

  mergeBasics(b: Basics): void {
    for (const [k, v] of Object.entries(b)) {
      if (v === undefined) continue;
      const cur = (this.basics as Record<string, unknown>)[k];
      if (k === "profiles" && Array.isArray(cur))
        (this.basics.profiles ??= []).push(...(v as NonNullable<Basics["profiles"]>));
      else if (cur === undefined) (this.basics as Record<string, unknown>)[k] = v;
    }
  }

  addWork(lines: Line[], title: string, line: number | undefined): void {
    const { work, projects, lead } = parseWork(lines, this.file);
    this.lists.projects.push(...projects);
    for (const w of work) {
      // A gap heading read as an entry: its name (or title) is the gap, the other is empty or a gap too.
      const gap = (t: string | undefined): boolean => t !== undefined && GAP_RE.test(t.trim());
      if (
        !w.roles?.length &&
        (gap(w.name) || gap(w.position)) &&
        [w.name, w.position].every((t) => !t || gap(t))
      ) {
        this.warn(
          w.source?.line,
          `"${(w.name ?? w.position)!.slice(0, 40)}" is a gap between jobs, not a job`,
        );
        continue;
      }
      if (!w.name && !w.roles?.length)
        this.warn(
          w.source?.line,
          `job${w.position ? ` "${w.position.slice(0, 40)}"` : ""} without a company`,
        );
      // "MAKERSPACE PGH (VOLUNTEER)", "Mentor (pro bono)": an unpaid role listed with the jobs.
      const key = (["name", "position"] as const).find(
        (k) => w[k] !== undefined && VOLUNTEER_MARK_RE.test(w[k]!),
      );
      if (!key) {
        this.lists.work.push(w);
        continue;
      }
      w[key] = w[key]!.replace(VOLUNTEER_MARK_RE, "").trim();
      this.lists.volunteer.push(toVolunteer(w));
    }
    this.leftover(lead, title, line, work.length === 0);
  }

  /** Lines a section parser could not place: prose → summary (preamble) or extra, with a warning. */
  leftover(lines: Line[], title: string, line: number | undefined, nothingElse: boolean): void {
    const text = lines.filter((l) => l.text);
    if (text.length === 0) return;
    if (!title) {
      const { highlights, paragraphs } = collectBody(lines);
      this.summary.push(...paragraphs, ...highlights);
      return;
    }
    this.lists.extra.push({
      title,
      lines: extraLines(lines),
      source: { file: this.file, line: line ?? text[0]!.n },
    });
    this.warn(
      text[0]!.n,
      nothingElse
        ? `no dated entries found in "${title}"; kept its ${text.length} line(s) as text`
        : `${text.length} line(s) before the first entry of "${title}" kept as text`,
    );
  }
}

const VOLUNTEER_MARK_RE = /\s{0,3}[([](?:volunteer(?:ing)?|voluntary|pro[ -]bono|unpaid)[)\]]$/i;
/**
 * A gap between jobs written as an entry of its own ("Career break", "Parental leave and
 * courses", "Elternzeit", "Congé parental", "Año sabático"): no job, whatever its dates.
 */
const GAP_RE =
  /^(?:career\s(?:break|pause|gap)|sabbatical|(?:parental|maternity|paternity|family|shared\sparental)\sleave|gap\syear|time\soff|elternzeit|auszeit|mutterschutz|familienzeit|berufspause|cong[ée]\s(?:parental|maternit[ée]|paternit[ée]|sabbatique)|pause\scarri[èe]re|ann[ée]e\ssabbatique|excedencia|baja\spor\s(?:maternidad|paternidad)|a[ñn]o\ssab[áa]tico|congedo\s(?:parentale|di\smaternit[àa])|anno\ssabbatico|ouderschapsverlof|sabbatsår|föräldraledighet|foreldrepermisjon)(?=\s{0,3}(?:$|[(,:;–—/&-]|(?:and|und|et|y|e|en|och|og|with|mit|avec|con)\s))/iu;

function sectionContacts(b: Builder, s: Section): void {
  const rest: Line[] = [];
  for (const l of s.lines) {
    if (!l.text) continue;
    // "Languages Known: English, Hindi, Kannada" among personal details.
    const langs =
      /^(?:languages?(?:\s(?:known|spoken))?|spoken languages)\s{0,2}[:：]\s{0,2}(.{2,200})$/i.exec(l.text);
    if (langs) {
      const fake: Line = { ...l, text: langs[1]!, cells: [langs[1]!] };
      if (looksSpoken([fake])) {
        b.lists.languages.push(...parseLanguages([fake], b.file));
        continue;
      }
    }
    const c = extractContacts(l.text, l.links);
    // "Teodora Vlašić" first in a "Personal information" section, over her address: her name.
    if (!b.basics.name && rest.length === 0 && !hasContact(c) && nameScore(nameCandidate(l.text)) >= 3) {
      if (locationScore(l.text) < 3) {
        b.basics.name = titleCaseIfCaps(nameCandidate(l.text));
        continue;
      }
    }
    if (!hasContact(c)) {
      // "São Paulo, Brazil" on a line of its own in a contact section: where the person lives.
      // ("Houston, TX 77002": the ZIP code is the post office's.)
      const place = l.text
        .replace(/^(?:location|address|city|based in)\s{0,2}[:：]?\s{0,2}/i, "")
        .replace(/(,\s{0,2}[A-Z]{2})\s{1,3}\d{5}(?:-\d{4})?$/, "$1");
      // ("Kraków" alone among an e-mail and a phone: a short capitalised name that is no title is a place too.)
      const bare =
        /^\p{Lu}[\p{L}.'’-]{1,30}(?:[ -]\p{Lu}[\p{L}.'’-]{1,30}){0,2}$/u.test(place) &&
        titleScore(place) <= 0 &&
        nameScore(place) > -10 &&
        !hasOrgWord(place);
      if (!b.basics.location && !c.location && (locationScore(place) >= 3 || bare) && place.length <= 60) {
        b.basics.location = toLocation(place);
        continue;
      }
      rest.push(l);
      continue;
    }
    const basics: Basics = {};
    if (c.email) basics.email = c.email;
    if (c.phone) basics.phone = c.phone;
    if (c.profiles.length) basics.profiles = c.profiles;
    const site = c.urls.find((u) => !c.profiles.some((p) => p.url === u));
    if (site) basics.url = site;
    if (c.location) basics.location = toLocation(c.location);
    if (c.address && !c.location) basics.location = { address: c.address };
    if (c.name) basics.name = c.name;
    b.mergeBasics(basics);
  }
  if (rest.length) b.leftover(rest, s.title, s.line, false);
}

function toVolunteer(w: Work): Volunteer {
  const v: Volunteer = {};
  if (w.name) v.organization = w.name;
  for (const k of [
    "position",
    "url",
    "startDate",
    "endDate",
    "ongoing",
    "summary",
    "highlights",
    "source",
  ] as const) {
    if (w[k] !== undefined) (v as Record<string, unknown>)[k] = w[k];
  }
  if (!v.summary && w.description) v.summary = w.description;
  return v;
}

/** "Education and employment", "Berufserfahrung & Bildung": a heading that names both jobs and schools. */
function mixedHeading(title: string): boolean {
  const kinds = new Set(
    title.split(/\s(?:&|and|und|et|y|e|\+)\s|\s?[/,]\s/i).map((t) => headingKind(t.trim())),
  );
  return kinds.has("work") && kinds.has("education");
}

/**
 * A section that holds both jobs and degrees: each entry goes where its header says — a degree
 * (BSc, Master, Ph.D...) to education, anything else to work.
 */
function parseMixed(b: Builder, s: Section): void {
  const { lead, blocks } = splitBlocks(s.lines, leadingRange);
  const work: Line[] = [];
  const education: Line[] = [];
  for (const bl of blocks) {
    const lines = [...bl.header, ...bl.body].map((l) => (l === bl.anchor ? { ...l, bullet: false } : l));
    const header = bl.header.map((l) => l.text).join(" ");
    const to =
      bl.header.some((l) => splitDegree(stripDates(l.text)) || degreeAt(stripDates(l.text))) &&
      !/\b(?:postdoc|post-doc|postdoctoral|lecturer|professor)\b/i.test(header)
        ? education
        : work;
    to.push(...lines, {
      n: bl.anchor.n,
      text: "",
      cells: [],
      indent: 0,
      bullet: false,
      strong: [],
      links: [],
    });
  }
  if (work.length) b.addWork(work, s.title, s.line);
  if (education.length) b.lists.education.push(...parseEducation(education, b.file));
  b.leftover(lead, s.title, s.line, blocks.length === 0);
}

/** The text of a header line without its date range and the separator after it ("2019 - 2023: "). */
function stripDates(text: string): string {
  const r = findRange(text);
  return r ? removeSpan(text, r.index, r.end).replace(/^[\s:–—-]+/, "") : text;
}

/** Skill groups of `lines`, saying which lines were none (a sentence among the lists). */
function addSkills(b: Builder, lines: Line[], title: string | undefined): void {
  const lost: Line[] = [];
  b.lists.skills.push(...parseSkills(lines, b.file, title, lost));
  if (lost.length)
    b.warn(
      lost[0]!.n,
      `skills: left out ${lost.length} line(s) of prose such as "${lost[0]!.text.slice(0, 40)}"`,
    );
}

function parseSection(b: Builder, s: Section): void {
  const file = b.file;
  const has = s.lines.some((l) => l.text);
  if (!has) return;
  if ((s.kind === "work" || s.kind === "education" || s.kind === "extra") && mixedHeading(s.title))
    return parseMixed(b, s);
  const L = b.lists;
  switch (s.kind) {
    case "summary": {
      const { highlights, paragraphs } = collectBody(s.lines);
      b.summary.push(...paragraphs, ...highlights);
      return;
    }
    case "contact":
      return sectionContacts(b, s);
    case "work":
      return b.addWork(s.lines, s.title, s.line);
    case "volunteer": {
      const { work, lead } = parseWork(s.lines, file);
      L.volunteer.push(...work.map(toVolunteer));
      b.leftover(lead, s.title, s.line, work.length === 0);
      return;
    }
    case "projects": {
      const lost: Line[] = [];
      L.projects.push(...parseProjects(s.lines, file, lost));
      if (lost.length)
        b.warn(lost[0]!.n, `projects: ${lost.length} line(s) before the first project kept as no project`);
      return;
    }
    case "skills":
      if (/\blanguages?\b/i.test(s.title) && !/programming/i.test(s.title) && looksSpoken(s.lines)) {
        L.languages.push(...parseLanguages(s.lines, file));
        return;
      }
      addSkills(b, s.lines, titleCaseIfCaps(s.title));
      return;
    case "languages":
      if (looksSpoken(s.lines)) L.languages.push(...parseLanguages(s.lines, file));
      else addSkills(b, s.lines, titleCaseIfCaps(s.title));
      return;
    case "education": {
      // ("Fellow, Institute of X" among the schools: a professional membership, a certificate.)
      const { memberships, rest } = splitMemberships(s.lines);
      if (memberships.length) L.certificates.push(...parseCertificates(memberships, file));
      L.education.push(...parseEducation(rest, file));
      return;
    }
    case "interests":
      L.interests.push(...parseInterests(s.lines, file));
      return;
    case "certificates":
      L.certificates.push(...parseCertificates(s.lines, file));
      return;
    case "publications":
      L.publications.push(...parsePublications(s.lines, file));
      return;
    case "awards":
      L.awards.push(...parseAwards(s.lines, file));
      return;
    case "references":
      L.references.push(...parseReferences(s.lines, file));
      return;
    case "extra": {
      // "Leadership & Activities", "Extracurricular": dated roles in clubs and societies are volunteer entries.
      if (/\b(?:leadership|activities|extracurricular|involvement)\b/i.test(s.title)) {
        const { work, lead } = parseWork(s.lines, file);
        if (work.length > 0 && work.every((w) => w.position && w.startDate) && !lead.some((l) => l.text)) {
          L.volunteer.push(...work.map(toVolunteer));
          return;
        }
      }
      // "Training" over school lines ("Tollmere College, NVQ Level 3, 2011 – 2014"): schooling.
      // Courses with no school ("Manual handling, 2018") stay a section of their own.
      if (/\btraining\b/i.test(s.title)) {
        const schools = parseEducation(s.lines, file);
        if (
          schools.length > 0 &&
          schools.every(
            (e) =>
              e.institution && hasInstitutionWord(e.institution) && (e.startDate || e.endDate || e.studyType),
          )
        ) {
          L.education.push(...schools);
          return;
        }
      }
      // A heading the vocabulary does not know ("DATA STORES") over lists of technology names: skills.
      if (!headingKind(s.title) && listsTechnology(s.lines)) {
        addSkills(b, s.lines, titleCaseIfCaps(s.title));
        return;
      }
      L.extra.push({
        title: s.title,
        lines: extraLines(s.lines),
        source: { file, line: s.line ?? s.lines[0]!.n },
      });
      // Say what has no field of its own: a section read as none of the profile's kinds.
      b.warn(
        s.line ?? s.lines[0]!.n,
        `section "${s.title.slice(0, 40)}" is none the profile knows; kept its ${s.lines.filter((l) => l.text).length} line(s) as text`,
      );
      return;
    }
  }
}

/** Drop empty strings/lists, trim strings, recursively. */
function prune(value: unknown): unknown {
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? undefined : t;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) {
      const p = prune(v);
      if (p !== undefined) out.push(p);
    }
    return out.length ? out : undefined;
  }
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // Model rule: an ongoing entry has no end date.
    const ongoing = v.ongoing === true;
    // (An object with nothing but its source is dropped.)
    let more = false;
    for (const k of Object.keys(v)) {
      if (ongoing && k === "endDate") continue;
      const p = prune(v[k]);
      if (p === undefined) continue;
      out[k] = p;
      if (k !== "source") more = true;
    }
    return more ? out : undefined;
  }
  return value;
}

function build(lines: Line[], skipped: Skipped[], options: ParseOptions): ParseResult {
  const b = new Builder(options.file);
  for (const why of ["front matter", "page footer", "web page furniture", "repeated"] as const) {
    const these = skipped.filter((s) => s.why === why);
    if (these.length === 0) continue;
    const sample = these[0]!.text.slice(0, 40);
    b.warn(these[0]!.n, `skipped ${these.length} ${why} line(s)${sample ? ` such as "${sample}"` : ""}`);
  }
  // Lines longer than a reader looks at: the first one said with its line, the others counted.
  const number = (k: number): string => k.toLocaleString("en");
  for (const [these, say] of [
    [
      skipped.filter((s) => s.why === "cut" && !s.rows),
      (s: Skipped) =>
        `line cut at ${number(MAX_LINE)} characters (it has ${number(s.length ?? 0)}); the rest of it is not read`,
    ],
    [
      skipped.filter((s) => s.why === "cut" && s.rows),
      (s: Skipped) =>
        `table row of ${number(s.length ?? 0)} characters read as ${s.rows} rows of at most ${number(MAX_LINE)}`,
    ],
  ] as const) {
    if (these.length === 0) continue;
    const more = these.length > 1 ? `; ${these.length - 1} more such line(s), from line ${these[1]!.n}` : "";
    b.warn(these[0]!.n, say(these[0]!) + more);
  }
  const sections = splitSections(lines);
  const [pre, ...rest] = sections as [Section, ...Section[]];

  const preamble = parsePreamble(pre.lines, options.file);
  b.mergeBasics(preamble.basics);
  for (const l of preamble.skipped)
    b.warn(l.n, `skipped "${l.text.slice(0, 40)}" (a prompt, title or menu line)`);

  // No name up top: a LinkedIn-style name block further down (name, headline, location).
  if (!b.basics.name) {
    for (const s of rest) {
      if (
        ![
          "contact",
          "skills",
          "languages",
          "certificates",
          "awards",
          "summary",
          "interests",
          "extra",
        ].includes(s.kind)
      )
        continue;
      const found = findNameBlock(s.lines);
      if (!found) continue;
      b.basics.name = titleCaseIfCaps(found.name.text);
      if (found.label) {
        const c = extractContacts(found.label.text, found.label.links);
        if (hasContact(c)) {
          if (c.email) b.basics.email ??= c.email;
          if (c.profiles.length) (b.basics.profiles ??= []).push(...c.profiles);
          b.basics.label ??= c.pieces[0];
        } else b.basics.label ??= found.label.text;
      }
      if (found.location) b.basics.location ??= toLocation(found.location.text);
      const drop = new Set([found.name, found.label, found.location]);
      s.lines = s.lines.filter((l) => !drop.has(l));
      break;
    }
  }

  // pdftotext of a two-column CV: a sidebar section ("SKILLS", "LANGUAGES") lands between two
  // jobs. A dated block with a job title inside such a section goes back to the work above it.
  let lastWork: Section | undefined;
  for (const s of rest) {
    if (s.kind === "work") lastWork = s;
    if (!lastWork || !["skills", "languages", "interests"].includes(s.kind)) continue;
    const { blocks } = splitBlocks(s.lines);
    const job = blocks.find(
      (bl) =>
        !bl.range.single &&
        bl.header.some((l) => l !== bl.anchor && titleScore(l.text) > 0 && !isProse(l.text)),
    );
    if (!job) continue;
    // The entry starts after the blank line above its header (the sidebar's own lines stay).
    let at = s.lines.indexOf(job.anchor);
    while (at > 0 && s.lines[at - 1]!.text) at--;
    if (at <= 0) continue;
    lastWork.lines.push(
      { n: s.lines[at]!.n, text: "", cells: [], indent: 0, bullet: false, strong: [], links: [] },
      ...s.lines.slice(at),
    );
    s.lines = s.lines.slice(0, at);
  }

  // "Have a job: air traffic controller" among the soft skills of a document with no work section.
  if (!rest.some((s) => s.kind === "work")) {
    const keep = (l: Line): boolean => {
      const job = statedJob(l, options.file);
      if (job) b.lists.work.push(job);
      return !job;
    };
    preamble.rest = preamble.rest.filter(keep);
    for (const s of rest) s.lines = s.lines.filter(keep);
  }

  // "Date of Birth: 1991/11/02", "Nationality: Irish" near the name: personal details, not a summary.
  // ("| Geburtsdatum | 10.03.1987 |": a two-cell table row is a label and its value.)
  const personalText = (l: Line): string => (l.cells.length === 2 ? `${l.cells[0]}: ${l.cells[1]}` : l.text);
  const personal = preamble.rest.filter((l) => l.text && isPersonalLine(personalText(l)));
  if (personal.length) {
    b.lists.extra.push({
      title: "Personal Details",
      lines: personal.map(personalText),
      source: { file: options.file, line: personal[0]!.n },
    });
    const drop = new Set(personal);
    preamble.rest = preamble.rest.filter((l) => !drop.has(l));
  }
  // What the preamble left: prose, or (headingless documents) blocks to classify.
  const c = classifyBlocks(preamble.rest);
  for (const run of c.work) b.addWork(run, "", undefined);
  if (c.projects.length) b.lists.projects.push(...parseProjects(c.projects, options.file));
  if (c.skills.length) addSkills(b, c.skills, undefined);
  if (c.education.length) b.lists.education.push(...parseEducation(c.education, options.file));
  if (c.interests.length) b.lists.interests.push(...parseInterests(c.interests, options.file));

  for (const s of rest) {
    try {
      parseSection(b, s);
    } catch (e) {
      b.warn(s.line, `could not parse section "${s.title}": ${(e as Error).message}`);
    }
  }
  if (b.summary.length) b.basics.summary ??= b.summary.join("\n");
  // No e-mail among the contact lines: the first one the document gives elsewhere (a footer
  // "jo@x.io | +1 555 0100", a contact list under a headline heading), references aside.
  if (!b.basics.email) {
    for (const s of sections) {
      if (s.kind === "references" || s.kind === "publications") continue;
      const email = s.lines
        .map((l) => (l.text.includes("@") ? extractContacts(l.text, l.links).email : undefined))
        .find(Boolean);
      if (email) {
        b.basics.email = email;
        break;
      }
    }
  }
  // No name line: "Hi, I'm Ottilie Brandauer, a backend engineer..." in the summary.
  if (!b.basics.name && b.basics.summary) {
    const m =
      /(?:^|[\s,.!])(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\s(\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,3})(?=[,.;!]|\s(?:a|an|and|from|here)\s)/u.exec(
        b.basics.summary,
      );
    if (m && nameScore(m[1]!) >= 3) b.basics.name = m[1]!;
  }
  // Still none: the one the e-mail address and the site (or a handle) agree on.
  if (!b.basics.name) {
    const name = nameFromContacts(b.basics);
    if (name) b.basics.name = name;
  }
  // "Interests: Rowing, jazz" inside "Skills & Interests": interests.
  b.lists.skills = b.lists.skills.filter((s) => {
    if (!/^(?:interests|hobbies)$/i.test(s.name ?? "")) return true;
    for (const k of s.keywords ?? []) b.lists.interests.push({ name: k, source: s.source });
    return false;
  });
  // "Languages: English (native), French" inside a skills section: spoken languages.
  b.lists.skills = b.lists.skills.filter((s) => {
    if (
      !/^(?:spoken\s)?(?:languages?|sprachen|langues|idiomas|lingue|talen)$/i.test(s.name ?? "") ||
      !s.keywords?.length
    )
      return true;
    const fake: Line[] = [
      {
        n: s.source?.line ?? 1,
        text: s.keywords.join(", "),
        cells: [s.keywords.join(", ")],
        indent: 0,
        bullet: false,
        strong: [],
        links: [],
      },
    ];
    if (!looksSpoken(fake)) return true;
    b.lists.languages.push(...parseLanguages(fake, options.file));
    return false;
  });

  const profile = prune({ basics: b.basics, ...b.lists }) as Profile | undefined;
  return { profile: profile ?? {}, warnings: b.warnings };
}

export function parseDocument(text: string, options: ParseOptions): ParseResult {
  return parseWith(() => {
    const skipped: Skipped[] = [];
    const lines = readLines(typeof text === "string" ? text : String(text ?? ""), skipped, options.file);
    return build(lines, skipped, options);
  }, options);
}

/**
 * Lines a file reader made (the PDF reader's, in reading order, page furniture left out) →
 * Profile: every step after the text reader's, shared with {@link parseDocument}.
 */
export function parseLines(lines: Line[], options: LinesOptions): ParseResult {
  return parseWith(() => build(lines, options.skipped ?? [], options), options);
}

function parseWith(run: () => ParseResult, options: ParseOptions): ParseResult {
  newDocument();
  let result: ParseResult;
  try {
    result = run();
  } catch (e) {
    return {
      profile: {},
      warnings: [
        { file: options.file, message: `could not parse: ${(e as Error).message}`, severity: "warning" },
      ],
    };
  }
  try {
    return { profile: validateProfile(result.profile, options.file), warnings: result.warnings };
  } catch (e) {
    return {
      profile: {},
      warnings: [
        ...result.warnings,
        { file: options.file, message: (e as Error).message, severity: "warning" },
      ],
    };
  }
}
