/**
 * The file cache as a user meets it, through the built CLI (`dist/cli.js`): whatever is in
 * the cache folder, every command works, says nothing about it, and leaves no litter.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = resolve("dist/cli.js");
const tmp = mkdtempSync(join(tmpdir(), "resumes-cache-cli-"));
const cacheDir = join(tmp, "cache", "resumes");

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(join(tmp, "cvs"));
  for (const [f, name] of [
    ["a.md", "Ada Quill"],
    ["b.md", "Bea Stone"],
  ] as const) {
    const file = join(tmp, "cvs", f);
    writeFileSync(file, `# ${name}\n\nBackend Engineer\n\n## Skills\n\n- Kafka\n`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? "", HOME: tmp, XDG_CACHE_HOME: join(tmp, "cache") },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the cache through the CLI", () => {
  it("an entry of the right shape with malformed content is a miss: no crash, the same output", () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const first = run(["list", "cvs"]);
    expect(first.code).toBe(0);
    for (const f of readdirSync(cacheDir).filter((f) => f.endsWith(".jsonl"))) {
      const path = join(cacheDir, f);
      writeFileSync(path, readFileSync(path, "utf8").replace(/"name":"[^"]*"/g, '"name":5'));
    }
    for (const args of [
      ["list", "cvs"],
      ["show", "ada", "cvs"],
      ["search", "kafka", "cvs"],
    ]) {
      const r = run(args);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("Ada Quill");
    }
    expect(run(["list", "cvs"]).out).toBe(first.out);
  });

  it("a line damaged in place under a warm snapshot is never shown: the file is parsed again", () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const first = run(["show", "ada", "cvs", "--json"]);
    expect(first.code).toBe(0);
    const lib = readdirSync(cacheDir).find((f) => f.endsWith(".lib"));
    expect(lib).toBeDefined();
    // Damage that keeps the length and the modification time (bits rotting on a disk): the
    // snapshot still opens, the lines' sums no longer hold.
    for (const f of readdirSync(cacheDir).filter((f) => f.endsWith(".jsonl"))) {
      const path = join(cacheDir, f);
      const { atime, mtime } = statSync(path);
      writeFileSync(path, readFileSync(path, "utf8").replace(/Backend Engineer/g, "Backend Enginear"), {
        flag: "r+",
      });
      utimesSync(path, atime, mtime);
    }
    const r = run(["show", "ada", "cvs", "--json"]);
    expect(r.err).toBe("");
    expect(r.out).toBe(first.out);
    expect(readdirSync(cacheDir)).not.toContain(lib);
    expect(run(["show", "ada", "cvs", "--json"]).out).toBe(first.out);
  });

  it("folders in the cache files' places: no crash, and no temporary file left behind", () => {
    rmSync(cacheDir, { recursive: true, force: true });
    run(["search", "kafka", "cvs"]);
    const files = readdirSync(cacheDir);
    expect(files.some((f) => f.endsWith(".jsonl"))).toBe(true);
    expect(files.some((f) => f.endsWith(".index"))).toBe(true);
    for (const f of files) {
      rmSync(join(cacheDir, f));
      mkdirSync(join(cacheDir, f));
      writeFileSync(join(cacheDir, f, "x"), "x");
    }
    for (let k = 0; k < 3; k++) {
      const r = run(["search", "kafka", "cvs"]);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      expect(r.out).toContain("Ada Quill");
    }
    expect(readdirSync(cacheDir).sort()).toEqual(files.sort());
  });
});
