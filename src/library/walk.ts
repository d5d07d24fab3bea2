/**
 * Paths → the résumé files to load, with each file's stamp (size, times, inode) for the
 * file cache. The one home of the walk and of its limits.
 *
 * Each path is a file or a folder (searched recursively, in sorted order, skipping hidden
 * files and folders and node_modules). A symbolic link found in a folder is followed only
 * when it leads inside one of the folders named (each folder once, so a link back up the
 * tree is no loop); one that leads out (`x -> ..`, `proc -> /proc`, a link to a secret
 * folder) is refused with one error naming the link and where it points, unless
 * `followLinks`. A file or folder named itself is read even when it is a link: the user
 * named it. A folder holding
 * more résumé files than `maxFiles` loads the first `maxFiles` in sorted order and says so
 * in a warning that every command prints (never only with -v), with the flag that raises
 * it. The walk is light: no parser, no schema (the warm path runs it on every start).
 */
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { sanitize } from "../text/sanitize.js";
import { describeFsError, fileError, shownPath, type Diagnostic } from "./diagnostic.js";
import { formatOf, SUPPORTED } from "./extensions.js";
import type { Format } from "./library.js";

/** Résumé files per folder named; `--max-files` raises it. Stops `resumes ~` from walking a whole disk. */
export const MAX_FILES = 250_000;

/** Larger files are refused before being read (`--max-bytes`): far above any résumé. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Folders nested deeper than this are not entered. */
export const MAX_DEPTH = 32;

/** What identifies a file's bytes without reading them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A file to load: the path as shown to the user, as opened, its format and stamp. */
export interface Found {
  file: string;
  abs: string;
  format: Format;
  stamp?: FileStamp;
}

export interface WalkOptions {
  cwd: string;
  maxFiles?: number;
  /** Follow symbolic links wherever they lead (`--follow-links`); default: only inside the folders named. */
  followLinks?: boolean;
  /** Called now and then with the number of résumé files found so far. */
  onFound?: (count: number) => void;
  signal?: AbortSignal;
}

export interface Walked {
  files: Found[];
  diagnostics: Diagnostic[];
  /** The folders that held more than the limit (their warning is in `diagnostics`). */
  truncated: string[];
}

