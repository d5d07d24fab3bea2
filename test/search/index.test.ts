import { describe, expect, it } from "vitest";
import { Library, makeEntries } from "../../src/library/library.js";
import type { Profile } from "../../src/profile/schema.js";
import { buildIndex, type Hit } from "../../src/search/index.js";

function library(...profiles: Profile[]): Library {
  return new Library(
    makeEntries(profiles.map((profile, i) => ({ profile, file: `cv${i}.md`, format: "markdown" as const }))),
  );
}

/** The matched text of each range, lower-cased. */
const matched = (h: Hit) => h.ranges.map(([s, e]) => h.text.slice(s, e).toLowerCase());

const RUSTACEAN: Profile = {
  basics: { name: "Rhea Rustad", label: "Systems Engineer", tags: ["Rust", "Kafka"] },
  work: [
    {
      name: "Cloudflare",
      position: "Systems Engineer",
      team: "Edge Team",
      location: "Lisbon",
      highlights: ["Built a RocksDB-backed cache", "Moved ingestion from Kafka to NATS"],
      keywords: ["Rust", "Tokio"],
    },
    {
      name: "Initech",
      position: "Backend Engineer",
      roles: [
        { position: "Junior Engineer", note: "Promoted Nov '19" },
        { position: "Senior Engineer", highlights: ["Led the stream processing rewrite"] },
      ],
    },
  ],
  projects: [
    {
      name: "Converge",
      type: "crate",
      metric: "22M downloads",
      description: "A reverse proxy",
      keywords: ["Pingora"],
    },
  ],
  skills: [{ name: "Database", keywords: ["RocksDB", "PostgreSQL"] }],
  education: [
    {
      institution: "Technische Universität München",
      studyType: "Master",
      area: "Informatics",
      notes: ["Thesis on Go schedulers"],
    },
  ],
  languages: [{ language: "Portuguese", fluency: "Native" }],
  interests: [{ name: "Climbing" }],
  certificates: [{ name: "Certified Kubernetes Administrator", issuer: "CNCF" }],
  publications: [{ name: "Lock-free queues", publisher: "ACM" }],
  awards: [{ title: "Hackathon winner", awarder: "Initech" }],
  extra: [{ title: "Talks", lines: ["RustConf 2023: async drop"] }],
};

const JAVA_DEV: Profile = {
  basics: { name: "Jonas Berg", label: "Backend Developer" },
  work: [
    {
      name: "Globex",
      position: "Developer",
      highlights: ["Rewrote the billing service in Rust", "Maintained Java services"],
      keywords: ["Java", "Go"],
    },
  ],
  skills: [{ name: "Languages", keywords: ["Java", "Django", "Go services"] }],
};

const UNICODE: Profile = {
  basics: { name: "Zoë Ångström", label: "数据工程师", summary: "🚀 Rust on 東京大学 clusters" },
  work: [{ name: "Zürich Insurance", position: "Data Engineer" }],
};

const lib = library(RUSTACEAN, JAVA_DEV, UNICODE);
const index = buildIndex(lib);

describe("buildIndex: what a hit knows", () => {
  it("a company in the second job: experience, entry 1, field name", () => {
    const hit = index.search("initech").find((h) => h.field === "name" && h.section === "experience");
    expect(hit).toMatchObject({
      id: "rhea-rustad",
      section: "experience",
      entry: 1,
      field: "name",
      text: "Initech",
    });
    expect(hit!.ranges).toEqual([[0, 7]]);
  });

  it("reaches roles, notes, projects, schools, languages and extra sections", () => {
    const where = (q: string) => index.search(q).map((h) => `${h.section}/${h.entry}/${h.field}`);
    expect(where("junior")).toContain("experience/1/roles[0].position");
    expect(where("promoted")).toContain("experience/1/roles[0].note");
    expect(where("stream processing")).toContain("experience/1/roles[1].highlights[0]");
    expect(where("downloads")).toContain("projects/0/metric");
    expect(where("crate")).toContain("projects/0/type");
    expect(where("pingora")).toContain("projects/0/keywords[0]");
    expect(where("database")).toContain("skills/0/name");
    expect(where("informatics")).toContain("education/0/area");
    expect(where("schedulers")).toContain("education/0/notes[0]");
    expect(where("portuguese")).toContain("languages/0/language");
    expect(where("climbing")).toContain("interests/0/name");
    expect(where("kubernetes")).toContain("certificates/0/name");
    expect(where("lock-free")).toContain("publications/0/name");
    expect(where("hackathon")).toContain("awards/0/title");
    expect(where("rustconf")).toContain("other/0/lines[0]");
    expect(where("lisbon")).toContain("experience/0/location");
    expect(where("edge")).toContain("experience/0/team");
    expect(where("rhea")).toContain("overview/0/name");
  });

  it("ranges point at the matched characters", () => {
    for (const q of ["rocksdb", "kafka", "cloudflare", "engineer"]) {
      const hits = index.search(q);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(matched(h)).toContain(q);
    }
  });
});

