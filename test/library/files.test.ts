/**
 * Real files: PDF (pdf.js) and Word (mammoth) documents, standard input, RenderCV and other
 * résumé-shaped YAML. The binary fixtures are made from invented résumés by
 * scripts/make-fixtures.mjs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/library/diagnostic.js";
import { loadDocument, loadLibrary, sniff } from "../../src/library/load.js";
import { readPdf } from "../../src/library/read-pdf.js";
import type { Profile } from "../../src/profile/schema.js";

const FILES = resolve("test/fixtures/files");
const bytes = (name: string) => new Uint8Array(readFileSync(join(FILES, name)));

const dir = mkdtempSync(join(tmpdir(), "resumes-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The profile without `source` fields, for comparing with what the document says. */
function facts(p: Profile | undefined): unknown {
  return JSON.parse(JSON.stringify(p ?? {}, (k, v: unknown) => (k === "source" ? undefined : v)));
}

async function one(name: string) {
  const { entry, diagnostics } = await loadDocument(join(FILES, name));
  return { profile: facts(entry?.profile) as Profile, lines: diagnostics.map(formatDiagnostic) };
}

describe("PDF", () => {
  it("a one-column, two-page CV: bold headings, right-aligned dates, a hyphen at a line end, footers skipped", async () => {
    const { profile, lines } = await one("quenby-one-column.pdf");
    expect(profile.basics).toEqual({
      name: "Marisol Quenby",
      label: "Backend Engineer",
      email: "marisol.quenby@example.com",
      phone: "+44 20 7946 0301",
      location: { city: "Leeds", region: "UK" },
    });
    expect(profile.work).toEqual([
      {
        name: "Tallowfield Systems",
        position: "Senior Backend Engineer",
        location: "Leeds, UK",
        startDate: "2020-03",
        ongoing: true,
        highlights: [
          "Rebuilt the billing pipeline in Go, cutting nightly run time from four hours to twenty minutes and removing a whole class of double-charge incidents across the platform.",
          "Led a team of five engineers through the move to event sourcing.",
        ],
      },
      {
        name: "Brindle Labs",
        position: "Software Engineer",
        location: "Manchester, UK",
        startDate: "2016-06",
        endDate: "2020-02",
        highlights: ["Wrote the search service used by every product team."],
      },
    ]);
    expect(profile.education).toEqual([
      {
        institution: "University of Eastmoor",
        area: "Computer Science",
        studyType: "BSc",
        startDate: "2012",
        endDate: "2016",
      },
    ]);
    expect(profile.skills).toEqual([
      { name: "Languages", keywords: ["Go", "Rust", "SQL", "Python"] },
      { name: "Tools", keywords: ["Kafka", "PostgreSQL", "Terraform"] },
    ]);
    // The running footer and "Page N of 2" are furniture, on both pages: none of it is in the profile.
    expect(JSON.stringify(profile)).not.toMatch(/Curriculum Vitae|Page \d/);
    expect(lines).toEqual([
      expect.stringMatching(
        /quenby-one-column\.pdf:\d+: warning: skipped 2 page footer line\(s\) such as "Marisol Quenby - Curriculum Vitae/,
      ),
    ]);
  });

  it("two columns on one grid (shared baselines, as from a Word table): read column by column", async () => {
    const { profile, lines } = await one("ashdale-grid-two-column.pdf");
    expect(profile.basics).toEqual({
      name: "Corvin Ashdale-Pym",
      email: "corvin@example.org",
      phone: "+1 312 555 0188",
      location: { city: "Chicago", region: "IL" },
    });
    expect(profile.skills).toEqual([
      { name: "Skills", keywords: ["Rust", "Postgres", "Kafka", "Terraform"] },
    ]);
    expect(profile.work).toEqual([
      {
        name: "Marlowe Freight",
        position: "Staff Engineer",
        startDate: "2020-01",
        ongoing: true,
        highlights: ["Built the routing engine in Rust.", "Ran the on-call rota."],
      },
      {
        name: "Pellham Bank",
        position: "Software Engineer",
        startDate: "2014-06",
        endDate: "2019-12",
        highlights: ["Wrote the ledger service."],
      },
    ]);
    expect(profile.education).toEqual([
      {
        institution: "Ilford Polytechnic",
        area: "Software",
        studyType: "BEng",
        startDate: "2010",
        endDate: "2014",
      },
    ]);
    expect(lines).toEqual([]);
  });

  it("a two-column CV: the sidebar and the main column are read apart, column by column", async () => {
    const { profile, lines } = await one("wrenfield-two-column.pdf");
    expect(lines).toEqual([]);
    expect(profile.basics).toEqual({
      name: "Tobias Wrenfield",
      label: "Data Engineer",
      email: "tobias.wrenfield@example.net",
      phone: "+1 415 555 0142",
      location: { city: "Portland", region: "OR" },
    });
    expect(profile.work).toEqual([
      {
        name: "Fernhollow Analytics",
        position: "Senior Data Engineer",
        startDate: "2021-04",
        ongoing: true,
        highlights: [
          "Designed the streaming ingestion layer for 40 TB a day.",
          "Mentored four junior engineers.",
        ],
      },
      {
        name: "Quillmere Health",
        position: "Data Engineer",
        startDate: "2017-09",
        endDate: "2021-03",
        highlights: ["Built the claims warehouse and its nightly loads."],
      },
    ]);
    expect(profile.education).toEqual([
      {
        institution: "Cascade State University",
        area: "Statistics",
        studyType: "MSc",
        startDate: "2015",
        endDate: "2017",
      },
    ]);
    expect(profile.skills?.flatMap((s) => s.keywords)).toEqual([
      "Python",
      "Scala",
      "SQL",
      "Spark",
      "Airflow",
      "dbt",
      "Snowflake",
      "BigQuery",
    ]);
    expect(profile.languages).toEqual([
      { language: "English", fluency: "native" },
      { language: "German", fluency: "fluent" },
    ]);
  });

  it("the lines a PDF gives: reading order, columns, bold, sizes and heading levels", async () => {
    const read = await readPdf(bytes("wrenfield-two-column.pdf"));
    if ("error" in read) throw new Error(read.error);
    const text = read.lines.filter((l) => l.text);
    // The banner first, then the whole left column, then the whole right column.
    expect(text.slice(0, 3).map((l) => [l.text, l.column])).toEqual([
      ["Tobias Wrenfield", undefined],
      ["Data Engineer", undefined],
      ["CONTACT", 0],
    ]);
    const firstRight = text.findIndex((l) => l.column === 1);
    expect(text.slice(0, firstRight).every((l) => l.column !== 1)).toBe(true);
    expect(text.slice(firstRight).every((l) => l.column === 1)).toBe(true);
    expect(text[firstRight]!.text).toBe("EXPERIENCE");
    const name = text[0]!;
    expect(name.heading).toBe(1);
    expect(name.size).toBe(26);
    expect(name.strong).toEqual(["Tobias Wrenfield"]);
    expect(name.marks).toEqual([{ kind: "bold", start: 0, end: 16 }]);
    expect(text.find((l) => l.text === "Data Engineer")!.marks).toBeUndefined();
    const headings = text.filter((l) => l.heading === 2).map((l) => l.text);
    expect(headings).toEqual(["CONTACT", "SKILLS", "LANGUAGES", "EXPERIENCE", "EDUCATION"]);
    // A job header keeps its date as a second cell.
    expect(text.find((l) => l.text.startsWith("Senior Data Engineer"))!.cells).toEqual([
      "Senior Data Engineer",
      "Apr 2021 - Present",
    ]);
    expect(text.find((l) => l.text.startsWith("- ") || l.text.startsWith("Designed"))!.bullet).toBe(true);
  });

  it("a hyphen at a line end is joined with the rest of its word", async () => {
    const read = await readPdf(bytes("quenby-one-column.pdf"));
    if ("error" in read) throw new Error(read.error);
    const texts = read.lines.map((l) => l.text);
    expect(texts).toContain("twenty minutes and removing a whole class of double-charge incidents");
    expect(texts).toContain("across the platform.");
    expect(read.skipped.map((s) => s.text)).toEqual([
      "Marisol Quenby - Curriculum Vitae Page 1 of 2",
      "Marisol Quenby - Curriculum Vitae Page 2 of 2",
    ]);
  });

  it("refuses a scan, an encrypted PDF, one over 50 pages and a broken one, each with one line", async () => {
    expect((await one("scan.pdf")).lines).toEqual([
      `${join(FILES, "scan.pdf")}: no text layer (a scanned PDF?); run OCR first`,
    ]);
    expect((await one("encrypted.pdf")).lines).toEqual([
      `${join(FILES, "encrypted.pdf")}: an encrypted PDF (it needs a password); save an unprotected copy first`,
    ]);
    expect((await one("fifty-one-pages.pdf")).lines).toEqual([
      `${join(FILES, "fifty-one-pages.pdf")}: 51 pages, too long for a résumé (the limit is 50 pages)`,
    ]);
    writeFileSync(join(dir, "cut.pdf"), bytes("quenby-one-column.pdf").subarray(0, 400));
    const cut = await loadDocument(join(dir, "cut.pdf"));
    expect(cut.entry).toBeUndefined();
    expect(cut.diagnostics).toHaveLength(1);
    expect(cut.diagnostics[0]!.message).not.toMatch(/\n/);
  });
});

