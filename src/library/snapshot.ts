/**
 * The library's snapshot: what a warm start needs, without reading the per-file cache.
 *
 * The per-file cache (file-cache.ts) is a log of lines, one per file, each holding the
 * file's whole profile: at 100,000 files it is ~450 MB of JSON, and reading it all back
 * costs seconds. Once a load has every file of the walk with its stamp and content hash,
 * it writes beside it `files-KEY.lib`: one row per file of the walk, in walk order, with
 * what identifies its bytes (path, shown name, format, size, times, inode, SHA-1,
 * whether the stamp alone is trusted), what a one-line listing needs (the person's name
 * and headline, location, latest role and company: the entry's id and label come from
 * these by the same rule as from the whole profile), and where its line sits in the cache
 * file (start, length). The load's per-file diagnostics are kept too.
 *
 * A warm start walks the folders, then reads this file (a few tens of bytes a file):
 * when every row's path and stamp are the walk's (and the untrusted ones still hash the
 * same), the library is made from the rows and each profile is read from its line only
 * when something asks for it (a search hit, the detail pane, `show`, `--json`). The line
 * is checked as every line of the cache is (its SHA-1 sum, its shape) and must be the
 * row's (same path, stamp and content hash); a line that fails is re-parsed from the
 * file itself, on a worker thread, waited for (so a damaged cache is never shown).
 *
 * The entries' ids and labels are kept as the load made them: they follow from the rows in
 * walk order (the same names in the same order give the same ids), so a warm start makes
 * no slug and no label, and each entry reads its head's columns only when asked for (a
 * search reads the labels of its hits, `list` every head).
 *
 * Layout: "resumes-lib 2\n", a u32 length and a JSON header (build, digest, row count,
 * the cache file's inode, size and modification time, each part's length), 8-aligned parts: stamps
 * (f64 × 4 per row), line starts (f64), line lengths (u32), flags (u8: 1 an entry, 2
 * trusted, 4 named), then string columns (NUL-separated UTF-8: sanitized text holds no
 * NUL) and the diagnostics as JSON; last, the CRC-32 of everything before it. Anything that does
 * not decode exactly, another build's snapshot, a cache file that is not the one the rows
 * point into as it was (another inode, size or modification time): a miss, and the load reads the cache file as
 * before (and writes a new snapshot).
 */
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import type { Diagnostic } from "./diagnostic.js";
import { readLineAt, type Outcome } from "./file-cache.js";
import type { Entry } from "./library.js";
import type { Profile } from "../profile/schema.js";
import type { FileStamp, Found } from "./walk.js";

const MAGIC = "resumes-lib 2\n";

/** The string columns, in order. */
const COLUMNS = [
  "abs",
  "file",
  "format",
  "hash",
  "id",
  "entryLabel",
  "name",
  "label",
  "city",
  "region",
  "countryCode",
  "position",
  "company",
] as const;
type Column = (typeof COLUMNS)[number];

interface Header {
  build: string;
  digest: string;
  n: number;
  cache: { ino: number; size: number; mtimeMs: number };
  columns: number[];
  diagnostics: number;
}

/** One file of the load, as the snapshot keeps it. */
export interface Row {
  found: Found;
  stamp: FileStamp;
  hash: string;
  trusted: boolean;
  outcome: Outcome;
  /** Where its line sits in the cache file; needed for an entry. */
  place?: { o: number; n: number };
  /** The entry the load made of it (its id, label and whether named); needed for an entry. */
  made?: Pick<Entry, "id" | "label" | "named">;
}

/** CRC-32 (zlib's, Node ≥ 20.15), else the first 4 bytes of a SHA-1. */
function checksum(bytes: Uint8Array): number {
  const crc = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;
  if (crc) return crc(bytes) >>> 0;
  return createHash("sha1").update(bytes).digest().readUInt32LE(0);
}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** What a listing needs of a profile: the fields `labelFor`, `headlineOf` and a location read. */
export function headOf(profile: Profile): Profile {
  const b = profile.basics;
  const w = profile.work?.[0];
  const head: Profile = {};
  if (b) {
    const basics: NonNullable<Profile["basics"]> = {};
    if (b.name !== undefined) basics.name = b.name;
    if (b.label !== undefined) basics.label = b.label;
    const l = b.location;
    if (l) {
      const location: NonNullable<typeof l> = {};
      if (l.city !== undefined) location.city = l.city;
      if (l.region !== undefined) location.region = l.region;
      if (l.countryCode !== undefined) location.countryCode = l.countryCode;
      basics.location = location;
    }
    head.basics = basics;
  }
  if (w) {
    const work: NonNullable<Profile["work"]>[number] = {};
    if (w.position !== undefined) work.position = w.position;
    if (w.name !== undefined) work.name = w.name;
    head.work = [work];
  }
  return head;
}

