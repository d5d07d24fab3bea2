import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { validateProfile, type Profile, type Work } from "../../src/profile/schema.js";

const seed = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), "utf8");

function parse(name: string): Profile {
  const text = seed(name);
  const { profile } = parseDocument(text, { file: name, format: name.endsWith(".md") ? "markdown" : "text" });
  validateProfile(profile);
  return profile;
}

function job(p: Profile, company: string): Work {
  const w = p.work?.find((x) => x.name === company);
  expect(w, `work entry for ${company}; got ${p.work?.map((x) => x.name).join(", ")}`).toBeDefined();
  return w!;
}

function expectDates(w: Work, start: string, end: string | "present"): void {
  expect(w.startDate).toBe(start);
  if (end === "present") {
    expect(w.ongoing).toBe(true);
    expect(w.endDate).toBeUndefined();
  } else {
    expect(w.endDate).toBe(end);
    expect(w.ongoing).toBeUndefined();
  }
}

/** Every entry carries a source line that points at a line containing some of its text. */
function expectSources(p: Profile, text: string, file: string): void {
  const lines = text.split("\n");
  const entries = [...(p.work ?? []), ...(p.projects ?? []), ...(p.education ?? []), ...(p.skills ?? [])];
  for (const e of entries) {
    expect(e.source?.file).toBe(file);
    expect(e.source?.line).toBeGreaterThan(0);
    expect(lines[e.source!.line! - 1]!.trim()).not.toBe("");
  }
}

describe("seed: terminal portfolio without headings (utkarsh-gupta.txt)", () => {
  const p = parse("utkarsh-gupta.txt");

  it("finds the name split over two lines, the tag line and the label", () => {
    expect(p.basics?.name).toBe("Utkarsh Gupta");
    expect(p.basics?.tags).toEqual(["Rulesets Team", "Rust", "Systems Engineer", "Cloudflare London"]);
    expect(p.basics?.label).toBe("Systems Engineer");
  });

  it("finds every job with company, position and dates", () => {
    expect(p.work?.map((w) => w.name)).toEqual([
      "Cloudflare",
      "tensorfox (Whistler Trading)",
      "Blacksky Algorithms",
      "JioSaavn",
    ]);
    const cf = job(p, "Cloudflare");
    expect(cf.position).toBe("Systems Engineer");
    expectDates(cf, "2026-01", "present");
    expect(cf.location).toBe("London, UK");
    expect(cf.highlights).toHaveLength(2);
    const tf = job(p, "tensorfox (Whistler Trading)");
    expect(tf.position).toBe("Principal Engineer / Technical Architect");
    expectDates(tf, "2022-12", "2026-01");
    expect(tf.location).toBe("Dublin, IE");
    const bs = job(p, "Blacksky Algorithms");
    expect(bs.position).toBe("Rust Contributor");
    expectDates(bs, "2025-03", "2025-06");
    const js = job(p, "JioSaavn");
    expect(js.position).toBe("Senior Software Engineer");
    expectDates(js, "2020-08", "2022-12");
    expect(js.team).toBe("Search & AI Team");
    expect(js.highlights).toHaveLength(3);
  });

  it("puts the two roles inside tensorfox with their notes, stack and bullets", () => {
    const roles = job(p, "tensorfox (Whistler Trading)").roles!;
    expect(roles).toHaveLength(2);
    expect(roles[0]).toMatchObject({
      team: "Trading Platform",
      keywords: ["Rust"],
      startDate: "2022-12",
      note: "Joined Dec '22 · Promoted Nov '23",
    });
    expect(roles[0]!.highlights).toHaveLength(5);
    expect(roles[1]).toMatchObject({ team: "HFT Quantitative Research", startDate: "2023-06" });
    expect(roles[1]!.highlights).toHaveLength(4);
  });

  it("finds every project with its kind and metric", () => {
    const projects = p.projects!;
    expect(projects.map((x) => x.type)).toEqual([
      "crate",
      "fork",
      "contributions",
      "web",
      "android",
      "tools",
    ]);
    expect(projects[0]).toMatchObject({ type: "crate", metric: "22M downloads" });
    expect(projects[0]!.name).toBeUndefined(); // the document gives none
    expect(projects[1]!.name).toBe("bus (wait-free fork)");
    expect(projects[3]).toMatchObject({ name: "Rendezvous '19", startDate: "2019" });
    expect(projects[4]).toMatchObject({ name: "CyanogenModX", startDate: "2014", endDate: "2015" });
    expect(projects[5]!.name).toBe("YouTube Playlist Manager");
    for (const x of projects) expect(x.description).toBeTruthy();
  });

  it("finds the stacks, the school and the interests", () => {
    expect(p.skills?.map((s) => s.name)).toEqual(["Current stack", "Previous stack"]);
    expect(p.skills![0]!.keywords).toEqual([
      "Rust",
      "Go",
      "Tokio",
      "Serde",
      "Clickhouse",
      "Loki",
      "Grafana",
      "Prometheus",
      "Terraform",
      "PostgreSQL",
    ]);
    expect(p.skills![1]!.keywords).toContain("Airflow / MWAA");
    expect(p.skills![1]!.keywords).toContain("TypeScript");
    expect(p.education).toHaveLength(1);
    expect(p.education![0]).toMatchObject({
      studyType: "B.Tech",
      area: "Mechanical Dept (P&I)",
      startDate: "2016-07",
      endDate: "2020-07",
    });
    expect(p.education![0]!.institution).toContain("Indian Institute of Technology");
    expect(p.education![0]!.notes).toEqual(["Top 3 Engineering University in Southern Asia"]);
    expect(p.interests?.map((i) => i.name)).toContain("Impact of Tech on Media & Society");
    expect(p.interests?.map((i) => i.name)).toContain("Linguistics");
  });

  it("records sources", () => expectSources(p, seed("utkarsh-gupta.txt"), "utkarsh-gupta.txt"));

  it("warns about the skipped prompt line, with its line number", () => {
    const { warnings } = parseDocument(seed("utkarsh-gupta.txt"), { file: "u.txt", format: "text" });
    expect(warnings).toEqual([
      {
        file: "u.txt",
        line: 1,
        message: 'skipped "whoami" (a prompt, title or menu line)',
        severity: "warning",
      },
    ]);
  });
});

