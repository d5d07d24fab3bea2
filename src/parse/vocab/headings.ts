/**
 * Section headings in the languages people write CVs in (English, German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish, Russian, Chinese, Japanese, Korean): hand-written, as no
 * maintained package lists them. A heading is a few words, each a keyword (which decides a kind)
 * or a modifier ("Professional", "und", "de"); Chinese, Japanese and Korean headings are cut
 * into the same words by longest match ("技能专长" = 技能 + 专长).
 */
import { CJK_RE } from "./fold.js";

export type SectionKind =
  | "summary"
  | "contact"
  | "personal"
  | "work"
  | "education"
  | "skills"
  | "projects"
  | "languages"
  | "certificates"
  | "awards"
  | "publications"
  | "volunteer"
  | "interests"
  | "references"
  | "extra";

/** Words that decide a heading's kind (accents off Latin letters, lower case). */
// prettier-ignore
const KEYWORDS: Record<string, SectionKind> = {
  // English
  experience: "work", experiences: "work", employment: "work", work: "work", career: "work", positions: "work",
  jobs: "work", history: "work", internships: "work", internship: "work", involvement: "extra", training: "extra",
  placements: "work", appointments: "work",
  projects: "projects", project: "projects", portfolio: "projects", contributions: "projects", source: "projects",
  skills: "skills", skill: "skills", tools: "skills", technologies: "skills", technology: "skills",
  stack: "skills", competencies: "skills", competences: "skills", expertise: "skills", toolbox: "skills",
  frameworks: "skills", proficiencies: "skills", programming: "skills", toolkit: "skills",
  education: "education", academic: "education", academics: "education", background: "education", qualifications: "education",
  qualification: "education", educational: "education", studies: "education", schooling: "education", degrees: "education",
  languages: "languages",
  interests: "interests", hobbies: "interests", passions: "interests",
  certifications: "certificates", certificates: "certificates", certification: "certificates",
  licenses: "certificates", licences: "certificates", credentials: "certificates", licensure: "certificates",
  publications: "publications", papers: "publications", articles: "publications", publication: "publications",
  awards: "awards", honors: "awards", honours: "awards", achievements: "awards", scholarships: "awards",
  accomplishments: "awards", recognition: "awards", prizes: "awards",
  volunteering: "volunteer", volunteer: "volunteer",
  summary: "summary", profile: "summary", about: "summary", objective: "summary", overview: "summary",
  bio: "summary", introduction: "summary", synopsis: "summary", statement: "summary",
  contact: "contact", contacts: "contact", information: "contact", details: "contact", profiles: "contact",
  social: "contact", socials: "contact", elsewhere: "contact", hello: "contact", touch: "contact",
  references: "references", referees: "references",
  talks: "extra", presentations: "extra", patents: "extra", memberships: "extra", affiliations: "extra",
  leadership: "extra", activities: "extra", extracurricular: "extra", courses: "extra", coursework: "extra",
  teaching: "extra", service: "extra", press: "extra", conferences: "extra", grants: "extra", declaration: "extra",
  seminars: "extra", workshops: "extra",
  rotations: "extra", research: "extra", miscellaneous: "extra", misc: "extra", additional: "extra", other: "extra",
  // German
  berufserfahrung: "work", berufserfahrungen: "work", erfahrung: "work", werdegang: "work", praktika: "work",
  taetigkeiten: "work", ausbildung: "education", schulbildung: "education", bildung: "education", studium: "education",
  bildungsweg: "education", weiterbildung: "education", kenntnisse: "skills", fahigkeiten: "skills", kompetenzen: "skills",
  programmiersprachen: "skills", sprachen: "languages", sprachkenntnisse: "languages", projekte: "projects",
  zertifikate: "certificates", zertifizierungen: "certificates", auszeichnungen: "awards", veroffentlichungen: "publications",
  publikationen: "publications", ehrenamt: "volunteer", hobbys: "interests", interessen: "interests", freizeit: "interests",
  profil: "summary", zusammenfassung: "summary", kontakt: "contact", daten: "personal", angaben: "personal",
  referenzen: "references", qualifikationen: "education",
  // French
  formation: "education", formations: "education", etudes: "education", diplomes: "education", parcours: "work",
  emplois: "work", langues: "languages", projets: "projects", interets: "interests",
  loisirs: "interests", outils: "skills", distinctions: "awards", prix: "awards", benevolat: "volunteer",
  coordonnees: "contact", presentation: "summary", propos: "summary",
  // Spanish
  experiencia: "work", experiencias: "work", educacion: "education", formacion: "education", estudios: "education",
  habilidades: "skills", competencias: "skills", conocimientos: "skills", idiomas: "languages", proyectos: "projects",
  certificaciones: "certificates", intereses: "interests", aficiones: "interests", logros: "awards", premios: "awards",
  reconocimientos: "awards", publicaciones: "publications", referencias: "references", voluntariado: "volunteer",
  contacto: "contact", datos: "contact", perfil: "summary", resumen: "summary", sobre: "summary", cursos: "extra",
  seminarios: "extra", talleres: "extra",
  // Portuguese
  formacao: "education", educacao: "education", conhecimentos: "skills", projetos: "projects", certificacoes: "certificates", certificados: "certificates",
  titulos: "awards", publicacoes: "publications", interesses: "interests", contato: "contact", resumo: "summary", dados: "personal",
  // Italian
  esperienza: "work", esperienze: "work", istruzione: "education", formazione: "education", competenze: "skills",
  lingue: "languages", progetti: "projects", certificazioni: "certificates", premi: "awards", pubblicazioni: "publications",
  volontariato: "volunteer", interessi: "interests", referenze: "references", contatti: "contact", profilo: "summary",
  dati: "personal",
  // Dutch
  werkervaring: "work", ervaring: "work", loopbaan: "work", opleiding: "education", opleidingen: "education",
  vaardigheden: "skills", talen: "languages", projecten: "projects", certificaten: "certificates", prijzen: "awards",
  publicaties: "publications", vrijwilligerswerk: "volunteer", hobby: "interests",
  referenties: "references", contactgegevens: "contact", profiel: "summary", gegevens: "personal",
  // Polish
  doswiadczenie: "work", zatrudnienie: "work", wyksztalcenie: "education", edukacja: "education", umiejetnosci: "skills",
  kompetencje: "skills", jezyki: "languages", projekty: "projects", certyfikaty: "certificates", nagrody: "awards",
  osiagniecia: "awards", publikacje: "publications", wolontariat: "volunteer", zainteresowania: "interests",
  referencje: "references", podsumowanie: "summary", dane: "personal",
  // Swedish, Norwegian, Danish (æ as ae, ø as o), Finnish
  arbetslivserfarenhet: "work", erfarenhet: "work", anstallningar: "work", utbildning: "education",
  utbildningar: "education", kompetenser: "skills", fardigheter: "skills", sprak: "languages", projekt: "projects",
  arbeidserfaring: "work", erfaring: "work", yrkeserfaring: "work", utdanning: "education", ferdigheter: "skills",
  kompetanse: "skills", prosjekter: "projects", erhvervserfaring: "work", uddannelse: "education",
  kompetencer: "skills", faerdigheder: "skills", sprog: "languages", projekter: "projects",
  tyokokemus: "work", koulutus: "education", taidot: "skills", kielitaito: "languages", projektit: "projects",
  // Russian
  опыт: "work", работы: "work", образование: "education", навыки: "skills", умения: "skills", технологии: "skills",
  проекты: "projects", языки: "languages", сертификаты: "certificates", награды: "awards", достижения: "awards",
  публикации: "publications", волонтерство: "volunteer", интересы: "interests", хобби: "interests",
  рекомендации: "references", контакты: "contact", резюме: "summary", данные: "personal", курсы: "extra",
  // Chinese, Japanese, Korean (cut into these words by longest match)
  工作经历: "work", 工作经验: "work", 工作履历: "work", 职业经历: "work", 实习经历: "work", 职务经历: "work",
  工作經歷: "work", 工作經驗: "work", 职歴: "work", 職歴: "work", 職務経歴: "work", 経歴: "work", 경력: "work",
  教育背景: "education", 教育经历: "education", 教育經歷: "education", 学历: "education", 學歷: "education", 学歴: "education",
  학력: "education", 교육: "education",
  专业技能: "skills", 技能: "skills", 技术栈: "skills", 技術スタック: "skills", 专業技能: "skills", 專業技能: "skills",
  スキル: "skills", 技術: "skills", 기술: "skills", 스택: "skills", 职业技能: "skills",
  项目经验: "projects", 项目经历: "projects", 項目經驗: "projects", 项目: "projects", プロジェクト: "projects", 프로젝트: "projects",
  语言: "languages", 語言: "languages", 語学: "languages", 언어: "languages", 외국어: "languages",
  证书: "certificates", 資格: "certificates", 免許: "certificates", 자격증: "certificates", 證書: "certificates",
  获奖: "awards", 荣誉: "awards", 榮譽: "awards", 奖项: "awards", 受賞: "awards", 受賞歴: "awards", 수상: "awards",
  论文: "publications", 論文: "publications", 논문: "publications",
  志愿者: "volunteer", 志愿: "volunteer", ボランティア: "volunteer", 봉사활동: "volunteer", 봉사: "volunteer",
  自我评价: "summary", 自我描述: "summary", 个人总结: "summary", 个人简介: "summary", 自己紹介: "summary", 自己pr: "summary",
  要約: "summary", 자기소개: "summary", 요약: "summary", 소개: "summary",
  联系方式: "contact", 聯繫方式: "contact", 連絡先: "contact", 연락처: "contact",
  个人信息: "personal", 基本信息: "personal", 個人情報: "personal", 인적사항: "personal",
  兴趣爱好: "interests", 兴趣: "interests", 爱好: "interests", 趣味: "interests", 취미: "interests",
  活动: "extra", 活動: "extra", 활동: "extra",
};

