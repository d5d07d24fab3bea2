/**
 * Evaluating one query term against the index. A word-level term ("words": fuzzy or
 * include of one word) is kept as its matched words and read lazily: its best fields come
 * from the postings in weight order (`stream`, a heap merge, so the work follows what is
 * consumed, not the number of matching fields), its score in any field from the field's
 * word list (`scoreIn`). Other terms ("list") are evaluated into an explicit field list.
 * Evaluated terms are cached.
 */
import { add, bitset, has, Lru } from "./collections.js";
import {
  coverIn,
  FIRST_AT_START,
  LAST_AT_END,
  postingsFor,
  TRAILING,
  type Postings,
  type Where,
} from "./postings.js";
import { termKey, type Term } from "./query.js";
import { COVER_SPAN } from "./ranking.js";
import { fold, isOneToken, TOKEN, tokens } from "./text.js";
import { shifted, type Vocabulary, type WordMatches } from "./vocabulary.js";

/** Fields matched by a term, ascending by field id, with their scores. */
interface FieldList {
  fields: Int32Array;
  scores: Float32Array;
}

/** One evaluated term (see the file's comment). */
export type TermResult = {
  /** Length of the term's text (for the coverage part of the score). */
  length: number;
  /** Upper bound of the work to list every field (sum of postings). */
  cost: number;
  /** Matched word id → packed (offset * 65536 + length) of the match inside the word. */
  marks?: Map<number, number>;
  /** Profiles with at least one matching field, as a bitset (computed on demand). */
  profiles?: Uint32Array;
} & (
  | {
      kind: "words";
      words: WordMatches;
      wordQ: Float32Array;
      /** Where in a field a word must be: anywhere, or its first/last word (for ^ and $). */
      where: Where;
    }
  | ({ kind: "list"; order?: Int32Array } & FieldList)
);

const NO_FIELDS: FieldList = { fields: new Int32Array(0), scores: new Float32Array(0) };

export class Terms {
  private cache = new Lru<TermResult>(24);
  // scratch, one slot per field, made when first needed (a warm start may never need one)
  private seenArr?: Uint8Array;
  private touchedArr?: Int32Array;
  private markedArr?: Int32Array;
  private termBestArr?: Float32Array;

  constructor(
    private readonly ix: Postings,
    private readonly vocab: Vocabulary,
  ) {}

  private get seen(): Uint8Array {
    return (this.seenArr ??= new Uint8Array(this.ix.nFields));
  }
  private get touched(): Int32Array {
    return (this.touchedArr ??= new Int32Array(this.ix.nFields));
  }
  private get marked(): Int32Array {
    return (this.markedArr ??= new Int32Array(this.ix.nFields));
  }
  private get termBest(): Float32Array {
    return (this.termBestArr ??= new Float32Array(this.ix.nFields).fill(Infinity));
  }

  /** Forget cached term results. */
  clearCache(): void {
    this.cache = new Lru<TermResult>(24);
  }

  /** The term evaluated, from the cache when it was seen lately. */
  eval(term: Term): TermResult {
    const key = termKey(term);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.compute(term);
    this.cache.set(key, result);
    return result;
  }

  private compute(term: Term): TermResult {
    const s = term.text;
    const subs = tokens(s).map((t) => t.text);
    if (subs.length === 0) return this.listTerm(NO_FIELDS, 0);
    const single = isOneToken(s);
    const match = this.vocab.match.bind(this.vocab);
    switch (term.op) {
      case "fuzzy": {
        if (subs.length === 1) return this.wordTerm(match(subs[0]!, "fuzzy"), subs[0]!.length);
        // "ci/cd": every part in the same field
        const parts = subs.map((x) => this.wordTerm(match(x, "fuzzy"), x.length));
        const marks = new Map<number, number>();
        for (const p of parts) for (const [k, v] of p.marks!) marks.set(k, v);
        const lists = parts.map((p, i) => this.scatter((p as { words: WordMatches }).words, subs[i]!.length));
        return this.listTerm(this.intersect(lists), s.length, marks);
      }
      case "include": {
        if (single) return this.wordTerm(match(s, "include"), s.length);
        const parts = subs.map((x) => this.scatter(match(x, "include"), x.length));
        return this.listTerm(
          this.verify(this.intersect(parts), (t) => t.includes(s), 0.1),
          s.length,
        );
      }
      case "exact": {
        const words = match(subs[0]!, "whole");
        const cands = this.scatter(words, s.length, (f, w) => this.ix.fieldFirst[f] === w);
        return this.listTerm(
          this.verify(cands, (t) => t.trim() === s, 0),
          s.length,
        );
      }
      case "prefix": {
        if (s.search(TOKEN) !== 0) return this.listTerm(NO_FIELDS, 0);
        const words = match(subs[0]!, single || subs.length === 1 ? "prefix" : "whole");
        if (single) return this.wordTerm(shifted(words, 0.05), s.length, "first");
        const cands = this.scatter(words, s.length, undefined, this.ix.byFirstWord);
        return this.listTerm(
          this.verify(cands, (t) => t.trimStart().startsWith(s), 0.05),
          s.length,
        );
      }
      case "suffix": {
        const lastSub = subs[subs.length - 1]!;
        const words = match(lastSub, subs.length > 1 ? "whole" : "suffix");
        if (single) return this.wordTerm(shifted(words, 0.05), s.length, "last");
        const cands = this.scatter(words, s.length, undefined, this.ix.byLastWord);
        return this.listTerm(
          this.verify(cands, (t) => t.replace(TRAILING, "").endsWith(s), 0.05),
          s.length,
        );
      }
    }
  }

