/**
 * Files and folders → Library + diagnostics: walk (walk.ts), then each file from the file
 * cache (file-cache.ts) when it is unchanged, else read and parsed (load-file.ts) on
 * worker threads (pool.ts), as outcomes stream in; the cache is written as it goes.
 * A path `-` is standard input (`stdin` option): read here, never cached, its format
 * `from` when given, else sniffed from its bytes (sniff.ts).
 *
 * A file that cannot be loaded gives exactly one Diagnostic (severity "error", with the
 * line and column where there is one) and the other files still load; a file that loaded
 * with something skipped gives warnings. Entries and diagnostics come out sorted by path,
 * whatever order the reads finish in. This module is light (the parser is imported only
 * when a file has to be parsed), so a warm start never loads it.
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { describeFsError, fileError, type Diagnostic } from "./diagnostic.js";
import type { Format } from "./library.js";
import { sniff } from "./sniff.js";
import { cacheFileOf, FileCache, type Outcome } from "./file-cache.js";
import { EntryMaker, Library, makeEntries, type Entry, type Origin } from "./library.js";
import { defaultWorkers, loadFileSync, MIN_FOR_WORKERS, runJobs, type Job } from "./pool.js";
import { openSnapshot, writeSnapshot, type Row } from "./snapshot.js";
import { MAX_BYTES, MAX_FILES, walk, type FileStamp, type Found } from "./walk.js";

export { MAX_BYTES, MAX_FILES } from "./walk.js";
export { shownPath } from "./diagnostic.js";
export { sniff } from "./sniff.js";

/** How standard input is named in entries and diagnostics. */
export const STDIN_NAME = "stdin";

export interface LoadResult {
  library: Library;
  diagnostics: Diagnostic[];
}

/** How far a load has got: for a progress line and for showing people as they load. */
export interface LoadProgress {
  /** "finding": walking the folders (`total` is what was found so far). */
  phase: "finding" | "loading" | "done";
  /** Files to load, or found so far while finding. */
  total: number;
  /** Files loaded (or failed) so far. */
  done: number;
  /** Files that could not be loaded so far. */
  failed: number;
  /** From the cache, so far. */
  cached: number;
  /** The folders that held more files than `maxFiles` (only the first ones load). */
  truncated: readonly string[];
  maxFiles: number;
  /** The profiles loaded so far, in path order (ids final only once done). */
  library(): Library;
}

export interface LoadOptions {
  /** What relative paths resolve against; default: the process's working directory. */
  cwd?: string;
  /** Larger files are refused before being read; default {@link MAX_BYTES}. */
  maxBytes?: number;
  /** A folder loads at most this many résumé files (and says so); default {@link MAX_FILES}. */
  maxFiles?: number;
  /** Follow symbolic links out of the folders named (`--follow-links`); default: refuse them. */
  followLinks?: boolean;
  /** The per-file cache; none: every file is parsed. */
  cache?: { dir: string; build: string; key: string };
  /** Worker threads for parsing; default one per core (none for a few files). 0: this thread. */
  workers?: number;
  /** Called as the load goes (at most every `progressMs`, and once when done). */
  onProgress?: (p: LoadProgress) => void;
  progressMs?: number;
  /** Stops the load: files not loaded yet are left out (the caller is going away). */
  signal?: AbortSignal;
  /** What `-` reads: standard input's bytes. Without it, `-` is an error. */
  stdin?: () => Promise<Uint8Array>;
  /** The format of standard input (`--from`); default: sniffed from its bytes. */
  from?: Format;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Load every supported file named, or found (recursively) in the folders named. */
export async function loadLibrary(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const every = options.progressMs ?? 100;
  const outcomes: (Outcome | undefined)[] = [];
  let files: Found[] = [];
  let truncated: readonly string[] = [];
  let phase: LoadProgress["phase"] = "finding";
  let found = 0;
  let done = 0;
  let failed = 0;
  let cached = 0;
  // Shown while loading: the longest run of files, in path order, that have all loaded,
  // so profiles only ever join at the end (a browser's cursor and ids stay put).
  let prefix = 0;
  const maker = new EntryMaker();
  const shown: Entry[] = [];
  let snapshot: { at: number; library: Library } | undefined;
  const partial = (): Library => {
    while (prefix < files.length && outcomes[prefix] !== undefined) {
      const o = outcomes[prefix++]!;
      if ("entry" in o) shown.push(maker.make(o.entry));
    }
    if (snapshot?.at === prefix) return snapshot.library;
    snapshot = { at: prefix, library: new Library(shown.slice()) };
    return snapshot.library;
  };
  let last = 0;
  const report = (force = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - last < every) return;
    last = now;
    options.onProgress({
      phase,
      total: phase === "finding" ? found : files.length,
      done,
      failed,
      cached,
      truncated,
      maxFiles,
      library: partial,
    });
  };
  report(true);

