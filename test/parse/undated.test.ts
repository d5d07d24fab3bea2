import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { capsEmployerThenTitle } from "../../src/parse/entries.js";
import { titleScore } from "../../src/parse/features.js";
import { normalizeLines } from "../../src/parse/lines.js";
import { statedJob } from "../../src/parse/undated.js";
import { wordsOf } from "../../src/parse/vocab.js";
import { parseWork } from "../../src/parse/work.js";

const work = (s: string) => parseWork(normalizeLines(s), "t.txt").work;

describe("undated entries", () => {
  it("a title line standing apart above bullets heads an entry", () => {
    const w = work("Freelance Interpreter\n\n- Court assignments.\n- Conference pairs.");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      position: "Freelance Interpreter",
      highlights: ["Court assignments.", "Conference pairs."],
    });
    expect(w[0]!.startDate).toBeUndefined();
  });

  it("an employer over a title is one entry with both", () => {
    const w = work(
      "Harbourline Ferries\nTicket Clerk\n\n- Sold crossings.\n\nQuayside Books\nShop Assistant\n\nKept the stock.",
    );
    expect(w.map((x) => [x.name, x.position])).toEqual([
      ["Harbourline Ferries", "Ticket Clerk"],
      ["Quayside Books", "Shop Assistant"],
    ]);
  });

  it("makes no entry of prose, of a line with no title, or when any line is dated", () => {
    expect(
      work("I have translated for courts and hospitals for many years, mostly in the evenings."),
    ).toEqual([]);
    expect(work("Harbour work\n\n- Ropes and tickets.")).toEqual([]);
    const dated = work(
      "Ticket Clerk, Harbourline Ferries, 2019 - 2021\n\n- Sold crossings.\n\nShop Assistant\n\n- Kept the stock.",
    );
    expect(dated).toHaveLength(1);
    expect(dated[0]!.startDate).toBe("2019");
  });

  it("a Markdown section heading is read by its first word when the whole is no heading phrase", () => {
    const { profile } = parseDocument(
      "# Ada Quist\n\n## Work to pay the rent\n\nNight Receptionist\n\n- Front desk.\n",
      {
        file: "t.md",
        format: "markdown",
      },
    );
    expect(profile.work?.map((w) => w.position)).toEqual(["Night Receptionist"]);
  });
});

describe("an employer in capitals run into its title", () => {
  it("splits where the capitals end, and keeps titles written with capitals whole", () => {
    expect(capsEmployerThenTitle("NORTHWIND LABS Staff Engineer")).toEqual({
      name: "NORTHWIND LABS",
      title: "Staff Engineer",
    });
    expect(capsEmployerThenTitle("UX Designer")).toBeUndefined();
    expect(capsEmployerThenTitle("AWS Solutions Architect")).toBeUndefined();
    expect(capsEmployerThenTitle("SENIOR ENGINEER")).toBeUndefined();
    expect(capsEmployerThenTitle("ACME Corp")).toBeUndefined();
  });
});

describe("a job stated as a labelled line", () => {
  const line = (text: string) => normalizeLines(text)[0]!;
  it("reads the title after the label, and nothing that is no title", () => {
    expect(statedJob(line("have a job: air traffic controller"), "t.md")).toMatchObject({
      position: "air traffic controller",
    });
    expect(statedJob(line("Occupation: Nurse."), "t.md")).toMatchObject({ position: "Nurse" });
    expect(statedJob(line("main goals: learn new things"), "t.md")).toBeUndefined();
    expect(
      statedJob(line("job: keeping the garden tidy and the bees fed every weekend"), "t.md"),
    ).toBeUndefined();
  });

  it("adds no job when the document has a work section", () => {
    const doc =
      "# Ada Quist\n\n## Skills\n\n- current job: harbour pilot\n\n## Experience\n\nHarbour Pilot, Port Vell, 2015 - 2020\n";
    const { profile } = parseDocument(doc, { file: "t.md", format: "markdown" });
    expect(profile.work).toHaveLength(1);
    expect(profile.work?.[0]?.startDate).toBe("2015");
  });
});

describe("accents written as combining marks", () => {
  it("keep their words whole, so titles are still known", () => {
    const nfd = "Li\u0301der Te\u0301cnico".replace("i\u0301", "\u0131\u0301");
    expect(wordsOf(nfd)).toEqual(["líder", "técnico"]);
    expect(titleScore(nfd)).toBeGreaterThan(0);
  });
});