  private wordTerm(words: WordMatches, length: number, where: Where = "any"): TermResult {
    const wordQ = new Float32Array(this.vocab.size).fill(Infinity);
    const marks = new Map<number, number>();
    const postings = postingsFor(this.ix, where);
    let cost = 0;
    for (let i = 0; i < words.ids.length; i++) {
      const id = words.ids[i]!;
      wordQ[id] = words.quality[i]!;
      marks.set(id, words.offset[i]! * 65536 + Math.min(65535, words.length[i]!));
      cost += postings[id]!.length;
    }
    return { kind: "words", words, wordQ, marks, length, cost, where };
  }

  private listTerm(list: FieldList, length: number, marks?: Map<number, number>): TermResult {
    return { kind: "list", ...list, length, cost: list.fields.length, marks };
  }

  /** Every field matched by any of the words, with its best score; `keep` filters. */
  private scatter(
    words: WordMatches,
    termLength: number,
    keep?: (field: number, word: number) => boolean,
    postings: Int32Array[] = this.ix.byWord,
  ): FieldList {
    const best = this.termBest;
    const touched = this.touched;
    const penalty = this.ix.fieldPenalty;
    let count = 0;
    for (let i = 0; i < words.ids.length; i++) {
      const id = words.ids[i]!;
      const q = words.quality[i]!;
      const post = postings[id]!;
      for (let j = 0; j < post.length; j++) {
        const f = post[j]!;
        if (keep && !keep(f, id)) continue;
        const sc = q + penalty[f]! + coverIn(this.ix, termLength, f);
        const old = best[f]!;
        if (old === Infinity) touched[count++] = f;
        if (sc < old) best[f] = sc;
      }
    }
    const fields = touched.slice(0, count).sort();
    const scores = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const f = fields[i]!;
      scores[i] = best[f]!;
      best[f] = Infinity;
    }
    return { fields, scores };
  }

  /** Fields present in every part, with the mean score. */
  private intersect(parts: FieldList[]): FieldList {
    if (parts.length === 1) return parts[0]!;
    let cur = parts[0]!;
    for (let p = 1; p < parts.length; p++) {
      const other = parts[p]!;
      const fields: number[] = [];
      const scores: number[] = [];
      let i = 0;
      let j = 0;
      while (i < cur.fields.length && j < other.fields.length) {
        const a = cur.fields[i]!;
        const b = other.fields[j]!;
        if (a === b) {
          fields.push(a);
          scores.push(cur.scores[i]! + other.scores[j]!);
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      cur = { fields: Int32Array.from(fields), scores: Float32Array.from(scores) };
    }
    const n = parts.length;
    return { fields: cur.fields, scores: cur.scores.map((s) => s / n) };
  }

  /** Keep fields whose folded text passes `test`, with a fixed quality. */
  private verify(cands: FieldList, test: (folded: string) => boolean, quality: number): FieldList {
    const fields: number[] = [];
    const scores: number[] = [];
    for (const f of cands.fields) {
      if (test(fold(this.ix.fieldText[f]!))) {
        fields.push(f);
        scores.push(quality + this.ix.fieldPenalty[f]!);
      }
    }
    return { fields: Int32Array.from(fields), scores: Float32Array.from(scores) };
  }

  /** The profiles a term matches somewhere, as a bitset (cached on the term). */
  profilesOf(t: TermResult): Uint32Array {
    if (t.profiles) return t.profiles;
    const ix = this.ix;
    const bits = bitset(ix.nProfiles);
    if (t.kind === "words" && t.where !== "any") {
      const postings = postingsFor(ix, t.where);
      for (const id of t.words.ids) for (const f of postings[id]!) add(bits, ix.fieldProfile[f]!);
    } else if (t.kind === "words") {
      for (const id of t.words.ids) {
        const dense = ix.profileBits[id];
        if (dense) for (let i = 0; i < bits.length; i++) bits[i]! |= dense[i]!;
        else for (const p of ix.profiles[id]!) add(bits, p);
      }
    } else {
      for (const f of t.fields) add(bits, ix.fieldProfile[f]!);
    }
    t.profiles = bits;
    return bits;
  }

  /** The term's score in field f, Infinity when it does not match there. */
  scoreIn(t: TermResult, f: number): number {
    const ix = this.ix;
    if (t.kind === "words" && t.where !== "any") {
      const flag = t.where === "first" ? FIRST_AT_START : LAST_AT_END;
      if (!(ix.fieldFlags[f]! & flag)) return Infinity;
      const q = t.wordQ[(t.where === "first" ? ix.fieldFirst : ix.fieldLast)[f]!]!;
      return q === Infinity ? q : q + ix.fieldPenalty[f]! + coverIn(ix, t.length, f);
    }
    if (t.kind === "words") {
      let q = Infinity;
      const end = ix.fieldWordStart[f + 1]!;
      for (let i = ix.fieldWordStart[f]!; i < end; i++) {
        const v = t.wordQ[ix.fieldWords[i]!]!;
        if (v < q) q = v;
      }
      return q === Infinity ? q : q + ix.fieldPenalty[f]! + coverIn(ix, t.length, f);
    }
    let lo = 0;
    let hi = t.fields.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = t.fields[mid]!;
      if (v === f) return t.scores[mid]!;
      if (v < f) lo = mid + 1;
      else hi = mid - 1;
    }
    return Infinity;
  }

  /**
   * Visit a term's fields among allowed profiles in order of a lower bound of their score
   * (`key`: word quality + field penalty; coverage adds at most COVER_SPAN), each field
   * once, until `visit` returns false. Word terms merge their words' postings (already in
   * penalty order, then library order) through a heap, so the work follows what the
   * visitor consumes, not the number of matching fields.
   */
  stream(t: TermResult, allowed: Uint32Array | undefined, visit: (f: number, key: number) => boolean): void {
    const fieldProfile = this.ix.fieldProfile;
    if (t.kind === "list") {
      if (!t.order) {
        const scores = t.scores;
        t.order = Int32Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]! || a - b);
      }
      for (const i of t.order) {
        const f = t.fields[i]!;
        if (allowed && !has(allowed, fieldProfile[f]!)) continue;
        if (!visit(f, t.scores[i]! - COVER_SPAN)) return;
      }
      return;
    }
    const postings = postingsFor(this.ix, t.where);
    const { ids, quality } = t.words;
    const n = ids.length;
    const key = new Float64Array(n);
    const pos = new Int32Array(n);
    const heap = new Int32Array(n);
    const penalty = this.ix.fieldPenalty;
    let size = 0;
    // a binary min-heap of word indexes by (key, index)
    const siftDown = (i: number) => {
      const w = heap[i]!;
      const kw = key[w]!;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        let c = l;
        let cw = heap[l]!;
        if (r < size) {
          const rw = heap[r]!;
          if (key[rw]! < key[cw]! || (key[rw] === key[cw] && rw < cw)) {
            c = r;
            cw = rw;
          }
        }
        if (key[cw]! < kw || (key[cw] === kw && cw < w)) {
          heap[i] = cw;
          i = c;
        } else break;
      }
      heap[i] = w;
    };
    for (let w = 0; w < n; w++) {
      const post = postings[ids[w]!]!;
      if (post.length === 0) continue;
      key[w] = quality[w]! + penalty[post[0]!]!;
      heap[size++] = w;
    }
    for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
    const seen = this.seen;
    const marked = this.marked;
    let count = 0;
    try {
      while (size > 0) {
        const w = heap[0]!;
        const k = key[w]!;
        const post = postings[ids[w]!]!;
        const f = post[pos[w]!]!;
        if (++pos[w]! < post.length) {
          key[w] = quality[w]! + penalty[post[pos[w]!]!]!;
        } else {
          heap[0] = heap[--size]!;
        }
        if (size > 0) siftDown(0);
        if (seen[f]) continue;
        seen[f] = 1;
        marked[count++] = f;
        if (allowed && !has(allowed, fieldProfile[f]!)) continue;
        if (!visit(f, k)) return;
      }
    } finally {
      for (let i = 0; i < count; i++) seen[marked[i]!] = 0;
    }
  }

  /** The term's best `k` fields among allowed profiles that are not in `out` yet. */
  best(
    t: TermResult,
    k: number,
    allowed: Uint32Array | undefined,
    out: Map<number, number>,
    score: (f: number, t: TermResult, key: number) => number,
  ): void {
    if (k <= 0) return;
    let got = 0;
    this.stream(t, allowed, (f, key) => {
      if (out.has(f)) return true;
      out.set(f, score(f, t, key));
      return ++got < k;
    });
  }
}
