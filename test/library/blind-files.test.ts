/**
 * The PDF and Word readers on the blind set of files (test/blind-files, made by
 * scripts/make-blind-files.mjs): the layouts Word, Google Docs, LaTeX and design tools give a
 * CV, each rule checked on what the reader makes of the file and on the profile parsed from it.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../src/library/load.js";
import { readDocx } from "../../src/library/read-docx.js";
import type { Profile } from "../../src/profile/schema.js";

const DOCS = resolve("test/blind-files/docs");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DOCS, name)));

async function profile(name: string): Promise<Profile> {
  const { entry } = await loadDocument(join(DOCS, name));
  return entry!.profile;
}
const jobs = (p: Profile) =>
  (p.work ?? []).flatMap((w) => (w.roles ?? [w]).map((r) => [w.name, r.position, r.startDate]));

async function docxText(name: string): Promise<string[]> {
  const r = await readDocx(bytes(name));
  if ("error" in r) throw new Error(r.error);
  return r.text.split("\n");
}

describe("Word", () => {
  it("a table row of dates and an entry: the dates go on the entry's first line, after a tab", async () => {
    const text = await docxText("d07-word-table-cells.docx");
    expect(text).toContain("__Operations Manager__\t03/2020 – present");
    expect(text).not.toContain("03/2020 – present");
    expect(jobs(await profile("d07-word-table-cells.docx"))).toEqual([
      ["Nordmarsh Freight AS", "Operations Manager", "2020-03"],
      ["Ystad Port Services", "Shift Supervisor", "2015-06"],
    ]);
  });

  it("headings typed letter by letter are closed up into words", async () => {
    const text = await docxText("d07-word-table-cells.docx");
    expect(text).toContain("__WORK EXPERIENCE__");
    expect(text).toContain("__EDUCATION__");
  });

  it("emphasis marks sit on the words: not around a soft line break, not around spaces", async () => {
    const text = await docxText("d06-docs-tab-stops.docx");
    expect(text).toContain("*Software Engineer*");
    expect(text).toContain("__Languages:__ Java, Kotlin, SQL");
    expect(text.filter((l) => /\*\s*$/.test(l) && !/\*\S.*\*$/.test(l))).toEqual([]);
    const p = await profile("d06-docs-tab-stops.docx");
    expect(p.education?.map((e) => [e.institution, e.studyType])).toEqual([
      ["University of Calderbrook", "BSc"],
    ]);
  });
});
