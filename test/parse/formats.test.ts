/**
 * General rules found by writing résumés in formats the fixtures lacked (pdftotext -layout
 * two-column CVs, Word .txt exports, GitHub-profile READMEs, designer one-pagers, pandoc
 * output). Each case is a small invented document, not a fixture line.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { normalizeLines, readingOrder } from "../../src/parse/lines.js";
import { collapseSpacedLetters } from "../../src/parse/sections.js";
import { locationScore } from "../../src/parse/features.js";
import { extractContacts } from "../../src/parse/contacts.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "x", format }).profile;

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
    const order = readingOrder(doc)
      .map((x) => x.raw.trim())
      .filter(Boolean);
    expect(order.slice(0, 10)).toEqual([
      "Ada Quill",
      "EXPERIENCE",
      "Engineer",
      "Fernway Labs",
      "2019 – 2022",
      "• Wrote the billing service",
      "Analyst",
      "Morrow Bank",
      "2016 – 2019",
      "EDUCATION",
    ]);
    const p = parse(doc.join("\n"));
    expect(p.work?.map((w) => [w.name, w.position])).toEqual([
      ["Fernway Labs", "Engineer"],
      ["Morrow Bank", "Analyst"],
    ]);
    expect(p.education?.[0]?.institution).toBe("University of Utah");
    expect(p.skills?.[0]?.keywords).toEqual(["Go", "SQL"]);
  });
  it("leaves row-aligned columns (fields of one entry) alone", () => {
    const rows = [
      "Acme Corp                                   Berlin",
      "Engineer                                    2019 – 2022",
      "Beta GmbH                                   Munich",
      "Intern                                      2018 – 2019",
    ];
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
    const [l] = normalizeLines(
      "![Rust](https://img.shields.io/badge/-Rust-000?logo=rust) [![Go](https://img.shields.io/badge/-Go-00ADD8)](https://go.dev)",
    );
    expect(l!.text).toBe("Rust, Go");
  });
});

describe("headers and places", () => {
  it("'Title, Company — City' keeps the city as the place", () => {
    const p = parse(
      "X Y\n\nEXPERIENCE\nSystems Engineer, Kestrel Africa — Accra\nAug 2015 – Feb 2019\n- Did things\n\nEDUCATION\nBSc, Ashesi University, 2011 – 2015\n\nSKILLS\nGo",
    );
    expect(p.work?.[0]).toMatchObject({
      name: "Kestrel Africa",
      position: "Systems Engineer",
      location: "Accra",
    });
  });
  it("'Engineering Manager, Platform — Company' keeps the company", () => {
    const p = parse(
      "## Experience\n\n### Engineering Manager, Platform — Tessellate\n2022 – present\n- Managed 9 engineers",
      "markdown",
    );
    expect(p.work?.[0]).toMatchObject({ name: "Tessellate", position: "Engineering Manager" });
  });
  it("a company named '… Group' on its own line is the employer, not a team", () => {
    const p = parse(
      "Work Experience\n\nAccount Coordinator\nPiedmont Insurance Group – Raleigh, NC\nJune 2016 to December 2019\n• Renewals\n\nClerk\nHarbor Trust – Cary, NC\nMay 2014 to May 2016",
    );
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
    const p = parse(
      "A B\n\nSkills\nCurrent stack\nPython Rust Apache Arrow DuckDB\nDatabases\nPostgreSQL ClickHouse\n\nProjects\nquill — a query layer on Apache Arrow, in Rust",
    );
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Current stack", ["Python", "Rust", "Apache Arrow", "DuckDB"]],
      ["Databases", ["PostgreSQL", "ClickHouse"]],
    ]);
  });
  it("keeps a product name whole with no other mention, cuts a line of known products, keeps an unknown name on its line", () => {
    const p = parse(
      "A B\n\nSkills\nCurrent stack\nPython Rust Apache Arrow DuckDB\nTools\nDocker Kubernetes Helm\nZorblax Quuxify",
    );
    expect(p.skills?.[0]?.keywords).toEqual(["Python", "Rust", "Apache Arrow", "DuckDB"]);
    expect(p.skills?.[1]?.keywords).toEqual(["Docker", "Kubernetes", "Helm", "Zorblax Quuxify"]);
  });
});

describe("bare city names", () => {
  it("'Title, Company' then a city line: the city is the place, the company stays", () => {
    const p = parse(
      "A B\n\nExperience\n\nStaff Engineer, Ondine Analytics\nLyon\nSep 2021 – Present\n- Built it\n\nData Engineer, Brasserie Numérique\nParis\nMar 2018 – Aug 2021",
    );
    expect(p.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Ondine Analytics", "Staff Engineer", "Lyon"],
      ["Brasserie Numérique", "Data Engineer", "Paris"],
    ]);
  });
  it("a city beside a phone or e-mail on a contact line is the location", () => {
    expect(parse("Camille Roux\nLyon · +33 6 12 34 56 78 · camille@roux.fr").basics?.location).toEqual({
      city: "Lyon",
    });
    expect(parse("Camille Roux\nNew York | camille@roux.fr").basics?.location).toEqual({ city: "New York" });
    // Not the name line itself.
    expect(parse("Camille Roux | camille@roux.fr").basics?.location).toBeUndefined();
  });
});

describe("more shapes", () => {
  it("bracketed headings, dotted dates and 'Co., Ltd.' companies", () => {
    const p = parse(
      "Kim Min-Jun\n\n[Career]\n2020.04 ~ present   Haneul Mobility Co., Ltd.   iOS Developer\n  - Rebuilt the app\n\n[Education]\n2011.03 ~ 2017.02   Korea University   B.S. in Computer Science",
    );
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.ongoing])).toEqual([
      ["Haneul Mobility Co., Ltd.", "iOS Developer", "2020-04", true],
    ]);
    expect(p.work?.[0]?.highlights).toEqual(["Rebuilt the app"]);
    expect(p.education?.[0]?.institution).toBe("Korea University");
  });
  it("a two-column skills table: header row dropped, a group per row", () => {
    const p = parse(
      "# A B\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Frontend | React, Tailwind CSS |\n| Backend | Go, PostgreSQL |",
      "markdown",
    );
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Frontend", ["React", "Tailwind CSS"]],
      ["Backend", ["Go", "PostgreSQL"]],
    ]);
  });
  it("'City, Country' beside a headline and an e-mail", () => {
    expect(
      parse("Ana Souto\nFull-stack developer · Montevideo, Uruguay · ana@souto.uy").basics,
    ).toMatchObject({
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
    expect(
      parse("A B\n\nEXPERIENCE\n06/2015 - 12/2018\nQA Analyst - Buenos Aires, Argentina\n* Wrote").work?.[0],
    ).toMatchObject({ location: "Buenos Aires, Argentina" });
  });
});

describe("heading words", () => {
  it("'Career Objective' is a summary, 'Career' alone still work", () => {
    const p = parse(
      "A B\n\nCAREER OBJECTIVE\nTo join a product company as a senior QA engineer.\n\nCAREER\nEngineer, Acme Corp\n2019 – 2021",
    );
    expect(p.basics?.summary).toBe("To join a product company as a senior QA engineer.");
    expect(p.work?.[0]).toMatchObject({ name: "Acme Corp", position: "Engineer" });
  });
});

describe("one-line entries", () => {
  it("a title-only line after one-line 'Company — Title (dates)' entries is its own job", () => {
    const p = parse(
      "A B\n\nEMPLOYMENT\nLakeshore Payments — Developer Advocate (2021–present)\nPrairie Cloud Inc. — Senior Technical Writer (2017–2021)\nFreelance technical writer (2014–2017)\n\nEDUCATION\nNorthwestern University — B.A. English, 2014",
    );
    expect(p.work?.map((w) => [w.name, w.position])).toEqual([
      ["Lakeshore Payments", "Developer Advocate"],
      ["Prairie Cloud Inc.", "Senior Technical Writer"],
      [undefined, "Freelance technical writer"],
    ]);
  });
  it("emoji check marks are bullets", () => {
    expect(normalizeLines("✅ Grew a newsletter\n✔️ Shipped it")).toMatchObject([
      { bullet: true, text: "Grew a newsletter" },
      { bullet: true, text: "Shipped it" },
    ]);
  });
});

describe("sentence-style contact lines", () => {
  it("'Headline. City, Country. e-mail' gives label and location; 'St. Louis' stays whole", () => {
    expect(parse("Sven Ekdahl\n\nPlatform engineer. Göteborg, Sweden. sven@ekdahl.se").basics).toMatchObject({
      label: "Platform engineer",
      location: { city: "Göteborg", region: "Sweden" },
    });
    expect(parse("Ann Lee\nSt. Louis, MO | ann@lee.io").basics?.location).toEqual({
      city: "St. Louis",
      region: "MO",
    });
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
    const p = parse(
      "A B\n\nEXPERIENCE\nEngineer\nAcme | 2019 – 2021\n\nSKILLS\nGo, Rust\nCertified Kubernetes Administrator 2020 – 2023",
    );
    expect(p.work).toHaveLength(1);
    expect(p.skills?.[0]?.keywords).toEqual(["Go", "Rust"]);
  });
});

describe("tag lines", () => {
  it("take a place only when it is marked", () => {
    expect(parse("Kenji Watanabe\nBackend engineer · Rust & Go · Tokyo 🇯🇵").basics?.location).toEqual({
      city: "Tokyo",
    });
    expect(
      parse("Uma Gupta\nRulesets Team · Rust · Systems Engineer · Cloudflare London").basics?.location,
    ).toBeUndefined();
  });
});

describe("LinkedIn web-profile copy-paste", () => {
  it("drops lines repeated by screen-reader text and profile-page buttons", () => {
    const skipped: { why: string }[] = [];
    const lines = normalizeLines(
      "Experience\nExperience\nAcme\nAcme\nEngineer\nEngineer\nShow all 12 skills\n500+ connections\nShe/Her\nContact info",
      skipped as never,
    );
    expect(lines.map((l) => l.text)).toEqual(["Experience", "Acme", "Engineer"]);
    expect(skipped.filter((s) => s.why === "repeated")).toHaveLength(3);
  });

  it("keeps a single repeated line (one pair is no pattern)", () => {
    expect(normalizeLines("Go\nGo\nRust").map((l) => l.text)).toEqual(["Go", "Go", "Rust"]);
  });

  it("company / 'Full-time · 3 yrs' / place / roles", () => {
    const w = parse(
      "Jo Bloggs\n\nExperience\nAcme Freight\nFull-time · 3 yrs 4 mos\nLeeds, England, United Kingdom · Hybrid\nLead Engineer\nJan 2023 - Present · 1 yr 3 mos\nSkills: Go · Kafka\nEngineer\nDec 2020 - Dec 2022 · 2 yrs 1 mo\n",
    ).work!;
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      name: "Acme Freight",
      location: "Leeds, England, United Kingdom · Hybrid",
      startDate: "2020-12",
      ongoing: true,
    });
    expect(w[0]!.roles!.map((r) => [r.position, r.keywords])).toEqual([
      ["Lead Engineer", ["Go", "Kafka"]],
      ["Engineer", undefined],
    ]);
    expect(w[0]!.keywords).toBeUndefined();
  });

  it("certificates: name / issuer / Issued date / Credential ID", () => {
    const c = parse(
      "Jo Bloggs\n\nLicenses & certifications\nCKA\nThe Linux Foundation\nIssued Mar 2023 · Expires Mar 2026\nCredential ID LF-1234\nScrum Master\nIssued Jan 2020\n",
    ).certificates!;
    expect(c.map((x) => [x.name, x.issuer, x.date])).toEqual([
      ["CKA", "The Linux Foundation", "2023-03"],
      ["Scrum Master", undefined, "2020-01"],
    ]);
  });

  it("a fluency line under its language", () => {
    const l = parse(
      "Jo Bloggs\n\nLanguages\nPolish\nNative or bilingual proficiency\nEnglish\nFull professional proficiency\n",
    ).languages!;
    expect(l.map((x) => [x.language, x.fluency])).toEqual([
      ["Polish", "Native or bilingual proficiency"],
      ["English", "Full professional proficiency"],
    ]);
  });

  it("a headline with a tag tail is the label", () => {
    expect(
      parse("Jo Bloggs\nStaff Engineer at Acme Freight | Go · Kafka · Postgres · AWS\n\nExperience\n").basics
        ?.label,
    ).toBe("Staff Engineer at Acme Freight");
  });
});

describe("reStructuredText and Org-mode", () => {
  it("~ and ^ underlines are headings below = and -; field lists are labels", () => {
    const lines = normalizeLines("Experience\n==========\n\nLead, Acme\n~~~~~~~~~~\n\n:Email: jo@x.io\n");
    expect(lines.filter((l) => l.text).map((l) => [l.text, l.heading])).toEqual([
      ["Experience", 1],
      ["Lead, Acme", 3],
      ["Email: jo@x.io", undefined],
    ]);
    // A short run of tildes under a long line is no underline.
    expect(normalizeLines("A much longer line of text\n~~~").some((l) => l.heading)).toBe(false);
  });

  it("Org headlines, settings, drawers, links, timestamps and :: lists", () => {
    const p = parse(
      "#+TITLE: CV\n#+AUTHOR: Jo Bloggs\n#+EMAIL: jo@bloggs.dev\n#+OPTIONS: toc:nil\n\n* Experience\n** Engineer, Acme\n   :PROPERTIES:\n   :END:\n   <2021-03-01 Mon>--present\n   - Built [[https://acme.dev][the site]]\n* Skills\n- Languages :: Go, Rust\n",
    );
    expect(p.basics).toMatchObject({ name: "Jo Bloggs", email: "jo@bloggs.dev" });
    expect(p.work).toEqual([
      expect.objectContaining({
        name: "Acme",
        position: "Engineer",
        startDate: "2021-03-01",
        ongoing: true,
        highlights: ["Built the site"],
      }),
    ]);
    expect(p.skills).toEqual([expect.objectContaining({ name: "Languages", keywords: ["Go", "Rust"] })]);
  });

  it("Org headlines without settings: '* Experience' over '** ' entries", () => {
    const lines = normalizeLines(
      "* Experience\n** Engineer, Acme\n   2019 -- 2021\n** Intern, Globex\n   2018\n",
    ).filter((l) => l.text);
    expect(lines.map((l) => l.heading)).toEqual([1, 2, undefined, 2, undefined]);
  });

  it("'* item' lists stay bullets without Org settings", () => {
    const lines = normalizeLines("* Experience\n* Go\n").filter((l) => l.text);
    expect(lines.every((l) => l.bullet && l.heading === undefined)).toBe(true);
  });
});

describe("headers, schools and small sections", () => {
  it("'Company, Remote' and 'Company, City, ST' under 'Title   dates'", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nOpen Data Lab, Remote\tMar 2017 – Dec 2019\nResearcher\n\nData Intern          May 2024 – Aug 2024\nLarkspur Insurance Group, Bloomington, IL\n",
    ).work!;
    expect(w.map((x) => [x.name, x.position, x.location])).toEqual([
      ["Open Data Lab", "Researcher", "Remote"],
      ["Larkspur Insurance Group", "Data Intern", "Bloomington, IL"],
    ]);
  });

  it("a job marked (Volunteer) goes to volunteer; a parenthesised kind is no title", () => {
    const p = parse(
      "Jo Bloggs\n\nEXPERIENCE\nACME INC.\nEngineer | Leeds | 2019 - 2021\n\nCODE CLUB (VOLUNTEER)\nMentor | Leeds | Since 2020\n",
    );
    expect(p.work?.map((x) => x.name)).toEqual(["ACME INC."]);
    expect(p.volunteer).toEqual([
      expect.objectContaining({
        organization: "CODE CLUB",
        position: "Mentor",
        startDate: "2020",
        ongoing: true,
      }),
    ]);
  });

  it("an ALL-CAPS school over a degree line is an entry, not a heading", () => {
    const p = parse(
      "JO BLOGGS\n\nEXPERIENCE\nACME\nEngineer, 2019 - 2021\n\nEDUCATION\nUNIVERSITY OF LEEDS\nB.S. Physics | Leeds, UK | 2016\nLEEDS CITY COLLEGE\nA.A.S. Electronics | 2012\n",
    );
    expect(p.extra).toBeUndefined();
    expect(p.education?.map((e) => [e.institution, e.studyType, e.area, e.location, e.endDate])).toEqual([
      ["UNIVERSITY OF LEEDS", "B.S.", "Physics", "Leeds, UK", "2016"],
      ["LEEDS CITY COLLEGE", "A.A.S.", "Electronics", undefined, "2012"],
    ]);
  });

  it("a degree in parentheses and 'Department of X'; 'Expected' dates", () => {
    const e = parse(
      "Jo Bloggs\n\nEducation\n2012/04~2016/03  Kita Institute of Technology, Faculty of Engineering, Department of Physics (B.Eng.)\n\nNorth University    Expected May 2025\nB.S. Statistics\n",
    ).education!;
    expect(e[0]).toMatchObject({
      institution: "Kita Institute of Technology",
      studyType: "B.Eng.",
      area: "Physics",
      notes: ["Faculty of Engineering"],
      startDate: "2012-04",
      endDate: "2016-03",
    });
    expect(e[1]).toMatchObject({ institution: "North University", endDate: "2025-05" });
    expect(e[1]!.notes).toBeUndefined();
  });

  it("'Leadership & Activities' with dated roles → volunteer; otherwise kept as text", () => {
    const p = parse(
      "Jo Bloggs\n\nLEADERSHIP & ACTIVITIES\nPresident, Chess Club          Aug 2023 – Present\n• Grew the club\n",
    );
    expect(p.volunteer).toEqual([
      expect.objectContaining({ organization: "Chess Club", position: "President", ongoing: true }),
    ]);
    expect(parse("Jo Bloggs\n\nACTIVITIES\nChess, rowing and choir\n").extra?.[0]?.title).toBe("Activities");
  });

  it("'■ Work Experience' is a heading; ・ is a bullet; personal details are not the summary", () => {
    const p = parse(
      "Jo Bloggs\nDate of Birth: 1991/11/02\nNationality: Irish\n\n■ Work Experience\n2021/04~Present  Acme Inc.\n  Engineer\n  ・Built the API\n",
    );
    expect(p.basics?.summary).toBeUndefined();
    expect(p.extra).toEqual([
      expect.objectContaining({
        title: "Personal Details",
        lines: ["Date of Birth: 1991/11/02", "Nationality: Irish"],
      }),
    ]);
    expect(p.work).toEqual([
      expect.objectContaining({ name: "Acme Inc.", position: "Engineer", highlights: ["Built the API"] }),
    ]);
  });

  it("a place alone in a Contact section; a US ZIP code", () => {
    expect(parse("Jo Bloggs\n\nContact\n- jo@x.io\n- São Paulo, Brazil\n").basics?.location).toEqual({
      city: "São Paulo",
      region: "Brazil",
    });
    expect(parse("Jo Bloggs\nPittsburgh, PA 15213 | jo@x.io\n").basics?.location).toEqual({
      city: "Pittsburgh",
      region: "PA",
      postalCode: "15213",
    });
  });

  it("list items keep commas inside parentheses", () => {
    expect(parse("Jo Bloggs\n\nSkills\nCloud: AWS (ECS, RDS), Terraform\n").skills?.[0]?.keywords).toEqual([
      "AWS (ECS, RDS)",
      "Terraform",
    ]);
  });
});

describe("profiles", () => {
  it("a label and its link are one profile; a fediverse handle is no e-mail", () => {
    const c = extractContacts("GitHub: hmoreau", [{ text: "hmoreau", url: "https://github.com/hmoreau" }]);
    expect(c.profiles).toEqual([
      { network: "GitHub", username: "hmoreau", url: "https://github.com/hmoreau" },
    ]);
    const m = extractContacts("Mastodon: @jo@hachyderm.io");
    expect(m.email).toBeUndefined();
    expect(m.profiles).toEqual([{ network: "Mastodon", username: "jo", url: "https://hachyderm.io/@jo" }]);
  });
});

describe("AsciiDoc", () => {
  it("= and == titles, attribute entries, block attributes, Term:: lists", () => {
    const p = parse(
      "= Jo Bloggs\n:email: jo@bloggs.dev\n:toc!:\n\n== Experience\n\n=== Engineer, Acme S.r.l.\n_Milan — March 2021 to present_\n\n* Built link:https://acme.dev[the site]\n\n== Skills\n\n[horizontal]\nLanguages:: Go, Rust\n",
    );
    expect(p.basics).toMatchObject({ name: "Jo Bloggs", email: "jo@bloggs.dev" });
    expect(p.work).toEqual([
      expect.objectContaining({
        name: "Acme S.r.l.",
        position: "Engineer",
        startDate: "2021-03",
        ongoing: true,
        highlights: ["Built the site"],
      }),
    ]);
    expect(p.skills).toEqual([expect.objectContaining({ name: "Languages", keywords: ["Go", "Rust"] })]);
  });

  it("a line starting '= ' in a document without AsciiDoc sections is text", () => {
    expect(normalizeLines("= not a title\nExperience").some((l) => l.heading)).toBe(false);
  });
});

describe("LinkedIn roles with an employment-type line", () => {
  it("'Full-time' on its own is neither company nor title; '+3 skills' is a button", () => {
    const w = parse(
      "Jo Bloggs\n\nExperience\nAcme AB\n5 yrs 7 mos\nManager\nFull-time\nMar 2022 - Present · 2 yrs 2 mos\nSkills: Java · People Management · +3 skills\nSenior Engineer\nFull-time\nOct 2018 - Feb 2022 · 3 yrs 5 mos\n",
    ).work!;
    expect(w).toHaveLength(1);
    expect(w[0]!.name).toBe("Acme AB");
    expect(w[0]!.roles!.map((r) => [r.position, r.keywords])).toEqual([
      ["Manager", ["Java", "People Management"]],
      ["Senior Engineer", undefined],
    ]);
  });
});

describe("a place in parentheses", () => {
  it("'Company (City, ST)' over 'Title, Since June 2019'", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nBrightwater Capital (New York, NY)\nSenior Analyst, Since June 2019\n• Built models\n",
    ).work!;
    expect(w.map((x) => [x.name, x.position, x.location, x.startDate, x.ongoing])).toEqual([
      ["Brightwater Capital", "Senior Analyst", "New York, NY", "2019-06", true],
    ]);
  });
});

describe("degrees", () => {
  const edu = (body: string) =>
    parse(`Jo Bloggs\n\nEDUCATION\n${body}\n\nSKILLS\nGo, Rust\n`).education!.map(
      ({ source: _s, ...e }) => e,
    );
  it("'…, Minor in X' is a note; 'School | City, ST | date' under the degree", () => {
    expect(
      edu(
        "Bachelor of Science in Computer Science, Minor in Mathematics\nUniversity of Texas at Austin | Austin, TX | May 2020",
      ),
    ).toEqual([
      {
        institution: "University of Texas at Austin",
        studyType: "Bachelor of Science",
        area: "Computer Science",
        location: "Austin, TX",
        endDate: "2020-05",
        notes: ["Minor in Mathematics"],
      },
    ]);
  });
  it("a school after a strong separator is the whole institution", () => {
    expect(edu("High School Diploma — Lincoln High School, Portland, OR (2010)")).toEqual([
      {
        institution: "Lincoln High School",
        studyType: "High School Diploma",
        location: "Portland, OR",
        endDate: "2010",
      },
    ]);
  });
});

describe("skill groups", () => {
  const skills = (body: string) =>
    parse(`Jo Bloggs\n\nTECHNICAL SKILLS\n${body}\n\nEDUCATION\nMIT, BSc Physics, 2015\n`).skills!.map(
      ({ source: _s, ...x }) => x,
    );
  it("'Label — a, b' and 'Level: a; Level: b'", () => {
    expect(skills("Languages & Frameworks — Python, Go, React")).toEqual([
      { name: "Languages & Frameworks", keywords: ["Python", "Go", "React"] },
    ]);
    expect(skills("Proficient: Python, SQL; Familiar: Rust, Scala")).toEqual([
      { name: "Proficient", level: "Proficient", keywords: ["Python", "SQL"] },
      { name: "Familiar", level: "Familiar", keywords: ["Rust", "Scala"] },
    ]);
  });
  it("rating dots are dropped", () => {
    expect(skills("Python ●●●●○\nSQL ●●●●●")[0]!.keywords).toEqual(["Python", "SQL"]);
  });
});

describe("labelled fields and Indian-style education", () => {
  it("'Company: / Designation: / Duration:' is one entry", () => {
    const w = parse(
      "Jo Bloggs\n\nWORK EXPERIENCE\nCompany: Acme Pvt. Ltd., Pune\nDesignation: Engineer\nDuration: Jun'18 – Till Date\n• Built APIs\n",
    ).work!;
    expect(w.map((x) => [x.name, x.position, x.location, x.startDate, x.ongoing])).toEqual([
      ["Acme Pvt. Ltd.", "Engineer", "Pune", "2018-06", true],
    ]);
  });
  it("aligned and spaced colons are labels", () => {
    expect(normalizeLines("Languages      : Java, SQL\nLangues : anglais")[0]!.text).toBe(
      "Languages: Java, SQL",
    );
    expect(normalizeLines("Langues : anglais")[0]!.text).toBe("Langues: anglais");
  });
  it("'B.Tech (Area) from School in 2016 with 8.2 CGPA'; 'Class XII … with 89%'", () => {
    const e = parse(
      "Jo Bloggs\n\nEDUCATIONAL QUALIFICATION\nB.Tech (Computer Science) from Kaveri College of Engineering in 2016 with 8.2 CGPA.\nClass XII from Kendriya Vidyalaya, Dharwad in 2012 with 89%.\n",
    ).education!;
    expect(e.map(({ source: _s, ...x }) => x)).toEqual([
      {
        studyType: "B.Tech",
        area: "Computer Science",
        institution: "Kaveri College of Engineering",
        endDate: "2016",
        score: "8.2 CGPA",
      },
      { studyType: "Class XII", institution: "Kendriya Vidyalaya, Dharwad", endDate: "2012", score: "89%" },
    ]);
  });
  it("'Languages Known:' among personal details", () => {
    expect(
      parse(
        "Jo Bloggs\n\nPERSONAL DETAILS\nDate of Birth : 14-03-1994\nLanguages Known: English, Hindi\n",
      ).languages?.map((l) => l.language),
    ).toEqual(["English", "Hindi"]);
  });
});

describe("profile-page image alt texts", () => {
  it("'Acme GmbH logo' over 'Acme GmbH' is dropped; a logo line of its own stays", () => {
    expect(normalizeLines("Acme GmbH logo\nAcme GmbH\nFull-time").map((l) => l.text)).toEqual([
      "Acme GmbH",
      "Full-time",
    ]);
    expect(normalizeLines("Redesigned the company logo\nShipped v2").map((l) => l.text)).toEqual([
      "Redesigned the company logo",
      "Shipped v2",
    ]);
  });
});

describe("PDF text leftovers", () => {
  it("ligatures are letters; a word broken at the line end is joined without a space", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nAnalyst, Hartwell LLP    2019 – Present\n• Led the ﬁnancial planning for 3 ofﬁces with cross-\nfunctional teams\n",
    ).work!;
    expect(w[0]!.highlights).toEqual([
      "Led the financial planning for 3 offices with cross-functional teams",
    ]);
  });
});

describe("US federal résumés", () => {
  const doc = [
    "Jo Bloggs",
    "12 Elm St, Silver Spring, MD 20906",
    "U.S. Citizen | Security Clearance: Secret (active)",
    "",
    "WORK EXPERIENCE",
    "Program Analyst (GS-0343-12)",
    "Department of Veterans Affairs, Veterans Health Administration",
    "810 Vermont Ave NW, Washington, DC 20420",
    "05/2019 – Present",
    "Hours per week: 40",
    "Salary: $98,500 per year",
    "Duties, Accomplishments and Related Skills:",
    "• Analyze staffing data",
    "",
    "EDUCATION",
    "University of Maryland, College Park, MD",
    "Master of Public Policy, 05/2015",
  ].join("\n");
  const p = parse(doc);
  it("a street address with its ZIP code; citizenship and clearance are personal details", () => {
    expect(p.basics?.location).toEqual({
      address: "12 Elm St",
      city: "Silver Spring",
      region: "MD",
      postalCode: "20906",
    });
    expect(p.basics?.tags).toBeUndefined();
    expect(p.extra?.[0]?.lines).toEqual(["U.S. Citizen | Security Clearance: Secret (active)"]);
  });
  it("grade in the title, agency and unit, the office's city, job facts in the description", () => {
    expect(p.work).toEqual([
      expect.objectContaining({
        name: "Department of Veterans Affairs",
        team: "Veterans Health Administration",
        position: "Program Analyst (GS-0343-12)",
        location: "Washington, DC",
        description: "Hours per week: 40 · Salary: $98,500 per year",
        highlights: ["Analyze staffing data"],
      }),
    ]);
    expect(p.work![0]!.keywords).toBeUndefined();
  });
  it("'College Park, MD' after a school is its place, not a Doctor of Medicine", () => {
    expect(p.education).toEqual([
      expect.objectContaining({
        institution: "University of Maryland",
        location: "College Park, MD",
        studyType: "Master of Public Policy",
        endDate: "2015-05",
      }),
    ]);
    expect(
      parse("Jo Bloggs\n\nEDUCATION\nStanford University, MS\n2014 – 2016\n").education?.[0]?.studyType,
    ).toBe("MS");
  });
});

describe("spoken languages", () => {
  const langs = (body: string) =>
    (parse(`Jo Bloggs\n\nLANGUAGES\n${body}\n\nEDUCATION\nMIT, BSc Physics, 2015\n`).languages ?? []).map(
      (x) => [x.language, x.fluency],
    );
  it.each([
    [
      "English: Native | Spanish: Professional working proficiency",
      [
        ["English", "Native"],
        ["Spanish", "Professional working proficiency"],
      ],
    ],
    [
      "Native: Polish; Fluent: English; Basic: German",
      [
        ["Polish", "Native"],
        ["English", "Fluent"],
        ["German", "Basic"],
      ],
    ],
    [
      "Fluent in English and Spanish; conversational French",
      [
        ["English", "Fluent"],
        ["Spanish", "Fluent"],
        ["French", "conversational"],
      ],
    ],
    [
      "English ●●●●●\nGerman ●●●○○",
      [
        ["English", "5/5"],
        ["German", "3/5"],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(langs(body)).toEqual(expected);
  });
});

describe("top-of-page variants", () => {
  const basics = (top: string) => {
    const { source: _s, ...b } = parse(`${top}\n\nEXPERIENCE\nEngineer, Acme, 2019 – Present\n`).basics ?? {};
    return b;
  };
  it("'NAME | Title | City' gives name, label and location (not tags)", () => {
    expect(basics("JO BLOGGS | Senior Data Engineer | Leeds, UK\njo@bloggs.dev")).toEqual({
      name: "Jo Bloggs",
      label: "Senior Data Engineer",
      location: { city: "Leeds", region: "UK" },
      email: "jo@bloggs.dev",
    });
  });
  it("'City, ST 12345' alone; 'Twitter — @handle'; a balanced parenthesis stays", () => {
    expect(basics("Jo Bloggs\njo@x.io\nCambridge, MA 02139").location).toEqual({
      city: "Cambridge",
      region: "MA",
      postalCode: "02139",
    });
    expect(basics("Jo Bloggs\nTwitter — @jbloggs").profiles).toEqual([
      { network: "Twitter", username: "jbloggs" },
    ]);
    expect(basics("Jo Bloggs\nRemote (UTC+1) · jo@bloggs.dev").location).toEqual({ city: "Remote (UTC+1)" });
  });
});

describe("bilingual labels", () => {
  it("'姓名 Name：', '城市 City：' and a '个人简历 / RESUME' title", () => {
    const b = parse(
      "个人简历 / RESUME\n\n姓名 Name：陈思远 (Siyuan Chen)\n邮箱 Email：chen@163.com\n城市 City：Hangzhou, China\n\n【工作经历 Work Experience】\n2021.07 - 至今    Qiantang Cloud Co., Ltd.    Frontend Engineer\n",
    ).basics!;
    expect(b).toMatchObject({
      name: "陈思远 (Siyuan Chen)",
      email: "chen@163.com",
      location: { city: "Hangzhou", region: "China" },
    });
    expect(b.summary).toBeUndefined();
  });
});

describe("a 'seeking work' post", () => {
  const p = parse(
    "SEEKING WORK | Berlin, Germany | Remote\n\n  Remote: Yes\n  Technologies: Rust, Go\n  Email: jo@x.dev\n\nHi, I'm Ottilie Brandauer, a backend engineer with 9 years of experience.\nBefore that I spent four years as a Senior Engineer at Fahrrad.io in Berlin\n(2016–2020), payments and billing in Go.\n",
  );
  it("the subject is no name; the name comes from 'I'm ...'", () => {
    expect(p.basics?.name).toBe("Ottilie Brandauer");
  });
  it("a dated line that ends a sentence of the line above is no entry", () => {
    expect(p.work).toBeUndefined();
    expect(p.basics?.summary).toContain("(2016–2020), payments and billing in Go.");
  });
});

describe("second round: decorated, numbered and continued headings, page headers", () => {
  it("'— Experience —' and '~ Education ~' are headings, not bullets", () => {
    const p = parse(
      "Jo Bloggs\n\n— Experience —\nEngineer, Acme, 2019 – 2021\n\n~ Education ~\nB.Sc. Physics, University of Leeds, 2015 – 2019\n",
    );
    expect(p.work?.map((w) => [w.name, w.position])).toEqual([["Acme", "Engineer"]]);
    expect(p.education?.[0]?.institution).toBe("University of Leeds");
    expect(p.basics?.summary).toBeUndefined();
  });
  it("'2. Professional Experience' (Word outline numbering) is a heading", () => {
    const p = parse(
      "Jo Bloggs\n\n1. Summary\nEngineer who likes boring systems.\n\n2. Professional Experience\nEngineer, Acme, 2019 – 2021\n",
    );
    expect(p.basics?.summary).toBe("Engineer who likes boring systems.");
    expect(p.work?.map((w) => w.name)).toEqual(["Acme"]);
  });
  it("'EXPERIENCE (continued)' after a page break goes on with the job above", () => {
    const doc =
      "JO BLOGGS\n\nEXPERIENCE\nAcme Corp\nEngineer   2019 – 2021\n• Built A\n\nJo Bloggs – Resume        Page 1\nJo Bloggs        Page 2 of 2\n\nEXPERIENCE (continued)\n• Built B\n\nEDUCATION\nB.Sc. Physics, University of Leeds, 2019\n\nSKILLS\nGo, SQL\n";
    const p = parse(doc);
    expect(p.work?.map((w) => w.highlights)).toEqual([["Built A", "Built B"]]);
    expect(JSON.stringify(p)).not.toMatch(/Page \d|continued/);
  });
  it("letter-spaced text with kerned pairs from a design tool is collapsed", () => {
    expect(collapseSpacedLetters("P R I YA   N A R AYA N A N")).toBe("PRIYA NARAYANAN");
    expect(collapseSpacedLetters("U X / U I   D E S I G N E R")).toBe("UX/UI DESIGNER");
    expect(collapseSpacedLetters("I am a UX designer")).toBeUndefined();
    expect(collapseSpacedLetters("Go   C   Rust")).toBeUndefined();
  });
});

describe("second round: entries", () => {
  it("a dates-only line over 'Title, Company, Place' is one job", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nSept. 2019 – Jan. 2021\nFirmware Engineer, Baltic Motion Systems, Gdynia\n• Wrote firmware\n",
    ).work!;
    expect(w.map((x) => [x.position, x.name, x.location, x.startDate, x.endDate])).toEqual([
      ["Firmware Engineer", "Baltic Motion Systems", "Gdynia", "2019-09", "2021-01"],
    ]);
    expect(w[0]!.keywords).toBeUndefined();
  });
  it("a company line without a title over dated titles holds them as roles", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nCARDINAL LOGISTICS GROUP, Milwaukee, WI     2011 – 2017\nSenior Vice President, Operations (2014 – 2017)\nVice President, Regional Operations (2011 – 2014)\n• Turned the region around\n",
    ).work!;
    expect(w).toHaveLength(1);
    expect(w[0]!.name).toBe("CARDINAL LOGISTICS GROUP");
    expect(w[0]!.roles?.map((r) => [r.position, r.team])).toEqual([
      ["Senior Vice President", "Operations"],
      ["Vice President", "Regional Operations"],
    ]);
  });
  it("'Company Solutions, City' under 'Title   dates' is company and city", () => {
    const w = parse(
      "Jo Bloggs\n\nEXPERIENCE\nSenior Software Engineer          Jun 2016 – Mar 2021\nCoremark Solutions, Bengaluru\n• Wrote batch jobs\n",
    ).work!;
    expect([w[0]!.name, w[0]!.location]).toEqual(["Coremark Solutions", "Bengaluru"]);
  });
  it("client projects inside a job become projects", () => {
    const p = parse(
      "Jo Bloggs\n\nEXPERIENCE\nTechnical Lead          Apr 2021 – Present\nInfosphere Technologies Pvt. Ltd., Pune\nProject #1: Claims Platform\nClient: Pacific Mutual\nRole: Technical Lead\nTechnologies: Java, Kafka\n• Split the monolith\nProject #2: Agent Portal\nRole: Developer\n• Built REST APIs\n",
    );
    expect(p.work?.map((w) => [w.name, w.position, w.highlights])).toEqual([
      ["Infosphere Technologies Pvt. Ltd.", "Technical Lead", undefined],
    ]);
    expect(p.projects?.map((x) => [x.name, x.entity, x.roles, x.keywords, x.highlights])).toEqual([
      ["Claims Platform", "Pacific Mutual", ["Technical Lead"], ["Java", "Kafka"], ["Split the monolith"]],
      ["Agent Portal", "Infosphere Technologies Pvt. Ltd.", ["Developer"], undefined, ["Built REST APIs"]],
    ]);
  });
});

describe("second round: names, contacts, skills, certificates, schools", () => {
  it("several post-nominals after a name are dropped", () => {
    expect(
      parse("MARIA L. OKAFOR, BSN, RN\n\nEXPERIENCE\nNurse, St. Mary Hospital, 2019 – 2021\n").basics?.name,
    ).toBe("Maria L. Okafor");
  });
  it("a contact block at the end gives the location ('City, ST 12345')", () => {
    const b = parse(
      "Jo Bloggs\n\nSKILLS\nGo, SQL\n\nCONTACT\nHouston, TX 77002\n(713) 555-0147\njo@bloggs.example\n",
    ).basics!;
    expect([b.location?.city, b.location?.region, b.phone, b.email]).toEqual([
      "Houston",
      "TX",
      "(713) 555-0147",
      "jo@bloggs.example",
    ]);
  });
  it("a rating drawn in a column and '•'-separated lines give plain skills", () => {
    expect(
      parse("Jo Bloggs\n\nSKILLS\nFigma            ●●●●●\nUser Research    ●●●●○\n").skills?.[0]?.keywords,
    ).toEqual(["Figma", "User Research"]);
    expect(
      parse("Jo Bloggs\n\nSKILLS\nTelemetry monitoring • IV insertion • Epic EHR\n").skills?.[0]?.keywords,
    ).toEqual(["Telemetry monitoring", "IV insertion", "Epic EHR"]);
  });
  it("an expiry date is not a certificate's date; a role piece stays in the name", () => {
    const c = parse(
      "Jo Bloggs\n\nLICENSURE\nRegistered Nurse, State of Texas, License No. 845112 (exp. 03/2026)\n\nCERTIFICATIONS\nBLS, American Heart Association, exp. 2025\nOracle Certified Professional, Java SE 11 Developer (2020)\n",
    ).certificates!;
    expect(c.map((x) => [x.name, x.issuer, x.date])).toEqual([
      ["Registered Nurse", "State of Texas, License No. 845112", undefined],
      ["BLS", "American Heart Association", undefined],
      ["Oracle Certified Professional, Java SE 11 Developer", undefined, "2020"],
    ]);
  });
  it("Spanish degrees and 'en' before the area; a school after 'MBA,'", () => {
    const e = parse(
      "Jo Bloggs\n\nFormación\nMáster en Ingeniería Informática\nUniversitat de València, 2017 – 2019\n\nEducation\nMBA, Kellogg School of Management, Northwestern University\n",
    ).education!;
    expect(e.map((x) => [x.studyType, x.area, x.institution])).toEqual([
      ["Máster", "Ingeniería Informática", "Universitat de València"],
      ["MBA", undefined, "Kellogg School of Management, Northwestern University"],
    ]);
  });
  it("Markdown definition lists are labelled lines", () => {
    expect(
      normalizeLines("Languages\n: Python, SQL\n\nPlatforms\n\n: BigQuery")
        .filter((l) => l.text)
        .map((l) => l.text),
    ).toEqual(["Languages: Python, SQL", "Platforms: BigQuery"]);
  });
  it("a URL in a project's description is its url", () => {
    const p = parse(
      "# Jo\n\n## Projects\n\n**pipecheck** — a linter\n\nOpen source, 600 stars. https://github.com/jo/pipecheck\n",
      "markdown",
    ).projects!;
    expect(p.map((x) => [x.name, x.url])).toEqual([["pipecheck", "https://github.com/jo/pipecheck"]]);
  });
});

describe("second round: teachers, sales and Portuguese CVs", () => {
  it("'Sales Experience' and 'Teaching Experience' are work sections", () => {
    const w = parse(
      "Jo Bloggs\n\nSales Experience\nAccount Executive, Acme Inc., 2022 – present\n\nTeaching Experience\nScience Teacher (Biology, Chemistry)\nKickapoo High School — Springfield, MO\n08/2013 – 05/2022\n",
    ).work!;
    expect(w.map((x) => [x.position, x.name])).toEqual([
      ["Account Executive", "Acme Inc."],
      ["Science Teacher (Biology, Chemistry)", "Kickapoo High School"],
    ]);
  });
  it("'References available upon request' is dropped", () => {
    expect(
      JSON.stringify(parse("Jo Bloggs\n\nSkills\nGo, SQL\n\nReferences available upon request.\n")),
    ).not.toMatch(/request/);
  });
  it("a 'CURRÍCULO' title, 'City - UF', Portuguese titles and languages", () => {
    const p = parse(
      "CURRÍCULO\n\nJOÃO PEDRO SANTOS\nEngenheiro de Dados\nBelo Horizonte - MG | joao@x.example\n\nIDIOMAS\nPortuguês: nativo\nInglês: avançado\n",
    );
    expect([p.basics?.name, p.basics?.label, p.basics?.location?.city, p.basics?.location?.region]).toEqual([
      "João Pedro Santos",
      "Engenheiro de Dados",
      "Belo Horizonte",
      "MG",
    ]);
    expect(p.languages?.map((l) => [l.language, l.fluency])).toEqual([
      ["Português", "nativo"],
      ["Inglês", "avançado"],
    ]);
  });
});

describe("second round: Central European sidebars", () => {
  it("a bare city in a contact section is the location; 'Mgr.' is a degree", () => {
    const p = parse(
      "ZOFIA   KRAWCZYK\nMarketing Manager\n\nCONTACT\nzofia@k.example\n+48 600 100 200\nKraków\n\nEDUCATION\nMgr. Computer Science — Masaryk University, 2013 – 2018\n",
    );
    expect(p.basics?.location?.city).toBe("Kraków");
    expect(p.education?.map((e) => [e.studyType, e.area, e.institution])).toEqual([
      ["Mgr.", "Computer Science", "Masaryk University"],
    ]);
  });
});

describe("second round: page breaks without page words", () => {
  it("a bare page number and the name repeated at the top of the next page are dropped; 'Acme LLC, Dubai' above a title", () => {
    const doc =
      "Omar Haddad\nomar@haddad.example\n\nEXPERIENCE\n\nNakheel Systems LLC, Dubai\nSenior Network Engineer        Jan 2019 - Present\n- Designed the SD-WAN rollout\n- Cut outages by 70%\n\n1\n\fOmar Haddad\n\n- Ran a team of 4 engineers\n\nEDUCATION\nBSc Computer Engineering, American University of Sharjah, 2014\n\n2\n";
    const p = parse(doc);
    expect(p.work?.map((w) => [w.name, w.location, w.highlights])).toEqual([
      [
        "Nakheel Systems LLC",
        "Dubai",
        ["Designed the SD-WAN rollout", "Cut outages by 70%", "Ran a team of 4 engineers"],
      ],
    ]);
    expect(p.education?.[0]?.notes).toBeUndefined();
  });
});

describe("second round: West African CV conventions", () => {
  it("'Professional Qualifications' are certificates; a referee written 'Mr. Name, Title, Company'", () => {
    const p = parse(
      "Jo Bloggs\n\nPROFESSIONAL QUALIFICATIONS\nChartered Accountant (ICAG), 2017\n\nREFEREES\nMr. Kofi Mensah, Finance Director, Volta Cocoa Ltd\n",
    );
    expect(p.certificates?.map((c) => [c.name, c.date])).toEqual([["Chartered Accountant (ICAG)", "2017"]]);
    expect(p.education).toBeUndefined();
    expect(p.references?.map((r) => [r.name, r.reference])).toEqual([
      ["Mr. Kofi Mensah", "Finance Director, Volta Cocoa Ltd"],
    ]);
  });
});

describe("second round: Brazilian headings and degrees", () => {
  it("'Sobre mim' is the summary; 'Tecnólogo em X - School' is a degree", () => {
    const p = parse(
      "Ana Rocha\nana@rocha.example\n\nSobre mim\nDesenvolvedora com 4 anos de experiência.\n\nFormação Acadêmica\nTecnólogo em Análise de Sistemas - FIAP      2016 - 2019\n",
    );
    expect(p.basics?.summary).toBe("Desenvolvedora com 4 anos de experiência.");
    expect(p.education?.map((e) => [e.studyType, e.area, e.institution])).toEqual([
      ["Tecnólogo", "Análise de Sistemas", "FIAP"],
    ]);
  });
});
