/**
 * Shared entry machinery: finding where dated entries start (anchor lines with a date
 * range, plus the header lines just above them), splitting header lines into parts, and
 * collecting bullets (with wrapped lines joined) into highlights.
 */
import {
  findRange,
  isDurationLine,
  isEmploymentTypeLine,
  removeSpan,
  stripDurations,
  tidy,
  type DateRange,
} from "./dates.js";
import {
  COMPANY_ABBREV_END_RE,
  hasOrgWord,
  isProse,
  listItems,
  locationScore,
  teamScore,
  titleScore,
} from "./features.js";
import type { Line } from "./lines.js";
import { isHeaderLine } from "./model/header-line.js";
import { ROLE_EVENT_RE, TEAM_NOUNS, TITLE_NOUNS, TITLE_QUALIFIERS } from "./vocab.js";

export interface Block {
  /** Header lines (the anchor last). */
  header: Line[];
  anchor: Line;
  range: DateRange;
  body: Line[];
}

/** The date range of a header-like line, or undefined. */
export function anchorRange(line: Line): DateRange | undefined {
  if (!line.text || line.bullet) return undefined;
  if (line.text.length > 1500) return undefined;
  const r = findRange(line.text);
  if (!r) return undefined;
  const rest = removeSpan(line.text, r.index, r.end);
  // "2023-" in a column of its own, the employer in the next: an open range, not a single year.
  if (r.single && line.cells.length > 1) {
    const open = openCell(line.cells, r.startDate);
    if (open) return { ...r, ongoing: true, single: false, open: true };
  }
  if (r.single || r.open) {
    // A single date anchors only a short line that is nothing but a header (no "Joined ...").
    if (r.single && ROLE_EVENT_RE.test(line.text)) return undefined;
    if (rest && (isProse(rest) || rest.split(/\s+/).length > 10)) return undefined;
    const atEdge = r.index <= 1 || r.end >= line.text.length - 1 || line.cells.length > 1;
    if (!atEdge) return undefined;
    return r;
  }
  if (line.cells.length > 1) return r;
  if (isProse(rest) && r.index > 3 && r.end < line.text.length - 3) return undefined;
  if (rest.split(/\s+/).length > 25) return undefined;
  return r;
}

/** The open range ("2019 –") that is the whole of one of `cells`, starting at `start`. */
function openCell(cells: string[], start: string | undefined): DateRange | undefined {
  for (const c of cells) {
    if (c.length > 24) continue;
    const r = findRange(c);
    if (r?.open && r.startDate === start && !removeSpan(c, r.index, r.end)) return r;
  }
  return undefined;
}

/** A dated line at the start of a list item ("- 2019-2023: BSc, Acme University") heads an entry. */
export function leadingRange(l: Line): DateRange | undefined {
  const r = anchorRange({ ...l, bullet: false });
  return r && r.index <= 1 ? r : undefined;
}

/** A bullet that heads an entry: a dated, short, non-prose item with nested bullets or a bold lead. */
function bulletAnchor(lines: Line[], i: number): DateRange | undefined {
  const l = lines[i]!;
  const r = anchorRange({ ...l, bullet: false });
  if (!r) return undefined;
  // (A lone year as the last item of an entry written as a list: "- Engineer / - 2010".)
  if (r.single) return listHeaderTop(lines, i) < i ? r : undefined;
  const rest = removeSpan(l.text, r.index, r.end);
  if (isProse(rest) || rest.split(/\s+/).length > 14) return undefined;
  let j = i + 1;
  while (j < lines.length && !lines[j]!.text) j++;
  const next = lines[j];
  const nested = next !== undefined && next.bullet && next.indent > l.indent;
  return nested || l.strong.length > 0 || listHeaderTop(lines, i) < i ? r : undefined;
}

/** A short, undated, non-prose list item: a field of an entry written as a list. */
const fieldItem = (l: Line): boolean =>
  l.bullet && l.text.length <= 80 && !isProse(l.text) && !findRange(l.text) && !/[.!?]$/.test(l.text);

/**
 * An entry written as a list ("- Fernwood Ledger / - Platform Engineer / - Jun 2019 – Present"):
 * a bullet that is only dates, under a run of short items. Returns the index of the run's first
 * item (`i` itself when the bullet is no such anchor).
 */
function listHeaderTop(lines: Line[], i: number): number {
  const l = lines[i]!;
  const r = findRange(l.text);
  if (!l.bullet || !r || removeSpan(l.text, r.index, r.end).replace(/[^\p{L}\p{N}]/gu, "")) return i;
  let top = i;
  for (let j = i - 1; j >= 0 && i - j <= 6 && lines[j]!.text && fieldItem(lines[j]!); j--) top = j;
  return i - top >= 2 ? top : i;
}

/** A line inside a body that starts a role: `Trading Platform (Rust) Joined Dec '22 · Promoted Nov '23`. */
export function isRoleLine(line: Line): boolean {
  if (line.bullet || !line.text || isProse(line.text)) return false;
  const m = ROLE_EVENT_RE.exec(line.text);
  if (!m) return false;
  const after = line.text.slice(m.index);
  const r = findRange(after);
  return r !== undefined && r.index < 16;
}

