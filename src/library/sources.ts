/**
 * Which files and folders to load, and a sentence saying why:
 *   1. the paths the user named;
 *   2. else RESUMES_PATH (entries separated by the platform's path delimiter);
 *   3. else the user's library folder, when it exists (env-paths' config dir for
 *      `resumes`: `$XDG_CONFIG_HOME/resumes`, `~/.config/resumes` on Linux);
 *   4. else the bundled `seeds/`.
 * The environment comes from the caller (`io.env`), never from `process.env`, so the SSH
 * server can decide for itself.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type SourceKind = "args" | "env" | "library" | "seeds";

export interface Sources {
  /** What to hand to `loadLibrary`, as given (relative paths resolve against cwd). */
  paths: string[];
  kind: SourceKind;
  /** "the paths given", "RESUMES_PATH", "your library (~/.config/resumes)"... */
  description: string;
}

export interface SourceOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Test seams; default to the real platform and home folder. */
  platform?: NodeJS.Platform;
  home?: string;
  /** Where the bundled seeds are; default: found from this module's location. */
  seedsDir?: string;
}

/** The user's library folder, following env-paths' rules for the config dir, no suffix. */
export function libraryDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = env.HOME || homedir(),
): string {
  if (platform === "darwin") return join(home, "Library", "Preferences", "resumes");
  if (platform === "win32") {
    return join(env.APPDATA || join(home, "AppData", "Roaming"), "resumes", "Config");
  }
  return join(env.XDG_CONFIG_HOME || join(home, ".config"), "resumes");
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

let rootCache: string | undefined;

/**
 * This package's folder: walk up from this module (dist/cli.js, dist/chunks/*.js, or
 * src/library/sources.ts under tsx/vitest) to the folder whose package.json is ours.
 */
export function packageRoot(from: string = import.meta.url): string {
  if (rootCache && from === import.meta.url) return rootCache;
  let dir = dirname(from.startsWith("file:") ? fileURLToPath(from) : from);
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "resumes") {
          if (from === import.meta.url) rootCache = dir;
          return dir;
        }
      } catch {
        // unreadable or not ours: keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the resumes package folder (its package.json)");
    dir = up;
  }
}

/** The bundled `seeds/` folder. */
export function seedsDir(from: string = import.meta.url): string {
  return join(packageRoot(from), "seeds");
}

/** Shorten the home folder to `~` in what we show. */
function tilde(path: string, home: string): string {
  return home && (path === home || path.startsWith(home + "/")) ? "~" + path.slice(home.length) : path;
}

export function resolveSources(given: readonly string[], options: SourceOptions): Sources {
  const platform = options.platform ?? process.platform;
  const home = options.home ?? (options.env.HOME || homedir());
  if (given.length > 0) {
    return { paths: [...given], kind: "args", description: `the paths given (${given.join(", ")})` };
  }
  const fromEnv = (options.env.RESUMES_PATH ?? "")
    .split(platform === "win32" ? ";" : platform === process.platform ? delimiter : ":")
    .map((p) => p.trim())
    .filter(Boolean);
  if (fromEnv.length > 0) {
    return { paths: fromEnv, kind: "env", description: `RESUMES_PATH (${fromEnv.join(", ")})` };
  }
  const lib = libraryDir(options.env, platform, home);
  if (isDir(resolve(options.cwd, lib))) {
    return { paths: [lib], kind: "library", description: `your library (${tilde(lib, home)})` };
  }
  const seeds = options.seedsDir ?? seedsDir();
  return {
    paths: [seeds],
    kind: "seeds",
    description: `the bundled examples (${tilde(seeds, home)}); put résumés in ${tilde(lib, home)} or set RESUMES_PATH`,
  };
}
