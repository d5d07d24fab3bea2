/**
 * Where the per-file cache (src/library/file-cache.ts) lives for a command line, and
 * whether there is one: the user's cache folder, RESUMES_CACHE=0 to turn it off, and
 * none when running the TypeScript sources without a build id (tests pass their own).
 */
import { isAbsolute, resolve } from "node:path";
import { cacheDir, currentBuild } from "../library/file-cache.js";

export { cacheDir, currentBuild } from "../library/file-cache.js";

export interface CacheOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Identifies the build; default: this build's file and mtime, none under tsx/vitest. */
  buildId?: string;
  /** Default: the platform's cache folder for `resumes`. */
  dir?: string;
}

/** The loader's cache options for these paths, or undefined when caching is off. */
export function cacheFor(
  paths: readonly string[],
  options: CacheOptions,
): { dir: string; build: string; key: string } | undefined {
  const off = options.env.RESUMES_CACHE;
  if (off === "0" || off === "false" || off === "off") return undefined;
  const build = options.buildId ?? currentBuild();
  if (!build) return undefined;
  const dir = options.dir ?? cacheDir(options.env);
  // Entries keep their file as named, so relative paths make the working directory part
  // of what is cached; absolute ones (RESUMES_PATH, the library, the seeds) do not.
  const where = paths.every((p) => isAbsolute(p)) ? "" : options.cwd;
  const key = `${paths.map((p) => resolve(options.cwd, p)).join("\0")}\0${where}`;
  return { dir, build, key };
}
