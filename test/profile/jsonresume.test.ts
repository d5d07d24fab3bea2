import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import {
  conformUrl,
  fromJsonResume,
  importJsonResume,
  JSON_RESUME_SECTIONS,
  normaliseDate,
  toJsonResume,
} from "../../src/profile/jsonresume.js";
import { Profile, ProfileError } from "../../src/profile/schema.js";
import { parseDocument } from "../../src/parse/index.js";
import { runs } from "../runs.js";

// ajv-formats is CommonJS: its default export arrives as the module object or the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const root = join(import.meta.dirname, "../..");
const sample = JSON.parse(
  readFileSync("/work/shared/corpus/jsonresume-sample.resume.json", "utf8"),
) as object;
const schema = JSON.parse(
  readFileSync(join(root, "node_modules/@jsonresume/schema/schema.json"), "utf8"),
) as object;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(ok ? [] : validate.errors).toEqual([]);
}

/** A profile using every extension of our model. */
const rich: Profile = {
  basics: {
    name: "Ada Example",
    label: "Systems Engineer",
    tags: ["Rust", "Kafka", "SRE"],
    email: "ada@example.org",
    url: "https://ada.example.org",
    summary: "Builds storage engines.",
    location: { city: "Lisbon", countryCode: "PT" },
    profiles: [{ network: "GitHub", username: "ada", url: "https://github.com/ada" }],
    source: { file: "ada.md", line: 1 },
  },
  work: [
    {
      name: "Streamco",
      position: "Staff Engineer",
      team: "Storage",
      startDate: "2022-12",
      ongoing: true,
      keywords: ["Rust", "Kafka"],
      highlights: ["Cut p99 by 40%"],
      roles: [
        {
          position: "Senior Engineer",
          startDate: "2022-12",
          endDate: "2023-11",
          source: { file: "ada.md", line: 9 },
        },
        { position: "Staff Engineer", startDate: "2023-11", ongoing: true, note: "Promoted Nov '23" },
      ],
      source: { file: "ada.md", line: 8 },
    },
    {
      name: "Oldco",
      position: "Engineer",
      startDate: "2019",
      endDate: "2022-11-30",
      source: { file: "ada.md" },
    },
  ],
  projects: [
    {
      name: "fastq",
      type: "crate",
      metric: "22M downloads",
      keywords: ["Rust"],
      url: "https://crates.io/crates/fastq",
      startDate: "2020-03",
      ongoing: true,
      source: { file: "ada.md", line: 20 },
    },
  ],
  education: [
    {
      institution: "Tech U",
      area: "CS",
      studyType: "BSc",
      startDate: "2013",
      endDate: "2017",
      notes: ["Thesis on B-trees"],
    },
  ],
  skills: [{ name: "Current stack", keywords: ["Rust", "Go"], source: { file: "ada.md", line: 30 } }],
  languages: [{ language: "Portuguese", fluency: "Native" }],
  awards: [{ title: "Best paper", date: "2018-06-01", awarder: "Conf" }],
  extra: [{ title: "Talks", lines: ["Kafka at scale, 2021"], source: { file: "ada.md", line: 40 } }],
};

describe("JSON Resume round trip", () => {
  it("imports the sample and exports it back deep-equal", () => {
    const profile = fromJsonResume(sample, "sample.json");
    expect(toJsonResume(profile)).toStrictEqual(sample);
    // Key order too, section by section, as the sample has it.
    expect(Object.keys(toJsonResume(profile))).toEqual(Object.keys(sample));
  });

  it("import does not modify its input", () => {
    const copy = structuredClone(sample);
    fromJsonResume(copy, "sample.json");
    expect(copy).toStrictEqual(sample);
  });

  it("round-trips our own extensions: export then import gives the profile back, source aside", () => {
    const back = fromJsonResume(JSON.parse(JSON.stringify(toJsonResume(rich))), "x.json");
    const expected = structuredClone(rich) as Record<string, unknown>;
    // What the export leaves out: where entries came from. `ongoing` comes back from "a
    // start date and no end date" on work and roles, and from the export's own flag on the
    // project.
    const strip = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(strip);
      else if (v && typeof v === "object") {
        delete (v as Record<string, unknown>).source;
        Object.values(v).forEach(strip);
      }
    };
    strip(expected);
    expect(back).toStrictEqual(expected);
  });
});

