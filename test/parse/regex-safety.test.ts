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
// First with bounded repetitions ({0,40}) expanded, so that the automaton checker decides them
// exactly (with recheck's defaults they go to its fuzzer, which rates a long bounded run polynomial);
// where that runs out of time or size, with recheck's defaults (its fuzzer finds exponential cases).
const EXACT = { timeout: 1000, maxRepeatCount: 5000, maxNFASize: 2_000_000, maxPatternSize: 5000 } as const;
const FUZZ = { timeout: 1500 } as const;

function verdict(source: string, flags: string) {
  const exact = checkSync(source, flags, EXACT);
  return exact.status === "unknown" ? checkSync(source, flags, FUZZ) : exact;
}

describe("regex safety", () => {
  const all = regexLiterals(root);

  it("finds the regexes of src/", () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((r) => r.file === "src/parse/basics.ts")).toBe(true);
  });

  it("no regex in src/ is vulnerable to ReDoS", () => {
    const vulnerable: string[] = [];
    const undecided: string[] = [];
    for (const r of all) {
      // The g and y flags change where a match starts, not how it backtracks.
      const res = verdict(r.source, r.flags.replace(/[gy]/g, ""));
      if (res.status === "vulnerable")
        vulnerable.push(
          `${r.file}:${r.line} /${r.source}/${r.flags} is ${res.complexity.summary}; attack: ${res.attack.pattern}`,
        );
      else if (res.status === "unknown") undecided.push(`${r.file}:${r.line}`);
    }
    if (undecided.length)
      console.log(`recheck could not decide ${undecided.length} regexes in time: ${undecided.join(" ")}`);
    expect(vulnerable, vulnerable.join("\n")).toEqual([]);
  }, 1_200_000);

  it("the checker flags the kinds of regex this test exists for", () => {
    expect(verdict("^[^.]{2,60}\\.(?:\\s[^.]{2,60}\\.?)+$", "").status).toBe("vulnerable");
    expect(verdict("[^\\p{L}.'’)-]+$", "u").status).toBe("vulnerable");
    expect(verdict("\\s{0,40},\\s{0,40}", "").status).toBe("safe");
  });
});
