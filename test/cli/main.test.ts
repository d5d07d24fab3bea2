import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Library } from "../../src/library/library.js";
import { COMMANDS } from "../../src/command/registry.js";
import { fakeIo } from "./helpers.js";

const load = vi.hoisted(() => ({ calls: [] as string[][] }));
vi.mock("../../src/library/load.js", async () => {
  const { testLibrary } = await import("./helpers.js");
  return {
    loadLibrary: vi.fn(async (paths: string[]) => {
      load.calls.push(paths);
      return { library: testLibrary(), diagnostics: [] };
    }),
  };
});

const { runCli } = await import("../../src/cli/main.js");

beforeEach(() => {
  load.calls = [];
});

describe("runCli", () => {
  it("prints the version from package.json", async () => {
    const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
    for (const flag of ["--version", "-V"]) {
      const io = fakeIo();
      expect(await runCli([flag], io)).toBe(0);
      expect(io.out()).toBe(`resumes ${version} (from source)\n`);
    }
  });

  it("lists every registered command with its summary in --help", async () => {
    const io = fakeIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const name of Object.keys(COMMANDS)) {
      const { command } = await COMMANDS[name]!();
      expect(io.out()).toContain(`  ${name}`);
      expect(io.out()).toContain(command.summary);
    }
    expect(io.out()).toMatch(/Exit codes: 0 found, 1 nothing found, 2 an error/);
  });

  it("prints one command's help for `help CMD` and `CMD --help`", async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await runCli(["help", "show"], a)).toBe(0);
    expect(await runCli(["show", "--help"], b)).toBe(0);
    expect(a.out()).toBe(b.out());
    expect(a.out()).toMatch(/^Usage: resumes show WHO/);
    expect(a.out()).toContain("Examples:");
  });

  it("rejects an unknown command with a short usage on stderr and exit 2", async () => {
    const io = fakeIo();
    expect(await runCli(["frobnicate"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^resumes: unknown command 'frobnicate'/);
    expect(io.err().trimEnd().split("\n").length).toBeLessThanOrEqual(2);
    const help = fakeIo();
    expect(await runCli(["help", "frobnicate"], help)).toBe(2);
  });

  it("suggests the command a typo was meant to be", async () => {
    for (const [typo, meant] of [
      ["shwo", "show"],
      ["lsit", "list"],
      ["serach", "search"],
      ["exprot", "export"],
      ["sh", "show"],
    ]) {
      const io = fakeIo();
      expect(await runCli([typo!], io)).toBe(2);
      expect(io.err()).toContain(`did you mean '${meant}'?`);
    }
    const none = fakeIo();
    await runCli(["zzzzzz"], none);
    expect(none.err()).not.toContain("did you mean");
  });

  it("runs the default command (browse when registered, else list) with no command or only paths", async () => {
    const fallback = COMMANDS.browse ? "browse" : "list";
    const io = fakeIo();
    expect(await runCli([], io)).toBe(0);
    const listed = fakeIo();
    expect(await runCli(["./cvs", "more/x.md"], listed)).toBe(0);
    expect(load.calls.at(-1)).toEqual(["./cvs", "more/x.md"]);
    if (fallback === "list") expect(listed.out()).toContain("Ada Lovelace-Byron");
  });

  it("routes to the named command with its arguments", async () => {
    const io = fakeIo();
    expect(await runCli(["show", "grace", "skills"], io)).toBe(0);
    expect(io.out()).toBe("Skills\n  Languages: COBOL · FLOW-MATIC\n");
  });

  it("turns a thrown error into one line on stderr and exit 2", async () => {
    const original = COMMANDS.list!;
    COMMANDS.list = async () => ({
      command: {
        summary: "x",
        help: "x",
        run: async () => {
          throw new Error("disk on fire\n    at somewhere (file.ts:1:1)");
        },
      },
    });
    try {
      const io = fakeIo();
      expect(await runCli(["list"], io)).toBe(2);
      expect(io.err()).toBe("resumes: disk on fire\n");
    } finally {
      COMMANDS.list = original;
    }
  });

  it("keeps an empty library an ordinary answer, not a crash", async () => {
    const { loadLibrary } = await import("../../src/library/load.js");
    vi.mocked(loadLibrary).mockResolvedValueOnce({ library: new Library([]), diagnostics: [] });
    const io = fakeIo();
    expect(await runCli(["list", "empty/"], io)).toBe(1);
    expect(io.err()).toMatch(/^resumes list: no résumés found/);
  });
});
