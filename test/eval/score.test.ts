// The port of the corpus scorer (scripts/eval) against score.py's rules, on small invented
// expected/parsed pairs (invented people and companies; no corpus text). Each expected
// figure is worked out by hand from the rule it tests, in the comment beside it.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../scripts/eval/corpus.js";
import { checksInvented, inventedFlags } from "../../scripts/eval/invented.js";
import { fixed, leadingYear, repr } from "../../scripts/eval/python.js";
import { inventedPyLines, scorePyLines, summarize } from "../../scripts/eval/report.js";
import {
  f1,
  inset,
  jobs,
  kindOf,
  norm,
  readTruth,
  score,
  year,
  type Truth,
} from "../../scripts/eval/score.js";

/** A truth where nothing applies; each test sets the fields it is about. */
const none: Truth = { name: null, email: null, work: "NA", education: "NA", projects: null, skills: null };

describe("norm", () => {
  it("applies NFKC, drops soft hyphens and zero-width spaces, makes quotes and dashes plain", () => {
    expect(norm("Ｍｉｒａ Ｆｅｎｗｉｃｋ")).toBe("mira fenwick");
    expect(norm("Quill\u00adworks Lab\u200bs")).toBe("quillworks labs");
    expect(norm("\u201cTeal\u201d O\u2019Dare \u2013 Ops \u2014 Lead")).toBe('"teal" o\'dare - ops - lead');
  });

  it("collapses white space (tabs, no-break spaces, line breaks) and lower-cases", () => {
    expect(norm("  Brindle\t\u00a0 Harbour\n Co  ")).toBe("brindle harbour co");
  });

  it("strips ` .,;:|*_` and backticks at both ends only", () => {
    expect(norm("**Acme Widgets, Inc.**")).toBe("acme widgets, inc");
    expect(norm("| `Foo_Bar` |")).toBe("foo_bar");
    expect(norm("_a.b_")).toBe("a.b");
  });

  it("gives null for null, the empty string and a value made only of stripped characters", () => {
    expect(norm(null)).toBeNull();
    expect(norm(undefined)).toBeNull();
    expect(norm("")).toBeNull();
    expect(norm(" *.* ")).toBeNull();
  });
});

describe("inset and f1", () => {
  it("matches one of the accepted spellings after normalising both", () => {
    expect(inset("Quillworks Ltd.", ["Quillworks", "quillworks ltd"])).toBe(true);
    expect(inset("Quillworks Labs", ["Quillworks", "Quillworks Ltd"])).toBe(false);
  });

  it("lets null in the list accept a missing or empty value, and only that", () => {
    expect(inset(undefined, [null, "Quillworks"])).toBe(true);
    expect(inset("", [null])).toBe(true);
    expect(inset("**", [null])).toBe(true);
    expect(inset("Quillworks", [null])).toBe(false);
    expect(inset(undefined, ["Quillworks"])).toBe(false);
  });

  it("computes F1 from matched/parsed/expected, null when both are empty", () => {
    // p = 1/2, r = 1/3: 2 * (1/2) * (1/3) / (5/6) = 0.4
    expect(f1({ matched: 1, parsed: 2, expected: 3 })).toBeCloseTo(0.4, 12);
    expect(f1({ matched: 0, parsed: 0, expected: 2 })).toBe(0);
    expect(f1({ matched: 0, parsed: 3, expected: 0 })).toBe(0);
    expect(f1({ matched: 0, parsed: 0, expected: 0 })).toBeNull();
  });

  it("reads the year a date starts with, any decimal digits, as Python's \\d and int()", () => {
    expect(year("2019-03")).toBe(2019);
    expect(year("2019")).toBe(2019);
    expect(year("03/2019")).toBeNull();
    expect(year("")).toBeNull();
    expect(year(undefined)).toBeNull();
    expect(leadingYear("\u0662\u0660\u0661\u0669")).toBe(2019); // Arabic-Indic digits
  });
});