/** A sentence that goes on on the next line: prose without a final stop, or ending on a function word. */
export function unfinished(text: string): boolean {
  if (/[.!?:;]$/.test(text)) return false;
  return (
    isProse(text) ||
    (text.split(/\s+/).length >= 5 &&
      /\s(?:the|a|an|of|and|to|for|in|with|on|by|our|its|their|from|into)$/i.test(text))
  );
}

/** Line `j` (and the blank above it) is the top of a header: title-case, with a blank, a body line or the floor above. */
function topOfHeader(lines: Line[], j: number, floor: number): boolean {
  while (j >= floor && !lines[j]!.text) j--;
  if (j < floor) return false;
  const l = lines[j]!;
  if (!isHeaderLine(lines, j) || findRange(l.text)) return false;
  const above = j - 1 >= floor ? lines[j - 1]! : undefined;
  return !above || !above.text || (above.bullet && !isHeaderLine(lines, j - 1)) || isProse(above.text);
}

/** Line `j` is a title, only blank lines lie between it and `floor`, and no line from `start` to `floor` is one. */
function titleBelowUntitled(lines: Line[], j: number, floor: number, start: number): boolean {
  const l = lines[j]!;
  if (l.bullet || isProse(l.text) || titleScore(l.text) <= 0) return false;
  for (let i = floor; i < j; i++) if (lines[i]!.text) return false;
  for (let i = start; i < floor; i++) {
    const t = lines[i]!.text;
    const r = t ? findRange(t) : undefined;
    if (t && titleScore(r ? removeSpan(t, r.index, r.end) : t) > 0) return false;
  }
  return true;
}

/** The dates are the first column of the line ("2016-2022    Senior Lecturer, X"). */
function leftDated(l: Line): boolean {
  if (l.cells.length < 2) return false;
  const r = findRange(l.cells[0]!);
  return r !== undefined && !/[\p{L}\p{N}]/u.test(removeSpan(l.cells[0]!, r.index, r.end));
}

/**
 * With the dates in a left column ("2016-2022    Senior Lecturer, X" over indented lines), a
 * line indented into the text column with a date in it ("Director of Studies, 2018-2021.") is
 * the entry's text, a duty inside the post, not an entry of its own.
 */
function hangingDates<T extends { i: number }>(lines: Line[], anchors: T[]): T[] {
  let col = Infinity;
  let left = 0;
  for (const a of anchors) {
    const l = lines[a.i]!;
    if (!leftDated(l)) continue;
    left++;
    col = Math.min(col, l.indent);
  }
  if (left < 2) return anchors;
  return anchors.filter((a) => lines[a.i]!.indent <= col || leftDated(lines[a.i]!));
}

