/**
 * Paths → the résumé files to load, with each file's stamp (size, times, inode) for the
 * file cache. The one home of the walk and of its limits.
 *
 * Each path is a file or a folder (searched recursively, in sorted order, skipping hidden
 * files and folders and node_modules, following symbolic links once). A folder holding
 * more résumé files than `maxFiles` loads the first `maxFiles` in sorted order and says so
 * in a warning that every command prints (never only with -v), with the flag that raises
 * it. The walk is light: no parser, no schema (the warm path runs it on every start).
 */
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join, resolve } from "node:path";
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

const tick = () => new Promise<void>((done) => setImmediate(done));

/** Every supported file named, or found in the folders named; sorted by path, each once. */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<Walked> {
  const { cwd } = options;
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const found: Found[] = [];
  const diagnostics: Diagnostic[] = [];
  const truncated: string[] = [];
  const named = new Set<string>();
  let sinceYield = 0;
  const breathe = async () => {
    // Let a browser draw its progress while a big folder is walked.
    if (++sinceYield >= 2000) {
      sinceYield = 0;
      options.onFound?.(found.length);
      await tick();
    }
  };

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
      } else found.push({ file: shownPath(given), abs, format, stamp: stampOf(info) });
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
      let real = dirAbs;
      try {
        real = realpathSync(dirAbs);
      } catch {
        // keep the path as given
      }
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
        const format = d.isFile() || d.isSymbolicLink() ? formatOf(d.name) : undefined;
        let s: Stats | undefined;
        if (d.isSymbolicLink()) {
          s = statSync(childAbs, { throwIfNoEntry: false });
          if (s?.isDirectory()) {
            await dir(childAbs, childShown, depth + 1);
            continue;
          }
          if (!s?.isFile()) continue;
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
        found.push({ file: shownPath(childShown), abs: childAbs, format, stamp: s && stampOf(s) });
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
  // The same file named twice (itself and through its folder) loads once.
  const seen = new Set<string>();
  const files = found
    .sort((a, b) => compare(a.file, b.file))
    .filter((f) => (seen.has(f.abs) ? false : (seen.add(f.abs), true)));
  options.onFound?.(files.length);
  return { files, diagnostics, truncated };
}
