import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { synthLibrary } from "../../bench/synth.js";
import { Library } from "../../src/library/library.js";
import { Engine } from "../../src/search/engine.js";
import { buildIndex } from "../../src/search/index.js";
import { decodeIndex, encodeIndex } from "../../src/search/persist.js";

const tmp = mkdtempSync(join(tmpdir(), "resumes-index-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const QUERIES = ["kafka", "rust postgres", "'Dublin", "^lead", "engineer$", "kafak", "!java scala", "a"];

describe("the persisted search index", () => {
  const library = synthLibrary(300, 7);
  const fresh = new Engine(library.entries);
  const bytes = encodeIndex(fresh.built().ix, fresh.built().vocab, "digest-1");

  it("decodes to an index that finds exactly what the built one finds", () => {
    const restored = decodeIndex(bytes, "digest-1", library.entries.length);
    expect(restored).toBeDefined();
    const engine = new Engine(library.entries, restored);
    for (const q of QUERIES) expect(engine.search(q, 200)).toEqual(fresh.search(q, 200));
  });

  it("is refused for other files, another library size, or bytes that do not decode", () => {
    expect(decodeIndex(bytes, "digest-2", library.entries.length)).toBeUndefined();
    expect(decodeIndex(bytes, "digest-1", library.entries.length + 1)).toBeUndefined();
    expect(decodeIndex(bytes.subarray(0, bytes.length - 10), "digest-1", 300)).toBeUndefined();
    expect(decodeIndex(Buffer.from("garbage"), "digest-1", 300)).toBeUndefined();
    const flipped = Buffer.from(bytes);
    flipped.write("}", 21, "latin1"); // inside the header
    expect(decodeIndex(flipped, "digest-1", 300)).toBeUndefined(); // An index of the earlier layout (whole text offsets, 32-bit metas): refused, rebuilt.
    const older = Buffer.from(bytes);
    older.write("resumes-index 2\n", 0, "latin1");
    expect(decodeIndex(older, "digest-1", 300)).toBeUndefined();
  });

  it("damaged anywhere, is refused at open or found out when read: the results are a fresh build's", () => {
    const want = QUERIES.map((q) => fresh.search(q, 200));
    // Truncated in every region (header, arrays, postings, texts, vocabulary): refused.
    for (let cut = 0; cut < bytes.length; cut += Math.ceil(bytes.length / 61))
      expect(decodeIndex(bytes.subarray(0, cut), "digest-1", 300)).toBeUndefined();
    // A bit flipped anywhere: what reads it finds out, and the engine builds the index afresh.
    for (let at = 0; at < bytes.length; at += Math.ceil(bytes.length / 41)) {
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 0x04;
      const engine = new Engine(library.entries, decodeIndex(flipped, "digest-1", 300));
      expect(QUERIES.map((q) => engine.search(q, 200))).toEqual(want);
    }
  }, 180_000);

  it("is written once built, read back by the next library of the same files, rebuilt when corrupt", () => {
    const indexFile = join(tmp, "lib.index");
    const origin = { digest: "d", indexFile };
    const first = buildIndex(new Library(library.entries, origin));
    const want = first.search("kafka", { limit: 100 });
    const second = buildIndex(new Library(library.entries, origin));
    expect(second.search("kafka", { limit: 100 })).toEqual(want);
    writeFileSync(indexFile, "not an index");
    expect(buildIndex(new Library(library.entries, origin)).search("kafka", { limit: 100 })).toEqual(want);
    // A folder in its place: searched all the same.
    rmSync(indexFile);
    mkdirSync(indexFile);
    expect(buildIndex(new Library(library.entries, origin)).search("kafka", { limit: 100 })).toEqual(want);
  });
});
