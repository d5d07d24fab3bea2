/**
 * General rules found by writing the commonest one-page résumés (Word / Google Docs exports,
 * pdftotext without -layout, GitHub Markdown CVs). Each case is a small invented document.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { normalizeLines } from "../../src/parse/lines.js";
import { splitNamePlace } from "../../src/parse/features.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "x", format }).profile;

describe("a bullet glyph alone on its line (pdftotext without -layout)", () => {
  it("bullets the next line", () => {
    const lines = normalizeLines("Wrote things\n•\nShipped the app\n●\n\nFixed bugs").filter((l) => l.text);
    expect(lines.map((l) => [l.text, l.bullet, l.n])).toEqual([
      ["Wrote things", false, 1],
      ["Shipped the app", true, 3],
      ["Fixed bugs", true, 6],
    ]);
  });
  it("gives a job its highlights", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "EXPERIENCE",
        "Brell Labs",
        "Engineer",
        "Jan 2020 - Present",
        "•",
        "Built the API",
        "•",
        "Ran the",
        "migration",
      ].join("\n"),
    );
    expect(p.work?.[0]?.highlights).toEqual(["Built the API", "Ran the migration"]);
  });
});

describe("name and city run together", () => {
  it("splits off the city before a region code", () => {
    expect(splitNamePlace("Oakridge Cloud San Francisco, CA")).toEqual({
      name: "Oakridge Cloud",
      place: "San Francisco, CA",
    });
    expect(splitNamePlace("Pinecone Logistics Oakland, CA")).toEqual({
      name: "Pinecone Logistics",
      place: "Oakland, CA",
    });
    expect(splitNamePlace("Wasatch Tools Salt Lake City, UT")).toEqual({
      name: "Wasatch Tools",
      place: "Salt Lake City, UT",
    });
    expect(splitNamePlace("Birchway Health Redwood City, CA")).toEqual({
      name: "Birchway Health",
      place: "Redwood City, CA",
    });
    expect(splitNamePlace("Stripe Boston, MA")?.name).toBe("Stripe");
  });
  it("leaves a plain place alone", () => {
    expect(splitNamePlace("San Francisco, CA")).toBeUndefined();
    expect(splitNamePlace("New York, NY")).toBeUndefined();
    expect(splitNamePlace("Silver Spring, MD")).toBeUndefined();
    expect(splitNamePlace("Salt Lake City, UT")).toBeUndefined();
    expect(splitNamePlace("Acme, Austin, TX")).toBeUndefined();
  });
  it("in a work header and an education line", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "Experience",
        "Pinecone Logistics Oakland, CA",
        "DevOps Engineer Aug 2018 – Feb 2022",
        "● Moved CI to Actions",
        "Education",
        "Boston University Boston, MA",
        "B.S. Physics May 2018",
      ].join("\n"),
    );
    expect(p.work?.[0]).toMatchObject({
      name: "Pinecone Logistics",
      position: "DevOps Engineer",
      location: "Oakland, CA",
    });
    expect(p.education?.[0]).toMatchObject({ institution: "Boston University", location: "Boston, MA" });
  });
});

describe("work headers", () => {
  it("'Company | Title | dates' with a team-like company name", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "Work Experience",
        "Holloway Media Group | Data Analyst | 04/2021 – Now",
        "* Built dashboards",
      ].join("\n"),
    );
    expect(p.work?.[0]).toMatchObject({
      name: "Holloway Media Group",
      position: "Data Analyst",
      startDate: "2021-04",
    });
  });
  it("a place alone on the date line after '### Title @ Company'", () => {
    const p = parse(
      [
        "# Ann Rowe",
        "",
        "## Experience",
        "",
        "### Developer @ Kente Labs",
        "*September 2017 to December 2019* · Kumasi",
        "",
        "- Built an API",
      ].join("\n"),
      "markdown",
    );
    expect(p.work?.[0]).toMatchObject({
      name: "Kente Labs",
      position: "Developer",
      location: "Kumasi",
      startDate: "2017-09",
      endDate: "2019-12",
    });
  });
});

describe("headline, education and projects", () => {
  it("'Title — City, Country' under the name", () => {
    const p = parse(
      [
        "# Ann Rowe",
        "**Product Designer** — Lisbon, Portugal",
        "ann@example.com",
        "",
        "## Skills",
        "Figma",
      ].join("\n"),
      "markdown",
    );
    expect(p.basics?.label).toBe("Product Designer");
    expect(p.basics?.location).toMatchObject({ city: "Lisbon", region: "Portugal" });
  });
  it("'; Minor in X' is a note", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "EDUCATION",
        "Utah State University   2017 – 2021",
        "Bachelor of Science in Biology; Minor in Chemistry",
      ].join("\n"),
    );
    expect(p.education?.[0]).toMatchObject({ area: "Biology", notes: ["Minor in Chemistry"] });
  });
  it("a project's 'description (A, B)' gives its stack", () => {
    const p = parse(
      ["Ann Rowe", "", "PROJECTS", "Trailhead — route planner (React, Mapbox)", "- 1,500 weekly users"].join(
        "\n",
      ),
    );
    expect(p.projects?.[0]).toMatchObject({
      name: "Trailhead",
      description: "route planner",
      keywords: ["React", "Mapbox"],
    });
  });
});

describe("code spans side by side", () => {
  it("are a list, alone or after a label", () => {
    const p = parse(
      ["# Ann Rowe", "", "## Skills", "", "`Python` `PyTorch` `SQL`", "", "- **Tools:** `git` · `make`"].join(
        "\n",
      ),
      "markdown",
    );
    expect(p.skills?.flatMap((s) => s.keywords ?? [])).toEqual(["Python", "PyTorch", "SQL", "git", "make"]);
  });
});

describe("a paragraph wrapped before a year", () => {
  it("'2023 roadmap.' finishes the sentence above, no new job", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "EXPERIENCE",
        "Cascade Health, Portland — Senior Researcher",
        "APRIL 2021 - PRESENT",
        "Ran 60 interviews and a diary study that shaped the",
        "2023 roadmap.",
        "",
        "Juniper Books, Seattle — Researcher",
        "JUNE 2018 - MARCH 2021",
        "Set up the research repository.",
      ].join("\n"),
    );
    expect(p.work?.map((w) => w.name)).toEqual(["Cascade Health", "Juniper Books"]);
    expect(p.work?.[0]?.summary).toBe("Ran 60 interviews and a diary study that shaped the 2023 roadmap.");
  });
});

describe("a typographic apostrophe in a degree", () => {
  it("'Master’s Degree in X', 'Bachelor’s in X' are degrees with their area", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "Education",
        "Master’s Degree in Computer Science",
        "Lyon University | 2016 – 2018",
        "Bachelor’s in Economics, Y University, 2014",
      ].join("\n"),
    );
    expect(p.education?.map((e) => [e.studyType, e.area])).toEqual([
      ["Master’s", "Computer Science"],
      ["Bachelor’s", "Economics"],
    ]);
  });
});

describe("a greeting with an emoji as the name line", () => {
  it("'# 👋 Hi, I'm Jo Lee' names Jo Lee", () => {
    const p = parse(
      [
        "# 👋 Hi, I'm Jo Lee",
        "",
        "**Backend Engineer** based in Osaka, Japan.",
        "jo@example.jp",
        "",
        "## Skills",
        "Go, SQL",
      ].join("\n"),
      "markdown",
    );
    expect(p.basics?.name).toBe("Jo Lee");
  });
});

describe("one-line headers with 'at' and a degree with dots", () => {
  it("'Title at Company, Remote | dates' keeps the employer", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "EXPERIENCE",
        "Business Analyst at Magnolia Health, Remote | 2017 to 2020",
        "• Mapped workflows",
        "Analyst at Fenwick Partners, Austin, TX | 2015 to 2017",
      ].join("\n"),
    );
    expect(p.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Magnolia Health", "Business Analyst", "Remote"],
      ["Fenwick Partners", "Analyst", "Austin, TX"],
    ]);
  });
  it("'B.B.A. in Finance' is a degree", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "EDUCATION",
        "Georgia State University, Atlanta, GA — B.B.A. in Finance, May 2017, GPA 3.6",
      ].join("\n"),
    );
    expect(p.education?.[0]).toMatchObject({
      institution: "Georgia State University",
      studyType: "B.B.A.",
      area: "Finance",
      score: "3.6",
    });
  });
});

describe("a skill list wrapped after a comma", () => {
  it("goes on on the next line", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "SKILLS",
        "Languages: Python, Scala, SQL, Java,",
        "Bash",
        "Data: Spark, Kafka,",
        "Snowflake",
      ].join("\n"),
    );
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Python", "Scala", "SQL", "Java", "Bash"]],
      ["Data", ["Spark", "Kafka", "Snowflake"]],
    ]);
  });
});

describe("a one-line degree with dates and honours", () => {
  it("'BSc (Hons) Computing, X University, 2017 - 2021, First Class Honours'", () => {
    const p = parse(
      [
        "Ann Rowe",
        "",
        "Education",
        "",
        "BSc (Hons) Computing, Dublin City University, 2017 - 2021, First Class Honours",
      ].join("\n"),
    );
    expect(p.education?.[0]).toMatchObject({
      institution: "Dublin City University",
      area: "Computing",
      startDate: "2017",
      endDate: "2021",
      notes: ["First Class Honours"],
    });
  });
});
