import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { synthFolder } from "../../bench/synth.js";
import { loadLibrary, type LoadResult } from "../../src/library/load.js";
import { buildIndex } from "../../src/search/index.js";
import { Library } from "../../src/library/library.js";

const tmp = mkdtempSync(join(tmpdir(), "resumes-snapshot-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A generated folder, plus a file that cannot load and one that loads with a warning. */
const dir = await synthFolder(tmp, 40, 3);
writeFileSync(join(dir, "part-000", "broken.json"), "{ not json");
writeFileSync(join(dir, "part-000", "zz-empty.md"), "\n");

const load = (cacheDir: string | undefined) =>
  loadLibrary([dir], {
    workers: 0,
    ...(cacheDir ? { cache: { dir: cacheDir, build: "b1", key: dir } } : {}),
  });

/** Everything a command reads of a load. */
const view = (r: LoadResult) => ({
  entries: r.library.entries.map((e) => ({
    id: e.id,
    label: e.label,
    named: e.named,
    file: e.file,
    format: e.format,
    profile: e.profile,
  })),
  diagnostics: r.diagnostics,
});

const cold = view(await load(undefined));
const fileIn = (cacheDir: string, ext: string) => {
  const f = readdirSync(cacheDir).find((x) => x.endsWith(ext));
  return f && join(cacheDir, f);
};

/** A cache folder after one load (the per-file cache and its snapshot written). */
async function primed(name: string): Promise<{ cacheDir: string; lib: string; jsonl: string }> {
  const cacheDir = join(tmp, name);
  await load(cacheDir);
  const lib = fileIn(cacheDir, ".lib");
  const jsonl = fileIn(cacheDir, ".jsonl");
  expect(lib && jsonl).toBeTruthy();
  return { cacheDir, lib: lib!, jsonl: jsonl! };
}

/** Whether a load came from the snapshot (only its entries carry a head). */
const fromSnapshot = (r: LoadResult) => r.library.entries.every((e) => e.head !== undefined);

describe("the library's snapshot (warm start)", () => {
  it("gives exactly the cold load: entries, ids, labels, profiles, diagnostics", async () => {
    const { cacheDir } = await primed("same");
    const warm = await load(cacheDir);
    expect(fromSnapshot(warm)).toBe(true);
    expect(view(warm)).toEqual(cold);
    expect(cold.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("finds exactly what a cold search finds, with the index kept beside it", async () => {
    const { cacheDir } = await primed("search");
    const queries = ["kafka", "rust postgres", "'Dublin", "^lead", "engineer$", "kafak", "!java scala"];
    const coldIndex = buildIndex(new Library((await load(undefined)).library.entries));
    const want = queries.map((q) => coldIndex.search(q, { limit: 30 }));
    const first = await load(cacheDir); // builds the index and keeps it
    expect(queries.map((q) => buildIndex(first.library).search(q, { limit: 30 }))).toEqual(want);
    expect(fileIn(cacheDir, ".index")).toBeTruthy();
    const warm = await load(cacheDir);
    expect(fromSnapshot(warm)).toBe(true);
    expect(queries.map((q) => buildIndex(warm.library).search(q, { limit: 30 }))).toEqual(want);
  });

  it("is a miss when truncated anywhere, when bits flip, or when a folder is in its place", async () => {
    const { cacheDir, lib } = await primed("damaged");
    const bytes = readFileSync(lib);
    const cuts = [
      0,
      5,
      14,
      17,
      40,
      200,
      bytes.length >> 2,
      bytes.length >> 1,
      bytes.length - 5,
      bytes.length - 1,
    ];
    for (const cut of cuts) {
      writeFileSync(lib, bytes.subarray(0, cut));
      const r = await load(cacheDir);
      expect(view(r)).toEqual(cold);
      expect(fromSnapshot(r)).toBe(false);
    }
    for (const at of [
      3,
      20,
      100,
      bytes.length >> 3,
      bytes.length >> 1,
      bytes.length - 300,
      bytes.length - 2,
    ]) {
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 0x10;
      writeFileSync(lib, flipped);
      const r = await load(cacheDir);
      expect(view(r)).toEqual(cold);
      expect(fromSnapshot(r)).toBe(false);
    }
    // A snapshot of the earlier layout (no ids or labels kept), its CRC made to hold: a miss.
    const older = Buffer.from(bytes);
    older.write("resumes-lib 1\n", 0, "latin1");
    older.writeUInt32LE(zlib.crc32(older.subarray(0, older.length - 4)) >>> 0, older.length - 4);
    writeFileSync(lib, older);
    const r = await load(cacheDir);
    expect(view(r)).toEqual(cold);
    expect(fromSnapshot(r)).toBe(false);
    rmSync(lib);
    mkdirSync(lib);
    expect(view(await load(cacheDir))).toEqual(cold);
  });

  it("is a miss when the per-file cache it points into was replaced, or a file changed", async () => {
    const { cacheDir, jsonl } = await primed("replaced");
    // Same bytes, another inode: the places may not hold.
    copyFileSync(jsonl, `${jsonl}.copy`);
    renameSync(`${jsonl}.copy`, jsonl);
    const r = await load(cacheDir);
    expect(fromSnapshot(r)).toBe(false);
    expect(view(r)).toEqual(cold);
    // One file rewritten: the walk's stamp differs, the snapshot is not used.
    await load(cacheDir);
    const file = join(dir, "part-000", "zz-empty.md");
    writeFileSync(file, "\n\n");
    const again = await load(cacheDir);
    expect(fromSnapshot(again)).toBe(false);
    writeFileSync(file, "\n");
    expect(view(await load(cacheDir))).toEqual(cold);
  });
  // A line damaged under a snapshot: test/cli/cache.test.ts (the file is parsed again on a
  // worker thread of the built CLI).
});
