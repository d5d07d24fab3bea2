/**
 * The text and Markdown path of the loader with the parser replaced by a fake (so these
 * tests do not depend on what the parser extracts), and an unreadable file simulated (the
 * tests may run as root, for whom no file is unreadable).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ParseOptions, ParseResult } from "../../src/parse/index.js";

const fake = vi.hoisted(() => ({
  calls: [] as { text: string; options: ParseOptions }[],
  parse(text: string, options: ParseOptions): ParseResult {
    fake.calls.push({ text, options });
    return fake.result(text, options);
  },
  result: (text: string, options: ParseOptions): ParseResult => {
    const name = /^# (.+)$/m.exec(text)?.[1];
    return {
      profile: name
        ? { basics: { name }, work: [{ name: "Co", source: { file: options.file, line: 3 } }] }
        : {},
      warnings: text.includes("odd")
        ? [{ file: options.file, line: 7, message: "skipped an odd line", severity: "warning" }]
        : [],
    };
  },
}));

vi.mock("../../src/parse/index.js", () => ({ parseDocument: vi.fn(fake.parse) }));

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    openSync: vi.fn((path: string, flags?: import("node:fs").OpenMode) => {
      if (String(path).includes("locked")) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });
      }
      return real.openSync(path, flags ?? "r");
    }),
  };
});

const { loadLibrary } = await import("../../src/library/load.js");
const { formatDiagnostic } = await import("../../src/library/diagnostic.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "resumes-load-text-"));
  fake.calls.length = 0;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loading text and Markdown", () => {
  it("parses .txt as text and .md/.markdown as Markdown, with the file as the user named it", async () => {
    writeFileSync(join(dir, "a.txt"), "# Alice\n");
    writeFileSync(join(dir, "b.md"), "# Bob\n");
    writeFileSync(join(dir, "c.MARKDOWN"), "# Carol\n");
    const { library, diagnostics } = await loadLibrary(["."], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(library.entries.map((e) => [e.label, e.file, e.format])).toEqual([
      ["Alice", "a.txt", "text"],
      ["Bob", "b.md", "markdown"],
      ["Carol", "c.MARKDOWN", "markdown"],
    ]);
    // Files are read concurrently: the parser sees them in any order.
    const seen = fake.calls.map((c) => c.options).sort((a, b) => a.file.localeCompare(b.file));
    expect(seen).toEqual([
      { file: "a.txt", format: "text" },
      { file: "b.md", format: "markdown" },
      { file: "c.MARKDOWN", format: "markdown" },
    ]);
  });

  it("hands the parser sanitized text with normalised line ends", async () => {
    writeFileSync(join(dir, "x.md"), "\ufeff# Eve\u001b]0;owned\u0007 \u202eX\r\nline\u009b2J two\r\n");
    await loadLibrary(["x.md"], { cwd: dir });
    expect(fake.calls[0]!.text).toBe("# Eve X\nline two\n");
  });

  it("passes parser warnings through as warnings, with their line", async () => {
    writeFileSync(join(dir, "w.txt"), "# Wendy\nan odd line\n");
    const { library, diagnostics } = await loadLibrary(["w.txt"], { cwd: dir });
    expect(library.entries).toHaveLength(1);
    expect(diagnostics.map(formatDiagnostic)).toEqual(["w.txt:7: warning: skipped an odd line"]);
    expect(diagnostics[0]!.severity).toBe("warning");
  });

  it("a document from which nothing was extracted is one error", async () => {
    writeFileSync(join(dir, "n.txt"), "nothing here\n");
    const { library, diagnostics } = await loadLibrary(["n.txt"], { cwd: dir });
    expect(library.entries).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "n.txt: nothing recognisable as a résumé (no name, contact details or sections found)",
    ]);
  });

  it("a parser crash on one file is one error for that file; the others load", async () => {
    const { parseDocument } = await import("../../src/parse/index.js");
    vi.mocked(parseDocument).mockImplementation((text, options) => {
      if (options.file === "a.txt") throw new Error("boom\n    at somewhere (file.ts:1:1)");
      return fake.result(text, options);
    });
    writeFileSync(join(dir, "a.txt"), "# A\n");
    writeFileSync(join(dir, "b.txt"), "# B\n");
    const { library, diagnostics } = await loadLibrary(["."], { cwd: dir });
    expect(library.entries.map((e) => e.label)).toEqual(["B"]);
    expect(diagnostics.map(formatDiagnostic)).toEqual(["a.txt: could not load (boom)"]);
    vi.mocked(parseDocument).mockImplementation(fake.parse);
  });

  it("an unreadable file is one error; the others load", async () => {
    writeFileSync(join(dir, "locked.md"), "# Locked\n");
    writeFileSync(join(dir, "open.md"), "# Open\n");
    const { library, diagnostics } = await loadLibrary(["."], { cwd: dir });
    expect(library.entries.map((e) => e.label)).toEqual(["Open"]);
    expect(diagnostics.map(formatDiagnostic)).toEqual(["locked.md: permission denied"]);
  });
});
