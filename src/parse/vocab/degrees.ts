/** Degree words ("BSc", "M.Sc", "Licenciatura", "Diplom", "硕士"). Hand-written. */

/** Words of a degree, dots and case off ("B.Sc." → "bsc"). */
const DEGREES = new Set(
  `bsc msc beng meng btech mtech bcom mcom bba mba phd dphil mphil mres llb llm bfa mfa bca mca bsba
  bachelor bachelors bachelor's master masters master's doctor doctorate doctoral diploma diplom magister
  licence licenciatura licenciado licenciada lic laurea abitur baccalauréat baccalaureat bac bts dut mastère
  mestrado bacharelado doutorado doctorado máster maestría maestria aas hnd`
    .split(/\s+/)
    .filter(Boolean),
);
/** Two-letter degrees that are also codes or words ("MS" is Mississippi, "ME" Maine): only in capitals or dotted, before more words. */
const SHORT = new Set(["bs", "ms", "ba", "ma", "be", "me", "bs.", "md", "jd"]);
const PHRASES = ["allgemeine hochschulreife", "high school diploma", "a-levels", "a levels"];
const CJK_DEGREES = [
  "本科",
  "学士",
  "硕士",
  "博士",
  "碩士",
  "學士",
  "修士",
  "専門士",
  "학사",
  "석사",
  "박사",
];

/** The first degree word in `text` as written ("M.Sc", "PhD", "本科"), or undefined. O(length). */
export function degreeCue(text: string): string | undefined {
  for (const w of CJK_DEGREES) if (text.includes(w)) return w;
  const lower = text.toLowerCase();
  for (const p of PHRASES)
    if (lower.includes(p)) return text.slice(lower.indexOf(p), lower.indexOf(p) + p.length);
  const ws = text.split(/[\s,;:()·|/]+/).filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const key = w
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/['’]s$/, "");
    if (DEGREES.has(key) || DEGREES.has(w.toLowerCase())) return w;
    if (SHORT.has(key) && i < ws.length - 1 && (w.includes(".") || w === w.toUpperCase())) return w;
  }
  return undefined;
}
