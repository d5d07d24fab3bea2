/** Page furniture: page numbers, running headers and footers, web-page boilerplate. */
import type { Line, Skipped } from "../line.js";

export const PAGE_RE =
  /^(?:page[ \t]{0,3}\d{1,3}(?:[ \t]{0,3}(?:of|\/)[ \t]{0,3}\d{1,3})?|-[ \t]?\d{1,3}[ \t]?-|\d{1,3}[ \t]{0,2}\/[ \t]{0,2}\d{1,3}|\d{1,3}[ \t]{0,2}of[ \t]{0,2}\d{1,3})$/i;
/** A running page header or footer: "Jane Doe – Resume        Page 2", "Jane Doe    Page 2 of 3", "Jane Doe | Page 2". */
export const PAGE_HEADER_RE =
  /^[^\s\d@][^\d@]{0,60}?(?:[ \t]{3,40}|\t|[ \t]{1,3}[|·•–—-][ \t]{1,3})page[ \t]{0,3}\d{1,3}(?:[ \t]{0,3}(?:of|\/)[ \t]{0,3}\d{1,3})?$/i;
/** Web-page furniture left by scrapers: skip links, "Read more", copyright footers, a profile page's buttons and counters. */
export const BOILERPLATE_RE =
  /^(?:skip to (?:main )?content|toggle navigation|menu|back to top|scroll to top|read more\b.{0,20}|view (?:project|more|all)\b.{0,20}|(?:©|\(c\)|copyright)\s.{0,120}|all rights reserved\.?|references? (?:are )?(?:available )?(?:up)?on request\.?|contact info|[…]?see more|show (?:all|more|less|credential)\b.{0,40}|\d{1,3}(?:,\d{3})?\+?\s(?:connections|followers)|endorsed by\s.{0,120}|\d{1,4}\sendorsements?|(?:he|she|they)\/(?:him|her|them)(?:\/(?:his|hers|theirs))?)$/i;

/**
 * The passes every reader's output goes through: page numbers, running headers and web
 * boilerplate become {@link Skipped} lines; indentation becomes relative to the least
 * indented text line.
 */
export function finish(lines: Line[], skipped: Skipped[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (l.text && l.heading === undefined && l.text.length <= 200) {
      if (PAGE_RE.test(l.text) || (/page/i.test(l.text) && PAGE_HEADER_RE.test(l.text))) {
        skipped.push({ n: l.n, text: l.text, why: "page footer" });
        continue;
      }
      if (BOILERPLATE_RE.test(l.text)) {
        skipped.push({ n: l.n, text: l.text, why: "web page furniture" });
        continue;
      }
    }
    out.push(l);
  }
  let min = Infinity;
  for (const l of out) if (l.text) min = Math.min(min, l.indent);
  if (min !== Infinity && min > 0) for (const l of out) l.indent = Math.max(0, l.indent - min);
  return out;
}
