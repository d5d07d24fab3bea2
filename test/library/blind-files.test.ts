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
import { readPdf } from "../../src/library/read-pdf.js";
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

async function pdf(name: string) {
  const r = await readPdf(bytes(name));
  if ("error" in r) throw new Error(r.error);
  return r;
}

describe("PDF", () => {
  it("a name set in two rows in the sidebar is one name line", async () => {
    const { lines } = await pdf("p01-word-sidebar.pdf");
    expect(lines[0]).toMatchObject({ text: "Oriel Bastable-Finch", heading: 1, column: 0 });
    expect((await profile("p01-word-sidebar.pdf")).basics?.name).toBe("Oriel Bastable-Finch");
  });

  it("words drawn with character spacing are closed up one by one, the spaces between them kept", async () => {
    const { lines } = await pdf("p04-design-tool.pdf");
    const texts = lines.map((l) => l.text);
    expect(texts).toContain("BRAND DESIGNER");
    // One item drawn with character spacing, two words: the glyphs drawn say where the space is.
    expect(lines[0]).toMatchObject({ text: "MIREILLE OKAFOR-LINDGREN", heading: 1 });
    expect(lines.find((l) => l.text === "WORK EXPERIENCE")?.heading).toBe(2);
    expect(jobs(await profile("p04-design-tool.pdf"))).toEqual([
      ["Studio Pelorus", "Senior Brand Designer", "2020"],
      ["Wexcombe Print Co.", "Junior Designer", "2016"],
    ]);
  });

  it("picture-font bullets set apart from their text are bullets; a later page's header naming the person is furniture", async () => {
    const { lines, skipped } = await pdf("p02-docs-two-page.pdf");
    // Every square-bulleted line (the square at x = 60) is a bullet, its text without the glyph.
    const squared = lines.filter((l) => l.text && Math.round(l.x) === 60);
    expect(squared.length).toBeGreaterThan(30);
    expect(squared.every((l) => l.bullet)).toBe(true);
    expect(lines.filter((l) => /^(?:n|•) /.test(l.text))).toEqual([]);
    expect(skipped.map((s) => s.text)).toContain("Sunniva Achterberg – Résumé");
    const bank = (await profile("p02-docs-two-page.pdf")).work?.find((w) => w.name === "Harrowgate Bank");
    expect(bank?.highlights).toContain("Planned the app's move to a new design system with two other teams.");
    expect(JSON.stringify(bank)).not.toMatch(/Résumé/);
  });
});

describe("PDF columns", () => {
  it("a column of dates and labels beside the entries is not a sidebar: each row reads across", async () => {
    const { lines } = await pdf("p06-lebenslauf.pdf");
    expect(lines.every((l) => l.column === undefined)).toBe(true);
    expect(lines.map((l) => l.cells)).toContainEqual(["03/2019 – heute", "Teamleiterin Buchhaltung"]);
    expect(lines.map((l) => l.cells)).toContainEqual(["E-Mail:", "f.almendinger@example.de"]);
    const p = await profile("p06-lebenslauf.pdf");
    expect(p.basics?.name).toBe("Friederike Almendinger-Roos");
    expect(p.work?.[0]).toMatchObject({
      name: "Schwarzwald Mühlenwerke GmbH",
      position: "Teamleiterin Buchhaltung",
    });
  });

  it("columns on one grid with headings of their own are still read column by column", async () => {
    const { lines } = await pdf("p05-word-grid-table.pdf");
    expect(lines.find((l) => l.text === "SKILLS")?.column).toBe(1);
    expect(lines.find((l) => l.text.startsWith("Brenig Construction"))?.cells).toEqual([
      "Brenig Construction — Cardiff",
      "Jan 2021 – Present",
    ]);
  });
});

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
