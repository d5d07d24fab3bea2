/**
 * Builds the index (see postings.ts) profile by profile, so a big library can be indexed
 * in slices between frames: each field is tokenized into vocabulary words, then `finish`
 * lays out the typed arrays and postings.
 *
 * It allocates little, so that its time stays linear in the library: every typed array
 * allocated is external memory, and V8 answers external memory growth with full garbage
 * collections whose cost is the whole live heap (the library itself). So the per-field
 * columns are sized once from the first profiles' fields (not doubled a dozen times) and
 * handed over without a copy, a long text is tokenized into one reused buffer, and the
 * profiles of each word are counted and laid out in `finish` as views of one array.
 */
import type { Entry } from "../library/library.js";
import type { SectionId } from "../profile/sections.js";
import { add, bitset, IntList } from "./collections.js";
import { fieldsOf, type Field } from "./fields.js";
import {
  FIRST_AT_START,
  LAST_AT_END,
  sortByWord,
  TRAILING_OK,
  type Meta,
  type Postings,
} from "./postings.js";
import { penaltyOf } from "./ranking.js";
import { fold, TOKEN } from "./text.js";
import type { Vocabulary } from "./vocabulary.js";

interface Tokenized {
  words: Int32Array;
  first: number;
  last: number;
  flags: number;
}

/** Texts up to this length are tokenized once per library, however often they repeat. */
const SHORT_TEXT = 48;

/** After this many profiles, the columns are sized for the whole library (with some room). */
const SAMPLE = 256;
const ROOM = 1.1;

const EMPTY = new Int32Array(0);

export class IndexBuilder {
  private next = 0;
  private readonly fieldText: string[] = [];
  private readonly metas: Meta[] = [];
  private readonly profile = new IntList();
  private readonly meta = new IntList();
  private readonly len = new IntList();
  private readonly first = new IntList();
  private readonly last = new IntList();
  private readonly flags = new IntList();
  private readonly metaIds = new Map<SectionId, Map<string, number>[]>();
  private readonly shortTexts = new Map<string, Tokenized>();
  /** Per word: the last field it was added to, to add each once. */
  private readonly wordLastField = new IntList();
  private readonly fieldWords = new IntList();
  private readonly fieldWordStart = new IntList();
  /** The words of the text last tokenized (reused). */
  private readonly scratch = new IntList();
  private sized = false;

  constructor(
    private readonly entries: readonly Entry[],
    private readonly vocab: Vocabulary,
  ) {}

  /** Index up to `count` more profiles; the postings once the whole library is indexed. */
  step(count = Infinity): Postings | undefined {
    const end = Math.min(this.entries.length, this.next + count);
    const lastField = this.wordLastField;
    for (let p = this.next; p < end; p++) {
      if (p === SAMPLE && !this.sized) this.size(p);
      for (const f of fieldsOf(this.entries[p]!.profile)) {
        const fid = this.fieldText.length;
        const meta = this.metaOf(f);
        // Short texts repeat across profiles (skills, positions, companies, cities):
        // tokenize each distinct one once.
        const short = f.text.length <= SHORT_TEXT;
        let tok = short ? this.shortTexts.get(f.text) : undefined;
        let words: Int32Array;
        let n: number;
        if (tok) {
          words = tok.words;
          n = words.length;
        } else {
          tok = this.tokenize(f.text);
          words = this.scratch.data;
          n = this.scratch.length;
          if (short) this.shortTexts.set(f.text, { ...tok, words: words.slice(0, n) });
        }
        this.fieldWordStart.push(this.fieldWords.length);
        for (let i = 0; i < n; i++) {
          const id = words[i]!;
          if (lastField.data[id] === fid) continue;
          lastField.data[id] = fid;
          this.fieldWords.push(id);
        }
        this.fieldText.push(f.text);
        this.profile.push(p);
        this.meta.push(meta);
        this.len.push(Math.min(f.text.length, 65535));
        this.first.push(tok.first);
        this.last.push(tok.last);
        this.flags.push(tok.flags);
      }
    }
    this.next = end;
    return end < this.entries.length ? undefined : this.finish();
  }

