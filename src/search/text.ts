/**
 * Text primitives of the search index: case/diacritic folding that keeps offsets, a
 * tokenizer, and a bounded edit distance. Pure functions, no state but a char cache.
 */

const foldCache = new Map<string, string>();
const MARKS = /\p{M}+/gu;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return c; // half of an astral char: kept as is
  const lower = c.toLowerCase();
  const src = lower.length === 1 ? lower : c;
  const base = src.normalize("NFKD").replace(MARKS, "");
  if (base.length === 1) {
    const b = base.toLowerCase();
    if (b.length === 1) return b;
  }
  return lower.length === 1 ? lower : c;
}

/**
 * Lower case without diacritics, ONE UTF-16 unit out for each unit in, so that offsets in
 * the folded text are offsets in the original ("München" → "munchen", same length).
 */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 128) {
      out += c.toLowerCase();
      continue;
    }
    let f = foldCache.get(c);
    if (f === undefined) {
      f = foldChar(c);
      foldCache.set(c, f);
    }
    out += f;
  }
  return out;
}

/**
 * A token: a run of letters, digits, marks or `_`, with inner `.`, `+`, `#`, `'` joining
 * runs (`node.js`, `don't`) and trailing `+`/`#` kept (`c++`, `c#`). `-` and `/` split
 * (`real-time` → `real`, `time`), so every part is found on its own.
 */
export const TOKEN = /[\p{L}\p{N}\p{M}_]+(?:[.+#'][\p{L}\p{N}\p{M}_]+)*[+#]*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Tokens of an already folded text, with offsets. */
export function tokens(folded: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when the folded string is exactly one token. */
export function isOneToken(folded: string): boolean {
  TOKEN.lastIndex = 0;
  const m = TOKEN.exec(folded);
  return m !== null && m.index === 0 && m[0].length === folded.length;
}

/** How many typos a fuzzy term of this length may have. */
export function maxErrors(length: number): number {
  if (length < 3) return 0;
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}

const MAXQ = 64;
let rowA = new Int32Array(MAXQ + 1);
let rowB = new Int32Array(MAXQ + 1);
let rowC = new Int32Array(MAXQ + 1);

/**
 * Edit distance (optimal string alignment: insert, delete, substitute, swap two adjacent)
 * between `q` and the best PREFIX of `t`, if at most `k`. Returns `dist * 1024 + len`
 * where `len` is that prefix's length, or -1 when every prefix is further than `k`.
 * Among prefixes at the same distance, the whole word wins, else the one closest in
 * length to `q`.
 */
export function prefixDistance(q: string, t: string, k: number): number {
  const m = q.length;
  if (m > MAXQ) return -1;
  const n = Math.min(t.length, m + k);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = m <= k ? m : k + 1; // the empty prefix
  let bestLen = 0;
  for (let j = 1; j <= n; j++) {
    const tj = t.charCodeAt(j - 1);
    cur[0] = j;
    let colMin = j;
    for (let i = 1; i <= m; i++) {
      const qi = q.charCodeAt(i - 1);
      let v = prev[i - 1]! + (qi === tj ? 0 : 1);
      const del = cur[i - 1]! + 1;
      if (del < v) v = del;
      const ins = prev[i]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && qi === t.charCodeAt(j - 2) && q.charCodeAt(i - 2) === tj) {
        const tr = prev2[i - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[i] = v;
      if (v < colMin) colMin = v;
    }
    const d = cur[m]!;
    const whole = j === t.length;
    if (
      d < best ||
      (d === best && (whole || (bestLen !== t.length && Math.abs(j - m) < Math.abs(bestLen - m))))
    ) {
      best = d;
      bestLen = j;
    }
    if (colMin > k) break;
    const tmp = prev2;
    prev2 = prev;
    prev = cur;
    cur = tmp;
  }
  // keep the module rows in a consistent state for the next call
  rowA = prev2;
  rowB = prev;
  rowC = cur;
  return best <= k ? best * 1024 + bestLen : -1;
}
