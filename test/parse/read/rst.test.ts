import { describe, expect, it } from "vitest";
import { sniffDialect } from "../../../src/parse/read/index.js";
import { brief, read } from "./helpers.js";

const DOC = `==============
Tomasz Wierzba
==============

:Email: tomasz@wierzba.test
:Stack: Elixir, Phoenix,
        PostgreSQL

.. image:: photo.png
   :width: 120

Experience
==========

Ferry tooling, \`Harbourline <https://harbourline.test>\`_
----------------------------------------------------------

* Wrote the **berth planner** for \`Quayside\`_
  * Nested detail with \`\`mix test\`\`

.. _Quayside: https://quayside.test

.. raw:: html

   <div>dropped</div>

+------------+-------------------+
| Years      | School            |
+============+===================+
| 2012-2016  | Baltic Institute  |
|            | of Shipbuilding   |
+------------+-------------------+

=====  ==========
Tool   Level
=====  ==========
Vim    daily
Emacs  never
=====  ==========
`;

describe("reStructuredText reader", () => {
  it("is sniffed from the content", () => {
    expect(sniffDialect(DOC.split("\n"), "notes.txt")).toBe("rst");
  });

  it("reads the title, section levels by order of appearance, fields, lists; drops directives", () => {
    const lines = read(DOC);
    expect(lines.map(brief)).toEqual([
      { n: 2, text: "Tomasz Wierzba", heading: 1 },
      { n: 5, text: "Email: tomasz@wierzba.test" },
      { n: 6, text: "Stack: Elixir, Phoenix, PostgreSQL" },
      { n: 12, text: "Experience", heading: 2 },
      { n: 15, text: "Ferry tooling, Harbourline", heading: 3 },
      { n: 18, text: "Wrote the berth planner for Quayside", depth: 0 },
      { n: 19, text: "Nested detail with mix test", depth: 1 },
      { n: 28, text: "Years School" },
      { n: 30, text: "2012-2016 Baltic Institute of Shipbuilding" },
      { n: 35, text: "Tool Level" },
      { n: 37, text: "Vim daily" },
      { n: 38, text: "Emacs never" },
    ]);
    expect(lines[0]!.title).toBe(true);
    expect(lines.find((l) => l.n === 12)!.title).toBeUndefined();
  });

  it("resolves links, inline and by target, and keeps bold as marks", () => {
    const lines = read(DOC);
    expect(lines.find((l) => l.n === 15)!.links).toEqual([
      { text: "Harbourline", url: "https://harbourline.test" },
    ]);
    const item = lines.find((l) => l.n === 18)!;
    expect(item.strong).toEqual(["berth planner"]);
    expect(item.links).toEqual([{ text: "Quayside", url: "https://quayside.test" }]);
    expect(lines.find((l) => l.n === 19)!.marks).toEqual([{ kind: "code", start: 19, end: 27 }]);
  });

  it("reads grid tables with multi-line cells and simple tables, header rows flagged", () => {
    const lines = read(DOC);
    expect(lines.find((l) => l.n === 28)).toMatchObject({
      cells: ["Years", "School"],
      table: { header: true },
    });
    expect(lines.find((l) => l.n === 30)).toMatchObject({
      cells: ["2012-2016", "Baltic Institute of Shipbuilding"],
      table: { header: false },
    });
    expect(lines.find((l) => l.n === 35)).toMatchObject({
      cells: ["Tool", "Level"],
      table: { header: true },
    });
    expect(lines.find((l) => l.n === 38)).toMatchObject({
      cells: ["Emacs", "never"],
      table: { header: false },
    });
  });

  it("a grid table used for layout keeps its list items apart", () => {
    const doc = `Kai Ostrander\n-------------\n\n:Email: kai@ostrander.test\n\n+------+----------------------+\n| 2015 | BSc Botany           |\n|      |                      |\n|      | - Thesis on mosses   |\n|      | - Herbarium helper   |\n+------+----------------------+\n`;
    const lines = read(doc, "cv.rst");
    expect(lines.filter((l) => l.table).map((l) => [l.n, l.cells, l.bullet])).toEqual([
      [7, ["2015", "BSc Botany"], false],
      [9, ["Thesis on mosses"], true],
      [10, ["Herbarium helper"], true],
    ]);
  });

  it("an item goes on over the lines indented under it, and a bold span may close on the next line", () => {
    const doc = [
      "Kai Ostrander",
      "-------------",
      "",
      "Seasonal post with **Northern Office of",
      "Peatland Survey**, Tromsø.",
      "",
      "- Mapped the bog cores and logged",
      "  their depths by hand",
      "- Kept the herbarium",
      "",
    ].join("\n");
    const lines = read(doc, "cv.rst");
    expect(lines.map((l) => [l.n, l.text, l.bullet])).toEqual([
      [1, "Kai Ostrander", false],
      [4, "Seasonal post with Northern Office of Peatland Survey, Tromsø.", false],
      [7, "Mapped the bog cores and logged their depths by hand", true],
      [9, "Kept the herbarium", true],
    ]);
    expect(lines[1]!.strong).toEqual(["Northern Office of Peatland Survey"]);
  });

  it("reads list-table and csv-table directives as table rows, header rows flagged", () => {
    const doc = [
      "Kompetenzen",
      "===========",
      "",
      ".. list-table:: Werkzeuge",
      "   :header-rows: 1",
      "   :widths: 30 70",
      "",
      "   * - Bereich",
      "     - Werkzeuge",
      "   * - Sprachen",
      "     - Haskell, OCaml,",
      "       Scala",
      "   * - Datenbanken",
      "     - SQLite",
      "",
      ".. csv-table::",
      '   :header: "Tool", "Since"',
      "",
      '   "Nix, Guix", 2019',
      "   Bazel, 2021",
      "",
      "After the tables.",
    ].join("\n");
    const rows = read(doc, "cv.rst")
      .filter((l) => l.table)
      .map((l) => [l.n, l.cells, l.table!.header]);
    expect(rows).toEqual([
      [8, ["Bereich", "Werkzeuge"], true],
      [10, ["Sprachen", "Haskell, OCaml, Scala"], false],
      [13, ["Datenbanken", "SQLite"], false],
      [17, ["Tool", "Since"], true],
      [19, ["Nix, Guix", "2019"], false],
      [20, ["Bazel", "2021"], false],
    ]);
    expect(read(doc, "cv.rst").at(-1)!.text).toBe("After the tables.");
  });
});
