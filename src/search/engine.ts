/**
 * The search engine behind `buildIndex`: an inverted index over the DISTINCT words of a
 * library, so a query costs a scan of the vocabulary (thousands of words, not millions of
 * fields) plus the postings of the words that match.
 *
 * - Fields: every searchable text of every profile (see fields.ts), numbered in library
 *   order, stored as typed arrays (profile, meta, weight, first/last word, its distinct
 *   words) plus a reference to the text (never copied).
 * - Vocabulary: each distinct folded token → postings: the fields containing it, lightest
 *   weight penalty first, then in library order (also: fields that start / end with it,
 *   for `^` and `$`; profiles containing it, as a list or a bitset).
 * - A fuzzy term matches a word exactly anywhere inside it, or its beginning within a
 *   few typos (bounded edit distance, after cheap letter-set filters), see `matchWords`.
 *   Scans are cached, and a term that extends a cached one (search as you type) scans
 *   only the previous survivors; evaluated terms are cached too.
 * - Hits: a word term's fields are read best first by merging its words' postings in a
 *   heap (`stream`), so the work follows `limit`, not the number of matching fields.
 *   Several terms: profiles must match every term (bitsets); the cheapest term drives,
 *   the others are scored in each of its fields (`scoreIn`), within a bounded budget.
 * - Scores (lower is better, fuse.js convention): the kind of match first (whole word,
 *   start of a word, inside a word, with typos), then the field's weight, then how much
 *   of the field the match covers; ties go to library order.
 */
import type { Entry } from "../library/library.js";
import type { SectionId } from "../profile/sections.js";
import { fieldsOf, type Field } from "./fields.js";
import { parseQuery, termKey, type Query, type Term } from "./query.js";
import { fold, isOneToken, maxErrors, prefixDistance, TOKEN, tokens } from "./text.js";

export interface RawHit {
  profile: number;
  section: SectionId;
  entry: number;
  field: string;
  text: string;
  ranges: [number, number][];
  score: number;
}

interface Meta {
  section: SectionId;
  entry: number;
  field: string;
  /** Score added for a low-weight field: 0 for a name, 0.12 for prose. */
  penalty: number;
}

/** Words matched by one (sub-)term: ids, quality, and where the match sits in the word. */
interface WordMatches {
  ids: Int32Array;
  quality: Float32Array;
  offset: Int32Array;
  length: Int32Array;
}

type Where = "any" | "first" | "last";

/** Fields matched by a term, ascending by field id, with their scores. */
interface FieldList {
  fields: Int32Array;
  scores: Float32Array;
}

/**
 * One evaluated term. A word-level term ("words": fuzzy or include of one word) is kept
 * as its matched words and read lazily: its best fields come from the postings in weight
 * order, its score in any field from the field's word list. Other terms ("list") are
 * evaluated into an explicit field list.
 */
type TermResult = {
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

const TIER = { whole: 0, prefix: 0.15, infix: 0.3, fuzzy: 0.45, fuzzyPrefix: 0.6 } as const;
/** Scripts written without spaces between words: short terms match inside words too. */
const UNSPACED = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f]/;
const WEIGHT_SPAN = 0.2;
const COVER_SPAN = 0.004;
/** How many fields (plus 2 × limit) of its rarest term a multi-term query examines at most. */
const CANDIDATES = 4000;
const FIELD_FLAG_FIRST_AT_START = 1;
const FIELD_FLAG_LAST_AT_END = 2;
const TRAILING_OK = /^[\s.,;:!?)\]'"»”’*]*$/;
const TRAILING = /[\s.,;:!?)\]'"»”’*]+$/;

