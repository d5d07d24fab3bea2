/**
 * JSON and YAML as the loader reads them: text fields keep their source text, empty
 * documents are refused like text with nothing in it, and the shape limits (nesting depth,
 * keys per mapping, size) are refused with one line saying where.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/library/diagnostic.js";
import { loadLibrary } from "../../src/library/load.js";
import type { Profile } from "../../src/profile/schema.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "resumes-structured-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function load(name: string, content: string) {
  writeFileSync(join(dir, name), content);
  const { library, diagnostics } = await loadLibrary([name], { cwd: dir });
  return { profile: library.entries[0]?.profile, lines: diagnostics.map(formatDiagnostic) };
}

async function profileOf(name: string, content: string): Promise<Profile> {
  const { profile, lines } = await load(name, content);
  expect(lines).toEqual([]);
  return profile!;
}

async function errorOf(name: string, content: string): Promise<string> {
  const { profile, lines } = await load(name, content);
  expect(profile).toBeUndefined();
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

const NOTHING = "nothing recognisable as a résumé (no name, contact details or sections found)";

describe("text fields keep the source text", () => {
  it("YAML: a leading zero, hex, trailing zeros, exponents and .inf stay as written", async () => {
    const p = await profileOf(
      "cv.yaml",
      [
        "basics:",
        "  name: Zero Lead",
        "  phone: 07700900123",
        "  location: {postalCode: 0x1F, city: 1e3}",
        "  profiles: [{network: x, username: 0o17}]",
        "education: [{institution: U, score: 3.50}]",
        "meta: {version: 1.0}",
        "work: [{name: .inf, position: 42}]",
      ].join("\n"),
    );
    expect(p.basics?.phone).toBe("07700900123");
    expect(p.basics?.location).toEqual({ postalCode: "0x1F", city: "1e3" });
    expect(p.basics?.profiles?.[0]?.username).toBe("0o17");
    expect(p.education?.[0]?.score).toBe("3.50");
    expect(p.meta?.version).toBe("1.0");
    // A number written as JavaScript writes it is the same text either way.
    expect(p.work?.[0]).toMatchObject({ name: ".inf", position: "42" });
  });

  it("JSON: a number too large or too precise for JavaScript stays as written", async () => {
    const p = await profileOf(
      "cv.json",
      '{"basics": {"name": "Big", "phone": 1e400, "location": {"postalCode": 12345678901234567890}},\n' +
        ' "education": [{"institution": "U", "score": 4.0}], "work": [{"name": "W", "position": -0}]}',
    );
    expect(p.basics?.phone).toBe("1e400");
    expect(p.basics?.location?.postalCode).toBe("12345678901234567890");
    expect(p.education?.[0]?.score).toBe("4.0");
    expect(p.work?.[0]?.position).toBe("-0");
  });

  it("JSON: digits inside strings are left alone", async () => {
    const p = await profileOf("s.json", '{"basics": {"name": "A \\"1.0\\" B", "phone": "007"}}');
    expect(p.basics).toMatchObject({ name: 'A "1.0" B', phone: "007" });
  });
});

describe("a structured document with nothing of a résumé in it", () => {
  it.each([
    ["work.json", '{"work": {}}'],
    ["basics.json", '{"basics": {}}'],
    ["meta.json", '{"meta": {"version": "1.0.0", "lastModified": "2024-01-01"}}'],
    ["empty-lists.json", '{"$schema": "https://x.example/s.json", "basics": {"profiles": []}, "work": [{}]}'],
    ["basics.yaml", "basics: {}\nmeta:\n  version: v1\n"],
  ])("%s is refused as text with nothing in it is", async (name, content) => {
    expect(await errorOf(name, content)).toBe(`${name}: ${NOTHING}`);
  });

  it("one fact is enough", async () => {
    expect((await profileOf("one.json", '{"work": [{"name": "Acme"}]}')).work).toEqual([
      { name: "Acme", source: { file: "one.json", line: 1 } },
    ]);
  });
});

describe("shape limits", () => {
  it("deep YAML is refused at a fixed depth, with its line, every time", async () => {
    const flow = `basics:\n  name: Deep\nwork:\n  - extra: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    const first = await errorOf("flow.yaml", flow);
    expect(first).toBe("flow.yaml:4:73: nested too deeply (more than 64 levels)");
    expect(await errorOf("flow.yaml", flow)).toBe(first);
    // Block nesting, compact ("- - - x") and indented.
    expect(await errorOf("compact.yaml", `basics: {name: D}\nx:\n  ${"- ".repeat(3000)}x\n`)).toBe(
      "compact.yaml:3:129: nested too deeply (more than 64 levels)",
    );
    const indented = [
      "basics: {name: D}",
      "x:",
      ...Array.from({ length: 100 }, (_, k) => `${" ".repeat(k + 1)}k${k}:`),
    ];
    expect(await errorOf("indented.yaml", indented.join("\n") + " end\n")).toBe(
      "indented.yaml:66:65: nested too deeply (more than 64 levels)",
    );
  });

  it("deep JSON is refused with its line and column", async () => {
    const text = `{"basics": {"name": "D"},\n "work": [{"x": ${"[".repeat(5000)}${"]".repeat(5000)}}]}`;
    expect(await errorOf("deep.json", text)).toBe("deep.json:2:78: nested too deeply (more than 64 levels)");
  });

  it("64 levels load", async () => {
    // The top object, `work`'s list, the entry, then 61 more levels.
    const text = `{"work": [{"name": "W", "x": ${"[".repeat(61)}${"]".repeat(61)}}]}`;
    expect((await profileOf("ok.json", text)).work?.[0]?.name).toBe("W");
  });

  it("a YAML mapping with more than 10,000 keys is refused, naming the file and line", async () => {
    const keys = Array.from({ length: 10_001 }, (_, k) => `  k${k}: v`);
    expect(await errorOf("keys.yaml", `basics:\n  name: K\nmeta:\n${keys.join("\n")}\n`)).toBe(
      "keys.yaml:4:3: a mapping with more than 10,000 keys",
    );
    const flow = `{basics: {name: K}, meta: {${Array.from({ length: 10_001 }, (_, k) => `k${k}: v`).join(", ")}}}`;
    expect(await errorOf("flow-keys.yaml", flow)).toBe(
      "flow-keys.yaml:1:27: a mapping with more than 10,000 keys",
    );
  });

  it("a duplicate key among 10,000 is found, with its line", async () => {
    const keys = Array.from({ length: 9_999 }, (_, k) => `  k${k}: v`);
    keys.push("  k17: again");
    expect(await errorOf("dup.yaml", `basics:\n  name: K\nmeta:\n${keys.join("\n")}\n`)).toBe(
      "dup.yaml:10003:3: invalid YAML: Map keys must be unique",
    );
    // As YAML compares keys: by value, so `1` and `"1"` differ; and 10,000 distinct keys load.
    const distinct = Array.from({ length: 10_000 }, (_, k) => `  k${k}: v`);
    const p = await profileOf(
      "many.yaml",
      `basics:\n  name: K\n  1: a\n  "1": b\nmeta:\n${distinct.join("\n")}\n`,
    );
    expect(Object.keys(p.meta ?? {})).toHaveLength(10_000);
  });

  it("a file of 5 MiB and one byte is told from the 5 MiB limit", async () => {
    writeFileSync(join(dir, "big.json"), "");
    truncateSync(join(dir, "big.json"), 5 * 1024 * 1024 + 1);
    const { diagnostics } = await loadLibrary(["big.json"], { cwd: dir });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "big.json: too large (5,242,881 bytes; the limit is 5,242,880 bytes)",
    ]);
  });
});
