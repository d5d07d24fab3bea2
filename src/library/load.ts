/**
 * Files and folders → Library + diagnostics.
 *
 * Each path is a file or a folder (searched recursively, in sorted order, skipping hidden
 * files and folders and node_modules), or `-` for standard input. The format comes from the
 * extension:
 *   .txt → text, .md/.markdown → Markdown, .json → JSON Resume, .yaml/.yml → the JSON
 *   Resume shape written in YAML (or RenderCV's), .org/.rst/.adoc/.asciidoc/.tex → text
 *   with a dialect hint, .pdf → pdf.js (read-pdf.ts), .docx → mammoth (read-docx.ts).
 * Standard input's format is `from` when given, else sniffed from its bytes ({@link sniff}).
 * The PDF and Word readers are imported only when such a file is opened.
 * Each file is read (size checked first), decoded, sanitized (src/text/sanitize.ts), then
 * parsed (text, Markdown) or imported (JSON, YAML), validated and made into an entry.
 *
 * A file that cannot be loaded gives exactly one Diagnostic (severity "error", with the
 * line and column where there is one) and the other files still load; a file that loaded
 * with something skipped gives warnings. Entries and diagnostics come out sorted by path,
 * whatever order the reads finish in.
 */
import { open, readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml } from "yaml";
import { importJsonResume } from "../profile/jsonresume.js";
import { reshape } from "../profile/shapes.js";
import { ProfileError, validateProfile, type Profile } from "../profile/schema.js";
import { parseDocument, parseLines, type Dialect, type ParseResult } from "../parse/index.js";
import { findJsonError } from "../text/json-scan.js";
import { jsonObjectLines } from "../text/json-lines.js";
import { sanitize, sanitizeDeep } from "../text/sanitize.js";
import type { Diagnostic } from "./diagnostic.js";
import { Library, makeEntries, type Entry, type Format } from "./library.js";

export interface LoadResult {
  library: Library;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** What relative paths resolve against; default: the process's working directory. */
  cwd?: string;
  /** Files read at once; default 8. */
  concurrency?: number;
  /** Larger files are refused before being read; default {@link MAX_BYTES}. */
  maxBytes?: number;
  /** A folder stops being searched after this many résumé files; default {@link MAX_FILES}. */
  maxFiles?: number;
  /** What `-` reads: standard input's bytes. Without it, `-` is an error. */
  stdin?: () => Promise<Uint8Array>;
  /** The format of standard input (`--from`); default: sniffed from its bytes. */
  from?: Format;
}

/** How standard input is named in entries and diagnostics. */
export const STDIN_NAME = "stdin";

/** 5 MB: far above any résumé, well below what would hurt. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Enough for any real collection; stops `resumes ~` from walking a whole disk. */
export const MAX_FILES = 10_000;

/** Nesting deeper than this in JSON or YAML is refused (no résumé needs more than ~5). */
export const MAX_DEPTH = 64;

/** Supported extensions and the format each means. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "jsonresume",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".org": "org",
  ".rst": "rst",
  ".adoc": "asciidoc",
  ".asciidoc": "asciidoc",
  ".tex": "latex",
  ".pdf": "pdf",
  ".docx": "docx",
};

/**
 * The format bytes show, for standard input: `%PDF` → pdf, a ZIP holding
 * `word/document.xml` → docx, `{` → JSON, `\documentclass` → LaTeX, `#+TITLE:` → Org, an
 * `= Title` line → AsciiDoc, a title underlined with `===` → reStructuredText, top-level
 * `key:` lines of a résumé (`basics:`, `cv:`, `work:`...) → YAML, `# ` headings → Markdown,
 * else text.
 */
