import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Diagnostic } from "../../src/library/diagnostic.js";
import { Library } from "../../src/library/library.js";
import { ESC, fakeIo, testLibrary } from "../cli/helpers.js";

// The loader is another module's job: here it hands back a library built from profiles.
const load = vi.hoisted(() => ({ result: undefined as unknown }));
vi.mock("../../src/library/load.js", () => ({
  loadLibrary: vi.fn(async (paths: string[]) => {
    load.result ??= { library: new Library([]), diagnostics: [] };
    return { ...(load.result as object), paths };
  }),
}));

const { command } = await import("../../src/commands/list.js");
const { loadLibrary } = await import("../../src/library/load.js");

function given(library: Library, diagnostics: Diagnostic[] = []) {
  load.result = { library, diagnostics };
}

beforeEach(() => {
  load.result = undefined;
  vi.mocked(loadLibrary).mockClear();
});

describe("list", () => {
  it("prints one line per profile: label, headline, file", async () => {
    given(testLibrary());
    const io = fakeIo({ cwd: "/work" });
    expect(await command.run(["/work/cvs"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Ada Lovelace-Byron\s+Analytical Engine Programmer\s+cvs\/ada\.md$/);
    // A profile without a name is labelled by its headline, which is then not repeated.
    expect(lines[3]).toMatch(/^Staff Platform Engineer\s+cvs\/platform-lead\.txt$/);
    expect(io.out()).not.toContain(ESC);
    expect(io.err()).toBe("");
  });

  it("loads the paths given, relative to io.cwd", async () => {
    given(testLibrary());
    await command.run(["a.md", "b"], fakeIo({ cwd: "/somewhere" }));
    expect(vi.mocked(loadLibrary)).toHaveBeenCalledWith(["a.md", "b"], { cwd: "/somewhere" });
  });

  it("prints a documented JSON array with --json", async () => {
    given(testLibrary());
    const io = fakeIo();
    expect(await command.run(["--json", "x"], io)).toBe(0);
    const items = JSON.parse(io.out()) as Record<string, unknown>[];
    expect(items).toHaveLength(5);
    expect(items[0]).toEqual({
      id: "ada-lovelace-byron",
      label: "Ada Lovelace-Byron",
      named: true,
      headline: "Analytical Engine Programmer",
      location: "London, UK",
      file: "cvs/ada.md",
      format: "markdown",
      sections: ["overview", "experience", "projects", "skills", "education"],
    });
    expect(items[3]).toMatchObject({ id: "platform-lead", named: false, label: "Staff Platform Engineer" });
  });

  it("colours only when io.color is set", async () => {
    given(testLibrary());
    const io = fakeIo({ color: true, isTTY: true });
    await command.run(["x"], io);
    expect(io.out()).toContain(`${ESC}[1m`);
  });

  it("keeps each line within the terminal width on a TTY", async () => {
    given(testLibrary());
    const io = fakeIo({ isTTY: true, columns: 60 });
    await command.run(["x"], io);
    for (const line of io.out().trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(io.out()).toContain("…");
  });

  it("reports load errors on stderr, one line each, still lists the rest, and exits 2", async () => {
    given(testLibrary(), [
      { file: "cvs/broken.json", line: 3, message: "unexpected token", severity: "error" },
      { file: "cvs/odd.md", message: "skipped a table", severity: "warning" },
    ]);
    const io = fakeIo();
    expect(await command.run(["x"], io)).toBe(2);
    expect(io.err()).toBe("cvs/broken.json:3: unexpected token\n");
    expect(io.out().trimEnd().split("\n")).toHaveLength(5);
  });

  it("with --verbose says where profiles came from and shows warnings", async () => {
    given(testLibrary(), [{ file: "cvs/odd.md", message: "skipped a table", severity: "warning" }]);
    const io = fakeIo();
    expect(await command.run(["--verbose", "cvs"], io)).toBe(0);
    expect(io.err()).toContain("cvs/odd.md: warning: skipped a table");
    expect(io.err()).toMatch(/5 profiles from the paths given \(cvs\)/);
  });

  it("refuses paths where they are not accepted (SSH exec), exit 2", async () => {
    const io = fakeIo({ acceptsPaths: undefined });
    expect(await command.run(["/etc"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(vi.mocked(loadLibrary)).not.toHaveBeenCalled();
  });

  it("says so and exits 1 when there is nothing to list", async () => {
    given(new Library([]));
    const io = fakeIo();
    expect(await command.run(["empty"], io)).toBe(1);
    expect(io.err()).toMatch(/no résumés found in the paths given/);
    expect(io.err().split("\n")).toHaveLength(2);
  });

  it("never prints control characters that came from the data", async () => {
    const { makeEntries } = await import("../../src/library/library.js");
    given(
      new Library(
        makeEntries([
          {
            profile: { basics: { name: "Eve\u001b]0;x\u0007 Evil", label: "A\u009b31mB" } },
            file: "e.md",
            format: "markdown",
          },
        ]),
      ),
    );
    const io = fakeIo();
    await command.run(["x"], io);
    expect(io.out()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(io.out()).toMatch(/^Eve Evil {2}AB {2}e\.md$/m); // the whole OSC sequence went, payload included
  });

  it("answers --help with usage and examples, and an unknown option with exit 2", async () => {
    const io = fakeIo();
    expect(await command.run(["--help"], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: resumes list/);
    expect(io.out()).toContain("Examples:");
    const bad = fakeIo();
    expect(await command.run(["--nope"], bad)).toBe(2);
    expect(bad.err()).toMatch(/unknown option '--nope'/);
    expect(bad.out()).toBe("");
  });
});
