/**
 * General rules found by writing résumés in formats the fixtures lacked (pdftotext -layout
 * two-column CVs, Word .txt exports, GitHub-profile READMEs, designer one-pagers, pandoc
 * output). Each case is a small invented document, not a fixture line.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { normalizeLines, readingOrder } from "../../src/parse/lines.js";
import { locationScore } from "../../src/parse/features.js";
import { extractContacts } from "../../src/parse/contacts.js";

const parse = (text: string, format: "text" | "markdown" = "text") => parseDocument(text, { file: "x", format }).profile;

describe("two-column pdftotext layout", () => {
  const doc = [
    "Ada Quill",
    "",
    "EXPERIENCE                                  EDUCATION",
    "Engineer                                    B.S. Physics",
    "Fernway Labs                                University of Utah",
    "2019 – 2022                                 2014 – 2018",
    "• Wrote the billing service",
    "                                            SKILLS",
    "Analyst                                     Go, SQL",
    "Morrow Bank",
    "2016 – 2019",
  ];
  it("reads the left column, then the right one", () => {
    const order = readingOrder(doc).map((x) => x.raw.trim()).filter(Boolean);
    expect(order.slice(0, 10)).toEqual([
      "Ada Quill", "EXPERIENCE", "Engineer", "Fernway Labs", "2019 – 2022", "• Wrote the billing service", "Analyst", "Morrow Bank", "2016 – 2019", "EDUCATION",
    ]);
    const p = parse(doc.join("\n"));
    expect(p.work?.map((w) => [w.name, w.position])).toEqual([["Fernway Labs", "Engineer"], ["Morrow Bank", "Analyst"]]);
    expect(p.education?.[0]?.institution).toBe("University of Utah");
    expect(p.skills?.[0]?.keywords).toEqual(["Go", "SQL"]);
  });
  it("leaves row-aligned columns (fields of one entry) alone", () => {
    const rows = ["Acme Corp                                   Berlin", "Engineer                                    2019 – 2022", "Beta GmbH                                   Munich", "Intern                                      2018 – 2019"];
    expect(readingOrder(rows).map((x) => x.raw)).toEqual(rows);
  });
});

describe("line clean-up", () => {
  it("a bullet then a tab is a bullet; a trailing backslash is a pandoc line break", () => {
    const [a, b] = normalizeLines("•\tRan the night shift\nUniversity of Oslo, 2016--2020\\");
    expect(a).toMatchObject({ bullet: true, text: "Ran the night shift", cells: ["Ran the night shift"] });
    expect(b!.text).toBe("University of Oslo, 2016--2020");
  });
  it("letter-spaced lines are words, not columns", () => {
    expect(normalizeLines("N O R A   B E L L A N D I")[0]!.text).toBe("NORA BELLANDI");
  });
  it("skill badges keep their names", () => {
    const [l] = normalizeLines("![Rust](https://img.shields.io/badge/-Rust-000?logo=rust) [![Go](https://img.shields.io/badge/-Go-00ADD8)](https://go.dev)");
    expect(l!.text).toBe("Rust, Go");
  });
});

describe("headers and places", () => {
  it("'Title, Company — City' keeps the city as the place", () => {
    const p = parse("X Y\n\nEXPERIENCE\nSystems Engineer, Kestrel Africa — Accra\nAug 2015 – Feb 2019\n- Did things\n\nEDUCATION\nBSc, Ashesi University, 2011 – 2015\n\nSKILLS\nGo");
    expect(p.work?.[0]).toMatchObject({ name: "Kestrel Africa", position: "Systems Engineer", location: "Accra" });
  });
  it("'Engineering Manager, Platform — Company' keeps the company", () => {
    const p = parse("## Experience\n\n### Engineering Manager, Platform — Tessellate\n2022 – present\n- Managed 9 engineers", "markdown");
    expect(p.work?.[0]).toMatchObject({ name: "Tessellate", position: "Engineering Manager" });
  });
  it("a company named '… Group' on its own line is the employer, not a team", () => {
    const p = parse("Work Experience\n\nAccount Coordinator\nPiedmont Insurance Group – Raleigh, NC\nJune 2016 to December 2019\n• Renewals\n\nClerk\nHarbor Trust – Cary, NC\nMay 2014 to May 2016");
    expect(p.work?.map((w) => w.name)).toEqual(["Piedmont Insurance Group", "Harbor Trust"]);
  });
  it("flags and pins mark a place; two-group national phone numbers", () => {
    expect(locationScore("Tokyo 🇯🇵")).toBeGreaterThanOrEqual(3);
    expect(locationScore("📍 Lyon")).toBeGreaterThanOrEqual(3);
    expect(locationScore("🇯🇵")).toBeLessThan(3);
    expect(extractContacts("07700 900461").phone).toBe("07700 900461");
    expect(extractContacts("Invoice 2019 123456").phone).toBeUndefined();
  });
  it("sub-labels inside jobs and group labels inside ALL-CAPS skills are not sections", () => {
    const p = parse(
      "A B\n\nPROFILE\nHi.\n\nEXPERIENCE\nManager\tSept 2018 – Jul 2021\nAcme Ltd, Newport\nResponsibilities:\n•\tRan a team\nAchievements:\n•\tCut costs\n\nClerk\tJan 2014 – Aug 2018\nBeta Ltd, Cardiff\n\nSKILLS\nCloud\n- AWS, GCP\nLanguages\n- Go, Bash",
    );
    expect(p.work?.map((w) => [w.name, w.location, w.highlights])).toEqual([
      ["Acme Ltd", "Newport", ["Ran a team", "Cut costs"]],
      ["Beta Ltd", "Cardiff", undefined],
    ]);
    expect(p.awards).toBeUndefined();
    expect(p.skills?.map((s) => s.name)).toEqual(["Cloud", "Languages"]);
    expect(p.languages).toBeUndefined();
  });
});

describe("skill lines", () => {
  it("keeps a capitalised pair together when the document names it apart elsewhere", () => {
    const p = parse("A B\n\nSkills\nCurrent stack\nPython Rust Apache Arrow DuckDB\nDatabases\nPostgreSQL ClickHouse\n\nProjects\nquill — a query layer on Apache Arrow, in Rust");
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Current stack", ["Python", "Rust", "Apache Arrow", "DuckDB"]],
      ["Databases", ["PostgreSQL", "ClickHouse"]],
    ]);
  });
  it("splits the pair when nothing else in the document names it", () => {
    const p = parse("A B\n\nSkills\nCurrent stack\nPython Rust Apache Arrow DuckDB");
    expect(p.skills?.[0]?.keywords).toEqual(["Python", "Rust", "Apache", "Arrow", "DuckDB"]);
  });
});

describe("bare city names", () => {
  it("'Title, Company' then a city line: the city is the place, the company stays", () => {
    const p = parse("A B\n\nExperience\n\nStaff Engineer, Ondine Analytics\nLyon\nSep 2021 – Present\n- Built it\n\nData Engineer, Brasserie Numérique\nParis\nMar 2018 – Aug 2021");
    expect(p.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Ondine Analytics", "Staff Engineer", "Lyon"],
      ["Brasserie Numérique", "Data Engineer", "Paris"],
    ]);
  });
  it("a city beside a phone or e-mail on a contact line is the location", () => {
    expect(parse("Camille Roux\nLyon · +33 6 12 34 56 78 · camille@roux.fr").basics?.location).toEqual({ city: "Lyon" });
    expect(parse("Camille Roux\nNew York | camille@roux.fr").basics?.location).toEqual({ city: "New York" });
    // Not the name line itself.
    expect(parse("Camille Roux | camille@roux.fr").basics?.location).toBeUndefined();
  });
});

describe("more shapes", () => {
  it("bracketed headings, dotted dates and 'Co., Ltd.' companies", () => {
    const p = parse("Kim Min-Jun\n\n[Career]\n2020.04 ~ present   Haneul Mobility Co., Ltd.   iOS Developer\n  - Rebuilt the app\n\n[Education]\n2011.03 ~ 2017.02   Korea University   B.S. in Computer Science");
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.ongoing])).toEqual([["Haneul Mobility Co., Ltd.", "iOS Developer", "2020-04", true]]);
    expect(p.work?.[0]?.highlights).toEqual(["Rebuilt the app"]);
    expect(p.education?.[0]?.institution).toBe("Korea University");
  });
  it("a two-column skills table: header row dropped, a group per row", () => {
    const p = parse("# A B\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Frontend | React, Tailwind CSS |\n| Backend | Go, PostgreSQL |", "markdown");
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Frontend", ["React", "Tailwind CSS"]],
      ["Backend", ["Go", "PostgreSQL"]],
    ]);
  });
  it("'City, Country' beside a headline and an e-mail", () => {
    expect(parse("Ana Souto\nFull-stack developer · Montevideo, Uruguay · ana@souto.uy").basics).toMatchObject({
      label: "Full-stack developer",
      location: { city: "Montevideo", region: "Uruguay" },
    });
  });
});

describe("company, place after a title", () => {
  it("reads 'X, Place' as company and place when the entry above had both", () => {
    const doc = (second: string) =>
      `A B\n\nWORK EXPERIENCE\n01/2019 - 12/2023\nSenior QA Engineer - Corrib Software Ltd, Galway\n* Built\n\n06/2015 - 12/2018\nQA Analyst - ${second}\n* Wrote`;
    expect(parse(doc("Atlantic Payments, Dublin")).work?.map((w) => [w.name, w.location])).toEqual([
      ["Corrib Software Ltd", "Galway"],
      ["Atlantic Payments", "Dublin"],
    ]);
    // Alone, "City, Country" stays a place.
    expect(parse("A B\n\nEXPERIENCE\n06/2015 - 12/2018\nQA Analyst - Buenos Aires, Argentina\n* Wrote").work?.[0]).toMatchObject({ location: "Buenos Aires, Argentina" });
  });
});

describe("heading words", () => {
  it("'Career Objective' is a summary, 'Career' alone still work", () => {
    const p = parse("A B\n\nCAREER OBJECTIVE\nTo join a product company as a senior QA engineer.\n\nCAREER\nEngineer, Acme Corp\n2019 – 2021");
    expect(p.basics?.summary).toBe("To join a product company as a senior QA engineer.");
    expect(p.work?.[0]).toMatchObject({ name: "Acme Corp", position: "Engineer" });
  });
});

describe("one-line entries", () => {
  it("a title-only line after one-line 'Company — Title (dates)' entries is its own job", () => {
    const p = parse("A B\n\nEMPLOYMENT\nLakeshore Payments — Developer Advocate (2021–present)\nPrairie Cloud Inc. — Senior Technical Writer (2017–2021)\nFreelance technical writer (2014–2017)\n\nEDUCATION\nNorthwestern University — B.A. English, 2014");
    expect(p.work?.map((w) => [w.name, w.position])).toEqual([
      ["Lakeshore Payments", "Developer Advocate"],
      ["Prairie Cloud Inc.", "Senior Technical Writer"],
      [undefined, "Freelance technical writer"],
    ]);
  });
  it("emoji check marks are bullets", () => {
    expect(normalizeLines("✅ Grew a newsletter\n✔️ Shipped it")).toMatchObject([{ bullet: true, text: "Grew a newsletter" }, { bullet: true, text: "Shipped it" }]);
  });
});

describe("sentence-style contact lines", () => {
  it("'Headline. City, Country. e-mail' gives label and location; 'St. Louis' stays whole", () => {
    expect(parse("Sven Ekdahl\n\nPlatform engineer. Göteborg, Sweden. sven@ekdahl.se").basics).toMatchObject({
      label: "Platform engineer",
      location: { city: "Göteborg", region: "Sweden" },
    });
    expect(parse("Ann Lee\nSt. Louis, MO | ann@lee.io").basics?.location).toEqual({ city: "St. Louis", region: "MO" });
  });
});

describe("sidebar sections between jobs (pdftotext without -layout)", () => {
  it("a dated job under SKILLS or LANGUAGES goes back to the work above", () => {
    const p = parse(
      "Henrik Aalto\n\nEXPERIENCE\n\nBackend Developer\nRevontuli Oy | Jan 2022 – Present\n• Built the API\n\nLANGUAGES\nFinnish (native), English (fluent)\n\nJunior Developer\nSaimaa Soft | Jun 2019 – Dec 2021\n• Kept the portal up",
    );
    expect(p.work?.map((w) => [w.name, w.position, w.highlights])).toEqual([
      ["Revontuli Oy", "Backend Developer", ["Built the API"]],
      ["Saimaa Soft", "Junior Developer", ["Kept the portal up"]],
    ]);
    expect(p.languages?.map((l) => l.language)).toEqual(["Finnish", "English"]);
  });
  it("a skills section without a job keeps its lines", () => {
    const p = parse("A B\n\nEXPERIENCE\nEngineer\nAcme | 2019 – 2021\n\nSKILLS\nGo, Rust\nCertified Kubernetes Administrator 2020 – 2023");
    expect(p.work).toHaveLength(1);
    expect(p.skills?.[0]?.keywords).toEqual(["Go", "Rust"]);
  });
});

describe("tag lines", () => {
  it("take a place only when it is marked", () => {
    expect(parse("Kenji Watanabe\nBackend engineer · Rust & Go · Tokyo 🇯🇵").basics?.location).toEqual({ city: "Tokyo" });
    expect(parse("Uma Gupta\nRulesets Team · Rust · Systems Engineer · Cloudflare London").basics?.location).toBeUndefined();
  });
});
