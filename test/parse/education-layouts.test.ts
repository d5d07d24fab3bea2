/**
 * Education layouts met in real résumés, written again with invented people and schools: what
 * each one must give as the school of every degree.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "cv", format }).profile;
const schools = (text: string, format?: "text" | "markdown") =>
  (parse(text, format).education ?? []).map((e) => e.institution ?? null);

describe("education rows written with pipes", () => {
  const doc = [
    "# Irena Volkova",
    "",
    "irena@volkova.example",
    "",
    "## Education",
    "",
    "**MS, Data Science** | Lakeshore Institute of Technology | 2023-2026 (expected)",
    "",
    "**BS, Chemistry (Magna Cum Laude)** | Harbor State University-North Bay | 2021",
    "",
    "**AS, Mathematics** | Pinecrest Community College | 2018",
  ].join("\n");

  it("keeps a date's label with the date and a hyphenated campus with its school; 'AS' is a degree", () => {
    expect(schools(doc, "markdown")).toEqual([
      "Lakeshore Institute of Technology",
      "Harbor State University-North Bay",
      "Pinecrest Community College",
    ]);
    expect(parse(doc, "markdown").education?.map((e) => e.studyType)).toEqual(["MS", "BS", "AS"]);
  });
});

describe("a table of certificates under an education heading", () => {
  it("reads its header row as column names, not as a school", () => {
    const doc = [
      "# Lorenz Haberl",
      "",
      "## Weiterbildung",
      "",
      "| **Jahr**  | **Zertifikat**                 | **Details**        |",
      "| --------- | ------------------------------ | ------------------ |",
      "| Mai 2019  | Kubernetes Administrator       | [Link](https://x.example/1) |",
      "| Juni 2017 | Certified Tester Foundation    | [Link](https://x.example/2) |",
    ].join("\n");
    const edu = parse(doc, "markdown").education ?? [];
    expect(edu.map((e) => e.institution ?? null)).toEqual([null, null]);
    expect(edu.map((e) => e.studyType)).toEqual(["Kubernetes Administrator", "Certified Tester Foundation"]);
  });
});
