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
  join(modules, "yoga-layout", "dist", "binaries", "yoga-wasm-base64-esm.js"),
  join(modules, "string-width", "index.js"),
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

  /** A patched copy of `pkg` beside the original in node_modules; `use` gets its dir. */
  async function withPatchedCopy(pkg: string, file: string, use: (dir: string) => Promise<void>) {
    const dir = mkdtempSync(join(modules, ".ink-patch-test-"));
    try {
      cpSync(join(modules, pkg), dir, { recursive: true });
      const path = join(dir, file);
      writeFileSync(path, patchSource(join(modules, pkg, file), readFileSync(path, "utf8")));
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("patched string-width measures emoji, CJK and marks as the original", async () => {
    await withPatchedCopy("string-width", "index.js", async (dir) => {
      const original = (await import(pathToFileURL(join(modules, "string-width", "index.js")).href)).default;
      const patched = (await import(pathToFileURL(join(dir, "index.js")).href)).default;
      for (const s of [
        "❤️",
        "👩‍💻 dev",
        "🇯🇵",
        "1️⃣",
        "日本語",
        "e\u0301",
        "plain",
        "→ ·",
        "\u001b[1m🦀\u001b[22m",
      ])
        expect(patched(s), s).toBe(original(s));
    });
  });

  it("patched yoga loads its wasm without fetch and lays out", async () => {
    await withPatchedCopy("yoga-layout", join("dist", "binaries", "yoga-wasm-base64-esm.js"), async (dir) => {
      // The package's entry, which loads the patched binary beside it. (Unpatched, it calls
      // fetch and falls back to decoding when the fetch fails, so count the calls.)
      const realFetch = globalThis.fetch;
      let fetches = 0;
      globalThis.fetch = () => (fetches++, Promise.reject(new Error("no fetch here")));
      let yoga: { Node: { create(): YogaNode } };
      try {
        yoga = (await import(pathToFileURL(join(dir, "dist", "src", "index.js")).href)).default;
      } finally {
        globalThis.fetch = realFetch;
      }
      const node = yoga.Node.create();
      node.setWidth(42);
      node.calculateLayout(undefined, undefined);
      expect(node.getComputedWidth()).toBe(42);
      expect(fetches).toBe(0);
    });
  });
});

interface YogaNode {
  setWidth(w: number): void;
  calculateLayout(w: undefined, h: undefined): void;
  getComputedWidth(): number;
}

interface Tokenizer {
  tokenize(s: string): unknown[];
  styledCharsFromTokens(t: unknown[]): { styles: unknown[] }[];
  styledCharsToString(c: { styles: unknown[] }[]): string;
}
