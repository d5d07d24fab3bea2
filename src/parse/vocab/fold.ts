/** Keys of the vocabulary tables: lower case, accents off Latin letters (Hangul and kana keep theirs), one space. */
export function fold(text: string): string {
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
