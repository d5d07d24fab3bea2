import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { libraryDir, packageRoot, resolveSources, seedsDir } from "../../src/library/sources.js";

const tmp = mkdtempSync(join(tmpdir(), "resumes-sources-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("resolveSources", () => {
  const home = join(tmp, "home");
  const base = { cwd: tmp, home, platform: "linux" as const, seedsDir: "/opt/seeds" };

  it("takes the paths given first, even when RESUMES_PATH is set", () => {
    const s = resolveSources(["a.md", "cvs"], { ...base, env: { RESUMES_PATH: "/x:/y" } });
    expect(s).toMatchObject({ kind: "args", paths: ["a.md", "cvs"] });
    expect(s.description).toContain("a.md, cvs");
  });

  it("splits RESUMES_PATH on the platform's delimiter and drops empty parts", () => {
    const s = resolveSources([], { ...base, env: { RESUMES_PATH: "/x::/y/z.md:" } });
    expect(s).toMatchObject({ kind: "env", paths: ["/x", "/y/z.md"] });
    const w = resolveSources([], { ...base, platform: "win32", env: { RESUMES_PATH: "C:\\cvs;D:\\more" } });
    expect(w.paths).toEqual(["C:\\cvs", "D:\\more"]);
  });

  it("uses the library folder from io.env (XDG_CONFIG_HOME, else ~/.config) only when it exists", () => {
    const env = { HOME: home };
    expect(resolveSources([], { ...base, env }).kind).toBe("seeds");
    mkdirSync(join(home, ".config", "resumes"), { recursive: true });
    const s = resolveSources([], { ...base, env });
    expect(s).toMatchObject({ kind: "library", paths: [join(home, ".config", "resumes")] });
    expect(s.description).toContain("~/.config/resumes");

    const xdg = join(tmp, "xdg");
    mkdirSync(join(xdg, "resumes"), { recursive: true });
    expect(resolveSources([], { ...base, env: { HOME: home, XDG_CONFIG_HOME: xdg } }).paths).toEqual([
      join(xdg, "resumes"),
    ]);
  });

  it("falls back to the bundled seeds, and says how to add résumés", () => {
    const s = resolveSources([], { ...base, home: join(tmp, "nobody"), env: {} });
    expect(s).toMatchObject({ kind: "seeds", paths: ["/opt/seeds"] });
    expect(s.description).toMatch(/RESUMES_PATH/);
  });
});

describe("libraryDir", () => {
  it("follows env-paths' config folders per platform", () => {
    expect(libraryDir({}, "linux", "/h")).toBe("/h/.config/resumes");
    expect(libraryDir({ XDG_CONFIG_HOME: "/c" }, "linux", "/h")).toBe("/c/resumes");
    expect(libraryDir({}, "darwin", "/h")).toBe("/h/Library/Preferences/resumes");
  });
});

describe("seedsDir", () => {
  it("finds this package's seeds/ from the sources", () => {
    expect(seedsDir()).toBe(join(packageRoot(), "seeds"));
    expect(packageRoot()).toBe(process.cwd());
  });

  it("walks up from a bundled chunk's location to the folder with our package.json", () => {
    const pkg = join(tmp, "node_modules", "resumes");
    mkdirSync(join(pkg, "dist", "chunks"), { recursive: true });
    mkdirSync(join(pkg, "seeds"), { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "resumes" }));
    writeFileSync(join(tmp, "package.json"), JSON.stringify({ name: "someone-else" }));
    expect(seedsDir(`file://${join(pkg, "dist", "chunks", "list-X.js")}`)).toBe(join(pkg, "seeds"));
    expect(seedsDir(`file://${join(pkg, "dist", "cli.js")}`)).toBe(join(pkg, "seeds"));
  });
});
