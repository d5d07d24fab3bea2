/**
 * Tables whose header row names the columns, for schools and projects, in each dialect whose
 * reader yields cells (Markdown and plain-text pipe tables, HTML tables, Org, reStructuredText,
 * AsciiDoc): the header row is never an entry, and each row's cells go to the fields their
 * columns name. Invented people, schools and projects.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

type Format = Parameters<typeof parseDocument>[1]["format"];
const parse = (text: string, format: Format = "text", file = "cv") =>
  parseDocument(text, { file, format }).profile;
const schools = (text: string, format?: Format, file?: string) =>
  (parse(text, format, file).education ?? []).map((e) => [
    e.institution ?? null,
    e.studyType ?? null,
    e.endDate ?? null,
  ]);
const projects = (text: string, format?: Format, file?: string) =>
  (parse(text, format, file).projects ?? []).map((p) => [p.name ?? null, p.keywords ?? null]);

describe("a pipe table of schools with a score column", () => {
  const doc = [
    "TARUNIKA VELMURUGAN",
    "tarunika.v@postbox.example | +91 90000 11111",
    "",
    "ACADEMIC QUALIFICATIONS",
    "| Qualification | Board / University                 | Year of Passing | Percentage / CGPA |",
    "|---------------|------------------------------------|-----------------|-------------------|",
    "| B.Tech (IT)   | Kaveri Institute of Technology     | 2019-2023       | 7.9 CGPA          |",
    "| Class XII     | Annapoorna Higher Secondary School | 2019            | 88 %              |",
    "",
    "SKILLS",
    "Java, SQL",
  ].join("\n");

  it("reads the header row as the columns' names, not as a school, in plain text and in Markdown", () => {
    for (const format of ["text", "markdown"] as const) {
      expect(schools(doc, format)).toEqual([
        ["Kaveri Institute of Technology", "B.Tech", "2023"],
        ["Annapoorna Higher Secondary School", "Class XII", "2019"],
      ]);
    }
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => [e.area, e.score])).toEqual([
      ["IT", "7.9 CGPA"],
      [undefined, "88 %"],
    ]);
  });
});

describe("a pipe table of projects", () => {
  const doc = [
    "# Oyelaran Adebimpe",
    "",
    "oyelaran@mailhaven.example",
    "",
    "## Academic Projects",
    "",
    "| Project Name        | Tech Stack          | Summary                                   |",
    "| ------------------- | ------------------- | ----------------------------------------- |",
    "| [Tidemark](https://github.com/oyel/tidemark) | Kotlin, Room | Logs the tides seen from a harbour wall. |",
    "| Lantern Quiz        | Svelte, Supabase    | A quiz game for a school open day.        |",
  ].join("\n");

  it("gives a project per row, named by its name column, with its stack, description and link", () => {
    expect(projects(doc, "markdown")).toEqual([
      ["Tidemark", ["Kotlin", "Room"]],
      ["Lantern Quiz", ["Svelte", "Supabase"]],
    ]);
    const p = parse(doc, "markdown").projects!;
    expect(p[0]!.url).toBe("https://github.com/oyel/tidemark");
    expect(p[1]!.description).toBe("A quiz game for a school open day.");
  });

  it("a header of a name and a description only ('Project | Description') is a header too", () => {
    const two = [
      "# Ilse Marrow",
      "",
      "## Projects",
      "",
      "| Project | Description |",
      "| --- | --- |",
      "| driftwood | A static site generator for recipes |",
      "| owlpost | Sends a digest of RSS feeds by e-mail |",
    ].join("\n");
    expect(parse(two, "markdown").projects?.map((p) => [p.name, p.description])).toEqual([
      ["driftwood", "A static site generator for recipes"],
      ["owlpost", "Sends a digest of RSS feeds by e-mail"],
    ]);
  });
});

describe("HTML tables with a row of <th> cells", () => {
  const doc = [
    "# Mireille Fontanet",
    "",
    "## Education",
    "",
    "<table>",
    "  <tr><th>Diploma</th><th>School</th><th>Years</th><th>Honours</th></tr>",
    "  <tr><td>Licence en Informatique</td><td>Université de Valmorin</td><td>2015 – 2018</td><td>Mention bien</td></tr>",
    "</table>",
    "",
    "## Projects",
    "",
    "<table>",
    "  <tr><th>Title</th><th>Technologies</th><th>Outcome</th></tr>",
    "  <tr><td>Carnet</td><td>Elm, Rust</td><td>Used by two libraries</td></tr>",
    "</table>",
  ].join("\n");

  it("reads the <th> row as the columns' names: a school and a project, each from its row", () => {
    expect(schools(doc, "markdown")).toEqual([["Université de Valmorin", "Licence", "2018"]]);
    expect(parse(doc, "markdown").education![0]!.area).toBe("Informatique");
    expect(projects(doc, "markdown")).toEqual([["Carnet", ["Elm", "Rust"]]]);
    expect(parse(doc, "markdown").projects![0]!.highlights).toEqual(["Used by two libraries"]);
  });
});

describe("tables in Org, reStructuredText and AsciiDoc", () => {
  it("an Org table under its rule", () => {
    const org = [
      "#+TITLE: Halvard Brekke",
      "",
      "* Education",
      "| Degree         | Institution              | Year |",
      "|----------------+--------------------------+------|",
      "| MSc Geophysics | Nordvik University        | 2016 |",
      "* Projects",
      "| Project   | Stack       |",
      "|-----------+-------------|",
      "| fjordmap  | Python, GDAL |",
    ].join("\n");
    expect(schools(org, "text", "cv.org")).toEqual([["Nordvik University", "MSc", "2016"]]);
    expect(projects(org, "text", "cv.org")).toEqual([["fjordmap", ["Python", "GDAL"]]]);
  });

  it("a reStructuredText simple table", () => {
    const rst = [
      "Saoirse Quinlan",
      "===============",
      "",
      "Education",
      "---------",
      "",
      "==============  ========================  ====",
      "Degree          Institution               Year",
      "==============  ========================  ====",
      "BA History      Carrowmore College        2012",
      "==============  ========================  ====",
    ].join("\n");
    expect(schools(rst, "text", "cv.rst")).toEqual([["Carrowmore College", "BA", "2012"]]);
  });

  it("an AsciiDoc table with its header row", () => {
    const adoc = [
      "= Teodor Vasilescu",
      "",
      "== Projects",
      "",
      "|===",
      "|Name |Technologies |Description",
      "",
      "|ferrolog |Rust, Tokio |A log shipper for small servers",
      "|===",
    ].join("\n");
    expect(projects(adoc, "text", "cv.adoc")).toEqual([["ferrolog", ["Rust", "Tokio"]]]);
  });
});

describe("a row of a school table with no header row", () => {
  it("the one cell naming a school is the school, the cell left the qualification", () => {
    const doc = [
      "# Anselmo Ribeira",
      "",
      "## Formación",
      "",
      "<table>",
      "  <tr><td>2009 – 2014</td><td>Ingeniería en Sistemas</td><td>Universidad Austral del Valle</td></tr>",
      "  <tr><td>2003 – 2008</td><td>Bachillerato Científico</td><td>Colegio San Telmo</td><td>Rosario, Argentina</td></tr>",
      "</table>",
    ].join("\n");
    expect(schools(doc, "markdown")).toEqual([
      ["Universidad Austral del Valle", "Ingeniería en Sistemas", "2014"],
      ["Colegio San Telmo", "Bachillerato Científico", "2008"],
    ]);
  });
});

describe("a Markdown table of skills and their levels, and a callout under it", () => {
  const doc = [
    "# Odalys Ferreira-Quist",
    "",
    "odalys@fq.example",
    "",
    "## Skills",
    "",
    "| Skill | Level |",
    "| --- | --- |",
    "| Tableau | ⭐⭐⭐⭐⭐ Expert |",
    "| R | ★★★★☆ Advanced |",
    "| Spark | ⭐⭐⭐⭐ Advanced |",
    "",
    "> [!note]",
    "> Kept in Notion, exported by hand.",
  ].join("\n");

  it("gives the skills grouped by level, no header row, no stars, no callout marker", () => {
    const skills = (parse(doc, "markdown", "cv.md").skills ?? []).map((s) => [s.name, s.keywords]);
    expect(skills).toEqual([
      ["Expert", ["Tableau"]],
      ["Advanced", ["R", "Spark"]],
    ]);
  });
});

describe("an Org table of skill groups between two rules", () => {
  it("keeps its last row, which sits over the closing rule", () => {
    const doc = [
      "#+TITLE: Curriculum Vitae",
      "#+AUTHOR: Benedikt Oyama-Ruiz",
      "#+EMAIL: ben@oyamaruiz.example",
      "",
      "* Skills",
      "",
      "|-----------+-----------------------|",
      "| Languages | Go, Elixir            |",
      "| Tools     | Terraform, Grafana    |",
      "|-----------+-----------------------|",
    ].join("\n");
    const skills = (parse(doc, "text", "cv.org").skills ?? []).map((s) => [s.name, s.keywords]);
    expect(skills).toEqual([
      ["Languages", ["Go", "Elixir"]],
      ["Tools", ["Terraform", "Grafana"]],
    ]);
  });
});
