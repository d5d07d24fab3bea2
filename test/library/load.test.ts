import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/library/diagnostic.js";
import fc from "fast-check";
import { decode, hasContent, loadBytes } from "../../src/library/load-file.js";
import { loadDocument, loadLibrary } from "../../src/library/load.js";
import type { Format } from "../../src/library/library.js";
import { FORBIDDEN } from "../../src/text/sanitize.js";
import { runs } from "../runs.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "resumes-load-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string | Uint8Array): void {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
}

/** Load `paths` relative to the temp dir; the diagnostics as the user sees them. */
async function load(...paths: string[]) {
  const { library, diagnostics } = await loadLibrary(paths, { cwd: dir });
  return { library, diagnostics, lines: diagnostics.map(formatDiagnostic) };
}

/** The one line a single bad file gives, and that it gives exactly one. */
async function oneError(path: string): Promise<string> {
  const { library, diagnostics, lines } = await load(path);
  expect(library.entries).toEqual([]);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]!.severity).toBe("error");
  return lines[0]!;
}

const ADA = {
  basics: { name: "Ada Lovelace", label: "Programmer" },
  work: [{ name: "Engine Co", startDate: "2020" }],
};

describe("loadLibrary: one diagnostic per bad file", () => {
  it("a missing file", async () => {
    expect(await oneError("missing.json")).toBe("missing.json: no such file or folder");
  });

  it("a folder with no résumés in it", async () => {
    put("empty/notes.xlsx", "x");
    put("empty/.hidden.json", JSON.stringify(ADA));
    expect(await oneError("empty")).toBe(
      "empty: no résumés found in this folder (looked for .txt, .md, .markdown, .json, .yaml, .yml, .org, .rst, .adoc, .asciidoc, .tex, .pdf, .docx files)",
    );
  });

  it("a file with an unsupported extension, named explicitly", async () => {
    put("cv.pdf", "%PDF-1.4");
    put("README", "text");
    put("cv.pages", "text");
    expect(await oneError("cv.pages")).toBe(
      "cv.pages: unsupported file type '.pages'; expected .txt, .md, .markdown, .json, .yaml, .yml, .org, .rst, .adoc, .asciidoc, .tex, .pdf, .docx",
    );
    expect(await oneError("README")).toBe(
      "README: unsupported file type (no extension); expected .txt, .md, .markdown, .json, .yaml, .yml, .org, .rst, .adoc, .asciidoc, .tex, .pdf, .docx",
    );
  });

  it("binary files: NUL bytes, mostly invalid UTF-8, a (broken) PDF or a ZIP with a text extension", async () => {
    put("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const noise = new Uint8Array(4096);
    for (let k = 0; k < noise.length; k++) noise[k] = 0x80 + ((k * 37) % 0x40) + (k % 2 ? 0x40 : 0);
    put("noise.md", noise);
    put("cv.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
    put("cv.md", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(await oneError("image.txt")).toBe("image.txt: binary file, not text");
    expect(await oneError("noise.md")).toBe("noise.md: binary file, not text (not valid UTF-8)");
    // A PDF under another name is read as a PDF (this one is cut short).
    expect(await oneError("cv.txt")).toBe("cv.txt: not a valid PDF (damaged or truncated?)");
    expect(await oneError("cv.md")).toBe("cv.md: a ZIP archive (a .docx?), not text (save it as text first)");
  });

  it("an empty file, a whitespace-only file, a file of control characters", async () => {
    put("empty.md", "");
    put("blank.txt", "  \n\t\r\n  \n");
    put("controls.json", "\u001b[2J\u0007\u0000".replace("\u0000", ""));
    expect(await oneError("empty.md")).toBe("empty.md: empty file");
    expect(await oneError("blank.txt")).toBe("blank.txt: empty file");
    expect(await oneError("controls.json")).toBe("controls.json: empty file");
  });

  it("a file larger than 5 MB, refused before reading", async () => {
    put("huge.txt", "");
    truncateSync(join(dir, "huge.txt"), 6 * 1024 * 1024); // sparse: 6 MB of NULs
    expect(await oneError("huge.txt")).toBe("huge.txt: too large (6 MB; the limit is 5 MB)");
    put("small.json", JSON.stringify(ADA));
    const { lines } = await (async () => {
      const r = await loadLibrary(["small.json"], { cwd: dir, maxBytes: 10 });
      return { lines: r.diagnostics.map(formatDiagnostic) };
    })();
    expect(lines).toEqual(["small.json: too large (104 bytes; the limit is 10 bytes)"]);
  });

  it("invalid JSON, with line and column", async () => {
    put("bad.json", '{\n  "basics": {"name": "A"}\n  "work": []\n}\n');
    put("trailing.json", '{"basics": {"name": "A"},}');
    put("truncated.json", '{"basics": {"name": "A"');
    expect(await oneError("bad.json")).toBe(
      "bad.json:3:3: invalid JSON: expected ',' or '}' after a property value, found '\"'",
    );
    expect(await oneError("trailing.json")).toBe(
      "trailing.json:1:25: invalid JSON: trailing comma before '}'",
    );
    expect(await oneError("truncated.json")).toBe(
      "truncated.json:1:24: invalid JSON: expected ',' or '}' after a property value, found end of file",
    );
  });

  it("invalid YAML, with its line", async () => {
    put("bad.yaml", "basics:\n  name: A\n  label: [unclosed\nwork: []\n");
    put("dup.yml", "basics:\n  name: A\n  name: B\n");
    expect(await oneError("bad.yaml")).toMatch(/^bad\.yaml:[34]:\d+: invalid YAML: \S.*$/);
    expect(await oneError("dup.yml")).toBe("dup.yml:3:3: invalid YAML: Map keys must be unique");
  });

  it("a YAML alias bomb is refused, not expanded", async () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let k = 0; k < 8; k++)
      lines.push(`${"bcdefghi"[k]}: &${"bcdefghi"[k]} [${Array(10).fill(`*${"abcdefgh"[k]}`).join(", ")}]`);
    lines.push("basics: {name: Bomb}");
    put("bomb.yaml", lines.join("\n"));
    expect(await oneError("bomb.yaml")).toMatch(/^bomb\.yaml: invalid YAML: .*alias/i);
  });

  it("JSON or YAML that is not a résumé", async () => {
    put("array.json", "[1, 2, 3]");
    put("number.json", "42");
    put("package.json", '{"name": "x", "version": "1.0.0", "scripts": {}}');
    put("list.yaml", "- a\n- b\n");
    put("scalar.yml", "just a sentence\n");
    expect(await oneError("array.json")).toBe(
      "array.json: not a JSON Resume document: the top level is an array, expected an object",
    );
    expect(await oneError("number.json")).toBe(
      "number.json: not a JSON Resume document: the top level is a number, expected an object",
    );
    expect(await oneError("package.json")).toBe(
      "package.json: not a JSON Resume document: its keys are name, version, scripts; expected basics, work, education...",
    );
    expect(await oneError("list.yaml")).toBe(
      "list.yaml: not a JSON Resume document: the top level is an array, expected an object",
    );
    expect(await oneError("scalar.yml")).toBe(
      "scalar.yml: not a JSON Resume document: the top level is a string, expected an object",
    );
  });

  it("JSON nested absurdly deep", async () => {
    put("deep.json", `{"basics": {"x": ${"[".repeat(5000)}${"]".repeat(5000)}}}`);
    expect(await oneError("deep.json")).toBe("deep.json:1:80: nested too deeply (more than 64 levels)");
  });

  it("a text document from which nothing at all was extracted", async () => {
    put("dashes.txt", "----\n* * *\n....\n====\n");
    expect(await oneError("dashes.txt")).toBe(
      "dashes.txt: nothing recognisable as a résumé (no name, contact details or sections found)",
    );
  });
});

describe("loadLibrary: what loads", () => {
  it("loads JSON Resume and YAML, with entries, ids, labels and formats", async () => {
    put("ada.json", JSON.stringify(ADA));
    put(
      "grace.yaml",
      "basics:\n  name: Grace Hopper\nwork:\n  - name: Navy\n    position: Admiral\n    startDate: 1943\n",
    );
    const { library, diagnostics } = await load("ada.json", "grace.yaml");
    expect(diagnostics).toEqual([]);
    expect(library.entries.map((e) => [e.id, e.label, e.file, e.format])).toEqual([
      ["ada-lovelace", "Ada Lovelace", "ada.json", "jsonresume"],
      ["grace-hopper", "Grace Hopper", "grace.yaml", "yaml"],
    ]);
    expect(library.byId.get("grace-hopper")!.profile.work).toEqual([
      {
        name: "Navy",
        position: "Admiral",
        startDate: "1943",
        ongoing: true,
        source: { file: "grace.yaml", line: 4 },
      },
    ]);
  });

  it("YAML 1.1 timestamps, sets, ordered maps and binary become JSON-like values", async () => {
    put(
      "old.yaml",
      [
        "%YAML 1.1",
        "---",
        "basics: {name: Old}",
        "work:",
        "  - name: A",
        "    startDate: 2019-03-01",
        "    endDate: 2020-01-02 10:00:00",
        "    keywords: !!set {Rust, Go}",
        "meta: !!omap [version: v1, lastModified: 2021-05-06]",
        "extraBlob: !!binary aGVsbG8=",
      ].join("\n"),
    );
    const { library, diagnostics } = await load("old.yaml");
    expect(diagnostics).toEqual([]);
    expect(library.entries[0]!.profile).toStrictEqual({
      basics: { name: "Old", source: { file: "old.yaml", line: 3 } },
      work: [
        {
          name: "A",
          startDate: "2019-03-01",
          endDate: "2020-01-02",
          keywords: ["Rust", "Go"],
          source: { file: "old.yaml", line: 5 },
        },
      ],
      meta: { version: "v1", lastModified: "2021-05-06T00:00:00.000Z" },
    });
  });

  it("sanitizes what it loads: escape sequences in JSON strings and keys, bidi in YAML", async () => {
    put(
      "evil.json",
      JSON.stringify({ basics: { name: "Eve\u001b]52;c;cm0gLXJm\u0007 Mallory", ["x\u001b[2J"]: "y" } }),
    );
    put("evil.yaml", 'basics:\n  name: "Bob \\e]0;title\\a\u202eReverse"\n');
    const { library, diagnostics } = await load("evil.json", "evil.yaml");
    expect(diagnostics).toEqual([]);
    expect(library.entries.map((e) => e.profile.basics)).toEqual([
      { name: "Eve Mallory", x: "y", source: { file: "evil.json", line: 1 } },
      { name: "Bob Reverse", source: { file: "evil.yaml", line: 2 } },
    ]);
  });

  it("sanitizes file names found in folders, in entries and in diagnostics", async () => {
    put("names/x\u001b]0;pwned\u0007y.json", JSON.stringify(ADA));
    put("names/bad\u001b[2J\nname.json", "{");
    const { library, lines } = await load("names");
    expect(library.entries.map((e) => e.file)).toEqual(["names/xy.json"]);
    expect(lines).toEqual([
      "names/bad name.json:1:2: invalid JSON: expected a property name in double quotes, found end of file",
    ]);
  });

  it("passes import warnings through as warnings, and the file still loads", async () => {
    put(
      "dates.json",
      JSON.stringify({ basics: { name: "D" }, work: [{ name: "W", startDate: "Spring 2019" }] }),
    );
    const { library, lines, diagnostics } = await load("dates.json");
    expect(library.entries).toHaveLength(1);
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(lines).toEqual([
      "dates.json: warning: work[0].startDate: read 'Spring 2019' as 2019 (expected YYYY, YYYY-MM or YYYY-MM-DD)",
    ]);
  });

  it("reads UTF-8 with a BOM, UTF-16 with a BOM, and Latin-1 (with a warning)", async () => {
    put("bom.json", "\ufeff" + JSON.stringify({ basics: { name: "Bom" } }));
    put(
      "utf16.json",
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(JSON.stringify({ basics: { name: "Sixteen" } }), "utf16le"),
      ]),
    );
    put("latin1.json", Buffer.from('{"basics": {"name": "Jos\u00e9 N\u00fa\u00f1ez"}}', "latin1"));
    const { library, lines } = await load(".");
    expect(library.entries.map((e) => e.label)).toEqual(["Bom", "José Núñez", "Sixteen"]);
    expect(lines).toEqual(["latin1.json: warning: not valid UTF-8; read as Windows-1252 (Latin-1)"]);
  });

  it("a mixed folder: good files load, each bad file gives one error, order is by path", async () => {
    put("cvs/b-ada.json", JSON.stringify(ADA));
    put("cvs/a-grace.yml", "basics: {name: Grace Hopper}\n");
    put("cvs/sub/deeper/c-linus.json", JSON.stringify({ basics: { name: "Linus" } }));
    put("cvs/broken.json", "{");
    put("cvs/empty.txt", "");
    put("cvs/nums.json", "[1]");
    put("cvs/notes.pdf", "not a PDF inside: one error");
    put("cvs/notes.xlsx", "ignored: not a résumé extension inside a folder");
    put("cvs/.git/config.json", "{ not even json");
    put("cvs/.draft.json", "{");
    put("cvs/node_modules/pkg/package.json", "{");
    const { library, lines } = await load("cvs");
    expect(library.entries.map((e) => e.file)).toEqual([
      join("cvs", "a-grace.yml"),
      join("cvs", "b-ada.json"),
      join("cvs", "sub", "deeper", "c-linus.json"),
    ]);
    expect(lines).toEqual([
      "cvs/broken.json:1:2: invalid JSON: expected a property name in double quotes, found end of file",
      "cvs/empty.txt: empty file",
      "cvs/notes.pdf: not a valid PDF (damaged or truncated?)",
      "cvs/nums.json: not a JSON Resume document: the top level is an array, expected an object",
    ]);
  });

  it("several paths: sorted together, a file named twice (itself and in its folder) loads once", async () => {
    put("x/ada.json", JSON.stringify(ADA));
    put("b.json", JSON.stringify({ basics: { name: "Bea" } }));
    const { library, lines } = await load("x", "b.json", "x/ada.json", "nope", "./nope", "x/");
    expect(library.entries.map((e) => e.file)).toEqual(["b.json", "x/ada.json"]);
    expect(lines).toEqual(["nope: no such file or folder"]);
  });

  it("many files load on worker threads and come out sorted", async () => {
    const names: string[] = [];
    for (let k = 0; k < 40; k++) {
      const name = `p${String((k * 17) % 40).padStart(2, "0")}.json`;
      names.push(name);
      put(`many/${name}`, JSON.stringify({ basics: { name: `Person ${name}` } }));
    }
    const { library, diagnostics } = await loadLibrary(["many"], { cwd: dir, workers: 2 });
    expect(diagnostics).toEqual([]);
    expect(library.entries.map((e) => e.file)).toEqual(names.sort().map((n) => join("many", n)));
  });

  it("stops searching a folder after maxFiles résumé files, with a warning naming the flag", async () => {
    for (const n of ["a", "b", "c", "d"]) put(`big/${n}/cv.json`, JSON.stringify({ basics: { name: n } }));
    const { library, diagnostics } = await loadLibrary(["big"], { cwd: dir, maxFiles: 3 });
    expect(library.entries.map((e) => e.label)).toEqual(["a", "b", "c"]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "big: warning: more than 3 résumé files in this folder: only the first 3 (in sorted order) are loaded; --max-files N raises the limit",
    ]);
    const exact = await loadLibrary(["big"], { cwd: dir, maxFiles: 4 });
    expect(exact.library.entries).toHaveLength(4);
    expect(exact.diagnostics).toEqual([]);
  });

  it("a symbolic link back up the tree does not loop", async () => {
    put("loop/ada.json", JSON.stringify(ADA));
    symlinkSync(join(dir, "loop"), join(dir, "loop", "again"));
    const { library, diagnostics } = await load("loop");
    expect(diagnostics).toEqual([]);
    expect(library.entries.map((e) => e.file)).toEqual(["loop/ada.json"]);
  });

  it("absolute paths are shown as given", async () => {
    put("ada.json", JSON.stringify(ADA));
    const abs = join(dir, "ada.json");
    const { library } = await loadLibrary([abs], { cwd: "/" });
    expect(library.entries[0]!.file).toBe(abs);
  });
});

