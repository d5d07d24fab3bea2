/**
 * Building one line's text with its styled spans, for the readers: text is appended piece by
 * piece (white space collapsed as it comes), spans opened and closed around pieces, and
 * {@link toLine} turns the result into a {@link Line} (trimmed, bullet stripped, offsets kept
 * right, `strong` and `links` derived from the marks).
 */
import type { Dialect, Line, Link, Mark } from "../line.js";
import { stripBullet } from "./bullets.js";

const WS = /[\s\u00A0\u2000-\u200A\u3000]+/g;
/** Where {@link WS} changes the text: two spaces, or a white space other than one. */
const WS_CHANGE_RE = /[^\S ]| {2}/;

export class Inline {
  text = "";
  marks: Mark[] = [];
  private open: { kind: Mark["kind"]; start: number; url?: string }[] = [];

  push(s: string): this {
    if (s === "") return this;
    let t = WS_CHANGE_RE.test(s) ? s.replace(WS, " ") : s;
    if (t.startsWith(" ") && (this.text === "" || this.text.endsWith(" "))) t = t.slice(1);
    this.text += t;
    return this;
  }

  begin(kind: Mark["kind"], url?: string): this {
    this.open.push({ kind, start: this.text.length, url });
    return this;
  }

  /** Close the innermost open span of `kind` (or the innermost span). */
  end(kind?: Mark["kind"]): this {
    let k = this.open.length - 1;
    if (kind) while (k >= 0 && this.open[k]!.kind !== kind) k--;
    if (k < 0) return this;
    const o = this.open.splice(k, 1)[0]!;
    if (this.text.length > o.start)
      this.marks.push({
        kind: o.kind,
        start: o.start,
        end: this.text.length,
        ...(o.url ? { url: o.url } : {}),
      });
    return this;
  }

  span(kind: Mark["kind"], s: string, url?: string): this {
    return this.begin(kind, url).push(s).end(kind);
  }

  get empty(): boolean {
    return this.text.trim() === "";
  }
}

export interface LineOptions {
  indent?: number;
  /** Strip a leading bullet glyph or list number from the text (plain-text style bullets). */
  stripBullet?: boolean;
  bullet?: boolean;
  depth?: number;
  heading?: number;
  table?: { header: boolean };
  title?: boolean;
  rule?: boolean;
  dialect?: Dialect;
}

/** Trim `s` and shift the marks; drop marks that end up empty. */
function trimmed(text: string, marks: Mark[]): { text: string; marks: Mark[] } {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  const out: Mark[] = [];
  for (const m of marks) {
    const start = Math.max(0, m.start - lead);
    const end = Math.min(t.length, m.end - lead);
    if (end <= start) continue;
    const piece = t.slice(start, end);
    const s2 = start + (piece.length - piece.trimStart().length);
    const e2 = end - (piece.length - piece.trimEnd().length);
    if (e2 > s2) out.push({ ...m, start: s2, end: e2 });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: t, marks: out };
}

/** One line from one inline (an ordinary line) or several (the cells of a table row). */
export function toLine(n: number, content: Inline | Inline[], o: LineOptions = {}): Line {
  const parts = Array.isArray(content) ? content : [content];
  const cells: { text: string; marks: Mark[] }[] = parts.map((p) => trimmed(p.text, p.marks));
  let bullet = o.bullet ?? false;
  if (o.stripBullet && cells.length > 0) {
    const c = cells[0]!;
    const s = stripBullet(c.text);
    if (s.bullet) {
      bullet = true;
      const cut = c.text.length - s.text.length;
      cells[0] = trimmed(
        s.text,
        c.marks.map((m) => ({ ...m, start: m.start - cut, end: m.end - cut })),
      );
    }
  }
  const kept = Array.isArray(content) ? cells : cells.filter((c) => c.text !== "");
  let text = "";
  const marks: Mark[] = [];
  for (const c of kept) {
    if (c.text === "") continue;
    if (text !== "") text += " ";
    for (const m of c.marks) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
    text += c.text;
  }
  const strong = marks.filter((m) => m.kind === "bold").map((m) => text.slice(m.start, m.end));
  const links: Link[] = marks
    .filter((m) => m.kind === "link" && m.url)
    .map((m) => ({ text: text.slice(m.start, m.end), url: m.url! }));
  const line: Line = {
    n,
    text,
    cells: Array.isArray(content) ? kept.map((c) => c.text).filter((c) => c !== "") : text ? [text] : [],
    indent: o.indent ?? 0,
    bullet: text !== "" && bullet,
    strong,
    links,
  };
  if (o.heading !== undefined && text) line.heading = o.heading;
  if (o.rule) line.rule = true;
  if (marks.length) line.marks = marks;
  if (line.bullet) line.depth = o.depth ?? 0;
  if (o.table && text) line.table = o.table;
  if (o.title && text) line.title = true;
  if (o.dialect) line.dialect = o.dialect;
  return line;
}

/** Leading indentation of a raw line (a tab counts 4). */
export function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === " ") n += 1;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
}

/**
 * List depth from indentation: a stack of the indents of the open list levels. `at(indent)`
 * pops the levels indented deeper and returns the depth of an item at `indent`.
 */
export class Depths {
  private stack: number[] = [];
  at(indent: number): number {
    while (this.stack.length && this.stack[this.stack.length - 1]! > indent) this.stack.pop();
    if (!this.stack.length || this.stack[this.stack.length - 1]! < indent) this.stack.push(indent);
    return this.stack.length - 1;
  }
  reset(): void {
    this.stack = [];
  }
}