/** A head from its columns ("" is absent: every rule reading it treats "" as absent). */
function headFrom(col: (c: Column) => string): Profile {
  const head: Profile = {};
  const name = col("name");
  const label = col("label");
  const city = col("city");
  const region = col("region");
  const countryCode = col("countryCode");
  if (name || label || city || region || countryCode) {
    head.basics = {};
    if (name) head.basics.name = name;
    if (label) head.basics.label = label;
    if (city || region || countryCode) {
      head.basics.location = {};
      if (city) head.basics.location.city = city;
      if (region) head.basics.location.region = region;
      if (countryCode) head.basics.location.countryCode = countryCode;
    }
  }
  const position = col("position");
  const company = col("company");
  if (position || company) {
    head.work = [{}];
    if (position) head.work[0]!.position = position;
    if (company) head.work[0]!.name = company;
  }
  return head;
}

/** A column's text ("" for absent). NUL separates the column's values: a value holding one is refused. */
const str = (x: unknown): string => {
  if (typeof x !== "string") return "";
  if (x.includes("\0")) throw new RangeError("NUL in a column's value");
  return x;
};

/**
 * Write the snapshot of a load (atomically: a temporary file renamed over). False when it
 * cannot be written, or a row's line has no known place (nothing is written then).
 */
export function writeSnapshot(
  file: string,
  build: string,
  digest: string,
  cacheFile: string,
  rows: Row[],
  diagnostics: Diagnostic[],
): boolean {
  const n = rows.length;
  const stamps = new Float64Array(n * 4);
  const starts = new Float64Array(n);
  const lengths = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const cols: Record<Column, string[]> = Object.fromEntries(COLUMNS.map((c) => [c, []])) as never;
  try {
    fill();
  } catch {
    return false; // a value holding NUL (sanitized text holds none): no snapshot, the cache serves
  }
  function fill(): void {
    for (const [i, r] of rows.entries()) {
      stamps.set([r.stamp.size, r.stamp.mtimeMs, r.stamp.ctimeMs, r.stamp.ino], i * 4);
      const entry = "entry" in r.outcome ? r.outcome.entry : undefined;
      if (entry && (!r.place || !r.made)) throw new RangeError("no place");
      starts[i] = r.place?.o ?? -1;
      lengths[i] = r.place?.n ?? 0;
      flags[i] = (entry ? 1 : 0) | (r.trusted ? 2 : 0) | (entry && r.made?.named ? 4 : 0);
      const head = entry ? headOf(entry.profile) : {};
      cols.abs.push(r.found.abs);
      cols.file.push(r.found.file);
      cols.format.push(r.found.format);
      cols.hash.push(r.hash);
      cols.id.push(entry ? str(r.made!.id) : "");
      cols.entryLabel.push(entry ? str(r.made!.label) : "");
      cols.name.push(str(head.basics?.name));
      cols.label.push(str(head.basics?.label));
      cols.city.push(str(head.basics?.location?.city));
      cols.region.push(str(head.basics?.location?.region));
      cols.countryCode.push(str(head.basics?.location?.countryCode));
      cols.position.push(str(head.work?.[0]?.position));
      cols.company.push(str(head.work?.[0]?.name));
    }
  }
  let cache: Header["cache"];
  try {
    const fd = openSync(cacheFile, "r");
    try {
      const s = fstatSync(fd);
      cache = { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const colBytes = COLUMNS.map((c) => Buffer.from(cols[c].join("\0"), "utf8"));
  const diag = Buffer.from(JSON.stringify(diagnostics), "utf8");
  const header: Header = {
    build,
    digest,
    n,
    cache,
    columns: colBytes.map((b) => b.length),
    diagnostics: diag.length,
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const parts: Uint8Array[] = [Buffer.from(MAGIC, "latin1"), len, head];
  let at = MAGIC.length + 4 + head.length;
  for (const a of [stamps, starts, lengths, flags]) {
    parts.push(Buffer.alloc(pad8(at)));
    at += pad8(at);
    parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    at += a.byteLength;
  }
  parts.push(...colBytes, diag);
  const body = Buffer.concat(parts);
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(checksum(body));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([body, sum]));
    renameSync(tmp, file);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/** A warm library from its snapshot: its entries (each profile read when asked for), the diagnostics. */
export interface Snapshot {
  digest: string;
  entries: Entry[];
  /** The files' own diagnostics (errors and warnings), in walk order. */
  diagnostics: Diagnostic[];
}

const isDiagnostic = (x: unknown): x is Diagnostic =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as Diagnostic).file === "string" &&
  typeof (x as Diagnostic).message === "string";

/** What a snapshot's entries share: the rows, read once, and how to read a profile. */
interface Rows {
  files: readonly Found[];
  starts: Float64Array;
  lengths: Float64Array | Uint32Array;
  /** A string column, decoded and split when first read. */
  col: (c: Column) => string[];
  cacheFd: number;
  snapshotFile: string;
  reparse: (f: Found) => Outcome | undefined;
}

/** Where a warm entry's profile and head come from (not enumerable: not part of its data). */
const ROW = Symbol("row");
interface Hidden {
  i: number;
  rows: Rows;
  head?: Profile;
  profile?: Profile;
}
type Warm = Entry & { [ROW]: Hidden };

/**
 * An entry of a warm library: its id, label and file as the load made them; its profile
 * read from the cache line, and its head (what a listing reads) from the snapshot's
 * columns, each when first asked for. `profile` reads like a plain property (enumerable,
 * own); the getters are shared by all entries, so making 100,000 of them is cheap.
 */
const PROFILE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Warm) {
    const h = this[ROW];
    return (h.profile ??= read(h.rows, h.i));
  },
};
const HEAD: PropertyDescriptor = {
  enumerable: false,
  configurable: true,
  get(this: Warm) {
    const h = this[ROW];
    return (h.head ??= headFrom((c) => h.rows.col(c)[h.i]!));
  },
};

function warmEntry(id: string, label: string, named: boolean, f: Found, i: number, rows: Rows): Entry {
  const e = { id, label, named, file: f.file, format: f.format } as Warm;
  Object.defineProperty(e, ROW, { value: { i, rows } satisfies Hidden });
  Object.defineProperty(e, "profile", PROFILE);
  Object.defineProperty(e, "head", HEAD);
  return e;
}

/**
 * The snapshot in `file`, when it is whole, of `build`, and describes exactly `files` (the
 * walk's, in order) as they are now; else undefined. `reparse` loads a file whose line
 * turns out damaged when its profile is read.
 */
export function openSnapshot(
  file: string,
  build: string,
  cacheFile: string,
  files: readonly Found[],
  maxBytes: number,
  reparse: (f: Found) => Outcome | undefined,
): Snapshot | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // missing, a folder, unreadable
  }
  let fd: number | undefined;
  try {
    if (bytes.length < MAGIC.length + 8 || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC)
      return undefined;
    const body = bytes.subarray(0, bytes.length - 4);
    if (checksum(body) !== bytes.readUInt32LE(bytes.length - 4)) return undefined;
    const headLength = body.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const h = JSON.parse(body.toString("utf8", at, at + headLength)) as Header;
    at += headLength;
    if (h.build !== build || h.n !== files.length || typeof h.digest !== "string") return undefined;
    if (!Array.isArray(h.columns) || h.columns.length !== COLUMNS.length) return undefined;
    const n = h.n;
    // Aligned copies (the file's bytes are at any offset in a pooled buffer).
    const take = <T>(C: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, count: number): T => {
      at += pad8(at);
      const size = count * C.BYTES_PER_ELEMENT;
      if (at + size > body.length) throw new Error("short");
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(body.subarray(at, at + size));
      at += size;
      return new C(copy);
    };
    const stamps = take(Float64Array, n * 4);
    const starts = take(Float64Array, n);
    const lengths = take(Uint32Array, n);
    const flags = take(Uint8Array, n);
    // The string columns: where each is; split when first read.
    const spans = new Map<Column, [number, number]>();
    for (const [k, c] of COLUMNS.entries()) {
      const size = h.columns[k]!;
      if (!(size >= 0) || at + size > body.length) return undefined;
      spans.set(c, [at, at + size]);
      at += size;
    }
    if (at + h.diagnostics !== body.length) return undefined;
    const split = new Map<Column, string[]>();
    const col = (c: Column): string[] => {
      let list = split.get(c);
      if (!list) {
        const [from, to] = spans.get(c)!;
        list = n === 0 ? [] : body.toString("utf8", from, to).split("\0");
        if (list.length !== n) throw new RangeError(`the snapshot's column ${c} is damaged`);
        split.set(c, list);
      }
      return list;
    };
    const diagnostics: unknown = JSON.parse(body.toString("utf8", at, at + h.diagnostics));
    if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return undefined;

    // Every row is the walk's file as it is now.
    const abs = col("abs");
    const shown = col("file");
    const format = col("format");
    for (let i = 0; i < n; i++) {
      const f = files[i]!;
      const s = f.stamp;
      if (!s || s.size > maxBytes || f.abs !== abs[i] || f.file !== shown[i]) return undefined;
      if (f.format !== format[i]) return undefined;
      const j = i * 4;
      if (stamps[j] !== s.size || stamps[j + 1] !== s.mtimeMs || stamps[j + 2] !== s.ctimeMs)
        return undefined;
      if (stamps[j + 3] !== s.ino) return undefined;
      if (!(flags[i]! & 2)) {
        // Times that cannot be trusted: the bytes must still hash the same.
        const hash = createHash("sha1").update(readFileSync(f.abs)).digest("base64url");
        if (hash !== col("hash")[i]) return undefined;
      }
    }
    // (The CRC holds and the writer refuses a value with a NUL: each column splits into n.)
    const ids = col("id");
    const labels = col("entryLabel");
    // The cache file the rows point into, as it was: written since (a line appended, an edit),
    // it is read whole again, every line checked.
    fd = openSync(cacheFile, "r");
    const cs = fstatSync(fd);
    if (!cs.isFile() || cs.ino !== h.cache.ino || cs.size !== h.cache.size) return undefined;
    if (Math.abs(cs.mtimeMs - h.cache.mtimeMs) >= 1) return undefined; // to the millisecond

    const rows: Rows = { files, starts, lengths, col, cacheFd: fd, snapshotFile: file, reparse };
    const entries: Entry[] = [];
    for (let i = 0; i < n; i++) {
      if (!(flags[i]! & 1)) continue;
      if (!(starts[i]! >= 0) || lengths[i] === 0 || !ids[i] || !labels[i]) return undefined;
      const f = files[i]!;
      entries.push(warmEntry(ids[i]!, labels[i]!, (flags[i]! & 4) !== 0, f, i, rows));
    }
    fd = undefined; // the entries' now
    return { digest: h.digest, entries, diagnostics };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Row i's profile from its line, when the line is the row's; else from the file, parsed again. */
function read(rows: Rows, i: number): Profile {
  const f = rows.files[i]!;
  const hash = rows.col("hash")[i]!;
  const line = readLineAt(rows.cacheFd, rows.starts[i]!, rows.lengths[i]!);
  const s = f.stamp!;
  if (
    line &&
    line.p === f.abs &&
    line.h === hash &&
    line.s === s.size &&
    line.m === s.mtimeMs &&
    line.c === s.ctimeMs &&
    line.i === s.ino &&
    "entry" in line.l &&
    line.l.entry.file === f.file
  )
    return line.l.entry.profile;
  // A damaged line: never shown. The snapshot goes (the next load reads the cache again).
  rmSync(rows.snapshotFile, { force: true });
  const again = rows.reparse(f);
  if (again && "entry" in again) return again.entry.profile;
  throw new Error(`${f.file}: the cache is damaged and the file did not load again; run the command again`);
}
