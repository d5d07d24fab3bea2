/**
 * A port of the "nothing invented" check, /work/shared/realworld/invented.py: every parsed
 * value of a document that does not occur in the document's text (after light
 * normalisation: markup characters and spacing), and every date whose year is not in it.
 * The flag lines read as invented.py prints them.
 */
import { collapseSpace, or, repr, str, stripSpace, truthy } from "./python.js";

type Json = Record<string, unknown>;

/**
 * Whether invented.py looks at this document: not data files, not binary ones (their text
 * is not the document). It tests the name's ending as written (so `x.JSON` is checked).
 */
export function checksInvented(file: string): boolean {
  return !/\.(json|yaml|yml|pdf|docx)$/u.test(file);
}

/** invented.py's `n`: NFKC, soft hyphens out, markup characters to spaces, spacing collapsed. */
function n(s: unknown): string {
  let t = str(s).normalize("NFKC").replaceAll("\u00ad", "");
  t = t.replace(/[*_`#[\]()|>~^†]/gu, " ");
  return stripSpace(collapseSpace(t)).toLowerCase();
}

/**
 * The flags for one document: `text` is the document as read (UTF-8, bad bytes replaced),
 * `d` its native JSON. Empty when nothing is invented.
 */
export function inventedFlags(text: string, d: Json): string[] {
  const nt = n(text);
  const ntNoSpace = nt.replaceAll(" ", "");
  const flags: string[] = [];
  const chk = (label: string, val: unknown) => {
    if (val === null || val === undefined || val === "") return;
    let v = n(val);
    if (label.endsWith("url")) v = v.replace(/^https?:\/\//u, "").replace(/\/+$/u, "");
    if (!v) return;
    if (nt.includes(v) || ntNoSpace.includes(v.replaceAll(" ", ""))) return;
    const toks = v.split(/[ ,;:/·]+/u).filter((t) => t);
    const missing = toks.filter((t) => !nt.includes(t));
    flags.push(
      `${label}=${repr(val)}` +
        (missing.length ? ` (tokens not in text: ${repr(missing)})` : " (pieces in text, not contiguous)"),
    );
  };
  const chky = (label: string, val: unknown) => {
    if (!truthy(val)) return;
    const y = Array.from(str(val)).slice(0, 4).join("");
    if (!text.includes(y)) flags.push(`${label} year ${repr(val)} not in text`);
  };
  const list = (v: unknown): Json[] => (truthy(v) && Array.isArray(v) ? (v as Json[]) : []);

  const b = (d.basics ?? {}) as Json;
  for (const k of ["name", "email", "phone", "label", "url"]) chk(`basics.${k}`, b[k]);
  for (const [k, v] of Object.entries(or(b.location, {}) as Json)) chk(`location.${k}`, v);
  for (const p of list(b.profiles)) chk("profile.username", p.username);
  for (const sec of ["work", "volunteer"]) {
    for (const w of list(d[sec])) {
      for (const k of ["name", "organization", "position", "location", "team"]) chk(`${sec}.${k}`, w[k]);
      chky(`${sec}.startDate`, w.startDate);
      chky(`${sec}.endDate`, w.endDate);
      for (const r of list(w.roles)) {
        chk("role.position", r.position);
        chky("role.startDate", r.startDate);
      }
    }
  }
  for (const e of list(d.education)) {
    for (const k of ["institution", "studyType", "area", "score", "location"]) chk(`edu.${k}`, e[k]);
    chky("edu.startDate", e.startDate);
    chky("edu.endDate", e.endDate);
  }
  for (const p of list(d.projects)) chk("project.name", p.name);
  for (const a of list(d.awards)) {
    chk("award.title", a.title);
    chky("award.date", a.date);
  }
  for (const c of list(d.certificates)) chky("cert.date", c.date);
  return flags;
}

/** The document's text as invented.py reads it: UTF-8, undecodable bytes replaced. */
export function documentText(bytes: Uint8Array): string {
  // Python keeps a byte order mark ("utf-8", not "utf-8-sig") and its text mode turns \r\n
  // and \r into \n (only the raw year test sees that, and a year has no line break).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/\r\n?/g, "\n");
}
