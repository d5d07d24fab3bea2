import { describe, expect, it } from "vitest";
import { lexedByMarked } from "../../../src/parse/read/markdown.js";
import { plainInline } from "../../../src/parse/read/plain-inline.js";

/** The reading as data: text and marks (what a Line keeps of it). */
const reading = (i: { text: string; marks: unknown[] }) => ({ text: i.text, marks: i.marks });

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const PIECES = ["*", "**", "***", "`", "``", " ", "  ", "\t", "a", "Bc", "Rust", "1", "42", ":", ",", ".", ";", ")", "(",
  "·", "é", "Ü", "-", "'", '"', "+", "/", "#", "—", "?", "日本", "_", "[", "]", "!", "~", "<", "&", "@", "x.io", "://", "$",
  " a@b.io", "x.y@z.co ", "@c", ".", "a-b@c-d.e"];

describe("plainInline", () => {
  it("reads the common lines as the Markdown lexer does", () => {
    for (const s of [
      "**Stack:** `Go`, `Rust`, `SQL`",
      "*Lead Engineer · Berlin*",
      "`Scala` · `SQL` · `Next.js`",
      "**Languages:** `OCaml`, `Zig`",
      "Built *fast* things (**2x**) in `C++`",
      "plain text, no markup",
      "- **email:** ada.quist.7@example.org",
      "write to a+b@mail-host.io or c@d.co",
    ]) {
      const fast = plainInline(s);
      expect(fast, s).toBeDefined();
      expect(reading(fast!), s).toEqual(reading(lexedByMarked(s)));
    }
    expect(reading(plainInline("**Mail:** a@b.io")!).marks).toEqual([
      { kind: "bold", start: 0, end: 5 },
      { kind: "link", start: 6, end: 12, url: "mailto:a@b.io" },
    ]);
    expect(reading(plainInline("**Stack:** `Go`")!)).toEqual({
      text: "Stack: Go",
      marks: [
        { kind: "bold", start: 0, end: 6 },
        { kind: "code", start: 7, end: 9 },
      ],
    });
  });

  it("leaves links, escapes and unusual emphasis to the lexer", () => {
    for (const s of [
      "[x](https://x.io)",
      "**a@b.io**",
      "`a@b.io`",
      "x **a**b@c.io",
      "a@b.io.",
      "see www.x.io",
      "a \\* b",
      "**a *b* c**",
      "** a**",
      "a**b**",
      "``a``",
      "`a*b`",
    ])
      expect(plainInline(s), s).toBeUndefined();
  });

  it("gives the lexer's reading for every line it reads (generated lines)", () => {
    const next = rng(14);
    let read = 0;
    for (let k = 0; k < 40_000; k++) {
      let s = "";
      const len = 1 + Math.floor(next() * 14);
      for (let p = 0; p < len; p++) s += PIECES[Math.floor(next() * PIECES.length)]!;
      const fast = plainInline(s);
      if (!fast) continue;
      read++;
      expect(reading(fast), JSON.stringify(s)).toEqual(reading(lexedByMarked(s)));
    }
    // (The generator makes enough lines of the fast kinds for the comparison to mean something.)
    expect(read).toBeGreaterThan(5_000);
  });
});
