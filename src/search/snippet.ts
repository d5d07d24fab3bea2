/**
 * A window of a hit's text around its first match, no wider than a given number of
 * terminal columns (wide characters count 2), cut with `…`, as segments that say which
 * parts matched. Views style the segments (bold, `[brackets]`); this module never emits
 * escape codes. Whitespace (newlines, tabs) becomes single spaces; control characters
 * are not this module's business (views pass segments through their own `safe`).
 */
import { width as stringWidth } from "../text/width.js";

export interface Segment {
  text: string;
  match: boolean;
}

interface Ch {
  ch: string;
  /** UTF-16 offset in the text. */
  at: number;
  w: number;
}

const ELLIPSIS = "…";

function chars(text: string): Ch[] {
  const out: Ch[] = [];
  let at = 0;
  for (const raw of text) {
    const ch = /\s/.test(raw) ? " " : raw;
    out.push({ ch, at, w: ch === " " ? 1 : stringWidth(ch) });
    at += raw.length;
  }
  return out;
}

/** The segments of `text` (or of a window of it) that fit in `maxWidth` columns. */
export function snippet(text: string, ranges: readonly [number, number][], maxWidth: number): Segment[] {
  const cs = chars(text);
  const max = Math.max(8, Math.floor(maxWidth));
  const total = cs.reduce((s, c) => s + c.w, 0);
  let from = 0;
  let to = cs.length; // exclusive
  if (total > max) {
    const first = ranges[0];
    let anchor = first ? cs.findIndex((c) => c.at >= first[0]) : 0;
    if (anchor < 0) anchor = 0;
    // some context on the left (a quarter of the room), the rest on the right
    let left = Math.floor((max - 2) / 4);
    from = anchor;
    while (from > 0 && left - cs[from - 1]!.w >= 0) {
      left -= cs[from - 1]!.w;
      from--;
    }
    if (from > 0 && from < anchor) {
      // start at a word when one begins close by
      const space = cs.slice(from, anchor).findIndex((c) => c.ch === " ");
      if (space >= 0 && space < 12) from += space + 1;
    }
    const room = () => max - (from > 0 ? 1 : 0);
    let used = 0;
    to = from;
    while (to < cs.length && used + cs[to]!.w <= room()) used += cs[to++]!.w;
    if (to < cs.length) {
      // room for the closing ellipsis
      while (to > from && used + 1 > room()) used -= cs[--to]!.w;
    }
    // the window ended early (match near the end): use the room on the left
    while (from > 0 && used + cs[from - 1]!.w + (from - 1 > 0 ? 1 : 0) + (to < cs.length ? 1 : 0) <= max) {
      used += cs[--from]!.w;
    }
  }
  const inMatch = (at: number) => ranges.some(([s, e]) => at >= s && at < e);
  const segs: Segment[] = [];
  const push = (t: string, match: boolean) => {
    const last = segs[segs.length - 1];
    if (last && last.match === match) last.text += t;
    else segs.push({ text: t, match });
  };
  if (from > 0) push(ELLIPSIS, false);
  for (let i = from; i < to; i++) push(cs[i]!.ch, inMatch(cs[i]!.at));
  if (to < cs.length) push(ELLIPSIS, false);
  return segs;
}
