/**
 * Dates in résumé text: `Jan '26 → present`, `2014–15`, `03/2019 - Present`, `(2011 - 2016)`,
 * `Summer 2013`... → `YYYY` / `YYYY-MM` / `YYYY-MM-DD` and `ongoing`.
 *
 * A single scanning regex finds date "atoms" (no nested quantifiers, every repetition bounded),
 * then atoms separated only by a dash, an arrow or "to" pair into ranges.
 */

import { frozen, perDocument } from "./memo.js";

export interface DateAtom {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent for "present". */
  date?: string;
  present: boolean;
  index: number;
  end: number;
  /** An apostrophed year ("’19"): a date only inside a range ("’19—’22"), else a name's ("Rendezvous ’19"). */
  weak?: boolean;
}

export interface DateRange {
  startDate?: string;
  endDate?: string;
  ongoing: boolean;
  /** True when only one date was found (no range). */
  single: boolean;
  /** An open range from one date ("since 2019", "2019 –"): weaker evidence than a full range. */
  open?: boolean;
  /** Span in the searched text (including surrounding parentheses). */
  index: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // French, German, Spanish, Italian, Portuguese, Dutch forms (first letters, accents removed).
  fev: 2,
  avr: 4,
  mai: 5,
  jui: 6,
  aou: 8,
  dez: 12,
  mrz: 3,
  maer: 3,
  mae: 3,
  ene: 1,
  abr: 4,
  ago: 8,
  set: 9,
  dic: 12,
  gen: 1,
  giu: 6,
  lug: 7,
  ott: 10,
  out: 10,
  mei: 5,
  okt: 10,
  maa: 3,
  fec: 2,
  mag: 5,
};

