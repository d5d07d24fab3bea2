/**
 * Export then re-import is the identity on the profile: a document loaded as a user loads it
 * (the loader's reader for its format), exported as `resumes export` writes it (JSON Resume,
 * strict), and that export loaded again, gives the same profile back. Only `source` (where
 * each entry came from: the exported file is another file) may differ.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadBytes } from "../../src/library/load-file.js";
import type { TextFormat } from "../../src/library/formats/index.js";
import { jsonText } from "../../src/print/json.js";
import { toJsonResume } from "../../src/profile/jsonresume.js";
import type { Profile } from "../../src/profile/schema.js";
import { runs } from "../runs.js";

const root = join(import.meta.dirname, "../..");

function load(text: string, file: string, format: TextFormat): Profile | undefined {
  const loaded = loadBytes(new TextEncoder().encode(text), file, format);
  return "entry" in loaded ? loaded.entry.profile : undefined;
}

/** What `resumes export WHO` writes for one profile. */
function exported(profile: Profile): string {
  return jsonText(toJsonResume(profile, { strict: true }));
}

function withoutSource(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSource);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== "source")
        .map(([k, x]) => [k, withoutSource(x)]),
    );
  return v;
}

/** import(export(p)) for a loaded profile; fails the test when the export does not load. */
function again(profile: Profile): Profile {
  const back = load(exported(profile), "exported.json", "jsonresume");
  expect(back, `the export did not load:\n${exported(profile)}`).toBeDefined();
  return back!;
}

function expectRoundTrip(profile: Profile): void {
  expect(withoutSource(again(profile))).toStrictEqual(withoutSource(profile));
}

const FORMAT_OF: Record<string, TextFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".json": "jsonresume",
  ".yaml": "yaml",
  ".yml": "yaml",
};

function documents(dir: string): [string, string, TextFormat][] {
  return readdirSync(dir)
    .map((f) => [f, FORMAT_OF[/\.[a-z]+$/.exec(f)?.[0] ?? ""]] as const)
    .filter((x): x is readonly [string, TextFormat] => x[1] !== undefined)
    .map(([f, format]) => [f, readFileSync(join(dir, f), "utf8"), format]);
}