/** Words that qualify a heading without deciding its kind. */
const MODIFIERS = new Set(
  `technical professional key core relevant selected other additional personal side academic industry
  recent earlier former spoken soft hard tech computer software engineering open source and & of my me related areas
  libraries databases platforms cloud methodologies information details highlights employment
  community notable major select featured the in a also extra top say get let's lets talk training data
  clinical executive early board sales management consulting military nursing medical retail hospitality
  customer field freelance mim mi conference conferences invited
  professionnelle professionnel professionnelles professionnels informatiques techniques personnelles personnels
  centres centre d interet academique academiques et de des du la le les en l a propos langagieres
  berufliche beruflicher beruflichen personliche personlicher und fachliche fachkenntnisse sonstige weitere
  technische uber mich meine
  profesional profesionales laboral laborales personales tecnicos tecnicas complementaria academica academicos
  programacion y e mi otros otras
  profissional profissionais academica pessoais tecnicas complementar complementares mim outros
  professionale professionali lavorativa lavorative personali tecniche altre altri
  persoonlijke over mij en overige s
  zawodowe zawodowa obce osobowe o mnie techniczne inne
  och og ja tekniska tekniske faglige relevant relevante
  о ключевые профессиональные технические личные иностранные знание дополнительная информация
  专长 職務 个人 主要 相关 其他 相關 個人 主な その他 業務外 の など 및 사항 경험 주요 보유 기타 歴 经验`
    .split(/\s+/)
    .filter(Boolean),
);

