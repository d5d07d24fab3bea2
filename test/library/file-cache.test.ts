import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheFor } from "../../src/cli/cache.js";
import { createHash } from "node:crypto";
import { FileCache, trusted, type Outcome } from "../../src/library/file-cache.js";
import type { FileStamp, Found } from "../../src/library/walk.js";
import { loadLibrary, type LoadProgress } from "../../src/library/load.js";

const tmp = mkdtempSync(join(tmpdir(), "resumes-file-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A name for the k-th person: Person Ab, Person Ac… (the parser reads digits as no name). */
const nameOf = (k: number) =>
  `Person ${String.fromCharCode(65 + Math.floor(k / 26))}${String.fromCharCode(97 + (k % 26))}`;

const cv = (name: string, skill = "Kafka") => `# ${name}\n\nBackend Engineer\n\n## Skills\n\n- ${skill}\n`;

/** A folder of `n` Markdown résumés; returns its path. */
function folder(name: string, n: number): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) writeFileSync(join(dir, `p${String(k).padStart(3, "0")}.md`), cv(nameOf(k)));
  return dir;
}

/** Load `dir` with a cache in `cacheDir`; what loaded, and how many came from the cache. */
async function load(dir: string, cacheDir: string, build = "build-1", workers = 0) {
  let last: LoadProgress | undefined;
  const r = await loadLibrary([dir], {
    cache: { dir: cacheDir, build, key: dir },
    workers,
    onProgress: (p) => (last = p),
  });
  const skills = r.library.entries.map(
    (e) => `${e.label}: ${e.profile.skills?.[0]?.keywords?.join(",") ?? e.profile.skills?.[0]?.name}`,
  );
  return { ...r, skills, cached: last!.cached, done: last!.done };
}

function cacheFile(cacheDir: string): string {
  const files = readdirSync(cacheDir).filter((f) => f.endsWith(".jsonl"));
  expect(files).toHaveLength(1);
  return join(cacheDir, files[0]!);
}

const sum = (json: string) => createHash("sha1").update(json).digest("base64url");

/** Make every file's times old enough to be trusted on their own. */
function age(dir: string): void {
  const old = new Date(Date.now() - 60_000);
  for (const f of readdirSync(dir)) utimesSync(join(dir, f), old, old);
}

