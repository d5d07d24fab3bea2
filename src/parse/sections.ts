/**
 * Step 2: lines → sections by heading. A line is a section heading when it is a Markdown
 * heading at the document's section level, or when its words are section words ("Work
 * History", "Programming Languages, Frameworks and Tools", "E X P E R I E N C E",
 * "SKILLS:"), or an unknown ALL-CAPS line in a document whose other headings are ALL CAPS.
 */
import { findRange } from "./dates.js";
import { degreeAt, hasInstitutionWord, titleScore } from "./features.js";
import type { Line } from "./lines.js";
import { TITLE_NOUNS } from "./vocab.js";
import { headingWords, sectionKind } from "./vocab/index.js";

export type SectionKind =
  | "summary"
  | "contact"
  | "work"
  | "projects"
  | "skills"
  | "education"
  | "languages"
  | "interests"
  | "certificates"
  | "publications"
  | "awards"
  | "volunteer"
  | "references"
  | "extra";

export interface Section {
  kind: SectionKind;
  /** The heading as written, cleaned ("Professional Experience"). */
  title: string;
  /** The heading's line; absent for the preamble. */
  line?: number;
  lines: Line[];
}

/** The kind a heading names (its first kind in the vocabulary), or undefined when it is not a heading phrase. */
export function headingKind(text: string): SectionKind | undefined {
  const k = sectionKind(text)[0];
  // Personal details (date of birth, address) sit with the contact lines.
  return k === "personal" ? "contact" : k;
}

/**
 * The kind a section-level heading's first word names when the whole heading is no heading
 * phrase: "Work for a living", "Skills I bring", "Projects so far". Only for headings the markup
 * already marks as sections (a plain line needs its every word to be a section word).
 */
function leadingKind(text: string): SectionKind | undefined {
  const ws = headingWords(text);
  if (ws.length < 2 || ws.length > 6 || /\d/.test(text)) return undefined;
  return headingKind(ws[0]!);
}

