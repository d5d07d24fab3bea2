/** Words that make a name a school's ("University", "Hochschule", "大学"). Hand-written. */
import { CJK_RE } from "./fold.js";

/** Lower case, as written (accents kept). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  `university universiteit universität universitat université universite universidad università
  universidade uniwersytet университет institute institut instituto istituto college school academy polytechnic
  politecnico polytechnique politechnika conservatory conservatoire hochschule fachhochschule gymnasium lyceum lycée
  lycee liceo liceu colegio colégio collège collegio bootcamp seminary faculty akademie academia escuela escola école ecole schule hogeschool coleg prifysgol
  cégep cegep`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words after a school word that make it a description ("College Projects", "University coursework"). */
const NOT_A_NAME_AFTER: ReadonlySet<string> = new Set(
  `projects project activities coursework courses clubs life events achievements assignments level grades
  days years subjects`
    .split(/\s+/)
    .filter(Boolean),
);
const CJK_INSTITUTION = [
  "大学",
  "大學",
  "学院",
  "學院",
  "高校",
  "高等学校",
  "中学",
  "대학교",
  "대학",
  "고등학교",
];

/** "lycée." → "lycée": dots, apostrophes and hyphens off both ends (a loop: linear on any input). */
function trimPunct(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && ".'-".includes(w[a]!)) a++;
  while (b > a && ".'-".includes(w[b - 1]!)) b--;
  return w.slice(a, b);
}

/** A place of vocational training ("Millbrook Training Centre"): "centre" alone is any building. */
const TRAINING_BEFORE: ReadonlySet<string> = new Set(["training", "learning", "education", "skills"]);
const CENTRE: ReadonlySet<string> = new Set(["centre", "center"]);

/** Does `text` name a school? Word by word, or a CJK school word anywhere ("东南大学"). O(length). */
export function institutionCue(text: string): boolean {
  const ws = text.toLowerCase().split(/[^\p{L}\p{N}&+.'-]+/u);
  for (let i = 0; i < ws.length; i++) {
    const t = trimPunct(ws[i]!);
    if (CENTRE.has(t) && i > 0 && TRAINING_BEFORE.has(trimPunct(ws[i - 1]!))) return true;
    // ("College Projects", "School activities": the word describes what follows, it names no school.)
    if (INSTITUTION_WORDS.has(t) && i + 1 < ws.length && NOT_A_NAME_AFTER.has(trimPunct(ws[i + 1]!)))
      continue;
    if (INSTITUTION_WORDS.has(t)) return true;
    // "University-San Antonio", "Kunst-Hochschule": a school word joined to its campus or field by a hyphen.
    if (t.includes("-") && t.split("-").some((p) => INSTITUTION_WORDS.has(p))) return true;
  }
  return CJK_RE.test(text) && CJK_INSTITUTION.some((w) => text.includes(w));
}
