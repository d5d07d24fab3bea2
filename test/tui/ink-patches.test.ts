/**
 * Ink, its ANSI tokenizer, yoga-layout and string-width are patched in node_modules by
 * patch-package (patches/*.patch, applied by `npm ci`), for memory and allocation per SSH
 * session and for start-up; the tests and the bundle run the patched code. Each patch must
 * be applied, and the patched functions must give exactly what the published ones give
 * (un-patched copies made by scripts/patches.mjs).
 */
import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { Chalk } from "chalk";
import { assertPatched, packageCopy, patches } from "../../scripts/patches.mjs";

const modules = fileURLToPath(new URL("../../node_modules/", import.meta.url));

/** `use` gets the folder of a copy of `pkg`, as published or as patched (removed afterwards). */
async function withCopy(pkg: string, original: boolean, use: (dir: string) => Promise<void>) {
  const { pkg: dir, tmp } = packageCopy(pkg, { original });
  try {
    await use(dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe("ink patches", () => {
  it("every patch is applied to node_modules, and un-applies cleanly", async () => {
    const names = patches().map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["ink", "@alcalzone/ansi-tokenize", "yoga-layout", "string-width"]),
    );
    expect(() => assertPatched()).not.toThrow();
    // An un-patched copy is not patched (so the comparisons below compare two things).
    for (const name of names)
      await withCopy(name, true, async (dir) => {
        const tmp = join(dir, ...name.split("/").map(() => ".."), "..");
        expect(() => assertPatched(tmp, [name]), name).toThrow(/not patched/);
      });
  });

  it("the patched tokenizer renders every styled line exactly as the original", async () => {
    await withCopy("@alcalzone/ansi-tokenize", true, async (dir) => {
      const entry = (d: string) => pathToFileURL(join(d, "build", "index.js")).href;
      const original = (await import(entry(dir))) as Tokenizer;
      const patched = (await import(entry(join(modules, "@alcalzone", "ansi-tokenize")))) as Tokenizer;
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
    });
  });

  it("patched string-width measures emoji, CJK and marks as the original", async () => {
    await withCopy("string-width", true, async (dir) => {
      const patched = (await import(pathToFileURL(join(modules, "string-width", "index.js")).href)).default;
      const original = (await import(pathToFileURL(join(dir, "index.js")).href)).default;
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
    // The package's entry, which loads the binary beside it; a fresh copy of each, so each
    // is loaded here. Unpatched, it calls fetch and falls back to decoding when the fetch
    // fails, so count the calls.
    const fetchesOf = async (original: boolean) => {
      let fetches = 0;
      await withCopy("yoga-layout", original, async (dir) => {
        const realFetch = globalThis.fetch;
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
      });
      return fetches;
    };
    expect(await fetchesOf(false)).toBe(0);
    expect(await fetchesOf(true)).toBeGreaterThan(0);
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
