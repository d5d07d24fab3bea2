import { describe, expect, it } from "vitest";
import { synthLibrary } from "../../bench/synth.js";
import { IndexBuilder } from "../../src/search/build.js";
import { FIRST_AT_START, LAST_AT_END, type Postings } from "../../src/search/postings.js";
import { Vocabulary } from "../../src/search/vocabulary.js";

function build(n: number, slice: number): { ix: Postings; vocab: Vocabulary } {
  const vocab = new Vocabulary();
  const b = new IndexBuilder(synthLibrary(n, 3).entries, vocab);
  let ix: Postings | undefined;
  while (!(ix = b.step(slice)));
  return { ix, vocab };
}

const plain = (ix: Postings) =>
  Object.fromEntries(
    Object.entries(ix).map(([k, v]) => [
      k,
      Array.isArray(v)
        ? v.map((x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : x))
        : ArrayBuffer.isView(v)
          ? Array.from(v as Int32Array)
          : v,
    ]),
  );

describe("the index build", () => {
  it("gives the same index built whole or in slices, either side of where its columns are sized", () => {
    for (const n of [0, 1, 40, 600]) {
      const whole = build(n, Infinity);
      const sliced = build(n, 37);
      expect(sliced.vocab.words).toEqual(whole.vocab.words);
      expect(plain(sliced.ix)).toEqual(plain(whole.ix));
    }
  });

  it("lists each word's profiles and fields exactly, lightest penalty first", () => {
    const { ix, vocab } = build(600, 100);
    expect(ix.nFields).toBe(ix.fieldText.length);
    for (let w = 0; w < vocab.size; w += 31) {
      // The fields holding word w, from the fields' own word lists.
      const fields: number[] = [];
      for (let f = 0; f < ix.nFields; f++)
        for (let i = ix.fieldWordStart[f]!; i < ix.fieldWordStart[f + 1]!; i++)
          if (ix.fieldWords[i] === w) fields.push(f);
      const profiles = [...new Set(fields.map((f) => ix.fieldProfile[f]!))];
      expect(Array.from(ix.profiles[w]!)).toEqual(profiles);
      const byWord = Array.from(ix.byWord[w]!);
      expect([...byWord].sort((a, b) => a - b)).toEqual(fields);
      for (let i = 1; i < byWord.length; i++)
        expect(ix.fieldPenalty[byWord[i - 1]!]!).toBeLessThanOrEqual(ix.fieldPenalty[byWord[i]!]!);
      const firsts = fields.filter((f) => ix.fieldFlags[f]! & FIRST_AT_START && ix.fieldFirst[f] === w);
      expect([...ix.byFirstWord[w]!].sort((a, b) => a - b)).toEqual(firsts);
      const lasts = fields.filter((f) => ix.fieldFlags[f]! & LAST_AT_END && ix.fieldLast[f] === w);
      expect([...ix.byLastWord[w]!].sort((a, b) => a - b)).toEqual(lasts);
    }
  });
});