/** Two-word headings whose words decide nothing alone ("Über mich": "über" is also a company's name). */
// prettier-ignore
const PHRASES: Record<string, SectionKind> = {
  "about me": "summary", "uber mich": "summary", "over mij": "summary", "o mnie": "summary", "o sobie": "summary",
  "о себе": "summary", "sobre mim": "summary", "sobre mi": "summary", "a propos": "summary",
};

/** Weak keywords: used only when the heading has no other keyword. */
const WEAK = new Set([
  "experience",
  "experiences",
  "history",
  "career",
  "other",
  "additional",
  "research",
  "work",
  "source",
  "teaching",
  "academic",
  "background",
  "information",
  "details",
  "erfahrung",
  "parcours",
  "опыт",
  "работы",
]);

/** The CJK entries, longest first, for cutting a heading written without spaces. */
const CJK_WORDS = [...Object.keys(KEYWORDS), ...MODIFIERS]
  .filter((w) => CJK_RE.test(w))
  .sort((a, b) => b.length - a.length);
const CJK_MAX = CJK_WORDS.reduce((m, w) => Math.max(m, w.length), 0);
const CJK_SET = new Set(CJK_WORDS);

/** "技能专长" → ["技能", "专长"]; undefined when some piece is no heading word. O(length × CJK_MAX). */
function cutCjk(word: string): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < word.length;) {
    let n = Math.min(CJK_MAX, word.length - i);
    while (n > 0 && !CJK_SET.has(word.slice(i, i + n)) && !KEYWORDS[word.slice(i, i + n)]) n--;
    if (n === 0) return undefined;
    out.push(word.slice(i, i + n));
    i += n;
  }
  return out;
}