/** Split `lines` into blocks at anchors; lines before the first header are returned as `lead`. */
export function splitBlocks(
  lines: Line[],
  isAnchor: (l: Line) => DateRange | undefined = anchorRange,
): {
  lead: Line[];
  blocks: Block[];
} {
  const anchors: { i: number; range: DateRange }[] = [];
  // Top-level bullets may be entries too ("- **Lead Engineer**, Acme (2021 – Present)"
  // with nested bullets under it), when no plain line is an anchor.
  const plain: { i: number; range: DateRange }[] = [];
  const bullets: { i: number; range: DateRange }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const r = isAnchor(l);
    // "(2016–2020), payments and billing in Go." finishing a sentence of the line above: prose, not an entry.
    const above = lines[i - 1];
    // Likewise "2023 roadmap." wrapped under "...a diary study that shaped the": a year, then lower-case words.
    if (
      r &&
      above?.text &&
      !above.bullet &&
      !/[.!?:;]$/.test(above.text) &&
      ((isProse(above.text) && /^[(\p{Ll}]/u.test(l.text)) ||
        (r.single && unfinished(above.text) && /^(?:19|20)\d{2}[ \t]{1,3}\p{Ll}/u.test(l.text)))
    )
      continue;
    if (r) plain.push({ i, range: r });
    else if (l.bullet) {
      const rb = bulletAnchor(lines, i);
      if (rb) bullets.push({ i, range: rb });
    }
  }
  anchors.push(...(plain.length > 0 ? hangingDates(lines, plain) : bullets));
  const starts: number[] = [];
  // "04/2019 – heute   Teamleiter" at the top of the section, its employer and its lines under it:
  // when the first entry starts with its dates, on the section's first line, every entry that starts
  // with its dates does, and the lines above it are the body of the entry before ("Vellmar GmbH,
  // Stuttgart" under the first dates is no header of the second).
  const first = anchors[0];
  const datesLead =
    first !== undefined &&
    first.range.index <= 1 &&
    !lines[first.i]!.bullet &&
    lines.slice(0, first.i).every((l) => !l.text);
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!.i;
    const floor = k > 0 ? anchors[k - 1]!.i + 1 : 0;
    if (datesLead && k > 0 && anchors[k]!.range.index <= 1) {
      starts.push(a);
      continue;
    }
    let start = a;
    let collected = 0;
    // A table row (3+ columns) is an entry by itself.
    const isRow = lines[a]!.cells.length >= 3;
    let crossed = false;
    const labeledDates = LABELED_DATES_RE.test(lines[a]!.text);
    const listTop = listHeaderTop(lines, a);
    if (listTop < a) {
      starts.push(Math.max(listTop, floor));
      continue;
    }
    for (let j = isRow ? -1 : a - 1; j >= floor; j--) {
      const l = lines[j]!;
      if (!l.text) {
        // pdftotext without -layout puts each piece of a header on its own line, blank lines
        // between ("• Acme" / "" / "Springfield, IL" / "" / "Engineer" / "2019 – 2021"): a
        // short title-case line above the blank, with a body or the section start above it,
        // still heads the entry.
        if (collected >= 2 && !(collected < 4 && topOfHeader(lines, j - 1, floor))) break;
        crossed = true;
        continue;
      }
      // The line right under the previous anchor ("Acme, Remote   2017 – 2019" / "Researcher"),
      // above a blank line, completes that entry.
      if (crossed && k > 0 && j === floor) break;
      // Likewise a title that is the first line under a previous anchor whose header had none
      // (pdftotext without -layout: "Acme" / "City" / "dates" / "" / "Engineer").
      if (crossed && k > 0 && collected > 0 && titleBelowUntitled(lines, j, floor, starts[k - 1]!)) break;
      // "### 2019 - 2023: BSc, X University": a sub-heading starts its entry; the lines above it are the entry before.
      if (lines[a]!.heading && !l.heading) break;
      // "• Acme Corp      Springfield, IL" over an indented "Engineer      2019 – 2021" (the
      // most-forked LaTeX template): a short title-case bullet right above the header is its
      // first line, the organisation.
      if (
        l.bullet &&
        (collected > 0 || lines[a]!.indent > l.indent) &&
        isHeaderLine(lines, j) &&
        !lines.slice(j + 1, a + 1).some((x) => x.bullet)
      ) {
        start = j;
        break;
      }
      if (l.bullet || isProse(l.text) || isRoleLine(l) || l.text.length > 140) break;
      // An entry written as a heading ("### 2019 – 2022: Engineer, Acme") starts there: a line
      // above it that is no heading ends the entry before (its stack, its link).
      if (lines[a]!.heading !== undefined && l.heading === undefined) break;
      // A labelled field ("Position: Engineer") belongs to the entry above it, unless the anchor
      // is a labelled date too ("Company: X / Designation: Y / Duration: Jun'18 – Till Date").
      if (
        /^\p{L}[\p{L} ]{1,24}[:：]\s/u.test(l.text) &&
        !findRange(l.text) &&
        !(labeledDates && HEADER_LABEL_RE.test(l.text))
      )
        break;
      // The wrapped tail of a bullet above belongs to that bullet.
      const above = lines[j - 1];
      if (above?.bullet && above.text && (l.indent > above.indent || /^\p{Ll}/u.test(l.text))) break;
      // So does the wrapped tail of a sentence above ("...that shaped the" / "2023 roadmap.").
      if (
        above?.text &&
        !above.bullet &&
        unfinished(above.text) &&
        /^(?:(?:19|20)\d{2}[ \t]{1,3})?\p{Ll}/u.test(l.text)
      )
        break;
      // A line that ends a sentence, or a run of list items, is the previous body's.
      // ("Vetrina Digitale S.r.l.", "Acme Inc." end with a company's abbreviation, not a sentence.)
      if (
        /[;:]$/.test(l.text) ||
        (/\.$/.test(l.text) && l.text.split(/\s+/).length >= 4 && !COMPANY_ABBREV_END_RE.test(l.text))
      )
        break;
      if (!isDurationLine(l.text) && !isEmploymentTypeLine(l.text)) collected++;
      if (collected > 3) break;
      start = j;
    }
    // Blank lines between the header and the previous body are not part of the header.
    starts.push(start);
  }
  const lead = lines.slice(0, starts[0] ?? lines.length);
  const blocks: Block[] = anchors.map((a, k) => {
    const start = starts[k]!;
    const end = k + 1 < anchors.length ? starts[k + 1]! : lines.length;
    const header = lines.slice(start, a.i + 1).filter((l) => l.text);
    let anchor = lines[a.i]!;
    let body = lines.slice(a.i + 1, end);
    // "2006-2009    Research Fellow, Centre for Sound Archives," / "             University of X.":
    // a header in the text column, cut after a comma, goes on on the line below.
    const next = body[0];
    if (
      next?.text &&
      leftDated(anchor) &&
      /,$/.test(anchor.text) &&
      !next.bullet &&
      next.indent > anchor.indent &&
      next.cells.length === 1 &&
      !findRange(next.text)
    ) {
      const cells = [...anchor.cells];
      cells[cells.length - 1] = `${cells[cells.length - 1]!} ${next.text}`;
      anchor = { ...anchor, text: `${anchor.text} ${next.text}`, cells };
      header[header.length - 1] = anchor;
      body = body.slice(1);
    }
    return { header, anchor, range: a.range, body };
  });
  return { lead, blocks };
}

