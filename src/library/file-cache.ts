/**
 * The per-file cache: each résumé file's outcome (its profile and warnings, or its one
 * error), so a warm start re-parses only the files that changed, at any library size.
 *
 * One line-delimited JSON file per set of paths loaded, in the user's cache folder
 * (`$XDG_CACHE_HOME/resumes`, `~/.cache/resumes` on Linux; RESUMES_CACHE=0 turns it off):
 *   line 1: {"resumes":"files","v":2,"build":"…"}   the build that parsed them
 *   then:   SUM {"p":abs,"s":size,"m":mtimeMs,"c":ctimeMs,"i":ino,"h":sha1,"t":trust,"l":outcome}
 * where SUM is the SHA-1 (27 base64url characters) of the JSON after it. Every line is
 * checked on read: its sum, then its shape; a line that fails either is a miss for its
 * file. The sum is what makes the content safe to use without validating each profile
 * against the schema again (which costs 15 times the JSON parse): a line changed in any
 * way since this program wrote it (a bit flipped, an edit by hand or by another tool) is
 * never used, so a profile with a number where the schema says text cannot get in.
 * Only outcomes of a file's bytes are kept (a file that could not be read, or was too
 * large, is looked at again next time), and a file now larger than the load's limit is
 * a miss (the loader refuses it again).
 *
 * A line is used only when the file's size, modification time, change time and inode are
 * what they were when it was read. A rewrite that keeps the size and puts the modification
 * time back still moves the change time (which no program can set); and a file whose times
 * were within {@link RACY_MS} of its read (it may change again within the same clock tick,
 * Git's "racily clean" case) or whose file system keeps whole seconds only, is trusted
 * only after its content hash is checked again (`t: 0`).
 *
 * Failure is a miss, never a crash or stale data: a missing, corrupt or truncated cache, a
 * line that does not parse, a folder in the cache's place, a cache folder that cannot be
 * written, another build's cache. Writes are appends of whole lines (one write call per
 * batch, O_APPEND, so two processes loading at once interleave lines, never bytes within
 * a line on a local disk); a cache with many dead lines, or of another build, is rewritten
 * whole into a temporary file and renamed over (atomic: a reader sees the old or the new).
 * Later lines for a path win over earlier ones.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "./diagnostic.js";
import type { Format } from "./library.js";
import type { Profile } from "../profile/schema.js";
import type { FileStamp, Found } from "./walk.js";

/** A file's outcome as cached (the loader's `Loaded`, without importing the loader). */
export type Outcome =
  | { entry: { profile: Profile; file: string; format: Format }; warnings: Diagnostic[] }
  | { error: Diagnostic };

/** Times this close to the read cannot be trusted to change on the next write. */
export const RACY_MS = 2000;

/** At most this many caches (sets of paths) are kept; the least recently written go first. */
export const MAX_CACHED = 16;

const VERSION = 2;

/** A line's sum: 27 base64url characters, then a space. */
const SUM = 27;

/** Bytes read at a time. */
const CHUNK = 4 * 1024 * 1024;

