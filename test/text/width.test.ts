import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { terminalSafe, width } from "../../src/text/width.js";
import { width as printWidth } from "../../src/print/wrap.js";
import { width as tuiWidth, visible } from "../../src/tui/text.js";
import fastStringWidth from "../../src/text/fast-width.js";

describe("the one display width", () => {
  test("every place that measures text uses it: the browser, the plain views, Ink's string-width", () => {
    const samples = [
      "abc",
      "日本語",
      "👍🏽",
      "👩🏽‍💻",
      "❤️",
      "🇫🇷",
      "e\u0301",
      "한국어",
      "a\u200bb",
      "\u001b[1mbold\u001b[22m",
    ];
    for (const s of samples) {
      expect(printWidth(s), s).toBe(width(s));
      expect(tuiWidth(s), s).toBe(width(s));
      expect(fastStringWidth(s), s).toBe(width(s));
    }
    // Every code point of the BMP and the emoji planes, one by one: no disagreement left.
    const wrong: number[] = [];
    for (let cp = 0x20; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (printWidth(ch) !== tuiWidth(ch) || tuiWidth(ch) !== fastStringWidth(ch)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  test("skin tones, ZWJ sequences and VS16 are drawn in the form every terminal agrees on", () => {
    expect(terminalSafe("👍🏽")).toBe("👍");
    expect(terminalSafe("👩🏽‍💻")).toBe("👩💻");
    expect(terminalSafe("❤️ Rust")).toBe("❤ Rust");
    expect(width("👍🏽")).toBe(2);
    expect(width("👩🏽‍💻")).toBe(4);
    expect(width("❤️")).toBe(1);
    expect(width("日本")).toBe(4);
    expect(width("e\u0301")).toBe(1);
    expect(width("🇫🇷")).toBe(2);
    // the browser draws profile text in that form
    expect(visible("Ship it 👍🏽")).toBe("Ship it 👍");
  });

  test("what is measured is what is drawn: width(text) = width(terminalSafe(text)), code point by code point", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (s) => {
        const safe = terminalSafe(s);
        expect(width(s)).toBe(width(safe));
        let sum = 0;
        for (const ch of safe) sum += width(ch);
        expect(sum).toBe(width(safe));
      }),
    );
  });
});
