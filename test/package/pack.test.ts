/**
 * The published package, as a user gets it: `npm pack` the built tree, install the
 * tarball into an empty project with `--offline` (so nothing can be fetched: the package
 * must need no runtime dependency), and run the installed `resumes` binary.
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(".");
const tmp = mkdtempSync(join(tmpdir(), "resumes-pack-"));
const project = join(tmp, "project");
const bin = join(project, "node_modules", ".bin", "resumes");
let tarball = "";
let packed: { size: number; unpackedSize: number; files: { path: string }[] };

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

beforeAll(() => {
  if (!existsSync(join(root, "dist", "cli.js")))
    throw new Error("dist/cli.js is missing: run `npm run build` first");
  // --ignore-scripts: pack the tree `npm test` just built instead of building again.
  const out = execFileSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  packed = (JSON.parse(out) as (typeof packed & { filename: string })[])[0]!;
  tarball = join(tmp, (packed as unknown as { filename: string }).filename);
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "probe", version: "1.0.0", private: true }),
  );
  execFileSync(npm, ["install", "--offline", "--no-audit", "--no-fund", tarball], {
    cwd: project,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, npm_config_cache: join(tmp, "empty-cache") },
  });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(bin, args, {
    cwd: project,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: join(tmp, "home"), ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the npm package", () => {
  it("holds the bundle, the seeds and the README, and nothing of the sources", () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("package.json");
    expect(files).toContain("README.md");
    for (const f of ["LICENSE", "CHANGELOG.md", "man/resumes.1"]) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith("patches/"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("seeds/")).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
    console.log(
      `npm pack: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files`,
    );
  });

  it("declares no runtime dependency, and installs offline with nothing else", () => {
    const pkg = JSON.parse(
      readFileSync(join(project, "node_modules", "resumes", "package.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ resumes: "dist/cli.js" });
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(lock.packages).sort()).toEqual(["", "node_modules/resumes"]);
  });

  it("installs an executable `resumes` with a node shebang", () => {
    const target = join(project, "node_modules", "resumes", "dist", "cli.js");
    expect(readFileSync(target, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(target).mode & 0o111).not.toBe(0);
    const v = run(["--version"]);
    expect(v.code).toBe(0);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(v.out.trim()).toMatch(new RegExp(`^resumes ${version.replace(/\./g, "\\.")} \\(.+\\)$`));
  });

  it("lists the bundled seeds, piped as plain text", () => {
    const r = run(["list"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(readdirCount(join(root, "seeds")));
    expect(r.out).toMatch(/^Utkarsh Gupta\s.*seeds\/utkarsh-gupta\.txt$/m);
    expect(r.out).toMatch(/^Abhirag Awasthi\s.*seeds\/abhirag-awasthi\.md$/m);
    expect(r.out).not.toContain("\u001b");
  });

  it("shows a seed's section", () => {
    const r = run(["show", "utkarsh", "experience"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Experience\n/);
    expect(r.out).toMatch(/Cloudflare.*Jan '26 → present/);
  });

  it("searches the seeds", () => {
    const r = run(["search", "kafka"]);
    expect(r.code).toBe(0);
    expect(r.out.toLowerCase()).toContain("kafka");
    expect(r.out).toMatch(/Abhirag Awasthi/);
  });

  it("reads files the user names, from the installed package", () => {
    const cvs = join(tmp, "cvs");
    mkdirSync(cvs, { recursive: true });
    copyFileSync(join(root, "test", "cli", "fixtures", "grace.json"), join(cvs, "grace.json"));
    const r = run(["show", "grace", "--json", cvs]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { label: string }).label).toBe("Grace Hopper");
  });

  it("reads PDF and Word files without the optional native packages of the dev tree, and says nothing of them", () => {
    // The project's node_modules holds @napi-rs/canvas (pdf.js's optional polyfill); the
    // installed package must not need it. Copied out of the repository, so no parent
    // node_modules can be found from there.
    const files = join(tmp, "files");
    mkdirSync(files, { recursive: true });
    for (const f of ["wrenfield-two-column.pdf", "quenby-one-column.pdf", "marrowdale.docx"]) {
      copyFileSync(join(root, "test", "fixtures", "files", f), join(files, f));
    }
    const r = run(["list", files]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tobias Wrenfield/);
    expect(r.out).toMatch(/Marisol Quenby/);
    expect(r.out).toMatch(/Ilse Marrowdale/);
  });
});

function readdirCount(dir: string): number {
  return (execFileSync("ls", [dir], { encoding: "utf8" }).trim().split("\n") as string[]).filter((f) =>
    /\.(txt|md|json|ya?ml)$/.test(f),
  ).length;
}
