import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { anyCodePoint } from "../runs.js";
import {
  clipLine,
  lineWidth,
  linkTarget,
  osc8,
  truncate,
  truncatePath,
  visible,
  width,
  wrap,
} from "../../src/tui/text.js";
import { applyMark, sectionDoc } from "../../src/tui/doc.js";
import { monoTheme } from "../../src/tui/theme.js";
import { person } from "./profiles.js";

const plain = (l: { segs: { text: string; open?: string; close?: string }[] }) =>
  l.segs.map((s) => `${s.open ?? ""}${s.text}${s.close ?? ""}`).join("");

describe("text", () => {
  test("visible() removes every control character and keeps the length of tabs and newlines", () => {
    expect(visible("a\tb\nc")).toBe("a b c");
    expect(visible("x\u001b]52;c;AAA\u0007y\u009b2J\u202ez")).not.toMatch(
      /[\u0000-\u001f\u007f-\u009f\u202e]/,
    );
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (s) => {
        expect(visible(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  test("wrap() never exceeds the width and keeps every word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé漢]{1,30}$/), { maxLength: 30 }),
        fc.integer({ min: 4, max: 60 }),
        (words, cols) => {
          const lines = wrap([{ text: words.join(" ") }], cols, { indent: 2, prefix: [{ text: "• " }] });
          for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(cols);
          const joined = lines.map((l) => plain(l).replace(/^\s*(• )?/, "")).join("");
          expect(joined.replace(/\s/g, "")).toBe(words.join("").replace(/\s/g, ""));
        },
      ),
    );
  });

  test("wrap() hangs continuation lines under the bullet text", () => {
    const lines = wrap([{ text: "one two three four five six" }], 14, {
      indent: 2,
      prefix: [{ text: "• " }],
    });
    expect(lines.map(plain)).toEqual(["  • one two", "    three four", "    five six"]);
  });

  test("truncate and clipLine cut with an ellipsis by display width", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("漢字漢字", 5)).toBe("漢字…");
    expect(width(truncate("漢字漢字", 5))).toBeLessThanOrEqual(5);
    const l = clipLine({ segs: [{ text: "hello " }, { text: "world" }] }, 8);
    expect(plain(l)).toBe("hello w…");
  });

  test("truncatePath keeps the end of a path, cut at a separator when one is left", () => {
    expect(truncatePath("cvs/ada.json", 20)).toBe("cvs/ada.json");
    expect(truncatePath("/home/someone/cvs/team/ada.json", 16)).toBe("…/team/ada.json");
    expect(truncatePath("/home/someone/cvs/team/ada.json", 9)).toBe("…ada.json");
    expect(truncatePath("/a/漢字漢字.md", 6)).toBe("…字.md");
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z漢/]{0,40}$/), fc.integer({ min: 1, max: 30 }), (p, cols) => {
        const t = truncatePath(p, cols);
        expect(width(t)).toBeLessThanOrEqual(cols);
        expect(p.endsWith(t.replace(/^…/, ""))).toBe(true);
      }),
    );
  });

  test("links: only http(s) and mailto, shown as the address itself", () => {
    expect(linkTarget("a@b.com", "email")).toBe("mailto:a@b.com");
    expect(linkTarget("example.com/x", "url")).toBe("https://example.com/x");
    expect(linkTarget("https://x.io", "url")).toBe("https://x.io");
    expect(linkTarget("javascript:alert(1)", "url")).toBeUndefined();
    expect(linkTarget("not a url", "url")).toBeUndefined();
    expect(osc8("https://x.io/\u0007\u001b", "x")).toBe("\u001b]8;;https://x.io/\u0007x\u001b]8;;\u0007");
  });
});

describe("section documents", () => {
  test("experience carries field origins so a hit's ranges can be marked", () => {
    const doc = sectionDoc(person("Ada"), "experience", 60, monoTheme);
    const hit = {
      entry: 1,
      field: "roles[0].highlights[1]",
      text: "Tick-to-order latency under 12 μs.",
      ranges: [[14, 21]] as [number, number][],
    };
    const { lines, line } = applyMark(doc.lines, hit);
    expect(line).toBeGreaterThan(0);
    const marked = lines[line]!.segs.filter((s) => s.style === "match").map((s) => s.text);
    expect(marked).toEqual(["latency"]);
  });

  test("a hit on a field that is not drawn as such is found by its words in the entry", () => {
    const doc = sectionDoc(person("Ada"), "experience", 60, monoTheme);
    const { lines, line } = applyMark(doc.lines, {
      entry: 0,
      field: "unknown",
      text: "Rulesets Engine",
      ranges: [[0, 8]],
    });
    expect(line).toBeGreaterThanOrEqual(0);
    expect(lines[line]!.segs.some((s) => s.style === "match" && s.text === "Rulesets")).toBe(true);
  });

  test("every line fits the width, in every section", () => {
    for (const section of [
      "overview",
      "experience",
      "projects",
      "skills",
      "education",
      "interests",
      "other",
    ] as const) {
      for (const cols of [10, 38, 80]) {
        const doc = sectionDoc(person("Ada Lovelace"), section, cols, monoTheme);
        for (const l of doc.lines)
          expect(lineWidth(l), `${section}@${cols}: ${plain(l)}`).toBeLessThanOrEqual(cols);
      }
    }
  });
});

describe("search snippets", () => {
  test("show the text around the first match, from a word start, match marked", async () => {
    const { snippet } = await import("../../src/tui/components/HitList.js");
    const text =
      "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma kafka tau";
    const at = text.indexOf("kafka");
    const line = snippet(
      {
        id: "x",
        section: "experience",
        entry: 0,
        field: "highlights[0]",
        text,
        ranges: [[at, at + 5]],
        score: 0,
      },
      30,
    );
    expect(lineWidth(line)).toBeLessThanOrEqual(30);
    const shown = plain(line);
    expect(shown.startsWith("…")).toBe(true);
    expect(shown).toMatch(/^…[a-z]+ /); // a whole word after the ellipsis
    expect(line.segs.filter((s) => s.style === "match").map((s) => s.text)).toEqual(["kafka"]);
  });
});