export interface Part {
  text: string;
  /** Index of the header line it came from. */
  line: number;
  /** The other parts of its line are a stack. */
  withList: boolean;
  bold: boolean;
  /** The part came from splitting "Title at Company" (0: title side, 1: company side). */
  side?: 0 | 1;
  /** The trailing part of "Title, Company, City". */
  place?: boolean;
  /** The rest of a title ("Engineering Manager, Platform"): a team. */
  teamish?: boolean;
  /** The title side of "X at Company" names a doer ("Recurser", "Integrator"): a title the vocabulary lacks. */
  doer?: boolean;
  /** The part was a link's text on its line (`### **Title** [Company](https://company.example)`). */
  link?: boolean;
  /** The part was in italics apart from the rest of its line (`**Title, *Company***`). */
  italic?: boolean;
  /** The part followed a dash inside a column of a line cut by pipes or dots
   * (`Analyst - Data Programme | Company - Unit | dates`): it goes with the piece before it. */
  dashed?: boolean;
}

interface StyleRun {
  text: string;
  bold: boolean;
  italic: boolean;
  link: boolean;
  /** 0 before "at", 1 after it ("Engineer at [Acme](url)"). */
  side?: 0 | 1;
}

const RUN_SEPARATOR_RE = /[,;/]/;
/** A separator the header splitter cuts at anyway (`STRONG_SEP_RE`): no style cut is needed there. */
const SPLIT_ANYWAY_RE = /[|·•—–]|\s-{1,3}\s|\/\//;
/** "Engineer at [Acme](url)": the word that joins a title to its employer. */
const JOINER_RE = /\s(?:at|@)(\s(?:the|an?))?$/;
/** The text of a link that names no one: "website", "link", "pdf", "here", "more". */
const GENERIC_LINK_RE =
  /^[\s\p{P}]{0,4}(?:(?:web)?site|website link|link|pdf|pdf link|here|more|homepage|home page|url|github|demo|code|source)[\s\p{P}]{0,4}$/iu;
/** "the [Recurse Center](url)": a lower-case word or two before a link are the link's. */
const LOWER_LEAD_RE = /^\p{Ll}{1,12}(?:\s\p{Ll}{1,12})?$/u;

/** `s` without white space and slashes at either end (by hand: a regex anchored at the end backtracks). */
function trimSlashes(s: string): string {
  const edge = (c: string | undefined): boolean => c === "/" || (c !== undefined && c.trim() === "");
  let a = 0;
  let b = s.length;
  while (a < b && edge(s[a])) a++;
  while (b > a && edge(s[b - 1])) b--;
  return s.slice(a, b);
}

/**
 * A header line written as styled runs (`**Title** [Company](url)`, `**Title, *Company***, City`):
 * its runs, cut where a link starts or ends, where two different styles meet, or where the style
 * changes at a separator. Bold against plain text with only a space between stays one run
 * (`**Senior** Engineer`). The anchor's date span (`skip`) is left out. Undefined when the line
 * has no such runs.
 */