describe("the per-file cache", () => {
  it("a warm load takes every unchanged file from the cache, and gives the same library", async () => {
    const dir = folder("warm", 5);
    const c = join(tmp, "warm-cache");
    const cold = await load(dir, c);
    expect(cold.cached).toBe(0);
    const warm = await load(dir, c);
    expect(warm.cached).toBe(5);
    expect(warm.library.entries).toEqual(cold.library.entries);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it("re-parses only what changed: an edit, a new file; a removed file is gone", async () => {
    const dir = folder("edit", 4);
    const c = join(tmp, "edit-cache");
    await load(dir, c);
    writeFileSync(join(dir, "p001.md"), cv("Edited Person"));
    writeFileSync(join(dir, "p100.md"), cv("Newcomer"));
    rmSync(join(dir, "p003.md"));
    const after = await load(dir, c);
    expect(after.cached).toBe(2);
    expect(after.library.entries.map((e) => e.label)).toEqual([
      "Person Aa",
      "Edited Person",
      "Person Ac",
      "Newcomer",
    ]);
  });

  it("catches a file rewritten with the same size and modification time", async () => {
    const dir = folder("same", 2);
    age(dir);
    const c = join(tmp, "same-cache");
    expect((await load(dir, c)).skills).toContain("Person Ab: Kafka");
    const file = join(dir, "p001.md");
    const before = statSync(file);
    writeFileSync(file, cv("Person Ab", "Redis")); // same length as "Kafka"
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const after = await load(dir, c);
    expect(after.skills).toContain("Person Ab: Redis");
    expect(after.cached).toBe(1);
  });

  it("checks the content hash of a file whose times cannot be trusted (just written, whole seconds)", async () => {
    const now = Date.now();
    expect(trusted({ size: 1, mtimeMs: now - 100, ctimeMs: now - 100, ino: 1 }, now)).toBe(false);
    expect(trusted({ size: 1, mtimeMs: 5000, ctimeMs: 7000, ino: 1 }, now)).toBe(false);
    expect(trusted({ size: 1, mtimeMs: 5000.5, ctimeMs: 7000.25, ino: 1 }, now)).toBe(true);
    // Just written: cached with its hash, and still a hit when the bytes are the same.
    const dir = folder("racy", 2);
    const c = join(tmp, "racy-cache");
    await load(dir, c);
    const lines = readFileSync(cacheFile(c), "utf8").trim().split("\n").slice(1);
    // Each line: its 27-character sum, a space, its JSON.
    expect(lines.map((l) => (JSON.parse(l.slice(28)) as { t: number; h?: string }).t)).toEqual([0, 0]);
    expect((await load(dir, c)).cached).toBe(2);
  });

  it("misses for another build of the parser", async () => {
    const dir = folder("build", 2);
    const c = join(tmp, "build-cache");
    await load(dir, c, "old");
    expect((await load(dir, c, "old")).cached).toBe(2);
    expect((await load(dir, c, "new")).cached).toBe(0);
    expect((await load(dir, c, "new")).cached).toBe(2);
  });

  it("a corrupt cache is a miss, and is replaced", async () => {
    const dir = folder("corrupt", 3);
    const c = join(tmp, "corrupt-cache");
    const cold = await load(dir, c);
    writeFileSync(cacheFile(c), "{ not json\n\u0000\u0001garbage\n");
    const again = await load(dir, c);
    expect(again.cached).toBe(0);
    expect(again.library.entries).toEqual(cold.library.entries);
    expect((await load(dir, c)).cached).toBe(3);
  });

  it("a corrupt line is a miss for its file only", async () => {
    const dir = folder("line", 3);
    age(dir);
    const c = join(tmp, "line-cache");
    const cold = await load(dir, c);
    const file = cacheFile(c);
    const lines = readFileSync(file, "utf8").split("\n");
    lines[2] = lines[2]!.replace(/"Person Ab"/g, '"Person Ab"}}}'); // now invalid JSON
    writeFileSync(file, lines.join("\n"));
    const again = await load(dir, c);
    expect(again.cached).toBe(2);
    expect(again.library.entries).toEqual(cold.library.entries);
  });

  it("a truncated cache uses the whole lines before the cut, and parses the rest", async () => {
    const dir = folder("truncated", 6);
    age(dir);
    const c = join(tmp, "truncated-cache");
    const cold = await load(dir, c);
    const file = cacheFile(c);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const again = await load(dir, c);
    expect(again.cached).toBeGreaterThan(0);
    expect(again.cached).toBeLessThan(6);
    expect(again.library.entries).toEqual(cold.library.entries);
  });

  it("a folder in the cache file's place is a miss, and no crash", async () => {
    const dir = folder("dir-in-place", 2);
    const c = join(tmp, "dir-cache");
    await load(dir, c);
    const file = cacheFile(c);
    rmSync(file);
    mkdirSync(file);
    writeFileSync(join(file, "x"), "x"); // not even an empty folder
    for (let k = 0; k < 2; k++) {
      const r = await load(dir, c);
      expect(r.cached).toBe(0);
      expect(r.library.entries.map((e) => e.label)).toEqual(["Person Aa", "Person Ab"]);
    }
    expect(readdirSync(c).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("a cache folder that cannot be written is no cache, and no crash", async () => {
    const dir = folder("unwritable", 2);
    const blocker = join(tmp, "a-file");
    writeFileSync(blocker, "x");
    const c = join(blocker, "cache"); // below a file: mkdir fails (ENOTDIR), even as root
    for (let k = 0; k < 2; k++) {
      const r = await load(dir, c);
      expect(r.cached).toBe(0);
      expect(r.library.entries).toHaveLength(2);
    }
  });

  it("two loads at once (on worker threads) write one cache both can use", async () => {
    const dir = folder("together", 60);
    age(dir);
    const c = join(tmp, "together-cache");
    const [a, b] = await Promise.all([load(dir, c, "b", 2), load(dir, c, "b", 2)]);
    expect(a.library.entries).toEqual(b.library.entries);
    const warm = await load(dir, c, "b");
    expect(warm.cached).toBe(60);
    expect(warm.library.entries).toEqual(a.library.entries);
  });
});

describe("what a cache line is trusted with", () => {
  const stamp: FileStamp = { size: 10, mtimeMs: 1_000_000.5, ctimeMs: 1_000_000.5, ino: 42 }; // old: trusted
  const outcome: Outcome = {
    entry: { profile: { basics: { name: "Ada Quill" } }, file: "a.md", format: "markdown" },
    warnings: [],
  };
  const found = (s: FileStamp): Found => ({ file: "a.md", abs: "/cvs/a.md", format: "markdown", stamp: s });
  const reopen = (c: string) => new FileCache({ dir: c, build: "b", key: "k" });

  it("is keyed on change time and inode too: chmod, cp -p, touch -r, a file replaced", () => {
    const c = join(tmp, "stamp-cache");
    const cache = reopen(c);
    cache.put("/cvs/a.md", stamp, "hash", outcome);
    cache.close();
    const again = reopen(c);
    expect(again.get(found(stamp))).toEqual(outcome);
    // chmod, or a rewrite that puts the size and modification time back: a new change time.
    expect(again.get(found({ ...stamp, ctimeMs: stamp.ctimeMs + 1 }))).toBeUndefined();
    // Another file moved into its place (tar x, rsync): a new inode.
    expect(again.get(found({ ...stamp, ino: 43 }))).toBeUndefined();
  });

  it("never remembers an outcome of no bytes read (unreadable, too large): fixed, it loads", () => {
    const c = join(tmp, "unread-cache");
    const cache = reopen(c);
    const denied: Outcome = { error: { file: "a.md", message: "permission denied", severity: "error" } };
    cache.put("/cvs/a.md", stamp, undefined, denied);
    cache.close();
    expect(reopen(c).get(found(stamp))).toBeUndefined();
  });

  it("a file over the limit is refused, cached or not; raising the limit loads it", async () => {
    const dir = folder("limit", 1);
    age(dir);
    const c = join(tmp, "limit-cache");
    const opts = (maxBytes?: number) => ({ cache: { dir: c, build: "b", key: dir }, workers: 0, maxBytes });
    const small = await loadLibrary([dir], opts(10));
    expect(small.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^too large/)]);
    expect((await loadLibrary([dir], opts())).library.entries).toHaveLength(1);
    const again = await loadLibrary([dir], opts(10)); // cached now, and still over the limit
    expect(again.library.entries).toEqual([]);
    expect(again.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^too large/)]);
  });

  it("a line of the right shape with malformed content is a miss, never a crash", async () => {
    const dir = folder("malformed", 3);
    age(dir);
    const c = join(tmp, "malformed-cache");
    const cold = await load(dir, c);
    const file = cacheFile(c);
    // Each profile's name a number, an array, an object: the shape the reader checks still holds.
    const bad = ["5", "[1]", '{"x":1}'];
    let k = 0;
    const text = readFileSync(file, "utf8").replace(/"name":"Person A."/g, () => `"name":${bad[k++ % 3]}`);
    expect(k).toBeGreaterThanOrEqual(3);
    writeFileSync(file, text);
    const again = await load(dir, c);
    expect(again.cached).toBe(0);
    expect(again.library.entries).toEqual(cold.library.entries);
    expect((await load(dir, c)).cached).toBe(3);
  });

  it("a line without its sum, or with another line's, is a miss", async () => {
    const dir = folder("unsummed", 2);
    age(dir);
    const c = join(tmp, "unsummed-cache");
    const cold = await load(dir, c);
    const file = cacheFile(c);
    const [head, a, b] = readFileSync(file, "utf8").trim().split("\n");
    writeFileSync(file, [head, a!.slice(28), `${b!.slice(0, 27)} ${a!.slice(28)}`].join("\n") + "\n");
    const again = await load(dir, c);
    expect(again.cached).toBe(0);
    expect(again.library.entries).toEqual(cold.library.entries);
  });
});

describe("two processes at once", () => {
  const CLI = resolve("dist/cli.js");
  const run = (args: string[], home: string) =>
    new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        env: { PATH: process.env.PATH, HOME: home },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("close", (code) => done({ code, out }));
    });

  it("both list the whole folder, and leave a cache a third run uses", async () => {
    const dir = folder("procs", 80);
    const home = join(tmp, "procs-home");
    const [a, b] = await Promise.all([
      run(["list", "--json", dir], home),
      run(["list", "--json", dir], home),
    ]);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect((JSON.parse(a.out) as unknown[]).length).toBe(80);
    const c = await run(["list", "--json", dir], home);
    expect(c.out).toBe(a.out);
    // Every line of what they wrote is whole: the header, then lines that match their sum.
    const [head, ...lines] = readFileSync(cacheFile(join(home, ".cache", "resumes")), "utf8")
      .trim()
      .split("\n");
    expect(() => JSON.parse(head!)).not.toThrow();
    for (const line of lines) expect(sum(line.slice(28))).toBe(line.slice(0, 27));
  });
});

describe("cacheFor", () => {
  it("is off with RESUMES_CACHE=0 and when running from the sources", () => {
    expect(cacheFor(["x"], { env: { RESUMES_CACHE: "0" }, cwd: tmp, buildId: "b" })).toBeUndefined();
    expect(cacheFor(["x"], { env: {}, cwd: tmp })).toBeUndefined(); // vitest runs the sources
    expect(cacheFor(["x"], { env: { HOME: "/h" }, cwd: tmp, buildId: "b" })?.dir).toBe("/h/.cache/resumes");
  });

  it("shares one cache between working directories only when every path is absolute", () => {
    const key = (paths: string[], cwd: string) => cacheFor(paths, { env: {}, cwd, buildId: "b" })!.key;
    expect(key(["/cvs"], "/a")).toBe(key(["/cvs"], "/b"));
    expect(key(["cvs"], "/a")).not.toBe(key(["cvs"], "/b"));
  });
});
