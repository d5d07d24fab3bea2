import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FORBIDDEN, sanitize, sanitizeDeep } from "../../src/text/sanitize.js";
import { runs, anyCodePoint } from "../runs.js";

const ESC = "\u001b";
const BEL = "\u0007";
const ST = `${ESC}\\`;

describe("sanitize: escape sequences", () => {
  it("removes an OSC 52 clipboard write terminated by BEL", () => {
    expect(sanitize(`Jane${ESC}]52;c;cm0gLXJmIH4=${BEL} Doe`)).toBe("Jane Doe");
  });

  it("removes an OSC 52 clipboard write terminated by ST", () => {
    expect(sanitize(`a${ESC}]52;c;Y3VybCBldmls${ST}b`)).toBe("ab");
  });

  it("removes an OSC 0 window title", () => {
    expect(sanitize(`${ESC}]0;pwned${BEL}Senior Engineer`)).toBe("Senior Engineer");
  });

  it("removes an OSC 8 hyperlink but keeps its visible text", () => {
    expect(sanitize(`${ESC}]8;;https://evil.example${ST}my site${ESC}]8;;${ST}`)).toBe("my site");
  });

  it("removes CSI clear screen, cursor moves and colours", () => {
    expect(sanitize(`${ESC}[2J${ESC}[H${ESC}[1;31mRed${ESC}[0m ${ESC}[10A${ESC}[?25l`)).toBe("Red ");
  });

  it("removes CSI with intermediates (DECSCUSR) and private markers", () => {
    expect(sanitize(`x${ESC}[2 qy${ESC}[>0;1cz`)).toBe("xyz");
  });

  it("removes two-character and charset sequences", () => {
    expect(sanitize(`${ESC}ca${ESC}7b${ESC}8${ESC}(Bc${ESC}#8d${ESC}Me`)).toBe("abcde");
  });

  it("removes DCS, SOS, PM and APC strings with their payloads", () => {
    expect(sanitize(`1${ESC}P1$r0m${ST}2${ESC}Xsos${ST}3${ESC}^pm${ST}4${ESC}_apc${ST}5`)).toBe("12345");
  });

  it("removes a lone ESC, at the end, before a newline and before non-ASCII", () => {
    expect(sanitize(`a${ESC}`)).toBe("a");
    expect(sanitize(`a${ESC}\nb`)).toBe("a\nb");
    expect(sanitize(`${ESC}é`)).toBe("é");
    expect(sanitize(`${ESC}${ESC}${ESC}x`)).toBe("");
  });

  it("ends an unterminated OSC at the end of its line, keeping the next lines", () => {
    expect(sanitize(`Name${ESC}]0;never closed\nExperience\n`)).toBe("Name\nExperience\n");
    expect(sanitize(`x${ESC}]52;c;AAAA`)).toBe("x");
  });

  it("aborts a string when another sequence starts inside it (nested)", () => {
    expect(sanitize(`a${ESC}]0;title${ESC}[31mred${BEL}b`)).toBe("ared" + "b");
    expect(sanitize(`a${ESC}]0;${ESC}]52;c;QQ==${BEL}b`)).toBe("ab");
  });

  it("ends an OSC at CAN and SUB", () => {
    expect(sanitize(`a${ESC}]0;t\u0018b${ESC}]0;t\u001ac`)).toBe("abc");
  });

  it("stops an incomplete CSI at a character that cannot belong to it", () => {
    expect(sanitize(`${ESC}[12`)).toBe("");
    expect(sanitize(`${ESC}[12é`)).toBe("é");
    expect(sanitize(`${ESC}[1\n2`)).toBe("\n2");
  });
});

describe("sanitize: C1 controls", () => {
  it("removes C1 CSI with its parameters", () => {
    expect(sanitize("a\u009b2Jb\u009b1;31mc")).toBe("abc");
  });

  it("removes C1 OSC with its payload, terminated by C1 ST or BEL", () => {
    expect(sanitize("a\u009d52;c;ZXZpbA==\u009cb\u009d0;title\u0007c")).toBe("abc");
  });

  it("removes C1 DCS, SOS, PM and APC with their payloads", () => {
    expect(sanitize("1\u0090q#0\u009c2\u0098s\u009c3\u009ep\u009c4\u009fa\u009c5")).toBe("12345");
  });

  it("removes every other C1 control", () => {
    let all = "";
    for (let c = 0x80; c <= 0x9f; c++)
      if (![0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f].includes(c)) all += String.fromCharCode(c);
    expect(sanitize(`<${all}>`)).toBe("<>");
  });
});

