/**
 * Lines longer than a reader looks at (src/parse/read/source.ts, MAX_LINE): cut on a character
 * boundary, never inside a surrogate pair or a grapheme, and said in a warning with the line;
 * a long table row is read as rows of whole cells, so no cell is lost.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadBytes } from "../../src/library/load-file.js";
import { parseDocument } from "../../src/parse/index.js";
import { MAX_LINE, graphemeCut, sourceLines } from "../../src/parse/read/source.js";
import { runs } from "../runs.js";

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const HEAD = "# Ilse Osk\n\nilse@example.org\n\n## Skills\n\n";

describe("graphemeCut", () => {
  it("never splits a surrogate pair, an emoji sequence or a letter with its accents", () => {
    const a = "a".repeat(MAX_LINE - 1);
    expect(graphemeCut(`${a}😀b`, MAX_LINE)).toBe(MAX_LINE - 1);
    expect(graphemeCut(`${a}b😀`, MAX_LINE)).toBe(MAX_LINE);
    // 👩🏽‍💻 is 7 UTF-16 units: it goes whole or not at all.
    expect(graphemeCut(`${"a".repeat(MAX_LINE - 3)}👩🏽‍💻z`, MAX_LINE)).toBe(MAX_LINE - 3);
    expect(graphemeCut(`${a}e\u0301\u0302x`, MAX_LINE)).toBe(MAX_LINE - 1);
    // A pile of combining marks longer than any grapheme window: still a code point boundary.
    expect(graphemeCut(`${"a".repeat(MAX_LINE - 100)}${"\u0301".repeat(99)}😀😀`, MAX_LINE)).toBe(
      MAX_LINE - 1,
    );
    expect(graphemeCut("short", MAX_LINE)).toBe(5);
  });

  it("any text: the cut is within the bound and leaves no lone surrogate", () => {
    const unit = fc.constantFrom("a", " ", "é", "e\u0301", "😀", "👩🏽‍💻", "🇬🇧", "\u0301", "|");
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 300 }),
        (units, max) => {
          const s = units.join("");
          const at = graphemeCut(s, max);
          expect(at).toBeLessThanOrEqual(Math.max(max, 0));
          expect(LONE.test(s.slice(0, at))).toBe(false);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});

describe("a line longer than the reader looks at", () => {
  it("is cut before an emoji, not inside it, and the cut is said with its line", () => {
    const doc = `${HEAD}${"k".repeat(MAX_LINE - 1)}😀 tail\n`;
    const { profile, warnings } = parseDocument(doc, { file: "cv.md", format: "markdown" });
    expect(LONE.test(JSON.stringify(profile))).toBe(false);
    expect(JSON.stringify(profile)).not.toContain("\\ud83d");
    expect(JSON.stringify(profile)).not.toContain("\ufffd");
    expect(warnings.filter((w) => w.message.startsWith("line cut"))).toEqual([
      {
        file: "cv.md",
        line: 7,
        message: "line cut at 5,000 characters (it has 5,006); the rest of it is not read",
        severity: "warning",
      },
    ]);
  });

  it("several long lines: the first with its line, the others counted", () => {
    const long = "w".repeat(MAX_LINE + 10);
    const { warnings } = parseDocument(`Ilse Osk\n${long}\n${long}\nilse@example.org\n${long}\n`, {
      file: "cv.txt",
      format: "text",
    });
    expect(warnings.filter((w) => w.message.startsWith("line cut")).map((w) => [w.line, w.message])).toEqual([
      [
        2,
        "line cut at 5,000 characters (it has 5,010); the rest of it is not read; 2 more such line(s), from line 3",
      ],
    ]);
  });

  it("the loader's profile of such a file is valid strict JSON (no lone surrogate)", () => {
    const r = loadBytes(Buffer.from(`${HEAD}${"k".repeat(MAX_LINE - 1)}😀\n`), "cv.md", "markdown");
    expect("entry" in r).toBe(true);
    const json = JSON.stringify("entry" in r ? r.entry.profile : {});
    expect(LONE.test(json)).toBe(false);
    // Nor half an emoji made U+FFFD: the emoji goes whole.
    expect(json).not.toContain("\ufffd");
    expect(json).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/);
  });
});

describe("a table row longer than the reader looks at", () => {
  const cells = Array.from({ length: 10_000 }, (_, i) => `Tool${i}`);
  const doc = `${HEAD}| Area | Tools |\n|---|---|\n| ${cells.join(" | ")} |\n`;

  it("is split into rows of whole cells: none of its 10,000 cells is lost", () => {
    const src = sourceLines(doc);
    const parts = [src.lines[8]!, ...src.rows.get(8)!];
    expect(parts.every((p) => p.length <= MAX_LINE && p.startsWith("|") && p.endsWith("|"))).toBe(true);
    expect(parts.join("").match(/Tool\d+/g)).toEqual(cells);

    const { profile, warnings } = parseDocument(doc, { file: "cv.md", format: "markdown" });
    const found = new Set(JSON.stringify(profile).match(/Tool\d+/g));
    expect(found.size).toBe(10_000);
    expect(warnings.filter((w) => w.message.startsWith("table row")).map((w) => [w.line, w.message])).toEqual(
      [
        [
          9,
          `table row of ${doc.split("\n")[8]!.length.toLocaleString("en")} characters read as ${parts.length} rows of at most 5,000`,
        ],
      ],
    );
  });

  it("a reader that does not read table rows that way (Org) cuts it, and says so", () => {
    const { warnings } = parseDocument(`#+TITLE: Ilse Osk\n* Skills\n| ${cells.join(" | ")} |\n`, {
      file: "cv.org",
      format: "text",
      dialect: "org",
    });
    expect(warnings.filter((w) => /^line cut|^table row/.test(w.message)).map((w) => w.line)).toEqual([3]);
    expect(warnings.some((w) => w.message.startsWith("line cut at 5,000 characters"))).toBe(true);
  });
});
