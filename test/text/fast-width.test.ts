import { describe, expect, it } from "vitest";
import fc from "fast-check";
import stringWidth from "string-width";
import fastStringWidth, { isPlainNarrow } from "../../src/text/fast-width.js";
import { width } from "../../src/text/width.js";

const fastSet: number[] = [];
for (let c = 0; c <= 0xffff; c++) if (isPlainNarrow(c)) fastSet.push(c);

describe("fastStringWidth", () => {
  it("agrees with string-width on every code point of its fast set", () => {
    expect(fastSet.length).toBeGreaterThan(1000);
    const wrong = fastSet.filter((c) => stringWidth(String.fromCharCode(c)) !== 1);
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it("agrees with string-width on strings of fast-set characters, styled or not", () => {
    const ch = fc.constantFrom(...fastSet.map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), fc.boolean(), (chars, styled) => {
        const text = chars.join("");
        const s = styled ? `\u001b[1m${text}\u001b[22m` : text;
        expect(fastStringWidth(s)).toBe(stringWidth(s));
      }),
    );
  });

  it("measures everything else as the browser draws it (src/text/width.ts)", () => {
    for (const s of ["日本語", "e\u0301", "❤️", "👩‍💻", "a\u200bb", "👍🏽", "🦀 Rust · 22M"])
      expect(fastStringWidth(s)).toBe(width(s));
    expect(fastStringWidth("日本")).toBe(4);
    expect(fastStringWidth("Jan ’26 → present · Zürich")).toBe(26);
    expect(fastStringWidth("")).toBe(0);
  });

  it("passes options it does not handle to string-width", () => {
    expect(fastStringWidth("a → b", { ambiguousIsNarrow: false })).toBe(
      stringWidth("a → b", { ambiguousIsNarrow: false }),
    );
    expect(fastStringWidth("\u001b[1mab", { countAnsiEscapeCodes: true })).toBe(
      stringWidth("\u001b[1mab", { countAnsiEscapeCodes: true }),
    );
  });
});
