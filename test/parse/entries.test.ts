import { describe, expect, it } from "vitest";
import { findNameBlock, nameCandidate, parsePreamble, tagItems } from "../../src/parse/basics.js";
import { classifyBlocks, isTokenLine } from "../../src/parse/blocks.js";
import { parseEducation, splitDegree } from "../../src/parse/education.js";
import { collectBody } from "../../src/parse/entries.js";
import { isProse, locationScore, nameScore, splitItems, titleScore } from "../../src/parse/features.js";
import { parseDocument } from "../../src/parse/index.js";
import { normalizeLines } from "../../src/parse/lines.js";
import { looksSpoken, parseLanguages, parsePublications } from "../../src/parse/misc.js";
import { headingLine, kindLine, parseProjects } from "../../src/parse/projects.js";
import { parseSkills, skillLine } from "../../src/parse/skills.js";
import { parseWork, splitTitleTail } from "../../src/parse/work.js";

const L = (s: string) => normalizeLines(s);
const strip = <T>(x: T): T => JSON.parse(JSON.stringify(x, (k, v) => (k === "source" ? undefined : v)));

describe("feature scores", () => {
  it("titles, places, names", () => {
    expect(titleScore("Staff Software Engineer")).toBeGreaterThan(0);
    expect(titleScore("Attentive Mobile")).toBeLessThanOrEqual(0);
    expect(locationScore("San Francisco, CA")).toBeGreaterThanOrEqual(3);
    expect(locationScore("London, UK")).toBeGreaterThanOrEqual(3);
    expect(locationScore("Remote")).toBeGreaterThanOrEqual(3);
    expect(locationScore("Staff Software Engineer, Aspire")).toBeLessThan(3);
    expect(nameScore("Jane van der Berg")).toBeGreaterThanOrEqual(3);
    expect(nameScore("Senior Engineer")).toBeLessThan(3);
    expect(nameScore("University College London")).toBeLessThan(3);
  });

  it("splits free lists, keeping A / B and connector runs together", () => {
    expect(splitItems("Traveling Reading Impact of Tech on Media & Society Linguistics", true)).toEqual([
      "Traveling",
      "Reading",
      "Impact of Tech on Media & Society",
      "Linguistics",
    ]);
    expect(splitItems("Rust Airflow / MWAA Go", false)).toEqual(["Rust", "Airflow / MWAA", "Go"]);
    expect(splitItems("a, b; c", false)).toEqual(["a", "b", "c"]);
  });
});

