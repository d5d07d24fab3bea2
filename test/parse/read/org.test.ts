import { describe, expect, it } from "vitest";
import { readLines, sniffDialect } from "../../../src/parse/read/index.js";
import { brief, read } from "./helpers.js";

const DOC = `#+TITLE: Ilse Varnhagen
#+SUBTITLE: Glass restorer
#+OPTIONS: toc:nil num:nil
#+LaTeX_HEADER: \\usepackage{tabu}
#+INCLUDE: "header.org"
{{{HEADER}}}

#+begin_export html
<script>track("x")</script>
<p>Contact: <a href="mailto:ilse@varnhagen.test">ilse@varnhagen.test</a></p>
#+end_export

* Experience
  :PROPERTIES:
  :CUSTOM_ID: work
  :END:
** TODO Lead restorer, [[https://kilnworks.test][Kilnworks]]  :work:
   - Rebuilt *two* rose windows with /lead-free/ solder and ~kiln-12~
     - Second level note
   - Skills :: leading, =cold painting=

| Year | Workshop |
|------+----------|
| 2019 | Vetro Nord |
`;

describe("Org-mode reader", () => {
  it("is sniffed from the content of a .txt file", () => {
    expect(sniffDialect(DOC.split("\n"), "cv.txt")).toBe("org");
  });

  it("reads title, headlines, lists with depth and tables; drops settings, drawers, macros and scripts", () => {
    const lines = read(DOC);
    expect(lines.map(brief)).toEqual([
      { n: 1, text: "Ilse Varnhagen", heading: 1 },
      { n: 2, text: "Glass restorer" },
      { n: 10, text: "Contact: ilse@varnhagen.test" },
      { n: 13, text: "Experience", heading: 1 },
      { n: 17, text: "Lead restorer, Kilnworks", heading: 2 },
      { n: 18, text: "Rebuilt two rose windows with lead-free solder and kiln-12", depth: 0 },
      { n: 19, text: "Second level note", depth: 1 },
      { n: 20, text: "Skills: leading, cold painting", depth: 0 },
      { n: 22, text: "Year Workshop" },
      { n: 24, text: "2019 Vetro Nord" },
    ]);
    expect(lines[0]!.title).toBe(true);
    expect(lines[1]!.title).toBeUndefined();
    expect(lines.every((l) => l.dialect === "org")).toBe(true);
  });

  it("a run of stars that opens no emphasis is markup, not text", () => {
    const lines = read("#+TITLE: Ada Lin\n\n* Projects\n!** quillmark\nA note with *bold* and 3 ** 2.\n");
    expect(lines.map((l) => l.text)).toEqual([
      "Ada Lin",
      "Projects",
      "! quillmark",
      "A note with bold and 3 2.",
    ]);
  });

  it("keeps links and emphasis as marks with offsets into the text", () => {
    const lines = read(DOC);
    const job = lines.find((l) => l.n === 17)!;
    expect(job.links).toEqual([{ text: "Kilnworks", url: "https://kilnworks.test" }]);
    expect(job.marks).toEqual([{ kind: "link", start: 15, end: 24, url: "https://kilnworks.test" }]);
    const item = lines.find((l) => l.n === 18)!;
    expect(item.strong).toEqual(["two"]);
    expect(item.marks!.map((m) => [m.kind, item.text.slice(m.start, m.end)])).toEqual([
      ["bold", "two"],
      ["italic", "lead-free"],
      ["code", "kiln-12"],
    ]);
    expect(lines.find((l) => l.n === 10)!.links).toEqual([
      { text: "ilse@varnhagen.test", url: "mailto:ilse@varnhagen.test" },
    ]);
  });

  it("flags the table's header row and gives cells", () => {
    const lines = read(DOC);
    expect(lines.find((l) => l.n === 22)).toMatchObject({
      cells: ["Year", "Workshop"],
      table: { header: true },
    });
    expect(lines.find((l) => l.n === 24)).toMatchObject({
      cells: ["2019", "Vetro Nord"],
      table: { header: false },
    });
  });

  it("reports the settings it dropped", () => {
    const skipped: { n: number; why: string }[] = [];
    readLines(DOC, skipped as never, "cv.org");
    expect(skipped.map((s) => [s.n, s.why])).toEqual([
      [3, "front matter"],
      [4, "front matter"],
      [5, "front matter"],
    ]);
  });

  it("reads an entry's properties drawer into its headline: where over the role and when", () => {
    const doc = [
      "#+TITLE: Aino Virtanen",
      "* Experience",
      "** Backend Developer",
      "   :PROPERTIES:",
      "   :COMPANY:  Revontuli Oy",
      "   :LOCATION: Oulu, Finland",
      "   :FROM:     <2017-08>",
      "   :TO:       [2021-02-28 Sun]",
      "   :END:",
      "** Kuura Labs",
      "   :PROPERTIES:",
      "   :TITLE:  Intern",
      "   :DATES:  2016",
      "   :END:",
      "** Hobbies",
      "   :PROPERTIES:",
      "   :CUSTOM_ID: hobbies",
      "   :END:",
    ].join("\n");
    expect(read(doc, "cv.org").map((l) => [l.n, l.cells, l.heading])).toEqual([
      [1, ["Aino Virtanen"], 1],
      [2, ["Experience"], 1],
      [3, ["Revontuli Oy", "Oulu, Finland"], undefined],
      [3, ["Backend Developer", "2017-08 – 2021-02-28"], undefined],
      [10, ["Kuura Labs"], undefined],
      [10, ["Intern", "2016"], undefined],
      [15, ["Hobbies"], 2],
    ]);
  });
});
