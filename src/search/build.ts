/**
 * Builds the index (see postings.ts) profile by profile, so a big library can be indexed
 * in slices between frames: each field is tokenized into vocabulary words, then `finish`
 * lays out the typed arrays and postings.
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
  /** Per word: the last field (profile) it was added to, to add each once. */
  private readonly wordLastField = new IntList();
  private readonly wordLastProfile = new IntList();
  private readonly profilePostings: IntList[] = [];
  private readonly fieldWords = new IntList();
  private readonly fieldWordStart = new IntList();

  constructor(
    private readonly entries: readonly Entry[],
    private readonly vocab: Vocabulary,
  ) {}

  /** Index up to `count` more profiles; the postings once the whole library is indexed. */
  step(count = Infinity): Postings | undefined {
    const end = Math.min(this.entries.length, this.next + count);
    const lastField = this.wordLastField;
    const lastProfile = this.wordLastProfile;
    for (let p = this.next; p < end; p++) {
      for (const f of fieldsOf(this.entries[p]!.profile)) {
        const fid = this.fieldText.length;
        const meta = this.metaOf(f);
        // Short texts repeat across profiles (skills, positions, companies, cities):
        // tokenize each distinct one once.
        const short = f.text.length <= SHORT_TEXT;
        let tok = short ? this.shortTexts.get(f.text) : undefined;
        if (!tok) {
          tok = this.tokenize(f.text);
          if (short) this.shortTexts.set(f.text, tok);
        }
        this.fieldWordStart.push(this.fieldWords.length);
        for (const id of tok.words) {
          if (lastField.data[id] === fid) continue;
          lastField.data[id] = fid;
          this.fieldWords.push(id);
          if (lastProfile.data[id] !== p) {
            lastProfile.data[id] = p;
            this.profilePostings[id]!.push(p);
          }
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

  /** A text's words (ids, new words added to the vocabulary), first/last word and flags. */
  private tokenize(text: string): Tokenized {
    const folded = fold(text);
    const words: number[] = [];
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
        this.profilePostings.push(new IntList());
        this.wordLastField.push(-1);
        this.wordLastProfile.push(-1);
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
    return { words: Int32Array.from(words), first, last, flags };
  }

  private finish(): Postings {
    const nFields = this.fieldText.length;
    const nProfiles = this.entries.length;
    const metas = this.metas;
    const fieldMeta = this.meta.toArray();
    const fieldFirst = this.first.toArray();
    const fieldLast = this.last.toArray();
    const flags = Uint8Array.from(this.flags.toArray());
    const penaltyOfMeta = Float32Array.from(metas.map((m) => m.penalty));
    const fieldPenalty = new Float32Array(nFields);
    for (let f = 0; f < nFields; f++) fieldPenalty[f] = penaltyOfMeta[fieldMeta[f]!]!;
    this.vocab.seal();
    const fw = this.fieldWords.toArray();
    this.fieldWordStart.push(this.fieldWords.length);
    const fws = this.fieldWordStart.toArray();
    const classes = [...new Set(metas.map((m) => m.penalty))].sort((x, y) => x - y);
    const classOfMeta = Uint8Array.from(metas.map((m) => classes.indexOf(m.penalty)));
    const fieldClass = new Uint8Array(nFields);
    for (let f = 0; f < nFields; f++) fieldClass[f] = classOfMeta[fieldMeta[f]!]!;
    const sort = (count: number, wordsOf: (f: number, add: (w: number) => void) => void) =>
      sortByWord(this.vocab.size, fieldClass, classes.length, count, wordsOf);
    const byWord = sort(fw.length, (f, add) => {
      for (let i = fws[f]!, end = fws[f + 1]!; i < end; i++) add(fw[i]!);
    });
    // fields that start (end) with each word, for ^ and $
    let nFirst = 0;
    let nLast = 0;
    for (let f = 0; f < nFields; f++) {
      if (flags[f]! & FIRST_AT_START) nFirst++;
      if (flags[f]! & LAST_AT_END) nLast++;
    }
    const byFirstWord = sort(nFirst, (f, add) => {
      if (flags[f]! & FIRST_AT_START) add(fieldFirst[f]!);
    });
    const byLastWord = sort(nLast, (f, add) => {
      if (flags[f]! & LAST_AT_END) add(fieldLast[f]!);
    });
    const profiles = this.profilePostings.map((l) => l.toArray());
    const profileBits = profiles.map((list) => {
      if (list.length * 8 < nProfiles) return undefined;
      const bits = bitset(nProfiles);
      for (const p of list) add(bits, p);
      return bits;
    });
    return {
      nProfiles,
      nFields,
      fieldProfile: this.profile.toArray(),
      fieldMeta,
      fieldLen: Uint16Array.from(this.len.toArray()),
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
