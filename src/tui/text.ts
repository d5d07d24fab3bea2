/**
 * Text helpers for the browser: display width, control-character stripping, and word
 * wrapping of styled segments into lines that fit a pane exactly. The detail pane lays
 * its content out itself (rather than leaving it to Ink) so it can scroll by line, show
 * a position, and jump to the line holding a search hit.
 */
import { terminalSafe, width as displayWidth } from "../text/width.js";
import type { Token } from "./theme.js";

/** Where a segment's text comes from: a field of an entry, starting at `offset`. */
export interface Src {
  entry: number;
  field: string;
  offset: number;
}

export interface Seg {
  text: string;
  style?: Token;
  /** OSC 8 target; the visible text stays `text`. */
  link?: string;
  src?: Src;
  /** Never split across lines (chips); wider than the line, it is truncated instead. */
  atomic?: boolean;
  /** Drawn around an atomic segment in its style (chip brackets or padding). */
  open?: string;
  close?: string;
}

export interface Line {
  segs: Seg[];
  /** The section entry this line belongs to, for search jumps. */
  entry?: number;
}

// C0 (but tab/newline/CR, which become spaces), DEL, C1, bidi controls and marks.
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a profile as it may be drawn: no control characters of any kind. Data is
 * sanitized at load already; this is the last line of defence of the view. Tabs and line
 * breaks become spaces, so offsets into the original text are kept for highlighting.
 */
export function visible(text: string): string {
  return terminalSafe(text.replace(/[\t\n\r]/g, " ").replace(CONTROL, ""));
}

export function width(text: string): number {
  return displayWidth(text);
}

/** Cut `text` to at most `max` columns, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (width(text) <= max) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = width(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

/**
 * Cut a path to at most `max` columns from its start, where its most telling part is not:
 * `…/cvs/ada.json`, cut at a separator when one is left, else mid-name (`…a.json`).
 */
export function truncatePath(path: string, max: number): string {
  if (max <= 0) return "";
  if (width(path) <= max) return path;
  const chars = Array.from(path);
  let from = chars.length;
  let w = 0;
  while (from > 0 && w + width(chars[from - 1]!) <= max - 1) w += width(chars[--from]!);
  const tail = chars.slice(from).join("");
  const sep = tail.search(/[\\/]/);
  return "…" + (sep > 0 ? tail.slice(sep) : tail);
}

/** Pad or cut to exactly `cols` columns. */
export function fit(text: string, cols: number): string {
  const t = truncate(text, cols);
  return t + " ".repeat(Math.max(0, cols - width(t)));
}

