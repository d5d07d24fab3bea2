/**
 * Entries without dates: in a work section where no line carries a date, the structure still
 * says where an entry starts. A short line that names a job title ("Freelance Translator"), or a
 * pair of short lines (an employer over a title, or a title over an employer), standing apart
 * above bullets or a paragraph, heads an entry. Nothing is made up: the entry has no dates, and
 * its fields are the words of its header lines.
 */
import type { Work } from "../profile/schema.js";
import type { DateRange } from "./dates.js";
import type { Block } from "./entries.js";
import { isProse, titleScore } from "./features.js";
import type { Line } from "./lines.js";

/** A range that covers nothing: the anchor of an entry with no dates. */
const NO_DATES: DateRange = { ongoing: false, single: true, index: 0, end: 0 };

/** A line short and plain enough to be a header piece (no sentence, no label, no list). */
function headerShaped(l: Line | undefined): l is Line {
  if (!l?.text || l.bullet || l.cells.length > 1 || l.text.length > 80) return false;
  const t = l.text;
  if (isProse(t) || t.split(/\s+/).length > 8) return false;
  if (/[.!?;:,]$|[:：]\s|https?:|@|\d{3,}/.test(t)) return false;
  return /^[\p{L}"“(]/u.test(t);
}

/** The index of the next line with text after `i`, or -1. */
function nextText(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text) return j;
  return -1;
}

/**
 * Blocks headed by undated header lines, or none. A header is one line that reads as a job title,
 * or two adjacent header-shaped lines of which one reads as a title; it stands after a blank line
 * (or at the top) and has content under it (bullets or a paragraph, not another header).
 */
export function undatedBlocks(lines: Line[]): { lead: Line[]; blocks: Block[] } | undefined {
  const heads: { start: number; anchor: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!headerShaped(l)) continue;
    const above = lines[i - 1];
    if (above?.text) continue;
    const n1 = nextText(lines, i);
    const pair = n1 === i + 1 && headerShaped(lines[n1]) ? n1 : -1;
    const anchor = pair >= 0 ? pair : i;
    if (titleScore(l.text) <= 0 && (pair < 0 || titleScore(lines[pair]!.text) <= 0)) continue;
    // Content under the header: a bullet, or a line that is no header of its own.
    const below = nextText(lines, anchor);
    const content = lines[below];
    if (!content || (!content.bullet && headerShaped(content))) continue;
    heads.push({ start: i, anchor });
    i = anchor;
  }
  if (heads.length === 0) return undefined;
  const blocks: Block[] = heads.map((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1]!.start : lines.length;
    return {
      header: lines.slice(h.start, h.anchor + 1),
      anchor: lines[h.anchor]!,
      range: NO_DATES,
      body: lines.slice(h.anchor + 1, end),
    };
  });
  return { lead: lines.slice(0, heads[0]!.start), blocks };
}

/** "Title — Employer", "Title | Employer", "Title at Employer": a line cut in two at a strong mark. */
const TITLE_THEN_ORG_RE = /^(\S[^—–|@]{1,70}?)\s{1,3}(?:[—–|@]|at)\s{1,3}(\S.{1,100})$/u;

/**
 * "Research Assistant — Polar Institute, Ice Lab" over its bullets, after a blank line, in the body
 * of a dated entry: an entry of its own that has no dates (student roles, tutoring, volunteering
 * written without them). It reads as a title, then an employer after a dash, a bar or "at", and
 * bullets follow it. The dated entry keeps the lines above it.
 */
export function splitUndated(block: Block): Block[] {
  const out: Block[] = [{ ...block, body: [] }];
  const body = block.body;
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    const cur = out[out.length - 1]!;
    const n1 = nextText(body, i);
    const plain =
      l.text && !l.bullet && l.cells.length === 1 && l.text.length <= 120 && !/[.!?;:]$/.test(l.text);
    const m =
      i > 0 && !body[i - 1]!.text && plain && !isProse(l.text) ? TITLE_THEN_ORG_RE.exec(l.text) : null;
    if (m && titleScore(m[1]!) > 0 && titleScore(m[2]!) <= 0 && n1 === i + 1 && body[n1]!.bullet) {
      out.push({ header: [l], anchor: l, range: NO_DATES, body: [] });
      continue;
    }
    cur.body.push(l);
  }
  return out;
}

const STATED_JOB_RE =
  /^(?:i[ \t])?(?:have[ \t]a[ \t]job|current[ \t](?:job|occupation)|occupation|profession|job|working[ \t]as|employed[ \t]as)[ \t]{0,2}[:：][ \t]{0,3}(\S.{1,60})$/i;

/**
 * "Have a job: air traffic controller", "Occupation: Nurse": a job stated as a labelled line
 * (in a document with no work section). The value must read as a job title of a few words.
 */
export function statedJob(line: Line, file: string): Work | undefined {
  if (!line.text || line.text.length > 90) return undefined;
  const m = STATED_JOB_RE.exec(line.text);
  if (!m) return undefined;
  let end = m[1]!.length;
  while (end > 0 && " \t.;,".includes(m[1]![end - 1]!)) end--;
  const position = m[1]!.slice(0, end);
  if (position.split(/\s+/).length > 6 || isProse(position) || titleScore(position) <= 0) return undefined;
  return { position, source: { file, line: line.n } };
}