export function sniff(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    return Buffer.from(bytes).includes("word/document.xml") ? "docx" : "text";
  }
  const t = head.replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
  if (t.startsWith("{")) return "jsonresume";
  if (/^\\documentclass/m.test(t)) return "latex";
  if (/^#\+(?:title|author|options):/im.test(t)) return "org";
  if (/^= \S/.test(t)) return "asciidoc";
  if (/^(?:[=~-]{3,}\n)?[^\n]{2,}\n[=~-]{3,}\n/.test(t) && !/^#{1,6} /m.test(t)) return "rst";
  if (/^(?:---\n)?(?:basics|cv|work|experience|employment|name|education|skills|contact|personal):[ \t]*\n/m.test(t)) {
    return "yaml";
  }
  if (/^#{1,6} \S/m.test(t)) return "markdown";
  return "text";
}

const SUPPORTED = Object.keys(EXTENSIONS).join(", ");

/** The format a file name means, or undefined for an unsupported extension. */
export function formatOf(file: string): Format | undefined {
  return EXTENSIONS[extname(file).toLowerCase()];
}

/** A file to load: the path as shown to the user, and as opened. */
interface Found {
  file: string;
  abs: string;
  format: Format;
}

/** One file's outcome: an entry (with warnings) or the one error saying why not. */
export type Loaded =
  | { entry: { profile: Profile; file: string; format: Format }; warnings: Diagnostic[] }
  | { error: Diagnostic };

/** Load every supported file named, or found (recursively) in the folders named. */
export async function loadLibrary(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const found: Found[] = [];
  const named = new Set<string>();
  for (const given of paths) {
    if (given === "-") {
      if (named.has("-")) continue;
      named.add("-");
      found.push({ file: STDIN_NAME, abs: "-", format: options.from ?? "text" });
      continue;
    }
    const key = resolve(cwd, given);
    if (named.has(key)) continue; // the same path named twice: one load, one diagnostic
    named.add(key);
    const r = await expand(given, cwd, options.maxFiles ?? MAX_FILES);
    found.push(...r.files);
    diagnostics.push(...r.diagnostics);
  }
  // The same file named twice (itself and through its folder) loads once.
  const seen = new Set<string>();
  const files = found
    .sort((a, b) => compare(a.file, b.file))
    .filter((f) => (seen.has(f.abs) ? false : (seen.add(f.abs), true)));

  const results = await mapLimited(files, options.concurrency ?? 8, (f) =>
    f.abs === "-" ? loadStdin(options) : loadFound(f, options.maxBytes ?? MAX_BYTES),
  );
  const items: Loaded[] = results;
  const entries: { profile: Profile; file: string; format: Format }[] = [];
  for (const r of items) {
    if ("error" in r) diagnostics.push(r.error);
    else {
      entries.push(r.entry);
      diagnostics.push(...r.warnings);
    }
  }
  diagnostics.sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { library: new Library(makeEntries(entries)), diagnostics };
}

/** One file: its entry, or the diagnostics saying why not. For `resumes parse FILE`. */
export async function loadDocument(
  path: string,
  options: LoadOptions = {},
): Promise<{ entry?: Entry; diagnostics: Diagnostic[] }> {
  const cwd = options.cwd ?? process.cwd();
  if (path === "-") {
    const r = await loadStdin(options);
    if ("error" in r) return { diagnostics: [r.error] };
    return { entry: makeEntries([r.entry])[0], diagnostics: r.warnings };
  }
  const abs = resolve(cwd, path);
  const info = await stat(abs).catch((err: unknown) => err as NodeJS.ErrnoException);
  if (info instanceof Error) return { diagnostics: [error(path, describeFsError(info))] };
  if (info.isDirectory()) return { diagnostics: [error(path, "is a folder; give one file")] };
  const { library, diagnostics } = await loadLibrary([path], options);
  return { entry: library.entries[0], diagnostics };
}

/**
 * A path (or a message) as shown in entries and diagnostics: file names are untrusted text
 * too (a folder someone sent you), so they are sanitized like the documents, on one line.
 */
export function shownPath(path: string): string {
  return sanitize(path).replace(/[\n\t]/g, " ");
}

function error(file: string, message: string, line?: number, column?: number): Diagnostic {
  // One line whatever went in (a parser's message may quote the document).
  const d: Diagnostic = { file: shownPath(file), message: shownPath(message).trim(), severity: "error" };
  if (line !== undefined) d.line = line;
  if (column !== undefined) d.column = column;
  return d;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "no such file or folder (a part of the path is a file)";
    case "ELOOP":
      return "too many symbolic links";
    case "EISDIR":
      return "is a folder";
    default:
      return `cannot read (${err.code ?? err.message})`;
  }
}

// ---------------------------------------------------------------------------------------
// Finding files

async function expand(
  given: string,
  cwd: string,
  maxFiles: number,
): Promise<{ files: Found[]; diagnostics: Diagnostic[] }> {
  const abs = resolve(cwd, given);
  const info = await stat(abs).catch((err: unknown) => err as NodeJS.ErrnoException);
  if (info instanceof Error) return { files: [], diagnostics: [error(given, describeFsError(info))] };
  if (info.isFile()) {
    const format = formatOf(given);
    if (!format) {
      const ext = extname(given);
      const what = ext ? `unsupported file type '${sanitize(ext)}'` : "unsupported file type (no extension)";
      return { files: [], diagnostics: [error(given, `${what}; expected ${SUPPORTED}`)] };
    }
    return { files: [{ file: shownPath(given), abs, format }], diagnostics: [] };
  }
  if (!info.isDirectory()) return { files: [], diagnostics: [error(given, "not a regular file or folder")] };

  const files: Found[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  let truncated = false;
  const walk = async (dirAbs: string, dirShown: string): Promise<void> => {
    const real = await realpath(dirAbs).catch(() => dirAbs);
    if (visited.has(real)) return; // a symbolic link back up the tree
    visited.add(real);
    let names;
    try {
      names = await readdir(dirAbs, { withFileTypes: true });
    } catch (err) {
      diagnostics.push(error(dirShown, describeFsError(err as NodeJS.ErrnoException)));
      return;
    }
    names.sort((a, b) => compare(a.name, b.name));
    for (const d of names) {
      if (truncated) return;
      if (d.name.startsWith(".") || d.name === "node_modules") continue;
      const childAbs = join(dirAbs, d.name);
      const childShown = join(dirShown, d.name);
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      if (d.isSymbolicLink()) {
        const target = await stat(childAbs).catch(() => undefined);
        isDir = Boolean(target?.isDirectory());
        isFile = Boolean(target?.isFile());
      }
      if (isDir) await walk(childAbs, childShown);
      else if (isFile) {
        const format = formatOf(d.name);
        if (!format) continue;
        if (files.length >= maxFiles) {
          truncated = true;
          return;
        }
        files.push({ file: shownPath(childShown), abs: childAbs, format });
      }
    }
  };
  await walk(abs, given);
  if (truncated) {
    diagnostics.push({
      file: shownPath(given),
      message: `stopped searching this folder after ${maxFiles} résumé files (the first ${maxFiles} in sorted order load)`,
      severity: "warning",
    });
  }
  if (files.length === 0 && diagnostics.length === 0) {
    diagnostics.push(error(given, `no résumés found in this folder (looked for ${SUPPORTED} files)`));
  }
  return { files, diagnostics };
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      out[k] = await fn(items[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// ---------------------------------------------------------------------------------------
// Reading and decoding

async function loadFound(f: Found, maxBytes: number): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const handle = await open(f.abs, "r");
    try {
      const { size } = await handle.stat();
      if (size > maxBytes)
        return {
          error: error(f.file, `too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`),
        };
      // Read exactly the size checked (one fstat, not readFile's second one).
      bytes = Buffer.allocUnsafe(size);
      let got = 0;
      while (got < size) {
        const { bytesRead } = await handle.read(bytes, got, size - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      bytes = bytes.subarray(0, got);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { error: error(f.file, describeFsError(err as NodeJS.ErrnoException)) };
  }
  return loadFileBytes(bytes, f.file, f.format);
}

async function loadStdin(options: LoadOptions): Promise<Loaded> {
  if (!options.stdin) return { error: error(STDIN_NAME, "standard input cannot be read here") };
  let bytes: Uint8Array;
  try {
    bytes = await options.stdin();
  } catch (err) {
    return { error: error(STDIN_NAME, `cannot read (${(err as Error).message})`) };
  }
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  if (bytes.length > maxBytes) {
    return { error: error(STDIN_NAME, `too large (over ${megabytes(maxBytes)}; the limit is ${megabytes(maxBytes)})`) };
  }
  return loadFileBytes(bytes, STDIN_NAME, options.from ?? sniff(bytes));
}

/**
 * One file's bytes → its entry or its one error, whatever the format: PDF and Word
 * documents through their readers (imported on first use), the rest through
 * {@link loadBytes}.
 */
export async function loadFileBytes(bytes: Uint8Array, file: string, format: Format): Promise<Loaded> {
  // A PDF or Word document under another name is read as what it is.
  const shown = format === "jsonresume" || format === "yaml" ? undefined : sniff(bytes);
  if (shown === "pdf" || shown === "docx") format = shown;
  if (format !== "pdf" && format !== "docx") return loadBytes(bytes, file, format);
  return heavy(() => readBinary(bytes, file, format));
}

/**
 * PDF and Word readers hold a whole document model each: at most {@link HEAVY_AT_ONCE} at
 * a time, whatever the loader's concurrency, so memory stays bounded on a folder of PDFs.
 */
const HEAVY_AT_ONCE = 2;
let heavyRunning = 0;
const heavyQueue: (() => void)[] = [];

async function heavy<T>(run: () => Promise<T>): Promise<T> {
  // A finishing reader hands its slot to the next in line, so no newcomer slips in between.
  if (heavyRunning >= HEAVY_AT_ONCE) await new Promise<void>((go) => heavyQueue.push(go));
  else heavyRunning++;
  try {
    return await run();
  } finally {
    const next = heavyQueue.shift();
    if (next) next();
    else heavyRunning--;
  }
}

async function readBinary(bytes: Uint8Array, file: string, format: "pdf" | "docx"): Promise<Loaded> {
  try {
    if (format === "pdf") {
      const { readPdf } = await import("./read-pdf.js");
      const read = await readPdf(bytes);
      if ("error" in read) return { error: error(file, read.error) };
      const lines = read.lines.map((l) => ({
        ...l,
        text: sanitize(l.text),
        cells: l.cells.map(sanitize),
        strong: l.strong.map(sanitize),
        links: l.links.map((k) => ({ text: sanitize(k.text), url: sanitize(k.url) })),
      }));
      const skipped = read.skipped.map((k) => ({ ...k, text: sanitize(k.text) }));
      if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))) return { error: error(file, "empty file") };
      return fromParse(parseLines(lines, { file, format: "text", dialect: "pdf", skipped }), file, format, []);
    }
    const { readDocx } = await import("./read-docx.js");
    const read = await readDocx(bytes);
    if ("error" in read) return { error: error(file, read.error) };
    const warnings: Diagnostic[] = read.warnings.map((message) => ({ file, message: shownPath(message).trim(), severity: "warning" }));
    const clean = sanitize(read.text);
    if (clean.trim() === "") return { error: error(file, "empty file (no text in the document)") };
    return fromParse(parseDocument(clean, { file, format: read.format, dialect: "docx" }), file, format, warnings);
  } catch (err) {
    if (err instanceof ProfileError) return { error: error(file, profileMessage(err, file)) };
    return { error: error(file, sanitize(`could not load (${String((err as Error)?.message ?? err).split("\n")[0]})`)) };
  }
}

function profileMessage(err: ProfileError, file: string): string {
  const prefix = `${file}: `;
  return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
}

/** A parser's result → the entry (validated, with its warnings), or "nothing recognisable". */
function fromParse(result: ParseResult, file: string, format: Format, warnings: Diagnostic[]): Loaded {
  const profile = validateProfile(result.profile, file);
  for (const w of result.warnings) {
    warnings.push({
      ...w,
      file: shownPath(w.file || file),
      message: shownPath(w.message).trim(),
      severity: "warning",
    });
  }
  if (!hasContent(profile)) {
    return {
      error: error(file, "nothing recognisable as a résumé (no name, contact details or sections found)"),
    };
  }
  return { entry: { profile, file, format }, warnings };
}

/** The parser's dialect hint for a text format. */
const DIALECTS: Partial<Record<Format, Dialect>> = {
  org: "org",
  rst: "rst",
  asciidoc: "asciidoc",
  latex: "latex",
};

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/**
 * Windows-1252 for 0x80–0x9F (curly quotes, bullets, dashes, €); Node's decoder treats the
 * label as ISO-8859-1 and would give C1 controls there. The five bytes Windows-1252 leaves
 * undefined become U+FFFD: decoding noise, not escape sequences.
 */
const CP1252 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd\u2018\u2019\u201c\u201d•–—˜™š›œ\ufffdžŸ";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let k = 0; k < bytes.length; k += 8192) {
    const chunk = bytes.subarray(k, k + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(
      /[\u0080-\u009f]/g,
      (c) => CP1252[c.charCodeAt(0) - 0x80]!,
    );
  }
  return out;
}

/** Bytes → text, or why they are not text. */
export function decode(bytes: Uint8Array): { text: string; warning?: string } | { binary: string } {
  // UTF-16 with a byte order mark (Windows Notepad's "Unicode").
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes) };
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-"))
    return { binary: "a PDF file, not text (convert it first, e.g. with pdftotext)" };
  if (head.startsWith("PK\u0003\u0004"))
    return { binary: "a ZIP archive (a .docx?), not text (save it as text first)" };
  if (bytes.includes(0)) return { binary: "binary file, not text" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Mostly text with a few bytes of another encoding (Latin-1, Windows-1252) reads as
    // Windows-1252; mostly undecodable means binary.
    const loose = new TextDecoder("utf-8").decode(bytes);
    let bad = 0;
    for (const ch of loose) if (ch === "\ufffd") bad++;
    if (bad > 16 && bad / loose.length > 0.02) return { binary: "binary file, not text (not valid UTF-8)" };
    return {
      text: windows1252(bytes),
      warning: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    };
  }
}

