import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { command } from "../../src/commands/parse.js";
import { fakeIo } from "../cli/helpers.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(resolve("node_modules/@jsonresume/schema/schema.json"), "utf8")) as object,
);

const dir = mkdtempSync(join(tmpdir(), "resumes-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADA = {
  basics: { name: "Ada Lovelace", url: "ada.example.org", profiles: [{ network: "GitHub", url: "" }] },
  work: [
    { name: "Engine Co", position: "Programmer", startDate: "2022-01" },
    { name: "Old Co", position: "Intern", startDate: "2019", endDate: "2021-12" },
  ],
};

beforeAll(() => {
  writeFileSync(join(dir, "ada.json"), JSON.stringify(ADA, null, 2));
  writeFileSync(
    join(dir, "grace.yaml"),
    "basics:\n  name: Grace\nwork:\n  - name: Navy\n    startDate: 1943-05\n",
  );
  writeFileSync(join(dir, "bad.json"), '{"basics": {"name": "x"}\n"work": []}');
  writeFileSync(
    join(dir, "dates.json"),
    JSON.stringify({ basics: { name: "D" }, awards: [{ title: "T", date: "someday" }] }),
  );
  mkdirSync(join(dir, "folder"));
});

async function run(...argv: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await command.run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("resumes parse", () => {
  it("prints the JSON Resume document by default: no ongoing, no source, valid with formats", async () => {
    const { code, out, err } = await run("ada.json");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.endsWith("}\n")).toBe(true);
    const doc = JSON.parse(out) as Record<string, any>;
    expect(doc.work[0]).toStrictEqual({ name: "Engine Co", position: "Programmer", startDate: "2022-01" });
    expect(doc.basics).toStrictEqual({
      name: "Ada Lovelace",
      url: "https://ada.example.org",
      profiles: [{ network: "GitHub" }],
    });
    expect(validate(doc)).toBe(true);
    expect(out).toBe(JSON.stringify(doc, null, 2) + "\n");
  });

  it("--format json prints the native model, ongoing included and values as loaded", async () => {
    const { code, out } = await run("ada.json", "--format", "json");
    expect(code).toBe(0);
    const profile = JSON.parse(out) as Record<string, any>;
    // Pretty-printed, the first work entry's `{` is on line 13.
    expect(profile.work[0]).toStrictEqual({
      name: "Engine Co",
      position: "Programmer",
      startDate: "2022-01",
      ongoing: true,
      source: { file: "ada.json", line: 13 },
    });
    expect(profile.basics.source).toStrictEqual({ file: "ada.json", line: 2 });
    expect(profile.basics.url).toBe("ada.example.org");
    expect((await run("grace.yaml", "-f", "json")).out).toContain('"ongoing": true');
  });

  it("loads YAML", async () => {
    const { code, out } = await run("grace.yaml", "--format=jsonresume");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toStrictEqual({
      basics: { name: "Grace" },
      work: [{ name: "Navy", startDate: "1943-05" }],
    });
  });

  it("a bad file: exit 2, its one diagnostic on stderr, nothing on stdout", async () => {
    expect(await run("bad.json")).toEqual({
      code: 2,
      out: "",
      err: "bad.json:2:1: invalid JSON: expected ',' or '}' after a property value, found '\"'\n",
    });
    expect(await run("missing.md")).toEqual({
      code: 2,
      out: "",
      err: "missing.md: no such file or folder\n",
    });
    expect(await run("folder")).toEqual({ code: 2, out: "", err: "folder: is a folder; give one file\n" });
  });

  it("never echoes control characters from the file name", async () => {
    const { code, err } = await run("\u001b]0;x\u0007evil.json");
    expect(code).toBe(2);
    expect(err).toBe("evil.json: no such file or folder\n");
  });

  it("reads no file where paths are not accepted (SSH exec): exit 2", async () => {
    const io = fakeIo({ cwd: dir, acceptsPaths: undefined });
    expect(await command.run(["ada.json"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^resumes parse: files and folders cannot be named here \('ada\.json'\)/);
  });

  it("warnings go to stderr and the exit is still 0", async () => {
    const { code, out, err } = await run("dates.json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toStrictEqual({ basics: { name: "D" }, awards: [{ title: "T" }] });
    expect(err).toBe(
      "dates.json: warning: awards[0].date: dropped 'someday': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)\n",
    );
  });

  it("usage errors exit 2 with a usage line: no file, two files, unknown flag, bad format", async () => {
    for (const argv of [
      [],
      ["a.json", "b.json"],
      ["ada.json", "--pretty"],
      ["ada.json", "--format", "xml"],
    ]) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toContain("Usage: resumes parse FILE [--format jsonresume|json] [--explain]\n");
    }
    expect((await run()).err.split("\n")[0]).toBe("resumes parse: missing FILE");
    expect((await run("ada.json", "--format", "xml")).err.split("\n")[0]).toBe(
      "resumes parse: option --format must be one of jsonresume, json; got 'xml'",
    );
  });

  it("--help prints the usage and options, exit 0", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: resumes parse FILE \[--format jsonresume\|json\] \[--explain\]\n/);
    expect(out).toContain("--format");
  });
});

describe("dist/cli.js parse", () => {
  const CLI = resolve("dist/cli.js");
  const cli = (...args: string[]) => {
    if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
    const r = spawnSync(process.execPath, [CLI, "parse", ...args], {
      cwd: resolve("."),
      env: { PATH: process.env.PATH ?? "", HOME: dir },
      encoding: "utf8",
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("parses a JSON Resume file and reports a bad one, as a process", () => {
    const ok = cli(join(dir, "ada.json"));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ basics: { name: "Ada Lovelace" } });
    const bad = cli(join(dir, "bad.json"));
    expect(bad.code).toBe(2);
    // shown as every command shows a file outside the working directory: from ~ (HOME is dir)
    expect(bad.err).toBe(
      `~/bad.json:2:1: invalid JSON: expected ',' or '}' after a property value, found '"'\n`,
    );
    expect(bad.err).not.toContain("    at ");
  });

  it("parses a bundled seed into a valid JSON Resume document with work entries", () => {
    const { code, out, err } = cli("seeds/abhirag-awasthi.md");
    expect(err.split("\n").filter((l) => l && !l.includes(": warning: "))).toEqual([]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { basics?: { name?: string }; work?: unknown[] };
    expect(doc.basics?.name).toBeTruthy();
    expect(doc.work?.length ?? 0).toBeGreaterThan(0);
    expect(validate(doc)).toBe(true);
  });
});

describe("parse --explain", () => {
  it("prints each line with its section, how it was read and the entry it went to", async () => {
    writeFileSync(
      join(dir, "explain.txt"),
      [
        "Noor Haddad",
        "noor@haddad.example",
        "",
        "Experience",
        "• Saltmarsh Labs",
        "",
        "Data Analyst",
        "Mar 2020 – Present",
        "◦ Cleaned the survey data and wrote the weekly report.",
      ].join("\n"),
    );
    const io = fakeIo({ cwd: dir, columns: 160 });
    const code = await command.run(["explain.txt", "--explain"], io);
    expect(code).toBe(0);
    const rows = io.out().split("\n");
    const row = (n: number): string => rows.find((r) => r.trimStart().startsWith(`${n} `)) ?? "";
    expect(row(4)).toMatch(/heading work/);
    expect(row(5)).toMatch(/header \d\.\d\d.*Saltmarsh Labs.*work: Experience.*→ work\[0\] Saltmarsh Labs/);
    expect(row(9)).toMatch(/body \d\.\d\d.*Cleaned the survey.*→ work\[0\] Saltmarsh Labs/);
  });

  it("refuses a JSON document with one line", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await command.run(["ada.json", "--explain"], io)).not.toBe(0);
    expect(io.err()).toMatch(/ada\.json: --explain reads text documents/);
  });
});
