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
