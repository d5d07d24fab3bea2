/**
 * Jobs told in sentences (src/parse/prose-jobs.ts), on invented sentences: what each gives, and that a
 * sentence naming no title and no employer gives nothing (no value that is not words of the sentence).
 */
import { describe, expect, it } from "vitest";
import { engagementEmployer, readLedgerLine, readStatement } from "../../src/parse/prose-jobs.js";

const brief = (s: ReturnType<typeof readStatement>) =>
  s && { name: s.name, position: s.position, location: s.location, start: s.range?.startDate };

describe("readStatement", () => {
  it("reads a title and an employer after a lead", () => {
    expect(brief(readStatement("I am Associate Support Engineer in Varo Systems Pvt Ltd, Pune."))).toEqual({
      name: "Varo Systems Pvt Ltd",
      position: "Associate Support Engineer",
      location: "Pune",
      start: undefined,
    });
    expect(brief(readStatement("3 years as Night Shift Lead at Orla Bakeries from 2015 to 2018"))).toEqual({
      name: "Orla Bakeries",
      position: "Night Shift Lead",
      location: undefined,
      start: "2015",
    });
    expect(brief(readStatement("I joined Quillon Analytics as Staff Engineer in 2019."))?.position).toBe(
      "Staff Engineer",
    );
  });

  it("reads tenure with no title", () => {
    expect(brief(readStatement("I have been with Fjordline Logistics AS since 3rd March, 2019."))).toEqual({
      name: "Fjordline Logistics AS",
      position: undefined,
      location: undefined,
      start: "2019-03",
    });
  });

  it("keeps a multi-word name whole, its joiners and a dash in it", () => {
    expect(
      readStatement("Internship of 8 months in Laboratoire de Calcul et de Simulation, Lyon.")?.name,
    ).toBe("Laboratoire de Calcul et de Simulation");
    expect(readStatement("2 years as Tutor at Ecole Navale - Saint Brieuc from 2012 to 2014")?.name).toBe(
      "Ecole Navale - Saint Brieuc",
    );
  });

  it("gives nothing without a title or an employer", () => {
    expect(readStatement("Currently my work involves moving reports to the Cloud.")).toBeUndefined();
    expect(readStatement("I am a huge fan of cycling.")).toBeUndefined();
    expect(
      readStatement("Most recently I was Staff Engineer at Lindwurm Logistics (2020–2024)."),
    ).toBeUndefined();
    // "in" before a field of work, a place or a product is no employer.
    expect(readStatement("I am an Engineer in Computer Vision.")).toBeUndefined();
    expect(readStatement("I am a Developer in London.")).toBeUndefined();
    expect(readStatement("I work as a Developer with React.")).toBeUndefined();
  });
});

describe("engagementEmployer", () => {
  it("names the employer of 'job in X', not of other sentences", () => {
    expect(engagementEmployer("Permanent position at Cobalt Rail Systems, Grenoble.")).toMatchObject({
      name: "Cobalt Rail Systems",
      location: "Grenoble",
    });
    expect(engagementEmployer("Built the deployment pipeline at Cobalt Rail Systems.")).toBeUndefined();
  });
});

describe("readLedgerLine", () => {
  it("reads a line dated in its head or at its end", () => {
    expect(
      brief(readLedgerLine("Senior photo editor, Northwater Media Ltd (2012-2016): ran the picture desk.")),
    ).toEqual({
      name: "Northwater Media Ltd",
      position: "Senior photo editor",
      location: undefined,
      start: "2012",
    });
    expect(
      brief(readLedgerLine("Harbourlight Press: cover photography for the science supplement, 2019")),
    ).toEqual({
      name: "Harbourlight Press",
      position: undefined,
      location: undefined,
      start: "2019",
    });
  });

  it("gives nothing for a year inside the running text or a plain label", () => {
    expect(
      readLedgerLine(
        "Museum of Northern Rail: captions for the collection, with a talk in 2015 and a catalogue.",
      ),
    ).toBeUndefined();
    expect(
      readLedgerLine("Radio: pieces for the morning programme, repeated over Christmas 2016"),
    ).toBeUndefined();
  });
});
