/**
 * Step 2: lines → sections by heading. A line is a section heading when it is a Markdown
 * heading at the document's section level, or when its words are section words ("Work
 * History", "Programming Languages, Frameworks and Tools", "E X P E R I E N C E",
 * "SKILLS:"), or an unknown ALL-CAPS line in a document whose other headings are ALL CAPS.
 */
import { findRange } from "./dates.js";
import { degreeAt, hasInstitutionWord } from "./features.js";
import type { Line } from "./lines.js";
import { TITLE_NOUNS } from "./vocab.js";

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

/** Words that decide a heading's kind. */
const KEYWORDS: Record<string, SectionKind> = {
  experience: "work", experiences: "work", employment: "work", work: "work", career: "work", positions: "work",
  jobs: "work", history: "work", internships: "work", internship: "work", involvement: "extra", training: "extra",
  projects: "projects", project: "projects", portfolio: "projects", contributions: "projects",
  skills: "skills", skill: "skills", tools: "skills", technologies: "skills", technology: "skills",
  stack: "skills", competencies: "skills", competences: "skills", expertise: "skills", toolbox: "skills",
  frameworks: "skills", proficiencies: "skills", programming: "skills", toolkit: "skills",
  education: "education", academic: "education", academics: "education", background: "education", qualifications: "education",
  qualification: "education", educational: "education", declaration: "extra",
  studies: "education", schooling: "education", degrees: "education",
  languages: "languages",
  interests: "interests", hobbies: "interests", passions: "interests",
  certifications: "certificates", certificates: "certificates", certification: "certificates",
  licenses: "certificates", licences: "certificates", credentials: "certificates",
  publications: "publications", papers: "publications", articles: "publications", publication: "publications",
  awards: "awards", honors: "awards", honours: "awards", achievements: "awards", scholarships: "awards",
  accomplishments: "awards", recognition: "awards", prizes: "awards",
  volunteering: "volunteer", volunteer: "volunteer",
  summary: "summary", profile: "summary", about: "summary", objective: "summary", overview: "summary",
  bio: "summary", introduction: "summary", synopsis: "summary",
  contact: "contact", contacts: "contact", information: "contact", details: "contact", profiles: "contact",
  social: "contact", socials: "contact", elsewhere: "contact",
  references: "references", referees: "references",
  talks: "extra", presentations: "extra", patents: "extra", memberships: "extra", affiliations: "extra",
  leadership: "extra", activities: "extra", extracurricular: "extra", courses: "extra", coursework: "extra",
  teaching: "extra", service: "extra", press: "extra", conferences: "extra", grants: "extra",
  // French, German, Spanish, Italian, Portuguese, Dutch (accents removed before lookup).
  formation: "education", formations: "education", langues: "languages", projets: "projects",
  interets: "interests", loisirs: "interests", outils: "skills", berufserfahrung: "work", ausbildung: "education",
  kenntnisse: "skills", fahigkeiten: "skills", sprachen: "languages", sprachkenntnisse: "languages", projekte: "projects",
  experiencia: "work", educacion: "education", formacion: "education", habilidades: "skills", competencias: "skills",
  idiomas: "languages", proyectos: "projects", esperienza: "work", esperienze: "work", istruzione: "education",
  competenze: "skills", lingue: "languages", progetti: "projects", formacao: "education",
  werkervaring: "work", ervaring: "work", opleiding: "education", vaardigheden: "skills", talen: "languages",
  perfil: "summary", resumo: "summary", conocimientos: "skills", conhecimentos: "skills", certificaciones: "certificates",
  certificacoes: "certificates", intereses: "interests", aficiones: "interests", logros: "awards", premios: "awards",
  publicaciones: "publications", referencias: "references", voluntariado: "volunteer", contacto: "contact", datos: "contact",
  licensure: "certificates", rotations: "extra", placements: "work", cursos: "extra", experiencias: "work", sobre: "summary",
  research: "extra", source: "projects", appointments: "work", hello: "contact", touch: "contact",
  miscellaneous: "extra", misc: "extra", additional: "extra", other: "extra",
  // Chinese, Japanese, Korean (one word each: no spaces inside).
  工作经历: "work", 工作经验: "work", 工作履历: "work", 职业经历: "work", 实习经历: "work", 职歴: "work", 職歴: "work",
  職務経歴: "work", 経歴: "work", 경력: "work", 경력사항: "work", 教育背景: "education", 教育经历: "education", 学历: "education",
  学歴: "education", 학력: "education", 학력사항: "education", 专业技能: "skills", 技能: "skills", 技能特长: "skills",
  技术栈: "skills", スキル: "skills", 技術: "skills", 기술: "skills", 보유기술: "skills", 项目经验: "projects", 项目经历: "projects",
  プロジェクト: "projects", 프로젝트: "projects", 语言: "languages", 语言能力: "languages", 語学: "languages", 언어: "languages",
  외국어: "languages", 证书: "certificates", 资格证书: "certificates", 資格: "certificates", 免許: "certificates", 자격증: "certificates",
  获奖: "awards", 荣誉: "awards", 获奖经历: "awards", 受賞: "awards", 수상: "awards", 自我评价: "summary", 个人总结: "summary",
  自己紹介: "summary", 자기소개: "summary", 个人信息: "contact", 基本信息: "contact", 联系方式: "contact", 個人情報: "contact",
  연락처: "contact", 인적사항: "contact", 兴趣爱好: "interests", 趣味: "interests", 취미: "interests",
};