describe("Word", () => {
  it("a .docx: the name heading, employers in bold, bullets, a skills table", async () => {
    const { profile, lines } = await one("marrowdale.docx");
    expect(profile.basics).toEqual({
      name: "Ilse Marrowdale",
      label: "Product Designer",
      email: "ilse.marrowdale@example.org",
      phone: "+31 20 555 0199",
      location: { city: "Utrecht", region: "Netherlands" },
    });
    expect(profile.work).toEqual([
      {
        name: "Kestrelwood Studio",
        position: "Lead Product Designer",
        startDate: "2019-01",
        ongoing: true,
        highlights: [
          "Redesigned the booking flow, lifting completed bookings by a fifth.",
          "Built and ran the design system used by six product teams.",
        ],
      },
      {
        name: "Hollin & Vane",
        position: "Interaction Designer",
        startDate: "2014-08",
        endDate: "2018-12",
        highlights: ["Designed the first mobile app for the firm's largest client."],
      },
    ]);
    expect(profile.education?.some((e) => e.institution === "Royal Academy of Fenmark")).toBe(true);
    expect(profile.education?.some((e) => e.studyType === "MA" && e.area === "Interaction Design")).toBe(
      true,
    );
    expect(profile.skills).toEqual([
      { name: "Design", keywords: ["Figma", "Prototyping", "User Research"] },
      { name: "Code", keywords: ["HTML", "CSS", "TypeScript"] },
    ]);
    expect(lines).toEqual([]);
  });

  it("a .docx with the name and contacts in the page header, a two-column table, tab-aligned dates", async () => {
    const { profile, lines } = await one("halvorsen-header-table.docx");
    expect(profile.basics).toEqual({
      name: "Petra Halvorsen-Quill",
      email: "petra.hq@example.com",
      phone: "+47 22 55 01 87",
      summary: "Site reliability engineer who likes quiet pagers.",
      location: { city: "Bergen", region: "Norway" },
    });
    // The sidebar column (skills, languages) and the main column are read apart.
    expect(profile.skills).toEqual([
      { name: "Skills", keywords: ["Kubernetes", "Terraform", "Go", "Python", "Prometheus"] },
    ]);
    expect(profile.languages).toEqual([
      { language: "Norwegian", fluency: "native" },
      { language: "English", fluency: "fluent" },
    ]);
    expect(profile.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["Fjordline Cloud", "Senior Site Reliability Engineer", "Bergen", "2021-05", undefined],
      ["Tindrik Payments", "Systems Engineer", "Oslo", "2017-08", "2021-04"],
    ]);
    expect(profile.work?.[0]?.highlights).toHaveLength(2);
    expect(profile.education).toEqual([
      {
        institution: "University of Vestmark",
        area: "Computer Engineering",
        studyType: "BSc",
        startDate: "2013",
        endDate: "2017",
        notes: ["Thesis on consensus protocols"],
      },
    ]);
    expect(lines).toEqual([]);
  });

  it("a .docx whose name block is a DrawingML text box (no VML fallback), numbered lists", async () => {
    const { profile, lines } = await one("okonjo-textbox.docx");
    expect(profile.basics).toEqual({
      name: "Damaris Okonjo-Vell",
      label: "Clinical Data Manager",
      email: "damaris.ov@example.net",
      phone: "+44 161 496 0712",
      location: { city: "Salford", region: "UK" },
    });
    expect(profile.work?.map((w) => [w.name, w.position, w.startDate, w.highlights?.length])).toEqual([
      ["Brackenridge Trials Ltd", "Lead Data Manager", "2020-02", 2],
      ["Orrin Clinical", "Data Coordinator", "2015-09", 1],
    ]);
    expect(profile.education?.[0]).toMatchObject({
      institution: "University of Pendlebrook",
      studyType: "MSc",
    });
    expect(lines).toEqual([]);
  });

  it("a ZIP that is not a Word document: one line", async () => {
    writeFileSync(join(dir, "not.docx"), Buffer.from("PK\u0003\u0004 not really a zip"));
    const r = await loadDocument(join(dir, "not.docx"));
    expect(r.diagnostics.map((d) => d.message)).toEqual(["not a Word document (damaged, or not a .docx)"]);
  });
});

