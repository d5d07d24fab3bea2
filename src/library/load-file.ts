/**
 * One file → its entry (with warnings) or the one error saying why not: read (size checked
 * first), decoded (decode.ts), sanitized, then handed to its format's reader
 * (formats/index.ts). What a worker thread runs per file, and the loader without workers.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ProfileError, type Profile } from "../profile/schema.js";
import { sanitize } from "../text/sanitize.js";
import { decode } from "./decode.js";
import { describeFsError, fileError, type Diagnostic } from "./diagnostic.js";
import { readDocument } from "./formats/binary.js";
import { READERS, type TextFormat } from "./formats/index.js";
import { documentKind } from "./sniff.js";
import type { Format } from "./library.js";
import type { FileStamp } from "./walk.js";

export { decode } from "./decode.js";
export { hasContent } from "./formats/index.js";

/** One file's outcome: an entry (with warnings) or the one error saying why not. */
export type Loaded =
  | { entry: { profile: Profile; file: string; format: Format }; warnings: Diagnostic[] }
  | { error: Diagnostic };

/** A file's outcome with what identified the bytes it came from (for the file cache). */
export interface LoadedFile {
  loaded: Loaded;
  /** The open file's fstat, and the SHA-1 of the bytes read; absent when it could not be read. */
  stamp?: FileStamp;
  hash?: string;
}

/**
 * Read `abs` (refused when larger than `maxBytes`) and load it. Never throws (a promise
 * never rejects). The read is synchronous: it runs on a worker thread (or between frames),
 * where a thread-pool round trip per read costs more than the read. Text is loaded at once;
 * a PDF or Word document gives a promise (its reader is asynchronous).
 */
export function loadFile(
  abs: string,
  file: string,
  format: Format,
  maxBytes: number,
): LoadedFile | Promise<LoadedFile> {
  let bytes: Buffer;
  let stamp: FileStamp;
  try {
    const fd = openSync(abs, "r");
    try {
      const s = fstatSync(fd);
      stamp = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
      if (!s.isFile()) return { loaded: { error: fileError(file, "not a regular file") } };
      if (s.size > maxBytes)
        return {
          loaded: {
            error: fileError(file, `too large (${sizes(s.size, maxBytes)})`),
          },
          stamp,
        };
      // Read exactly the size checked (one fstat, not readFile's second one).
      bytes = Buffer.allocUnsafe(s.size);
      let got = 0;
      while (got < s.size) {
        const n = readSync(fd, bytes, got, s.size - got, got);
        if (n === 0) break;
        got += n;
      }
      bytes = bytes.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return { loaded: { error: fileError(file, describeFsError(err as NodeJS.ErrnoException)) } };
  }
  const hash = hashBytes(bytes);
  const loaded = loadAnyBytes(bytes, file, format);
  return loaded instanceof Promise
    ? loaded.then((l) => ({ loaded: l, stamp, hash }))
    : { loaded, stamp, hash };
}

/**
 * One file's bytes, whatever the format: a PDF or Word document (so named, or so its bytes
 * say under another name) through its reader, asynchronously; text at once ({@link loadBytes}).
 */
export function loadAnyBytes(bytes: Uint8Array, file: string, format: Format): Loaded | Promise<Loaded> {
  const kind =
    format === "pdf" || format === "docx"
      ? format
      : format === "jsonresume" || format === "yaml"
        ? undefined
        : documentKind(bytes);
  return kind ? loadDocumentBytes(bytes, file, kind) : loadBytes(bytes, file, format as TextFormat);
}

async function loadDocumentBytes(bytes: Uint8Array, file: string, format: "pdf" | "docx"): Promise<Loaded> {
  try {
    const read = await readDocument(bytes, file, format);
    if ("error" in read) return read;
    return { entry: { profile: read.profile, file, format }, warnings: read.warnings };
  } catch (err) {
    if (err instanceof ProfileError) return { error: fileError(file, profileMessage(err, file)) };
    return {
      error: fileError(
        file,
        sanitize(`could not load (${String((err as Error)?.message ?? err).split("\n")[0]})`),
      ),
    };
  }
}

/** A schema error's message without the file name it starts with (the diagnostic has it). */
function profileMessage(err: ProfileError, file: string): string {
  const prefix = `${file}: `;
  return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
}

/** The content hash the file cache checks when a file's times cannot be trusted. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64url");
}

export function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** "6.2 MB; the limit is 5 MB", in bytes when megabytes would not tell the two apart. */
export function sizes(size: number, limit: number): string {
  const [a, b] = [megabytes(size), megabytes(limit)];
  if (a !== b) return `${a}; the limit is ${b}`;
  const bytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;
  return `${bytes(size)}; the limit is ${bytes(limit)}`;
}

/**
 * One file's bytes → its entry or its one error. Total: whatever the bytes, it returns
 * (a bug or a limit we did not foresee still gives one line about this file, not a crash).
 */
export function loadBytes(bytes: Uint8Array, file: string, format: TextFormat): Loaded {
  try {
    return loadBytesUnsafe(bytes, file, format);
  } catch (err) {
    const message =
      err instanceof RangeError
        ? "nested too deeply"
        : `could not load (${String((err as Error)?.message ?? err).split("\n")[0]})`;
    return { error: fileError(file, sanitize(message)) };
  }
}

function loadBytesUnsafe(bytes: Uint8Array, file: string, format: TextFormat): Loaded {
  const decoded = decode(bytes);
  if ("binary" in decoded) return { error: fileError(file, decoded.binary) };
  const warnings: Diagnostic[] = [];
  if (decoded.warning)
    warnings.push({
      file,
      ...(decoded.line ? { line: decoded.line } : {}),
      message: decoded.warning,
      severity: "warning",
    });
  const raw = decoded.text.replace(/^\ufeff/, "");
  const clean = sanitize(raw);
  if (clean.trim() === "") return { error: fileError(file, "empty file") };
  let read;
  try {
    read = READERS[format]({ raw, clean, file, format });
  } catch (err) {
    if (err instanceof ProfileError) return { error: fileError(file, profileMessage(err, file)) };
    throw err;
  }
  if ("error" in read) return read;
  warnings.push(...read.warnings);
  return { entry: { profile: read.profile, file, format }, warnings };
}