/** Month number of a (possibly non-English) month name. */
function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  if (/^juil/.test(n)) return 7;
  if (/^juin/.test(n)) return 6;
  if (/^mars|^marz|^maerz/.test(n)) return 3;
  if (/^(?:jan|jän|jaen)/.test(n)) return 1;
  return MONTHS[n.slice(0, 3)] ?? MONTHS[n.slice(0, 4)];
}

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|d[ée]c(?:embre)?|januar|februar|m[äa]e?rz|juni|juli|okt(?:ober)?|dez(?:ember)?|ene(?:ro)?|feb(?:rero)?|marzo|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:tiembre)?|set(?:embro|tembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|gen(?:naio)?|giu(?:gno)?|lug(?:lio)?|ott(?:obre)?|out(?:ubro)?|febbraio|aprile|maggio|fevereiro|maio|junho|julho|septembre|octobre|novembre|novembro|dicembre|dezembro`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const NOW = String.raw`present|now|current|currently|today|ongoing|date|aujourd['’]hui|maintenant|pr[ée]sent|heute|aktuell|atualmente|actualmente|attualmente|obecnie|jetzt|actualidad|presente|hoy|oggi|atual|heden|現在|现在|至今|현재`;
/** What ends an atom: a CJK date's last character, or no letter or digit next. */
const ATOM_END = String.raw`(?:(?<=[年月在今재])|(?![\p{L}\p{N}]))`;

const ATOM_SOURCE =
  String.raw`(?<![\p{L}\p{N}])(?:` +
  // Full dates: "01/09/2018", "31.07.2021" (day first unless the first number cannot be a day's month),
  // "1 Sep 2018", "Sep 1, 2018"; quarters: "Q3 2020".
  String.raw`(?<fa>\d{1,2})(?<fsep>[/.])(?<fb>\d{1,2})\k<fsep>(?<fy>${YEAR})` +
  String.raw`|(?<dd>[0-3]?\d)(?:st|nd|rd|th)?[ \t](?<dmon>${MONTH})\.?,?[ \t](?<dy>${YEAR})` +
  // "Sep 1, 2018", "July 31st 2017" (a comma or an ordinal ends the day).
  String.raw`|(?<mdmon>${MONTH})\.?[ \t](?<mdd>[0-3]?\d)(?:(?:st|nd|rd|th)?,|st|nd|rd|th)[ \t]{0,2}(?<mdy>${YEAR})` +
  String.raw`|Q(?<q>[1-4])[ \t]?(?<qy>${YEAR})` +
  String.raw`|(?<mon>${MONTH})\.?,?(?:[ \t]{0,3}|\/)(?:['’‘][ ]?(?<my2>\d{2})|(?<my4>${YEAR}))` +
  String.raw`|(?<season>spring|summer|fall|autumn|winter)[ \t]{0,3}(?<sy>${YEAR})` +
  String.raw`|(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\d|3[01])` +
  String.raw`|(?<ny>${YEAR})(?<nsep>[-/.])(?<nm>0[1-9]|1[0-2])` +
  // "2017/4", "2019.3": a single-digit month after a slash or a dot.
  String.raw`|(?<oy>${YEAR})[/.](?<om>[1-9])(?![\d.])` +
  // CJK: "2019年4月", "2019年".
  String.raw`|(?<cy>${YEAR})年[ \t]?(?:(?<cm>0?[1-9]|1[0-2])月)?` +
  String.raw`|(?<mm>0?[1-9]|1[0-2])[/.](?<mmy>${YEAR})` +
  String.raw`|(?<year>${YEAR})` +
  String.raw`|['’‘](?<ay>\d{2})` +
  String.raw`|(?<now>${NOW})` +
  String.raw`)${ATOM_END}`;

const pad = (n: number): string => String(n).padStart(2, "0");

/** Every date atom in `text`, in order. */
// Compiled once: building it costs more than matching a short line.
const ATOM_RE = new RegExp(ATOM_SOURCE, "giu");
/**
 * Every atom but "present" holds a year ("2019") or an apostrophed one ("’19", "' 19"): in a
 * text with neither, only the "present" alternative of ATOM_RE can match, and this regex finds
 * the same matches. Most lines hold no date; the big regex is the cost of asking them.
 */
const YEARISH_RE = /(?:19|20)\d\d|['’‘] ?\d\d/;
const NOW_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<now>${NOW}))${ATOM_END}`, "giu");
/** A "present" word anywhere: without one, NOW_RE has nothing to find (and its lookbehind, tried at every place, is its cost). */
const NOW_WORD_RE = new RegExp(NOW, "iu");

export function findAtoms(text: string): DateAtom[] {
  const yearish = YEARISH_RE.test(text);
  if (!yearish && !NOW_WORD_RE.test(text)) return [];
  const re = yearish ? ATOM_RE : NOW_RE;
  re.lastIndex = 0;
  const atoms: DateAtom[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups ?? {};
    const index = m.index;
    const end = index + m[0].length;
    if (g.fy) {
      const a = Number(g.fa);
      const b = Number(g.fb);
      // Day first ("31/07/2021", "01.09.2018") unless only the US order makes sense ("09/25/2018").
      const month = g.fsep === "/" && a <= 12 && b > 12 ? a : b;
      if (month >= 1 && month <= 12 && a >= 1 && b >= 1 && a <= 31 && b <= 31)
        atoms.push({ date: `${g.fy}-${pad(month)}`, present: false, index, end });
    } else if (g.dy || g.mdy) {
      const month = monthNumber((g.dmon ?? g.mdmon)!) ?? 1;
      const day = Number(g.dd ?? g.mdd);
      if (day >= 1 && day <= 31)
        atoms.push({ date: `${g.dy ?? g.mdy}-${pad(month)}`, present: false, index, end });
    } else if (g.qy) {
      atoms.push({ date: `${g.qy}-${pad((Number(g.q) - 1) * 3 + 1)}`, present: false, index, end });
    } else if (g.mon) {
      const month = monthNumber(g.mon) ?? 1;
      let year: number;
      if (g.my4) year = Number(g.my4);
      else {
        const yy = Number(g.my2);
        year = yy < 70 ? 2000 + yy : 1900 + yy;
      }
      atoms.push({ date: `${year}-${pad(month)}`, present: false, index, end });
    } else if (g.season) {
      atoms.push({ date: g.sy!, present: false, index, end });
    } else if (g.iy) {
      atoms.push({ date: `${g.iy}-${g.im}-${g.id}`, present: false, index, end });
    } else if (g.ny) {
      // "2010-11" is an academic year more often than November 2010; "2019-03" is a month.
      const yy = Number(g.ny.slice(2));
      if (g.nsep === "-" && Number(g.nm) > yy) {
        atoms.push({ date: g.ny, present: false, index, end: index + 4 });
        re.lastIndex = index + 4;
      } else atoms.push({ date: `${g.ny}-${g.nm}`, present: false, index, end });
    } else if (g.oy) {
      atoms.push({ date: `${g.oy}-${pad(Number(g.om))}`, present: false, index, end });
    } else if (g.cy) {
      atoms.push({ date: g.cm ? `${g.cy}-${pad(Number(g.cm))}` : g.cy, present: false, index, end });
    } else if (g.mm) {
      atoms.push({ date: `${g.mmy}-${pad(Number(g.mm))}`, present: false, index, end });
    } else if (g.year) {
      atoms.push({ date: g.year, present: false, index, end });
    } else if (g.ay) {
      // "’19—’22": a designer's apostrophed two-digit year.
      const yy = Number(g.ay);
      atoms.push({ date: String(yy < 70 ? 2000 + yy : 1900 + yy), present: false, index, end, weak: true });
    } else if (g.now) {
      atoms.push({ present: true, index, end });
    }
  }
  return atoms.filter((a, k) => {
    if (!a.weak) return true;
    const prev = atoms[k - 1];
    const next = atoms[k + 1];
    return (
      (next !== undefined &&
        (next.weak || next.present) &&
        SEPARATOR_RE.test(text.slice(a.end, next.index))) ||
      (prev !== undefined && prev.weak && SEPARATOR_RE.test(text.slice(prev.end, a.index)))
    );
  });
}

const SEPARATOR_RE =
  /^[ \t]{0,8}(?:(?:-{1,2}|–|—)[ \t]{0,3}(?=[tu]))?(?:-{1,2}|–|—|−|→|->|-->|⟶|~|～|〜|to|till|until|through|thru|à|a|au|bis|hasta|al|ao|tot)[ \t]{0,8}$/i;
const MONTH_ONLY_BEFORE_RE = new RegExp(
  String.raw`(?:^|[\s(])(${MONTH})\.?[ 	]{0,3}(?:-{1,2}|–|—|to)[ 	]{0,3}$`,
  "iu",
);
const SINCE_RE = /(?:^|[\s(,·|])(?:since|depuis|seit|desde|dal)[ \t]{1,3}$/i;
const OPEN_END_RE = /^[ \t]{0,3}(?:–|—|-{1,2}|→|~|～|〜)[ \t]{0,3}\)?[ \t]{0,3}$/;
const SHORT_YEAR_RE = /^[ \t]{0,3}[-–—/][ \t]{0,3}(\d{2})(?![\p{L}\p{N}])/u;

function widen(text: string, index: number, end: number): [number, number] {
  let i = index;
  let j = end;
  // Include a trailing duration such as "(2 years 1 month)".
  const after = DURATION_AFTER_RE.exec(text.slice(j, j + 40));
  if (after) j += after[0].length;
  const before = text.slice(0, i);
  const open = /\(\s{0,3}$/.exec(before);
  const close = /^\s{0,3}\)/.exec(text.slice(j));
  if (open && close) {
    i -= open[0].length;
    j += close[0].length;
  }
  return [i, j];
}

/** All ranges and single dates in `text`, in order (kept per document: do not change them). */
export const findRanges: (text: string) => readonly Readonly<DateRange>[] = perDocument((text) =>
  frozen(rangesIn(text)),
);

function rangesIn(text: string): DateRange[] {
  const atoms = findAtoms(text);
  const out: DateRange[] = [];
  let consumed = 0;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.present) {
      // "Aug. - Current": a month with no year, then "now": ongoing, the start year unknown.
      const before = a.index > consumed ? text.slice(Math.max(consumed, a.index - 24), a.index) : "";
      const m = before ? MONTH_ONLY_BEFORE_RE.exec(before) : null;
      if (m && monthNumber(m[1]!) && (k === 0 || atoms[k - 1]!.end <= a.index - before.length + m.index)) {
        const start = a.index - before.length + m.index + (m[0].length - m[0].trimStart().length);
        const [index, end] = widen(text, start, a.end);
        out.push({ ongoing: true, single: false, index, end });
        consumed = a.end;
      }
      continue;
    }
    // "Jun – Aug 2019": a month without a year before a month with one.
    if (a.date!.length === 7 && a.index > consumed) {
      const before = text.slice(Math.max(consumed, a.index - 24), a.index);
      const m = MONTH_ONLY_BEFORE_RE.exec(before);
      const month = m ? monthNumber(m[1]!) : undefined;
      if (m && month) {
        const year = a.date!.slice(0, 4);
        const start = a.index - before.length + m.index + (m[0].length - m[0].trimStart().length);
        const [index, end] = widen(text, start, a.end);
        out.push({
          startDate: `${year}-${pad(month)}`,
          endDate: a.date,
          ongoing: false,
          single: false,
          index,
          end,
        });
        consumed = a.end;
        continue;
      }
    }
    const b = atoms[k + 1];
    // ("Sep 2018, present": a comma before "present" joins a range too.)
    const between = b ? text.slice(a.end, b.index) : "";
    if (b && (SEPARATOR_RE.test(between) || (b.present && /^,[ \t]{0,3}$/.test(between)))) {
      const [index, end] = widen(text, a.index, b.end);
      out.push({
        startDate: a.date,
        endDate: b.present ? undefined : b.date,
        ongoing: b.present,
        single: false,
        index,
        end,
      });
      k++;
      continue;
    }
    const short = a.date!.length === 4 ? SHORT_YEAR_RE.exec(text.slice(a.end)) : null;
    if (short) {
      const century = a.date!.slice(0, 2);
      let endYear = Number(century + short[1]);
      if (endYear < Number(a.date)) endYear += 100;
      // ("1975-89": a longer span when the two digits cannot be a month.)
      const span = endYear - Number(a.date);
      if (span <= 10 || (Number(short[1]) > 12 && span <= 20)) {
        const [index, end] = widen(text, a.index, a.end + short[0].length);
        out.push({ startDate: a.date, endDate: String(endYear), ongoing: false, single: false, index, end });
        continue;
      }
    }
    // "since 2019", "2019 –" (an open end): ongoing.
    const since = SINCE_RE.exec(text.slice(Math.max(0, a.index - 12), a.index));
    const open = !b && OPEN_END_RE.exec(text.slice(a.end));
    if (since || open) {
      const from = since ? a.index - since[0].length : a.index;
      const [index, end] = widen(text, from, open ? a.end + open[0].length : a.end);
      out.push({ startDate: a.date, ongoing: true, single: false, open: true, index, end });
      continue;
    }
    const [index, end] = widen(text, a.index, a.end);
    out.push({ startDate: a.date, ongoing: false, single: true, index, end });
  }
  return out;
}

/** The first range in `text` (a real range preferred over a single date). */
export function findRange(text: string): Readonly<DateRange> | undefined {
  const all = findRanges(text);
  return all.find((r) => !r.single) ?? all[0];
}

/** `text` with the span removed and the separators left dangling tidied away. */
export function removeSpan(text: string, index: number, end: number): string {
  return tidy(text.slice(0, index) + " " + text.slice(end));
}

/** Collapse spaces and strip separators left at either end or doubled in the middle. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/\s([·|•,])\s{0,3}(?=[·|•])/g, " ")
    .replace(/\(\s{0,3}\)/g, "")
    .replace(/^[\s·|•,;:–—-]+/, "")
    .replace(/[\s·|•,;:–—-]{1,40}$/, "")
    .trim();
}

const DURATION_AFTER_RE =
  /^[ \t]{0,3}[·(]?[ \t]{0,3}(?:\d{1,2}\+?[ \t]{0,2}(?:years?|yrs?)(?:[ \t,]{0,3}\d{1,2}[ \t]{0,2}(?:months?|mos?))?|\d{1,2}[ \t]{0,2}(?:months?|mos?)|less than a year)[ \t]{0,3}\)?/i;

const DURATION_LINE_RE =
  /^(?:(?:full|part)[- ]time|contract|freelance|self[- ]employed|internship|apprenticeship|seasonal|temporary|permanent)?[ \t]{0,2}·?[ \t]{0,2}\(?(?:\d{1,2}\+?[ \t]{0,2}(?:years?|yrs?)(?:[ \t,]{0,3}\d{1,2}[ \t]{0,2}(?:months?|mos?))?|\d{1,2}[ \t]{0,2}(?:months?|mos?)|less than a year)\)?$/i;

/** A line that is only a duration: `3 years 2 months`, `(10 months)`, LinkedIn's `Full-time · 3 yrs 2 mos`. */
export function isDurationLine(text: string): boolean {
  return DURATION_LINE_RE.test(text.trim());
}

/** A line that is only an employment type (LinkedIn: "Full-time", "Contract"), not a company or a title. */
export function isEmploymentTypeLine(text: string): boolean {
  return /^(?:(?:full|part)[- ]time|contract|internship|apprenticeship|seasonal|temporary|permanent|casual)$/i.test(
    text.trim(),
  );
}

/** Remove durations anywhere in a line ("Jan 2020 - Present (2 years)" → "Jan 2020 - Present"). */
export function stripDurations(text: string): string {
  return tidy(
    text.replace(
      /\(?\b\d{1,2}\+?[ \t]{0,2}(?:years?|yrs?)(?:[ \t,]{0,3}\d{1,2}[ \t]{0,2}(?:months?|mos?))?\b\)?|\(\d{1,2}[ \t]{0,2}(?:months?|mos?)\)/gi,
      " ",
    ),
  );
}

/** True when the text, once the range is removed, is empty (a line that is only dates). */
export function isDateOnly(text: string): boolean {
  const r = findRange(text);
  if (!r) return false;
  return (
    removeSpan(text, r.index, r.end)
      .replace(/[()[\]]/g, "")
      .trim() === ""
  );
}
