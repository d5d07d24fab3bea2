import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_CACHED, cacheDir, currentBuild, fingerprint, libraryCache } from "../../src/cli/cache.js";
import { Library, makeEntries } from "../../src/library/library.js";
import { ADA, GRACE } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "resumes-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "a.md"), "# A");
  writeFileSync(join(dir, "sub", "b.txt"), "B");
  return dir;
}

const lib = () =>
  new Library(
    makeEntries([
      { profile: ADA, file: "a.md", format: "markdown" },
      { profile: GRACE, file: "sub/b.txt", format: "text" },
    ]),
  );

describe("fingerprint", () => {
  it("changes when a file is edited, added or removed, not otherwise", () => {
    const dir = folder("fp");
    const first = fingerprint([dir], tmp);
    expect(fingerprint([dir], tmp)).toBe(first);
    writeFileSync(join(dir, "a.md"), "# A, longer");
    const edited = fingerprint([dir], tmp);
    expect(edited).not.toBe(first);
    utimesSync(join(dir, "a.md"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(fingerprint([dir], tmp)).not.toBe(edited);
    const touched = fingerprint([dir], tmp);
    writeFileSync(join(dir, "sub", "c.json"), "{}");
    expect(fingerprint([dir], tmp)).not.toBe(touched);
  });

  it("skips hidden entries and node_modules inside folders, like the loader", () => {
    const dir = folder("hidden");
    const before = fingerprint([dir], tmp);
    mkdirSync(join(dir, "node_modules"));
    writeFileSync(join(dir, "node_modules", "x.md"), "x");
    writeFileSync(join(dir, ".draft.md"), "x");
    expect(fingerprint([dir], tmp)).toBe(before);
  });

  it("records a missing path, so the loader's diagnostic for it is cached too", () => {
    expect(fingerprint([join(tmp, "nope")], tmp)).toContain("missing");
  });
});

describe("libraryCache", () => {
  const env = { HOME: join(tmp, "home") };

  it("returns what was stored while nothing changes, and misses after an edit", () => {
    const dir = folder("roundtrip");
    const options = { env, cwd: tmp, buildId: "build-1" };
    const diagnostics = [{ file: "x.md", message: "skipped", severity: "warning" as const }];
    expect(libraryCache([dir], options)!.get()).toBeUndefined();
    libraryCache([dir], options)!.set({ library: lib(), diagnostics });
    const hit = libraryCache([dir], options)!.get();
    expect(hit?.library.entries.map((e) => e.id)).toEqual(["ada-lovelace-byron", "grace-hopper"]);
    expect(hit?.library.byId.get("grace-hopper")?.profile).toEqual(GRACE);
    expect(hit?.diagnostics).toEqual(diagnostics);

    writeFileSync(join(dir, "sub", "b.txt"), "B, edited");
    expect(libraryCache([dir], options)!.get()).toBeUndefined();
  });

  it("misses for another build of resumes", () => {
    const dir = folder("build");
    libraryCache([dir], { env, cwd: tmp, buildId: "old" })!.set({ library: lib(), diagnostics: [] });
    expect(libraryCache([dir], { env, cwd: tmp, buildId: "old" })!.get()).toBeDefined();
    expect(libraryCache([dir], { env, cwd: tmp, buildId: "new" })!.get()).toBeUndefined();
  });

  it("is off with RESUMES_CACHE=0 and when running from the sources", () => {
    expect(
      libraryCache(["x"], { env: { ...env, RESUMES_CACHE: "0" }, cwd: tmp, buildId: "b" }),
    ).toBeUndefined();
    expect(currentBuild("file:///x/src/cli/cache.ts")).toBeUndefined();
    expect(libraryCache(["x"], { env, cwd: tmp })).toBeUndefined(); // vitest runs cache.ts itself
  });

  it("ignores a cache file that is not valid", () => {
    const dir = folder("corrupt");
    const options = { env, cwd: tmp, buildId: "b", dir: join(tmp, "corrupt-cache") };
    libraryCache([dir], options)!.set({ library: lib(), diagnostics: [] });
    for (const f of readdirSync(options.dir)) writeFileSync(join(options.dir, f), "{ not json");
    expect(libraryCache([dir], options)!.get()).toBeUndefined();
  });

  it("keeps at most MAX_CACHED libraries, dropping the oldest", () => {
    const dir = join(tmp, "many-cache");
    const sources = Array.from({ length: MAX_CACHED + 3 }, (_, i) => folder(`many-${i}`));
    for (const src of sources)
      libraryCache([src], { env, cwd: tmp, buildId: "b", dir })!.set({ library: lib(), diagnostics: [] });
    expect(readdirSync(dir)).toHaveLength(MAX_CACHED);
    expect(libraryCache([sources.at(-1)!], { env, cwd: tmp, buildId: "b", dir })!.get()).toBeDefined();
  });

  it("shares one cache between working directories when every path is absolute", () => {
    const dir = join(tmp, "shared-cache");
    const src = folder("shared");
    libraryCache([src], { env, cwd: "/a", buildId: "b", dir })!.set({ library: lib(), diagnostics: [] });
    expect(libraryCache([src], { env, cwd: "/b", buildId: "b", dir })!.get()).toBeDefined();
    // A relative path names different files from different folders: not shared.
    libraryCache(["shared"], { env, cwd: tmp, buildId: "b", dir })!.set({ library: lib(), diagnostics: [] });
    expect(
      libraryCache(["shared"], { env, cwd: join(tmp, "shared"), buildId: "b", dir })!.get(),
    ).toBeUndefined();
  });

  it("lives in the platform's cache folder, from io.env", () => {
    expect(cacheDir({}, "linux", "/h")).toBe("/h/.cache/resumes");
    expect(cacheDir({ XDG_CACHE_HOME: "/c" }, "linux", "/h")).toBe("/c/resumes");
    expect(cacheDir({}, "darwin", "/h")).toBe("/h/Library/Caches/resumes");
  });
});