export interface Line {
  p: string;
  s: number;
  m: number;
  c: number;
  i: number;
  /** The SHA-1 of the file's bytes. */
  h: string;
  /** 1: the stamp alone identifies the bytes; 0: check the hash too. */
  t: 0 | 1;
  l: Outcome;
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
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function sameStamp(line: Line, s: FileStamp): boolean {
  return line.s === s.size && line.m === s.mtimeMs && line.c === s.ctimeMs && line.i === s.ino;
}

/** Whether a stamp identifies the bytes on its own (see the module comment). */
export function trusted(s: FileStamp, readAt: number): boolean {
  if (s.mtimeMs % 1000 === 0 && s.ctimeMs % 1000 === 0) return false; // whole seconds: a coarse clock
  return Math.max(s.mtimeMs, s.ctimeMs) < readAt - RACY_MS;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function validDiagnostic(x: unknown): boolean {
  return isObject(x) && typeof x.file === "string" && typeof x.message === "string";
}

/** The line's shape (its profile's came from the parser: the line's sum vouches for it). */
function valid(x: unknown): x is Line {
  if (!isObject(x)) return false;
  const l = x as unknown as Line;
  if (typeof l.p !== "string" || typeof l.s !== "number" || typeof l.m !== "number") return false;
  if (typeof l.c !== "number" || typeof l.i !== "number" || (l.t !== 0 && l.t !== 1)) return false;
  if (typeof l.h !== "string") return false;
  const o = l.l as unknown;
  if (!isObject(o)) return false;
  if ("entry" in o) {
    const e = o.entry;
    return (
      isObject(e) &&
      isObject(e.profile) &&
      typeof e.file === "string" &&
      typeof e.format === "string" &&
      Array.isArray(o.warnings) &&
      o.warnings.every(validDiagnostic)
    );
  }
  return validDiagnostic(o.error);
}

function sumOf(json: string | Uint8Array): string {
  return createHash("sha1").update(json).digest("base64url");
}

/** A line as written: its sum, a space, its JSON. */
function encode(line: Line): string {
  const json = JSON.stringify(line);
  return `${sumOf(json)} ${json}`;
}

/** The line in `bytes` [start, end), when its sum and shape hold. */
function decodeLine(bytes: Buffer, start: number, end: number): Line | undefined {
  if (end - start <= SUM + 1 || bytes[start + SUM] !== 0x20) return undefined;
  const json = bytes.subarray(start + SUM + 1, end);
  if (sumOf(json) !== bytes.toString("latin1", start, start + SUM)) return undefined;
  try {
    const line: unknown = JSON.parse(json.toString("utf8"));
    return valid(line) ? line : undefined;
  } catch {
    return undefined;
  }
}

/** The line at `o` (`n` bytes, without its newline) in the open cache file, when its sum and shape hold. */
export function readLineAt(fd: number, o: number, n: number): Line | undefined {
  try {
    const bytes = Buffer.allocUnsafe(n);
    if (readSync(fd, bytes, 0, n, o) !== n) return undefined;
    return decodeLine(bytes, 0, n);
  } catch {
    return undefined;
  }
}

function shownFile(o: Outcome): string {
  return "entry" in o ? o.entry.file : o.error.file;
}

export interface FileCacheOptions {
  /** The cache folder. */
  dir: string;
  /** Identifies the parser's build: another build's lines are never used. */
  build: string;
  /** Identifies the set of paths (and how they are shown): one cache file each. */
  key: string;
}

/** The cache file for one set of paths. */
export function cacheFileOf(options: FileCacheOptions): string {
  return join(options.dir, `files-${fnv(options.key)}.jsonl`);
}

/** A cache for one set of paths. Every method is total: a failure is a miss or a no-op. */
export class FileCache {
  readonly file: string;
  private lines = new Map<string, Line>();
  private read = 0;
  private fresh = false;
  private fd: number | undefined;
  private pending: string[] = [];
  private used = new Set<string>();
  private broken = false;
  /** Where each path's current line sits in the file (start, bytes without the newline), when known. */
  private at = new Map<string, { o: number; n: number }>();
  /** The pending lines' paths, in order (their offsets are known once written). */
  private pendingPaths: string[] = [];

  constructor(private readonly options: FileCacheOptions) {
    this.file = cacheFileOf(options);
    this.load();
  }

  private load(): void {
    let fd: number;
    try {
      fd = openSync(this.file, "r");
      if (!fstatSync(fd).isFile()) {
        closeSync(fd);
        throw new Error("not a file");
      }
    } catch {
      this.fresh = true; // missing, a folder, unreadable: empty
      return;
    }
    try {
      // Read in chunks (a big library's cache is hundreds of MB: never one buffer of it).
      const chunk = Buffer.allocUnsafe(CHUNK);
      let carry: Buffer = Buffer.alloc(0);
      let header = true;
      let base = 0; // the file offset of bytes[0]
      for (;;) {
        const n = readSync(fd, chunk, 0, CHUNK, null);
        if (n === 0) break;
        const bytes = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        let start = 0;
        for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
          const from = start;
          start = end + 1;
          if (header) {
            header = false;
            if (!this.headerOk(bytes.toString("utf8", from, end))) return void (this.fresh = true);
            continue;
          }
          this.read++;
          const line = decodeLine(bytes, from, end); // a corrupt line: a miss for its file
          if (line) {
            this.lines.set(line.p, line);
            this.at.set(line.p, { o: base + from, n: end - from });
          }
        }
        // The rest waits for the next chunk (a last line without its newline is truncated: dropped).
        carry = Buffer.from(bytes.subarray(start));
        base += start;
      }
      if (header) this.fresh = true;
    } catch {
      this.lines.clear();
      this.fresh = true;
    } finally {
      closeSync(fd);
    }
  }

  private headerOk(text: string): boolean {
    try {
      const head = JSON.parse(text) as { resumes?: string; v?: number; build?: string };
      return head.resumes === "files" && head.v === VERSION && head.build === this.options.build;
    } catch {
      return false;
    }
  }

  /** The cached outcome for `f`, when its file is unchanged; else undefined. */
  get(f: Found): Outcome | undefined {
    const line = this.lines.get(f.abs);
    if (!line || !f.stamp || !sameStamp(line, f.stamp) || shownFile(line.l) !== f.file) return undefined;
    if (line.t === 0) {
      // Times that cannot be trusted: the bytes must still hash the same.
      let bytes: Buffer;
      try {
        bytes = readFileSync(f.abs);
      } catch {
        return undefined;
      }
      if (createHash("sha1").update(bytes).digest("base64url") !== line.h) return undefined;
      if (trusted(f.stamp, Date.now())) this.put(f.abs, f.stamp, line.h, line.l); // now it can be
    }
    this.used.add(f.abs);
    return line.l;
  }

  /**
   * Where the line of `abs` used by this load sits in the cache file, once closed: its
   * start and length in bytes (without the newline), when known exactly (src/library/snapshot.ts
   * reads it back from there).
   */
  placeOf(abs: string): { o: number; n: number } | undefined {
    return this.at.get(abs);
  }

  /** Whether the line for `abs` is trusted on its stamp alone (see {@link trusted}). */
  trustedOf(abs: string): boolean {
    return this.lines.get(abs)?.t === 1;
  }

  /** The content hash recorded for `abs` (after a `get` or `put`), if any. */
  hashOf(abs: string): string | undefined {
    return this.lines.get(abs)?.h;
  }

  /**
   * Remember `outcome` for the file at `abs`, read with `stamp` and hashing to `hash`.
   * Without a hash no bytes were read (the file could not be opened, or was too large):
   * nothing to remember, the next load looks again.
   */
  put(abs: string, stamp: FileStamp | undefined, hash: string | undefined, outcome: Outcome): void {
    if (!stamp || !hash || this.broken) return;
    const line: Line = {
      p: abs,
      s: stamp.size,
      m: stamp.mtimeMs,
      c: stamp.ctimeMs,
      i: stamp.ino,
      h: hash,
      t: trusted(stamp, Date.now()) ? 1 : 0,
      l: outcome,
    };
    this.lines.set(abs, line);
    this.used.add(abs);
    this.at.delete(abs); // known again once written
    this.pending.push(encode(line));
    this.pendingPaths.push(abs);
    if (this.pending.length >= 256) this.flush();
  }

  /** Write what is pending (a cold load calls this as it goes). */
  flush(): void {
    if (this.pending.length === 0 || this.broken) return;
    const lines = this.pending;
    const paths = this.pendingPaths;
    const text = lines.join("\n") + "\n";
    this.pending = [];
    this.pendingPaths = [];
    try {
      if (this.fd === undefined) this.openForAppend();
      // An append lands at the end: where, exactly, is known when the file grew by just it
      // (another process appending at the same moment leaves these lines' places unknown).
      const before = fstatSync(this.fd!).size;
      const wrote = writeSync(this.fd!, text);
      if (fstatSync(this.fd!).size === before + wrote && wrote === Buffer.byteLength(text)) {
        let o = before;
        for (const [k, l] of lines.entries()) {
          const n = Buffer.byteLength(l);
          this.at.set(paths[k]!, { o, n }); // a later line for the same path wins, as on reading
          o += n + 1;
        }
      }
    } catch {
      this.broken = true; // a cache we cannot write is no cache; the load goes on
    }
  }

  private openForAppend(): void {
    mkdirSync(this.options.dir, { recursive: true });
    if (this.fresh) {
      // Another build's, corrupt or missing: start a new file, atomically.
      this.replaceWith([]);
      this.fresh = false;
    }
    this.fd = openSync(this.file, "a");
    if (!fstatSync(this.fd).isFile()) throw new Error("not a file");
  }

  /** Replace the file with these lines (`[path, line]`), whose places are then known. */
  private replaceWith(lines: [string, string][]): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    const head = JSON.stringify({ resumes: "files", v: VERSION, build: this.options.build });
    try {
      const fd = openSync(tmp, "w");
      try {
        writeSync(fd, [head, ...lines.map((l) => l[1])].join("\n") + "\n");
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
      this.at.clear();
      let o = Buffer.byteLength(head) + 1;
      for (const [p, l] of lines) {
        const n = Buffer.byteLength(l);
        this.at.set(p, { o, n });
        o += n + 1;
      }
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
  }

  /**
   * Finish a load: write what is pending, and when the file holds many lines that no
   * file of this load uses (edited, removed), rewrite it with only the live ones.
   */
  close(): void {
    try {
      this.flush();
      if (this.fd !== undefined) closeSync(this.fd);
      this.fd = undefined;
      if (this.broken) return;
      if (this.used.size > 0 && this.read > 2 * this.used.size + 64) {
        const live: [string, string][] = [];
        for (const p of this.used) {
          const line = this.lines.get(p);
          if (line) live.push([p, encode(line)]);
        }
        this.replaceWith(live);
      }
      prune(this.options.dir, this.file);
    } catch {
      // as flush()
    }
  }
}

function prune(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^files-[0-9a-f]{8}\.jsonl(\.\d+\.tmp)?$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => f !== keep)
    .map((f) => ({ f, t: statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(MAX_CACHED - 1)) {
    rmSync(f, { force: true, recursive: false });
    // what was kept beside it: its snapshot (snapshot.ts) and search index
    for (const ext of [".lib", ".index"])
      rmSync(f.replace(/\.jsonl$/, ext), { force: true, recursive: false });
  }
}