/**
 * One file's bytes → its entry or its one error. Total: whatever the bytes, it returns
 * (a bug or a limit we did not foresee still gives one line about this file, not a crash).
 */
export function loadBytes(bytes: Uint8Array, file: string, format: Exclude<Format, "pdf" | "docx">): Loaded {
  try {
    return loadBytesUnsafe(bytes, file, format);
  } catch (err) {
    const message =
      err instanceof RangeError
        ? "nested too deeply"
        : `could not load (${String((err as Error)?.message ?? err).split("\n")[0]})`;
    return { error: error(file, sanitize(message)) };
  }
}

function loadBytesUnsafe(bytes: Uint8Array, file: string, format: Exclude<Format, "pdf" | "docx">): Loaded {
  const decoded = decode(bytes);
  if ("binary" in decoded) return { error: error(file, decoded.binary) };
  const warnings: Diagnostic[] = [];
  if (decoded.warning) warnings.push({ file, message: decoded.warning, severity: "warning" });
  const raw = decoded.text.replace(/^\ufeff/, "");
  const clean = sanitize(raw);
  if (clean.trim() === "") return { error: error(file, "empty file") };

  let profile: Profile;
  try {
    if (format !== "jsonresume" && format !== "yaml") {
      const dialect = DIALECTS[format];
      const options = { file, format: format === "markdown" ? ("markdown" as const) : ("text" as const) };
      return fromParse(parseDocument(clean, dialect ? { ...options, dialect } : options), file, format, warnings);
    } else {
      const data = format === "jsonresume" ? readJson(raw, file) : readYaml(raw, file);
      if ("error" in data) return data;
      if (depth(data.value) > MAX_DEPTH)
        return { error: error(file, `nested too deeply (more than ${MAX_DEPTH} levels)`) };
      const shaped = reshape(sanitizeDeep(data.value));
      if (shaped.kind === "error") return { error: error(file, shaped.message) };
      if (shaped.kind === "mapped") warnings.push({ file, message: shownPath(shaped.warning).trim(), severity: "warning" });
      const value = shaped.kind === "mapped" ? shaped.value : sanitizeDeep(data.value);
      const imported = importJsonResume(value, file, { lineOf: data.lineOf });
      profile = imported.profile;
      for (const w of imported.warnings) warnings.push({ ...w, message: shownPath(w.message).trim() });
    }
  } catch (err) {
    if (err instanceof ProfileError) return { error: error(file, profileMessage(err, file)) };
    throw err;
  }
  return { entry: { profile, file, format }, warnings };
}