describe("typos and partial words", () => {
  it("rsut finds Rust, kafak finds Kafka, rocksdb finds RocksDB", () => {
    expect(matched(index.search("rsut")[0]!)).toEqual(["rust"]);
    expect(matched(index.search("kafak")[0]!)).toEqual(["kafka"]);
    const rocks = index.search("rocksdb");
    expect(rocks[0]!.text).toBe("RocksDB");
    expect(rocks.some((h) => h.text === "Built a RocksDB-backed cache" && h.ranges[0]![0] === 8)).toBe(true);
  });

  it("a typo that fits the whole word highlights the whole word", () => {
    const l = library({ skills: [{ keywords: ["Kubernetes"] }] });
    const hit = buildIndex(l).search("kubernets")[0]!;
    expect(hit.ranges).toEqual([[0, 10]]);
  });

  it("matches anywhere inside a word, and the beginning of a word as one types", () => {
    expect(index.search("gres").some((h) => h.text === "PostgreSQL")).toBe(true);
    expect(index.search("clou")[0]!.text).toBe("Cloudflare");
    expect(matched(index.search("clou")[0]!)).toEqual(["clou"]);
  });

  it("finds nothing for text that is nowhere", () => {
    expect(index.search("xylophone")).toEqual([]);
  });
});

describe("ranking", () => {
  it("a skill or tag hit ranks above a bullet that mentions the same word", () => {
    const hits = index.search("rust");
    const firstBullet = hits.findIndex((h) => h.field.startsWith("highlights"));
    const firstSkill = hits.findIndex((h) => h.field.startsWith("keywords") || h.field.startsWith("tags"));
    expect(firstSkill).toBeGreaterThanOrEqual(0);
    expect(firstBullet).toBeGreaterThan(firstSkill);
  });

  it("the name ranks first for a name query", () => {
    expect(index.search("jonas")[0]).toMatchObject({ id: "jonas-berg", field: "name" });
  });

  it("an exact word in a bullet ranks above a typo-match in a skill", () => {
    const l = library(
      { basics: { name: "A" }, skills: [{ name: "S", keywords: ["Ruts"] }] },
      { basics: { name: "B" }, work: [{ highlights: ["Shipped Rust code"] }] },
    );
    const hits = buildIndex(l).search("rust");
    expect(hits.map((h) => h.text)).toEqual(["Shipped Rust code", "Ruts"]);
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
  });

  it("equal hits keep library order; scores never decrease down the list", () => {
    const l = library(
      { basics: { name: "P1" }, skills: [{ keywords: ["Kafka"] }] },
      { basics: { name: "P2" }, skills: [{ keywords: ["Kafka"] }] },
      { basics: { name: "P3" }, skills: [{ keywords: ["Kafka"] }] },
    );
    const hits = buildIndex(l).search("kafka");
    expect(hits.map((h) => h.id)).toEqual(["p1", "p2", "p3"]);
    const all = index.search("e", { limit: 200 });
    for (let i = 1; i < all.length; i++) expect(all[i]!.score).toBeGreaterThanOrEqual(all[i - 1]!.score);
  });

  it("one hit per text within an entry (a role repeating its job's position)", () => {
    const l = library({
      work: [
        {
          name: "Acme",
          position: "Staff Engineer",
          roles: [{ position: "Staff Engineer" }, { position: "Staff Engineer II" }],
        },
      ],
    });
    const hits = buildIndex(l).search("staff");
    expect(hits.map((h) => h.field)).toEqual(["position", "roles[1].position"]);
  });

  it("respects limit", () => {
    expect(index.search("e", { limit: 3 })).toHaveLength(3);
  });
});

describe("several terms", () => {
  it("every term must match in the same profile; a field holding all of them ranks first", () => {
    const hits = index.search("rust billing");
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.id))).toEqual(new Set(["jonas-berg"]));
    expect(hits[0]!.text).toBe("Rewrote the billing service in Rust");
    expect(matched(hits[0]!)).toEqual(["billing", "rust"]);
  });

  it("terms in different fields of one profile still match it", () => {
    const ids = new Set(index.search("cloudflare portuguese").map((h) => h.id));
    expect(ids).toEqual(new Set(["rhea-rustad"]));
  });

  it("a | b is either", () => {
    const ids = new Set(index.search("lisbon | globex").map((h) => h.id));
    expect(ids).toEqual(new Set(["rhea-rustad", "jonas-berg"]));
  });
});

