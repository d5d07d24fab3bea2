/**
 * Nothing reaches stderr unsanitized, through the built CLI (`dist/cli.js`): a document
 * that makes a library warn (the yaml package quotes a collection key, C1 controls and
 * escape sequences included) gives one clean line, on the main thread and on the loader's.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_FOR_WORKERS } from "../../src/library/pool.js";
import { FORBIDDEN } from "../../src/text/sanitize.js";

const CLI = resolve("dist/cli.js");
const tmp = mkdtempSync(join(tmpdir(), "resumes-stderr-"));

// A collection as a map key: yaml warns, quoting the key, bytes and all.
const doc = (name: string) => `basics:\n  name: ${name}\n? [a\u009b31mX\u009d0;pwned\u009c, b]\n: v\n`;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  writeFileSync(join(tmp, "one.yaml"), doc("Ada Quill"));
  mkdirSync(join(tmp, "many"));
  for (let k = 0; k < MIN_FOR_WORKERS + 2; k++)
    writeFileSync(join(tmp, "many", `p${k}.yaml`), doc(`Person ${String.fromCharCode(97 + (k % 26))}`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? "", HOME: tmp, RESUMES_CACHE: "0" },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("stderr", () => {
  it("a library's warning about a document is one sanitized line", () => {
    const r = run(["list", "one.yaml"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Ada Quill");
    expect(FORBIDDEN.test(r.err)).toBe(false);
    expect(r.err).not.toContain("\u001b");
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^resumes: warning: Keys with collection values will be stringified/);
    expect(lines[0]).not.toContain("pwned");
  });

  it("the same from the loader's worker threads", () => {
    const r = run(["list", "many"]);
    expect(r.code).toBe(0);
    expect(FORBIDDEN.test(r.err)).toBe(false);
    expect(r.err).not.toContain("\u001b");
    const lines = r.err.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^resumes: warning: Keys with collection values/);
  });
});
