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
 * Layout: "resumes-lib 1\n", a u32 length and a JSON header (build, digest, row count,
 * the cache file's inode, size and modification time, each part's length), 8-aligned parts: stamps
 * (f64 × 4 per row), line starts (f64), line lengths (u32), flags (u8: 1 an entry, 2
 * trusted), then string columns (NUL-separated UTF-8: sanitized text holds no NUL) and
 * the diagnostics as JSON; last, the CRC-32 of everything before it. Anything that does
 * not decode exactly, another build's snapshot, a cache file that is not the one the rows
 * point into as it was (another inode, size or modification time): a miss, and the load reads the cache file as
 * before (and writes a new snapshot).
 */
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import type { Diagnostic } from "./diagnostic.js";
import { readLineAt, type Outcome } from "./file-cache.js";
import type { Format } from "./library.js";
import type { Profile } from "../profile/schema.js";
import type { FileStamp, Found } from "./walk.js";

const MAGIC = "resumes-lib 1\n";

/** The string columns, in order. */
const COLUMNS = [
  "abs",
  "file",
  "format",
  "hash",
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

const str = (x: unknown) => (typeof x === "string" ? x.replace(/\0/g, "") : "");

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
  for (const [i, r] of rows.entries()) {
    stamps.set([r.stamp.size, r.stamp.mtimeMs, r.stamp.ctimeMs, r.stamp.ino], i * 4);
    const entry = "entry" in r.outcome ? r.outcome.entry : undefined;
    if (entry && !r.place) return false;
    starts[i] = r.place?.o ?? -1;
    lengths[i] = r.place?.n ?? 0;
    flags[i] = (entry ? 1 : 0) | (r.trusted ? 2 : 0);
    const head = entry ? headOf(entry.profile) : {};
    cols.abs.push(r.found.abs);
    cols.file.push(r.found.file);
    cols.format.push(r.found.format);
    cols.hash.push(r.hash);
    cols.name.push(str(head.basics?.name));
    cols.label.push(str(head.basics?.label));
    cols.city.push(str(head.basics?.location?.city));
    cols.region.push(str(head.basics?.location?.region));
    cols.countryCode.push(str(head.basics?.location?.countryCode));
    cols.position.push(str(head.work?.[0]?.position));
    cols.company.push(str(head.work?.[0]?.name));
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

/** A warm library from its snapshot: entries' heads, a way to read each profile, the diagnostics. */
export interface Snapshot {
  digest: string;
  items: { head: Profile; file: string; format: Format; profile: () => Profile }[];
  /** The files' own diagnostics (errors and warnings), in walk order. */
  diagnostics: Diagnostic[];
}

const isDiagnostic = (x: unknown): x is Diagnostic =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as Diagnostic).file === "string" &&
  typeof (x as Diagnostic).message === "string";

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
    const cols = {} as Record<Column, string[]>;
    for (const [k, c] of COLUMNS.entries()) {
      const size = h.columns[k]!;
      const list = n === 0 ? [] : body.toString("utf8", at, at + size).split("\0");
      at += size;
      if (list.length !== n) return undefined;
      cols[c] = list;
    }
    if (at + h.diagnostics !== body.length) return undefined;
    const diagnostics: unknown = JSON.parse(body.toString("utf8", at, at + h.diagnostics));
    if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return undefined;

    // Every row is the walk's file as it is now.
    for (let i = 0; i < n; i++) {
      const f = files[i]!;
      const s = f.stamp;
      if (!s || s.size > maxBytes || f.abs !== cols.abs[i] || f.file !== cols.file[i]) return undefined;
      if (f.format !== cols.format[i]) return undefined;
      const j = i * 4;
      if (stamps[j] !== s.size || stamps[j + 1] !== s.mtimeMs || stamps[j + 2] !== s.ctimeMs)
        return undefined;
      if (stamps[j + 3] !== s.ino) return undefined;
      if (!(flags[i]! & 2)) {
        // Times that cannot be trusted: the bytes must still hash the same.
        const hash = createHash("sha1").update(readFileSync(f.abs)).digest("base64url");
        if (hash !== cols.hash[i]) return undefined;
      }
    }
    // The cache file the rows point into, as it was: written since (a line appended, an edit),
    // it is read whole again, every line checked.
    fd = openSync(cacheFile, "r");
    const cs = fstatSync(fd);
    if (!cs.isFile() || cs.ino !== h.cache.ino || cs.size !== h.cache.size) return undefined;
    if (Math.abs(cs.mtimeMs - h.cache.mtimeMs) >= 1) return undefined; // to the millisecond
    const cacheFd = fd;
    fd = undefined;

    const items: Snapshot["items"] = [];
    for (let i = 0; i < n; i++) {
      if (!(flags[i]! & 1)) continue;
      const f = files[i]!;
      const hash = cols.hash[i]!;
      const place = { o: starts[i]!, n: lengths[i]! };
      if (!(place.o >= 0) || place.n === 0) return undefined;
      let profile: Profile | undefined;
      items.push({
        head: headFrom((c) => cols[c][i]!),
        file: f.file,
        format: f.format,
        profile: () => (profile ??= read(cacheFd, place, f, hash, reparse, file)),
      });
    }
    return { digest: h.digest, items, diagnostics };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A profile from its line, when the line is the row's; else from the file, parsed again. */
function read(
  fd: number,
  place: { o: number; n: number },
  f: Found,
  hash: string,
  reparse: (f: Found) => Outcome | undefined,
  snapshotFile: string,
): Profile {
  const line = readLineAt(fd, place.o, place.n);
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
  rmSync(snapshotFile, { force: true });
  const again = reparse(f);
  if (again && "entry" in again) return again.entry.profile;
  throw new Error(`${f.file}: the cache is damaged and the file did not load again; run the command again`);
}