  /** Size the columns for the whole library from the fields of its first `p` profiles. */
  private size(p: number): void {
    this.sized = true;
    const scale = (this.entries.length / p) * ROOM;
    const fields = Math.ceil(this.fieldText.length * scale);
    for (const list of [this.profile, this.meta, this.len, this.first, this.last, this.flags])
      list.reserve(fields);
    this.fieldWordStart.reserve(fields + 1);
    this.fieldWords.reserve(Math.ceil(this.fieldWords.length * scale));
  }

  /** The meta id of a field's (section, entry, path), created on first sight. */
  private metaOf(f: Field): number {
    let bySection = this.metaIds.get(f.section);
    if (!bySection) this.metaIds.set(f.section, (bySection = []));
    const byPath = (bySection[f.entry] ??= new Map<string, number>());
    let meta = byPath.get(f.field);
    if (meta === undefined) {
      meta = this.metas.length;
      this.metas.push({ section: f.section, entry: f.entry, field: f.field, penalty: penaltyOf(f.weight) });
      byPath.set(f.field, meta);
    }
    return meta;
  }

  /**
   * A text's words (ids, new words added to the vocabulary) into `scratch`; its first and
   * last word and flags (`words` is left empty: they are in `scratch`).
   */
  private tokenize(text: string): Tokenized {
    const folded = fold(text);
    const words = this.scratch;
    words.length = 0;
    let first = -1;
    let last = -1;
    let firstAt = -1;
    let lastEnd = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
      const word = m[0];
      let id = this.vocab.id(word);
      if (id === undefined) {
        id = this.vocab.add(word);
        this.wordLastField.push(-1);
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
    if (firstAt >= 0 && !folded.slice(0, firstAt).trim()) flags |= FIRST_AT_START;
    if (last >= 0 && TRAILING_OK.test(folded.slice(lastEnd))) flags |= LAST_AT_END;
    return { words: EMPTY, first, last, flags };
  }

  private finish(): Postings {
    const nFields = this.fieldText.length;
    const nProfiles = this.entries.length;
    const nWords = this.vocab.size;
    const metas = this.metas;
    const fieldProfile = this.profile.finish();
    const fieldMeta = this.meta.finish();
    const fieldFirst = this.first.finish();
    const fieldLast = this.last.finish();
    const flags32 = this.flags.finish();
    this.vocab.seal();
    const fw = this.fieldWords.finish();
    this.fieldWordStart.push(this.fieldWords.length);
    const fws = this.fieldWordStart.finish();
    // fields that start (end) with each word, for ^ and $
    let nFirst = 0;
    let nLast = 0;
    for (let f = 0; f < nFields; f++) {
      if (flags32[f]! & FIRST_AT_START) nFirst++;
      if (flags32[f]! & LAST_AT_END) nLast++;
    }
    const profileStarts = countProfiles(nWords, fieldProfile, fw, fws);
    // The arrays made here, in one allocation (see the module comment).
    const arena = new Arena([
      [nFields, 1],
      [nFields, 2],
      [nFields, 4],
      [fw.length, 4],
      [nFirst, 4],
      [nLast, 4],
      [profileStarts[nWords]!, 4],
    ]);
    const flags = arena.u8(nFields);
    flags.set(flags32);
    const fieldLen = arena.u16(nFields);
    fieldLen.set(this.len.finish());
    const penaltyOfMeta = Float32Array.from(metas.map((m) => m.penalty));
    const fieldPenalty = arena.f32(nFields);
    for (let f = 0; f < nFields; f++) fieldPenalty[f] = penaltyOfMeta[fieldMeta[f]!]!;
    const classes = [...new Set(metas.map((m) => m.penalty))].sort((x, y) => x - y);
    const classOfMeta = Uint8Array.from(metas.map((m) => classes.indexOf(m.penalty)));
    const fieldClass = new Uint8Array(nFields);
    for (let f = 0; f < nFields; f++) fieldClass[f] = classOfMeta[fieldMeta[f]!]!;
    const C = classes.length;
    const byWord = sortByWord(nWords, fieldClass, C, arena.i32(fw.length), { words: fw, start: fws });
    const byFirstWord = sortByWord(nWords, fieldClass, C, arena.i32(nFirst), {
      word: fieldFirst,
      flags,
      mask: FIRST_AT_START,
    });
    const byLastWord = sortByWord(nWords, fieldClass, C, arena.i32(nLast), {
      word: fieldLast,
      flags,
      mask: LAST_AT_END,
    });
    const profiles = profilesByWord(profileStarts, arena.i32(profileStarts[nWords]!), fieldProfile, fw, fws);
    const profileBits = profiles.map((list) => {
      if (list.length * 8 < nProfiles) return undefined;
      const bits = bitset(nProfiles);
      for (const p of list) add(bits, p);
      return bits;
    });
    return {
      nProfiles,
      nFields,
      fieldProfile,
      fieldMeta,
      fieldLen,
      fieldFirst,
      fieldLast,
      fieldFlags: flags,
      fieldPenalty,
      fieldWords: fw,
      fieldWordStart: fws,
      fieldText: this.fieldText,
      metas,
      byWord,
      byFirstWord,
      byLastWord,
      profiles,
      profileBits,
    };
  }
}

/** Typed arrays carved in turn from one buffer, each 8-aligned: one allocation for many. */
class Arena {
  private readonly buffer: ArrayBuffer;
  private at = 0;
  /** `plan`: the (length, bytes per element) of every array to be carved. */
  constructor(plan: [number, number][]) {
    let bytes = 0;
    for (const [n, size] of plan) bytes += Arena.span(n, size);
    this.buffer = new ArrayBuffer(bytes);
  }
  private static span(n: number, size: number): number {
    return Math.ceil((n * size) / 8) * 8;
  }
  private take(n: number, size: number): number {
    const at = this.at;
    this.at += Arena.span(n, size);
    return at;
  }
  u8(n: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(n, 1), n);
  }
  u16(n: number): Uint16Array {
    return new Uint16Array(this.buffer, this.take(n, 2), n);
  }
  i32(n: number): Int32Array {
    return new Int32Array(this.buffer, this.take(n, 4), n);
  }
  f32(n: number): Float32Array {
    return new Float32Array(this.buffer, this.take(n, 4), n);
  }
}

