/**
 * string-width with a fast path for the text a résumé browser draws most: Latin letters,
 * punctuation (`·`, `…`, `–`, `’`), arrows (`→`) and box drawing. Each of those code
 * points is one column in every terminal and never joins a neighbour into a wider
 * grapheme, so such a string is as wide as it is long. Anything else (wide CJK, emoji,
 * combining marks, variation selectors, zero-width characters) goes to string-width.
 *
 * Why: string-width compiles a `\p{RGI_Emoji}` regex the first time it meets a non-ASCII
 * string, about 25 ms on these cores, paid on the browser's first frame. The bundle
 * (scripts/esbuild-plugins.mjs) sends Ink's own imports of string-width here too, and
 * test/text/fast-width.test.ts checks every code point of the fast set against
 * string-width itself.
 */
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";

type Options = Parameters<typeof stringWidth>[1];

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

export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input !== "string" || input.length === 0) return 0;
  if (options && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes))
    return stringWidth(input, options);
  const text = input.includes("\u001b") || input.includes("\u009b") ? stripAnsi(input) : input;
  for (let i = 0; i < text.length; i++)
    if (!isPlainNarrow(text.charCodeAt(i))) return stringWidth(input, options);
  return text.length;
}
