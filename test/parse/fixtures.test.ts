/**
 * Résumés of invented people in formats unlike the seeds (LinkedIn PDF export, LaTeX
 * one-pager, Markdown CV, ALL-CAPS plain text, academic CV, scraped web portfolio), each
 * checked against a partial expected profile: objects match key by key, arrays must have
 * the same length with every element matching (so every job and school is listed).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { validateProfile, type Profile } from "../../src/profile/schema.js";
import { subsetDiff } from "./subset.js";

const dir = (sub: string): string => fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));

function parseFixture(name: string): { profile: Profile; text: string } {
  const text = readFileSync(dir("resumes") + name, "utf8");
  const { profile } = parseDocument(text, { file: name, format: name.endsWith(".md") ? "markdown" : "text" });
  return { profile: validateProfile(profile, name), text };
}

const fixtures = readdirSync(dir("resumes")).sort();

describe("subset matcher", () => {
  it("reports missing keys, wrong values and wrong lengths", () => {
    expect(subsetDiff({ a: 1, b: [{ c: "x" }] }, { a: 1, b: [{ c: "x", d: 2 }], e: 3 })).toEqual([]);
    expect(subsetDiff({ a: 1 }, { a: 2 })).toHaveLength(1);
    expect(subsetDiff({ b: [1, 2] }, { b: [1] })).toHaveLength(1);
    expect(subsetDiff({ n: "x" }, {})).toEqual(['$.n: expected "x", got undefined']);
  });
});

describe("fixtures", () => {
  it("has at least six résumés, each with an expected profile", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    const expected = readdirSync(dir("expected"));
    for (const f of fixtures) expect(expected).toContain(f.replace(/\.(txt|md)$/, ".json"));
  });

  for (const name of fixtures) {
    it(`${name} matches its expected profile`, () => {
      const { profile, text } = parseFixture(name);
      const expected: unknown = JSON.parse(
        readFileSync(dir("expected") + name.replace(/\.(txt|md)$/, ".json"), "utf8"),
      );
      expect(subsetDiff(expected, profile)).toEqual([]);
      // Every entry points at a non-blank line of its file.
      const lines = text.split(/\r?\n/);
      for (const key of [
        "work",
        "education",
        "projects",
        "skills",
        "publications",
        "awards",
        "certificates",
      ] as const) {
        for (const e of profile[key] ?? []) {
          expect(e.source?.file).toBe(name);
          expect(lines[(e.source?.line ?? 0) - 1]?.trim(), `${key} source line`).toBeTruthy();
        }
      }
    });
  }
});

describe("fixture details", () => {
  it("LinkedIn export: roles under one company, no page footers, durations dropped", () => {
    const { profile } = parseFixture("linkedin-export.txt");
    const all = JSON.stringify(profile);
    expect(all).not.toMatch(/Page \d of \d|\d years? \d+ months?/);
    expect(profile.work![0]!.roles![0]!.summary).toContain("multi-region Kubernetes platform.");
    const { warnings } = parseDocument(readFileSync(dir("resumes") + "linkedin-export.txt", "utf8"), {
      file: "li.txt",
      format: "text",
    });
    expect(warnings).toContainEqual({
      file: "li.txt",
      line: 35,
      message: 'skipped 2 page footer line(s) such as "Page 1 of 2"',
      severity: "warning",
    });
  });

  it("LaTeX one-pager: math and escapes become plain text", () => {
    const { profile } = parseFixture("latex-onepager.txt");
    const kora = profile.work![0]!;
    expect(kora.highlights![0]).toBe(
      "Designed an idempotent payout API in Go handling ~40k requests/min at p99 < 80 ms",
    );
    expect(kora.highlights![1]).toBe(
      "Reduced reconciliation time from 6 h to 25 min with Kafka Streams & ClickHouse",
    );
    expect(profile.work![1]!.roles![0]!.highlights![1]).toContain("cutting failed updates by 90%");
    expect(profile.projects![1]!.highlights![0]).toContain("≈ 3 μs per decision");
  });

  it("Markdown CV: wrapped bullets are joined, emphasis removed", () => {
    const { profile } = parseFixture("markdown-cv.md");
    const roles = profile.work![0]!.roles!;
    expect(roles[0]!.highlights).toEqual([
      "Shipped Prism, a React component library used by 11 product squads",
      "Cut the main bundle by 38% by moving every package to ESM-only builds",
    ]);
  });

  it("a 'Languages:' group of spoken languages inside Skills becomes languages", () => {
    const { profile } = parseDocument(
      "Jane Roe\n\nSkills\nLanguages: English (native), French (B2)\nFrameworks: React, Vue",
      { file: "x.txt", format: "text" },
    );
    expect(profile.languages).toEqual([
      { language: "English", fluency: "native", source: { file: "x.txt", line: 4 } },
      { language: "French", fluency: "B2", source: { file: "x.txt", line: 4 } },
    ]);
    expect(profile.skills?.map((s) => s.name)).toEqual(["Frameworks"]);
  });

  it("web portfolio: menus, 'Read more' and footers are dropped", () => {
    const { profile } = parseFixture("web-portfolio.txt");
    const all = JSON.stringify(profile);
    expect(all).not.toMatch(/Read more|Skip to content|All rights reserved|<span|&amp;/);
  });
});