describe("seed: Markdown with an HTML table row (abhirag-awasthi.md)", () => {
  const p = parse("abhirag-awasthi.md");

  it("reads name, contacts and summary", () => {
    expect(p.basics?.name).toBe("Abhirag Awasthi");
    expect(p.basics?.email).toBe("hey@abhirag.com");
    expect(p.basics?.phone).toBe("+91 8619188322");
    expect(p.basics?.url).toBe("http://abhirag.com");
    expect(p.basics?.summary).toMatch(/^Systems engineer building/);
  });

  it("finds every job, including the ones in the HTML table rows", () => {
    expect(p.work?.map((w) => w.name)).toEqual(["VerSe Innovation", "Shuttl", "Mockint", "Hewlett-Packard"]);
    const verse = job(p, "VerSe Innovation");
    expect(verse.position).toBe("Principal Engineer");
    expect(verse.team).toBe("Rust Platform Team");
    expectDates(verse, "2022", "2025");
    const shuttl = job(p, "Shuttl");
    expect(shuttl.position).toBe("Site Reliability Engineer");
    expectDates(shuttl, "2019", "2021");
    expect(shuttl.highlights![0]).toBe(
      "Developed and maintained core service infrastructure supporting ≈ 100 production services",
    );
    expect(shuttl.highlights).toContain("Rewrote the layer in Rust");
    const mock = job(p, "Mockint");
    expect(mock.position).toBe("Founder");
    expectDates(mock, "2016", "2018");
    const hp = job(p, "Hewlett-Packard");
    expect(hp.position).toBe("Systems Software Engineer");
    expectDates(hp, "2012", "2016");
    expect(hp.highlights).toHaveLength(5);
    for (const w of p.work!)
      for (const h of w.highlights ?? []) expect(h).not.toMatch(/<\/?[a-z]|\*\*|①|②|\\[a-z]|\$\\/);
  });

  it("finds every project with its stack", () => {
    expect(p.projects?.map((x) => x.name)).toEqual([
      "Notification Engine",
      "Real-time Stream Analytics",
      "Smol Recommendation Engine",
      "Converge",
      "Feature Store",
    ]);
    expect(p.projects![0]!.keywords).toEqual(["Rust", "Axum", "RocksDB", "NATS JetStream"]);
    expect(p.projects![3]!.keywords).toEqual(["Rust", "Pingora"]);
    expect(p.projects![2]!.highlights![1]).toContain("(4096 bytes → 64 bytes)");
  });

  it("reads skill groups with and without levels", () => {
    const names = p.skills!.map((s) => s.name);
    expect(names).toEqual([
      "Expert",
      "Intermediate",
      "Basic",
      "Backend",
      "Database",
      "Message Queue",
      "Orchestration",
      "Infrastructure",
      "Observability",
      "Data Engineering",
      "Build System",
      "Other",
    ]);
    expect(p.skills![0]).toMatchObject({ level: "Expert", keywords: ["Rust"] });
    expect(p.skills![5]!.keywords).toEqual(["NATS", "Kafka"]);
    expect(p.skills![1]!.keywords).toContain("Lisp (various dialects)");
    expect(p.languages).toBeUndefined(); // programming languages are skills
  });

  it("reads the school", () => {
    expect(p.education).toEqual([
      expect.objectContaining({
        institution: "Dhirubhai Ambani Institute of Information and Communication Technology",
        studyType: "Bachelor of Technology",
        area: "Information and Communication Technology",
        startDate: "2008",
        endDate: "2012",
        score: "7.5/10",
      }),
    ]);
  });

  it("records sources", () => expectSources(p, seed("abhirag-awasthi.md"), "abhirag-awasthi.md"));
});

