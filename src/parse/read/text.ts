/**
 * Repairs for text extracted from PDFs and word processors (pdftotext with and without
 * `-layout`, Word's text export), done on the source lines before they are read, one line
 * number per source line kept:
 *
 * - a word hyphenated at a line end (`oper-` over `ation`, or a soft hyphen there) is joined
 *   on the first line when the next line starts in lower case (`cross-` over `functional` keeps
 *   its hyphen: a short list of compound heads);
 * - a soft hyphen (U+00AD) standing between spaces is the dash of a range
 *   (`Sep. 2023 ­ Mar. 2024` → `Sep. 2023 – Mar. 2024`); elsewhere it is what Unicode says, a
 *   break opportunity that prints nothing (`Co­founder` → `Cofounder`);
 * - Word field codes (`HYPERLINK "url"`) are removed;
 * - a right-hand column glued onto a word by a converter that dropped the gap (detex turns
 *   `Analyst & May 2019 -- Present` into `AnalystMay 2019 - Present`, `Acme & Leeds, UK` into
 *   `AcmeLeeds, UK`): a lower-case letter run directly followed by a capital that begins a date
 *   or a place running to the line end gets a column gap back;
 * - page furniture becomes {@link Skipped}: "Last updated …" lines, a `Name · Résumé` running
 *   footer (repeated, or next to a page number), and a short dated line repeated next to page
 *   numbers (a footer on every page).
 */
import { findRange } from "../dates.js";
import type { Skipped } from "../line.js";
import { isPlaceLine } from "../vocab/index.js";

const SOFT = "\u00AD";
/** "Last updated March 2026", "Last revised: October 2026", "Updated: 2025-03-01" (with a date, for the short forms). */
const LAST_UPDATED = /^last[ \t](?:updated|revised|modified)\b[^\n]{0,60}$/i;
const UPDATED_ON = /^(?:updated|revised)(?:[ \t]on|[ \t]{0,3}:)[ \t]{0,3}(\S[^\n]{0,30})$/i;
/** The text is a date and nothing else ("March 2026", "2025-03-01"). */
function onlyDate(text: string | undefined): boolean {
  const r = text ? findRange(text) : undefined;
  return r !== undefined && r.index === 0 && r.end === text!.length;
}
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

/** A lower-case run of three or more letters directly before a capital (`RelicPortland`). */
const GLUE = /\p{Ll}{3}(?=\p{Lu})/gu;

/** `AnalystMay 2019 - Present` → `Analyst   May 2019 - Present` (a cell gap); `AcmeLeeds, UK` likewise. */
function unglue(s: string): string {
  if (s.length > 300) return s;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(s), k = 0; m && k < 4; m = GLUE.exec(s), k++) {
    const at = m.index + 3;
    const tail = s.slice(at).trimEnd();
    if (tail.length > 60) continue;
    const r = findRange(tail);
    const dated = r !== undefined && r.index === 0 && r.end >= tail.length - 1;
    if (dated || (tail.includes(",") && isPlaceLine(tail))) return s.slice(0, at) + "   " + s.slice(at);
  }
  return s;
}

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
      if (s.includes(SOFT)) s = s.replace(/[ \t]\u00AD[ \t]/g, " – ").replace(/\u00AD/g, "");
    }
    lines[i] = unglue(s);
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
      onlyDate(UPDATED_ON.exec(t)?.[1]) ||
      (RESUME_FOOTER.test(t) && ((counts.get(t) ?? 0) >= 2 || nearPageNumber(i))) ||
      ((counts.get(t) ?? 0) >= 2 && nearPageNumber(i) && /\d{4}/.test(t) && t.length <= 40);
    if (furniture) {
      skipped.push({ n: i + 1, text: t, why: "page footer" });
      lines[i] = "";
    }
  }
  return lines;
}
