/**
 * No regular expression in src/ can backtrack catastrophically: each regex literal (and each
 * `new RegExp("literal")`) is checked with recheck, a ReDoS checker, and one rated vulnerable
 * (exponential or polynomial in the input's length) fails the test with its file:line and the
 * attack string recheck found. The pure-JavaScript backend runs offline (no JVM, no binary).
 *
 * recheck's checks stop at a wall-clock timeout, so on a busy machine a regex the exact checker
 * decides in a few seconds when idle goes to the fuzzer, which rates a long bounded run
 * (`[ \t]{1,40}(.*)$`) polynomial: the gate's verdict would depend on the load. So the exact
 * checker's verdict, decided with no time limit, is recorded in regex-verdicts.json for each
 * regex it takes over a tenth of a second to decide (`RESUMES_REGEX_RECORD=1 npm run check:regex` writes
 * it): keyed by the regex's flags and source, and by recheck's version, so a changed regex or a
 * new recheck is checked again, live.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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
/** The time the recording run gives the exact checker per regex. */
const RECORD_TIMEOUT = 20_000;

const VERDICTS = fileURLToPath(new URL("./regex-verdicts.json", import.meta.url));
const RECHECK = (createRequire(import.meta.url)("recheck/package.json") as { version: string }).version;
interface Verdicts {
  recheck: string;
  /** `flags/source` of each regex the exact checker rated safe, given all the time it needed. */
  safe: string[];
}
const recorded: Verdicts = JSON.parse(readFileSync(VERDICTS, "utf8")) as Verdicts;
const known = new Set(recorded.recheck === RECHECK ? recorded.safe : []);
const key = (source: string, flags: string): string => `${flags}/${source}`;

function verdict(source: string, flags: string) {
  const exact = checkSync(source, flags, EXACT);
  if (exact.status !== "unknown") return exact;
  if (known.has(key(source, flags))) return { status: "safe" as const };
  return checkSync(source, flags, FUZZ);
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

  it.runIf(process.env.RESUMES_REGEX_RECORD)(
    "records the exact verdicts of the regexes the exact checker is slow on",
    () => {
      const safe = new Set<string>();
      for (const r of all) {
        const flags = r.flags.replace(/[gy]/g, "");
        // (Every regex it takes over a tenth of a second to decide: a busy machine is slower.)
        if (checkSync(r.source, flags, { ...EXACT, timeout: 100 }).status !== "unknown") continue;
        const slow = checkSync(r.source, flags, { ...EXACT, timeout: RECORD_TIMEOUT });
        if (slow.status === "safe" && slow.checker === "automaton") safe.add(key(r.source, flags));
        // (written as it goes: the run is long)
        writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK, safe: [...safe].sort() }, null, 2) + "\n");
      }
      expect(safe.size).toBeGreaterThan(0);
    },
    3_600_000,
  );

  it("the checker flags the kinds of regex this test exists for", () => {
    expect(verdict("^[^.]{2,60}\\.(?:\\s[^.]{2,60}\\.?)+$", "").status).toBe("vulnerable");
    expect(verdict("[^\\p{L}.'’)-]+$", "u").status).toBe("vulnerable");
    expect(verdict("\\s{0,40},\\s{0,40}", "").status).toBe("safe");
  });
});
