import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { snippet, type Segment } from "../../src/search/snippet.js";

const join = (segs: Segment[]) => segs.map((s) => s.text).join("");
const matches = (segs: Segment[]) => segs.filter((s) => s.match).map((s) => s.text);

describe("snippet", () => {
  it("keeps a short text whole and marks the ranges", () => {
    const segs = snippet("Built a Rust service", [[8, 12]], 80);
    expect(join(segs)).toBe("Built a Rust service");
    expect(matches(segs)).toEqual(["Rust"]);
  });

  it("cuts a long text around the first match, within the width, with ellipses", () => {
    const text = "a".repeat(100) + " Kafka " + "b".repeat(100);
    const segs = snippet(text, [[101, 106]], 40);
    const out = join(segs);
    expect(stringWidth(out)).toBeLessThanOrEqual(40);
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(matches(segs)).toEqual(["Kafka"]);
  });

  it("a match at the end uses the room on the left", () => {
    const text = "word ".repeat(40) + "Rust";
    const segs = snippet(text, [[text.length - 4, text.length]], 30);
    const out = join(segs);
    expect(out.endsWith("Rust")).toBe(true);
    expect(stringWidth(out)).toBeLessThanOrEqual(30);
    expect(stringWidth(out)).toBeGreaterThanOrEqual(28);
  });

  it("counts wide characters as two columns and never splits a surrogate pair", () => {
    const text = "東京".repeat(30) + "🚀Rust" + "大学".repeat(30);
    const at = text.indexOf("Rust");
    const segs = snippet(text, [[at, at + 4]], 21);
    const out = join(segs);
    expect(stringWidth(out)).toBeLessThanOrEqual(21);
    expect(matches(segs)).toEqual(["Rust"]);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("turns newlines and tabs into spaces", () => {
    expect(join(snippet("one\ntwo\tthree", [], 80))).toBe("one two three");
  });
});