const ASCII_RE = /^[\x20-\x7e]*$/;

/** Latin letters that are not a letter and a mark, so NFD leaves them whole ("WYKSZTAŁCENIE", "Utdanning og språk"). */
const LETTERS_APART: Record<string, string> = { ł: "l", ø: "o", đ: "d", ı: "i", æ: "ae", œ: "oe", ß: "ss" };
const LETTERS_APART_RE = /[łøđıæœß]/g;

/** A heading's words: lower case, accents off Latin letters (Hangul and kana keep their marks). */
export function headingWords(text: string): string[] {
  const lower = text.toLowerCase();
  // (ASCII text has no accents to take off, the normal forms would give it back unchanged, and no CJK.)
  const ascii = ASCII_RE.test(lower);
  const ws = (
    ascii
      ? lower
      : lower
          .normalize("NFD")
          .replace(/([a-z])\p{M}+/gu, "$1")
          .normalize("NFC")
          .replace(LETTERS_APART_RE, (c) => LETTERS_APART[c]!)
  )
    .replace(/[:：]\s*$/, "")
    .split(/[^\p{L}&]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (const w of ws) {
    if (ascii || KEYWORDS[w] || MODIFIERS.has(w) || !CJK_RE.test(w)) out.push(w);
    else out.push(...(cutCjk(w) ?? [w]));
  }
  return out;
}

/**
 * Whether `text` has at least `n` words as {@link headingWords} counts them, by a lower bound
 * read off the raw text: each run between ASCII spaces or tabs that holds an ASCII letter gives
 * at least one word (case, accents and CJK cutting never join words across a space). O(length).
 */
function atLeastWords(text: string, n: number): boolean {
  let count = 0;
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (letter && ++count >= n) return true;
      letter = false;
    } else if (!letter && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) letter = true;
  }
  return letter && count + 1 >= n;
}

/**
 * The kinds a heading names, the one that decides first: `Work Experience` → [work],
 * `Berufserfahrung & Bildung` → [work, education], `Compétences & Hobbies` → [skills, interests],
 * `技能专长` → [skills]; [] when the text is not a heading phrase. O(words).
 */
