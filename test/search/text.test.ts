import { describe, expect, it } from "vitest";
import { fold, maxErrors, prefixDistance, tokens } from "../../src/search/text.js";
import { parseQuery } from "../../src/search/query.js";

const pd = (q: string, t: string, k: number) => {
  const r = prefixDistance(q, t, k);
  return r < 0 ? null : { dist: r >> 10, len: r & 1023 };
};

describe("fold", () => {
  it("lower-cases and drops diacritics, one unit out per unit in", () => {
    for (const [a, b] of [
      ["München", "munchen"],
      ["ÅNGSTRÖM", "angstrom"],
      ["İstanbul", "istanbul"],
      ["東京🚀Rust", "東京🚀rust"],
    ] as const) {
      expect(fold(a)).toBe(b);
      expect(fold(a).length).toBe(a.length);
    }
  });
});

describe("tokens", () => {
  it("keeps node.js, c++, c#, don't whole; splits on - and /", () => {
    expect(tokens(fold("Node.js, C++ & C# don't real-time CI/CD")).map((t) => t.text)).toEqual([
      "node.js",
      "c++",
      "c#",
      "don't",
      "real",
      "time",
      "ci",
      "cd",
    ]);
    const [t] = tokens("  rust");
    expect(t).toEqual({ text: "rust", start: 2, end: 6 });
  });
});

describe("prefixDistance", () => {
  it("counts a swap of two letters as one typo", () => {
    expect(pd("rsut", "rust", 1)).toEqual({ dist: 1, len: 4 });
    expect(pd("kafak", "kafka", 1)).toEqual({ dist: 1, len: 5 });
  });

  it("matches the beginning of a longer word; prefers the whole word at equal distance", () => {
    expect(pd("kube", "kubernetes", 1)).toEqual({ dist: 0, len: 4 });
    expect(pd("kubernets", "kubernetes", 2)).toEqual({ dist: 1, len: 10 });
  });

  it("says no beyond the budget", () => {
    expect(pd("rust", "java", 1)).toBeNull();
    expect(pd("abcd", "xyzw", 3)).toBeNull();
  });

  it("typo budget grows with the term", () => {
    expect([1, 2, 3, 5, 6, 9, 10, 20].map(maxErrors)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe("parseQuery", () => {
  it("reads operators, quotes and OR groups", () => {
    expect(parseQuery(`rust 'ex =Go ^pre suf$ !java "two words" | ^"a b"`)).toEqual([
      [
        { op: "fuzzy", negate: false, text: "rust" },
        { op: "include", negate: false, text: "ex" },
        { op: "exact", negate: false, text: "go" },
        { op: "prefix", negate: false, text: "pre" },
        { op: "suffix", negate: false, text: "suf" },
        { op: "include", negate: true, text: "java" },
        { op: "include", negate: false, text: "two words" },
      ],
      [{ op: "prefix", negate: false, text: "a b" }],
    ]);
  });

  it("drops empty terms and groups with only negations", () => {
    expect(parseQuery("  ' = ^ ")).toEqual([]);
    expect(parseQuery("!java | rust")).toEqual([[{ op: "fuzzy", negate: false, text: "rust" }]]);
  });
});
