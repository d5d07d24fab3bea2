/**
 * The commands on the bundled seeds, through the real loader and parser (in process, no
 * cache: the sources never cache). Asserts what a reader sees, not how it was parsed.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { ESC, fakeIo } from "./helpers.js";

const home = mkdtempSync(join(tmpdir(), "resumes-seeds-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// No RESUMES_PATH and no library folder: the bundled seeds.
const io = (columns = 80) => fakeIo({ env: { HOME: home }, columns });
const seeds = readdirSync("seeds").filter((f) => /\.(txt|md|json|ya?ml)$/.test(f));

describe("commands on the bundled seeds", () => {
  it("lists every seed, with its file, exit 0", async () => {
    const o = io();
    expect(await runCli(["list", "--json"], o)).toBe(0);
    const items = JSON.parse(o.out()) as { id: string; label: string; file: string; sections: string[] }[];
    expect(items.map((i) => i.file.split("/").pop()).sort()).toEqual([...seeds].sort());
    for (const i of items) {
      expect(i.label.length).toBeGreaterThan(0);
      expect(i.sections[0]).toBe("overview");
    }
    expect(items.map((i) => i.id)).toContain("utkarsh-gupta");
  });

  it("shows a seed's experience with date ranges and bullets, within 80 columns", async () => {
    const o = io();
    expect(await runCli(["show", "gupta", "exp"], o)).toBe(0);
    const out = o.out();
    expect(out).toMatch(/^Experience\n/);
    expect(out).toMatch(/Systems Engineer · Cloudflare +Jan '26 → present/);
    expect(out).toMatch(/^ +• /m);
    for (const line of out.trimEnd().split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    expect(out).not.toContain(ESC);
  });

  it("finds seeds by name words and prefixes", async () => {
    for (const who of ["abhirag", "awasthi", "abhi", "Abhirag Awasthi"]) {
      const o = io();
      expect(await runCli(["show", who, "overview"], o)).toBe(0);
      expect(o.out()).toMatch(/^\$ whoami\nAbhirag Awasthi\n/);
    }
  });

  it("exports a seed as JSON Resume that validates against the schema, formats included", async () => {
    const schema = JSON.parse(readFileSync("node_modules/@jsonresume/schema/schema.json", "utf8")) as object;
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const o = io();
    expect(await runCli(["export"], o)).toBe(0);
    const docs = JSON.parse(o.out()) as unknown[];
    expect(docs).toHaveLength(seeds.length);
    for (const d of docs) expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
  });

  it("exports a seed as Markdown with its sections", async () => {
    const o = io();
    expect(await runCli(["export", "abhirag", "--format", "markdown"], o)).toBe(0);
    expect(o.out()).toMatch(/^# Abhirag Awasthi\n/);
    expect(o.out()).toMatch(/^## Experience$/m);
    expect(o.out()).toMatch(/^### .+ — .+$/m);
  });
});