/** Words that qualify a heading without deciding its kind. */
const MODIFIERS = new Set(
  `technical professional key core relevant selected other additional personal side academic industry
  recent spoken soft hard tech computer software engineering open source and & of my me related areas
  libraries databases platforms cloud methodologies information details highlights employment
  community notable major select featured the in a also extra top say get let's lets talk training data
  professionnelle professionnel professionnelles professionale professionali profesional laboral lavorativa
  lavorative informatiques techniques tecnicas technische und et y e de des du la le les en personnelles
  centres centre d interet logiciels academique academica berufliche clinical executive early board
  profissional personales tecnicos complementaria sales management consulting military nursing medical retail
  hospitality customer field freelance mim mi`
    .split(/\s+/)
    .filter(Boolean),
);

/** Weak keywords: used only when the heading has no other keyword. */
const WEAK = new Set([
  "experience", "experiences", "history", "career", "other", "additional", "research", "work", "source", "teaching", "academic",
  "background", "information", "details",
]);

function headingWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    // Accents off Latin letters only (Hangul and kana keep their marks).
    .replace(/([a-z])\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[:：]\s*$/, "")
    .split(/[^\p{L}&]+/u)
    .filter(Boolean);
}

/** The kind named by a heading's words, or undefined when it is not a heading phrase. */
export function headingKind(text: string): SectionKind | undefined {
  const ws = headingWords(text);
  if (ws.length === 0 || ws.length > 7) return undefined;
  let strong: SectionKind | undefined;
  let extra: SectionKind | undefined;
  const weak: SectionKind[] = [];
  for (const w of ws) {
    const k = KEYWORDS[w];
    if (k) {
      if (WEAK.has(w)) weak.push(k);
      else if (k === "extra") extra ??= k;
      else strong ??= k;
    } else if (!MODIFIERS.has(w)) return undefined;
  }
  // "Experience & Leadership", "Teaching Experience": dated roles, whatever their kind.
  if (!strong && extra && (ws.includes("experience") || ws.includes("experiences"))) return "work";
  // "Professional Background": a career, not schooling.
  if (!strong && !extra && weak.length === 1 && ws.includes("background") && (ws.includes("professional") || ws.includes("career"))) return "work";
  // "Professional Qualifications": chartered titles and licences, not schooling.
  if (strong === "education" && ws.includes("qualifications") && ws.includes("professional") && !ws.includes("education")) return "certificates";
  strong ??= extra;
  if (strong === "languages" && ws.includes("programming")) return "skills";
  if (strong === "volunteer" || ws.includes("volunteer")) return "volunteer";
  if (strong) return strong;
  if (weak.includes("work")) return "work";
  return weak[0];
}

