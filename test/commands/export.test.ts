import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Library } from "../../src/library/library.js";
import { ESC, fakeIo, testLibrary } from "../cli/helpers.js";

const load = vi.hoisted(() => ({ result: undefined as unknown }));
vi.mock("../../src/library/load.js", () => ({
  loadLibrary: vi.fn(async () => load.result ?? { library: new Library([]), diagnostics: [] }),
}));

const { command } = await import("../../src/commands/export.js");
const { loadLibrary } = await import("../../src/library/load.js");

const tmp = mkdtempSync(join(tmpdir(), "resumes-export-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeEach(() => {
  load.result = { library: testLibrary(), diagnostics: [] };
  vi.mocked(loadLibrary).mockClear();
});

async function jsonResumeValidator() {
  const schema = JSON.parse(
    readFileSync(join(process.cwd(), "node_modules/@jsonresume/schema/schema.json"), "utf8"),
  ) as Record<string, unknown>;
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe("export", () => {
  it("writes one profile as a JSON Resume document (the default format) without source fields", async () => {
    const io = fakeIo();
    expect(await command.run(["ada"], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(Array.isArray(doc)).toBe(false);
    expect(doc.basics.name).toBe("Ada Lovelace-Byron");
    expect(doc.work[0].highlights).toHaveLength(2);
    expect(io.out()).not.toContain('"source"');
    expect(doc.work[0].ongoing).toBeUndefined(); // JSON Resume: an ongoing role has no endDate
    expect(doc.work[0].endDate).toBeUndefined();
    const validate = await jsonResumeValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("writes every profile as a JSON array without WHO", async () => {
    const io = fakeIo();
    expect(await command.run(["--format", "jsonresume"], io)).toBe(0);
    const docs = JSON.parse(io.out()) as { basics?: { name?: string } }[];
    expect(docs.map((d) => d.basics?.name)).toEqual([
      "Ada Lovelace-Byron",
      "Adam Smith",
      "Grace Hopper",
      undefined,
      "José Núñez",
    ]);
  });

  it("writes Markdown that reads well", async () => {
    const io = fakeIo();
    expect(await command.run(["grace", "-f", "markdown"], io)).toBe(0);
    expect(io.out()).toBe(
      [
        "# Grace Hopper",
        "",
        "*Compiler Pioneer*",
        "",
        "## Experience",
        "",
        "### Rear Admiral · Navy — 1943 → 1986",
        "",
        "- Found a moth.",
        "",
        "## Skills",
        "",
        "- **Languages:** `COBOL`, `FLOW-MATIC`",
        "",
      ].join("\n"),
    );
  });

  it("escapes Markdown in the data so it stays text", async () => {
    const { makeEntries } = await import("../../src/library/library.js");
    load.result = {
      library: new Library(
        makeEntries([
          { profile: { basics: { name: "A *bold* [link](x) <b>" } }, file: "a.md", format: "markdown" },
        ]),
      ),
      diagnostics: [],
    };
    const io = fakeIo();
    await command.run(["-f", "markdown"], io);
    expect(io.out()).toBe("# A \\*bold\\* \\[link\\](x) \\<b\\>\n");
  });

  it("writes plain text with no escape codes, profiles separated by a rule", async () => {
    const io = fakeIo({ color: true, isTTY: true });
    expect(await command.run(["--format=text"], io)).toBe(0);
    expect(io.out()).not.toContain(ESC);
    expect(io.out().split("=".repeat(80))).toHaveLength(5);
  });

  it("writes to --out FILE, relative to io.cwd", async () => {
    const io = fakeIo({ cwd: tmp });
    expect(await command.run(["adam", "--format", "markdown", "--out", "adam.md"], io)).toBe(0);
    expect(io.out()).toBe("");
    expect(readFileSync(join(tmp, "adam.md"), "utf8")).toMatch(/^# Adam Smith\n/);
    expect(io.err()).toBe("wrote 1 profile to adam.md\n");
  });

  it("never writes --out over a résumé being exported: exit 2, the file untouched", async () => {
    mkdirSync(join(tmp, "cvs"), { recursive: true });
    writeFileSync(join(tmp, "cvs/ada.md"), "# Ada\n");
    for (const target of ["cvs/ada.md", "./cvs/../cvs/ada.md", join(tmp, "cvs/ada.md")]) {
      const io = fakeIo({ cwd: tmp });
      expect(await command.run(["ada", "-f", "text", "--out", target], io)).toBe(2);
      expect(io.err()).toMatch(/is one of the résumés being exported/);
      expect(readFileSync(join(tmp, "cvs/ada.md"), "utf8")).toBe("# Ada\n");
    }
    // nor through a symbolic link to it
    symlinkSync(join(tmp, "cvs/ada.md"), join(tmp, "link.md"));
    expect(await command.run(["ada", "-f", "text", "-o", "link.md"], fakeIo({ cwd: tmp }))).toBe(2);
    expect(readFileSync(join(tmp, "cvs/ada.md"), "utf8")).toBe("# Ada\n");
    // exporting everyone: any input counts
    expect(await command.run(["-f", "text", "-o", "cvs/adam.txt"], fakeIo({ cwd: tmp }))).toBe(2);
  });

  it("rejects an unknown format and a second WHO with exit 2", async () => {
    const a = fakeIo();
    expect(await command.run(["--format", "pdf"], a)).toBe(2);
    expect(a.err()).toMatch(/must be one of jsonresume, markdown, text/);
    const b = fakeIo();
    expect(await command.run(["ada", "grace"], b)).toBe(2);
    expect(b.err()).toMatch(/at most one WHO/);
  });

  it("names no file or folder where paths are not accepted (SSH exec): exit 2, nothing read or written", async () => {
    // A path is just a WHO there: nothing is probed or read.
    const remote = fakeIo({ acceptsPaths: undefined, cwd: tmp });
    expect(await command.run(["/etc"], remote)).toBe(1);
    expect(remote.err()).toBe("resumes export: no profile matches '/etc' (try 'resumes list')\n");
    expect(vi.mocked(loadLibrary).mock.calls.flatMap(([paths]) => paths)).not.toContain("/etc");
    const out = fakeIo({ acceptsPaths: undefined, cwd: tmp });
    expect(await command.run(["ada", "--out", "stolen.json"], out)).toBe(2);
    expect(() => readFileSync(join(tmp, "stolen.json"))).toThrow();
    // Without paths it works as usual, on the sources the server chose.
    const ok = fakeIo({ acceptsPaths: undefined });
    expect(await command.run(["ada", "-f", "markdown"], ok)).toBe(0);
    expect(ok.out()).toMatch(/^# Ada Lovelace-Byron/);
  });

  it("exits 1 for an unknown WHO and 2 for an ambiguous one", async () => {
    expect(await command.run(["nobody"], fakeIo())).toBe(1);
    expect(await command.run(["ad"], fakeIo())).toBe(2);
  });

  it("exits 2 on load errors but still exports the profiles that loaded", async () => {
    load.result = {
      library: testLibrary(),
      diagnostics: [{ file: "bad.yaml", message: "bad indentation", severity: "error" }],
    };
    const io = fakeIo();
    expect(await command.run([], io)).toBe(2);
    expect(JSON.parse(io.out())).toHaveLength(5);
    expect(io.err()).toBe("bad.yaml: bad indentation\n");
  });
});

describe("Markdown links", () => {
  it("autolinks only web and mail addresses; other schemes stay escaped text", async () => {
    const { mdLink } = await import("../../src/print/markdown.js");
    expect(mdLink("https://example.com/a?b=1")).toBe("<https://example.com/a?b=1>");
    expect(mdLink("MAILTO:a@b.c")).toBe("<MAILTO:a@b.c>");
    expect(mdLink("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(mdLink("data:text/html,<script>x</script>")).toBe("data:text/html,\\<script\\>x\\</script\\>");
    expect(mdLink("https://x.y/<script>")).toBe("https://x.y/\\<script\\>");
  });

  it("a project's javascript: url is not a link in the export", async () => {
    const { makeEntries } = await import("../../src/library/library.js");
    load.result = {
      library: new Library(
        makeEntries([
          {
            profile: {
              basics: { name: "A", url: "javascript:alert(1)" },
              projects: [{ name: "P", url: "javascript:alert(2)" }],
            },
            file: "a.md",
            format: "markdown",
          },
        ]),
      ),
      diagnostics: [],
    };
    const io = fakeIo();
    await command.run(["-f", "markdown"], io);
    expect(io.out()).toContain("javascript:alert(2)");
    expect(io.out()).not.toMatch(/<javascript:/);
  });
});
