/**
 * Repairs for text extracted from PDFs and word processors (pdftotext with and without
 * `-layout`, Word's text export), done on the source lines before they are read, one line
 * number per source line kept:
 *
 * - a word hyphenated at a line end (`oper-` over `ation`, or a soft hyphen there) is joined
 *   on the first line when the next line starts in lower case (`cross-` over `functional` keeps
 *   its hyphen: a short list of compound heads);
 * - a soft hyphen (U+00AD) standing between spaces is the dash of a range
 *   (`Sep. 2023 ­ Mar. 2024` → `Sep. 2023 – Mar. 2024`); between letters it was printed on the
 *   page (pdftotext maps some fonts' hyphen to it), so it is a hyphen;
 * - Word field codes (`HYPERLINK "url"`) are removed;
 * - page furniture becomes {@link Skipped}: "Last updated …" lines, a `Name · Résumé` running
 *   footer (repeated, or next to a page number), and a short dated line repeated next to page
 *   numbers (a footer on every page).
 */
import type { Skipped } from "../line.js";

const SOFT = "\u00AD";
const LAST_UPDATED = /^last[ \t]updated\b[^\n]{0,60}$/i;
const RESUME_FOOTER = /^[^\d@\n]{2,60}[ \t][·•|–—-][ \t](?:r[ée]sum[ée]|cv|curriculum vitae)$/iu;
const PAGE_NUMBER = /^\d{1,2}$/;
const HYPERLINK = /\bHYPERLINK[ \t]{1,4}"[^"\n]{0,800}"[ \t]?/g;
const BROKEN_WORD = /(\p{L}{2})[-\u00AD]$/u;
/** Words that start hyphenated compounds (`cross-functional`, `self-hosted`): their hyphen is kept when joined. */
const COMPOUND_HEAD = new Set(
  "cross self well high low long short full part multi non co re pre post anti end real open cloud data user team client server test fast top mid off out up over under world first second third one two three four five half full-time state sub semi inter intra hands start cost year month day web front back near fine record risk mission".split(
    " ",
  ),
);
const NEXT_PART = /^([ \t]*)(\p{Ll}[\p{L}\p{M}]{0,40})([.,;:)!?]?)(?=[ \t]|$)/u;

export function repairText(rawLines: string[], skipped: Skipped[]): string[] {
  const lines = rawLines.map((r) => {
    let s = r;
    if (s.includes("HYPERLINK")) s = s.replace(HYPERLINK, "");
    return s;
  });
  for (let i = 0; i < lines.length; i++) {
    let s = lines[i]!;
    if (s.includes(SOFT) || s.endsWith("-")) {
      const next = lines[i + 1];
      const m = BROKEN_WORD.exec(s.trimEnd());
      const part = next !== undefined && m ? NEXT_PART.exec(next) : null;
      if (m && part) {
        // Join the broken word on this line; the next line keeps the rest (its number stays).
        const head = /\p{L}{1,40}$/u.exec(s.trimEnd().slice(0, -1))?.[0].toLowerCase() ?? "";
        s = s.trimEnd().slice(0, -1) + (COMPOUND_HEAD.has(head) ? "-" : "") + part[2]! + part[3]!;
        lines[i + 1] = part[1]! + next!.slice(part[0].length).trimStart();
      }
      if (s.includes(SOFT))
        s = s
          .replace(/[ \t]\u00AD[ \t]/g, " – ")
          .replace(/(?<=\p{L})\u00AD(?=\p{L})/gu, "-")
          .replace(/\u00AD/g, "");
    }
    lines[i] = s;
  }
  // Page furniture.
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t.length >= 4 && t.length <= 60) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const nearPageNumber = (i: number): boolean => {
    for (let k = Math.max(0, i - 4); k <= Math.min(lines.length - 1, i + 4); k++)
      if (k !== i && PAGE_NUMBER.test(lines[k]!.trim())) return true;
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    const furniture =
      (LAST_UPDATED.test(t) && t.length <= 60) ||
      (RESUME_FOOTER.test(t) && ((counts.get(t) ?? 0) >= 2 || nearPageNumber(i))) ||
      ((counts.get(t) ?? 0) >= 2 && nearPageNumber(i) && /\d{4}/.test(t) && t.length <= 40);
    if (furniture) {
      skipped.push({ n: i + 1, text: t, why: "page footer" });
      lines[i] = "";
    }
  }
  return lines;
}