export function styleRuns(line: Line, skip?: { start: number; end: number }): StyleRun[] | undefined {
  const marks = line.marks?.filter((m) => m.kind !== "code");
  if (!marks?.length || line.cells.length > 1) return undefined;
  const t = line.text;
  const cuts = new Set<number>([0, t.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const edges = [...cuts].sort((a, b) => a - b);
  const segs: (StyleRun & { start: number; end: number })[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const start = edges[k]!;
    const end = edges[k + 1]!;
    const on = (kind: string): boolean =>
      marks.some((m) => m.kind === kind && m.start <= start && m.end >= end);
    const seg = { text: "", start, end, bold: on("bold"), italic: on("italic"), link: on("link") };
    const last = segs[segs.length - 1];
    const same = (a: StyleRun, b: StyleRun): boolean =>
      a.bold === b.bold && a.italic === b.italic && a.link === b.link;
    if (last && same(last, seg)) last.end = end;
    else if (t.slice(start, end).trim() === "" && last) last.end = end;
    else segs.push(seg);
  }
  const styled = (r: StyleRun): boolean => r.bold || r.italic || r.link;
  const runs: (StyleRun & { start: number; end: number; side?: 0 | 1 })[] = [];
  for (const seg of segs) {
    const last = runs[runs.length - 1];
    const between = last ? t.slice(Math.max(last.end - 3, last.start), Math.min(seg.start + 3, seg.end)) : "";
    const lastText = last ? t.slice(last.start, last.end).trim() : "";
    const cut =
      !last ||
      (!SPLIT_ANYWAY_RE.test(between) &&
        !(seg.link && !styled(last) && LOWER_LEAD_RE.test(lastText)) &&
        (last.link || seg.link || (styled(last) && styled(seg)) || RUN_SEPARATOR_RE.test(between)));
    const joiner = cut && last ? JOINER_RE.exec(t.slice(last.start, last.end).trimEnd()) : null;
    if (joiner && last) {
      // ("Engineer at the [Foundry](url)": the article is no part of the employer's name.)
      last.end = last.start + joiner.index;
      runs.push({ ...seg, side: 1 });
      last.side = 0;
    } else if (cut) runs.push({ ...seg });
    else {
      last.end = seg.end;
      last.bold &&= seg.bold;
      last.italic &&= seg.italic;
    }
  }
  const out: StyleRun[] = [];
  let dropped = false;
  for (const r of runs) {
    // "[website link](url)", "[pdf](url)": a link that names no one is furniture of the line.
    if (r.link && GENERIC_LINK_RE.test(t.slice(r.start, r.end))) {
      dropped = true;
      continue;
    }
    let s = t.slice(r.start, r.end);
    if (skip && skip.start < r.end && skip.end > r.start)
      s = t.slice(r.start, Math.max(r.start, skip.start)) + " " + t.slice(Math.min(r.end, skip.end), r.end);
    const text = tidy(trimSlashes(s));
    if (text)
      out.push({
        text,
        bold: r.bold,
        italic: r.italic,
        link: r.link,
        ...(r.side !== undefined ? { side: r.side } : {}),
      });
  }
  return (out.length >= 2 && out.some(styled)) || (dropped && out.length) ? out : undefined;
}

/** "Platform" in "Engineering Manager, Platform": words that qualify a title or name a team. */
export function restOfTitle(text: string): boolean {
  return text
    .split(/\s+/)
    .every(
      (w) =>
        TITLE_QUALIFIERS.has(w.toLowerCase()) ||
        TEAM_NOUNS.has(w.toLowerCase()) ||
        BUSINESS_FUNCTIONS.has(w.toLowerCase()) ||
        teamScore(w) > 0,
    );
}

/** "Vice President, Regional Operations", "Director, Sales & Marketing": a function of the business, not an employer. */
const BUSINESS_FUNCTIONS = new Set(
  `operations sales marketing finance accounting engineering product design strategy communications hr people legal
  compliance support distribution logistics procurement supply chain customer success business development partnerships
  regional global national international corporate & and`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Duration: Jun'18 – Till Date", "Period: 2016 – 2018": a labelled date line. */
const LABELED_DATES_RE = /^(?:dates?|period|duration|tenure|from)\s{0,2}[:：]/i;
/** Labels of an entry's header fields (above a labelled date line). */
const HEADER_LABEL_RE =
  /^(?:employer|company|organi[sz]ation|client|position|job title|title|role|designation|occupation|location|city|place)\s{0,2}[:：]/i;

const WORK_MODE_RE = /^(?:remote|hybrid|on-?site|in-office)$/i;

/** "Kraków, Poland · Hybrid": a work mode right after a place is part of the place (in place). */
export function joinWorkModes(pieces: string[]): string[] {
  for (let pi = pieces.length - 1; pi > 0; pi--) {
    if (
      WORK_MODE_RE.test(pieces[pi]!) &&
      locationScore(pieces[pi - 1]!) >= 3 &&
      !WORK_MODE_RE.test(pieces[pi - 1]!)
    )
      pieces.splice(pi - 1, 2, `${pieces[pi - 1]} · ${pieces[pi]}`);
  }
  return pieces;
}

const STRONG_SEP_RE = /\s{1,40}[|·•—–]\s{1,40}|\s{1,40}-{1,3}\s{1,40}|\s{1,40}\/\/\s{1,40}/;
const STRONG_SEP_G_RE = new RegExp(STRONG_SEP_RE.source, "g");
const ENGAGEMENT_NOTE_RE =
  /\((?:paid|unpaid|part[- ]time|full[- ]time|contract|freelance|internship|temporary|seasonal)\)/gi;

/** "Title / Company": a slash between spaces, unless both sides are titles ("Designer / Developer"). */
const SLASH_SEP_RE = /\s{1,40}\/\s{1,40}/;

function splitSlashes(pieces: string[], sides: Map<string, 0 | 1>): string[] {
  return pieces.flatMap((p) => {
    // ("Engineer, Brightwave / Yahoo": after a comma, a slash joins two names of one employer.)
    if (!SLASH_SEP_RE.test(p) || p.includes(",")) return [p];
    const sub = p.split(SLASH_SEP_RE).map(tidy).filter(Boolean);
    if (sub.length < 2 || sub.every((x) => titleScore(x) > 0)) return [p];
    // "Title / Company" read like "Title at Company".
    if (sub.length === 2 && titleScore(sub[0]!) > 0 && titleScore(sub[1]!) <= 0) {
      sides.set(sub[0]!, 0);
      sides.set(sub[1]!, 1);
    }
    return sub;
  });
}

/** One or two words naming a doer ("Recurser", "Integrator"): before "at", a title the vocabulary lacks. */
const DOER_RE = /^\p{Lu}\p{Ll}{2,30}(?:er|or|ist|ian)(?:\s\p{Lu}\p{Ll}{2,30}(?:er|or|ist|ian)){0,1}$/u;

/** An icon before a header piece (📍 Lyon, 🏢 Acme, 📅 2019): the icon goes, and says what the piece is. */
const ICON_RE = /^([\p{Extended_Pictographic}\uFE0F\u200D]{1,4})\s{0,3}/u;
const PLACE_ICONS = new Set(["📍", "🌍", "🌎", "🌏", "🗺", "🏠"]);
const ORG_ICONS = new Set(["🏢", "🏛", "🏭", "🏬", "🏦", "🏥", "🏫"]);

function iconOf(piece: string): { text: string; icon?: "place" | "org" } {
  const m = ICON_RE.exec(piece);
  if (!m) return { text: piece };
  const glyph = m[1]!.replace(/[\uFE0F\u200D]/g, "");
  const icon = PLACE_ICONS.has(glyph) ? "place" : ORG_ICONS.has(glyph) ? "org" : undefined;
  return { text: tidy(piece.slice(m[0].length)), ...(icon ? { icon } : {}) };
}

/**
 * Split header lines into candidate parts. The anchor's date span is removed; durations
 * dropped; stacks (`- Python, Java, Flink`) returned separately as keywords.
 */
export function headerParts(
  header: Line[],
  anchor: Line,
  range: DateRange,
): { parts: Part[]; keywords: string[]; longCells: string[] } {
  const parts: Part[] = [];
  const keywords: string[] = [];
  const longCells: string[] = [];
  header.forEach((line, li) => {
    const strong = line.strong;
    const chunks: string[] = [];
    const chunkStyle: (StyleRun | undefined)[] = [];
    const runs =
      line.cells.length > 1
        ? undefined
        : styleRuns(line, line === anchor ? { start: range.index, end: range.end } : undefined);
    if (line.cells.length > 1) {
      for (const cell of line.cells) {
        let c = cell;
        if (line === anchor) {
          const r = findRange(c);
          if (r && !r.single === !range.single) c = removeSpan(c, r.index, r.end);
        }
        c = titleStop(c);
        const lead = strong.find((s) => c.startsWith(s));
        const afterLead = lead ? c.slice(lead.length).trim() : "";
        // ("**Reservoir Engineer**, Hekla Energy hf.": after a comma, the employer's name, no description.)
        const words = afterLead.replace(/^,\s{0,3}/, "").split(/\s+/).length;
        if (
          c.includes("\n") ||
          (isProse(c.replace(/\n/g, " ")) && !namesOnly(c)) ||
          words >= (afterLead.startsWith(",") ? 7 : 4)
        ) {
          longCells.push(c);
          continue;
        }
        c = stripDurations(c);
        if (!c) continue;
        chunks.push(c.replace(/\n/g, " "));
      }
    } else if (runs) {
      const allItalic = runs.every((r) => r.italic);
      for (const run of runs) {
        const c = stripDurations(run.text);
        if (!c || isDurationLine(c)) continue;
        chunks.push(c);
        chunkStyle[chunks.length - 1] = { ...run, italic: run.italic && !allItalic };
      }
    } else {
      let t = line.text;
      if (line === anchor) t = removeSpan(t, range.index, range.end);
      t = stripDurations(titleStop(t));
      if (t && !isDurationLine(t) && !isEmploymentTypeLine(t)) chunks.push(t);
    }
    chunks.forEach((chunk0, ci) => {
      // "Dive Team, 2018 – Present (paid)": a note of the kind of engagement is no part.
      const chunk = tidy(chunk0.replace(ENGAGEMENT_NOTE_RE, " "));
      if (!chunk) return;
      // "Title   Company   City": a last short capitalised column is the place, unless it is
      // the only column after the title on a one-line header ("Title   Company   ’19—’22").
      const placeShaped =
        ci > 0 &&
        !chunkStyle[ci]?.link &&
        chunkStyle[ci]?.side !== 1 &&
        (ci >= 2 || header.length > 1 || titleAndEmployer(chunks[0]!)) &&
        ci === chunks.length - 1 &&
        /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u.test(chunk) &&
        !/\b(?:inc|llc|ltd|gmbh|corp|co)\b/i.test(chunk) &&
        !hasOrgWord(chunk);
      const icons = new Map<string, "place" | "org">();
      const sides = new Map<string, 0 | 1>();
      const raw = chunk.split(STRONG_SEP_RE).map(tidy);
      const seps = [...chunk.matchAll(STRONG_SEP_G_RE)].map((m) => m[0].trim());
      const dashed = new Set<string>();
      if (seps.some((x) => /^[|·•]$/.test(x)))
        raw.forEach((p, k) => {
          if (k > 0 && /^(?:-{1,3}|[–—])$/.test(seps[k - 1] ?? "")) dashed.add(p);
        });
      const pieces = splitSlashes(raw, sides)
        .map((p) => {
          const o = iconOf(p);
          if (o.icon) icons.set(o.text, o.icon);
          return o.text;
        })
        .filter(Boolean);
      // "Team - Python, Java, Flink" (or "- C, AeroSpike" after a non-title): a stack.
      const listIdx = pieces.findIndex(
        (p, pi) =>
          ((listItems(p)?.length ?? 0) >= 3 && locationScore(p) < 3) ||
          (pi > 0 && titleScore(pieces[0]!) <= 0 && (listItems(p)?.length ?? 0) >= 2 && locationScore(p) < 3),
      );
      const withList = listIdx >= 0 && pieces.length > 1;
      joinWorkModes(pieces);
      pieces.forEach((p, pi) => {
        if (withList && pi === listIdx) {
          keywords.push(...listItems(p)!);
          return;
        }
        const bold = strong.some((s) => s === p || p.startsWith(s));
        const run = chunkStyle[ci];
        const style = {
          ...(run?.link ? { link: true } : run?.italic ? { italic: true } : {}),
          ...(run?.side !== undefined && pieces.length === 1 ? { side: run.side } : {}),
        };
        const at = /^(.{2,80}?)\s{1,40}(?:at|@)\s{1,40}(\S.{0,80})$/.exec(p);
        if (at && !withList) {
          // ("Recurser at the Hatchery": one or two words naming a doer are the title; "the" is no part of the name.)
          const doer = DOER_RE.test(at[1]!);
          parts.push({ text: tidy(at[1]!), line: li, withList, bold, side: 0, ...(doer ? { doer } : {}) });
          parts.push({
            text: tidy(at[2]!).replace(/^the\s(?=\p{Lu})/u, ""),
            line: li,
            withList,
            bold,
            side: 1,
          });
          return;
        }
        // "Title, Company — Lagos": a short capitalised last piece after a title and a company is the place.
        const placeAfter =
          pi > 0 &&
          pi === pieces.length - 1 &&
          /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u.test(p) &&
          titleScore(p) <= 0 &&
          !/\b(?:inc|llc|ltd|gmbh|corp|co)\b/i.test(p) &&
          !hasOrgWord(p) &&
          pieces.slice(0, pi).some((q) => titleScore(q) > 0) &&
          (pi >= 2 ||
            (pieces[0]!.split(/\s{0,40},\s{0,40}/).length === 2 &&
              !restOfTitle(pieces[0]!.split(/\s{0,40},\s{0,40}/)[1]!)));
        // "Staff Engineer - Records Engineering": two or three words ending in the function the
        // title does (Engineer / Engineering, Marketing Lead / Product Marketing), right after the
        // title, name its team, not an employer ("Engineer - Kumo Logistics" stays a company).
        const ws = p.split(/\s+/);
        const fn = ws[ws.length - 1]!.toLowerCase();
        const stem = fn.slice(0, 6);
        const unit =
          pi === 1 &&
          titleScore(pieces[0]!) > 0 &&
          ws.length >= 2 &&
          ws.length <= 3 &&
          BUSINESS_FUNCTIONS.has(fn) &&
          stem.length >= 4 &&
          pieces[0]!
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(stem)) &&
          !/\b(?:inc|llc|ltd|gmbh|corp|co|group|partners)\b/i.test(p);
        parts.push({
          text: p,
          line: li,
          withList,
          bold,
          place:
            (placeShaped && pieces.length === 1) || placeAfter || icons.get(p) === "place" ? true : undefined,
          ...(unit ? { teamish: true } : {}),
          ...style,
          ...(sides.has(p) ? { side: sides.get(p)! } : {}),
          ...((style.side ?? sides.get(p)) === 0 && DOER_RE.test(p) ? { doer: true } : {}),
          ...(icons.get(p) === "org" ? { side: 1 as const } : {}),
          ...(dashed.has(p) ? { dashed: true } : {}),
        });
      });
    });
  });
  return { parts, keywords, longCells };
}

/** Words that stay lower case inside a name or a title ("Lecturer in Music, University of the West"). */
const NAME_FUNCTION_WORDS = new Set(
  "of in and for the at on to a an de del della di da do du des la le el et y und für van von"
    .split(" ")
    .filter(Boolean),
);

const PAREN_NOTE_RE = /\([^()]{0,80}\)/g;

/**
 * "Lecturer in Ethnomusicology, Hollins Ridge University.": the full stop after a header written
 * in a bibliography's style ends no sentence: every word but the function words is capitalised.
 */
export function titleStop(text: string): string {
  if (!text.endsWith(".") || text.endsWith("..") || COMPANY_ABBREV_END_RE.test(text)) return text;
  return namesOnly(text.slice(0, -1)) ? text.slice(0, -1) : text;
}

/**
 * Every word capitalised but the function words, two or more, at most 12 ("Visiting Scholar,
 * Institute of Performing Arts"); a note in parentheses is no part of it ("(on research leave)").
 */
function namesOnly(text: string): boolean {
  const ws = text.replace(PAREN_NOTE_RE, " ").trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 12) return false;
  let named = 0;
  for (const w of ws) {
    const bare = w.replace(/^[^\p{L}\p{N}]{1,4}|[^\p{L}\p{N}]{1,4}$/gu, "");
    if (!bare || NAME_FUNCTION_WORDS.has(bare)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    named++;
  }
  return named >= 2;
}

/** "Acme Labs, Senior Engineer" / "Engineer, Acme" / "ACME Engineer": one column holding both the employer and the title. */
function titleAndEmployer(text: string): boolean {
  if (capsEmployerThenTitle(text)) return true;
  const sub = text.split(/\s{0,40},\s{0,40}/);
  return (
    sub.length >= 2 &&
    sub.length <= 4 &&
    sub.some((x) => titleScore(x) > 0) &&
    sub.some((x) => titleScore(x) <= 0)
  );
}

const CAPS_WORD_RE = /^[\p{Lu}\p{N}&.'-]{1,60}$/u;

/**
 * "NORTHWIND LABS Senior Engineer": an employer in capitals run into the title after it, written
 * in mixed case. The capitals hold 4+ letters and are no title ("UX Designer", "ML Engineer",
 * "SRE Lead" stay titles); the rest starts with a word of a title and reads as one.
 */
export function capsEmployerThenTitle(text: string): { name: string; title: string } | undefined {
  if (/[,|·;()]/.test(text) || text.length > 100) return undefined;
  const tokens = text.split(/\s+/);
  let k = 0;
  while (k < tokens.length && CAPS_WORD_RE.test(tokens[k]!) && /\p{Lu}/u.test(tokens[k]!)) k++;
  if (k === 0 || k === tokens.length) return undefined;
  const name = tokens.slice(0, k).join(" ");
  const title = tokens.slice(k).join(" ");
  const first = tokens[k]!;
  if (name.replace(/[^\p{L}]/gu, "").length < 4 || !/^\p{Lu}\p{Ll}/u.test(first)) return undefined;
  const w = first.toLowerCase();
  if (!TITLE_QUALIFIERS.has(w) && !TITLE_NOUNS.has(w)) return undefined;
  if (titleScore(name) > 0 || titleScore(title) <= 0) return undefined;
  return { name, title };
}

/** Items of a long cell or paragraph: split on circled numbers and `\n` bullets. */
export function splitItemsInline(text: string): string[] {
  return text
    .split(/\s{0,40}[①-⑳]\s{0,40}|\n/)
    .map((s) =>
      s
        .replace(/^(?:[•●○◦▪‣›\-*–]\s*){1,3}/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}

/** Bullets and paragraphs of a body → highlights and a summary (wrapped lines joined). */
export function collectBody(lines: Line[]): { highlights: string[]; paragraphs: string[]; first?: Line } {
  // Items are kept as lists of pieces (joined at the end) so long wrapped runs stay linear.
  const highlights: string[][] = [];
  const paragraphs: string[][] = [];
  let prev: { kind: "bullet" | "para"; line: Line } | undefined;
  let first: Line | undefined;
  for (const l of lines) {
    if (!l.text) {
      prev = undefined;
      continue;
    }
    first ??= l;
    const inlineItems =
      l.cells.length > 1 || /[①-⑳]/.test(l.text) ? splitItemsInline(l.cells.join("\n")) : [l.text];
    if (l.bullet) {
      highlights.push(...inlineItems.map((t) => [t]));
      prev = { kind: "bullet", line: l };
      continue;
    }
    if (prev) {
      const target = prev.kind === "bullet" ? highlights : paragraphs;
      const last = target[target.length - 1];
      const tail = last?.[last.length - 1];
      const continues =
        tail !== undefined && (/^\p{Ll}/u.test(l.text) || !/[.!?:;]$/.test(tail)) && prev.line.n !== l.n;
      if (
        last &&
        continues &&
        (l.indent >= prev.line.indent || prev.kind === "para" || /^\p{Ll}/u.test(l.text))
      ) {
        last.push(l.text);
        prev = { kind: prev.kind, line: l };
        continue;
      }
    }
    if (inlineItems.length > 1) highlights.push(...inlineItems.map((t) => [t]));
    else if (highlights.length > 0 && !isProse(l.text)) highlights.push([l.text]);
    else paragraphs.push([l.text]);
    prev = { kind: "para", line: l };
  }
  // A word broken at the line end ("auto-" / "mation") is joined without a space (the hyphen kept).
  const join = (xs: string[][]): string[] =>
    xs.map((x) =>
      x.reduce((acc, piece) =>
        /\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(piece) ? acc + piece : `${acc} ${piece}`,
      ),
    );
  return { highlights: join(highlights), paragraphs: join(paragraphs), first };
}
