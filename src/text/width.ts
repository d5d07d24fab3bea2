/**
 * THE display width: how many terminal columns a string takes. Every view measures with it
 * (the browser's layout, the plain views' wrapping, and Ink itself: the bundle sends Ink's
 * `string-width` imports here through src/text/fast-width.ts).
 *
 * Terminals disagree on emoji sequences: 👍🏽 is 2 columns in kitty or WezTerm, 4 in
 * xterm and tmux 3.3 (the thumb, then the skin-tone swatch); 👩🏽‍💻 is 2, 4 or 6; ❤️ (with
 * VS16) 2 or 1. No count is right everywhere, so the browser draws these sequences in the
 * one form every terminal agrees on (`terminalSafe`): the emoji without its skin-tone
 * modifier and presentation selector, the parts of a ZWJ sequence side by side
 * (👍🏽 → 👍, 👩🏽‍💻 → 👩💻, ❤️ → ❤). `width` measures any text as that form is drawn, so
 * what is measured and what is drawn cannot differ.
 *
 * The rest is wcwidth: controls, combining and enclosing marks, format characters
 * (zero-width space, joiners, bidi marks), variation selectors and Hangul medial and final
 * jamo take no column; East Asian Wide and Fullwidth characters (CJK, Hangul syllables,
 * emoji shown as emoji by default) take two; everything else one.
 */
import { eastAsianWidth } from "get-east-asian-width";

// eslint-disable-next-line no-control-regex
const ANSI =
  /[\u001b\u009b][[\]()#;?]{0,20}(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]{1,400}){0,20}|[a-zA-Z\d]{1,40}(?:;[-a-zA-Z\d/#&.:=?%@~_]{0,400}){0,20})?(?:\u0007|\u001b\u005c|\u009c))|(?:(?:\d{1,4}(?:;\d{0,4}){0,20})?[\dA-PR-TZcf-nq-uy=><~]))/g;

const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const PICTO = /^\p{Extended_Pictographic}$/u;

/** One column, alone or beside anything in this set (UTF-16 code unit = code point). */
export function isPlainNarrow(c: number): boolean {
  if (c < 0x7f) return c >= 0x20;
  if (c < 0xa0) return false;
  if (c <= 0x2ff) return c !== 0xad; // Latin-1, Latin Extended A/B, IPA, spacing modifiers
  if (c >= 0x370 && c <= 0x3ff) return c >= 0x384 || (c >= 0x370 && c <= 0x377) || (c >= 0x37a && c <= 0x37f); // Greek
  if (c >= 0x400 && c <= 0x482) return true; // Cyrillic letters (not its combining marks)
  if (c >= 0x48a && c <= 0x52f) return true;
  if (c >= 0x2010 && c <= 0x2027) return true; // dashes, quotes, bullets, ellipsis
  if (c >= 0x2030 && c <= 0x205e) return c !== 0x203c && c !== 0x2049; // ‼ ⁉ can be emoji
  if (c >= 0x20a0 && c <= 0x20c0) return true; // currency signs
  if (c >= 0x2190 && c <= 0x21ff) return !(c >= 0x2194 && c <= 0x2199) && c !== 0x21a9 && c !== 0x21aa; // arrows
  if (c >= 0x2500 && c <= 0x259f) return true; // box drawing, block elements
  return false;
}

function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainNarrow(text.charCodeAt(i))) return false;
  return true;
}

const isModifier = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;
const isPresentation = (cp: number) => cp === 0xfe0e || cp === 0xfe0f;

/** Columns of one code point drawn on its own (wcwidth). */
export function codePointWidth(cp: number, ch: string): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp < 0xa0) return 0;
  if (cp >= 0x1160 && cp <= 0x11ff) return 0; // Hangul medial vowels and final consonants
  if (ZERO.test(ch)) return 0;
  return eastAsianWidth(cp);
}

/**
 * Text in the form every terminal draws at the same width: skin-tone modifiers and
 * VS15/VS16 after an emoji dropped, ZWJ between two emoji dropped.
 */
export function terminalSafe(text: string): string {
  if (plain(text)) return text;
  let out = "";
  let prevPicto = false;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (prevPicto && (isModifier(cp) || isPresentation(cp))) continue;
    if (prevPicto && cp === 0x200d && PICTO.test(chars[i + 1] ?? "")) continue;
    prevPicto = PICTO.test(ch) || (prevPicto && (isModifier(cp) || isPresentation(cp)));
    out += ch;
  }
  return out;
}

/** Terminal columns taken by `text` as the browser draws it (escape sequences ignored). */
export function width(text: string): number {
  if (typeof text !== "string" || text.length === 0) return 0;
  const t = text.includes("\u001b") || text.includes("\u009b") ? text.replace(ANSI, "") : text;
  if (plain(t)) return t.length;
  let n = 0;
  for (const ch of terminalSafe(t)) n += codePointWidth(ch.codePointAt(0)!, ch);
  return n;
}