describe("text dialects by extension", () => {
  it(".org, .rst, .adoc, .asciidoc and .tex load as text", async () => {
    const md = "Ada Quill\nada@example.org\n\nExperience\n\nEngine Co, Programmer, 2020 - 2022\n";
    for (const ext of ["org", "rst", "adoc", "asciidoc", "tex"]) writeFileSync(join(dir, `ada.${ext}`), md);
    const { library, diagnostics } = await loadLibrary(
      ["ada.org", "ada.rst", "ada.adoc", "ada.asciidoc", "ada.tex"],
      { cwd: dir },
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(library.entries.map((e) => [e.format, e.profile.basics?.name, e.profile.basics?.email])).toEqual([
      ["asciidoc", "Ada Quill", "ada@example.org"],
      ["asciidoc", "Ada Quill", "ada@example.org"],
      ["org", "Ada Quill", "ada@example.org"],
      ["rst", "Ada Quill", "ada@example.org"],
      ["latex", "Ada Quill", "ada@example.org"],
    ]);
  });
});

describe("standard input", () => {
  const md = new TextEncoder().encode("# Nell Ashgrove\n\nnell@example.org\n\n## Skills\n\n- Go, Rust\n");
  it("`-` reads standard input, sniffing its format, and names it stdin", async () => {
    const r = await loadLibrary(["-"], { stdin: async () => md });
    expect(r.diagnostics).toEqual([]);
    expect(r.library.entries.map((e) => [e.file, e.format, e.label])).toEqual([
      ["stdin", "markdown", "Nell Ashgrove"],
    ]);
    const pdf = await loadDocument("-", { stdin: async () => bytes("quenby-one-column.pdf") });
    expect(pdf.entry?.format).toBe("pdf");
    expect(pdf.entry?.label).toBe("Marisol Quenby");
    const word = await loadDocument("-", { stdin: async () => bytes("marrowdale.docx") });
    expect(word.entry?.format).toBe("docx");
  });

  it("--from names the format when the bytes cannot tell it", async () => {
    const yaml = new TextEncoder().encode("basics:\n  name: Wren Olafsdottir\n");
    expect((await loadDocument("-", { stdin: async () => yaml })).entry?.format).toBe("yaml");
    const asText = await loadDocument("-", { stdin: async () => yaml, from: "text" });
    expect(asText.entry?.format).toBe("text");
    const wrong = await loadDocument("-", { stdin: async () => md, from: "jsonresume" });
    expect(wrong.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^stdin:1:1: invalid JSON/),
    ]);
  });

  it("without a way to read it, or empty, one line", async () => {
    expect((await loadDocument("-")).diagnostics.map(formatDiagnostic)).toEqual([
      "stdin: standard input cannot be read here",
    ]);
    const empty = await loadDocument("-", { stdin: async () => new Uint8Array() });
    expect(empty.diagnostics.map(formatDiagnostic)).toEqual(["stdin: empty file"]);
  });

  it("sniff: PDF, Word, JSON, YAML, LaTeX, Org, AsciiDoc, reStructuredText, Markdown, text", () => {
    const t = (s: string) => sniff(new TextEncoder().encode(s));
    expect(sniff(bytes("scan.pdf"))).toBe("pdf");
    expect(sniff(bytes("marrowdale.docx"))).toBe("docx");
    expect(t('  {"basics": {}}')).toBe("jsonresume");
    expect(t("cv:\n  name: X\n")).toBe("yaml");
    expect(t("\\documentclass{article}\n")).toBe("latex");
    expect(t("#+TITLE: CV\n* Work\n")).toBe("org");
    expect(t("= Jane Doe\n\n== Work\n")).toBe("asciidoc");
    expect(t("Jane Doe\n========\n\nWork\n----\n")).toBe("rst");
    expect(t("# Jane\n\n## Work\n")).toBe("markdown");
    expect(t("Jane Doe\nEngineer\n")).toBe("text");
  });
});