describe("work entries", () => {
  it("Title, Company, City   03/2019 - Present", () => {
    const { work } = parseWork(
      L("Senior Engineer, Acme Robotics, Lyon     03/2019 - Present\n- Built it"),
      "f",
    );
    expect(strip(work)).toEqual([
      {
        name: "Acme Robotics",
        position: "Senior Engineer",
        location: "Lyon",
        startDate: "2019-03",
        ongoing: true,
        highlights: ["Built it"],
      },
    ]);
  });

  it("Title | Company | dates and Title at Company", () => {
    const a = parseWork(L("Data Scientist | Nimbus Analytics | Jan 2018 – Feb 2020"), "f").work[0]!;
    expect(a).toMatchObject({
      position: "Data Scientist",
      name: "Nimbus Analytics",
      startDate: "2018-01",
      endDate: "2020-02",
    });
    const b = parseWork(L("Product Manager at Quill & Co\n2016 - 2018"), "f").work[0]!;
    expect(b).toMatchObject({
      position: "Product Manager",
      name: "Quill & Co",
      startDate: "2016",
      endDate: "2018",
    });
  });

  it("company and title on separate lines, dates alone", () => {
    const w = parseWork(
      L("Orbital Foods\nHead of Engineering\nAug '20 → Dec '22\n\n  • Scaled the team"),
      "f",
    ).work[0]!;
    expect(w).toMatchObject({
      name: "Orbital Foods",
      position: "Head of Engineering",
      startDate: "2020-08",
      endDate: "2022-12",
      highlights: ["Scaled the team"],
    });
  });

  it("several roles under one company (promotion lines and repeated company)", () => {
    const text = [
      "Staff Engineer",
      "Helio Grid",
      "2019 – present",
      "Storage Team (Go, Rust) Joined Mar '19 · Promoted Jan '22",
      "  • Wrote the compactor",
      "Billing (Kotlin) Started May '21",
      "  • Owned invoicing",
    ].join("\n");
    const w = parseWork(L(text), "f").work[0]!;
    expect(strip(w.roles)).toEqual([
      {
        team: "Storage Team",
        keywords: ["Go", "Rust"],
        note: "Joined Mar '19 · Promoted Jan '22",
        startDate: "2019-03",
        highlights: ["Wrote the compactor"],
      },
      {
        team: "Billing",
        keywords: ["Kotlin"],
        note: "Started May '21",
        startDate: "2021-05",
        highlights: ["Owned invoicing"],
      },
    ]);
    const merged = parseWork(
      L("Engineer, Zeta Labs   2015 - 2017\n- a\nSenior Engineer, Zeta Labs   2017 - 2019\n- b"),
      "f",
    ).work;
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: "Zeta Labs", startDate: "2015", endDate: "2019" });
    expect(merged[0]!.roles!.map((r) => r.position)).toEqual(["Engineer", "Senior Engineer"]);
  });

  it("dates first, then title and company", () => {
    const { work } = parseWork(
      L(
        "2019 – Present\nSenior Engineer\nAcme Corp\n• Did a thing\n\n2016 – 2019\nEngineer\nBeta Systems\n• Did another",
      ),
      "f",
    );
    expect(
      work.map((w) => [w.name, w.position, w.startDate, w.endDate ?? (w.ongoing ? "present" : undefined)]),
    ).toEqual([
      ["Acme Corp", "Senior Engineer", "2019", "present"],
      ["Beta Systems", "Engineer", "2016", "2019"],
    ]);
  });

  it("team lines carry a stack", () => {
    const w = parseWork(
      L("Software Engineer, Vela\n\nSan Diego, CA\n\nPayments Team - Java, Kafka, Postgres 2019 – 2021"),
      "f",
    ).work[0]!;
    expect(w).toMatchObject({
      name: "Vela",
      team: "Payments Team",
      keywords: ["Java", "Kafka", "Postgres"],
      location: "San Diego, CA",
    });
  });

  it("splits a title with a team and a company on one line", () => {
    expect(splitTitleTail("Principal Engineer (Rust Platform Team) VerSe Innovation")).toEqual({
      title: "Principal Engineer",
      team: "Rust Platform Team",
      tail: "VerSe Innovation",
    });
    expect(splitTitleTail("Head of Data Quanta Labs")).toMatchObject({
      title: "Head of Data",
      tail: "Quanta Labs",
    });
    expect(splitTitleTail("Senior Software Engineer")).toBeUndefined();
  });

  it("joins wrapped lines", () => {
    const { highlights } = collectBody(
      L("- Built a thing that\n  spans two lines\n- Second one.\nThird para starts here."),
    );
    expect(highlights).toEqual([
      "Built a thing that spans two lines",
      "Second one.",
      "Third para starts here.",
    ]);
  });
});

describe("education", () => {
  it("splits degrees", () => {
    expect(splitDegree("Bachelor of Technology in Information and Communication Technology")).toEqual({
      studyType: "Bachelor of Technology",
      area: "Information and Communication Technology",
      rest: undefined,
    });
    expect(splitDegree("MSc, Engineering Cybernetics")).toMatchObject({
      studyType: "MSc",
      area: "Engineering Cybernetics",
    });
    expect(splitDegree("PhD in Physics, ETH Zurich")).toMatchObject({
      studyType: "PhD",
      area: "Physics",
      rest: "ETH Zurich",
    });
  });

  it("institution, degree, dates, score and notes", () => {
    const e = parseEducation(
      L("University of Tartu\nBSc in Mathematics · 2012 – 2015\nCGPA: 3.8/4.0\nDean's list"),
      "f",
    );
    expect(strip(e)).toEqual([
      {
        institution: "University of Tartu",
        studyType: "BSc",
        area: "Mathematics",
        startDate: "2012",
        endDate: "2015",
        score: "3.8/4.0",
        notes: ["Dean's list"],
      },
    ]);
  });

  it("a single year is the graduation date", () => {
    expect(parseEducation(L("MBA, Insead, 2019"), "f")[0]).toMatchObject({
      studyType: "MBA",
      endDate: "2019",
    });
  });
});

