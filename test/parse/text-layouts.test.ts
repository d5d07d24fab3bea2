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

  it("the centred address over two lines is the location, not a skill group or a job", () => {
    expect(p.basics?.location?.postalCode).toBe("WB2 9RL");
    expect(p.basics?.location?.city).toBe("Wendlebury");
    expect(p.basics?.location?.address).toMatch(/^School of Earth Sciences/);
    expect(p.skills ?? []).toEqual([]);
    expect(p.basics?.summary ?? "").not.toMatch(/Quarry Road/);
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

/** `pdftotext -layout` of a Word CV: a two-column header, one employer's roles on dated lines. */
const WORD_LAYOUT = [
  "TOMÁS REBELO-ANDERSEN                                           Rua das Flores 22, 2º Esq",
  "Supply Chain Planner                                              1200-195 Lisboa, Portugal",
  "                                                                          +351 912 300 471",
  "                                                                   tomas.rebelo@correio.pt",
  "",
  "SUMMARY",
  "Planner with nine years in food distribution and ports, at home in forecasts and in SAP.",
  "",
  "WORK EXPERIENCE",
  "",
  "Mercearia Atlântica Group, Lisbon                                    Mar 2020 – Present",
  "Supply Chain Planner",
  "   •   Plan weekly replenishment for 140 shops and two warehouses",
  "   •   Rebuilt the safety-stock model in Python",
  "",
  "Porto de Setúbal, Setúbal                                          Feb 2014 – Feb 2020",
  "Logistics Analyst, Container Terminal (Jun 2017 – Feb 2020)",
  "   •   Berth planning reports for the harbour master",
  "Planning Assistant, Bulk Cargo (Feb 2014 – May 2017)",
  "   •   Kept the vessel schedule and the demurrage ledger",
  "",
  "Ferraz & Lindqvist Consultores, Lisbon                              Sep 2012 – Jan 2014",
  "Junior Consultant",
  "   •   Inventory audits for three wholesalers",
  "",
  "EDUCATION",
  "",
  "Universidade Nova do Tejo                                                  2008 – 2012",
  "Licenciatura em Gestão",
].join("\n");

describe("pdftotext -layout of a Word CV", () => {
  const p = parse(WORD_LAYOUT);

  it("the right column of the header is the address, not part of the title", () => {
    expect(p.basics?.name).toBe("Tomás Rebelo-Andersen");
    expect(p.basics?.label).toBe("Supply Chain Planner");
    expect(p.basics?.location?.city).toBe("Lisboa");
    expect(p.basics?.location?.postalCode).toBe("1200-195");
    expect(p.basics?.location?.address).toBe("Rua das Flores 22, 2º Esq");
    expect(p.basics?.summary ?? "").not.toMatch(/TOMÁS|Rua das Flores/);
  });

  it("a bullet glyph with a wide gap after it is a bullet, not a header", () => {
    const js = jobs(WORD_LAYOUT);
    expect(js.some(([c, t]) => /Rebuilt|Plan weekly/.test(`${c} ${t}`))).toBe(false);
  });

  it("one employer's dated roles are its roles, the piece after each title its unit", () => {
    expect(jobs(WORD_LAYOUT)).toEqual([
      ["Mercearia Atlântica Group", "Supply Chain Planner", "2020-03"],
      ["Porto de Setúbal", "Logistics Analyst", "2017-06"],
      ["Porto de Setúbal", "Planning Assistant", "2014-02"],
      ["Ferraz & Lindqvist Consultores", "Junior Consultant", "2012-09"],
    ]);
    const port = (p.work ?? []).find((w) => w.name === "Porto de Setúbal");
    expect(port?.roles?.map((r) => r.team)).toEqual(["Container Terminal", "Bulk Cargo"]);
  });
});
