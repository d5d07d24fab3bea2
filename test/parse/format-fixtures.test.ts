/**
 * Résumés of invented people in the formats people keep their CV in, other than text and
 * Markdown: LaTeX templates (moderncv, awesome-cv, Jake's/sb2nov, deedy, altacv,
 * europasscv, resume.cls, friggeri, twentysecondcv, RenderCV's LaTeX, \datedsubsection),
 * RenderCV YAML, JSON Resume variants, Org (org-cv too), reStructuredText and AsciiDoc.
 * Each file in test/fixtures/formats is loaded the way the CLI loads it (its extension
 * names its reader) and checked against a partial expected profile in
 * test/fixtures/formats-expected (objects key by key, arrays item by item, same length).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatOf } from "../../src/library/extensions.js";
import type { TextFormat } from "../../src/library/formats/index.js";
import { loadBytes } from "../../src/library/load-file.js";
import { subsetDiff } from "./subset.js";

const dir = (sub: string): string => fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));
const files = readdirSync(dir("formats")).sort();
const expectedOf = (name: string): string => name.replace(/\.[a-z]+$/, ".json");

describe("format fixtures", () => {
  it("cover every format with a reader of its own, each file with an expected profile", () => {
    const formats = new Set(files.map((f) => formatOf(f)));
    for (const f of ["latex", "yaml", "jsonresume", "org", "rst", "asciidoc"] as const)
      expect(formats, f).toContain(f);
    const expected = readdirSync(dir("formats-expected"));
    for (const f of files) expect(expected).toContain(expectedOf(f));
  });

  for (const name of files) {
    it(`${name} matches its expected profile`, () => {
      const loaded = loadBytes(readFileSync(dir("formats") + name), name, formatOf(name) as TextFormat);
      if ("error" in loaded) throw new Error(loaded.error.message);
      const expected: unknown = JSON.parse(readFileSync(dir("formats-expected") + expectedOf(name), "utf8"));
      expect(subsetDiff(expected, loaded.entry.profile)).toEqual([]);
    });
  }
});
