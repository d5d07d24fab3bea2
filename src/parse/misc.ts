/**
 * The smaller sections: spoken languages, interests, awards, certificates, publications,
 * references, and text sections the model has no field for (→ extra).
 */
import type { Award, Certificate, Interest, Language, Publication, Reference } from "../profile/schema.js";
import { findAtoms, findRange, isDateOnly, removeSpan, tidy } from "./dates.js";
import { hasOrgWord, isProse, splitItems, splitOutsideParens, titleScore } from "./features.js";
import type { Line } from "./lines.js";
import { FLUENCY_RE, HUMAN_LANGUAGES } from "./vocab.js";

const texts = (lines: Line[]): Line[] => lines.filter((l) => l.text);

/** Are these lines spoken languages (English, Native) rather than programming languages? */
export function looksSpoken(lines: Line[]): boolean {
  let human = 0;
  let other = 0;
  for (const l of texts(lines)) {
    for (const item of l.text.split(/\s{0,40}[,;·|]\s{0,40}/)) {
      // "Native: Polish", "Fluent in English and Spanish": a level word before the language.
      const words = item
        .trim()
        .replace(LEVEL_FIRST_RE, "")
        .split(/[\s(:–—-]+/);
      const first = words[0]?.toLowerCase() ?? "";
      if (
        HUMAN_LANGUAGES.has(first) ||
        (words.length <= 5 &&
          words.some((w) => HUMAN_LANGUAGES.has(w.toLowerCase())) &&
          FLUENCY_RE.test(item))
      )
        human++;
      else if (first) other++;
    }
  }
  return human > 0 && human >= other / 2;
}

/** A fluency before the languages it qualifies: "Native:", "Fluent in", "conversational". */
const LEVEL_FIRST_RE =
  /^((?:native|bilingual|fluent|conversational|basic|intermediate|advanced|beginner|elementary|proficient|working|limited|professional)(?:\s(?:working|professional))?(?:\sproficiency)?)(?:\s{0,2}[:：]\s{0,2}|\sin\s|\s(?=\p{Lu}))/iu;

export function parseLanguages(lines: Line[], file: string): Language[] {
  const out: Language[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.text) continue;
    // LinkedIn: "Polish" / "Native or bilingual proficiency": a fluency line right under its language.
    const last = out[out.length - 1];
    if (
      last &&
      !last.fluency &&
      lines[k - 1]?.text &&
      !/[,;·|]/.test(l.text) &&
      FLUENCY_RE.test(l.text) &&
      l.text.split(/\s+/).length <= 5
    ) {
      const first = l.text.split(/[\s(:–—-]+/)[0]!.toLowerCase();
      if (!HUMAN_LANGUAGES.has(first)) {
        last.fluency = l.text.trim();
        continue;
      }
    }
    // Two cells, a language and its level ("English | Fluent (C1, IELTS 8.0)"): one language.
    const [name, level] = l.cells;
    if (
      l.cells.length === 2 &&
      HUMAN_LANGUAGES.has(name!.split(/\s+/)[0]!.toLowerCase()) &&
      name!.split(/\s+/).length <= 3
    ) {
      out.push({ language: name!.trim(), fluency: level!.trim(), source: { file, line: l.n } });
      continue;
    }
    const items = /[;·|]/.test(l.text)
      ? splitOutsideParens(l.text, ";·|")
      : /[(:–—-]/.test(l.text) && !/,/.test(l.text)
        ? [l.text]
        : splitOutsideParens(l.text, ",;·|");
    for (const raw of items) {
      // "Python ●●●○○"-style dots: the share of filled dots.
      const dots = /\s{0,3}([●◉★]{0,10})([○◯☆]{0,10})$/.exec(raw);
      const rated =
        dots && dots[0].trim().length >= 3
          ? `${raw.slice(0, dots.index)} (${dots[1]!.length}/${dots[1]!.length + dots[2]!.length})`
          : raw;
      // "Native: Polish, Czech", "Fluent in English and Spanish", "conversational French".
      const lead = LEVEL_FIRST_RE.exec(rated.trim());
      if (lead) {
        const names = rated
          .trim()
          .slice(lead[0].length)
          .split(/\s{0,40}(?:,|&|\band\b)\s{0,40}/)
          .map((x) => x.trim())
          .filter(Boolean);
        if (names.length && names.every((x) => HUMAN_LANGUAGES.has(x.split(/\s+/)[0]!.toLowerCase()))) {
          for (const language of names)
            out.push({ language, fluency: lead[1]!.trim(), source: { file, line: l.n } });
          continue;
        }
      }
      const item = rated;
      const m = /^([\p{L} ]{2,40}?)\s{0,40}(?:\(([^()]{1,60})\)|[:–—-]\s{0,40}(.{1,60}))?$/u.exec(
        item.trim(),
      );
      if (!m) {
        if (item.trim()) out.push({ language: item.trim(), source: { file, line: l.n } });
        continue;
      }
      const lang: Language = { language: m[1]!.trim(), source: { file, line: l.n } };
      const fluency = (m[2] ?? m[3])?.trim();
      if (fluency) lang.fluency = fluency;
      else {
        // "English Native": the fluency word trailing the language.
        const words = lang.language!.split(/\s+/);
        if (words.length > 1 && FLUENCY_RE.test(words.slice(1).join(" "))) {
          lang.language = words[0]!;
          lang.fluency = words.slice(1).join(" ");
        }
      }
      out.push(lang);
    }
  }
  return out;
}

export function parseInterests(lines: Line[], file: string): Interest[] {
  const out: Interest[] = [];
  for (const l of texts(lines)) {
    const labeled = /^([^:]{2,40}):\s{0,40}(.+)$/.exec(l.text);
    if (labeled) {
      out.push({
        name: labeled[1]!.trim(),
        keywords: splitItems(labeled[2]!, true),
        source: { file, line: l.n },
      });
      continue;
    }
    if (/[;,]/.test(l.text)) {
      for (const item of l.text.split(/\s{0,40}[;,·|]\s{0,40}/)) {
        const name = item.replace(/[.;]$/, "").trim();
        if (name) out.push({ name, source: { file, line: l.n } });
      }
      continue;
    }
    // "- Film photography": a bullet is one interest.
    if ((isProse(l.text) && /[.!?]$/.test(l.text)) || (l.bullet && l.text.split(/\s+/).length <= 5)) {
      out.push({ name: l.text.replace(/[.;]$/, ""), source: { file, line: l.n } });
      continue;
    }
    for (const item of splitItems(l.text, true))
      out.push({ name: item.replace(/[.;]$/, ""), source: { file, line: l.n } });
  }
  return out;
}

/** Entries of a list section: one per bullet or per unindented line; wrapped lines joined. */
function items(lines: Line[]): { text: string; line: number }[] {
  const out: { text: string; line: number; indent: number }[] = [];
  let prevBlank = true;
  for (const l of lines) {
    if (!l.text) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    // A line of dates under an item ("BLS Certification" / "April 2022 to April 2024") is its date.
    if (
      last &&
      (isDateOnly(l.text) || /^(?:present|current|ongoing)$/i.test(l.text)) &&
      !findRange(last.text)?.startDate
    ) {
      last.text += ` · ${l.text}`;
      prevBlank = false;
      continue;
    }
    const wraps =
      last &&
      !prevBlank &&
      !l.bullet &&
      (l.indent > last.indent || /^\p{Ll}/u.test(l.text) || !/[.!?]$/.test(last.text)) &&
      !findRange(l.text)?.startDate;
    if (wraps && last && !l.bullet && (l.indent > last.indent || /^\p{Ll}/u.test(l.text)))
      last.text += ` ${l.text}`;
    else out.push({ text: l.text, line: l.n, indent: l.indent });
    prevBlank = false;
  }
  return out;
}

function dated(text: string): { rest: string; date?: string } {
  const r = findRange(text);
  if (!r?.startDate) return { rest: text.replace(/\s{0,40}·\s{0,40}(?:present|current|ongoing)$/i, "") };
  // "Winner of the 2019 Delta Cup": a year among the words of a name is part of it.
  const before = text.slice(0, r.index).trimEnd();
  const after = text.slice(r.end).trimStart();
  const inside = /[\p{L}«“"]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
  return { rest: inside ? text : removeSpan(text, r.index, r.end), date: r.startDate };
}

function splitSep(text: string): string[] {
  return text
    .split(/\s{1,40}[|·—–-]\s{1,40}|,\s{1,40}(?=\p{Lu})/u)
    .map(tidy)
    .filter(Boolean);
}

export function parseAwards(lines: Line[], file: string): Award[] {
  return items(lines).map(({ text, line }) => {
    const { rest, date } = dated(text);
    const [title, ...more] = splitSep(rest);
    const a: Award = { title: title ?? rest, source: { file, line } };
    if (date) a.date = date;
    if (more.length) a.awarder = more.join(", ");
    return a;
  });
}

const ISSUED_RE = /^(?:issued|issue date|earned|awarded)\b/i;
const CREDENTIAL_RE =
  /^(?:credential (?:id|url)|license (?:number|no\.?)|certificate (?:id|number|no\.?))\b/i;

/**
 * LinkedIn's "Licenses & certifications": name / issuer / "Issued Mar 2023 · Expires Mar 2025" /
 * "Credential ID ..." → one line "name | issuer | Mar 2023" (the credential id is dropped).
 */
function joinIssued(lines: Line[]): Line[] {
  const t = lines.filter((l) => l.text);
  if (!t.some((l) => ISSUED_RE.test(l.text) && findRange(l.text)?.startDate)) return lines;
  const pos = new Map(lines.map((l, i) => [l, i]));
  const out: Line[] = [];
  for (let k = 0; k < t.length; k++) {
    const l = t[k]!;
    if (CREDENTIAL_RE.test(l.text)) continue;
    const issuedAt = [1, 2].find((d) => {
      const x = t[k + d];
      return (
        x &&
        ISSUED_RE.test(x.text) &&
        pos.get(x)! - pos.get(l)! === d &&
        t.slice(k, k + d).every((y) => !ISSUED_RE.test(y.text) && !CREDENTIAL_RE.test(y.text))
      );
    });
    if (issuedAt === undefined) {
      if (ISSUED_RE.test(l.text)) continue;
      out.push(l, { ...l, n: l.n, text: "", cells: [] });
      continue;
    }
    const issued = t[k + issuedAt]!;
    const atom = findAtoms(issued.text).find((a) => a.date);
    const date = atom ? issued.text.slice(atom.index, atom.end) : "";
    const text = [l.text, issuedAt === 2 ? t[k + 1]!.text : "", date].filter(Boolean).join(" | ");
    out.push({ ...l, text, cells: [text] }, { ...l, text: "", cells: [] });
    k += issuedAt;
  }
  return out;
}

const EXPIRY_RE =
  /,?[ \t]{0,3}\(?(?:exp\.?|expires?|expiring|expiration(?: date)?|valid (?:through|until|thru|to))[ \t:]{0,3}(?:[\p{L}.]{1,10}[ \t]{1,2})?(?:\d{1,2}[/.-])?(?:19|20)\d{2}\)?/giu;

export function parseCertificates(lines: Line[], file: string): Certificate[] {
  return items(joinIssued(lines)).map(({ text: raw, line }) => {
    // "(exp. 03/2026)", "expires 2025", "valid through 2027": an expiry date is not when it was earned.
    const text = tidy(
      raw
        .replace(EXPIRY_RE, "")
        .replace(/\(\s*\)/g, "")
        .replace(/[\s,;]{1,40}$/, ""),
    );
    const { rest, date } = dated(text);
    const urlM = /(?:https?:\/\/|www\.)\S{2,300}/.exec(rest);
    const clean = urlM ? tidy(rest.replace(urlM[0], " ")) : rest;
    const [first, ...more] = clean
      .split(/\s{1,40}[|·]\s{1,40}|,\s{1,40}(?=\p{Lu})/u)
      .map(tidy)
      .filter(Boolean);
    let name = first;
    // "Oracle Certified Professional, Java SE 11 Developer": a piece naming a role is part of the name, not the issuer.
    while (name && more[0] && titleScore(more[0]) > 0 && !hasOrgWord(more[0]))
      name = `${name}, ${more.shift()!}`;
    const c: Certificate = { name: name ?? clean, source: { file, line } };
    if (date) c.date = date;
    if (more.length) c.issuer = more.join(", ");
    if (urlM) c.url = urlM[0].startsWith("http") ? urlM[0] : `https://${urlM[0]}`;
    return c;
  });
}

/**
 * Publications: `Authors. "Title." Venue, 2019.` → name (the quoted title when there is one),
 * publisher (what follows the title), releaseDate (the year).
 */
export function parsePublications(lines: Line[], file: string): Publication[] {
  return items(lines).map(({ text, line }) => {
    const p: Publication = { source: { file, line } };
    const r = findRange(text);
    let rest = text;
    if (r?.startDate) {
      p.releaseDate = r.endDate ?? r.startDate;
      rest = removeSpan(text, r.index, r.end);
    }
    const urlM = /(?:https?:\/\/|doi:\s?|www\.)\S{2,300}/i.exec(rest);
    if (urlM) {
      p.url = urlM[0].replace(/[.,]$/, "");
      rest = tidy(rest.replace(urlM[0], " "));
    }
    const quoted = /[“"]([^”"]{3,300})[”"]/.exec(rest);
    if (quoted) {
      p.name = quoted[1]!.replace(/[.,]$/, "").trim();
      const after = tidy(
        rest
          .slice(quoted.index + quoted[0].length)
          .replace(/^[.,\s]+/, "")
          .replace(/\(\s*\)/g, ""),
      );
      if (after) p.publisher = after.replace(/[.,]$/, "");
      const before = tidy(rest.slice(0, quoted.index));
      if (before) p.summary = before.replace(/\s{0,40}[.,]$/, "").trim();
    } else {
      const parts = rest
        .split(/\.\s+(?=\p{Lu})/u)
        .map((s) => tidy(s))
        .filter(Boolean);
      if (parts.length >= 3) {
        // Authors. Title. Venue.
        p.summary = parts[0];
        p.name = parts[1];
        p.publisher = parts.slice(2).join(". ").replace(/[.,]$/, "");
      } else {
        p.name = tidy(rest).replace(/[.,]$/, "");
      }
    }
    return p;
  });
}

export function parseReferences(lines: Line[], file: string): Reference[] {
  return items(lines).map(({ text, line }) => {
    // "Jane Roe — CTO, Acme" or "Mr. Kofi Mensah, Finance Director, Acme Ltd, +233 …".
    const m =
      /^([\p{Lu}][\p{L}.' -]{1,40}?)\s{1,40}[—–-]\s{1,40}(.+)$/u.exec(text) ??
      /^((?:(?:Mrs?|Ms|Dr|Prof|Mx)\.?\s)?\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30}){1,3}),\s{1,3}(.{2,})$/u.exec(
        text,
      );
    return m
      ? { name: m[1]!, reference: m[2]!, source: { file, line } }
      : { reference: text, source: { file, line } };
  });
}

/** Lines of an unknown section, kept as text. */
export function extraLines(lines: Line[]): string[] {
  return items(lines).map((i) => i.text);
}