describe("seed: tab-indented text without a name (staff-engineer.txt)", () => {
  const p = parse("staff-engineer.txt");

  it("invents no name", () => {
    expect(p.basics?.name).toBeUndefined();
  });

  it("finds every job; dates at the end of the team line", () => {
    const expected: [string, string, string, string, string | "present"][] = [
      ["Attentive Mobile", "Staff Software Engineer", "Personalization Team", "2024", "present"],
      ["Aspire", "Staff Software Engineer", "Founding member", "2018", "2023"],
      ["Criteo", "Senior Software Engineer", "Adserv Team", "2016", "2018"],
      ["Brightroll / Yahoo", "Software Engineer", "User Mapping Team", "2015", "2016"],
      ["Goibibo", "Software Engineer", "Optimization Team", "2010", "2013"],
    ];
    expect(p.work?.map((w) => w.name)).toEqual(expected.map((e) => e[0]));
    for (const [company, position, team, start, end] of expected) {
      const w = job(p, company);
      expect(w.position).toBe(position);
      expect(w.team).toBe(team);
      expectDates(w, start, end);
    }
    expect(job(p, "Attentive Mobile").keywords).toEqual([
      "Python",
      "Java / Springboot",
      "Pulsar",
      "PostgreSQL",
      "DynamoDB",
      "Flink",
    ]);
    expect(job(p, "Goibibo").location).toBe("Bangalore, India");
    expect(job(p, "Aspire").highlights).toHaveLength(5);
    expect(job(p, "Aspire").highlights![0]).toContain("$100 million ARR");
  });

  it("reads the skill groups and both schools", () => {
    expect(p.skills?.map((s) => s.name)).toEqual(["Programming Languages", "Databases", "Cloud platforms"]);
    expect(p.skills![2]!.keywords).toEqual(["GCP", "AWS"]);
    expect(p.education).toHaveLength(2);
    expect(p.education![0]).toMatchObject({
      studyType: "Masters",
      area: "Computer Science",
      institution: "University Of Southern California",
      startDate: "2013",
      endDate: "2015",
    });
    expect(p.education![1]).toMatchObject({
      studyType: "B. Tech",
      area: "Information Technology",
      institution: "NIT Allahabad",
      startDate: "2005",
      endDate: "2009",
    });
  });

  it("records sources", () => expectSources(p, seed("staff-engineer.txt"), "staff-engineer.txt"));
});
