/**
 * Links leading out of a folder named, through the built CLI (`dist/cli.js`): refused with
 * one line each on stderr and exit 2, the secret never printed; `--follow-links` follows them.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = resolve("dist/cli.js");
const tmp = realpathSync(mkdtempSync(join(tmpdir(), "resumes-links-cli-")));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(join(tmp, "secret"));
  mkdirSync(join(tmp, "cvs"));
  writeFileSync(join(tmp, "secret", "private.txt"), "Hidden Person\nhidden@example.org\n");
  writeFileSync(join(tmp, "cvs", "ada.txt"), "Ada Quill\nada@example.org\n");
  symlinkSync(join(tmp, "secret"), join(tmp, "cvs", "secret"));
  symlinkSync("..", join(tmp, "cvs", "x"));
  symlinkSync("/proc", join(tmp, "cvs", "proc"));
  mkdirSync(join(tmp, "team"));
  symlinkSync(join(tmp, "secret"), join(tmp, "team", "shared"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? "", HOME: join(tmp, "home"), RESUMES_CACHE: "0" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const refused = [
  "cvs/proc: a link to /proc, outside cvs: not followed (--follow-links follows it)",
  `cvs/secret: a link to ${join(tmp, "secret")}, outside cvs: not followed (--follow-links follows it)`,
  `cvs/x: a link to ${tmp}, outside cvs: not followed (--follow-links follows it)`,
];

describe("links out of a folder named", () => {
  it("list and export refuse them, one line each, exit 2; the rest is printed", () => {
    const list = run(["list", "cvs"]);
    expect(list.code).toBe(2);
    expect(list.out).toContain("Ada Quill");
    expect(list.out).not.toContain("Hidden");
    expect(list.err.trimEnd().split("\n")).toEqual(refused);
    const text = run(["export", "cvs", "--format", "text"]);
    expect(text.code).toBe(2);
    expect(text.out).toContain("Ada Quill");
    expect(text.out).not.toContain("Hidden");
    expect(text.err.trimEnd().split("\n")).toEqual(refused);
  });

  it("--follow-links follows them", () => {
    expect(run(["list", "team"]).out).not.toContain("Hidden Person");
    const r = run(["list", "--follow-links", "team"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Hidden Person");
    expect(r.out).toContain("team/shared/private.txt");
  });

  it("a folder named is read even when it is a link", () => {
    const r = run(["list", "cvs/secret"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Hidden Person");
  });

  it("is in the help of every command that loads files", () => {
    for (const c of ["list", "show", "search", "export", "browse", "serve"])
      expect(run([c, "--help"]).out).toContain("--follow-links");
  });
});