/** `E X P E R I E N C E` / `W O R K  H I S T O R Y` → `EXPERIENCE` / `WORK HISTORY`. */
export function collapseSpacedLetters(text: string): string | undefined {
  const t = text.trim();
  if (/^(?:\p{L}[ ]{1,3}){2,}\p{L}$/u.test(t)) {
    return t
      .split(/ {2,}/)
      .map((w) => w.replace(/ /g, ""))
      .join(" ");
  }
  // PDF text of a design tool keeps kerned pairs together ("P R I YA   N A R AYA N A N",
  // "U X / U I   D E S I G N E R"): words are 3+ spaces apart, and most pieces are one letter.
  if (t.length > 200 || !/ {3}/.test(t) || !/^[\p{L}/&]{1,3}(?: {1,6}[\p{L}/&]{1,3}){4,}$/u.test(t)) return undefined;
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

const CONTINUED_RE = /[ \t]{0,3}(?:\((?:continued|cont['’]?d|cont\.?)\)|[,–—-][ \t]{0,2}(?:continued|cont['’]?d))$/i;

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
  if (text.length === 0 || text.length > 60 || /[\d@]|https?:/.test(text) || /[.!?]$/.test(text)) return undefined;
  if (!/^(?:\p{Lu}|\p{Lo})/u.test(text)) return undefined;
  const kind = headingKind(text);
  if (kind) return continued ? { kind, title: text, continued } : { kind, title: text };
  return undefined;
}

/** A person's name as a first heading at any level ("## Jane van Doe"). */
const NAME_SHAPE_RE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|da|di|van|von|der|den|du|del|la|le)){1,4}$/u;

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
    if (t.split(/\s+/).length <= 8 && t.toLowerCase().split(/[^\p{L}-]+/u).some((w) => TITLE_NOUNS.has(w))) return true;
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
  // How many plain headings are ALL CAPS: unknown ALL-CAPS lines are then headings too.
  let capsHeadings = 0;
  for (const l of lines) {
    const h = l.heading === undefined ? plainHeading(l) : undefined;
    if (h && isAllCaps(l.text)) capsHeadings++;
  }

  // A portfolio whose role blocks come before any heading: a plain Title-case word right
  // on top of its content ("Stack\nRust Go Tokio") is a label inside a block, not a section.
  let firstHeading = lines.findIndex((l) => l.heading !== undefined || plainHeading(l));
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
      else if (i === firstHeadingIdx && (l.heading === 1 || NAME_SHAPE_RE.test(l.text))) head = undefined; // the name
      else if (i < firstHeadingIdx) head = undefined; // the repository's title above it
      else if (sectionLevel !== undefined && l.heading <= sectionLevel && l.heading > 1) head = { title: l.text };
    } else {
      head = plainHeading(l);
      if (head && portfolio && !isAllCaps(l.text) && lines[i + 1]?.text && !/[:：]$/.test(l.text)) head = undefined;
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
      // Unknown ALL-CAPS lines are headings only after a known one (the name comes first).
      if (!head && known && capsHeadings >= 2 && unknownCapsHeading(l, lines[i - 1]) && !looksLikeEntryHeader(lines, i)) {
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
  const s = t
    .replace(/[:：]\s*$/, "")
    .replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200D]|[—–~:=*#|_-]){1,8}\s{0,3}/u, "")
    .replace(/\s{0,3}(?:[—–~:=*#|_─━═-]){1,40}$/u, "")
    .trim() || t.trim();
  if (isAllCaps(s)) return s.toLowerCase().replace(/(^|[\s&/-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return s;
}