describe("loadDocument", () => {
  it("loads one file, or says why not", async () => {
    put("ada.json", JSON.stringify(ADA));
    put("d/x.json", JSON.stringify(ADA));
    const ok = await loadDocument("ada.json", { cwd: dir });
    expect(ok.entry?.label).toBe("Ada Lovelace");
    expect(ok.diagnostics).toEqual([]);
    const folder = await loadDocument("d", { cwd: dir });
    expect(folder.entry).toBeUndefined();
    expect(folder.diagnostics.map(formatDiagnostic)).toEqual(["d: is a folder; give one file"]);
    const missing = await loadDocument("no.md", { cwd: dir });
    expect(missing.diagnostics.map(formatDiagnostic)).toEqual(["no.md: no such file or folder"]);
  });
});

describe("decode", () => {
  it("tells text from binary", () => {
    expect(decode(Buffer.from("héllo"))).toEqual({ text: "héllo" });
    expect(decode(Buffer.from([0x61, 0, 0x62]))).toEqual({ binary: "binary file, not text" });
    // 0x9d is undefined in Windows-1252: noise, not an OSC that would swallow the line.
    expect(decode(Buffer.from([0x61, 0x9d, 0x62, 0x80, 0xe9, 0x93, 0x95, 0x97, 0x94]))).toEqual({
      text: "a\ufffdb€é\u201c•—\u201d",
      warning: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    });
    expect(decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({
      text: "café",
      warning: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    });
  });

  it("one stray byte in a valid UTF-8 file: UTF-8, the byte replaced and said where (not mojibake)", () => {
    const text = "José Núñez\njose@example.org\n\nExperience\nIngeniera, Compañía 2019 – 2021\n";
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, 12)),
      Buffer.from([0x93]),
      Buffer.from(text.slice(12)),
    ]);
    expect(decode(bytes)).toEqual({
      text: `${text.slice(0, 12)}\ufffd${text.slice(12)}`,
      warning: 'not valid UTF-8 in 1 place; read as UTF-8, the bad byte replaced by "\ufffd"',
      line: 2,
    });
    // Several: counted; a byte order mark says UTF-8 whatever the rest.
    const three = Buffer.concat([
      Buffer.from("Zoë Núñez\n"),
      Buffer.from([0xff]),
      Buffer.from("x\ny"),
      Buffer.from([0xc3, 0x28, 0xe2, 0x82]),
      Buffer.from(" é"),
    ]);
    expect(decode(three)).toMatchObject({
      warning: 'not valid UTF-8 in 3 places; read as UTF-8, each bad byte sequence replaced by "\ufffd"',
      line: 2,
    });
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9]))).toMatchObject({
      text: "caf\ufffd",
      line: 1,
    });
    // A U+FFFD that is in the file as such is not a bad byte.
    const literal = Buffer.concat([Buffer.from("\ufffd\ufffd é\n"), Buffer.from([0xe9])]);
    expect(decode(literal)).toMatchObject({
      text: "\ufffd\ufffd é\n\ufffd",
      warning: expect.stringContaining("in 1 place"),
    });
  });

  it("mostly another encoding: Windows-1252, even with a sequence that happens to be valid UTF-8", () => {
    // "Ã©" in Windows-1252 is C3 A9, valid UTF-8 for "é"; the three Latin-1 bytes are not.
    const latin = Buffer.from([0x52, 0xe9, 0x6e, 0xe9, 0x20, 0xc3, 0xa9, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decode(latin)).toEqual({
      text: "Réné Ã© café",
      warning: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    });
  });

  it("the loader says where: the warning has the line", () => {
    const bytes = Buffer.concat([
      Buffer.from("Jos"),
      Buffer.from([0xc3, 0xa9]),
      Buffer.from(" Ruiz\njose@example.org "),
      Buffer.from([0xa0]),
      Buffer.from("\n"),
    ]);
    const r = loadBytes(bytes, "jose.txt", "text");
    expect("entry" in r && r.entry.profile.basics?.name).toBe("José Ruiz");
    expect("entry" in r && r.warnings.map(formatDiagnostic)).toEqual([
      'jose.txt:2: warning: not valid UTF-8 in 1 place; read as UTF-8, the bad byte replaced by "\ufffd"',
    ]);
  });
});