  const stdin = paths.includes("-");
  const walked = await walk(
    paths.filter((p) => p !== "-"),
    {
      cwd,
      maxFiles,
      followLinks: options.followLinks,
      signal: options.signal,
      onFound: (n) => {
        found = n;
        report();
      },
    },
  );
  // Standard input first, as one more file (read here, never from or into the cache).
  files = stdin
    ? [{ file: STDIN_NAME, abs: "-", format: options.from ?? "text" }, ...walked.files]
    : walked.files;
  truncated = walked.truncated;
  const diagnostics = [...walked.diagnostics];
  phase = "loading";
  report(true);
  /** The end of a load: the last progress report, with the whole library. */
  const finish = (library: Library): LoadResult => {
    phase = "done";
    options.onProgress?.({
      phase,
      total: files.length,
      done,
      failed,
      cached,
      truncated,
      maxFiles,
      library: () => library,
    });
    return { library, diagnostics };
  };

  // Warm: the snapshot of the last load, when it describes exactly these files as they are.
  const cacheFile = options.cache && cacheFileOf(options.cache);
  const snapFile = cacheFile?.replace(/\.jsonl$/, ".lib");
  const indexFile = cacheFile?.replace(/\.jsonl$/, ".index");
  if (options.cache && cacheFile && snapFile && indexFile && !stdin && !options.signal?.aborted) {
    const snap = openSnapshot(snapFile, options.cache.build, cacheFile, files, maxBytes, (f) =>
      f.stamp && f.stamp.size <= maxBytes
        ? loadFileSync({ abs: f.abs, file: f.file, format: f.format, maxBytes })?.loaded
        : undefined,
    );
    if (snap) {
      const entries = snap.entries;
      diagnostics.push(...snap.diagnostics);
      diagnostics.sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
      done = cached = files.length;
      failed = files.length - entries.length;
      return finish(new Library(entries, { digest: snap.digest, indexFile }));
    }
  }

  let cache: FileCache | undefined;
  if (options.cache) {
    try {
      cache = new FileCache(options.cache);
    } catch {
      cache = undefined;
    }
  }
  // What identifies each file's bytes, for the library's digest (its persisted index).
  const stamps: (FileStamp | undefined)[] = new Array(files.length);
  const hashes: (string | undefined)[] = new Array(files.length);
  const settle = (k: number, o: Outcome) => {
    outcomes[k] = o;
    done++;
    if ("error" in o) failed++;
    report();
  };
  const jobs: Job[] = [];
  for (const [k, f] of files.entries()) {
    if (f.abs === "-") {
      settle(k, await loadStdin(options));
      continue;
    }
    // A file now over the limit is read again, to be refused as it would be without a cache.
    const hit = f.stamp && f.stamp.size > maxBytes ? undefined : cache?.get(f);
    if (hit) {
      cached++;
      stamps[k] = f.stamp;
      hashes[k] = cache!.hashOf(f.abs);
      settle(k, hit);
    } else jobs.push({ k, abs: f.abs, file: f.file, format: f.format, maxBytes });
  }
  if (jobs.length > 0) {
    const threads = options.workers ?? (jobs.length >= MIN_FOR_WORKERS ? defaultWorkers() : 0);
    await runJobs(jobs, threads, options.signal, ({ k, r }) => {
      stamps[k] = r.stamp;
      hashes[k] = r.hash;
      settle(k, r.loaded);
      cache?.put(files[k]!.abs, r.stamp, r.hash, r.loaded);
    });
  }
  cache?.close();