/** Only http(s) and mailto targets become hyperlinks; anything else stays plain text. */
export function linkTarget(address: string, kind: "url" | "email"): string | undefined {
  const a = visible(address).trim();
  if (!a || /\s/.test(a) || /[\u0000-\u001f\u007f-\u009f]/.test(a)) return undefined;
  if (kind === "email") return /^[^@\s]+@[^@\s]+$/.test(a) ? `mailto:${a}` : undefined;
  if (/^https?:\/\//i.test(a)) return a;
  if (/^mailto:/i.test(a)) return a;
  if (/^[a-z][a-z0-9+.-]*:/i.test(a)) return undefined;
  return /^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(a) ? `https://${a}` : undefined;
}

/** OSC 8 hyperlink whose visible text is `text`. The target carries no control bytes. */
export function osc8(target: string, text: string): string {
  const safe = target.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return `\u001b]8;;${safe}\u0007${text}\u001b]8;;\u0007`;
}

export function segWidth(s: Seg): number {
  return width(s.text) + width(s.open ?? "") + width(s.close ?? "");
}

export function lineWidth(line: Line): number {
  return line.segs.reduce((n, s) => n + segWidth(s), 0);
}

interface Piece {
  seg: Seg;
  space: boolean;
}

function split(segs: Seg[]): Piece[] {
  const out: Piece[] = [];
  for (const seg of segs) {
    if (seg.atomic) {
      out.push({ seg, space: false });
      continue;
    }
    let offset = 0;
    for (const part of seg.text.split(/(\s+)/)) {
      if (part) {
        const src = seg.src ? { ...seg.src, offset: seg.src.offset + offset } : undefined;
        out.push({ seg: { ...seg, text: part, src }, space: /^\s+$/.test(part) });
      }
      offset += part.length;
    }
  }
  return out;
}

/** Split a too-long word into chunks of at most `max` columns. */
function chop(seg: Seg, max: number): Seg[] {
  if (seg.atomic)
    return [{ ...seg, text: truncate(seg.text, Math.max(1, max - segWidth({ ...seg, text: "" }))) }];
  const out: Seg[] = [];
  let cur = "";
  let w = 0;
  let start = 0;
  let at = 0;
  for (const ch of seg.text) {
    const cw = width(ch);
    if (w + cw > max && cur) {
      out.push({
        ...seg,
        text: cur,
        src: seg.src ? { ...seg.src, offset: seg.src.offset + start } : undefined,
      });
      start = at;
      cur = "";
      w = 0;
    }
    cur += ch;
    w += cw;
    at += ch.length;
  }
  if (cur)
    out.push({
      ...seg,
      text: cur,
      src: seg.src ? { ...seg.src, offset: seg.src.offset + start } : undefined,
    });
  return out;
}

function sameKind(a: Seg, b: Seg): boolean {
  if (a.atomic || b.atomic) return false;
  if (a.style !== b.style || a.link !== b.link) return false;
  if (!a.src || !b.src) return !a.src && !b.src;
  return (
    a.src.entry === b.src.entry &&
    a.src.field === b.src.field &&
    a.src.offset + a.text.length === b.src.offset
  );
}

/** Join neighbouring segments of the same kind: fewer Ink nodes per line. */
export function merge(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last && sameKind(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

export interface WrapOptions {
  /** Columns of indentation of every line. */
  indent?: number;
  /** Drawn before the first line (a bullet); later lines are indented by its width. */
  prefix?: Seg[];
  entry?: number;
}

/** Greedy word wrap of styled segments to `cols` columns. Always returns ≥ 1 line. */
export function wrap(segs: Seg[], cols: number, options: WrapOptions = {}): Line[] {
  // On a very narrow pane, give up indentation (then the bullet) before the text.
  const minText = Math.min(8, Math.max(1, cols));
  let prefix = options.prefix ?? [];
  let pw = prefix.reduce((n, s) => n + segWidth(s), 0);
  if (pw + minText > cols) {
    prefix = [];
    pw = 0;
  }
  const indent = Math.max(0, Math.min(options.indent ?? 0, cols - pw - minText));
  const hang = indent + prefix.reduce((n, s) => n + segWidth(s), 0);
  const avail = Math.max(1, cols - hang);
  const lines: Line[] = [];
  let cur: Seg[] = [];
  let w = 0;
  const flush = () => {
    while (cur.length && cur[cur.length - 1]!.text.trim() === "" && !cur[cur.length - 1]!.atomic) cur.pop();
    const lead: Seg[] =
      lines.length === 0 ? prefix : hang > indent ? [{ text: " ".repeat(hang - indent) }] : [];
    const pad: Seg[] = indent > 0 ? [{ text: " ".repeat(indent) }] : [];
    lines.push({ segs: merge([...pad, ...lead, ...cur]), entry: options.entry });
    cur = [];
    w = 0;
  };
  for (const piece of split(segs)) {
    if (piece.space) {
      if (cur.length === 0) continue;
      const sw = width(piece.seg.text);
      if (w + sw > avail) {
        flush();
        continue;
      }
      cur.push(piece.seg);
      w += sw;
      continue;
    }
    const pw = segWidth(piece.seg);
    if (w + pw <= avail) {
      cur.push(piece.seg);
      w += pw;
      continue;
    }
    if (cur.length) flush();
    if (pw <= avail) {
      cur.push(piece.seg);
      w += pw;
      continue;
    }
    const chunks = chop(piece.seg, avail);
    chunks.forEach((c, i) => {
      cur.push(c);
      w += segWidth(c);
      if (i < chunks.length - 1) flush();
    });
  }
  if (cur.length || lines.length === 0) flush();
  return lines;
}

/** Cut a line to `cols` columns (the last visible segment ends with `…`). */
export function clipLine(line: Line, cols: number): Line {
  if (lineWidth(line) <= cols) return line;
  const out: Seg[] = [];
  let w = 0;
  for (const s of line.segs) {
    const sw = segWidth(s);
    if (w + sw <= cols - 1) {
      out.push(s);
      w += sw;
      continue;
    }
    const room = cols - w;
    if (room > 0) {
      if (s.atomic)
        out.push({
          ...s,
          text: truncate(s.text, Math.max(1, room - width(s.open ?? "") - width(s.close ?? ""))),
        });
      else out.push({ ...s, text: truncate(s.text, room) });
    }
    break;
  }
  return { ...line, segs: out };
}

/**
 * Put `text` on the clipboard of the terminal that draws us (OSC 52: works over SSH and in
 * tmux with `set-clipboard on`). The payload is base64, so nothing in it is a control.
 */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;
}
