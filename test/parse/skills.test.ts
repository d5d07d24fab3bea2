import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { validateProfile, type Profile } from "../../src/profile/schema.js";

function parse(text: string, format: "text" | "markdown" = "text"): Profile {
  const { profile } = parseDocument(text, { file: format === "text" ? "x.txt" : "x.md", format });
  validateProfile(profile);
  return profile;
}

describe("space-separated product lists", () => {
  it("keep seed utkarsh-gupta's vendor and generic product names whole", () => {
    const text = readFileSync(
      fileURLToPath(new URL("../../seeds/utkarsh-gupta.txt", import.meta.url)),
      "utf8",
    );
    const p = parse(text);
    const previous = p.skills?.find((s) => s.name === "Previous stack")?.keywords ?? [];
    for (const k of [
      "Apache Arrow",
      "AWS Rust SDK",
      "Redis Cluster",
      "Solr Cloud",
      "Airflow / MWAA",
      "TypeScript",
      "Azure",
    ])
      expect(previous).toContain(k);
    for (const k of ["Apache", "Arrow", "SDK", "Cluster", "Cloud"]) expect(previous).not.toContain(k);
  });

  it("split a label from the products after it, in a line and in a table row", () => {
    const p = parse(
      "Jane Doe\njane@example.org\n\nSKILLS\n\nLanguages  TypeScript JavaScript HTML CSS\nTools  Docker Kubernetes Apache Kafka\n",
    );
    expect(p.skills).toMatchObject([
      { name: "Languages", keywords: ["TypeScript", "JavaScript", "HTML", "CSS"] },
      { name: "Tools", keywords: ["Docker", "Kubernetes", "Apache Kafka"] },
    ]);
    const m = parse(
      "# Jane Doe\n\n## Skills\n\n| Version control | Git |\n| Languages | TypeScript JavaScript HTML CSS |\n",
      "markdown",
    );
    expect(m.skills).toMatchObject([
      { name: "Version control", keywords: ["Git"] },
      { name: "Languages", keywords: ["TypeScript", "JavaScript", "HTML", "CSS"] },
    ]);
  });

  it("are read line by line, never against the rest of the document (100 KB of stack lines)", () => {
    // The old glue searched the whole document for every adjacent pair of words; this input took 25 s.
    const block = "Current stack\nGo Rust Kafka Redis Cluster Apache Arrow\n";
    const n = Math.ceil(100_000 / block.length);
    const p = parse(`Jane Doe\njane@example.org\n\nSKILLS\n\n${block.repeat(n)}`);
    const groups = p.skills ?? [];
    expect(groups.length).toBe(n);
    expect(groups.every((g) => g.keywords?.join("|") === "Go|Rust|Kafka|Redis Cluster|Apache Arrow")).toBe(
      true,
    );
  });
});

describe("lists as people write them", () => {
  const skills = (body: string, heading = "SKILLS") =>
    parse(`Jo Bloggs\njo@example.org\n\n${heading}\n\n${body}\n`).skills?.map((s) => [s.name, s.keywords]);

  it("the 'and' before a list's last item is no part of it; a two-word name with 'and' alone stays whole", () => {
    expect(
      skills("Languages: Go, Rust and Zig\nStores: Redis, y SQLite\nMethods: Research and Development"),
    ).toEqual([
      ["Languages", ["Go", "Rust", "Zig"]],
      ["Stores", ["Redis", "SQLite"]],
      ["Methods", ["Research and Development"]],
    ]);
  });

  it("a list wrapped after its 'and' goes on; a mark pointing to a note is no part of a name", () => {
    expect(skills("- Queues: NATS, RabbitMQ and\n  Kafka\n- Editors: Helix†, Vim^*^")).toEqual([
      ["Queues", ["NATS", "RabbitMQ", "Kafka"]],
      ["Editors", ["Helix", "Vim"]],
    ]);
  });

  it("a label over bullets names their group, the bullets' own lists included", () => {
    expect(skills("Functional\n* Elm\n* OCaml, F#\nVersion control\n* Mercurial\n* Fossil")).toEqual([
      ["Functional", ["Elm", "OCaml", "F#"]],
      ["Version control", ["Mercurial", "Fossil"]],
    ]);
  });

  it("a word in lower case goes on the word before it, unless either is a name ('Go tokio')", () => {
    expect(skills("Go tokio Load testing Capacity planning Runbooks")).toEqual([
      ["Skills", ["Go", "tokio", "Load testing", "Capacity planning", "Runbooks"]],
    ]);
  });

  it("a sentence among the lists is left out, with a warning naming its line", () => {
    const { profile, warnings } = parseDocument(
      "Jo Bloggs\njo@example.org\n\nSKILLS\n\nThese are the tools I have used at work over the last years.\nGo, Rust\n",
      { file: "x.txt", format: "text" },
    );
    expect(profile.skills?.flatMap((s) => s.keywords)).toEqual(["Go", "Rust"]);
    expect(warnings.map((w) => [w.line, w.message])).toContainEqual([
      6,
      'skills: left out 1 line(s) of prose such as "These are the tools I have used at work "',
    ]);
  });

  it("a heading the vocabulary does not know over lists of technology names is a skills section; over other words it is not", () => {
    const p = parse(
      "Jo Bloggs\njo@example.org\n\nEXPERIENCE\n\nEngineer, Acme, 2019 - 2021\n\nEDUCATION\n\nBSc, Tarn College, 2015\n\nDATA STORES\n\n* PostgreSQL, Redis\n* SQLite\n\nVALUES\n\n* Candour\n* Patience\n* Craft\n",
    );
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Data Stores", ["PostgreSQL", "Redis"]],
      ["Data Stores", ["SQLite"]],
    ]);
    expect(p.extra?.map((e) => e.title)).toEqual(["Values"]);
  });
});

describe("lists between semicolons", () => {
  it("are skills, wrapped over lines, with each item's 'and' kept in its name", () => {
    const p = parse(
      [
        "Tobiah Wrenfield",
        "tobiah@wrenfield.example",
        "",
        "CORE SKILLS",
        "Hull inspection; rigging and winch checks; cargo manifests; tide planning;",
        "crew rosters; safety and drill briefings",
      ].join("\n"),
    );
    expect(p.skills?.flatMap((s) => s.keywords)).toEqual([
      "Hull inspection",
      "rigging and winch checks",
      "cargo manifests",
      "tide planning",
      "crew rosters",
      "safety and drill briefings",
    ]);
  });
});