type Read = { value: unknown; lineOf: (path: string) => number | undefined } | { error: Diagnostic };

function readJson(text: string, file: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = findJsonError(text);
    if (at) return { error: error(file, `invalid JSON: ${at.message}`, at.line, at.column) };
    return { error: error(file, `invalid JSON: ${sanitize(String((err as Error).message))}`) };
  }
  // Computed on first use: after the depth check, only when the import asks.
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= jsonObjectLines(text)).get(path) };
}

function readYaml(text: string, file: string): Read {
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const message = (first.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { error: error(file, `invalid YAML: ${sanitize(message)}`, pos?.line, pos?.col) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100, reviver: toJsonLike });
  } catch (err) {
    return { error: error(file, `invalid YAML: ${sanitize((err as Error).message.split("\n")[0] ?? "")}`) };
  }
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= yamlObjectLines(doc.contents, lineCounter)).get(path) };
}

/** Path → line of every mapping nested at most `maxDepth` deep (as jsonObjectLines). */
function yamlObjectLines(root: unknown, counter: LineCounter, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > maxDepth) return;
    if (isMap(node)) {
      if (path !== "" && node.range) lines.set(path, counter.linePos(node.range[0]).line);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, path === "" ? key : `${path}/${key}`, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => walk(item, path === "" ? String(k) : `${path}/${k}`, depth + 1));
    }
  };
  walk(root, "", 0);
  return lines;
}

/**
 * YAML values JSON does not have, made JSON-like: a timestamp (YAML 1.1) becomes its ISO
 * text (dates are then cut to `YYYY-MM-DD` by the import), a `!!set` an array, a `!!omap`
 * or a map with non-string keys a plain object; `!!binary` data is left out.
 */
function toJsonLike(_key: unknown, value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
  if (ArrayBuffer.isView(value)) return undefined;
  return value;
}

/** Nesting depth of a JSON value, without recursion. */
function depth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > max) max = d;
    if (d > MAX_DEPTH) return d;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return max;
}

/**
 * Whether a parsed profile holds any fact at all: a text with a letter or a digit in it,
 * anywhere but in `source` (a "name" of `....` is not a fact).
 */
export function hasContent(value: unknown): boolean {
  if (typeof value === "string") return /[\p{L}\p{N}]/u.test(value);
  if (typeof value === "number") return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => k !== "source" && hasContent(v));
  }
  return false;
}