describe("source lines of JSON and YAML entries", () => {
  it("gives basics, each entry and each role the line its object starts on", async () => {
    const json = [
      "{",
      '  "basics": {"name": "Lin"},',
      '  "work": [',
      '    {"name": "A", "startDate": "2020",',
      '     "roles": [{"position": "x"},',
      '               {"position": "y", "source": {"file": "orig.md", "line": 9}}]},',
      "    {",
      '      "name": "B"',
      "    }",
      "  ],",
      '  "skills": [{"name": "Rust"}]',
      "}",
    ].join("\r\n");
    const yaml = [
      "basics:",
      "  name: Lin",
      "work:",
      "  - name: A",
      "    roles:",
      "      - position: x",
      "  - name: B",
      "skills: [{name: Rust}]",
    ].join("\n");
    put("lin.json", json);
    put("lin.yaml", yaml);
    const { library, diagnostics } = await load("lin.json", "lin.yaml");
    expect(diagnostics).toEqual([]);
    const [fromJson, fromYaml] = library.entries.map((e) => e.profile);
    const lines = (p: typeof fromJson) => [
      p!.basics?.source?.line,
      ...(p!.work ?? []).flatMap((w) => [w.source?.line, ...(w.roles ?? []).map((r) => r.source)]),
      p!.skills?.[0]?.source?.line,
    ];
    expect(lines(fromJson)).toEqual([
      2,
      4,
      { file: "lin.json", line: 5 },
      { file: "orig.md", line: 9 },
      7,
      11,
    ]);
    expect(lines(fromYaml)).toEqual([2, 4, { file: "lin.yaml", line: 6 }, 7, 8]);
  });
});