export function sectionKind(heading: string): readonly SectionKind[] {
  // Most lines asked about are prose, far longer than a heading: refused before any normalising.
  if (atLeastWords(heading, 8)) return NONE;
  // Several passes ask about the same line: the answer is kept (a bounded table, emptied when full).
  const known = KINDS.get(heading);
  if (known) return known;
  if (KINDS.size >= KINDS_MAX) KINDS.clear();
  const kinds = Object.freeze(kindsOf(heading));
  KINDS.set(heading, kinds);
  return kinds;
}

const NONE: readonly SectionKind[] = Object.freeze([]);
const KINDS = new Map<string, readonly SectionKind[]>();
const KINDS_MAX = 4096;

/** The first words of {@link PHRASES}. */
const PHRASE_FIRST = new Set(Object.keys(PHRASES).map((p) => p.slice(0, p.indexOf(" "))));

/**
 * The first of {@link headingWords}(text), read off the first run between ASCII spaces or tabs
 * that holds a word (lower case and the normal forms never reach across a space, so the words
 * of the text are the words of its runs, in order); undefined when the text has none.
 */
function firstHeadingWord(text: string): string | undefined {
  const n = text.length;
  for (let i = 0; i < n;) {
    let j = i;
    let plain = true; // ASCII letters and "&" only: the run is one word, lower-cased
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9) break;
      if (plain && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 38)) plain = false;
    }
    if (j > i) {
      if (plain) return text.slice(i, j).toLowerCase();
      const ws = headingWords(text.slice(i, j));
      if (ws.length) return ws[0];
    }
    i = j + 1;
  }
  return undefined;
}

function kindsOf(heading: string): SectionKind[] {
  // Most texts asked about are no heading, and say so by their first word (neither a keyword,
  // a modifier nor a phrase's first word: the loop below would refuse it first): refused
  // before the whole text is lower-cased, normalised and split.
  const w0 = firstHeadingWord(heading);
  if (w0 === undefined || (!KEYWORDS[w0] && !MODIFIERS.has(w0) && !PHRASE_FIRST.has(w0))) return [];
  const ws = headingWords(heading);
  if (ws.length === 0 || ws.length > 7) return [];
  const strong: SectionKind[] = [];
  let extra: SectionKind | undefined;
  const weak: SectionKind[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const phrase = i + 1 < ws.length ? PHRASES[`${w} ${ws[i + 1]}`] : undefined;
    if (phrase) {
      if (!strong.includes(phrase)) strong.push(phrase);
      i++;
      continue;
    }
    const k = KEYWORDS[w];
    if (k) {
      if (WEAK.has(w)) weak.push(k);
      else if (k === "extra") extra ??= k;
      else if (!strong.includes(k)) strong.push(k);
    } else if (!MODIFIERS.has(w)) return [];
  }
  const primary = ((): SectionKind | undefined => {
    const first = strong[0];
    // "Experience & Leadership", "Teaching Experience": dated roles, whatever their kind.
    if (!first && extra && (ws.includes("experience") || ws.includes("experiences"))) return "work";
    // "Professional Background": a career, not schooling.
    if (
      !first &&
      !extra &&
      weak.length === 1 &&
      ws.includes("background") &&
      (ws.includes("professional") || ws.includes("career"))
    )
      return "work";
    // "Professional Qualifications": chartered titles and licences, not schooling.
    if (
      first === "education" &&
      ws.includes("qualifications") &&
      ws.includes("professional") &&
      !ws.includes("education")
    )
      return "certificates";
    const k = first ?? extra;
    if (k === "languages" && (ws.includes("programming") || ws.includes("programmiersprachen")))
      return "skills";
    if (k === "volunteer" || ws.includes("volunteer")) return "volunteer";
    if (k) return k;
    if (weak.includes("work")) return "work";
    return weak[0];
  })();
  if (!primary) return [];
  // ("Programming Languages" is one kind, skills: its languages are not spoken ones.)
  return [primary, ...strong.filter((k) => k !== primary && !(primary === "skills" && k === "languages"))];
}
