/**
 * `-` as a path and `--from`, through the commands as the CLI runs them (the real loader),
 * and a folder mixing PDF, Word, Markdown and JSON Resume through `list` and `show`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { command as list } from "../../src/commands/list.js";
import { command as parse } from "../../src/commands/parse.js";
import { command as show } from "../../src/commands/show.js";
import { command as search } from "../../src/commands/search.js";
import { fakeIo } from "../cli/helpers.js";

const FILES = resolve("test/fixtures/files");
const dir = mkdtempSync(join(tmpdir(), "resumes-stdin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MD =
  "# Nell Ashgrove\n\nnell@example.org\n\n## Experience\n\n### Staff Engineer, Orrin Mills\nJan 2020 - Present\n\n- Ran the kiln software\n";
const stdinOf = (data: string | Uint8Array) => async () =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;
// RESUMES_CACHE=0: nothing is written outside the test's folder.
const io = (data: string | Uint8Array) =>
  fakeIo({ cwd: dir, env: { RESUMES_CACHE: "0" }, readStdin: stdinOf(data) });

describe("standard input", () => {
  it("cat cv.md | resumes show -", async () => {
    const out = io(MD);
    expect(await show.run(["-"], out)).toBe(0);
    expect(out.err()).toBe("");
    expect(out.out()).toMatch(/Nell Ashgrove/);
    expect(out.out()).toMatch(/Staff Engineer · Orrin Mills/);
  });

  it("cat cv.md | resumes show - experience", async () => {
    const out = io(MD);
    expect(await show.run(["-", "experience"], out)).toBe(0);
    expect(out.out()).toMatch(/^Experience\n/);
  });

  it("pdftotext-style text and a PDF itself, piped to resumes parse -", async () => {
    const text = io(
      "Marisol Quenby\nmarisol@example.com\n\nExperience\n\nBrindle Labs\nSoftware Engineer   Jun 2016 - Feb 2020\n",
    );
    expect(await parse.run(["-"], text)).toBe(0);
    expect(JSON.parse(text.out()).basics).toMatchObject({
      name: "Marisol Quenby",
      email: "marisol@example.com",
    });
    const pdf = io(new Uint8Array(readFileSync(join(FILES, "quenby-one-column.pdf"))));
    expect(await parse.run(["-", "--format", "json"], pdf)).toBe(0);
    expect(JSON.parse(pdf.out()).work[0]).toMatchObject({
      name: "Tallowfield Systems",
      position: "Senior Backend Engineer",
    });
  });

  it("--from names the format; a wrong one gives one line and exit 2 (an error)", async () => {
    const yaml = "basics:\n  name: Wren Olafsdottir\n";
    const asYaml = io(yaml);
    expect(await parse.run(["-", "--from", "yaml", "--format", "json"], asYaml)).toBe(0);
    expect(JSON.parse(asYaml.out()).basics.name).toBe("Wren Olafsdottir");
    const wrong = io(MD);
    expect(await parse.run(["-", "--from", "json"], wrong)).toBe(2);
    expect(wrong.err()).toMatch(/^stdin:1:1: invalid JSON: .*\n$/);
    const bad = io(MD);
    expect(await parse.run(["-", "--from", "docs"], bad)).toBe(2);
    expect(bad.err()).toMatch(/--from must be one of md, txt, json, yaml, pdf, docx, org, rst, adoc, tex/);
  });

  it("stdin beside files: list - FILE", async () => {
    writeFileSync(join(dir, "quill.json"), JSON.stringify({ basics: { name: "Ada Quill" } }));
    const out = io(MD);
    expect(await list.run(["-", "quill.json"], out)).toBe(0);
    expect(out.out()).toMatch(/^Ada Quill\s.*quill\.json$/m);
    expect(out.out()).toMatch(/^Nell Ashgrove\s.*stdin$/m);
  });

  it("nothing to read: one line, exit 2 (an error)", async () => {
    const out = io("");
    expect(await show.run(["-"], out)).toBe(2);
    expect(out.err()).toBe("stdin: empty file\n");
  });
});

describe("a folder mixing PDF, Word, Markdown and JSON Resume", () => {
  const mixed = join(dir, "mixed");
  mkdirSync(mixed, { recursive: true });
  copyFileSync(join(FILES, "wrenfield-two-column.pdf"), join(mixed, "wrenfield.pdf"));
  copyFileSync(join(FILES, "marrowdale.docx"), join(mixed, "marrowdale.docx"));
  writeFileSync(join(mixed, "ashgrove.md"), MD);
  writeFileSync(
    join(mixed, "quill.json"),
    JSON.stringify({ basics: { name: "Ada Quill", label: "Engineer" } }),
  );

  it("resumes list mixed", async () => {
    const out = io("");
    expect(await list.run(["mixed"], out)).toBe(0);
    expect(out.err()).toBe("");
    const names = out
      .out()
      .trimEnd()
      .split("\n")
      .map((l) => l.split(/\s{2,}/)[0]);
    expect([...names].sort()).toEqual(["Ada Quill", "Ilse Marrowdale", "Nell Ashgrove", "Tobias Wrenfield"]);
  });

  it("resumes show wrenfield experience mixed, resumes show marrowdale mixed --json", async () => {
    const out = io("");
    expect(await show.run(["wrenfield", "experience", "mixed"], out)).toBe(0);
    expect(out.out()).toMatch(/Senior Data Engineer · Fernhollow Analytics/);
    const json = io("");
    expect(await show.run(["marrowdale", "mixed", "--json"], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({
      format: "docx",
      profile: { basics: { name: "Ilse Marrowdale" } },
    });
  });

  it("resumes search finds a PDF's text", async () => {
    const out = io("");
    expect(await search.run(["airflow", "mixed"], out)).toBe(0);
    expect(out.out()).toMatch(/Tobias Wrenfield/);
  });
});