describe("extended syntax", () => {
  it("'include: exact text only, no typos", () => {
    expect(index.search("'rsut")).toEqual([]);
    const hits = index.search("'ocksd");
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(matched(h)).toEqual(["ocksd"]);
  });

  it("=exact: the whole field", () => {
    const hits = index.search("=go");
    expect(hits.map((h) => h.text)).toEqual(["Go"]);
    expect(hits[0]!.ranges).toEqual([[0, 2]]);
  });

  it("^prefix: the field starts with it", () => {
    const hits = index.search("^senior");
    expect(hits.map((h) => h.text)).toEqual(["Senior Engineer"]);
    expect(index.search("^engineer")).toEqual([]);
  });

  it("suffix$: the field ends with it", () => {
    const texts = index.search("engineer$").map((h) => h.text);
    expect(texts).toContain("Systems Engineer");
    expect(texts).toContain("Senior Engineer");
    expect(texts.every((t) => t.toLowerCase().endsWith("engineer"))).toBe(true);
    const hit = index.search("engineer$").find((h) => h.text === "Systems Engineer")!;
    expect(hit.ranges).toEqual([[8, 16]]);
  });

  it("!not: drops the people who mention it anywhere", () => {
    const all = new Set(index.search("rust").map((h) => h.id));
    expect(all.has("jonas-berg")).toBe(true);
    const without = new Set(index.search("rust !java").map((h) => h.id));
    expect(without.has("jonas-berg")).toBe(false);
    expect(without.has("rhea-rustad")).toBe(true);
    expect(index.search("rust !^maintained").some((h) => h.id === "jonas-berg")).toBe(false);
    expect(index.search("!java")).toEqual([]);
  });

  it('"quoted phrase" keeps its spaces', () => {
    const hits = index.search('"stream processing"');
    expect(hits.map((h) => h.text)).toEqual(["Led the stream processing rewrite"]);
    expect(matched(hits[0]!)).toEqual(["stream processing"]);
    expect(index.search('"processing stream"')).toEqual([]);
  });
});

describe("edge cases", () => {
  it("empty and whitespace queries give no hits", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   \t ")).toEqual([]);
    expect(index.search("'")).toEqual([]);
  });

  it("folds case and diacritics, with ranges in the original text", () => {
    const hit = index.search("munchen")[0]!;
    expect(hit.text).toBe("Technische Universität München");
    expect(hit.text.slice(...hit.ranges[0]!)).toBe("München");
    expect(index.search("zoe")[0]).toMatchObject({ id: "zoe-angstrom", field: "name" });
    expect(index.search("ÅNGSTRÖM")[0]!.field).toBe("name");
  });

  it("CJK and astral characters: ranges stay on the right UTF-16 offsets", () => {
    const tokyo = index.search("東京").find((h) => h.field === "summary")!;
    expect(tokyo.text.slice(...tokyo.ranges[0]!)).toBe("東京");
    const rust = index.search("rust").find((h) => h.id === "zoe-angstrom")!;
    expect(rust.text.slice(...rust.ranges[0]!)).toBe("Rust");
    expect(index.search("工程")[0]!.text).toBe("数据工程师");
  });

  it("an empty library and an unprepared index are fine; prepare() is idempotent", async () => {
    expect(buildIndex(new Library([])).search("rust")).toEqual([]);
    const fresh = buildIndex(lib);
    await fresh.prepare({ async: true, slice: 1 });
    fresh.prepare();
    expect(fresh.search("rsut")[0]!.text).toBe("Rust");
  });

  it("searchProfiles groups hits by person, best person first", () => {
    const people = index.searchProfiles("rust", { perProfile: 2 });
    expect(people[0]!.id).toBe("rhea-rustad");
    expect(new Set(people.map((p) => p.id))).toEqual(new Set(["rhea-rustad", "jonas-berg", "zoe-angstrom"]));
    for (const p of people) {
      expect(p.hits.length).toBeLessThanOrEqual(2);
      expect(p.hits.every((h) => h.id === p.id)).toBe(true);
      expect(p.score).toBe(p.hits[0]!.score);
    }
  });

  it("typing a query letter by letter gives the same hits as typing it at once", () => {
    const typed = buildIndex(lib);
    const q = "kafak strea";
    for (let i = 1; i < q.length; i++) typed.search(q.slice(0, i));
    expect(typed.search(q)).toEqual(buildIndex(lib).search(q));
  });
});
