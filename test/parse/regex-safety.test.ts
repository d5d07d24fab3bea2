/**
 * No regular expression in src/ can backtrack catastrophically: each regex literal (and each
 * `new RegExp("literal")`) is checked with recheck, a ReDoS checker, and one rated vulnerable
 * (exponential or polynomial in the input's length) fails the test with its file:line and the
 * attack string recheck found. The pure-JavaScript backend runs offline (no JVM, no binary).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { regexLiterals } from "./regex-literals.js";

process.env.RECHECK_BACKEND ??= "pure";
const { checkSync } = await import("recheck");

const root = fileURLToPath(new URL("../../", import.meta.url));
// Bounded repetitions ({0,40}) are expanded so that the automaton checker decides them exactly;
// with recheck's defaults they go to its fuzzer, which rates any long bounded run as polynomial.
const PARAMS = { timeout: 5000, maxRepeatCount: 5000, maxNFASize: 2_000_000, maxPatternSize: 5000 } as const;

describe("regex safety", () => {
  const all = regexLiterals(root);

  it("finds the regexes of src/", () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((r) => r.file === "src/parse/basics.ts")).toBe(true);
  });

  it("no regex in src/ is vulnerable to ReDoS", () => {
    const vulnerable: string[] = [];
    for (const r of all) {
      // The g and y flags change where a match starts, not how it backtracks.
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ""), PARAMS);
      if (res.status === "vulnerable")
        vulnerable.push(`${r.file}:${r.line} /${r.source}/${r.flags} is ${res.complexity.summary}; attack: ${res.attack.pattern}`);
    }
    expect(vulnerable, vulnerable.join("\n")).toEqual([]);
  }, 1_200_000);

  it("the checker flags the kinds of regex this test exists for", () => {
    expect(checkSync("^[^.]{2,60}\\.(?:\\s[^.]{2,60}\\.?)+$", "", PARAMS).status).toBe("vulnerable");
    expect(checkSync("[^\\p{L}.'’)-]+$", "u", PARAMS).status).toBe("vulnerable");
    expect(checkSync("\\s{0,40},\\s{0,40}", "", PARAMS).status).toBe("safe");
  });
});