describe("toJsonResume", () => {
  it("removes source everywhere, ongoing where JSON Resume implies it; keeps extensions and the company as work[].name", () => {
    const doc = toJsonResume(rich) as Record<string, any>;
    const text = JSON.stringify(doc);
    expect(text).not.toContain('"source"');
    expect(doc.work[0].ongoing).toBeUndefined();
    // A project has no "current when no end date" reading: its flag is written.
    expect(doc.projects[0].ongoing).toBe(true);
    expect(doc.work[0]).toMatchObject({ name: "Streamco", team: "Storage", startDate: "2022-12" });
    expect(doc.work[0].endDate).toBeUndefined();
    expect(doc.work[0].roles[1]).toStrictEqual({
      position: "Staff Engineer",
      startDate: "2023-11",
      note: "Promoted Nov '23",
    });
    expect(doc.basics.tags).toEqual(["Rust", "Kafka", "SRE"]);
    expect(doc.projects[0].metric).toBe("22M downloads");
    expect(doc.extra).toEqual([{ title: "Talks", lines: ["Kafka at scale, 2021"] }]);
  });

  it("does not modify the profile", () => {
    const copy = structuredClone(rich);
    toJsonResume(copy);
    expect(copy).toStrictEqual(rich);
  });

  it("exports a rich native profile that validates against the JSON Resume schema", () => {
    expectValid(toJsonResume(rich));
  });

  it("with strict, repairs or drops values that break the schema's formats", () => {
    const profile: Profile = {
      basics: {
        name: "B",
        url: "b.example.com/me",
        email: "not an email",
        profiles: [
          { network: "GitHub", url: "github.com/b" },
          { network: "X", url: "" },
        ],
      },
      work: [{ name: "C", url: "http://c.example", startDate: "0999" }],
      projects: [{ name: "P", url: "just words" }],
    };
    expect(validate(toJsonResume(profile))).toBe(false);
    const doc = toJsonResume(profile, { strict: true });
    expectValid(doc);
    expect(doc).toStrictEqual({
      basics: {
        name: "B",
        url: "https://b.example.com/me",
        profiles: [{ network: "GitHub", url: "https://github.com/b" }, { network: "X" }],
      },
      work: [{ name: "C", url: "http://c.example" }],
      projects: [{ name: "P" }],
    });
  });

  it("with strict, the sample (whose empty and scheme-less URLs fail format checks) validates", () => {
    const profile = fromJsonResume(sample, "sample.json");
    expect(validate(toJsonResume(profile))).toBe(false);
    expectValid(toJsonResume(profile, { strict: true }));
  });

  it("conformUrl keeps absolute URLs, adds https to host names, refuses the rest", () => {
    expect(conformUrl("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(conformUrl(" https://x.io/a?b=c ")).toBe("https://x.io/a?b=c");
    expect(conformUrl("www.linkedin.com/in/someone")).toBe("https://www.linkedin.com/in/someone");
    expect(conformUrl("https://ja.wikipedia.org/wiki/日本")).toBe(
      "https://ja.wikipedia.org/wiki/%E6%97%A5%E6%9C%AC",
    );
    expect(conformUrl("")).toBeUndefined();
    expect(conformUrl("http:")).toBeUndefined();
    expect(conformUrl("two words")).toBeUndefined();
  });
});

describe("importJsonResume", () => {
  it("reads keywords written as one comma-separated string as their items, a highlight as one", () => {
    const p = fromJsonResume(
      {
        skills: [{ name: "Data", keywords: "Spark, dbt; Dagster" }],
        education: [{ institution: "U", courses: "HCI, Compilers" }],
        work: [{ name: "W", highlights: "Moved Airflow to Dagster, on time" }],
      },
      "f.json",
    );
    expect(p.skills?.[0]?.keywords).toEqual(["Spark", "dbt", "Dagster"]);
    expect(p.education?.[0]?.courses).toEqual(["HCI", "Compilers"]);
    expect(p.work?.[0]?.highlights).toEqual(["Moved Airflow to Dagster, on time"]);
  });

  it("marks a work entry with a start date and no end date as ongoing, roles too", () => {
    const p = fromJsonResume(
      {
        work: [
          {
            name: "A",
            startDate: "2020-01",
            roles: [
              { position: "x", startDate: "2021" },
              { position: "y", startDate: "2020", endDate: "2021" },
            ],
          },
          { name: "B", startDate: "2018", endDate: "2019" },
          { name: "C" },
        ],
        projects: [{ name: "P", startDate: "2020" }],
      },
      "f.json",
    );
    expect(p.work?.map((w) => w.ongoing)).toEqual([true, undefined, undefined]);
    expect(p.work?.[0]?.roles?.map((r) => r.ongoing)).toEqual([true, undefined]);
    expect(p.projects?.[0]?.ongoing).toBeUndefined();
  });

  it("maps JSON Resume 0.x names: website → url, company → name, picture → image, gpa → score", () => {
    const p = fromJsonResume(
      {
        basics: { name: "Old", website: "http://old.example", picture: "me.png" },
        work: [
          {
            company: "Acme",
            website: "http://acme.example",
            position: "Dev",
            startDate: "2010",
            endDate: "2012",
          },
        ],
        education: [{ institution: "U", gpa: "3.9" }],
      },
      "old.json",
    );
    expect(p.basics).toStrictEqual({ name: "Old", url: "http://old.example", image: "me.png" });
    expect(p.work?.[0]).toStrictEqual({
      name: "Acme",
      url: "http://acme.example",
      position: "Dev",
      startDate: "2010",
      endDate: "2012",
    });
    expect(p.education?.[0]).toStrictEqual({ institution: "U", score: "3.9" });
  });

  it("keeps url when a document has both url and website", () => {
    const p = fromJsonResume(
      { basics: { url: "https://new.example", website: "http://old.example" } },
      "f.json",
    );
    expect(p.basics).toStrictEqual({ url: "https://new.example", website: "http://old.example" });
  });

  it("cuts date-times to dates, pads months, reads present as ongoing", () => {
    const { profile, warnings } = importJsonResume(
      {
        work: [
          { name: "A", startDate: "2019-03-07T10:00:00Z", endDate: "Present" },
          { name: "B", startDate: "2019-3", endDate: "2020-1-5" },
          { name: "C", startDate: 2015, endDate: "" },
        ],
        publications: [{ name: "P", releaseDate: "2014-10-01T00:00:00.000+02:00" }],
      },
      "d.json",
    );
    expect(warnings).toEqual([]);
    expect(profile.work).toStrictEqual([
      { name: "A", startDate: "2019-03-07", ongoing: true },
      { name: "B", startDate: "2019-03", endDate: "2020-01-05" },
      { name: "C", startDate: "2015", ongoing: true },
    ]);
    expect(profile.publications?.[0]?.releaseDate).toBe("2014-10-01");
  });

  it("drops invalid dates with a warning naming the field, and still imports", () => {
    const { profile, warnings } = importJsonResume(
      {
        basics: { name: "D" },
        work: [{ name: "A", startDate: "early on", endDate: "2020-13" }],
        awards: [{ title: "T", date: "2019-02-30" }],
      },
      "d.json",
    );
    expect(profile.work).toStrictEqual([{ name: "A" }]);
    expect(profile.awards).toStrictEqual([{ title: "T" }]);
    expect(warnings).toEqual([
      {
        file: "d.json",
        severity: "warning",
        shown: true,
        message: "work[0].startDate: dropped 'early on': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      },
      {
        file: "d.json",
        severity: "warning",
        shown: true,
        message: "work[0].endDate: dropped '2020-13': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      },
      {
        file: "d.json",
        severity: "warning",
        shown: true,
        message: "awards[0].date: dropped '2019-02-30': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      },
    ]);
  });

  it("an end date given as text ('Spring 2021') is read as the parser reads it; the job stays ended", () => {
    const { profile, warnings } = importJsonResume(
      {
        work: [
          { name: "Seasonco", startDate: "2019", endDate: "Spring 2021" },
          { name: "Vagueco", startDate: "2015", endDate: "a while ago" },
          { name: "Nowco", startDate: "2022", endDate: "Present" },
        ],
        awards: [{ title: "T", date: "June 2018" }],
      },
      "s.json",
    );
    expect(profile.work).toStrictEqual([
      { name: "Seasonco", startDate: "2019", endDate: "2021" },
      // An end was given, unreadable: ended all the same, not a current job.
      { name: "Vagueco", startDate: "2015" },
      { name: "Nowco", startDate: "2022", ongoing: true },
    ]);
    expect(profile.awards).toStrictEqual([{ title: "T", date: "2018-06" }]);
    expect(warnings.map((w) => [w.message, w.shown])).toEqual([
      ["work[0].endDate: read 'Spring 2021' as 2021 (expected YYYY, YYYY-MM or YYYY-MM-DD)", true],
      ["work[1].endDate: dropped 'a while ago': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", true],
      ["awards[0].date: read 'June 2018' as 2018-06 (expected YYYY, YYYY-MM or YYYY-MM-DD)", true],
    ]);
  });

  it("coerces numbers to text and a string to a list; drops what cannot fit, with a warning", () => {
    const { profile, warnings } = importJsonResume(
      {
        basics: { name: "E", phone: 5551234, location: "Berlin" },
        education: [{ institution: "U", score: 4.0 }],
        skills: [{ name: "Langs", keywords: "Rust" }, 42],
      },
      "e.json",
    );
    expect(profile.basics).toStrictEqual({ name: "E", phone: "5551234" });
    expect(profile.education).toStrictEqual([{ institution: "U", score: "4" }]);
    expect(profile.skills).toStrictEqual([{ name: "Langs", keywords: ["Rust"] }]);
    expect(warnings.map((w) => w.message)).toEqual([
      "basics.location: dropped a string 'Berlin': Invalid input: expected object, received string",
      "skills[1]: dropped a number: Invalid input: expected object, received number",
    ]);
  });

  it("drops an entry that lacks a field the model requires, with a warning", () => {
    const { profile, warnings } = importJsonResume(
      { basics: { name: "X" }, extra: [{ lines: ["a"] }, { title: "Talks", lines: ["b"] }] },
      "x.json",
    );
    expect(profile.extra).toStrictEqual([{ title: "Talks", lines: ["b"] }]);
    expect(warnings.map((w) => w.message)).toEqual(["extra[0]: dropped an object: title is missing"]);
  });

  it("refuses what is not a JSON Resume document at all", () => {
    const message = (data: unknown) => {
      try {
        fromJsonResume(data, "n.json");
      } catch (err) {
        expect(err).toBeInstanceOf(ProfileError);
        return (err as Error).message;
      }
      return "no error";
    };
    expect(message([1, 2])).toBe("not a JSON Resume document: the top level is an array, expected an object");
    expect(message(42)).toBe("not a JSON Resume document: the top level is a number, expected an object");
    expect(message(null)).toBe("not a JSON Resume document: the top level is null, expected an object");
    expect(message({})).toBe(
      "not a JSON Resume document: it is an empty object; expected basics, work, education...",
    );
    expect(message({ name: "x", version: 1, dependencies: {}, scripts: {}, main: "y" })).toBe(
      "not a JSON Resume document: its keys are name, version, dependencies, scripts, …; expected basics, work, education...",
    );
  });

  it("normaliseDate accepts only real calendar dates", () => {
    expect(normaliseDate("2024-02-29")).toEqual({ date: "2024-02-29" });
    expect(normaliseDate("2023-02-29")).toEqual({ invalid: true });
    expect(normaliseDate("2023-00")).toEqual({ invalid: true });
    expect(normaliseDate(" 2023 ")).toEqual({ date: "2023" });
    expect(normaliseDate("now")).toEqual({ ongoing: true });
    expect(normaliseDate(true)).toEqual({ invalid: true });
  });
});

describe("properties", () => {
  // Documents with JSON Resume's sections holding anything at all, and entries of the
  // right kind holding anything: what hand-written and machine-made files look like.
  const junk = fc.jsonValue({ maxDepth: 3 });
  const field = fc.oneof(
    junk,
    fc.constantFrom(
      "2019",
      "2019-3",
      "2020-02-30",
      "present",
      "",
      "2021-06-01T10:00:00Z",
      "http://x.example",
    ),
  );
  const entry = fc.dictionary(
    fc.constantFrom(
      "name",
      "position",
      "startDate",
      "endDate",
      "date",
      "releaseDate",
      "url",
      "highlights",
      "keywords",
      "roles",
      "ongoing",
      "source",
      "website",
      "company",
      "institution",
      "title",
    ),
    field,
    { maxKeys: 6 },
  );
  const section = fc.oneof(fc.array(fc.oneof(entry, junk), { maxLength: 3 }), junk);
  const doc = fc.record(
    {
      $schema: field,
      basics: fc.oneof(entry, junk),
      work: section,
      volunteer: section,
      education: section,
      awards: section,
      certificates: section,
      publications: section,
      skills: section,
      projects: section,
      meta: fc.oneof(entry, junk),
      extra: section,
    },
    { requiredKeys: ["work"] },
  );

  it("import never fails on a document with a résumé section, and strict export always validates", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const { profile, warnings } = importJsonResume(d, "p.json");
        expect(Profile.safeParse(profile).success).toBe(true);
        for (const w of warnings) expect(w.message).not.toContain("\n");
        expectValid(toJsonResume(profile, { strict: true }));
      }),
      { numRuns: runs(1500) },
    );
  });

  it("import then export is the identity on what import keeps", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const profile = fromJsonResume(d, "p.json");
        const exported = JSON.parse(JSON.stringify(toJsonResume(profile)));
        // Import kept no section ({"work": {}}: a known key of the wrong kind, dropped): the
        // export names none either, and import refuses it as no résumé at all.
        const known: string[] = [...JSON_RESUME_SECTIONS, "extra"];
        if (!Object.keys(exported).some((k) => known.includes(k))) {
          expect(() => fromJsonResume(exported, "p.json")).toThrow(/not a JSON Resume document/);
          return;
        }
        const again = fromJsonResume(exported, "p.json");
        // Compared as JSON (what a file holds): -0 and 0 are the same number there.
        const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
        expect(json(toJsonResume(again))).toStrictEqual(json(toJsonResume(profile)));
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe("export of parsed documents", () => {
  const seeds = join(root, "seeds");
  const files = readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f));

  it("has seeds to parse", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: the parsed profile has work entries and its export validates", (name) => {
    const text = readFileSync(join(seeds, name), "utf8");
    const { profile } = parseDocument(text, {
      file: name,
      format: name.endsWith(".md") ? "markdown" : "text",
    });
    expect(profile.work?.length ?? 0).toBeGreaterThan(0);
    expect(profile.work?.some((w) => w.name || w.position)).toBe(true);
    const doc = toJsonResume(profile, { strict: true });
    expectValid(doc);
    expect(JSON.stringify(doc)).not.toContain('"source"');
  });

  // The parser's own test documents (varied layouts), when present: exports validate.
  const fixtures = join(root, "test/fixtures/resumes");
  const more = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => /\.(txt|md)$/.test(f)) : [];
  it.each(more)("fixture %s: the export of the parsed profile validates and round-trips", (name) => {
    const text = readFileSync(join(fixtures, name), "utf8");
    const { profile } = parseDocument(text, {
      file: name,
      format: name.endsWith(".md") ? "markdown" : "text",
    });
    const doc = toJsonResume(profile, { strict: true });
    expectValid(doc);
    const again = toJsonResume(fromJsonResume(JSON.parse(JSON.stringify(doc)), name), { strict: true });
    expect(again).toStrictEqual(doc);
  });
});
