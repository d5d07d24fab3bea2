import { describe, expect, it } from "vitest";
import { sniffDialect } from "../../../src/parse/read/index.js";
import { brief, read } from "./helpers.js";

const DOC = `[[oona-brightwater]]
Oona Brightwater
----------------

[[contact]]
Contact
~~~~~~~

* Web: https://brightwater.test[brightwater.test]
* Mail: mailto:oona@brightwater.test[oona@brightwater.test]

[[work]]
Work
~~~~

*Cartographer* at https://mapmakers.test[Mapmakers Guild] +
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

_March 2016 - Present_ with ^1^ footnote

Tools:: QGIS, _ink_
`;

describe("AsciiDoc reader", () => {
  it("is sniffed from a .txt file's content", () => {
    expect(sniffDialect(DOC.split("\n"), "resume.txt")).toBe("asciidoc");
  });

  it("reads underlined titles (the first one the document title), drops anchors, reads links and marks", () => {
    const lines = read(DOC);
    expect(lines.map(brief)).toEqual([
      { n: 2, text: "Oona Brightwater", heading: 2 },
      { n: 6, text: "Contact", heading: 3 },
      { n: 9, text: "Web: brightwater.test", depth: 0 },
      { n: 10, text: "Mail: oona@brightwater.test", depth: 0 },
      { n: 13, text: "Work", heading: 3 },
      { n: 16, text: "Cartographer at Mapmakers Guild", heading: 4 },
      { n: 19, text: "March 2016 - Present with footnote" },
      { n: 21, text: "Tools: QGIS, ink" },
    ]);
    expect(lines[0]!.title).toBe(true);
    expect(lines[1]!.title).toBeUndefined();
    const job = lines.find((l) => l.n === 16)!;
    expect(job.strong).toEqual(["Cartographer"]);
    expect(job.links).toEqual([{ text: "Mapmakers Guild", url: "https://mapmakers.test" }]);
    expect(lines.find((l) => l.n === 10)!.links).toEqual([
      { text: "oona@brightwater.test", url: "mailto:oona@brightwater.test" },
    ]);
  });

  it("reads '=' titles, attributes, lists with depth and tables", () => {
    const doc = `= Pell Arundel\n:email: pell@arundel.test\n:toc: left\n\n== Skills\n\n* Languages\n** Welsh\n\n[cols="1,2"]\n|===\n| Year | Place\n\n| 2020 | Cardiff\n|===\n`;
    const lines = read(doc);
    expect(lines.map((l) => [l.n, l.text, l.heading, l.title, l.depth, l.table])).toEqual([
      [1, "Pell Arundel", 1, true, undefined, undefined],
      [2, "Email: pell@arundel.test", undefined, undefined, undefined, undefined],
      [5, "Skills", 2, undefined, undefined, undefined],
      [7, "Languages", undefined, undefined, 0, undefined],
      [8, "Welsh", undefined, undefined, 1, undefined],
      [12, "Year Place", undefined, undefined, undefined, { header: true }],
      [14, "2020 Cardiff", undefined, undefined, undefined, { header: false }],
    ]);
  });

  it("a plain-text CV decorated with '== HEADING ==' is not AsciiDoc", () => {
    const doc =
      "Rana Quist\n\n== SKILLS ==\nGo, Rust\n\n== EXPERIENCE ==\nBaker, Crumb Ltd\n\n== EDUCATION ==\nBA, Leeds\n";
    expect(sniffDialect(doc.split("\n"), "cv.txt")).toBe("text");
  });

  it("reads the header's contact attributes as contact lines, other attributes as settings", () => {
    const doc =
      "= Thandi Nkosi\n:email: thandi@example.org\n:phone: +27 82 555 0101\n:homepage: https://thandi.example.org\n:linkedin: https://www.linkedin.com/in/thandin\n:toc!:\n:icons: font\n\n== Skills\n\nGo\n";
    expect(read(doc, "cv.adoc").map((l) => l.text)).toEqual([
      "Thandi Nkosi",
      "Email: thandi@example.org",
      "Phone: +27 82 555 0101",
      "Web: https://thandi.example.org",
      "LinkedIn: https://www.linkedin.com/in/thandin",
      "Skills",
      "Go",
    ]);
  });
});
