/**
 * Robustness: random strings and mutated documents (lines shuffled, deleted, duplicated,
 * random unicode/control characters inserted) always parse into a valid profile without an
 * internal failure; large and adversarial inputs parse too (no regex blow-ups). No timings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { validateProfile, type Profile } from "../../src/profile/schema.js";
import { runs, anyCodePoint } from "../runs.js";

const seedDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const fixtureDir = fileURLToPath(new URL("../fixtures/resumes/", import.meta.url));
const docs = [
  ...readdirSync(seedDir).map((f) => readFileSync(seedDir + f, "utf8")),
  ...readdirSync(fixtureDir).map((f) => readFileSync(fixtureDir + f, "utf8")),
];

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const MARKUP = /\*\*|<\/?(?:b|strong|span|br|td|tr|li|ul|table)(?:\s[^<>]*)?\/?>/i;

/**
 * Every string in the profile is trimmed, non-empty and free of control characters and
 * markup: the strings that are not, by path. (One assertion per profile: an `expect` per
 * string cost half as much CPU as the parse itself.)
 */
function badStrings(value: unknown, path = "$", out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value !== value.trim()) out.push(`${path} is not trimmed: ${JSON.stringify(value)}`);
    if (value.length === 0) out.push(`${path} is empty`);
    if (CONTROL.test(value)) out.push(`${path} has a control character`);
    if (MARKUP.test(value)) out.push(`${path} has markup: ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => badStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) badStrings(v, `${path}.${k}`, out);
  return out;
}

/** Model rules: an ongoing entry has no end date; every entry's source names the file. */
function badModel(value: unknown, path = "$", out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => badModel(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (o.ongoing === true && o.endDate !== undefined) out.push(`${path} is ongoing with an end date`);
    if (o.source && (o.source as { file?: string }).file !== "doc.txt")
      out.push(`${path} has the source ${JSON.stringify(o.source)}`);
    for (const [k, v] of Object.entries(o)) if (k !== "source") badModel(v, `${path}.${k}`, out);
  }
  return out;
}

function check(text: string, format: "text" | "markdown" = "text"): Profile {
  const { profile, warnings } = parseDocument(text, { file: "doc.txt", format });
  expect(() => validateProfile(profile)).not.toThrow();
  for (const w of warnings) {
    expect(w.severity).toBe("warning");
    expect(w.file).toBe("doc.txt");
    expect(w.message).not.toMatch(/^could not parse|not a valid profile/);
  }
  expect(badStrings(profile)).toEqual([]);
  expect(badModel(profile)).toEqual([]);
  return profile;
}

const lineOps = (lines: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
        fc.record({ op: fc.constant("dup" as const), at: fc.nat() }),
        fc.record({ op: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
        fc.record({
          op: fc.constant("insert" as const),
          at: fc.nat(),
          pos: fc.nat(),
          text: fc.string({ unit: anyCodePoint, maxLength: 8 }),
        }),
        fc.record({
          op: fc.constant("control" as const),
          at: fc.nat(),
          pos: fc.nat(),
          code: fc.integer({ min: 0, max: 0x9f }),
        }),
      ),
      { maxLength: 25 },
    )
    .map((ops) => {
      const out = [...lines];
      for (const o of ops) {
        if (out.length === 0) break;
        const i = o.at % out.length;
        if (o.op === "delete") out.splice(i, 1);
        else if (o.op === "dup") out.splice(i, 0, out[i]!);
        else if (o.op === "swap") {
          const j = o.to % out.length;
          [out[i], out[j]] = [out[j]!, out[i]!];
        } else {
          const line = out[i]!;
          const p = o.pos % (line.length + 1);
          const ins = o.op === "insert" ? o.text : String.fromCharCode(o.code);
          out[i] = line.slice(0, p) + ins + line.slice(p);
        }
      }
      return out.join("\n");
    });

describe("parseDocument on arbitrary input", () => {
  it("random strings (any unicode) give a valid profile", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 400 }), (s) => void check(s)),
      { numRuns: runs(300) },
    );
  });

  it("random résumé-ish lines give a valid profile", () => {
    const word = fc.constantFrom(
      "Experience",
      "EDUCATION",
      "Skills:",
      "## Projects",
      "- ",
      "• ",
      "2019 – present",
      "Mar 2016 - May 2017",
      "03/2019",
      "Engineer",
      "at",
      "Acme",
      ",",
      " | ",
      " · ",
      "Summer 2013",
      "(2011 - 2016)",
      "<b>",
      "</b>",
      "<td>",
      "\t",
      "$\\approx 3$",
      "**",
      "[x](http://x.io)",
      "a@b.co",
      "+1 555 123 4567",
      "Page 1 of 2",
      "①",
      "University",
      "B.Sc.",
      "GPA: 3.9/4",
      "Joined Jan '22",
      "crate · 1M downloads",
      "Expert",
      "Python, Go",
      "\n",
      "\n\n",
      "   ",
      "Jan '26 → present",
    );
    const doc = fc.array(word, { maxLength: 120 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(doc, (s) => void check(s, "markdown")),
      { numRuns: runs(300) },
    );
  });

  docs.forEach((doc, k) => {
    it(`mutations of document #${k} (shuffled, deleted, duplicated lines, inserted characters) give a valid profile`, () => {
      fc.assert(
        fc.property(lineOps(doc.split("\n")), (s) => void check(s)),
        { numRuns: runs(60, 10) },
      );
    });
  });
});

describe("large and adversarial documents", () => {
  it("parses a 10,000-line document and finds its entries", () => {
    const base = readFileSync(seedDir + "staff-engineer.txt", "utf8").split("\n");
    const lines: string[] = [];
    while (lines.length < 10_000) lines.push(...base);
    const profile = check(lines.slice(0, 10_000).join("\n"));
    expect(profile.work!.length).toBeGreaterThan(100);
  });

  it("parses pathological lines (long runs of separators, digits, markup, dates)", () => {
    const n = 20_000;
    const cases = [
      " ".repeat(n) + "x",
      "-".repeat(n),
      "2019-".repeat(n / 5),
      "2019 – 2020 ".repeat(n / 12),
      "a".repeat(n) + "@",
      "a@" + "a.".repeat(n / 2),
      "$".repeat(n),
      "$\\" + "a".repeat(n),
      "<".repeat(n),
      "<b " + "x".repeat(n),
      "*".repeat(n),
      "_a".repeat(n / 2),
      "[".repeat(n / 2) + "](".repeat(n / 4),
      "+1 " + "2 ".repeat(n / 2),
      "Jan '".repeat(n / 5),
      "E X P E R I E N C E ".repeat(n / 20),
      "\t".repeat(n) + "2019",
      "http://" + "a".repeat(n),
      "www." + "a.".repeat(n / 2) + "com",
      "#".repeat(n),
      "1. ".repeat(n / 3),
      "&#" + "9".repeat(n) + ";",
      "— ".repeat(n / 2) + "Experience",
      "P R I YA   ".repeat(n / 11),
      "Jo Doe – Resume" + " ".repeat(n) + "Page 2",
      "Jo" + " -".repeat(n / 2) + " Page 2",
      "Project #1: " + "x ".repeat(n / 2),
      ": ".repeat(n / 2),
      "Skills\n" + ": a\n".repeat(n / 4),
      "Figma" + " ".repeat(n) + "●●●●○",
      "Experience (continued)".repeat(n / 22),
      "exp. ".repeat(n / 5) + "2025",
      "Belo Horizonte" + " -".repeat(n / 2) + " MG",
    ];
    for (const c of cases) check(c);
    check(cases.join("\n"));
  });
});