describe("sanitize: C0, line ends, invisible and bidi characters", () => {
  it("keeps tabs and newlines, normalises CR LF and CR", () => {
    expect(sanitize("a\tb\r\nc\rd\ne")).toBe("a\tb\nc\nd\ne");
    expect(sanitize("a\r\r\nb")).toBe("a\n\nb");
  });

  it("turns form feed, vertical tab and Unicode separators into newlines", () => {
    expect(sanitize("page 1\fpage 2\u000bx\u2028y\u2029z")).toBe("page 1\npage 2\nx\ny\nz");
  });

  it("removes BEL, backspace (overstrike), NUL, DEL and the rest of C0", () => {
    expect(sanitize("ok\u0007\u0008\u0008XX\u0000\u007f!")).toBe("okXX!");
    let all = "";
    for (let c = 0; c < 0x20; c++)
      if (![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(c)) all += String.fromCharCode(c);
    expect(sanitize(`[${all}]`)).toBe("[]");
  });

  it("removes bidi overrides, embeddings, isolates and marks (Trojan Source)", () => {
    expect(sanitize("admin\u202e\u2066 // check\u2069\u2066")).toBe("admin // check");
    expect(sanitize("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069x\u200e\u200f\u061c")).toBe("x");
  });

  it("removes BOM and zero-width spaces, keeps ZWJ emoji and ZWNJ", () => {
    expect(sanitize("\ufeffKaf\u200bka\u2060\ufeff")).toBe("Kafka");
    expect(sanitize("👩\u200d💻 می\u200cخواهم")).toBe("👩\u200d💻 می\u200cخواهم");
  });

  it("replaces lone surrogates, keeps pairs", () => {
    expect(sanitize("a\ud800b\udc00c😀")).toBe("a\ufffdb\ufffdc😀");
  });

  it("returns clean text unchanged (same string)", () => {
    const clean = "Jan '26 → present · Rust, Kafka\n\t• Built things — 22M downloads";
    expect(sanitize(clean)).toBe(clean);
  });
});

describe("sanitize: properties", () => {
  // Strings built from the characters that matter, so the generator hits sequences often.
  const alphabet = [
    "a",
    "Z",
    " ",
    "[",
    "]",
    "\\",
    "P",
    "X",
    "^",
    "_",
    "0",
    ";",
    "m",
    "(",
    "B",
    "?",
    "é",
    "😀",
    "\u001b",
    "\u0007",
    "\u0018",
    "\r",
    "\n",
    "\t",
    "\f",
    "\u0000",
    "\u007f",
    "\u0085",
    "\u0090",
    "\u009b",
    "\u009c",
    "\u009d",
    "\u009f",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\ud800",
    "\udc00",
  ];
  const hostile = fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }),
    fc.string({ unit: anyCodePoint, maxLength: 60 }),
  );

  it("never lets a forbidden character through", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = sanitize(s);
        expect(FORBIDDEN.test(out)).toBe(false);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const once = sanitize(s);
        expect(sanitize(once)).toBe(once);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("leaves printable text without controls untouched", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\t", "é", "→", "·", "😀", "\u200d") }),
        (s) => {
          expect(sanitize(s)).toBe(s);
        },
      ),
    );
  });
});

describe("sanitizeDeep", () => {
  it("cleans strings at any depth, keys included, and keeps other values", () => {
    const input = {
      basics: { name: `Eve${ESC}]0;x${BEL}`, [`la\u202ebel`]: "ok" },
      work: [{ highlights: ["a\u009b2Jb", 3, true, null] }],
    };
    expect(sanitizeDeep(input)).toEqual({
      basics: { name: "Eve", label: "ok" },
      work: [{ highlights: ["ab", 3, true, null] }],
    });
  });

  it("does not modify its input", () => {
    const input = { a: [`x${ESC}[1m`] };
    sanitizeDeep(input);
    expect(input.a[0]).toBe(`x${ESC}[1m`);
  });

  it("drops __proto__ keys instead of changing a prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const out = sanitizeDeep(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
