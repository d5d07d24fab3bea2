import { describe, expect, it } from "vitest";
import { truncate, width, wrapText } from "../../src/print/wrap.js";

describe("width", () => {
  it("counts terminal columns: ASCII 1, wide and fullwidth 2, marks and escapes 0", () => {
    expect(width("abc")).toBe(3);
    expect(width("日本語")).toBe(6);
    expect(width("ｆｕｌｌ")).toBe(8);
    expect(width("한국")).toBe(4);
    expect(width("🚀")).toBe(2);
    expect(width("e\u0301")).toBe(1);
    expect(width("José Núñez")).toBe(10);
    expect(width("\u001b[1mbold\u001b[22m")).toBe(4);
    expect(width("→ · •")).toBe(5);
  });
});

describe("wrapText", () => {
  it("wraps on spaces within the width, with first and following prefixes", () => {
    const lines = wrapText("one two three four five six", 14, "  • ", "    ");
    expect(lines).toEqual(["  • one two", "    three four", "    five six"]);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(14);
  });

  it("counts wide characters as two columns", () => {
    const lines = wrapText("日本語 日本語 日本語", 14);
    expect(lines).toEqual(["日本語 日本語", "日本語"]);
  });

  it("cuts a word longer than a line", () => {
    const lines = wrapText("x".repeat(25), 12, "", "");
    expect(lines).toEqual(["xxxxxxxxxxxx", "xxxxxxxxxxxx", "x"]);
  });

  it("gives the prefix alone for empty text", () => {
    expect(wrapText("", 20, "- ")).toEqual(["- "]);
  });
});

describe("truncate", () => {
  it("keeps text that fits, cuts the rest to the width with an ellipsis, wide characters counted", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("a", 1)).toBe("a");
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("日本語です", 5)).toBe("日本…");
    expect(truncate("abc", 1)).toBe("…");
    expect(truncate("abc", 0)).toBe("");
  });
});