describe("export then import is the identity on the profile", () => {
  const seeds = documents(join(root, "seeds"));
  const fixtures = documents(join(root, "test/fixtures/resumes"));

  it("has seeds and fixtures to try", () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each([...seeds, ...fixtures].map(([f, text, format]) => ({ f, text, format })))(
    "$f",
    ({ f, text, format }) => {
      const profile = load(text, f, format);
      if (profile) expectRoundTrip(profile);
    },
  );

  it("a job dated only '2019' stays ended; a school or project '2023 – present' stays ongoing", () => {
    const profile = load(
      JSON.stringify({
        basics: { name: "Wren Example" },
        work: [
          { name: "Oneyear Ltd", startDate: "2019", ongoing: false },
          { name: "Nowco", startDate: "2024-02" },
          { name: "Datelessco", ongoing: true },
        ],
        education: [{ institution: "Tech U", startDate: "2023", endDate: "present" }],
        projects: [{ name: "tool", startDate: "2023", ongoing: true }],
      }),
      "w.json",
      "jsonresume",
    )!;
    expect(profile.work!.map((w) => w.ongoing)).toEqual([undefined, true, true]);
    expect(profile.education![0]!.ongoing).toBe(true);
    const back = again(profile);
    expect(back.work!.map((w) => w.ongoing)).toEqual([undefined, true, true]);
    expect(back.education![0]!.ongoing).toBe(true);
    expect(back.projects![0]!.ongoing).toBe(true);
    // Other JSON Resume readers see a current job where the export has no end date.
    const doc = JSON.parse(exported(profile)) as { work: Record<string, unknown>[] };
    expect(doc.work.map((w) => w.ongoing)).toEqual([false, undefined, true]);
  });

  it("the seed's roles with a start date only (Dec '22, Jun '23) come back as they were", () => {
    const [, text, format] = seeds.find(([f]) => f === "utkarsh-gupta.txt")!;
    const profile = load(text, "utkarsh-gupta.txt", format)!;
    const roles = profile.work!.flatMap((w) => w.roles ?? []);
    const open = roles.filter((r) => r.startDate && !r.endDate && !r.ongoing);
    expect(open.length).toBeGreaterThan(0);
    const back = again(profile).work!.flatMap((w) => w.roles ?? []);
    expect(back.map((r) => r.ongoing)).toEqual(roles.map((r) => r.ongoing));
  });

  // Generated documents, loaded as a user loads them (JSON or YAML), then round-tripped.
  // URLs, e-mail addresses and dates are ones the JSON Resume schema's formats accept: the
  // export repairs the others on purpose (so that it validates; see toJsonResume's strict).
  const year = fc.integer({ min: 1000, max: 2999 }).map(String);
  const date = fc.oneof(
    year,
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    fc.constantFrom("2020-02-29", "2019-12-31", "present", "", "Spring 2021", "2021-06-01T10:00:00Z"),
  );
  const words = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("Ada", "07700 900123", "  spaced  ", "é 中文", "a\u202eb", "line\nbreak"),
  );
  const url = fc.constantFrom("https://x.example/a", "http://x.example", "mailto:ada@example.org");
  const email = fc.constantFrom("ada@example.org", "a.b+c@x.example");
  const dated = {
    startDate: date,
    endDate: date,
    ongoing: fc.boolean(),
    name: words,
    position: words,
    url,
  };
  const entry = fc.record(dated, { requiredKeys: [] });
  const work = fc.record(
    { ...dated, roles: fc.array(fc.record(dated, { requiredKeys: [] }), { maxLength: 2 }) },
    { requiredKeys: [] },
  );
  const doc = fc.record(
    {
      basics: fc.record({ name: words, email, phone: words, url, label: words }, { requiredKeys: [] }),
      work: fc.array(work, { maxLength: 3 }),
      volunteer: fc.array(entry, { maxLength: 2 }),
      education: fc.array(
        fc.record(
          { institution: words, studyType: words, startDate: date, endDate: date, ongoing: fc.boolean() },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      projects: fc.array(entry, { maxLength: 2 }),
      awards: fc.array(fc.record({ title: words, date }, { requiredKeys: [] }), { maxLength: 2 }),
      skills: fc.array(
        fc.record({ name: words, keywords: fc.array(words, { maxLength: 3 }) }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
      meta: fc.record({ version: words }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  it("for generated JSON Resume documents", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const profile = load(JSON.stringify(d), "g.json", "jsonresume");
        if (profile) expectRoundTrip(profile);
      }),
      { numRuns: runs(2000, 200) },
    );
  });

  it("for generated YAML documents", () => {
    fc.assert(
      fc.property(doc, (d) => {
        // YAML's flow syntax is JSON's: the same documents through the YAML reader.
        const profile = load(JSON.stringify(d, null, 1), "g.yaml", "yaml");
        if (profile) expectRoundTrip(profile);
      }),
      { numRuns: runs(1000, 100) },
    );
  });
});

describe("a work entry's description", () => {
  it("stays JSON Resume's own under `work`; is the summary under a synonym (`experience`)", () => {
    const own = load(
      '{"work": [{"name": "Acme", "description": "A rocket maker"}]}',
      "own.json",
      "jsonresume",
    );
    expect(own?.work?.[0]).toMatchObject({ name: "Acme", description: "A rocket maker" });
    const other = load(
      "experience:\n  - employer: Acme\n    description: Built rockets\n",
      "other.yaml",
      "yaml",
    );
    expect(other?.work?.[0]).toMatchObject({ name: "Acme", summary: "Built rockets" });
    const list = load(
      '{"work": [{"name": "Acme", "description": ["Built", "Flew"]}]}',
      "l.json",
      "jsonresume",
    );
    expect(list?.work?.[0]).toMatchObject({ name: "Acme", highlights: ["Built", "Flew"] });
  });
});