describe("score: missing output", () => {
  it("scores 0 on every field that applies, n/a where the truth is null or NA", () => {
    const t: Truth = {
      name: ["Mira Fenwick"],
      email: null,
      work: [{ company: ["Quillworks"], position: ["Engineer"], start: 2019 }],
      education: "NA",
      projects: [["Lanternfish"]],
      skills: [],
    };
    const r = score(t, null);
    expect(r).toMatchObject({ name: 0, email: null, work: 0, edu: null, proj: 0, skills: 0, overall: 0 });
    // an empty skills list still applies when the output is missing (score.py's `in (None, "NA")`)
    expect(r.counts.work).toEqual({ matched: 0, parsed: 0, expected: 1 });
  });

  it("has no overall when no field applies", () => {
    expect(score(none, null).overall).toBeNull();
    expect(score(none, {}).overall).toBeNull();
  });
});

describe("score: work", () => {
  const alder = { company: ["Alder & Finch", "Alder and Finch"], position: ["Data Engineer"], start: 2018 };

  it("matches company, position and start year together", () => {
    const t: Truth = { ...none, work: [alder] };
    const d = (name: string, position: string, startDate?: string) => ({
      work: [{ name, position, ...(startDate ? { startDate } : {}) }],
    });
    expect(score(t, d("Alder and Finch", "Data Engineer", "2018-05")).work).toBe(1);
    expect(score(t, d("Alder and Finch", "Data Engineer", "2017-05")).work).toBe(0); // wrong year
    expect(score(t, d("Alder and Finch", "Data Engineer")).work).toBe(0); // no year
    expect(score(t, d("Alder & Finch Boston", "Data Engineer", "2018")).work).toBe(0); // glued place
  });

  it('is n/a for "NA" work, whatever was parsed, and leaves the overall to the other fields', () => {
    const t: Truth = { ...none, name: ["Mira Fenwick"], work: "NA" };
    const r = score(t, { basics: { name: "Mira Fenwick" }, work: [{ name: "Made Up Co", position: "CEO" }] });
    expect(r.work).toBeNull();
    expect(r.counts.work).toBeUndefined();
    expect(r.overall).toBe(1);
  });

  it("accepts a missing company where the list holds null", () => {
    const t: Truth = {
      ...none,
      work: [{ company: [null], position: ["Freelance Illustrator"], start: 2015 }],
    };
    expect(score(t, { work: [{ position: "Freelance Illustrator", startDate: "2015" }] }).work).toBe(1);
    expect(
      score(t, { work: [{ name: "", position: "Freelance Illustrator", startDate: "2015" }] }).work,
    ).toBe(1);
    expect(
      score(t, { work: [{ name: "Studio Vell", position: "Freelance Illustrator", startDate: "2015" }] })
        .work,
    ).toBe(0);
  });

  it("makes one unit per role, with the job's company, and a null start matching a missing date", () => {
    const t: Truth = {
      ...none,
      work: [
        { company: ["Quillworks"], position: ["Engineer"], start: 2016 },
        { company: ["Quillworks"], position: ["Senior Engineer"], start: 2019 },
        { company: ["Quillworks"], position: ["Staff Engineer"], start: null },
      ],
    };
    const d = {
      work: [
        {
          name: "Quillworks",
          position: "ignored when there are roles",
          startDate: "2016",
          roles: [
            { position: "Engineer", startDate: "2016-01" },
            { title: "Senior Engineer", startDate: "2019-07" }, // `title` when no `position`
            { position: "Staff Engineer" },
            { position: "Principal Engineer", startDate: "2023" }, // not in the truth
          ],
        },
      ],
    };
    expect(jobs(d).map((u) => [u.company, u.position, u.start])).toEqual([
      ["Quillworks", "Engineer", 2016],
      ["Quillworks", "Senior Engineer", 2019],
      ["Quillworks", "Staff Engineer", null],
      ["Quillworks", "Principal Engineer", 2023],
    ]);
    // 3 of 4 parsed units match, all 3 expected are found: p = 3/4, r = 1, F1 = 1.5 / 1.75 = 6/7
    const r = score(t, d);
    expect(r.work).toBeCloseTo(6 / 7, 12);
    expect(r.counts.work).toEqual({ matched: 3, parsed: 4, expected: 3 });
  });

  it("counts an empty roles list as the job itself", () => {
    expect(jobs({ work: [{ name: "Quillworks", position: "Engineer", roles: [] }] })).toEqual([
      { company: "Quillworks", position: "Engineer", start: null },
    ]);
  });

  it("counts volunteer positions, the company from organization (or name when it is empty)", () => {
    const t: Truth = {
      ...none,
      work: [
        { company: ["Harbour Food Bank"], position: ["Driver"], start: 2012 },
        { company: ["Coastline Choir"], position: ["Treasurer"], start: 2014 },
      ],
    };
    const d = {
      volunteer: [
        { organization: "Harbour Food Bank", position: "Driver", startDate: "2012-09" },
        { organization: "", name: "Coastline Choir", position: "Treasurer", startDate: "2014" },
      ],
    };
    expect(score(t, d).work).toBe(1);
  });

  it("matches greedily, each parsed unit taking the first truth entry it fits (as score.py)", () => {
    const t: Truth = {
      ...none,
      work: [
        { company: ["Quillworks", "Quillworks Labs"], position: ["Engineer"], start: 2020 },
        { company: ["Quillworks"], position: ["Engineer"], start: 2020 },
      ],
    };
    const d = {
      work: [
        { name: "Quillworks", position: "Engineer", startDate: "2020" },
        { name: "Quillworks Labs", position: "Engineer", startDate: "2020" },
      ],
    };
    // The first unit takes entry 0; the second fits only entry 0, already used: 1 of 2 each way.
    // (An optimal assignment would find 2.) p = r = 1/2, F1 = 1/2.
    expect(score(t, d).work).toBe(0.5);
  });
});

