/**
 * The vocabulary of a library: its distinct folded words, numbered, and the typo-tolerant
 * word matching over them. A fuzzy term matches a word exactly anywhere inside it, or its
 * beginning within a few typos (bounded edit distance, after cheap letter-set filters).
 * Scans are cached, and a term that extends a cached one (search as you type) scans only
 * the previous survivors.
 */
import { Lru } from "./collections.js";
import { maxErrors, prefixDistance } from "./text.js";
import { TIER } from "./ranking.js";

/** Words matched by one (sub-)term: ids, quality, and where the match sits in the word. */
export interface WordMatches {
  ids: Int32Array;
  quality: Float32Array;
  offset: Int32Array;
  length: Int32Array;
}

export type MatchMode = "fuzzy" | "include" | "whole" | "prefix" | "suffix";

/** Scripts written without spaces between words: short terms match inside words too. */
const UNSPACED = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f]/;

/** A word's head: the letters a typo-tolerant prefix match can use (term + typos ≤ this). */
const HEAD_CHARS = 12;

/** Bit of a character in a word's letter set: a–z, digits, and 5 buckets for the rest. */
function charMask(word: string, upTo: number): number {
  let mask = 0;
  const n = Math.min(word.length, upTo);
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else mask |= 1 << (27 + (c % 5));
  }
  return mask;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The same matches, each `by` worse. */
export function shifted(w: WordMatches, by: number): WordMatches {
  return { ...w, quality: w.quality.map((q) => q + by) };
}

export class Vocabulary {
  readonly words: string[] = [];
  private readonly idOf = new Map<string, number>();
  /** Per word: its letter set (see charMask), whole and in its first HEAD_CHARS chars. */
  private maskAll!: Uint32Array;
  private maskHead!: Uint32Array;
  /** Per typo budget k = 1..3: the letter set of each word's first 3k+1 chars. */
  private maskLead: Uint32Array[] = [];
  private cache = new Lru<Int32Array>(64);

  get size(): number {
    return this.words.length;
  }

  /** The id of a word, undefined when the library does not hold it. */
  id(word: string): number | undefined {
    return this.idOf.get(word);
  }

  /** Add a new word; its id. */
  add(word: string): number {
    const id = this.words.length;
    this.words.push(word);
    this.idOf.set(word, id);
    return id;
  }

  /** Compute the letter sets once every word is in. */
  seal(): void {
    this.maskAll = Uint32Array.from(this.words.map((w) => charMask(w, w.length)));
    this.maskHead = Uint32Array.from(this.words.map((w) => charMask(w, HEAD_CHARS)));
    this.maskLead = [1, 2, 3].map((k) => Uint32Array.from(this.words.map((w) => charMask(w, 3 * k + 1))));
  }

  /** Forget cached scans. */
  clearCache(): void {
    this.cache = new Lru<Int32Array>(64);
  }

  /**
   * Words matching `s` in one of these modes:
   * - fuzzy: contains `s` (words of 1–2 letters: starts with it), or starts within
   *   `maxErrors(s.length)` typos of it;
   * - include: contains `s`; whole: is `s`; prefix: starts with `s`; suffix: ends with `s`.
   */
  match(s: string, mode: MatchMode): WordMatches {
    const m = s.length;
    const k = mode === "fuzzy" ? maxErrors(m) : 0;
    const ids: number[] = [];
    const quality: number[] = [];
    const offset: number[] = [];
    const length: number[] = [];
    const add = (id: number, q: number, off: number, len: number) => {
      ids.push(id);
      quality.push(q);
      offset.push(off);
      length.push(len);
    };
    const cacheKey = `${mode}\u0000${k}\u0000${s}`;
    let scan: Int32Array | undefined = this.cache.get(cacheKey);
    if (!scan && (mode === "fuzzy" || mode === "include" || mode === "prefix") && m > 1) {
      // search as you type: the survivors of a shorter term with the same budget
      for (let l = m - 1; l >= 1 && !scan; l--) {
        if (mode === "fuzzy" && (maxErrors(l) !== k || l < 3 !== m < 3)) break;
        if (UNSPACED.test(s.slice(0, l)) !== UNSPACED.test(s)) break;
        scan = this.cache.get(`${mode}\u0000${k}\u0000${s.slice(0, l)}`);
      }
    }
    const survivors: number[] = [];
    const unspaced = UNSPACED.test(s);
    const qMask = charMask(s, m);
    const leadQ = charMask(s, 2 * k + 1);
    const lead = k > 0 && k <= 3 ? this.maskLead[k - 1] : undefined;
    const n = scan ? scan.length : this.words.length;
    if (mode === "whole") {
      const id = this.idOf.get(s);
      if (id !== undefined) add(id, TIER.whole, 0, m);
    } else {
      for (let i = 0; i < n; i++) {
        const id = scan ? scan[i]! : i;
        const w = this.words[id]!;
        const wl = w.length;
        const shortness = 0.03 * (1 - m / Math.max(wl, m));
        if (mode === "prefix" || (mode === "fuzzy" && m < 3 && !unspaced)) {
          if (w.startsWith(s)) {
            survivors.push(id);
            add(id, wl === m ? TIER.whole : TIER.prefix + shortness, 0, m);
          }
          continue;
        }
        if (mode === "suffix") {
          if (w.endsWith(s)) add(id, wl === m ? TIER.whole : TIER.prefix + shortness, wl - m, m);
          continue;
        }
        // letters of the term missing from the word: each costs at least one typo
        const missAll = qMask & ~this.maskAll[id]!;
        if (missAll !== 0) {
          if (mode !== "fuzzy" || k === 0) continue;
          if (popcount(m + k <= HEAD_CHARS ? qMask & ~this.maskHead[id]! : missAll) > k) continue;
          // with k typos, one of the term's first 2k+1 letters sits in the word's first 3k+1
          if ((leadQ & lead![id]!) === 0) continue;
        }
        const at = missAll === 0 ? w.indexOf(s) : -1;
        if (at >= 0) {
          survivors.push(id);
          add(id, wl === m ? TIER.whole : (at === 0 ? TIER.prefix : TIER.infix) + shortness, at, m);
          continue;
        }
        if (mode === "fuzzy" && k > 0) {
          const r = prefixDistance(s, w, k);
          if (r >= 0) {
            const e = r >> 10;
            const len = r & 1023;
            survivors.push(id);
            add(
              id,
              (len === wl ? TIER.fuzzy : TIER.fuzzyPrefix) + (0.3 * e) / m + 0.03 * (1 - len / wl),
              0,
              len,
            );
          }
        }
      }
      if (mode !== "suffix") this.cache.set(cacheKey, Int32Array.from(survivors));
    }
    return {
      ids: Int32Array.from(ids),
      quality: Float32Array.from(quality),
      offset: Int32Array.from(offset),
      length: Int32Array.from(length),
    };
  }
}
