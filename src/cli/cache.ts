/**
 * A cache of loaded libraries, so a quick lookup (`resumes list`, `show`) does not have to
 * import the loader, the parser, zod and yaml (about 640 KB of JavaScript, most of the
 * start-up time) when nothing changed since the last run.
 *
 * The key is a fingerprint of the inputs: every regular file under the paths (walked with
 * the loader's rules: hidden entries and node_modules skipped inside folders), with its
 * size and modification time, plus the build of `resumes` itself (this chunk's path and
 * modification time: a new build, a new cache). Any change, even to a file the loader
 * ignores, is a miss. The cache is a plain JSON file per set of paths in the user's cache
 * folder (`$XDG_CACHE_HOME/resumes`, `~/.cache/resumes` on Linux); RESUMES_CACHE=0
 * turns it off. It is written atomically (temp file + rename); a file that cannot be read
 * or does not match is ignored. Running from the TypeScript sources (tests) never caches.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../library/diagnostic.js";
import { Library, type Entry } from "../library/library.js";

/** Past this many files the walk gives up and the library is loaded without the cache. */
export const MAX_FILES = 5000;
const MAX_DEPTH = 32;

export interface Cached {
  library: Library;
  diagnostics: Diagnostic[];
}

export interface CacheOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Identifies the build; default: this module's file and mtime, none under tsx/vitest. */
  buildId?: string;
  /** Default: the platform's cache folder for `resumes`. */
  dir?: string;
}

export function cacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = env.HOME || homedir(),
): string {
  if (platform === "darwin") return join(home, "Library", "Caches", "resumes");
  if (platform === "win32")
    return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "resumes", "Cache");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "resumes");
}

/** The running build's identity, or undefined when running the sources (no caching). */
export function currentBuild(url: string = import.meta.url): string | undefined {
  if (!url.startsWith("file:") || /\.tsx?$/.test(url)) return undefined;
  try {
    const file = fileURLToPath(url);
    const s = statSync(file);
    return `${file}\0${s.size}\0${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** FNV-1a, 32 bits, as 8 hex digits: a file name for a set of paths. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Every file under `paths` with its size and mtime, or undefined when too many or unreadable. */
export function fingerprint(paths: readonly string[], cwd: string): string | undefined {
  const parts: string[] = [];
  let files = 0;
  const walk = (abs: string, depth: number): boolean => {
    let names;
    try {
      names = readdirSync(abs, { withFileTypes: true });
    } catch {
      parts.push(`${abs}\0unreadable`);
      return true;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      if (d.name.startsWith(".") || d.name === "node_modules") continue;
      if (!visit(join(abs, d.name), depth + 1)) return false;
    }
    return true;
  };
  const visit = (abs: string, depth: number): boolean => {
    if (depth > MAX_DEPTH || ++files > MAX_FILES) return false;
    let s;
    try {
      s = statSync(abs);
    } catch {
      parts.push(`${abs}\0missing`);
      return true;
    }
    if (s.isDirectory()) {
      parts.push(`${abs}/`);
      return walk(abs, depth);
    }
    parts.push(`${abs}\0${s.size}\0${s.mtimeMs}`);
    return true;
  };
  for (const p of paths) if (!visit(resolve(cwd, p), 0)) return undefined;
  return parts.join("\n");
}

/** At most this many cached libraries are kept; the least recently written go first. */
export const MAX_CACHED = 16;

function prune(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^library-[0-9a-f]{8}\.json(\.\d+\.tmp)?$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => f !== keep)
    .map((f) => ({ f, t: statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(MAX_CACHED - 1)) rmSync(f, { force: true });
}

interface CacheFile {
  key: string;
  entries: Entry[];
  diagnostics: Diagnostic[];
}

export interface LibraryCache {
  /** The cached library for these paths, when nothing changed. */
  get(): Cached | undefined;
  /** Remember what the loader produced (ignored when the inputs cannot be fingerprinted). */
  set(result: Cached): void;
}

/** A cache handle for one set of paths; undefined when caching is off or impossible. */
export function libraryCache(paths: readonly string[], options: CacheOptions): LibraryCache | undefined {
  const off = options.env.RESUMES_CACHE;
  if (off === "0" || off === "false" || off === "off") return undefined;
  const build = options.buildId ?? currentBuild();
  if (!build) return undefined;
  const dir = options.dir ?? cacheDir(options.env);
  const absolute = paths.map((p) => resolve(options.cwd, p));
  // Entries keep their file as named, so relative paths make the working directory part
  // of what is cached; absolute ones (RESUMES_PATH, the library, the seeds) do not.
  const where = paths.every((p) => isAbsolute(p)) ? "" : options.cwd;
  const file = join(dir, `library-${fnv(`${absolute.join("\0")}\0${where}`)}.json`);
  const keyNow = () => {
    const fp = fingerprint(paths, options.cwd);
    return fp === undefined ? undefined : `${build}\n${where}\n${fp}`;
  };
  let key: string | undefined | null = null; // null: not computed yet
  const currentKey = () => (key === null ? (key = keyNow()) : key);
  return {
    get() {
      const k = currentKey();
      if (k === undefined) return undefined;
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
        if (data.key !== k || !Array.isArray(data.entries) || !Array.isArray(data.diagnostics))
          return undefined;
        const ok = data.entries.every(
          (e) =>
            e &&
            typeof e.id === "string" &&
            typeof e.label === "string" &&
            typeof e.file === "string" &&
            e.profile &&
            typeof e.profile === "object",
        );
        return ok ? { library: new Library(data.entries), diagnostics: data.diagnostics } : undefined;
      } catch {
        return undefined;
      }
    },
    set(result) {
      const k = currentKey();
      if (k === undefined) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        const data: CacheFile = {
          key: k,
          entries: [...result.library.entries],
          diagnostics: result.diagnostics,
        };
        writeFileSync(tmp, JSON.stringify(data));
        renameSync(tmp, file);
        prune(dir, file);
      } catch {
        // A cache we cannot write is no cache; the command still works.
      }
    },
  };
}