describe("score: education, projects, name, email", () => {
  it("counts only parsed entries with an institution, and the same school twice for two degrees", () => {
    const t: Truth = {
      ...none,
      education: [["Wexmoor University"], ["Wexmoor University"], ["Tallis College"]],
    };
    const d = {
      education: [
        { institution: "Wexmoor University", studyType: "BSc" },
        { studyType: "MSc" }, // no institution: not counted as parsed
        { institution: "Wexmoor University" },
        { institution: "Zeitraum" },
      ],
    };
    // 2 matched of 3 parsed and 3 expected: p = r = 2/3, F1 = 2/3
    const r = score(t, d);
    expect(r.edu).toBeCloseTo(2 / 3, 12);
    expect(r.counts.edu).toEqual({ matched: 2, parsed: 3, expected: 3 });
  });

  it("counts a project without a name as parsed; it matches only a null spelling", () => {
    const t: Truth = { ...none, projects: [["Lanternfish"], ["Moth Lamp", "moth-lamp"]] };
    expect(score(t, { projects: [{ name: "moth-lamp" }, { description: "a thing" }] }).proj).toBe(0.5);
    expect(score({ ...none, projects: [[null]] }, { projects: [{ description: "a thing" }] }).proj).toBe(1);
  });

  it("scores name and email 1 or 0, reading basics (absent basics is no name)", () => {
    const t: Truth = { ...none, name: ["Mira Fenwick", "Mira J. Fenwick"], email: ["mira@fenwick.example"] };
    expect(score(t, { basics: { name: "MIRA J. FENWICK", email: "Mira@Fenwick.example" } })).toMatchObject({
      name: 1,
      email: 1,
      overall: 1,
    });
    expect(score(t, { basics: { name: "Mira Fenwick Zürich" } })).toMatchObject({
      name: 0,
      email: 0,
      overall: 0,
    });
    expect(score(t, {})).toMatchObject({ name: 0, email: 0 });
  });
});

