import { describe, expect, it } from "vitest";
import { readHtml } from "../../../src/parse/read/html.js";
import { sniffDialect } from "../../../src/parse/read/index.js";

const DOC = `<!DOCTYPE html>
<html><head><title>ignored</title><style>p { color: red }</style></head>
<body>
<h1>Idris <b>Penhallow</b></h1>
<p>Potter at <a href="https://clayworks.test">Clay &amp; Kiln</a><br>Truro</p>
<ul>
  <li>Glazes<ul><li>Celadon</li></ul></li>
</ul>
<script>alert(1)</script>
<table>
  <tr><th>Years</th><th>Studio</th></tr>
  <tr><td>2011&ndash;2015</td><td>Saltmarsh</td></tr>
</table>
<hr>
</body></html>`;

describe("HTML reader", () => {
  it("is sniffed from a doctype", () => {
    expect(sniffDialect(DOC.split("\n"), "x.txt")).toBe("html");
  });

  it("gives block lines, breaks, headings, bullets with depth, rows with cells; drops head, style, script", () => {
    const lines = readHtml(DOC);
    expect(
      lines.map((l) => [l.n, l.text, l.heading, l.bullet ? l.depth : undefined, l.table, l.rule]),
    ).toEqual([
      [4, "Idris Penhallow", 1, undefined, undefined, undefined],
      [5, "Potter at Clay & Kiln", undefined, undefined, undefined, undefined],
      [5, "Truro", undefined, undefined, undefined, undefined],
      [7, "Glazes", undefined, 0, undefined, undefined],
      [7, "Celadon", undefined, 1, undefined, undefined],
      [11, "Years Studio", undefined, undefined, { header: true }, undefined],
      [12, "2011–2015 Saltmarsh", undefined, undefined, { header: false }, undefined],
      [14, "", undefined, undefined, undefined, true],
    ]);
    expect(lines[0]!.strong).toEqual(["Penhallow"]);
    expect(lines[1]!.links).toEqual([{ text: "Clay & Kiln", url: "https://clayworks.test" }]);
    expect(lines[1]!.marks).toEqual([{ kind: "link", start: 10, end: 21, url: "https://clayworks.test" }]);
    expect(lines[6]!.cells).toEqual(["2011–2015", "Saltmarsh"]);
  });
});
