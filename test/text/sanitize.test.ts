import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadAnyBytes, loadBytes } from "../../src/library/load-file.js";
import type { TextFormat } from "../../src/library/formats/index.js";
import { parseDocument } from "../../src/parse/index.js";
import { FORBIDDEN, sanitize, sanitizeDecoded, sanitizeDeep } from "../../src/text/sanitize.js";
import { runs, anyCodePoint } from "../runs.js";
import { docx } from "../library/zip.js";

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

  it("removes the invisible operators and the deprecated format controls", () => {
    expect(sanitize("f\u2061(x)\u2062y\u2063\u2064 \u206a\u206b\u206c\u206d\u206e\u206fz")).toBe("f(x)y z");
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
    "\u2062",
    "\u206a",
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

// What a decoder brings back: every character the sanitizer removes, and the forms a
// document can spell it in (issue 16: `&#x202E;` decoded after sanitizing reached profiles).
const REMOVED = [
  0x202e, 0x202a, 0x2066, 0x2069, 0x200e, 0x200f, 0x061c, 0x200b, 0x2060, 0x2062, 0x206a, 0xfeff, 0xfff9,
  0x2028, 0x2029, 0x1b, 0x07, 0x00, 0x08, 0x0b, 0x0c, 0x0d, 0x7f, 0x85, 0x9b, 0x9d, 0xd83d, 0xdc00,
];
const NAMED = ["&rlm;", "&lrm;", "&ZeroWidthSpace;", "&NoBreak;", "&InvisibleTimes;", "&NewLine;", "&Tab;"];
const hex = (c: number) => c.toString(16);

/** One removed character as an HTML reference: hexadecimal (either case), decimal, or a name. */
const entity = fc.oneof(
  fc.constantFrom(...REMOVED).map((c) => `&#x${hex(c)};`),
  fc.constantFrom(...REMOVED).map((c) => `&#X${hex(c).toUpperCase()};`),
  fc.constantFrom(...REMOVED).map((c) => `&#${c};`),
  fc.constantFrom(...NAMED),
  fc.constantFrom("%E2%80%AE", "%E2%80%8B", "%EF%BB%BF", "%1B%5D0%3Bx%07", "%C2%9B"),
);
/** One removed character as a JSON string escape. */
const jsonEscape = fc.constantFrom(...REMOVED).map((c) => `\\u${hex(c).padStart(4, "0")}`);
/** One removed character as a YAML double-quoted escape. */
const yamlEscape = fc.oneof(
  jsonEscape,
  fc.constantFrom(
    "\\e",
    "\\L",
    "\\P",
    "\\N",
    "\\_",
    "\\x1b",
    "\\x9b",
    "\\0",
    "\\a",
    "\\b",
    "\\v",
    "\\f",
    "\\r",
  ),
);

/** A word with encoded characters before, inside and after it. */
const word = (encoded: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.array(encoded, { maxLength: 2 }),
      fc.constantFrom("Ilse", "Tavi", "Orrin", "Kafka", "Rust"),
      fc.array(encoded, { maxLength: 2 }),
    )
    .map(([a, w, b]) => `${a.join("")}${w.slice(0, 2)}${b.join("")}${w.slice(2)}`);
const slots = (encoded: fc.Arbitrary<string>) => fc.array(word(encoded), { minLength: 8, maxLength: 8 });

/** A document of every prose dialect, its fields written with `f` (words with entities in them). */
const PROSE: { file: string; format: TextFormat; doc: (f: string[]) => string }[] = [
  {
    file: "cv.md",
    format: "markdown",
    doc: (f) =>
      `# ${f[0]} ${f[1]}\n\n${f[2]} engineer · ${f[3]}@example.org · https://linkedin.com/in/${f[4]}\n\n` +
      `## Experience\n\n### ${f[5]} Engineer, ${f[6]} Ltd\n2019 – 2021\n\n- Built ${f[7]} <b>${f[2]}</b>\n\n` +
      `## Skills\n\n| ${f[3]} | ${f[4]}, ${f[5]} |\n|---|---|\n| Tools | ${f[6]} |\n`,
  },
  {
    file: "cv.txt",
    format: "text",
    doc: (f) =>
      `<!doctype html><html><head><title>${f[7]}</title></head><body><h1>${f[0]} ${f[1]}</h1>` +
      `<p>${f[2]} engineer &middot; <a href="mailto:${f[3]}@example.org">${f[3]}@example.org</a> ` +
      `<a href="https://github.com/${f[4]}">${f[4]}</a></p><h2>Experience</h2>` +
      `<p><b>${f[5]} Engineer</b>, ${f[6]} Ltd, 2019 &ndash; 2021</p><ul><li>Built ${f[7]}<img alt="${f[2]}"></li></ul>` +
      `<h2>Skills</h2><table><tr><td>${f[3]}</td><td>${f[4]}, ${f[5]}</td></tr></table><pre>${f[6]}\n${f[7]}</pre></body></html>`,
  },
  {
    file: "cv.org",
    format: "org",
    doc: (f) =>
      `#+TITLE: ${f[0]} ${f[1]}\n${f[3]}@example.org\n\n* Experience\n** ${f[5]} Engineer, ${f[6]} Ltd\n2019 – 2021\n- Built ${f[7]} *${f[2]}*\n* Skills\n- ${f[4]}\n`,
  },
  {
    file: "cv.tex",
    format: "latex",
    doc: (f) =>
      `\\name{${f[0]}}{${f[1]}}\n\\email{${f[3]}@example.org}\n\\begin{document}\n\\section{Experience}\n` +
      `\\cventry{2019--2021}{${f[5]} Engineer}{${f[6]} Ltd}{}{}{Built ${f[7]} \\textbf{${f[2]}}}\n\\section{Skills}\n${f[4]}\n\\end{document}\n`,
  },
];

/** Every string in a value (keys too) is free of what the sanitizer removes, and a fixed point of it. */
function checkClean(value: unknown, path = "$"): void {
  if (typeof value === "string") {
    expect(FORBIDDEN.test(value), `${path} = ${JSON.stringify(value)}`).toBe(false);
    expect(sanitize(value), path).toBe(value);
  } else if (Array.isArray(value)) value.forEach((v, i) => checkClean(v, `${path}[${i}]`));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      checkClean(k, `${path} key`);
      checkClean(v, `${path}.${k}`);
    }
}

describe("sanitize after decoding: no profile field holds what the sanitizer removes", () => {
  it("decoded pieces: a line break is a space inside a line, the rest as sanitize", () => {
    expect(sanitizeDecoded("\u202e")).toBe("");
    expect(sanitizeDecoded("a\u2028b\u2029c\fd")).toBe("a b c d");
    expect(sanitizeDecoded("\u001b]0;t\u0007x")).toBe("x");
    expect(sanitizeDecoded("é😀")).toBe("é😀");
  });

  it("entities in a Markdown cell and an HTML document are decoded, then sanitized", () => {
    const md = parseDocument(
      "# Ilse &#x202E;Osk&#x200B;\n\nilse&#xFEFF;@example.org &#x2066;x&#x2069; a&#x2028;b &#8238;c\n",
      {
        file: "cv.md",
        format: "markdown",
      },
    );
    expect(md.profile.basics?.name).toBe("Ilse Osk");
    expect(md.profile.basics?.email).toBe("ilse@example.org");
    checkClean(md.profile);
    const html = parseDocument(
      '<!doctype html><html><body><h1>Ilse&rlm; &#x202e;Osk&ZeroWidthSpace;</h1><p><a href="https://github.com/&#x202E;ilse">gh</a> ilse@example.org</p></body></html>',
      { file: "cv.txt", format: "text" },
    );
    expect(html.profile.basics?.name).toBe("Ilse Osk");
    checkClean(html.profile);
  });

  it("a %XX escape in a profile URL is decoded, then sanitized", () => {
    const { profile } = parseDocument(
      "Ilse Osk\nilse@example.org · https://linkedin.com/in/%E2%80%AEilse%E2%80%8B\n",
      {
        file: "cv.txt",
        format: "text",
      },
    );
    expect(profile.basics?.profiles?.[0]?.username).toBe("ilse");
  });

  it("entity-encoded input, through every prose reader (before and after the loader's own check)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROSE), slots(entity), (p, f) => {
        const doc = p.doc(f);
        // The parser's output itself (the readers sanitize after decoding)...
        checkClean(
          parseDocument(doc, { file: p.file, format: p.format === "markdown" ? "markdown" : "text" }).profile,
        );
        // ... and what the loader gives, warnings included.
        const r = loadBytes(Buffer.from(doc), p.file, p.format);
        checkClean("entry" in r ? [r.entry.profile, r.warnings.map((w) => w.message)] : r.error.message);
      }),
      { numRuns: runs(400) },
    );
  });

  it("JSON-escaped input (JSON Resume) and YAML escapes", () => {
    const fields = (f: string[]) => ({
      basics: {
        name: `${f[0]} ${f[1]}`,
        label: f[2],
        email: `${f[3]}@example.org`,
        profiles: [{ network: "GitHub", username: f[4], url: `https://github.com/${f[4]}` }],
        [`x${f[5]}`]: f[6],
      },
      work: [{ name: f[5], position: f[6], startDate: "2019-01", highlights: [f[7]] }],
      skills: [{ name: f[2], keywords: [f[3], f[4]] }],
    });
    fc.assert(
      fc.property(slots(jsonEscape), slots(yamlEscape), (j, y) => {
        // JSON.stringify would escape the backslashes of the escapes: write them in as they are.
        const json = JSON.stringify(fields(j.map((_, i) => `@${i}@`))).replace(
          /@(\d)@/g,
          (_m, i: string) => j[Number(i)]!,
        );
        const rj = loadBytes(Buffer.from(json), "cv.json", "jsonresume");
        expect("entry" in rj, JSON.stringify(rj)).toBe(true);
        checkClean("entry" in rj ? rj.entry.profile : undefined);
        const yaml = [
          "basics:",
          `  name: "${y[0]} ${y[1]}"`,
          `  label: "${y[2]}"`,
          `  email: "${y[3]}@example.org"`,
          `  summary: "${y[7]}"`,
          "work:",
          `  - name: "${y[5]}"`,
          `    position: "${y[6]}"`,
          "    startDate: 2019-01",
          `    highlights: ["${y[4]}"]`,
          "",
        ].join("\n");
        const ry = loadBytes(Buffer.from(yaml), "cv.yaml", "yaml");
        expect("entry" in ry, JSON.stringify(ry)).toBe(true);
        checkClean("entry" in ry ? ry.entry.profile : undefined);
      }),
      { numRuns: runs(400) },
    );
  });

  it("a Word document: XML character references and entities in its text", async () => {
    const word = docx([
      "Ilse&#x202E; Osk&#xFEFF;",
      "ilse&amp;#x200B;@example.org &amp;#x2066;x&amp;#8233;y",
      "Experience",
      "Rust&#x2028;Engineer, Tavi&#x200B; Ltd, 2019 - 2021",
    ]);
    const r = await loadAnyBytes(word, "cv.docx", "docx");
    expect("entry" in r, JSON.stringify(r)).toBe(true);
    if (!("entry" in r)) return;
    expect(r.entry.profile.basics).toMatchObject({ name: "Ilse Osk", email: "ilse@example.org" });
    checkClean(r.entry.profile);
  });
});
