import { describe, expect, it } from "vitest";
import type { Skipped } from "../../../src/parse/line.js";
import { readLines } from "../../../src/parse/read/index.js";
import { read } from "./helpers.js";

describe("plain text from PDFs and word processors", () => {
  it("joins a word hyphenated at the line end, keeping the next line's number and a compound's hyphen", () => {
    const lines = read("Wenna Trask\n\nTuned the kiln oper-\nation schedule and cross-\nfunctional rotas\n");
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [1, "Wenna Trask"],
      [3, "Tuned the kiln operation"],
      [4, "schedule and cross-functional"],
      [5, "rotas"],
    ]);
  });

  it("a soft hyphen between spaces is a range dash, elsewhere it prints nothing", () => {
    const lines = read("Wenna Trask\nSep. 2021 \u00AD Mar. 2023\nCo\u00ADowner of a kiln\n");
    expect(lines.map((l) => l.text)).toEqual(["Wenna Trask", "Sep. 2021 – Mar. 2023", "Coowner of a kiln"]);
  });

  it("gives back the column gap a converter dropped before a date or a place at the line end", () => {
    const lines = read(
      "Wenna Trask\n\nExperience\nGlazeworks CollectiveTruro, UK\nKiln TechnicianMarch 2019 - Present\nMcKinley Potteries\n",
    );
    expect(lines.map((l) => l.cells)).toEqual([
      ["Wenna Trask"],
      ["Experience"],
      ["Glazeworks Collective", "Truro, UK"],
      ["Kiln Technician", "March 2019 - Present"],
      ["McKinley Potteries"],
    ]);
  });

  it("removes Word's HYPERLINK field codes", () => {
    const lines = read('Wenna Trask\n HYPERLINK "mailto:wenna@trask.test" wenna@trask.test\n');
    expect(lines.map((l) => l.text)).toEqual(["Wenna Trask", "wenna@trask.test"]);
  });

  it("skips 'Last updated' lines and running footers as page furniture, with their line numbers", () => {
    const doc = [
      "Wenna Trask",
      "Last updated on 3rd May 2024",
      "",
      "EXPERIENCE",
      "Potter, Slipware Co  2019 – 2022",
      "",
      "April 2, 2025",
      "",
      "Wenna Trask · Résumé",
      "",
      "1",
      "",
      "SKILLS",
      "Throwing",
      "",
      "April 2, 2025",
      "",
      "Wenna Trask · Résumé",
      "",
      "2",
      "",
    ].join("\n");
    const skipped: Skipped[] = [];
    const lines = readLines(doc, skipped, "cv.txt").filter((l) => l.text);
    expect(lines.map((l) => l.text)).toEqual([
      "Wenna Trask",
      "EXPERIENCE",
      "Potter, Slipware Co 2019 – 2022",
      "SKILLS",
      "Throwing",
    ]);
    expect(skipped.map((s) => [s.n, s.text])).toEqual([
      [2, "Last updated on 3rd May 2024"],
      [7, "April 2, 2025"],
      [9, "Wenna Trask · Résumé"],
      [16, "April 2, 2025"],
      [18, "Wenna Trask · Résumé"],
      [11, "1"],
      [20, "2"],
    ]);
  });

  it("a title line 'Name — CV' at the top is not a footer", () => {
    expect(read("Wenna Trask — CV\nwenna@trask.test\n").map((l) => l.text)).toEqual([
      "Wenna Trask — CV",
      "wenna@trask.test",
    ]);
  });

  it("form feeds give pages, line numbers unchanged; ZWJ sequences survive", () => {
    const lines = read("Wenna Trask 👩\u200D💻\nPotter\n\fSKILLS\nThrowing\n");
    expect(lines.map((l) => [l.n, l.page, l.text])).toEqual([
      [1, 1, "Wenna Trask 👩\u200D💻"],
      [2, 1, "Potter"],
      [3, 2, "SKILLS"],
      [4, 2, "Throwing"],
    ]);
  });
});