describe("score: skills", () => {
  it("is the recall of the truth keywords; a group with no keywords counts its name", () => {
    const t: Truth = { ...none, skills: ["Rust", "Apache Arrow", "Welding", "Rust", "Kite Design"] };
    const d = {
      skills: [
        { name: "Languages", keywords: ["rust", "Go"] }, // the name does not count: it has keywords
        { name: "Apache Arrow" }, // no keywords: its name counts
        { name: "Kite Design", keywords: [] },
        { name: "Welding tools", keywords: ["Soldering"] },
      ],
    };
    // 4 distinct keywords wanted (Rust twice counts once); found: Rust, Apache Arrow, Kite Design
    expect(score(t, d).skills).toBe(3 / 4);
  });

  it("is n/a for an empty truth list when there is an output", () => {
    expect(score({ ...none, skills: [] }, { skills: [{ name: "Go" }] }).skills).toBeNull();
  });

  it("makes the document's figure the mean of the fields that apply", () => {
    const t: Truth = {
      ...none,
      name: ["Mira Fenwick"],
      email: ["mira@fenwick.example"],
      skills: ["Go", "Rust"],
    };
    const r = score(t, { basics: { name: "Mira Fenwick" }, skills: [{ keywords: ["Go"] }] });
    // (1 + 0 + 0.5) / 3
    expect(r.overall).toBe(0.5);
  });
});

describe("truth files and kinds", () => {
  it("refuses a malformed expected profile in one line naming the key", () => {
    expect(() =>
      readTruth({ ...none, work: [{ company: "Quillworks", position: ["x"], start: 2020 }] }),
    ).toThrow(/'work' must be/);
    expect(() => readTruth({ ...none, education: null })).toThrow(/'education' must be/);
    expect(readTruth(none)).toEqual(none);
  });

  it("sorts documents into text, files and data by extension", () => {
    expect(
      [
        "a.md",
        "b.TXT",
        "c.pdf",
        "d.org",
        "e.rst",
        "f.adoc",
        "g.tex",
        "h.docx",
        "i.json",
        "j.yaml",
        "k.yml",
      ].map(kindOf),
    ).toEqual(["text", "text", "files", "files", "files", "files", "files", "files", "data", "data", "data"]);
  });
});

describe("printing as score.py prints", () => {
  it("rounds an exact half to even, as Python's format does, and prints NaN as nan", () => {
    expect(fixed(0.125, 2)).toBe("0.12"); // toFixed would give 0.13
    expect(fixed(0.375, 2)).toBe("0.38");
    expect(fixed(0.875, 2)).toBe("0.88");
    expect(fixed(0.0625, 3)).toBe("0.062");
    expect(fixed(2 / 3, 2)).toBe("0.67");
    expect(fixed(0.4536943, 3)).toBe("0.454");
    expect(fixed(Number.NaN, 2)).toBe("nan");
  });

  it("prints one line per document and one per kind, nan for a kind with no figure", () => {
    const doc = (file: string, t: Truth, d: Record<string, unknown> | null): Doc => ({
      file,
      kind: kindOf(file),
      format: file.split(".").pop()!,
      truth: t,
      output: d === null ? null : JSON.stringify(d),
      scores: score(t, d),
    });
    const t: Truth = {
      ...none,
      name: ["Mira Fenwick"],
      email: ["m@f.example"],
      skills: ["Go", "Rust", "C", "Zig"],
    };
    const docs = [
      doc("a.md", t, { basics: { name: "Mira Fenwick" }, skills: [{ keywords: ["Go"] }] }),
      doc("b.pdf", t, null),
    ];
    // a.md: (1 + 0 + 0.25) / 3 = 0.41666…; text kind: work has no figure at all: nan
    expect(scorePyLines(docs)).toEqual([
      "a.md                                     name=1.00 email=0.00 work=n/a edu=n/a proj=n/a skills=0.25 overall=0.42",
      "b.pdf                                    name=0.00 email=0.00 work=n/a edu=n/a proj=n/a skills=0.00 overall=0.00",
      "text: 1 documents; name 1.00 email 0.00 work nan edu nan proj nan skills 0.25; overall 0.417",
      "files: 1 documents; name 0.00 email 0.00 work nan edu nan proj nan skills 0.00; overall 0.000",
      "data: 0 documents; name nan email nan work nan edu nan proj nan skills nan; overall nan",
    ]);
  });

  it("averages precision and recall per document (macro), beside score.py's mean F1", () => {
    const t = (n: number): Truth => ({
      ...none,
      projects: Array.from({ length: n }, (_, k) => [`P${k}`]),
    });
    const mk = (file: string, truth: Truth, names: string[]): Doc => {
      const d = { projects: names.map((name) => ({ name })) };
      return { file, kind: "text", format: "md", truth, output: "{}", scores: score(truth, d) };
    };
    // doc 1: 1 of 1 parsed matches, 1 of 2 expected found: p 1, r 0.5, F1 2/3
    // doc 2: 1 of 4 parsed matches, 1 of 1 expected: p 0.25, r 1, F1 0.4
    const s = summarize([mk("a.md", t(2), ["P0"]), mk("b.md", t(1), ["P0", "x", "y", "z"])]);
    expect(s.sets.proj.precision).toBe(0.625);
    expect(s.sets.proj.recall).toBe(0.75);
    expect(s.sets.proj.f1).toBeCloseTo((2 / 3 + 0.4) / 2, 12);
    expect(s.sets.proj).toMatchObject({ matched: 2, parsed: 5, expected: 3 });
  });
});

