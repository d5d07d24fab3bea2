import { describe, expect, it } from "vitest";
import {
  cleanHtml,
  cleanInline,
  cleanLatex,
  cleanMarkdown,
  normalizeLines,
  stripBullet,
} from "../../src/parse/lines.js";

const texts = (s: string) => normalizeLines(s).filter((l) => l.text);

describe("converter leftovers", () => {
  it("LaTeX math and escapes", () => {
    expect(cleanLatex("supporting $\\approx 100$ services")).toBe("supporting ≈ 100 services");
    expect(cleanLatex("(4096 bytes  $\\rightarrow$  64 bytes)")).toBe("(4096 bytes  →  64 bytes)");
    expect(cleanLatex("$p99 \\approx 6.3\\text{ms}$")).toBe("p99 ≈ 6.3ms");
    expect(cleanLatex("to achieve a \\$100 million ARR")).toBe("to achieve a $100 million ARR");
    expect(cleanLatex("Kafka \\& ClickHouse, 90\\%")).toBe("Kafka & ClickHouse, 90%");
    expect(cleanLatex("costs $5 and $10")).toBe("costs $5 and $10");
    expect(cleanLatex("\\textbf{Go} and \\href{https://x.dev}{site}")).toBe("Go and [site](https://x.dev)");
    expect(cleanLatex("p99 $<$ 80 ms")).toBe("p99 < 80 ms");
  });

  it("HTML tags, entities and autolinks", () => {
    expect(cleanHtml('<span class="x">Hi</span> &amp; bye')).toBe(" Hi  & bye");
    expect(cleanHtml("a<br>b<br/>c")).toBe("a\nb\nc");
    expect(cleanHtml("<b>Founder</b> Built")).toBe("**Founder** Built");
    expect(cleanHtml("mail <jane@x.io> or <https://x.io>")).toBe("mail jane@x.io or https://x.io");
    expect(cleanHtml("p99 < 5ms and x > y")).toBe("p99 < 5ms and x > y");
    expect(cleanHtml("&#x41;&#66;&#0;")).toBe("AB ");
  });

  it("Markdown emphasis, links, code", () => {
    const strong: string[] = [];
    const links: { text: string; url: string }[] = [];
    expect(cleanMarkdown("**Prism**, *a* `lib` [site](https://x.io) snake_case_name", strong, links)).toBe(
      "Prism, a lib site snake_case_name",
    );
    expect(strong).toEqual(["Prism"]);
    expect(links).toEqual([{ text: "site", url: "https://x.io" }]);
    expect(cleanMarkdown("Lisp (*various dialects*)")).toBe("Lisp (various dialects)");
    expect(cleanInline("  **x**  ")).toBe("x");
  });
});

describe("bullets", () => {
  it.each([
    "• a",
    "● a",
    "○ a",
    "◦ a",
    "▪ a",
    "‣ a",
    "› a",
    "- a",
    "* a",
    "+ a",
    "– a",
    "① a",
    "1. a",
    "1) a",
    "- ① a",
    "•a",
    "\uF0B7 a",
    "§ a",
  ])("%s", (s) => {
    expect(stripBullet(s)).toEqual({ text: "a", bullet: true });
  });

  it("Word's letter-o bullets before a capital", () => {
    expect(stripBullet("o Built the thing")).toEqual({ text: "Built the thing", bullet: true });
    expect(stripBullet("of course").bullet).toBe(false);
  });

  it("leaves numbers and hyphenated words alone", () => {
    expect(stripBullet("3.3 billion events").bullet).toBe(false);
    expect(stripBullet("-5% cost").bullet).toBe(false);
    expect(stripBullet("**bold** start").bullet).toBe(false);
  });
});

describe("normalizeLines", () => {
  it("keeps source line numbers, headings, bold spans and relative indentation", () => {
    const lines = normalizeLines("\n# Jane Doe\n\n\t## **Work**\n\t\t- nested\n");
    expect(lines.filter((l) => l.text).map((l) => [l.n, l.text, l.heading, l.indent, l.bullet])).toEqual([
      [2, "Jane Doe", 1, 0, false],
      [4, "Work", 2, 4, false],
      [5, "nested", undefined, 8, true],
    ]);
    expect(lines.find((l) => l.n === 4)!.strong).toEqual(["Work"]);
  });

  it("drops page footers, rules and web furniture", () => {
    expect(
      texts("a\nPage 1 of 2\n- 2 -\n---\nRead more →\n© 2024 Jane. All rights reserved.\nb").map(
        (l) => l.text,
      ),
    ).toEqual(["a", "b"]);
  });

  it("splits columns on tabs, wide gaps, table cells and Markdown tables", () => {
    expect(texts("Engineer\tAcme\t2019 - 2020")[0]!.cells).toEqual(["Engineer", "Acme", "2019 - 2020"]);
    expect(texts("Backend Engineer            Mar. 2021 – Present")[0]!.cells).toEqual([
      "Backend Engineer",
      "Mar. 2021 – Present",
    ]);
    expect(texts("<tr><td>2019</td><td><b>SRE</b></td><td>Acme</td></tr>")[0]!.cells).toEqual([
      "2019",
      "SRE",
      "Acme",
    ]);
    const md = texts("| Role | Company |\n|---|---|\n| SRE | Acme |");
    expect(md.map((l) => l.cells)).toEqual([
      ["Role", "Company"],
      ["SRE", "Acme"],
    ]);
  });

  it("turns <br> and <li> in a single column into separate lines", () => {
    const ls = texts("Tidepool<br>An installation<ul><li>one</li><li>two</li></ul>");
    expect(ls.map((l) => [l.text, l.bullet])).toEqual([
      ["Tidepool", false],
      ["An installation", false],
      ["one", true],
      ["two", true],
    ]);
  });

  it("keeps <li> items inside a table cell for the row's entry", () => {
    const [row] = texts("2019–2021\t<b>SRE</b> ① Did a ② Did b: <ul><li>• x</li><li>• y</li></ul>\tAcme");
    expect(row!.cells[2]).toBe("Acme");
    expect(row!.cells[1]).toContain("\n");
    expect(row!.strong).toEqual(["SRE"]);
  });

  it("removes control characters and handles CRLF", () => {
    expect(texts("a\u0007b\r\nc\u200Bd\u202Ee").map((l) => l.text)).toEqual(["ab", "cde"]);
  });

  it("marks setext headings", () => {
    expect(texts("Experience\n==========\nx")[0]!.heading).toBe(1);
  });
});

describe("unpaired bold markers", () => {
  it("a bold span whose closing star is escaped leaves no '**' behind", () => {
    expect(normalizeLines("**Backend engineer*\\* · Rust")[0]!.text).not.toContain("**");
  });
});
