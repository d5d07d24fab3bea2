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
