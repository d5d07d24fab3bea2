/**
 * reStructuredText résumés in other languages: field lists with the field names of their
 * language, a skills table written as a `list-table`, a school line `Degree — School, Year`.
 * Invented people.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string) =>
  parseDocument(text, { file: "cv.rst", format: "text", dialect: "rst" }).profile;

describe("reStructuredText layouts", () => {
  it("field names in French, German and Spanish are contact labels, not a summary or a city", () => {
    const fr = [
      "================",
      "Maëlys Quenneville",
      "================",
      "",
      ":Courriel: maelys@quenneville.example",
      ":Téléphone: +33 6 12 34 56 78",
      ":Lieu: Rennes",
      "",
      "Cartographe et développeuse SIG.",
    ].join("\n");
    const p = parse(fr);
    expect(p.basics).toMatchObject({
      name: "Maëlys Quenneville",
      email: "maelys@quenneville.example",
      phone: "+33 6 12 34 56 78",
      location: { city: "Rennes" },
      summary: "Cartographe et développeuse SIG.",
    });
    const de = [
      "Jorinde Pfaffenrath",
      "===================",
      "",
      ":E-Mail: jorinde@pfaffenrath.example",
      ":Wohnort: Kassel",
      "",
    ].join("\n");
    expect(parse(de).basics).toMatchObject({
      email: "jorinde@pfaffenrath.example",
      location: { city: "Kassel" },
    });
    const es = [
      "Ximena Arrieta Goñi",
      "===================",
      "",
      ":Correo: ximena@arrieta.example",
      ":Ciudad: Pamplona",
      "",
    ].join("\n");
    const q = parse(es).basics;
    expect(q).toMatchObject({ email: "ximena@arrieta.example", location: { city: "Pamplona" } });
    expect(q?.summary).toBeUndefined();
  });

  it("a skills list-table gives a group per row; its header row is no group", () => {
    const cv = [
      "Bartholomew Anyanwu-Lisle",
      "=========================",
      "",
      "Skills",
      "------",
      "",
      ".. list-table::",
      "   :header-rows: 1",
      "",
      "   * - Area",
      "     - Tools",
      "   * - Languages",
      "     - Ada, Fortran",
      "   * - Build",
      "     - Make, CMake",
    ].join("\n");
    expect(parse(cv).skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Ada", "Fortran"]],
      ["Build", ["Make", "CMake"]],
    ]);
  });

  it("'Degree — Cégep …, Year' under a school with a note: both schools read", () => {
    const cv = [
      "Anouk Tremblay-Saïdi",
      "====================",
      "",
      "Formation",
      "=========",
      "",
      "Maîtrise en génie civil — Université de Val-Brûlé, 2019",
      "   Mention d'honneur",
      "",
      "DEC en sciences de la nature — Cégep de Saint-Aubépin, 2013",
    ].join("\n");
    expect(parse(cv).education?.map((e) => [e.institution, e.endDate])).toEqual([
      ["Université de Val-Brûlé", "2019"],
      ["Cégep de Saint-Aubépin", "2013"],
    ]);
  });
});