describe("skills, projects, languages, publications", () => {
  it("skill groups", () => {
    expect(skillLine("Databases: PostgreSQL, Redis")).toEqual({
      name: "Databases",
      keywords: ["PostgreSQL", "Redis"],
    });
    expect(skillLine("Database RocksDB, LMDB")).toEqual({ name: "Database", keywords: ["RocksDB", "LMDB"] });
    expect(skillLine("Intermediate Python, Go")).toEqual({
      name: "Intermediate",
      level: "Intermediate",
      keywords: ["Python", "Go"],
    });
    expect(
      strip(parseSkills(L("Current stack\nRust Go Tokio\nPrevious stack\nC Airflow / MWAA"), "f")),
    ).toEqual([
      { name: "Current stack", keywords: ["Rust", "Go", "Tokio"] },
      { name: "Previous stack", keywords: ["C", "Airflow / MWAA"] },
    ]);
  });

  it("projects: kind lines, stacks on the heading line or the line after", () => {
    expect(kindLine("crate · 22M downloads")).toEqual({ type: "crate", metric: "22M downloads" });
    expect(kindLine("android · 2014–15")).toEqual({ type: "android", startDate: "2014", endDate: "2015" });
    expect(kindLine("Android app")).toBeUndefined();
    const [h] = L("### **Name** Rust, Axum");
    expect(headingLine(h!)).toEqual({ name: "Name", keywords: ["Rust", "Axum"] });
    const ps = parseProjects(L("### **A**\n\nRust, Pingora\n\n- proxy\n\n### **B** Go\n\n- b"), "f");
    expect(strip(ps)).toEqual([
      { name: "A", keywords: ["Rust", "Pingora"], highlights: ["proxy"] },
      { name: "B", keywords: ["Go"], highlights: ["b"] },
    ]);
  });

  it("project bodies: 'Tech:' lines are the stack", () => {
    const [p] = parseProjects(
      L("Paperboat (2021)\nA static site generator for zines.\nTech: Go, Markdown"),
      "f",
    );
    expect(strip(p)).toEqual({
      name: "Paperboat",
      startDate: "2021",
      description: "A static site generator for zines.",
      keywords: ["Go", "Markdown"],
    });
  });

  it("spoken languages vs programming languages", () => {
    expect(looksSpoken(L("English (Native), German (B2)"))).toBe(true);
    expect(looksSpoken(L("Expert Rust\nIntermediate Python, Go"))).toBe(false);
    expect(strip(parseLanguages(L("English (Native), German - B2\nFrench Fluent"), "f"))).toEqual([
      { language: "English", fluency: "Native" },
      { language: "German", fluency: "B2" },
      { language: "French", fluency: "Fluent" },
    ]);
  });

  it("publications", () => {
    const [p] = parsePublications(
      L('1. Doe, J. and Roe, R. (2020). "Fast Things." Journal of Speed, 3:1–9.'),
      "f",
    );
    expect(strip(p)).toEqual({
      name: "Fast Things",
      publisher: "Journal of Speed, 3:1–9",
      releaseDate: "2020",
      summary: "Doe, J. and Roe, R.",
    });
  });
});