class Lru<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/** Growable int32 list. */
class IntList {
  data = new Int32Array(16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

interface Tokenized {
  words: Int32Array;
  first: number;
  last: number;
  flags: number;
}

/** Texts up to this length are tokenized once per library, however often they repeat. */
const SHORT_TEXT = 48;

interface Building {
  profile: IntList;
  meta: IntList;
  len: IntList;
  first: IntList;
  last: IntList;
  flags: IntList;
  metaIds: Map<SectionId, Map<string, number>[]>;
  shortTexts: Map<string, Tokenized>;
  /** Per word: the last field (profile) it was added to, to add each once. */
  wordLastField: IntList;
  wordLastProfile: IntList;
  profilePostings: IntList[];
  fieldWords: IntList;
  fieldWordStart: IntList;
}

/** The best k (score, id) pairs seen, lower score first, then lower id. */
class TopK {
  private ids: number[] = [];
  private scores: number[] = [];
  constructor(private readonly k: number) {}
  add(id: number, score: number): void {
    const n = this.ids.length;
    if (
      n === this.k &&
      (score > this.scores[n - 1]! || (score === this.scores[n - 1] && id > this.ids[n - 1]!))
    )
      return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.scores[mid]! < score || (this.scores[mid] === score && this.ids[mid]! < id)) lo = mid + 1;
      else hi = mid;
    }
    this.ids.splice(lo, 0, id);
    this.scores.splice(lo, 0, score);
    if (this.ids.length > this.k) {
      this.ids.pop();
      this.scores.pop();
    }
  }
  get full(): boolean {
    return this.ids.length >= this.k;
  }
  get worst(): number {
    return this.scores[this.scores.length - 1] ?? Infinity;
  }
  forEach(fn: (id: number, score: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) fn(this.ids[i]!, this.scores[i]!);
  }
}

/** The same matches, each `by` worse. */
function shifted(w: WordMatches, by: number): WordMatches {
  return { ...w, quality: w.quality.map((q) => q + by) };
}

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

/** A word's head: the letters a typo-tolerant prefix match can use (term + typos ≤ this). */
const HEAD_CHARS = 12;

const has = (bits: Uint32Array, p: number): boolean => ((bits[p >>> 5]! >>> (p & 31)) & 1) === 1;

export class Engine {
  private nFields = 0;
  private fieldProfile!: Int32Array;
  private fieldMeta!: Int32Array;
  private fieldLen!: Uint16Array;
  private fieldFirst!: Int32Array;
  private fieldLast!: Int32Array;
  private fieldFlags!: Uint8Array;
  private fieldPenalty!: Float32Array;
  /** The distinct words of field f are fieldWords[fieldWordStart[f] .. fieldWordStart[f+1]). */
  private fieldWords!: Int32Array;
  private fieldWordStart!: Int32Array;
  private fieldText: string[] = [];
  private metas: Meta[] = [];
  private vocab: string[] = [];
  private vocabId = new Map<string, number>();
  /** Per word: the fields containing it, lightest penalty first (then field order). */
  private postings: Int32Array[] = [];
  /** Per word: its letter set (see charMask), whole and in its first HEAD_CHARS chars. */
  private maskAll!: Uint32Array;
  private maskHead!: Uint32Array;
  /** Per typo budget k = 1..3: the letter set of each word's first 3k+1 chars. */
  private maskLead: Uint32Array[] = [];
  /** Per word: the fields whose text starts (ends) with it, in the same order. */
  private firstPostings: Int32Array[] = [];
  private lastPostings: Int32Array[] = [];
  /** Per word: the profiles containing it, ascending; as a bitset too when common. */
  private profilePostings: Int32Array[] = [];
  private profileBits: (Uint32Array | undefined)[] = [];

  // scratch, sized once built
  private seen!: Uint8Array;
  private touched!: Int32Array;
  private marked!: Int32Array;
  private termBest!: Float32Array;

  private wordCache = new Lru<Int32Array>(64);
  private termCache = new Lru<TermResult>(24);

  // incremental build state
  private next = 0;
  private building?: Building;
  private done = false;

  constructor(private readonly entries: readonly Entry[]) {}

  get ready(): boolean {
    return this.done;
  }

