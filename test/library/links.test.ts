/**
 * Symbolic links under a folder named: followed while they lead inside the folders named,
 * refused (one error each, naming the link and where it points) when they lead out, unless
 * `followLinks`. A file or folder named itself is read even when it is a link.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/library/diagnostic.js";
import { loadLibrary } from "../../src/library/load.js";

let dir: string;
beforeEach(() => {
  // Real path: the messages name where a link points as the file system resolves it.
  dir = realpathSync(mkdtempSync(join(tmpdir(), "resumes-links-")));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string): void {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
}

const person = (name: string) => `${name}\n${name.toLowerCase().replace(/\W+/g, ".")}@example.org\n`;

async function load(paths: string[], followLinks?: boolean) {
  const { library, diagnostics } = await loadLibrary(paths, { cwd: dir, workers: 0, followLinks });
  return {
    names: library.entries.map((e) => e.profile.basics?.name),
    files: library.entries.map((e) => e.file),
    diagnostics,
    lines: diagnostics.map(formatDiagnostic),
  };
}

describe("symbolic links in a folder named", () => {
  beforeEach(() => {
    put("secret/private.txt", person("Hidden Person"));
    put("cvs/ada.txt", person("Ada Quill"));
  });

  it("a link to a folder outside is refused with one line naming it and its target; the rest loads", async () => {
    symlinkSync(join(dir, "secret"), join(dir, "cvs", "secret"));
    const r = await load(["cvs"]);
    expect(r.names).toEqual(["Ada Quill"]);
    expect(r.lines).toEqual([
      `cvs/secret: a link to ${join(dir, "secret")}, outside cvs: not followed (--follow-links follows it)`,
    ]);
    expect(r.diagnostics[0]!.severity).toBe("error");
  });

  it("x -> .. does not load the sibling folders", async () => {
    symlinkSync("..", join(dir, "cvs", "x"));
    const r = await load(["cvs"]);
    expect(r.names).toEqual(["Ada Quill"]);
    expect(r.lines).toEqual([
      `cvs/x: a link to ${dir}, outside cvs: not followed (--follow-links follows it)`,
    ]);
  });

  it("proc -> /proc is not entered", async () => {
    symlinkSync("/proc", join(dir, "cvs", "proc"));
    const r = await load(["cvs"]);
    expect(r.names).toEqual(["Ada Quill"]);
    expect(r.lines).toEqual([
      "cvs/proc: a link to /proc, outside cvs: not followed (--follow-links follows it)",
    ]);
  });

  it("a link to a résumé file outside is refused too; one to another kind of file is not a résumé", async () => {
    symlinkSync(join(dir, "secret", "private.txt"), join(dir, "cvs", "private.txt"));
    put("secret/notes.bin", "x");
    symlinkSync(join(dir, "secret", "notes.bin"), join(dir, "cvs", "notes.bin"));
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "cvs", "dangling.txt"));
    const r = await load(["cvs"]);
    expect(r.names).toEqual(["Ada Quill"]);
    expect(r.lines).toEqual([
      `cvs/private.txt: a link to ${join(dir, "secret", "private.txt")}, outside cvs: not followed (--follow-links follows it)`,
    ]);
  });

  it("links that stay inside the folder are followed", async () => {
    put("cvs/2024/grace.txt", person("Grace Ledger"));
    symlinkSync("2024", join(dir, "cvs", "latest"));
    symlinkSync(join(dir, "cvs", "ada.txt"), join(dir, "cvs", "2024", "also-ada.txt"));
    const r = await load(["cvs"]);
    expect(r.diagnostics).toEqual([]);
    // Each file once, whichever way it was reached first in sorted order.
    expect(r.names.sort()).toEqual(["Ada Quill", "Grace Ledger"]);
  });

  it("a link into another folder named is followed, and its files load once", async () => {
    symlinkSync(join(dir, "secret"), join(dir, "cvs", "team"));
    const r = await load(["cvs", "secret"]);
    expect(r.diagnostics).toEqual([]);
    expect(r.names).toEqual(["Ada Quill", "Hidden Person"]);
    expect(r.files).toEqual(["cvs/ada.txt", "cvs/team/private.txt"]);
  });

  it("followLinks (--follow-links) follows links out", async () => {
    symlinkSync(join(dir, "secret"), join(dir, "cvs", "secret"));
    const r = await load(["cvs"], true);
    expect(r.diagnostics).toEqual([]);
    expect(r.files).toEqual(["cvs/ada.txt", "cvs/secret/private.txt"]);
  });

  it("a file or folder named itself is read even when it is a link", async () => {
    symlinkSync(join(dir, "secret", "private.txt"), join(dir, "named.txt"));
    symlinkSync(join(dir, "secret"), join(dir, "named-folder"));
    const r = await load(["named.txt", "named-folder"]);
    expect(r.diagnostics).toEqual([]);
    // The same file by two names: loaded once.
    expect(r.files).toEqual(["named-folder/private.txt"]);
    expect((await load(["named.txt"])).names).toEqual(["Hidden Person"]);
  });
});