/** Per word, where its profiles start in one array of all (nWords + 1 offsets). */
function countProfiles(
  nWords: number,
  fieldProfile: Int32Array,
  fieldWords: Int32Array,
  fieldWordStart: Int32Array,
): Int32Array {
  const lastProfile = new Int32Array(nWords).fill(-1);
  const starts = new Int32Array(nWords + 1);
  for (let f = 0; f < fieldProfile.length; f++) {
    const p = fieldProfile[f]!;
    for (let i = fieldWordStart[f]!, end = fieldWordStart[f + 1]!; i < end; i++) {
      const w = fieldWords[i]!;
      if (lastProfile[w] !== p) {
        lastProfile[w] = p;
        starts[w + 1]!++;
      }
    }
  }
  for (let w = 0; w < nWords; w++) starts[w + 1]! += starts[w]!;
  return starts;
}

/**
 * Per word, the profiles holding it (ascending), in `all` at `starts` (countProfiles),
 * each word's list a view of it. Fields come in profile order, so a word's profiles do too.
 */
function profilesByWord(
  starts: Int32Array,
  all: Int32Array,
  fieldProfile: Int32Array,
  fieldWords: Int32Array,
  fieldWordStart: Int32Array,
): Int32Array[] {
  const nWords = starts.length - 1;
  const lastProfile = new Int32Array(nWords).fill(-1);
  const at = starts.slice(0, nWords);
  for (let f = 0; f < fieldProfile.length; f++) {
    const p = fieldProfile[f]!;
    for (let i = fieldWordStart[f]!, end = fieldWordStart[f + 1]!; i < end; i++) {
      const w = fieldWords[i]!;
      if (lastProfile[w] !== p) {
        lastProfile[w] = p;
        all[at[w]!++] = p;
      }
    }
  }
  const out: Int32Array[] = new Array(nWords);
  for (let w = 0; w < nWords; w++) out[w] = all.subarray(starts[w]!, starts[w + 1]!);
  return out;
}