describe("basics and headingless blocks", () => {
  it("names: headings, greetings, suffixes, split over lines; never a title", () => {
    expect(nameCandidate("Hi, I'm Jane Roe 👋")).toBe("Jane Roe");
    expect(nameCandidate("Dr. Jane Roe, Ph.D.")).toBe("Jane Roe");
    expect(parsePreamble(L("whoami\n\nJane\nRoe\n"), "f").basics.name).toBe("Jane Roe");
    expect(parsePreamble(L("Professional Experience\n"), "f").basics.name).toBeUndefined();
    expect(
      parsePreamble(L("Staff Software Engineer, Acme\nSan Francisco, CA"), "f").basics.name,
    ).toBeUndefined();
  });

  it("a name at the start of a contact line or in the first column", () => {
    const b = parsePreamble(L("John Doe | john@x.com | +1 555 010 0100 | Boston, MA"), "f").basics;
    expect(b).toMatchObject({
      name: "John Doe",
      email: "john@x.com",
      phone: "+1 555 010 0100",
      location: { city: "Boston", region: "MA" },
    });
    expect(parsePreamble(L("ANNA LINDQVIST          anna@lindqvist.se"), "f").basics).toMatchObject({
      name: "Anna Lindqvist",
      email: "anna@lindqvist.se",
    });
  });

  it("tag lines and contacts", () => {
    expect(tagItems("Search Team · Go · Staff Engineer · Acme Paris")).toHaveLength(4);
    const b = parsePreamble(
      L(
        "# Jane Roe\nweb | [jr.dev](https://jr.dev)\nemail | <jane@jr.dev>\nSearch Team · Go · Staff Engineer · Acme",
      ),
      "f",
    ).basics;
    expect(b).toMatchObject({
      name: "Jane Roe",
      url: "https://jr.dev",
      email: "jane@jr.dev",
      label: "Staff Engineer",
    });
  });

  it("LinkedIn name blocks", () => {
    const found = findNameBlock(L("Kubernetes\nJane Roe\nStaff Engineer at Acme\nBerlin, Germany"));
    expect(found?.name.text).toBe("Jane Roe");
    expect(found?.location?.text).toBe("Berlin, Germany");
  });

  it("classifies blocks by shape", () => {
    expect(isTokenLine("Rust Go Tokio Serde")).toBe(true);
    expect(isTokenLine("Led the design of a system")).toBe(false);
    const c = classifyBlocks(
      L(
        "Engineer\nAcme\n2019 – 2020\n\nweb · 2019\nSite\n\nA site for things.\n\nStack\nRust Go Tokio Serde\nSome College\nBSc · 2010 – 2014\nHiking Chess Photography Cooking Jazz Poetry",
      ),
    );
    expect(
      c.work
        .flat()
        .filter((l) => l.text)
        .map((l) => l.text),
    ).toEqual(["Engineer", "Acme", "2019 – 2020"]);
    expect(c.projects.filter((l) => l.text).map((l) => l.text)).toEqual([
      "web · 2019",
      "Site",
      "A site for things.",
    ]);
    expect(c.skills.map((l) => l.text)).toEqual(["Stack", "Rust Go Tokio Serde"]);
    expect(c.education.map((l) => l.text)).toEqual(["Some College", "BSc · 2010 – 2014"]);
    expect(c.interests.map((l) => l.text)).toEqual(["Hiking Chess Photography Cooking Jazz Poetry"]);
  });
});

describe("smaller sections through parseDocument", () => {
  const doc = [
    "# Priya Nair",
    "",
    "## Volunteer Experience",
    "**Code Club Mentor** — Hackney Library (2019 – present)",
    "- Teach Scratch to 9–11 year olds",
    "",
    "## Awards",
    "- Employee of the Year, Tessellate, 2021",
    "",
    "## Certifications",
    "BLS Certification",
    "April 2022 to April 2024",
    "",
    "## Interests",
    "Climbing; ceramics; analog photography",
    "",
    "## Talks",
    '- "Boring Kubernetes" — KubeCon EU 2022',
    "",
    "## References",
    "Available on request.",
  ].join("\n");

  it("volunteer, awards, certificates, interests, extra, references", async () => {
    const { parseDocument } = await import("../../src/parse/index.js");
    const { profile } = parseDocument(doc, { file: "p.md", format: "markdown" });
    expect(strip(profile.volunteer)).toEqual([
      {
        organization: "Hackney Library",
        position: "Code Club Mentor",
        startDate: "2019",
        ongoing: true,
        highlights: ["Teach Scratch to 9–11 year olds"],
      },
    ]);
    expect(strip(profile.awards)).toEqual([
      { title: "Employee of the Year", awarder: "Tessellate", date: "2021" },
    ]);
    expect(strip(profile.certificates)).toEqual([{ name: "BLS Certification", date: "2022-04" }]);
    expect(profile.interests?.map((i) => i.name)).toEqual(["Climbing", "ceramics", "analog photography"]);
    expect(strip(profile.extra)).toEqual([
      { title: "Talks", lines: ['"Boring Kubernetes" — KubeCon EU 2022'] },
    ]);
    expect(strip(profile.references)).toEqual([{ reference: "Available on request." }]);
    expect(profile.volunteer![0]!.source).toEqual({ file: "p.md", line: 4 });
  });
});

