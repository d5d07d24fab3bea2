/**
 * Layouts found by a blind test (test/blind: invented résumés written before reading the
 * parser, scored with `npm run eval -- test/blind`), each rule checked on text of its own.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "cv", format }).profile;
const jobs = (text: string, format?: "text" | "markdown") =>
  (parse(text, format).work ?? []).flatMap((w) =>
    (w.roles ?? [w]).map((r) => [w.name, r.position, r.startDate]),
  );

describe("the name", () => {
  it("a heading phrase with a function word is no name; the name under 'Personal information' is", () => {
    const cv = [
      "Europass",
      "Curriculum Vitae",
      "",
      "PERSONAL INFORMATION",
      "Ilse Marjanović",
      "Obala 3, 21000 Split (Croatia)",
      "ilse.m@example.hr",
      "",
      "POSITION APPLIED FOR",
      "Warehouse Planner",
    ].join("\n");
    const b = parse(cv);
    expect(b.basics?.name).toBe("Ilse Marjanović");
    expect(b.basics?.location?.city).not.toBe("POSITION APPLIED FOR");
    expect(b.basics?.summary ?? "").not.toMatch(/Europass/);
  });

  it("an accented document title over the name is skipped", () => {
    for (const title of ["CURRÍCULUM VITAE", "Currículo", "Curriculum Vitae"]) {
      const cv = [
        title,
        "",
        "Ramiro Etxeberria Gil",
        "ramiro@example.es",
        "",
        "EXPERIENCIA",
        "Contable",
        "Bodegas Ribera S.L.",
        "2019 – 2022",
      ].join("\n");
      expect(parse(cv).basics?.name).toBe("Ramiro Etxeberria Gil");
    }
  });
});

describe("projects named before a spaced dash", () => {
  it("each 'Name — what it is' line is a project, however long its description", () => {
    const cv = [
      "Noor Haddad-Lind",
      "noor@example.org",
      "",
      "Projects",
      "Canal Counter — A camera trap that counts boats on the canal at night, entered at the city hackathon",
      "Herbarium Index – Scanned and tagged four thousand pressed plants for the school library archive",
      "",
      "Skills",
      "Python, OpenCV",
    ].join("\n");
    expect(parse(cv).projects?.map((p) => p.name)).toEqual(["Canal Counter", "Herbarium Index"]);
  });

  it("a sentence with a dash inside a project's body starts no project", () => {
    const cv = [
      "Noor Haddad-Lind",
      "noor@example.org",
      "",
      "Projects",
      "Canal Counter",
      "A camera trap that counts boats on the canal at night – entered at the city hackathon.",
    ].join("\n");
    expect(parse(cv).projects?.map((p) => p.name)).toEqual(["Canal Counter"]);
  });
});

describe("title, company and place on one dated line", () => {
  it("'Title, Company, City, ST   dates': the company is the piece before the place", () => {
    const cv = [
      "Orla Brennick",
      "orla@example.com",
      "",
      "WORK HISTORY",
      "Head Baker, Kettle & Crumb Bakery, Duluth, MN          2018 – 2023",
      "Line Cook, Harbor Street Diner, Superior, WI            2015 – 2018",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Kettle & Crumb Bakery", "Head Baker", "2018"],
      ["Harbor Street Diner", "Line Cook", "2015"],
    ]);
    expect(parse(cv).work?.[0]?.location).toBe("Duluth, MN");
  });
});

describe("a TRAINING heading", () => {
  const cv = (body: string[]) =>
    [
      "Odran Pellow",
      "odran.p@example.org",
      "",
      "EXPERIENCE",
      "Fitter, Brackwell Pumps, Mar 2016 – present",
      "",
      "TRAINING",
      ...body,
      "",
      "SKILLS",
      "Pipework, Welding, Pressure testing",
    ].join("\n");

  it("over school lines with a qualification and dates is education", () => {
    const p = parse(cv(["Tollmere Technical College, NVQ Level 3 Plumbing, 2011 – 2014"]));
    expect(p.education?.map((e) => e.institution)).toEqual(["Tollmere Technical College"]);
    expect(p.education?.[0]?.endDate).toBe("2014");
  });

  it("over courses with no school stays a section of its own", () => {
    const p = parse(cv(["Working at heights refresher, 2019", "Manual handling, 2018"]));
    expect(p.education ?? []).toEqual([]);
  });
});

describe("a qualification glued after the school's name", () => {
  it("'X College, A-levels' and 'X College, NVQ Level 2 Carpentry' are school and degree", () => {
    const cv = [
      "Marit Quenby",
      "marit.q@example.org",
      "",
      "EDUCATION",
      "Harrowdene Sixth Form College, A-levels, 2012 – 2014",
      "Fellbridge Community College, NVQ Level 2 Carpentry, 2014 – 2015",
    ].join("\n");
    const p = parse(cv);
    expect(p.education?.map((e) => [e.institution, e.studyType])).toEqual([
      ["Harrowdene Sixth Form College", "A-levels"],
      ["Fellbridge Community College", "NVQ Level 2 Carpentry"],
    ]);
  });

  it("a campus or a place after the school stays with it", () => {
    const cv = [
      "Marit Quenby",
      "marit.q@example.org",
      "",
      "EDUCATION",
      "Imperial College, London, BSc Chemistry, 2010 – 2013",
    ].join("\n");
    expect(parse(cv).education?.[0]?.institution).toMatch(/^Imperial College/);
  });
});

describe("a programme before the school's name", () => {
  it("'Programme (what it is), X Hogeschool' names the school after the comma", () => {
    const cv = [
      "Jorien Vlasblom",
      "jorien.v@example.nl",
      "",
      "Qualifications",
      "2009 - 2013       Tolkopleiding (interpreting), Hogeschool Zuidwold",
      "                  Bachelor of Arts",
      "",
      "Studies",
      "Coleg Penrhyd, Level 3 Diploma in Carpentry, 2005 – 2007",
    ].join("\n");
    const p = parse(cv);
    expect(p.education?.map((e) => e.institution)).toEqual(["Hogeschool Zuidwold", "Coleg Penrhyd"]);
    expect(p.education?.[0]?.notes).toContain("Tolkopleiding (interpreting)");
  });
});

describe("a city with its country in parentheses after the school", () => {
  it("'X University, Town (Country)' is the school and its place", () => {
    const cv = [
      "Vesna Oraić",
      "vesna.o@example.hr",
      "",
      "EDUCATION AND TRAINING",
      "2014 – 2017 Bachelor of Economics",
      "Polytechnic of Velmar, Zadar (Croatia)",
    ].join("\n");
    const e = parse(cv).education?.[0];
    expect(e?.institution).toBe("Polytechnic of Velmar");
    expect(e?.location).toBe("Zadar (Croatia)");
  });
});
