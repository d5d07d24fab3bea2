const ASCII_RE = /^[\x20-\x7e]*$/;
/** Printable ASCII without space or backtick. */
const ASCII_WORD_RE = /^[\x21-\x5f\x61-\x7e]*$/;

/** Keys of the vocabulary tables: lower case, accents off Latin letters (Hangul and kana keep theirs), one space. */
export function fold(text: string): string {
  // One plain ASCII word (most calls): lower case is all there is to do.
  if (ASCII_WORD_RE.test(text)) return text.toLowerCase();
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, " ").trim();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/([a-z])\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** A table field "a|b|c" → its entries. */
export function entries(packed: string): string[] {
  return packed ? packed.split("|") : [];
}

/** Han, kana or Hangul: scripts written without spaces between words. */
export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
