/**
 * Plain-text layouts found by blind set 4 (`pdftotext -layout` of Word CVs, long academic CVs in
 * plain text), each rule checked on an invented document of its own.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string) => parseDocument(text, { file: "cv.txt", format: "text" }).profile;
const jobs = (text: string) =>
  (parse(text).work ?? []).flatMap((w) => (w.roles ?? [w]).map((r) => [w.name, r.position, r.startDate]));

/** An academic CV, oldest first, years in a left column and the text in a hanging indent. */
const ACADEMIC = [
  "                         CURRICULUM VITAE",
  "",
  "               Tomasz Halloran-Ebi, DPhil, FGS",
  "",
  "      School of Earth Sciences, Wendlebury University, Quarry Road,",
  "                 Wendlebury WB2 9RL, United Kingdom",
  "        email: t.halloran@wendlebury.ac.uk    tel. 01632 960 880",
  "",
  "                      Last revised: March 2026",
  "",
  "",
  "RESEARCH STATEMENT",
  "",
  "I study how river deltas build and lose land, with field seasons on the",
  "Severn and the Irrawaddy and a long habit of coring mudflats at low tide.",
  "",
  "",
  "EDUCATION",
  "",
  "2003-2006    B.Sc. in Geology, First Class, University of Pellworth.",
  "             Received the Marlowe Medal for the best mapping project in the",
  "             faculty.",
  "",
  "2006-2010    D.Phil. in Sedimentology, Ostrander College of",
  "             Earth Sciences, Oxbridge.",
  "",
  "",
  "RESEARCH POSITIONS (most recent last)",
  "",
  "2010-2013    Research Associate, Delta Dynamics Group,",
  "             University of Pellworth.",
  "             Ran the coring programme on three estuaries and wrote the",
  "             group's field safety manual.",
  "",
  "2013-2019    Lecturer in Sedimentology, Wendlebury University.",
  "             Admissions Tutor, 2015-2018.",
  "",
  "Autumn 2016  Visiting Researcher, Coastal Institute,",
  "             Marram Bay Polytechnic (on sabbatical from Wendlebury).",
  "",
  "2019-        Senior Lecturer in Sedimentology, Wendlebury University.",
].join("\n");

describe("an academic CV in plain text, oldest first", () => {
  const p = parse(ACADEMIC);

  it("the name is read through its post-nominals", () => {
    expect(p.basics?.name).toBe("Tomasz Halloran-Ebi");
    expect((p.skills ?? []).map((s) => s.name)).not.toContain("Tomasz");
  });

  it("a heading with a qualifier in parentheses is a heading", () => {
    const js = jobs(ACADEMIC);
    expect(js.map(([, t, s]) => [t, s])).toEqual([
      ["Research Associate", "2010"],
      ["Lecturer in Sedimentology", "2013"],
      ["Visiting Researcher", "2016"],
      ["Senior Lecturer in Sedimentology", "2019"],
    ]);
    // (The unit or the university, both the employer's names.)
    expect(js[0]![0]).toMatch(/^(?:Delta Dynamics Group|University of Pellworth)$/);
    expect(js[1]![0]).toBe("Wendlebury University");
    const schools = (p.education ?? []).map((e) => e.institution);
    expect(schools).toHaveLength(2);
    expect(schools[0]).toBe("University of Pellworth");
    expect(schools[1]).toMatch(/^Ostrander College of Earth Sciences/);
  });

  it("a 'Research Statement' heading heads the summary", () => {
    expect(p.basics?.summary).toMatch(/I study how river deltas/);
    expect(p.basics?.summary).not.toMatch(/Last revised|RESEARCH STATEMENT/);
    expect(jobs(ACADEMIC).some(([c, t]) => /revised|Statement/i.test(`${c} ${t}`))).toBe(false);
  });

  it("a wrapped line in the hanging indent is the entry's, not a school", () => {
    const schools = (p.education ?? []).map((e) => e.institution ?? "");
    expect(schools.some((s) => /Marlowe|faculty/.test(s))).toBe(false);
    expect(p.education?.[1]?.startDate).toBe("2006");
  });

  it("a dated duty inside a post is no job; a season two spaces from its text is a date column", () => {
    const js = jobs(ACADEMIC);
    expect(js.some(([, t]) => /Admissions Tutor/.test(t ?? ""))).toBe(false);
    expect(js).toContainEqual(["Coastal Institute", "Visiting Researcher", "2016"]);
  });
});
