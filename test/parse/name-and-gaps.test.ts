/**
 * Two general rules met first on Markdown pages: a document with no name line whose e-mail
 * address and site spell the name, and a gap between jobs written as an entry of its own.
 * Invented people.
 */
import { describe, expect, it } from "vitest";
import { nameFromContacts } from "../../src/parse/basics.js";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string) => parseDocument(text, { file: "cv.md", format: "markdown" }).profile;

describe("the name the contact details spell", () => {
  it("no name line: the e-mail's 'first.last' confirmed by the site", () => {
    const cv = [
      "📧 [wendeline.osterhagen@kabelpost.example](mailto:wendeline.osterhagen@kabelpost.example) ·",
      "🌐 [wendelineosterhagen.example](https://wendelineosterhagen.example)",
      "",
      "## Erfahrung",
      "",
      "### Statikerin · Brückenbau Lahnstein GmbH",
      "*Mai 2018 – heute*",
    ].join("\n");
    expect(parse(cv).basics?.name).toBe("Wendeline Osterhagen");
  });

  it("agreement is needed, and the pieces must look like a name", () => {
    const of = (email: string, url?: string, username?: string) =>
      nameFromContacts({
        email,
        ...(url ? { url } : {}),
        ...(username ? { profiles: [{ network: "GitHub", username }] } : {}),
      });
    expect(of("cosmo.vantreight@mail.example", undefined, "cosmovantreight")).toBe("Cosmo Vantreight");
    expect(of("cosmo@vantreight.example")).toBeUndefined();
    expect(of("cosmo@cosmovantreight.example")).toBe("Cosmo Vantreight");
    expect(of("cosmo.vantreight@mail.example")).toBeUndefined(); // one source alone
    expect(of("c.vantreight@mail.example", "https://cvantreight.example")).toBeUndefined(); // an initial
    expect(of("info.desk@infodesk.example")).toBeUndefined(); // a mailbox
    expect(of("cosmo.v2@cosmov2.example")).toBeUndefined(); // digits
  });

  it("a name line, when there is one, wins", () => {
    const cv = "# Ada Quellwater\n\nada.q@quellwater.example · https://adaq.example\n";
    expect(parse(cv).basics?.name).toBe("Ada Quellwater");
  });
});

describe("gaps between jobs", () => {
  it("a gap heading among the jobs, in English, German, French or Spanish, is no job", () => {
    const entry = (head: string, dates: string) => [
      `### ${head}`,
      `*${dates}*`,
      "",
      "Some words about it.",
      "",
    ];
    const cv = [
      "# Corentin Halloway",
      "",
      "## Experience",
      "",
      ...entry("Senior Analyst · Pellingham Water, Leeds", "Mar 2021 – present"),
      ...entry("Career break (travel and a sailing licence)", "Jun 2020 – Feb 2021"),
      ...entry("Analyst · Ormskirk Rail, York", "Jan 2017 – May 2020"),
      ...entry("Elternzeit", "Jan 2016 – Dec 2016"),
      ...entry("Congé parental", "2015 – 2015"),
      ...entry("Año sabático", "2014 – 2014"),
      ...entry("Junior Analyst · Ormskirk Rail, York", "Jan 2012 – Dec 2013"),
    ].join("\n");
    const work = parse(cv).work ?? [];
    expect(work.flatMap((w) => (w.roles ?? [w]).map((r) => r.position))).toEqual([
      "Senior Analyst",
      "Analyst",
      "Junior Analyst",
    ]);
  });

  it("a job whose title only mentions leave stays a job", () => {
    const cv = [
      "# Ottoline Brask",
      "",
      "## Experience",
      "",
      "### Parental Leave Policy Adviser · Halden Council, Oslo",
      "*2019 – present*",
    ].join("\n");
    expect(parse(cv).work?.map((w) => w.name)).toEqual(["Halden Council"]);
    const alone = [
      "# Ottoline Brask",
      "",
      "## Experience",
      "",
      "### Sabbatical Programme Manager",
      "*2019 – present*",
    ];
    expect(parse(alone.join("\n")).work?.map((w) => w.position)).toEqual(["Sabbatical Programme Manager"]);
  });
});
