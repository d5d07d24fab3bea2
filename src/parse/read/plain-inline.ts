/**
 * A fast reading of the inline markup most Markdown résumé lines hold, `**Stack:** \`Go\`, \`SQL\``
 * and `*Team · Berlin*`: bold and italic spans and code spans, with the same result as the
 * Markdown lexer (`marked`) gives, for a fraction of its cost. A line written with anything else
 * (links, HTML, escapes, underscores, strike-through, URLs, nested or unusual emphasis) is left to the lexer: {@link plainInline} then returns undefined.
 *
 * What is read here (each condition keeps a line in the part of Markdown where the lexer's
 * rules reduce to these; test/parse/read/plain-inline.test.ts compares the two readings):
 *   - an e-mail address standing as a word of its own outside emphasis (a link to `mailto:`);
 *   - code spans are single backticks in pairs, holding no `*`;
 *   - outside code spans, runs of `*` are one or two long and pair up in order, each pair of
 *     the same length: the opening run at the start or after a space or `(`, followed by a
 *     letter or digit; the closing run after anything but white space, followed by the end, a
 *     space or one of `,.;:)`.
 */
import { Inline } from "./inline.js";

/** What starts markup the fast reading leaves to the lexer (`://` and `www.` start links; two backticks a longer code span). */
const LEXER_ONLY_RE = /[\\<>&[\]!~_|\n\r]|``|:\/\/|www\./i;
/** An e-mail address the lexer makes a link of (GFM's bare address), as a whole word. */
const EMAIL_RE = /^[A-Za-z0-9.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{0,63}[A-Za-z0-9]){1,8}$/;
const WORD_START_RE = /^[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;

/** One piece of a line: text, a code span's text, an address, or the pieces inside an emphasis span. */
type Piece = string | { code: string } | { email: string } | { kind: "bold" | "italic"; inner: Piece[] };

/** The code span text `marked` gives: one space off each end when both ends have one. */
function codeText(c: string): string {
  return /[^ ]/.test(c) && c.startsWith(" ") && c.endsWith(" ") ? c.slice(1, -1) : c;
}

/**
 * `src.slice(from, to)` (which holds no `*`) as text and code spans; false when its backticks
 * do not pair. An address (`@`) is read only in `emails` text, as a word of its own between
 * spaces or the ends of the line; anywhere else it is the lexer's case.
 */
function codePieces(src: string, from: number, to: number, into: Piece[], emails: boolean): boolean {
  let at = from;
  for (;;) {
    const open = src.indexOf("`", at);
    if (open < 0 || open >= to) break;
    const close = src.indexOf("`", open + 1);
    if (close < 0 || close >= to) return false;
    const code = src.slice(open + 1, close);
    if (code.includes("*") || code.includes("@")) return false;
    if (open > at && !textPieces(src, at, open, into, emails)) return false;
    into.push({ code: codeText(code) });
    at = close + 1;
  }
  return at >= to || textPieces(src, at, to, into, emails);
}

function textPieces(src: string, from: number, to: number, into: Piece[], emails: boolean): boolean {
  let at = from;
  for (let k = src.indexOf("@", from); k >= 0 && k < to; k = src.indexOf("@", k + 1)) {
    if (!emails) return false;
    const start = src.lastIndexOf(" ", k) + 1;
    let end = src.indexOf(" ", k);
    if (end < 0) end = src.length;
    // (A word cut by markup, "**a**b@c.io", is the lexer's case.)
    if (start < at || start < from || end > to) return false;
    const word = src.slice(start, end);
    if (!EMAIL_RE.test(word)) return false;
    if (start > at) into.push(src.slice(at, start));
    into.push({ email: word });
    at = k = end;
  }
  if (to > at) into.push(src.slice(at, to));
  return true;
}

function pieces(src: string): Piece[] | undefined {
  if (LEXER_ONLY_RE.test(src)) return undefined;
  const out: Piece[] = [];
  let at = 0; // the start of what is not read yet
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 96) {
      // A code span: skipped whole (its closing backtick is the next one).
      const close = src.indexOf("`", i + 1);
      if (close < 0) return undefined;
      i = close + 1;
      continue;
    }
    if (c !== 42) {
      i++;
      continue;
    }
    // An opening run of `*`.
    const len = src.charCodeAt(i + 1) === 42 ? 2 : 1;
    if (src.charCodeAt(i + len) === 42) return undefined;
    const before = i === 0 ? 32 : src.charCodeAt(i - 1);
    if (before !== 32 && before !== 40) return undefined;
    if (!WORD_START_RE.test(src.slice(i + len, i + len + 2))) return undefined;
    // Its closing run: the next `*` outside code spans.
    let j = i + len;
    for (; j < n; j++) {
      const d = src.charCodeAt(j);
      if (d === 42) break;
      if (d === 96) {
        const close = src.indexOf("`", j + 1);
        if (close < 0) return undefined;
        j = close;
      }
    }
    if (j >= n) return undefined;
    const closeLen = src.charCodeAt(j + 1) === 42 ? 2 : 1;
    if (closeLen !== len || SPACE_RE.test(src[j - 1]!)) return undefined;
    const after = src.charCodeAt(j + len);
    // (NaN at the end of the line.)
    if (!(
      j + len >= n ||
      after === 32 ||
      after === 44 ||
      after === 46 ||
      after === 59 ||
      after === 58 ||
      after === 41
    ))
      return undefined;
    if (i > at && !codePieces(src, at, i, out, true)) return undefined;
    const inner: Piece[] = [];
    if (!codePieces(src, i + len, j, inner, false)) return undefined;
    out.push({ kind: len === 2 ? "bold" : "italic", inner });
    i = at = j + len;
  }
  if (at < n && !codePieces(src, at, n, out, true)) return undefined;
  return out;
}

function emit(ps: Piece[], into: Inline): void {
  for (const p of ps) {
    if (typeof p === "string") into.push(p);
    else if ("code" in p) into.span("code", p.code);
    else if ("email" in p) into.span("link", p.email, `mailto:${p.email}`);
    else {
      into.begin(p.kind);
      emit(p.inner, into);
      into.end(p.kind);
    }
  }
}

/** `src` read as the Markdown lexer reads it, when its markup is of the kinds above; else undefined. */
export function plainInline(src: string): Inline | undefined {
  const ps = pieces(src);
  if (!ps) return undefined;
  const inline = new Inline();
  emit(ps, inline);
  return inline;
}