describe("the nothing-invented check", () => {
  const text = [
    "# Mira Fenwick",
    "mira@fenwick.example · https://fenwick.example/",
    "## Experience",
    "**Data Engineer**, Quillworks (2019 – now)",
    "Harbour Road 12, 4021 Wexmoor",
  ].join("\n");

  it("passes values that are in the text once markup and spacing are set aside", () => {
    const d = {
      basics: { name: "Mira Fenwick", email: "mira@fenwick.example", url: "http://fenwick.example" },
      work: [{ name: "Quillworks", position: "Data Engineer", startDate: "2019" }],
    };
    expect(inventedFlags(text, d)).toEqual([]);
  });

  it("flags a value glued from pieces, a value with words not in the text, and a year not in it", () => {
    const d = {
      basics: { phone: "12 4021" },
      work: [
        { name: "Quillworks Data Engineer", startDate: "2018-04" },
        { name: "Brindle's", roles: [{ position: "Staff Engineer" }] },
      ],
    };
    expect(inventedFlags(text, d)).toEqual([
      "basics.phone='12 4021' (pieces in text, not contiguous)",
      "work.name='Quillworks Data Engineer' (pieces in text, not contiguous)",
      "work.startDate year '2018-04' not in text",
      `work.name="Brindle's" (tokens not in text: ["brindle's"])`,
      "role.position='Staff Engineer' (tokens not in text: ['staff'])",
    ]);
  });

  it("looks at text documents only, and prints as invented.py", () => {
    expect(
      ["a.md", "b.txt", "c.org", "d.json", "e.yaml", "f.yml", "g.pdf", "h.docx"].map(checksInvented),
    ).toEqual([true, true, true, false, false, false, false, false]);
    const doc = (file: string, invented?: string[]): Doc => ({
      file,
      kind: "text",
      format: "md",
      truth: none,
      output: "{}",
      scores: score(none, {}),
      ...(invented ? { invented } : {}),
    });
    expect(
      inventedPyLines([
        doc("a.md", ["x='1' (pieces in text, not contiguous)"]),
        doc("b.md", []),
        doc("c.json"),
      ]),
    ).toEqual([
      "== a.md",
      "    x='1' (pieces in text, not contiguous)",
      "1 documents with values not in their text",
    ]);
    expect(repr("a\tb\u0007\u00a0")).toBe("'a\\tb\\x07\\xa0'");
  });
});
