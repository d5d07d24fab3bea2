/**
 * The build patches Ink and its ANSI tokenizer (scripts/ink-patches.mjs) for memory and
 * allocation per SSH session. Each patch must still match the installed sources, and the
 * patched tokenizer must give exactly what the original gives.
 */
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { Chalk } from "chalk";
import { PATCHES, patchSource } from "../../scripts/ink-patches.mjs";

// The packages the bundle is built from (the build resolves them from the root).
const modules = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const inkDir = join(modules, "ink");
const tokenizerDir = join(modules, "@alcalzone", "ansi-tokenize");

const FILES = [
  join(inkDir, "build", "measure-text.js"),
  join(inkDir, "build", "wrap-text.js"),
  join(inkDir, "build", "output.js"),
  join(inkDir, "build", "render-node-to-output.js"),
  join(inkDir, "build", "ink.js"),
  join(tokenizerDir, "build", "styledChars.js"),
];

describe("ink patches", () => {
  it("each patch matches the installed sources exactly once", () => {
    for (const p of PATCHES) {
      const file = FILES.find((f) => p.file.test(f));
      expect(file, p.name).toBeDefined();
      const src = readFileSync(file!, "utf8");
      expect(src.split(p.find).length - 1, p.name).toBe(1);
    }
    for (const f of FILES) expect(() => patchSource(f, readFileSync(f, "utf8"))).not.toThrow();
  });

  it("the patched tokenizer renders every styled line exactly as the original", async () => {
    // A copy of the tokenizer package with styledChars.js patched, in node_modules (so it
    // finds the same dependencies).
    const dir = mkdtempSync(join(modules, ".ink-patch-test-"));
    try {
      cpSync(tokenizerDir, dir, { recursive: true });
      const file = join(dir, "build", "styledChars.js");
      writeFileSync(file, patchSource(file, readFileSync(file, "utf8")));
      const original = (await import(
        pathToFileURL(join(tokenizerDir, "build", "index.js")).href
      )) as Tokenizer;
      const patched = (await import(pathToFileURL(join(dir, "build", "index.js")).href)) as Tokenizer;
      const c = new Chalk({ level: 3 });
      const styles = [
        (s: string) => s,
        c.bold,
        c.dim,
        c.underline,
        c.inverse,
        c.cyan,
        c.bgYellow.black,
        c.gray.bold,
        c.bgCyan.black.bold,
        (s: string) => `\u001b]8;;https://example.com\u0007${s}\u001b]8;;\u0007`,
      ];
      const piece = fc.record({
        text: fc.string({
          unit: fc.constantFrom("a", " ", "é", "─", "│", "›", "中", "…", "x"),
          maxLength: 6,
        }),
        style: fc.integer({ min: 0, max: styles.length - 1 }),
        nest: fc.integer({ min: 0, max: styles.length - 1 }),
      });
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
          const line = pieces.map((p) => styles[p.nest]!(styles[p.style]!(p.text) + "y")).join("");
          const a = original.styledCharsFromTokens(original.tokenize(line));
          const b = patched.styledCharsFromTokens(patched.tokenize(line));
          expect(patched.styledCharsToString(b)).toBe(original.styledCharsToString(a));
          // Rows are built from cells of several writes (and blank cells): mix them.
          const mixed = [...a.slice(0, 3), ...b.slice(3)];
          expect(patched.styledCharsToString(mixed)).toBe(original.styledCharsToString(mixed));
        }),
        { numRuns: 300 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface Tokenizer {
  tokenize(s: string): unknown[];
  styledCharsFromTokens(t: unknown[]): { styles: unknown[] }[];
  styledCharsToString(c: { styles: unknown[] }[]): string;
}