/** `E X P E R I E N C E` / `W O R K  H I S T O R Y` → `EXPERIENCE` / `WORK HISTORY`. */
export function collapseSpacedLetters(text: string): string | undefined {
  const t = text.trim();
  // (Its second character is a space, unless the first letter is written with two UTF-16 units.)
  const second = t.charCodeAt(1) === 32 || (t.charCodeAt(0) >= 0xd800 && t.charCodeAt(0) <= 0xdbff);
  if (second && /^(?:\p{L}[ ]{1,3}){2,}\p{L}$/u.test(t)) {
    return t
      .split(/ {2,}/)
      .map((w) => w.replace(/ /g, ""))
      .join(" ");
  }
  // PDF text of a design tool keeps kerned pairs together ("P R I YA   N A R AYA N A N",
  // "U X / U I   D E S I G N E R"): words are 3+ spaces apart, and most pieces are one letter.
  if (t.length > 200 || !/ {3}/.test(t) || !/^[\p{L}/&]{1,3}(?: {1,6}[\p{L}/&]{1,3}){4,}$/u.test(t))
    return undefined;
  const pieces = t.split(/ +/);
  const single = pieces.filter((p) => p.length === 1).length;
  if (single < pieces.length * 0.7) return undefined;
  return t
    .split(/ {3,}/)
    .map((w) => w.replace(/ /g, ""))
    .join(" ");
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

interface HeadingCandidate {
  kind?: SectionKind;
  title: string;
  /** "EXPERIENCE (continued)" at the top of a page: the section goes on. */
  continued?: boolean;
}

const CONTINUED_RE =
  /[ \t]{0,3}(?:\((?:continued|cont['’]?d|cont\.?)\)|[,–—-][ \t]{0,2}(?:continued|cont['’]?d))$/i;

/** Is this line, on its own, a section heading? (Markdown levels are decided by the caller.) */
export function plainHeading(line: Line): HeadingCandidate | undefined {
  if (line.bullet || !line.text || line.cells.length > 1) return undefined;
  let text = line.text.replace(/^[\s§]{1,40}|[\s:：]{1,40}$/g, "").replace(/^\d{1,2}[.)]\s+/, "");
  const continued = CONTINUED_RE.test(text);
  if (continued) text = text.replace(CONTINUED_RE, "");
  // "💼 Experience", "— Skills —", "::: Education :::", "EXPERIENCE ──────": emoji and decorations around a heading.
  text = text
    .replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200D]|[—–~:=*#|_-]){1,8}\s{0,3}/u, "")
    .replace(/\s{0,3}(?:[—–~:=*#|_─━═-]){1,40}$/u, "")
    .trim();
  // "[Education]", "【Skills】", "<< Career >>": bracketed headings.
  text = text.replace(/^(?:\[|【|《|<<|«)\s{0,2}([^\][【】《》<>«»]{2,40}?)\s{0,2}(?:\]|】|》|>>|»)$/u, "$1");
  const spaced = collapseSpacedLetters(text);
  if (spaced) text = spaced;
  if (text.length === 0 || text.length > 60 || /[\d@]|https?:/.test(text) || /[.!?]$/.test(text))
    return undefined;
  if (!/^(?:\p{Lu}|\p{Lo})/u.test(text)) return undefined;
  let kind = headingKind(text);
  if (!kind) {
    // "ACADEMIC APPOINTMENTS (in chronological order)", "Publications (most recent first)": a
    // heading phrase with a qualifier in words after it.
    const qualified = QUALIFIER_RE.exec(text);
    if (qualified) {
      kind = headingKind(text.slice(0, qualified.index));
      if (kind) text = text.slice(0, qualified.index);
    }
  }
  if (kind) return continued ? { kind, title: text, continued } : { kind, title: text };
  return undefined;
}

/** A trailing parenthetical of words only, no digits ("(in chronological order)", "(selected)"). */
const QUALIFIER_RE = /\s{1,3}\(\p{L}[\p{L} ,'’-]{0,40}\)$/u;

/** A person's name as a first heading at any level ("## Jane van Doe"). */
const NAME_SHAPE_RE =
  /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|da|di|van|von|der|den|du|del|la|le)){1,4}$/u;

/** "ACME CORPORATION" followed by a title or dates is an employer, not a section. */
function looksLikeEntryHeader(lines: Line[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 2; j++) {
    const t = lines[j]!.text;
    if (!t) continue;
    seen++;
    const r = findRange(t);
    if (r && !r.single) return true;
    // "UNIVERSITY OF PITTSBURGH" over "B.S. Electrical Engineering | 2016": a school.
    if (seen === 1 && degreeAt(t) && hasInstitutionWord(lines[i]!.text)) return true;
    if (
      t.split(/\s+/).length <= 8 &&
      t
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .some((w) => TITLE_NOUNS.has(w))
    )
      return true;
  }
  return false;
}

function unknownCapsHeading(line: Line, prev: Line | undefined): boolean {
  if (line.bullet || line.cells.length > 1) return false;
  const t = line.text.replace(/[:：]$/, "");
  const words = t.split(/\s+/);
  return (
    isAllCaps(t) &&
    words.length <= 4 &&
    t.length <= 40 &&
    !/[\d@,|·/]/.test(t) &&
    (prev === undefined || prev.text === "")
  );
}

/** Split lines into a preamble (kind "summary", no line) and the sections after each heading. */
export function splitSections(lines: Line[]): Section[] {
  // The Markdown level used for section headings: the shallowest level of a heading phrase.
  let sectionLevel: number | undefined;
  for (const l of lines) {
    if (l.heading !== undefined && headingKind(l.text)) sectionLevel = Math.min(sectionLevel ?? 9, l.heading);
  }
  const mdLevels = lines.filter((l) => l.heading !== undefined).map((l) => l.heading!);
  if (sectionLevel === undefined && mdLevels.length > 0) {
    const distinct = [...new Set(mdLevels)].sort();
    sectionLevel = distinct.length > 1 ? distinct[1]! : distinct[0]!;
  }
  // The first heading is the name (a repository's title such as "cv-markdown" above it aside).
  const SLUG_RE = /^[\p{Ll}\d]{1,30}(?:[-_.][\p{Ll}\d]{1,30}){1,6}$/u;
  let firstHeadingIdx = lines.findIndex((l) => l.heading !== undefined);
  if (firstHeadingIdx >= 0 && SLUG_RE.test(lines[firstHeadingIdx]!.text)) {
    const next = lines.findIndex((l, i) => i > firstHeadingIdx && l.heading !== undefined);
    if (next >= 0 && lines[next]!.heading === 1) firstHeadingIdx = next;
  }
  // A job title over the name ("Senior Firmware Engineer" titled, "Ada Quist" as the subtitle,
  // as rST and AsciiDoc documents often start): the name is the heading that reads as one.
  if (firstHeadingIdx >= 0 && titleScore(lines[firstHeadingIdx]!.text) > 0) {
    let next = firstHeadingIdx + 1;
    while (next < lines.length && next - firstHeadingIdx <= 6 && lines[next]!.heading === undefined) next++;
    const l = lines[next];
    if (
      l?.heading !== undefined &&
      NAME_SHAPE_RE.test(l.text) &&
      titleScore(l.text) <= 0 &&
      !headingKind(l.text)
    )
      firstHeadingIdx = next;
  }
  // How many plain headings are ALL CAPS: unknown ALL-CAPS lines are then headings too.
  // (Each line's plain-heading reading, made once: four passes below ask it.)
  const plains = lines.map((l) => (l.heading === undefined ? plainHeading(l) : undefined));
  let capsHeadings = 0;
  for (let i = 0; i < lines.length; i++) if (plains[i] && isAllCaps(lines[i]!.text)) capsHeadings++;

  // A portfolio whose role blocks come before any heading: a plain Title-case word right
  // on top of its content ("Stack\nRust Go Tokio") is a label inside a block, not a section.
  let firstHeading = lines.findIndex((l, i) => l.heading !== undefined || plains[i]);
  if (firstHeading < 0) firstHeading = lines.length;
  let datedBefore = 0;
  for (let i = 0; i < firstHeading; i++) {
    const r = lines[i]!.text.length < 80 ? findRange(lines[i]!.text) : undefined;
    if (r && !r.single) datedBefore++;
  }
  const portfolio = datedBefore >= 2;

  // The next line with text after each line, found in one backward pass (not a scan per line).
  const nextTexts: (Line | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, next: Line | undefined; i >= 0; i--) {
    nextTexts[i] = next;
    if (lines[i]!.text) next = lines[i];
  }

  // A plain heading written more than once ("Other Achievements" under each job): a label inside entries.
  const plainCount = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!plains[i]) continue;
    const key = l.text.toLowerCase();
    plainCount.set(key, (plainCount.get(key) ?? 0) + 1);
  }

  const sections: Section[] = [{ kind: "summary", title: "", lines: [] }];
  let known = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let head: HeadingCandidate | undefined;
    if (l.heading !== undefined) {
      const kind = headingKind(l.text);
      const collapsed = collapseSpacedLetters(l.text);
      if (kind) head = { kind, title: l.text };
      else if (collapsed && headingKind(collapsed)) head = { kind: headingKind(collapsed), title: collapsed };
      else if (i === firstHeadingIdx && (l.heading === 1 || NAME_SHAPE_RE.test(l.text)))
        head = undefined; // the name
      else if (i < firstHeadingIdx)
        head = undefined; // the repository's title above it
      else if (sectionLevel !== undefined && l.heading <= sectionLevel && l.heading > 1)
        head = { ...(leadingKind(l.text) ? { kind: leadingKind(l.text) } : {}), title: l.text };
    } else {
      head = plains[i];
      if (head && portfolio && !isAllCaps(l.text) && lines[i + 1]?.text && !/[:：]$/.test(l.text))
        head = undefined;
      // "Languages" over bullets under "KEY SKILLS", in a document whose headings are ALL CAPS: a group label.
      const current = sections[sections.length - 1]!;
      // "Achievements:" over bullets inside a job, likewise.
      const nextText = nextTexts[i];
      if (
        head &&
        capsHeadings >= 3 &&
        !isAllCaps(head.continued ? head.title : l.text) &&
        ["skills", "work", "volunteer", "projects", "education"].includes(current.kind) &&
        current.lines.some((x) => x.text) &&
        (/[:：]$/.test(l.text) || nextText?.bullet)
      ) {
        head = undefined;
      }
      if (
        head &&
        !head.continued &&
        (plainCount.get(l.text.toLowerCase()) ?? 0) >= 2 &&
        head.kind !== current.kind &&
        ["work", "volunteer", "projects", "education"].includes(current.kind) &&
        current.lines.some((x) => x.text)
      )
        head = undefined;
      // Unknown ALL-CAPS lines are headings only after a known one (the name comes first).
      if (
        !head &&
        known &&
        capsHeadings >= 2 &&
        unknownCapsHeading(l, lines[i - 1]) &&
        !looksLikeEntryHeader(lines, i)
      ) {
        head = { title: l.text.replace(/[:：]$/, "") };
      }
    }
    // "EXPERIENCE (continued)" after a page break: the lines belong to the section above.
    if (head?.continued && sections[sections.length - 1]!.kind === head.kind) continue;
    if (head) {
      if (head.kind) known = true;
      sections.push({ kind: head.kind ?? "extra", title: tidyTitle(head.title), line: l.n, lines: [] });
    } else {
      sections[sections.length - 1]!.lines.push(l);
    }
  }
  return sections;
}

function tidyTitle(t: string): string {
  const s =
    t
      .replace(/[:：]\s*$/, "")
      .replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200D]|[—–~:=*#|_-]){1,8}\s{0,3}/u, "")
      .replace(/\s{0,3}(?:[—–~:=*#|_─━═-]){1,40}$/u, "")
      .trim() || t.trim();
  if (isAllCaps(s))
    return s.toLowerCase().replace(/(^|[\s&/-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return s;
}