  const loaded: { profile: Entry["profile"]; file: string; format: Entry["format"] }[] = [];
  const own: typeof diagnostics = []; // the files' diagnostics, in walk order (for the snapshot)
  for (const o of outcomes) {
    if (!o) continue;
    if ("error" in o) own.push(o.error);
    else {
      loaded.push(o.entry);
      own.push(...o.warnings);
    }
  }
  const entries = makeEntries(loaded);
  diagnostics.push(...own);
  diagnostics.sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  let origin: Origin | undefined;
  if (cache && options.cache && !options.signal?.aborted) {
    const h = createHash("sha1").update(`${options.cache.build}\n`);
    let whole = true;
    for (const [k, f] of files.entries()) {
      const s = stamps[k];
      const o = outcomes[k];
      if (!s || !o || (!hashes[k] && !("error" in o))) {
        whole = false;
        break;
      }
      h.update(`${f.abs}\0${f.file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\0${hashes[k] ?? "-"}\n`);
    }
    if (whole) {
      origin = { digest: h.digest("hex"), indexFile: indexFile! };
      // The next warm start reads this instead of the cache file (when every file was hashed).
      const rows: Row[] = [];
      let made = 0; // the entries are the outcomes' in the same order
      for (const [k, f] of files.entries()) {
        const hash = hashes[k];
        if (!hash) break;
        const outcome = outcomes[k]!;
        rows.push({
          found: f,
          stamp: stamps[k]!,
          hash,
          trusted: cache.trustedOf(f.abs),
          outcome,
          place: cache.placeOf(f.abs),
          made: "entry" in outcome ? entries[made++] : undefined,
        });
      }
      if (rows.length === files.length)
        writeSnapshot(snapFile!, options.cache.build, origin.digest, cache.file, rows, own);
    }
  }
  return finish(new Library(entries, origin));
}

/** Standard input's bytes → its entry or its one error; its format `from`, else sniffed. */
async function loadStdin(options: LoadOptions): Promise<Outcome> {
  if (!options.stdin) return { error: fileError(STDIN_NAME, "standard input cannot be read here") };
  let bytes: Uint8Array;
  try {
    bytes = await options.stdin();
  } catch (err) {
    return { error: fileError(STDIN_NAME, `cannot read (${(err as Error).message})`) };
  }
  // The parser comes with load-file.ts: imported only now, as for any file not cached.
  const { loadAnyBytes, megabytes } = await import("./load-file.js");
  // The CLI reads at most MAX_BYTES (and one more) of standard input: a larger --max-bytes
  // cannot raise that, and what was cut is never parsed as if it were whole.
  const maxBytes = Math.min(options.maxBytes ?? MAX_BYTES, MAX_BYTES);
  if (bytes.length > maxBytes) {
    return {
      error: fileError(
        STDIN_NAME,
        `too large (over ${megabytes(maxBytes)}; the limit is ${megabytes(maxBytes)})`,
      ),
    };
  }
  return loadAnyBytes(bytes, STDIN_NAME, options.from ?? sniff(bytes));
}

/** One file: its entry, or the diagnostics saying why not. For `resumes parse FILE`. */
export async function loadDocument(
  path: string,
  options: LoadOptions = {},
): Promise<{ entry?: Entry; diagnostics: Diagnostic[] }> {
  const cwd = options.cwd ?? process.cwd();
  if (path === "-") {
    const { library, diagnostics } = await loadLibrary(["-"], { workers: 0, ...options });
    return { entry: library.entries[0], diagnostics };
  }
  const abs = resolve(cwd, path);
  const info = await stat(abs).catch((err: unknown) => err as NodeJS.ErrnoException);
  if (info instanceof Error) return { diagnostics: [fileError(path, describeFsError(info))] };
  if (info.isDirectory()) return { diagnostics: [fileError(path, "is a folder; give one file")] };
  const { library, diagnostics } = await loadLibrary([path], { workers: 0, ...options });
  return { entry: library.entries[0], diagnostics };
}
