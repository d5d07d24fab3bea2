/** Properties that hold for any query on any library: no throw, sane hits. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synthLibrary } from "../../bench/synth.js";
import { Library, makeEntries } from "../../src/library/library.js";
import { fieldsOf } from "../../src/search/fields.js";
import { buildIndex, type Hit } from "../../src/search/index.js";
import { fold } from "../../src/search/text.js";
import { runs } from "../runs.js";

const library = synthLibrary(60, 7);
const index = buildIndex(library);

function checkHits(hits: Hit[], lib: Library, limit: number): void {
  expect(hits.length).toBeLessThanOrEqual(limit);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    expect(h.score).toBeGreaterThanOrEqual(0);
    expect(h.score).toBeLessThanOrEqual(1);
    if (i > 0) expect(h.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
    // the hit names a real field of that profile, with its text
    const entry = lib.byId.get(h.id)!;
    const field = fieldsOf(entry.profile).find(
      (f) => f.section === h.section && f.entry === h.entry && f.field === h.field,
    );
    expect(field?.text).toBe(h.text);
    // ranges: sorted, disjoint, inside the text
    let end = -1;
    for (const [s, e] of h.ranges) {
      expect(s).toBeGreaterThan(end - 1);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(h.text.length);
      end = e;
    }
  }
}

describe("search properties", () => {
  it("any query string: no throw, hits well formed", () => {
    const word = fc.constantFrom(
      "rust",
      "kafak",
      "senior",
      "'node",
      "=go",
      "^lead",
      "engineer$",
      "!java",
      "|",
      '"',
      "é",
      "東京",
      "🚀",
      "",
    );
    const query = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.array(word, { maxLength: 4 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 30 }), (q, limit) => {
        checkHits(index.search(q, { limit }), library, limit);
      }),
      { numRuns: runs(300) },
    );
  });

  it("an exact word of some field is always found, with a range on it", () => {
    const texts = library.entries.flatMap((e) => fieldsOf(e.profile).map((f) => f.text));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), (i) => {
        const words = fold(texts[i]!).match(/[a-z]{4,}/g);
        if (!words) return;
        const w = words[0]!;
        const hits = index.search(`'${w}`, { limit: 1000 });
        expect(hits.some((h) => h.text === texts[i])).toBe(true);
        for (const h of hits) expect(h.ranges.some(([s, e]) => fold(h.text.slice(s, e)) === w)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it("one typo (swap, drop, add, change a letter) in a word of 4–8 letters still finds it", () => {
    const words = [
      ...new Set(
        library.entries.flatMap((e) =>
          fieldsOf(e.profile).flatMap(
            (f) => fold(f.text).match(/(?<![\p{L}\p{N}])[a-z]{4,8}(?![\p{L}\p{N}.+#'])/gu) ?? [],
          ),
        ),
      ),
    ];
    const typo = fc
      .tuple(
        fc.constantFrom(...words),
        fc.nat(),
        fc.constantFrom("swap", "drop", "add", "change"),
        fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
      )
      .map(([w, at, kind, c]) => {
        const i = at % (w.length - 1);
        const letter = /[a-z]/.test(c) ? c : "x";
        const typed =
          kind === "swap"
            ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
            : kind === "drop"
              ? w.slice(0, i) + w.slice(i + 1)
              : kind === "add"
                ? w.slice(0, i) + letter + w.slice(i)
                : w.slice(0, i) + letter + w.slice(i + 1);
        return { w, typed };
      });
    fc.assert(
      fc.property(typo, ({ w, typed }) => {
        const hits = index.search(typed, { limit: 5000 });
        expect(hits.some((h) => fold(h.text).includes(w))).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it("profiles with odd content index and search without error", () => {
    const odd = new Library(
      makeEntries([
        { profile: {}, file: "empty.md", format: "markdown" },
        {
          profile: { basics: { name: "   " }, work: [{ highlights: ["", "  ", "…"] }] },
          file: "blank.md",
          format: "markdown",
        },
        {
          profile: { extra: [{ title: "Talks", lines: ["C++ & C# at scale", "Node.js: the good parts"] }] },
          file: "x.md",
          format: "markdown",
        },
      ]),
    );
    const idx = buildIndex(odd);
    expect(idx.search("c++").map((h) => h.text)).toEqual(["C++ & C# at scale"]);
    expect(idx.search("'c#")[0]!.ranges).toEqual([[6, 8]]);
    expect(idx.search("node.js")[0]!.field).toBe("lines[1]");
    expect(idx.search("…")).toEqual([]);
  });
});

describe("limits", () => {
  it("a fractional or negative limit is floored at zero, never throws", () => {
    expect(index.search("engineer", { limit: 2.7 })).toHaveLength(2);
    expect(index.search("engineer", { limit: -1 })).toEqual([]);
    expect(index.searchProfiles("engineer", { limit: 1.5, perProfile: 0 })[0]!.hits).toHaveLength(1);
  });

  it("ranges stay inside a very long word", () => {
    const long = "x".repeat(3000) + "kafka" + "y".repeat(3000);
    const lib = new Library(
      makeEntries([
        { profile: { extra: [{ title: "Blob", lines: [long] }] }, file: "b.md", format: "markdown" },
      ]),
    );
    const hit = buildIndex(lib).search("'kafka")[0]!;
    expect(hit.ranges).toEqual([[3000, 3005]]);
  });
});