describe("RenderCV and other résumé-shaped YAML", () => {
  const put = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it("RenderCV (`cv:` with `sections:`) is mapped field by field", async () => {
    put(
      "rendercv.yaml",
      [
        "cv:",
        "  name: Oriel Fanshawe",
        "  email: oriel@example.com",
        "  location: Lyon, France",
        "  social_networks:",
        "    - network: GitHub",
        "      username: orielf",
        "  sections:",
        "    summary:",
        "      - Platform engineer who likes boring infrastructure.",
        "    experience:",
        "      - company: Verrine",
        "        position: Staff Engineer",
        "        start_date: 2021-04",
        "        end_date: present",
        "        highlights:",
        "          - Ran the Kubernetes fleet",
        "    education:",
        "      - institution: Université de Morlaix",
        "        area: Computer Science",
        "        degree: MSc",
        "        start_date: 2014-09",
        "        end_date: 2016-06",
        "    technologies:",
        "      - label: Languages",
        "        details: Go, Python, Bash",
        "    languages:",
        "      - label: French",
        "        details: Native",
        "    publications:",
        "      - title: On Boring Infrastructure",
        "        authors: [Oriel Fanshawe]",
        "        doi: 10.1000/xyz",
        "        date: 2020-01",
        "    odds_and_ends:",
        "      - bullet: Sailing",
        "design:",
        "  theme: classic",
      ].join("\n"),
    );
    const { entry, diagnostics } = await loadDocument("rendercv.yaml", { cwd: dir });
    expect(facts(entry?.profile)).toEqual({
      basics: {
        name: "Oriel Fanshawe",
        email: "oriel@example.com",
        location: { city: "Lyon", region: "France" },
        profiles: [{ network: "GitHub", username: "orielf", url: "https://github.com/orielf" }],
        summary: "Platform engineer who likes boring infrastructure.",
      },
      work: [
        {
          name: "Verrine",
          position: "Staff Engineer",
          startDate: "2021-04",
          ongoing: true,
          highlights: ["Ran the Kubernetes fleet"],
        },
      ],
      education: [
        {
          institution: "Université de Morlaix",
          area: "Computer Science",
          studyType: "MSc",
          startDate: "2014-09",
          endDate: "2016-06",
        },
      ],
      skills: [{ name: "Languages", keywords: ["Go", "Python", "Bash"] }],
      languages: [{ language: "French", fluency: "Native" }],
      publications: [
        { name: "On Boring Infrastructure", url: "https://doi.org/10.1000/xyz", releaseDate: "2020-01" },
      ],
      extra: [{ title: "Odds And Ends", lines: ["Sailing"] }],
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "rendercv.yaml: warning: read as RenderCV YAML (cv: name, summary, experience, education, technologies, languages, publications); kept sections `odds_and_ends` as their lines (not a kind of section the profile has)",
    ]);
  });

  it("other keys are mapped by synonym, with a warning naming them", async () => {
    put(
      "synonyms.yaml",
      [
        "basics:",
        "  name: Pim Harrowgate",
        "  website: https://pim.example.org",
        "experience:",
        "  - employer: Ostrander Freight",
        "    title: Logistics Analyst",
        "    from: 2019-02",
        "    to: 2023-08",
        "    responsibilities:",
        "      - Planned the northern routes",
        "education:",
        "  - school: Tarnfield College",
        "    degree: BA",
        "    major: Economics",
      ].join("\n"),
    );
    const { entry, diagnostics } = await loadDocument("synonyms.yaml", { cwd: dir });
    expect(facts(entry?.profile)).toMatchObject({
      basics: { name: "Pim Harrowgate", url: "https://pim.example.org" },
      work: [
        {
          name: "Ostrander Freight",
          position: "Logistics Analyst",
          startDate: "2019-02",
          endDate: "2023-08",
          highlights: ["Planned the northern routes"],
        },
      ],
      education: [{ institution: "Tarnfield College", studyType: "BA", area: "Economics" }],
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "synonyms.yaml: warning: not JSON Resume keys, read as their JSON Resume twins: experience → work; work: employer → name, title → position, from → startDate, to → endDate, responsibilities → highlights; education: school → institution, degree → studyType, major → area",
    ]);
  });

  it("a list section written as an object of lists is read as the list, each entry keeping its line", async () => {
    put(
      "grouped.yaml",
      [
        "basics:",
        "  name: Wren Okonkwo-Hale",
        "skills:",
        "  groups:",
        "    - name: Storage",
        "      skills:",
        "        - Apache Cassandra",
        "        - RocksDB",
        "    - name: Tooling",
        "      skills: [Bazel, Nix]",
        "  ratings:",
        "    - name: OCaml",
        "      level: Fluent",
        "      years: 4",
        "interests:",
        "  Outdoors: [Fell running, Canoeing]",
        "  Making: Letterpress, Bookbinding",
        "experiences:",
        "  paid:",
        "    - employer: Quillon Maps",
        "      title: Cartographer",
        "  unpaid:",
        "    - employer: Harbour Radio",
        "      title: Presenter",
      ].join("\n"),
    );
    const { entry, diagnostics } = await loadDocument("grouped.yaml", { cwd: dir });
    const profile = entry?.profile;
    expect(facts(profile)).toMatchObject({
      skills: [
        { name: "Storage", keywords: ["Apache Cassandra", "RocksDB"] },
        { name: "Tooling", keywords: ["Bazel", "Nix"] },
        { name: "OCaml", level: "Fluent", years: 4 },
      ],
      interests: [
        { name: "Outdoors", keywords: ["Fell running", "Canoeing"] },
        { name: "Making", keywords: ["Letterpress", "Bookbinding"] },
      ],
      work: [
        { name: "Quillon Maps", position: "Cartographer" },
        { name: "Harbour Radio", position: "Presenter" },
      ],
    });
    // Each entry's line is where it is written, through the object and the renamed key.
    expect(profile?.skills?.map((s) => s.source?.line)).toEqual([5, 9, 12]);
    expect(profile?.work?.map((s) => s.source?.line)).toEqual([20, 23]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "grouped.yaml: warning: not JSON Resume keys, read as their JSON Resume twins: experiences → work; skills: an object of lists (groups, ratings) read as one list; interests: an object of lists (Outdoors, Making) read as one list; work: an object of lists (paid, unpaid) read as one list; work: employer → name, title → position; skills: skills → keywords",
    ]);
  });

  it("a near-miss key gets 'did you mean'", async () => {
    put("basic.json", JSON.stringify({ basic: { name: "Lio Tanaquil" } }));
    put("eduction.json", JSON.stringify({ eduction: [{ institution: "X" }] }));
    expect((await loadDocument("basic.json", { cwd: dir })).diagnostics.map(formatDiagnostic)).toEqual([
      "basic.json: not a JSON Resume document: it has `basic`; did you mean `basics`?",
    ]);
    expect((await loadDocument("eduction.json", { cwd: dir })).diagnostics.map(formatDiagnostic)).toEqual([
      "eduction.json: not a JSON Resume document: it has `eduction`; did you mean `education`?",
    ]);
  });

  it("JSON Resume 0.x names (company, gpa, website) are the import's own: no synonym warning", async () => {
    put(
      "old.json",
      JSON.stringify({
        basics: { name: "Ada Quill", website: "https://q.example" },
        work: [{ company: "Engine Co" }],
        education: [{ institution: "U", gpa: "3.9" }],
      }),
    );
    const { entry, diagnostics } = await loadDocument("old.json", { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(facts(entry?.profile)).toMatchObject({
      basics: { url: "https://q.example" },
      work: [{ name: "Engine Co" }],
      education: [{ score: "3.9" }],
    });
  });

  it("a JSON Resume document passes through unchanged, with no warning", async () => {
    const doc = {
      basics: { name: "Ada Quill", label: "Engineer" },
      work: [{ name: "Engine Co", position: "Programmer", startDate: "2020-01", endDate: "2022-02" }],
    };
    put("plain.json", JSON.stringify(doc));
    const { entry, diagnostics } = await loadDocument("plain.json", { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(facts(entry?.profile)).toEqual(doc);
  });
});

describe("a folder mixing PDF, Word, Markdown and JSON Resume", () => {
  it("loads every file, each as its format", async () => {
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    copyFileSync(join(FILES, "wrenfield-two-column.pdf"), join(mixed, "wrenfield.pdf"));
    copyFileSync(join(FILES, "marrowdale.docx"), join(mixed, "marrowdale.docx"));
    copyFileSync(join(FILES, "scan.pdf"), join(mixed, "scan.pdf"));
    writeFileSync(join(mixed, "ashgrove.md"), "# Nell Ashgrove\n\nnell@example.org\n");
    writeFileSync(join(mixed, "quill.json"), JSON.stringify({ basics: { name: "Ada Quill" } }));
    const { library, diagnostics } = await loadLibrary(["mixed"], { cwd: dir });
    expect(library.entries.map((e) => [e.label, e.format])).toEqual([
      ["Nell Ashgrove", "markdown"],
      ["Ilse Marrowdale", "docx"],
      ["Ada Quill", "jsonresume"],
      ["Tobias Wrenfield", "pdf"],
    ]);
    expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      `${join("mixed", "scan.pdf")}: no text layer (a scanned PDF?); run OCR first`,
    ]);
  });
});
