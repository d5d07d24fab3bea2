/** Telling a path from a name or a word on the command line, and showing paths briefly. */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import type { Io } from "../command/io.js";
import type { Sources } from "../library/sources.js";

/**
 * `./cvs`, `a/b.md`, `~/x`, `cv.txt`, or anything that exists relative to `cwd`. Given an
 * Io that does not accept paths (SSH exec), never: nothing is probed on that machine, so
 * the answer cannot tell a visitor which files exist.
 */
export function looksLikePath(arg: string, where: string | Pick<Io, "cwd" | "acceptsPaths">): boolean {
  if (typeof where !== "string" && where.acceptsPaths !== true) return false;
  const cwd = typeof where === "string" ? where : where.cwd;
  if (arg === "-") return true; // standard input
  if (/[\\/]/.test(arg) || arg.startsWith(".") || arg.startsWith("~")) return true;
  if (/\.(txt|md|markdown|json|ya?ml|org|rst|adoc|asciidoc|tex|pdf|docx)$/i.test(arg)) return true;
  try {
    return existsSync(resolve(cwd, arg));
  } catch {
    return false;
  }
}

/** A file as users want to read it: relative to cwd when inside it, else with `~`. */
export function displayPath(file: string, cwd: string, home = process.env.HOME || homedir()): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel;
  if (home && abs.startsWith(home + "/")) return "~" + abs.slice(home.length);
  return abs;
}

/** A profile's file as `list` and the browser name it: `seeds/…` for a bundled example. */
export function sourcePath(file: string, sources: Pick<Sources, "kind" | "paths">, cwd: string): string {
  return sources.kind === "seeds"
    ? `seeds/${displayPath(file, sources.paths[0] ?? cwd)}`
    : displayPath(file, cwd);
}

/**
 * A served file as a visitor may see it: relative to the served folder it lies in, else
 * its base name. Never where it lies on the server (no absolute path, no `~`, no `..`).
 */
export function servedPath(file: string, roots: readonly string[]): string {
  for (const root of roots) {
    const rel = relative(root, file);
    if (rel && !rel.startsWith("..") && !isAbsolute(rel) && !rel.startsWith(sep)) return rel;
  }
  return basename(file);
}