export function stampOf(s: Stats): FileStamp {
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The limit's warning: what happened, and the flag that changes it. */
export function limitWarning(folder: string, maxFiles: number): Diagnostic {
  return {
    file: shownPath(folder),
    message: `more than ${maxFiles} résumé files in this folder: only the first ${maxFiles} (in sorted order) are loaded; --max-files N raises the limit`,
    severity: "warning",
    limit: true,
  };
}

/** The refusal of a link that leads out of the folder named (`--follow-links` follows it). */
function linkRefusal(link: string, target: string, folder: string): Diagnostic {
  return fileError(link, `a link to ${target}, outside ${folder}: not followed (--follow-links follows it)`);
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `path` is `root` or inside it (both real paths). */
function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

const tick = () => new Promise<void>((done) => setImmediate(done));

/** Every supported file named, or found in the folders named; sorted by path, each once. */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<Walked> {
  const { cwd } = options;
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const found: Found[] = [];
  const diagnostics: Diagnostic[] = [];
  const truncated: string[] = [];
  const named = new Set<string>();
  // Each file's real path, when it differs from `abs` (reached through a link): loaded once.
  const realOf = new Map<Found, string>();
  let sinceYield = 0;
  const breathe = async () => {
    // Let a browser draw its progress while a big folder is walked.
    if (++sinceYield >= 2000) {
      sinceYield = 0;
      options.onFound?.(found.length);
      await tick();
    }
  };

  // The folders named, as real paths: where a link found in one of them may lead.
  const roots: string[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    try {
      if (statSync(abs).isDirectory()) roots.push(realOr(abs));
    } catch {
      // said below, when it is walked
    }
  }
  const allowed = (real: string) => options.followLinks === true || roots.some((r) => within(real, r));

  for (const given of paths) {
    const abs = resolve(cwd, given);
    if (named.has(abs)) continue; // the same path named twice: one load, one diagnostic
    named.add(abs);
    let info: Stats;
    try {
      info = statSync(abs);
    } catch (err) {
      diagnostics.push(fileError(given, describeFsError(err as NodeJS.ErrnoException)));
      continue;
    }
    if (info.isFile()) {
      const format = formatOf(given);
      if (!format) {
        const ext = extname(given);
        const what = ext
          ? `unsupported file type '${sanitize(ext)}'`
          : "unsupported file type (no extension)";
        diagnostics.push(fileError(given, `${what}; expected ${SUPPORTED}`));
      } else {
        const f: Found = { file: shownPath(given), abs, format, stamp: stampOf(info) };
        found.push(f);
        const real = realOr(abs);
        if (real !== abs) realOf.set(f, real);
      }
      continue;
    }
    if (!info.isDirectory()) {
      diagnostics.push(fileError(given, "not a regular file or folder"));
      continue;
    }
    const before = found.length;
    const errorsBefore = diagnostics.length;
    const visited = new Set<string>();
    let count = 0;
    let full = false;
    const dir = async (dirAbs: string, dirShown: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH) return;
      const real = realOr(dirAbs);
      if (visited.has(real)) return; // a symbolic link back up the tree
      visited.add(real);
      let names;
      try {
        names = readdirSync(dirAbs, { withFileTypes: true });
      } catch (err) {
        diagnostics.push(fileError(dirShown, describeFsError(err as NodeJS.ErrnoException)));
        return;
      }
      names.sort((a, b) => compare(a.name, b.name));
      for (const d of names) {
        if (full || options.signal?.aborted) return;
        if (d.name.startsWith(".") || d.name === "node_modules") continue;
        const childAbs = join(dirAbs, d.name);
        const childShown = join(dirShown, d.name);
        if (d.isDirectory()) {
          await dir(childAbs, childShown, depth + 1);
          continue;
        }
        if (!d.isFile() && !d.isSymbolicLink()) continue;
        const format = formatOf(d.name);
        let s: Stats | undefined;
        let linked = real === dirAbs ? undefined : join(real, d.name);
        if (d.isSymbolicLink()) {
          try {
            s = statSync(childAbs, { throwIfNoEntry: false });
          } catch (err) {
            if (format)
              diagnostics.push(fileError(childShown, describeFsError(err as NodeJS.ErrnoException)));
            continue;
          }
          if (!s?.isDirectory() && !(s?.isFile() && format)) continue; // dangling, or not a résumé
          const target = realOr(childAbs);
          if (!allowed(target)) {
            diagnostics.push(linkRefusal(childShown, target, given));
            continue;
          }
          if (s.isDirectory()) {
            await dir(childAbs, childShown, depth + 1);
            continue;
          }
          linked = target;
        }
        if (!format) continue;
        if (count >= maxFiles) {
          full = true;
          return;
        }
        count++;
        try {
          s ??= statSync(childAbs);
        } catch {
          s = undefined; // gone since the listing: the load says so
        }
        const f: Found = { file: shownPath(childShown), abs: childAbs, format, stamp: s && stampOf(s) };
        found.push(f);
        if (linked !== undefined && linked !== childAbs) realOf.set(f, linked);
        await breathe();
      }
    };
    await dir(abs, given, 0);
    if (full) {
      truncated.push(given);
      diagnostics.push(limitWarning(given, maxFiles));
    }
    if (found.length === before && diagnostics.length === errorsBefore) {
      diagnostics.push(fileError(given, `no résumés found in this folder (looked for ${SUPPORTED} files)`));
    }
  }
  // Mostly in order already (each folder's names are sorted): sorted only when not.
  let sorted = true;
  for (let i = 1; i < found.length && sorted; i++) sorted = compare(found[i - 1]!.file, found[i]!.file) <= 0;
  if (!sorted) found.sort((a, b) => compare(a.file, b.file));
  // The same file named twice (itself and through its folder, or through a link) loads once.
  // One path named, no file reached through a link: each file was found once.
  let files = found;
  if (named.size > 1 || realOf.size > 0) {
    const seen = new Set<string>();
    files = found.filter((f) => {
      const key = realOf.get(f) ?? f.abs;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  options.onFound?.(files.length);
  return { files, diagnostics, truncated };
}