  /** Index up to `count` more profiles; true when the whole library is indexed. */
  step(count = Infinity): boolean {
    if (this.done) return true;
    const b: Building = (this.building ??= {
      profile: new IntList(),
      meta: new IntList(),
      len: new IntList(),
      first: new IntList(),
      last: new IntList(),
      flags: new IntList(),
      metaIds: new Map(),
      shortTexts: new Map(),
      wordLastField: new IntList(),
      wordLastProfile: new IntList(),
      profilePostings: [],
      fieldWords: new IntList(),
      fieldWordStart: new IntList(),
    });
    const end = Math.min(this.entries.length, this.next + count);
    for (let p = this.next; p < end; p++) {
      for (const f of fieldsOf(this.entries[p]!.profile)) {
        const fid = this.fieldText.length;
        const meta = this.metaOf(b, f);
        // Short texts repeat across profiles (skills, positions, companies, cities):
        // tokenize each distinct one once.
        const short = f.text.length <= SHORT_TEXT;
        let tok = short ? b.shortTexts.get(f.text) : undefined;
        if (!tok) {
          tok = this.tokenize(f.text);
          if (short) b.shortTexts.set(f.text, tok);
        }
        b.fieldWordStart.push(b.fieldWords.length);
        const lastField = b.wordLastField;
        const lastProfile = b.wordLastProfile;
        for (const id of tok.words) {
          if (lastField.data[id] === fid) continue;
          lastField.data[id] = fid;
          b.fieldWords.push(id);
          if (lastProfile.data[id] !== p) {
            lastProfile.data[id] = p;
            b.profilePostings[id]!.push(p);
          }
        }
        this.fieldText.push(f.text);
        b.profile.push(p);
        b.meta.push(meta);
        b.len.push(Math.min(f.text.length, 65535));
        b.first.push(tok.first);
        b.last.push(tok.last);
        b.flags.push(tok.flags);
      }
    }
    this.next = end;
    if (end < this.entries.length) return false;
    this.finish(b);
    return true;
  }

  /** The meta id of a field's (section, entry, path), created on first sight. */
  private metaOf(b: Building, f: Field): number {
    let bySection = b.metaIds.get(f.section);
    if (!bySection) b.metaIds.set(f.section, (bySection = []));
    const byPath = (bySection[f.entry] ??= new Map<string, number>());
    let meta = byPath.get(f.field);
    if (meta === undefined) {
      meta = this.metas.length;
      this.metas.push({
        section: f.section,
        entry: f.entry,
        field: f.field,
        penalty: Math.fround(WEIGHT_SPAN * (1 - f.weight)),
      });
      byPath.set(f.field, meta);
    }
    return meta;
  }

