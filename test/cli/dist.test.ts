/**
 * The built entry, `dist/cli.js` (`npm run build` first; `npm test` does), run as a
 * process with its output piped: exit codes, one-line errors, no escape codes.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = resolve("dist/cli.js");
const FIXTURES = resolve("test/cli/fixtures");
const tmp = mkdtempSync(join(tmpdir(), "resumes-dist-"));
const cvs = join(tmp, "cvs");

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(cvs);
  copyFileSync(join(FIXTURES, "ada.json"), join(cvs, "ada.json"));
  copyFileSync(join(FIXTURES, "grace.json"), join(cvs, "grace.json"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  // A clean environment: no colour settings, no library folder, no RESUMES_PATH.
  const base: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: join(tmp, "home") };
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: tmp,
    env: { ...base, ...env },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ESC = "\u001b";

describe("dist/cli.js", () => {
  it("prints help and version, exit 0", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^ {2}list {2,}list the loaded profiles, one line each$/m);
    expect(help.out).toContain("  show ");
    expect(help.out).toContain("  export ");
    expect(help.out).not.toContain(ESC);
    expect(run(["-V"]).out).toMatch(/^resumes \d+\.\d+\.\d+ \(.+ \d{4}-\d\d-\d\d\)\n$/);
    expect(run(["list", "--help"]).out).toMatch(/^Usage: resumes list/);
  });

  it("exits 2 with a short usage on stderr for an unknown command or option", () => {
    const cmd = run(["frobnicate"]);
    expect(cmd.code).toBe(2);
    expect(cmd.out).toBe("");
    expect(cmd.err).toMatch(/^resumes: unknown command 'frobnicate'/);
    expect(cmd.err).not.toMatch(/\n\s+at /);
    const opt = run(["list", "--frobnicate"]);
    expect(opt.code).toBe(2);
    expect(opt.err).toMatch(/^resumes list: unknown option '--frobnicate'\nUsage: resumes list/);
    expect(run(["show"]).code).toBe(2);
  });

  it("lists JSON Resume files from a folder, piped: plain text, one line each", () => {
    const r = run(["list", cvs]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(
      lines.some((l) => /^Ada Lovelace-Byron\s+Analytical Engine Programmer\s+cvs\/ada\.json$/.test(l)),
    ).toBe(true);
    expect(r.out).not.toContain(ESC);
  });

  it("colours with FORCE_COLOR even when piped, and never with NO_COLOR", () => {
    expect(run(["list", cvs], { FORCE_COLOR: "1" }).out).toContain(ESC);
    expect(run(["show", "grace", cvs], { FORCE_COLOR: "1" }).out).toContain(ESC);
    expect(run(["show", "grace", cvs], { NO_COLOR: "1" }).out).not.toContain(ESC);
  });

  it("reads RESUMES_PATH when no path is given", () => {
    const r = run(["list", "--json"], { RESUMES_PATH: join(cvs, "grace.json") });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { id: string }[]).map((x) => x.id)).toEqual(["grace-hopper"]);
  });

  it("reads the library folder (~/.config/resumes) when it exists", () => {
    const lib = join(tmp, "libhome", ".config", "resumes");
    mkdirSync(lib, { recursive: true });
    copyFileSync(join(FIXTURES, "ada.json"), join(lib, "ada.json"));
    const r = run(["list", "--json", "--verbose"], { HOME: join(tmp, "libhome") });
    expect((JSON.parse(r.out) as { id: string }[]).map((x) => x.id)).toEqual(["ada-lovelace-byron"]);
    expect(r.err).toMatch(/1 profile from your library \(~\/\.config\/resumes\)/);
  });

  it("shows a section and prints the --json shapes", () => {
    const text = run(["show", "hopper", "experience", cvs]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Experience\n {2}Rear Admiral · Navy +1943 → 1986\n/);
    const json = JSON.parse(run(["show", "grace", "--json", cvs]).out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["id", "label", "named", "file", "format", "profile"]);
  });

  it("exits 1 for no match and 2 for an ambiguous name, with one-line reasons", () => {
    const none = run(["show", "zebra", cvs]);
    expect(none.code).toBe(1);
    expect(none.err.trimEnd().split("\n")).toHaveLength(1);
    writeFileSync(join(cvs, "..", "adam.json"), JSON.stringify({ basics: { name: "Adam Smith" } }));
    const amb = run(["show", "ad", cvs, join(tmp, "adam.json")]);
    expect(amb.code).toBe(2);
    expect(amb.err).toContain("adam-smith");
  });

  it("reports a broken file in one line, shows the others, and exits 2", () => {
    const mixed = join(tmp, "mixed");
    mkdirSync(mixed);
    copyFileSync(join(FIXTURES, "grace.json"), join(mixed, "grace.json"));
    writeFileSync(join(mixed, "broken.json"), '{ "basics": { "name": ');
    const r = run(["list", mixed]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Grace Hopper/);
    const errs = r.err.trimEnd().split("\n");
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/broken\.json/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("caches each loaded file, and never serves a stale one", () => {
    const dir = join(tmp, "cached");
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, "grace.json"), join(dir, "grace.json"));
    const home = join(tmp, "cachehome");
    const first = run(["list", "--json", dir], { HOME: home });
    expect((JSON.parse(first.out) as { label: string }[]).map((x) => x.label)).toEqual(["Grace Hopper"]);
    expect(readdirSync(join(home, ".cache", "resumes")).filter((f) => f.endsWith(".jsonl"))).toHaveLength(1);
    expect(run(["list", "--json", dir], { HOME: home }).out).toBe(first.out);
    // An edit (new size and mtime) and a new file are both seen on the next run.
    writeFileSync(join(dir, "grace.json"), JSON.stringify({ basics: { name: "Grace B. Hopper" } }));
    copyFileSync(join(FIXTURES, "ada.json"), join(dir, "ada.json"));
    const after = JSON.parse(run(["list", "--json", dir], { HOME: home }).out) as { label: string }[];
    expect(after.map((x) => x.label)).toEqual(["Ada Lovelace-Byron", "Grace B. Hopper"]);
    // RESUMES_CACHE=0: no cache file is written.
    const off = join(tmp, "offhome");
    run(["list", dir], { HOME: off, RESUMES_CACHE: "0" });
    expect(existsSync(join(off, ".cache", "resumes"))).toBe(false);
  });

  it("exports JSON Resume and Markdown", () => {
    const doc = JSON.parse(run(["export", "grace", cvs]).out) as { basics: { name: string } };
    expect(doc.basics.name).toBe("Grace Hopper");
    expect(run(["export", "grace", "-f", "markdown", cvs]).out).toMatch(/^# Grace Hopper\n/);
  });

  it("export then load again keeps a one-year job ended and an ongoing school ongoing", () => {
    const dir = join(tmp, "trip");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "wren.txt"),
      "Wren Example\nwren@example.org\n\nExperience\n\nOneyear Ltd — Engineer\n2019\n- Shipped a thing\n\n" +
        "Projects\n\nToolbox — a build tool\n2023 – present\n",
    );
    const before = run(["show", "wren", dir]).out;
    expect(before).toMatch(/Oneyear Ltd +2019\n/);
    const out = join(tmp, "wren-export.json");
    expect(run(["export", "wren", dir, "--out", out]).code).toBe(0);
    const after = run(["show", "wren", out]).out;
    expect(after).toBe(before);
    expect(after).not.toMatch(/2019 → present/);
  });

  it("says a date read otherwise than written without -v, and keeps that job ended", () => {
    const file = join(tmp, "spring.json");
    writeFileSync(
      file,
      JSON.stringify({
        basics: { name: "Spring Tester" },
        work: [{ name: "Seasonco", startDate: "2019", endDate: "Spring 2021" }],
      }),
    );
    const r = run(["show", "spring", file, "experience"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Seasonco +2019 → 2021\n/);
    expect(r.err).toBe(
      "spring.json: warning: work[0].endDate: read 'Spring 2021' as 2021 (expected YYYY, YYYY-MM or YYYY-MM-DD)\n",
    );
  });
});