describe("projects in outlines", () => {
  it("names at one indent over deeper lines: only a name starts a project; labelled addresses are its url", () => {
    const lines = normalizeLines(
      [
        "    wrenfold",
        "        Folds wide CSV files into narrow ones, column by column.",
        "",
        "        Homepage: www.wrenfold.example",
        "        Repository: https://git.example.org/wrenfold",
        "",
        "    Gannet",
        "        A tide table for the terminal.",
      ].join("\n"),
    );
    const out = parseProjects(lines, "f");
    expect(out.map((p) => [p.name, p.url])).toEqual([
      ["wrenfold", "https://www.wrenfold.example"],
      ["Gannet", undefined],
    ]);
  });

  it("a paragraph before the first project is none, and is handed back", () => {
    const lines = normalizeLines(
      "Most of these are small tools that other people now use too.\n\nGannet — a tide table\nwrenfold — CSV folding\n",
    );
    const lost: ReturnType<typeof normalizeLines> = [];
    expect(parseProjects(lines, "f", lost).map((p) => p.name)).toEqual(["Gannet", "wrenfold"]);
    expect(lost.map((l) => l.text)).toEqual(["Most of these are small tools that other people now use too."]);
  });
});

describe("rules met on template documents", () => {
  it("a project heading ending in an abbreviated month ('Mar. 2021') starts a project", () => {
    const projects = parseProjects(
      L(
        "Quillmark | Rust, Svelte     2022 – Present\n  • Markdown editor with CRDT sync\nTidewatch | Python, FastAPI     Mar. 2021\n  • Tide-table alerting bot",
      ),
      "x",
    );
    expect(projects.map((p) => [p.name, p.startDate, p.highlights])).toEqual([
      ["Quillmark", "2022", ["Markdown editor with CRDT sync"]],
      ["Tidewatch", "2021-03", ["Tide-table alerting bot"]],
    ]);
  });

  it("a language's level with a comma in parentheses stays one language", () => {
    const langs = strip(
      parseLanguages(L("English: Fluent (C1, IELTS 8.0), German (A2)\nNorwegian     Mother tongue"), "x"),
    );
    expect(langs).toEqual([
      { language: "English", fluency: "Fluent (C1, IELTS 8.0)" },
      { language: "German", fluency: "A2" },
      { language: "Norwegian", fluency: "Mother tongue" },
    ]);
  });

  it("a degree may open with a qualifier: 'Integrated Master', 'Executive MBA'", () => {
    expect(splitDegree("Integrated Master in Informatics")).toMatchObject({
      studyType: "Integrated Master",
      area: "Informatics",
    });
    expect(splitDegree("Executive MBA")).toMatchObject({ studyType: "Executive MBA" });
  });

  it("a line ending in a company's legal form ('Hekla Energy hf.') is no sentence", () => {
    expect(isProse("Geothermal Reservoir Engineer, Hekla Energy hf.")).toBe(false);
    expect(isProse("Designed the reinjection schedule for three fields.")).toBe(true);
  });

  it("a table cell '**Title**, Employer' is the title and the employer, not a description", () => {
    const { profile } = parseDocument(
      "# Hedda G\n\n## Experience\n\n| **Geothermal Reservoir Engineer**, Hekla Energy Holdings hf. | 2019–present |\n|---|---|\n\n- Modelled reinjection\n",
      { file: "x.md", format: "markdown" },
    );
    expect(profile.work?.map((w) => [w.name, w.position, w.highlights])).toEqual([
      ["Hekla Energy Holdings hf.", "Geothermal Reservoir Engineer", ["Modelled reinjection"]],
    ]);
  });

  it("a city the gazetteer knows, in the cell beside the school, is the school's place", () => {
    const ed = strip(
      parseEducation(
        L("University of Bergen          Bergen\nBachelor of Science in Chemistry          2009 – 2012"),
        "x",
      ),
    );
    expect(ed).toMatchObject([
      { institution: "University of Bergen", location: "Bergen", startDate: "2009" },
    ]);
  });
});