describe("loadBytes: any bytes", () => {
  /** Every string in a value, keys included. */
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)])
          : [];

  // Hostile text: escape sequences, C1, bidi, entities a converter might decode, structure.
  const piece = fc.constantFrom(
    "\u001b]52;c;QQ==\u0007",
    "\u001b[2J",
    "\u009b31m",
    "\u202e",
    "\r\n",
    "\n",
    "\t",
    "&#27;",
    "&#x1b;",
    "\\u001b",
    "# ",
    "## Experience\n",
    "- ",
    "{",
    "}",
    "[",
    "]",
    '"',
    ":",
    ",",
    "basics",
    "work",
    "name",
    "Jan 2020 - Present",
    "Engineer",
    "é",
    "😀",
    "\u0000",
    "\ufeff",
  );
  const text = fc
    .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((a) => a.join(""));
  const bytes = fc.oneof(
    text.map((t) => new TextEncoder().encode(t)),
    fc.uint8Array({ maxLength: 200 }),
  );
  const format = fc.constantFrom<Exclude<Format, "pdf" | "docx">>(
    "text",
    "markdown",
    "jsonresume",
    "yaml",
    "org",
    "rst",
    "asciidoc",
    "latex",
  );

  it("always gives an entry or exactly one one-line error, and no forbidden character gets through", () => {
    fc.assert(
      fc.property(bytes, format, (b, f) => {
        const r = loadBytes(b, "f", f);
        if ("error" in r) {
          expect(r.error.severity).toBe("error");
          expect(r.error.message).not.toMatch(/\n/);
          expect(FORBIDDEN.test(r.error.message)).toBe(false);
        } else {
          for (const s of strings(r.entry.profile)) expect(FORBIDDEN.test(s)).toBe(false);
          for (const w of r.warnings) {
            expect(w.severity).toBe("warning");
            expect(w.message).not.toMatch(/\n/);
          }
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe("hasContent", () => {
  it("needs a letter or a digit somewhere outside source fields", () => {
    expect(hasContent({})).toBe(false);
    expect(hasContent({ basics: { name: "....", source: { file: "a.txt", line: 3 } }, work: [] })).toBe(
      false,
    );
    expect(hasContent({ extra: [{ title: "—", lines: ["* * *"] }] })).toBe(false);
    expect(hasContent({ work: [{ ongoing: true, source: { file: "cv-2024.txt" } }] })).toBe(false);
    expect(hasContent({ work: [{ name: "X" }] })).toBe(true);
    expect(hasContent({ basics: { name: "李雷" } })).toBe(true);
    expect(hasContent({ skills: [{ keywords: ["C++"] }] })).toBe(true);
  });
});

describe("the bundled seeds", () => {
  it("all load, with work entries and no errors", async () => {
    const root = join(import.meta.dirname, "../..");
    const { library, diagnostics } = await loadLibrary(["seeds"], { cwd: root });
    expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    expect(library.entries.length).toBeGreaterThanOrEqual(3);
    for (const e of library.entries) {
      expect(e.label.trim()).not.toBe("");
      expect(e.profile.work?.length ?? 0).toBeGreaterThan(0);
    }
  });
});