  /** A text's words (ids, new words added to the vocabulary), first/last word and flags. */
  private tokenize(text: string): Tokenized {
    const b = this.building!;
    const folded = fold(text);
    const words: number[] = [];
    let first = -1;
    let last = -1;
    let firstAt = -1;
    let lastEnd = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
      const word = m[0];
      let id = this.vocabId.get(word);
      if (id === undefined) {
        id = this.vocab.length;
        this.vocab.push(word);
        this.vocabId.set(word, id);
        b.profilePostings.push(new IntList());
        b.wordLastField.push(-1);
        b.wordLastProfile.push(-1);
      }
      words.push(id);
      if (first < 0) {
        first = id;
        firstAt = m.index;
      }
      last = id;
      lastEnd = m.index + word.length;
    }
    let flags = 0;
    if (firstAt >= 0 && !folded.slice(0, firstAt).trim()) flags |= FIELD_FLAG_FIRST_AT_START;
    if (last >= 0 && TRAILING_OK.test(folded.slice(lastEnd))) flags |= FIELD_FLAG_LAST_AT_END;
    return { words: Int32Array.from(words), first, last, flags };
  }

  private finish(b: Building): void {
    const nFields = (this.nFields = this.fieldText.length);
    this.fieldProfile = b.profile.toArray();
    this.fieldMeta = b.meta.toArray();
    this.fieldLen = Uint16Array.from(b.len.toArray());
    this.fieldFirst = b.first.toArray();
    this.fieldLast = b.last.toArray();
    this.fieldFlags = Uint8Array.from(b.flags.toArray());
    const meta = this.fieldMeta;
    const penaltyOfMeta = Float32Array.from(this.metas.map((m) => m.penalty));
    const penalty = (this.fieldPenalty = new Float32Array(nFields));
    for (let f = 0; f < nFields; f++) penalty[f] = penaltyOfMeta[meta[f]!]!;
    this.maskAll = Uint32Array.from(this.vocab.map((w) => charMask(w, w.length)));
    this.maskHead = Uint32Array.from(this.vocab.map((w) => charMask(w, HEAD_CHARS)));
    this.maskLead = [1, 2, 3].map((k) => Uint32Array.from(this.vocab.map((w) => charMask(w, 3 * k + 1))));
    this.fieldWords = b.fieldWords.toArray();
    b.fieldWordStart.push(b.fieldWords.length);
    this.fieldWordStart = b.fieldWordStart.toArray();
    // Postings by a counting sort on (word, penalty class), filled in field order: each
    // word's fields come lightest penalty first, then in library order, so a term's best
    // fields can be read first. One array for all words, a view per word.
    const classes = [...new Set(this.metas.map((m) => m.penalty))].sort((x, y) => x - y);
    const C = classes.length;
    const classOfMeta = Uint8Array.from(this.metas.map((m) => classes.indexOf(m.penalty)));
    const fieldClass = new Uint8Array(nFields);
    for (let f = 0; f < nFields; f++) fieldClass[f] = classOfMeta[meta[f]!]!;
    const nW = this.vocab.length;
    const sortByWord = (
      count: number,
      wordsOf: (f: number, add: (w: number) => void) => void,
    ): Int32Array[] => {
      const counts = new Int32Array(nW * C + 1);
      for (let f = 0; f < nFields; f++) {
        const c = fieldClass[f]! + 1;
        wordsOf(f, (w) => counts[w * C + c]!++);
      }
      for (let k = 1; k <= nW * C; k++) counts[k]! += counts[k - 1]!;
      const starts = new Int32Array(nW + 1);
      for (let w = 0; w <= nW; w++) starts[w] = w < nW ? counts[w * C]! : count;
      const all = new Int32Array(count);
      for (let f = 0; f < nFields; f++) {
        const c = fieldClass[f]!;
        wordsOf(f, (w) => (all[counts[w * C + c]!++] = f));
      }
      const out: Int32Array[] = new Array(nW);
      for (let w = 0; w < nW; w++) out[w] = all.subarray(starts[w]!, starts[w + 1]!);
      return out;
    };
    const fw = this.fieldWords;
    const fws = this.fieldWordStart;
    this.postings = sortByWord(fw.length, (f, add) => {
      for (let i = fws[f]!, end = fws[f + 1]!; i < end; i++) add(fw[i]!);
    });
    // fields that start (end) with each word, for ^ and $
    const flags = this.fieldFlags;
    let nFirst = 0;
    let nLast = 0;
    for (let f = 0; f < nFields; f++) {
      if (flags[f]! & FIELD_FLAG_FIRST_AT_START) nFirst++;
      if (flags[f]! & FIELD_FLAG_LAST_AT_END) nLast++;
    }
    this.firstPostings = sortByWord(nFirst, (f, add) => {
      if (flags[f]! & FIELD_FLAG_FIRST_AT_START) add(this.fieldFirst[f]!);
    });
    this.lastPostings = sortByWord(nLast, (f, add) => {
      if (flags[f]! & FIELD_FLAG_LAST_AT_END) add(this.fieldLast[f]!);
    });
    this.profilePostings = b.profilePostings.map((l) => l.toArray());
    const nWords = (this.entries.length + 31) >>> 5;
    this.profileBits = this.profilePostings.map((list) => {
      if (list.length * 8 < this.entries.length) return undefined;
      const bits = new Uint32Array(nWords);
      for (const p of list) bits[p >>> 5]! |= 1 << (p & 31);
      return bits;
    });
    this.seen = new Uint8Array(this.nFields);
    this.touched = new Int32Array(this.nFields);
    this.marked = new Int32Array(this.nFields);
    this.termBest = new Float32Array(this.nFields).fill(Infinity);
    this.building = undefined;
    this.done = true;
  }

  /** Forget cached word scans and term results (benchmarks: every run starts cold). */
  clearCaches(): void {
    this.wordCache = new Lru<Int32Array>(64);
    this.termCache = new Lru<TermResult>(24);
  }

  stats(): { profiles: number; fields: number; words: number; postings: number } {
    this.step();
    let postings = 0;
    for (const p of this.postings) postings += p.length;
    return { profiles: this.entries.length, fields: this.nFields, words: this.vocab.length, postings };
  }

  // ---------------------------------------------------------------- word matching

  /**
   * Words matching `s` in one of these modes:
   * - fuzzy: contains `s` (words of 1–2 letters: starts with it), or starts within
   *   `maxErrors(s.length)` typos of it;
   * - include: contains `s`; whole: is `s`; prefix: starts with `s`; suffix: ends with `s`.
   */
  private matchWords(s: string, mode: "fuzzy" | "include" | "whole" | "prefix" | "suffix"): WordMatches {
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
    let scan: Int32Array | undefined = this.wordCache.get(cacheKey);
    if (!scan && (mode === "fuzzy" || mode === "include" || mode === "prefix") && m > 1) {
      // search as you type: the survivors of a shorter term with the same budget
      for (let l = m - 1; l >= 1 && !scan; l--) {
        if (mode === "fuzzy" && (maxErrors(l) !== k || l < 3 !== m < 3)) break;
        if (UNSPACED.test(s.slice(0, l)) !== UNSPACED.test(s)) break;
        scan = this.wordCache.get(`${mode}\u0000${k}\u0000${s.slice(0, l)}`);
      }
    }
    const survivors: number[] = [];
    const unspaced = UNSPACED.test(s);
    const qMask = charMask(s, m);
    const leadQ = charMask(s, 2 * k + 1);
    const lead = k > 0 && k <= 3 ? this.maskLead[k - 1] : undefined;
    const n = scan ? scan.length : this.vocab.length;
    if (mode === "whole") {
      const id = this.vocabId.get(s);
      if (id !== undefined) add(id, TIER.whole, 0, m);
    } else {
      for (let i = 0; i < n; i++) {
        const id = scan ? scan[i]! : i;
        const w = this.vocab[id]!;
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
      if (mode !== "suffix") this.wordCache.set(cacheKey, Int32Array.from(survivors));
    }
    return {
      ids: Int32Array.from(ids),
      quality: Float32Array.from(quality),
      offset: Int32Array.from(offset),
      length: Int32Array.from(length),
    };
  }

  // ---------------------------------------------------------------- terms

  /** Every field matched by any of the words, with its best score; `keep` filters. */
  private scatter(
    words: WordMatches,
    termLength: number,
    keep?: (field: number, word: number) => boolean,
    postings: Int32Array[] = this.postings,
  ): FieldList {
    const best = this.termBest;
    const touched = this.touched;
    let count = 0;
    for (let i = 0; i < words.ids.length; i++) {
      const id = words.ids[i]!;
      const q = words.quality[i]!;
      const post = postings[id]!;
      for (let j = 0; j < post.length; j++) {
        const f = post[j]!;
        if (keep && !keep(f, id)) continue;
        const sc = q + this.fieldPenalty[f]! + this.cover(termLength, f);
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

  private cover(termLength: number, f: number): number {
    const len = this.fieldLen[f]!;
    return len > termLength ? COVER_SPAN * (1 - termLength / len) : 0;
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
      if (test(fold(this.fieldText[f]!))) {
        fields.push(f);
        scores.push(quality + this.fieldPenalty[f]!);
      }
    }
    return { fields: Int32Array.from(fields), scores: Float32Array.from(scores) };
  }

  private evalTerm(term: Term): TermResult {
    const key = termKey(term);
    const cached = this.termCache.get(key);
    if (cached) return cached;
    const result = this.computeTerm(term);
    this.termCache.set(key, result);
    return result;
  }

  private postingsFor(where: Where): Int32Array[] {
    return where === "first" ? this.firstPostings : where === "last" ? this.lastPostings : this.postings;
  }

  private wordTerm(words: WordMatches, length: number, where: Where = "any"): TermResult {
    const wordQ = new Float32Array(this.vocab.length).fill(Infinity);
    const marks = new Map<number, number>();
    const postings = this.postingsFor(where);
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

  private computeTerm(term: Term): TermResult {
    const s = term.text;
    const subs = tokens(s).map((t) => t.text);
    if (subs.length === 0)
      return this.listTerm({ fields: new Int32Array(0), scores: new Float32Array(0) }, 0);
    const single = isOneToken(s);
    switch (term.op) {
      case "fuzzy": {
        if (subs.length === 1) return this.wordTerm(this.matchWords(subs[0]!, "fuzzy"), subs[0]!.length);
        // "ci/cd": every part in the same field
        const parts = subs.map((x) => this.wordTerm(this.matchWords(x, "fuzzy"), x.length));
        const marks = new Map<number, number>();
        for (const p of parts) for (const [k, v] of p.marks!) marks.set(k, v);
        const lists = parts.map((p, i) => this.scatter((p as { words: WordMatches }).words, subs[i]!.length));
        return this.listTerm(this.intersect(lists), s.length, marks);
      }
      case "include": {
        if (single) return this.wordTerm(this.matchWords(s, "include"), s.length);
        const parts = subs.map((x) => this.scatter(this.matchWords(x, "include"), x.length));
        return this.listTerm(
          this.verify(this.intersect(parts), (t) => t.includes(s), 0.1),
          s.length,
        );
      }
      case "exact": {
        const words = this.matchWords(subs[0]!, "whole");
        const cands = this.scatter(words, s.length, (f, w) => this.fieldFirst[f] === w);
        return this.listTerm(
          this.verify(cands, (t) => t.trim() === s, 0),
          s.length,
        );
      }
      case "prefix": {
        if (s.search(TOKEN) !== 0)
          return this.listTerm({ fields: new Int32Array(0), scores: new Float32Array(0) }, 0);
        const words = this.matchWords(subs[0]!, single || subs.length === 1 ? "prefix" : "whole");
        if (single) return this.wordTerm(shifted(words, 0.05), s.length, "first");
        const cands = this.scatter(words, s.length, undefined, this.firstPostings);
        return this.listTerm(
          this.verify(cands, (t) => t.trimStart().startsWith(s), 0.05),
          s.length,
        );
      }
      case "suffix": {
        const lastSub = subs[subs.length - 1]!;
        const words = this.matchWords(lastSub, subs.length > 1 ? "whole" : "suffix");
        if (single) return this.wordTerm(shifted(words, 0.05), s.length, "last");
        const cands = this.scatter(words, s.length, undefined, this.lastPostings);
        return this.listTerm(
          this.verify(cands, (t) => t.replace(TRAILING, "").endsWith(s), 0.05),
          s.length,
        );
      }
    }
  }

  /** The profiles a term matches somewhere, as a bitset (cached on the term). */
  private profilesOf(t: TermResult): Uint32Array {
    if (t.profiles) return t.profiles;
    const bits = new Uint32Array((this.entries.length + 31) >>> 5);
    if (t.kind === "words" && t.where !== "any") {
      const postings = this.postingsFor(t.where);
      for (const id of t.words.ids)
        for (const f of postings[id]!) {
          const p = this.fieldProfile[f]!;
          bits[p >>> 5]! |= 1 << (p & 31);
        }
    } else if (t.kind === "words") {
      for (const id of t.words.ids) {
        const dense = this.profileBits[id];
        if (dense) for (let i = 0; i < bits.length; i++) bits[i]! |= dense[i]!;
        else for (const p of this.profilePostings[id]!) bits[p >>> 5]! |= 1 << (p & 31);
      }
    } else {
      for (const f of t.fields) {
        const p = this.fieldProfile[f]!;
        bits[p >>> 5]! |= 1 << (p & 31);
      }
    }
    t.profiles = bits;
    return bits;
  }

  /** The term's score in field f, Infinity when it does not match there. */
  private scoreIn(t: TermResult, f: number): number {
    if (t.kind === "words" && t.where !== "any") {
      const flag = t.where === "first" ? FIELD_FLAG_FIRST_AT_START : FIELD_FLAG_LAST_AT_END;
      if (!(this.fieldFlags[f]! & flag)) return Infinity;
      const q = t.wordQ[(t.where === "first" ? this.fieldFirst : this.fieldLast)[f]!]!;
      return q === Infinity ? q : q + this.fieldPenalty[f]! + this.cover(t.length, f);
    }
    if (t.kind === "words") {
      let q = Infinity;
      const end = this.fieldWordStart[f + 1]!;
      for (let i = this.fieldWordStart[f]!; i < end; i++) {
        const v = t.wordQ[this.fieldWords[i]!]!;
        if (v < q) q = v;
      }
      return q === Infinity ? q : q + this.fieldPenalty[f]! + this.cover(t.length, f);
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
  private stream(
    t: TermResult,
    allowed: Uint32Array | undefined,
    visit: (f: number, key: number) => boolean,
  ): void {
    if (t.kind === "list") {
      if (!t.order) {
        const scores = t.scores;
        t.order = Int32Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]! || a - b);
      }
      for (const i of t.order) {
        const f = t.fields[i]!;
        if (allowed && !has(allowed, this.fieldProfile[f]!)) continue;
        if (!visit(f, t.scores[i]! - COVER_SPAN)) return;
      }
      return;
    }
    const postings = this.postingsFor(t.where);
    const { ids, quality } = t.words;
    const n = ids.length;
    const key = new Float64Array(n);
    const pos = new Int32Array(n);
    const heap = new Int32Array(n);
    const penalty = this.fieldPenalty;
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
        if (allowed && !has(allowed, this.fieldProfile[f]!)) continue;
        if (!visit(f, k)) return;
      }
    } finally {
      for (let i = 0; i < count; i++) seen[marked[i]!] = 0;
    }
  }

  /** The term's best `k` fields among allowed profiles that are not in `out` yet. */
  private best(
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

  // ---------------------------------------------------------------- query → hits

  /**
   * The best `limit` fields for a query. With `withRanges` false the hits carry no ranges
   * (fill them later with `rangesFor`), which saves work when most hits are dropped.
   */
  search(query: string | Query, limit: number, withRanges = true): RawHit[] {
    const parsed = typeof query === "string" ? parseQuery(query) : query;
    if (parsed.length === 0 || limit <= 0) return [];
    this.step();
    if (this.nFields === 0) return [];
    const cands = new Map<number, number>();
    for (const group of parsed) {
      const pos = group.filter((t) => !t.negate).map((t) => this.evalTerm(t));
      const neg = group.filter((t) => t.negate).map((t) => this.evalTerm(t));
      const n = pos.length;
      let allowed: Uint32Array | undefined;
      if (n > 1 || neg.length > 0) {
        allowed = new Uint32Array((this.entries.length + 31) >>> 5).fill(0xffffffff);
        for (const t of pos) {
          const bits = this.profilesOf(t);
          for (let i = 0; i < allowed.length; i++) allowed[i]! &= bits[i]!;
        }
        for (const t of neg) {
          const bits = this.profilesOf(t);
          for (let i = 0; i < allowed.length; i++) allowed[i]! &= ~bits[i]!;
        }
      }
      // A field's score: the mean over the group's terms, a term missing from it counting 1.
      // `by` reached f with `key`: its own score there is key + coverage (a word term's
      // first visit of a field is its best word; a list term's key is its score).
      const score = (f: number, by: TermResult, key: number) => {
        const own = by.kind === "words" ? key + this.cover(by.length, f) : key + COVER_SPAN;
        let sum = Math.min(1, own);
        for (const t of pos) if (t !== by) sum += Math.min(1, this.scoreIn(t, f));
        return sum / n;
      };
      const found = new Map<number, number>();
      if (n > 1) {
        // Fields matching every term: walk the cheapest term's fields, score the others,
        // keep the best `limit` (by score, then library order).
        const driver = pos.reduce((a, b) => (b.cost < a.cost ? b : a));
        const top = new TopK(limit);
        // A bounded number of candidates, best keys first (equal keys in library order):
        // this trims long tails of similar, low-weight fields.
        let budget = CANDIDATES + 2 * limit;
        this.stream(driver, allowed, (f, key) => {
          // every later field scores at least key / n: stop when that cannot make the top
          if ((top.full && key / n > top.worst) || --budget < 0) return false;
          let sum = Math.min(1, key + this.cover(driver.length, f));
          for (const t of pos) {
            if (t === driver) continue;
            const sc = this.scoreIn(t, f);
            if (sc === Infinity) return true;
            sum += Math.min(1, sc);
          }
          top.add(f, sum / n);
          return true;
        });
        top.forEach((f, sc) => found.set(f, sc));
      }
      // Then each term's own best fields (a field need not hold every term).
      for (const t of pos) this.best(t, limit, allowed, found, score);
      for (const [f, sc] of found) {
        const old = cands.get(f);
        if (old === undefined || sc < old) cands.set(f, sc);
      }
    }
    // One hit per text within an entry: a role repeating its job's position is one hit.
    const top: [number, number][] = [];
    const shown = new Set<string>();
    for (const c of [...cands].sort((a, b) => a[1] - b[1] || a[0] - b[0])) {
      const f = c[0];
      const meta = this.metas[this.fieldMeta[f]!]!;
      const key = `${this.fieldProfile[f]}\u0000${meta.section}\u0000${meta.entry}\u0000${this.fieldText[f]}`;
      if (shown.has(key)) continue;
      shown.add(key);
      top.push(c);
      if (top.length >= limit) break;
    }
    const terms = parsed.flat().filter((t) => !t.negate);
    return top.map(([f, sc]) => {
      const meta = this.metas[this.fieldMeta[f]!]!;
      const text = this.fieldText[f]!;
      return {
        profile: this.fieldProfile[f]!,
        section: meta.section,
        entry: meta.entry,
        field: meta.field,
        text,
        ranges: withRanges ? this.rangesOf(text, terms) : [],
        score: Math.round(sc * 1e4) / 1e4,
      };
    });
  }

  /** The ranges a hit of `query` has in `text` (for hits found without ranges). */
  rangesFor(query: string | Query, text: string): [number, number][] {
    const parsed = typeof query === "string" ? parseQuery(query) : query;
    return this.rangesOf(
      text,
      parsed.flat().filter((t) => !t.negate),
    );
  }

  /** Where the terms match in a field's text: sorted, merged [start, end) pairs. */
  private rangesOf(text: string, terms: Term[]): [number, number][] {
    const folded = fold(text);
    const out: [number, number][] = [];
    let words: { text: string; start: number }[] | undefined;
    for (const term of terms) {
      const r = this.evalTerm(term);
      if (r.marks && term.op !== "prefix" && term.op !== "suffix") {
        words ??= tokens(folded);
        for (const w of words) {
          const id = this.vocabId.get(w.text);
          const packed = id === undefined ? undefined : r.marks.get(id);
          if (packed === undefined) continue;
          const off = Math.floor(packed / 65536);
          out.push([w.start + off, Math.min(w.start + off + (packed % 65536), w.start + w.text.length)]);
        }
        continue;
      }
      const s = term.text;
      if (term.op === "suffix") {
        const end = folded.replace(TRAILING, "").length;
        if (folded.slice(0, end).endsWith(s)) out.push([end - s.length, end]);
        continue;
      }
      if (term.op === "exact" && folded.trim() !== s) continue;
      if (term.op === "prefix" && !folded.trimStart().startsWith(s)) continue;
      for (let at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + s.length)) {
        out.push([at, at + s.length]);
        if (term.op !== "include") break;
      }
    }
    out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const [s, e] of out) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return merged;
  }
}
