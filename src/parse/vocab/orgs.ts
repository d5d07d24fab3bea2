/** Organisation cues: legal forms ("GmbH", "S.A.S", "株式会社") and words of company names ("Labs"). Hand-written. */

/** Legal forms, matched as a whole word, any case. */
const LEGAL = new Set(
  `inc inc. incorporated llc l.l.c. ltd ltd. limited gmbh ggmbh mbh plc corp corp. corporation co. pvt pvt. pty pty.
  srl s.r.l. s.r.l sarl s.a.r.l. s.a.s s.a.s. s.a. s.p.a. bv b.v. nv n.v. oyj k.k. kg ohg llp pte sdn bhd a/s aps
  s.l. sp. z.o.o. ооо оао зао d.o.o. d.d. s.n.c. s.a.s. sagl s.r.o. a.s. kft kft. zrt zrt. oü sia uab ltda ltda. lda lda.
  s.l.u. ehf hf. kgaa gbr eireli`
    .split(/\s+/)
    .filter(Boolean),
);
/** Short legal forms that are also ordinary words or codes: only as the last word, in capitals ("Acme AG", "midix ag"). */
const LEGAL_LAST = new Set(["ag", "sa", "as", "ab", "nv", "co"]);
/** Legal forms written inside the name in CJK scripts. */
const CJK_LEGAL = [
  "株式会社",
  "有限会社",
  "合同会社",
  "有限公司",
  "股份有限公司",
  "有限责任公司",
  "集团",
  "集團",
  "公司",
  "주식회사",
  "(주)",
  "㈜",
];
/** Words that make a name an organisation's ("Acme Labs", "Northwind Technologies"). */
export const ORG_NAME_WORDS: ReadonlySet<string> = new Set(
  `company labs lab technologies technology systems solutions group holdings ventures capital partners networks
  studios studio software foundation bank`
    .split(/\s+/)
    .filter(Boolean),
);

/** Every word that marks an organisation, for word-by-word scores (lower case). */
export const ORG_SUFFIX_WORDS: ReadonlySet<string> = new Set([...LEGAL, "ag", "sa", "co", ...ORG_NAME_WORDS]);

/** "legal" for a legal form ("Acme GmbH", "株式会社gecogeco"), "word" for a company word ("Acme Labs"), else undefined. */
export function orgCue(text: string): "legal" | "word" | undefined {
  if (CJK_LEGAL.some((w) => text.includes(w))) return "legal";
  const ws = text.split(/[\s,()]+/).filter(Boolean);
  let word = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.toLowerCase();
    if (LEGAL.has(w)) return "legal";
    if (
      i === ws.length - 1 &&
      i > 0 &&
      LEGAL_LAST.has(w.replace(/\.$/, "")) &&
      (ws[i] === ws[i]!.toUpperCase() || w === "ag" || w === "co.")
    )
      return "legal";
    if (ORG_NAME_WORDS.has(w)) word = true;
  }
  return word ? "word" : undefined;
}
