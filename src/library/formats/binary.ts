/**
 * The readers of documents that are not text: PDF (pdf.js, ../read-pdf.ts) and Word
 * (mammoth, ../read-docx.ts). Each is imported only when such a file is opened, so they
 * stay in chunks of their own and a folder of text never loads them. A reader gives the
 * lines or text to the parser (sanitized first), then the schema, as formats/index.ts does.
 */
import { parseDocument, parseLines } from "../../parse/index.js";
import { sanitize } from "../../text/sanitize.js";
import { fileError, shownPath, type Diagnostic } from "../diagnostic.js";
import { parsed, type ReadResult } from "./index.js";

/**
 * PDF and Word readers hold a whole document model each: at most {@link AT_ONCE} at a time
 * in a thread, so memory stays bounded on a folder of PDFs.
 */
const AT_ONCE = 2;
let running = 0;
const queue: (() => void)[] = [];

async function limited<T>(run: () => Promise<T>): Promise<T> {
  // A finishing reader hands its slot to the next in line, so no newcomer slips in between.
  if (running >= AT_ONCE) await new Promise<void>((go) => queue.push(go));
  else running++;
  try {
    return await run();
  } finally {
    const next = queue.shift();
    if (next) next();
    else running--;
  }
}

/** A PDF or Word document's bytes → a validated profile with its warnings, or its one error. */
export function readDocument(bytes: Uint8Array, file: string, format: "pdf" | "docx"): Promise<ReadResult> {
  return limited(() => (format === "pdf" ? pdf(bytes, file) : docx(bytes, file)));
}

async function pdf(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { readPdf } = await quietly(() => import("../read-pdf.js"));
  const read = await readPdf(bytes);
  if ("error" in read) return { error: fileError(file, read.error) };
  const lines = read.lines.map((l) => ({
    ...l,
    text: sanitize(l.text),
    cells: l.cells.map(sanitize),
    strong: l.strong.map(sanitize),
    links: l.links.map((k) => ({ text: sanitize(k.text), url: sanitize(k.url) })),
  }));
  const skipped = read.skipped.map((k) => ({ ...k, text: sanitize(k.text) }));
  if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))) return { error: fileError(file, "empty file") };
  return parsed(parseLines(lines, { file, format: "text", dialect: "pdf", skipped }), file);
}

async function docx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { readDocx } = await import("../read-docx.js");
  const read = await readDocx(bytes);
  if ("error" in read) return { error: fileError(file, read.error) };
  const warnings: Diagnostic[] = read.warnings.map((message) => ({
    file,
    message: shownPath(message).trim(),
    severity: "warning",
  }));
  const clean = sanitize(read.text);
  if (clean.trim() === "") return { error: fileError(file, "empty file (no text in the document)") };
  const result = parsed(parseDocument(clean, { file, format: read.format, dialect: "docx" }), file);
  if ("error" in result) return result;
  return { profile: result.profile, warnings: [...warnings, ...result.warnings] };
}

/**
 * pdf.js warns on stderr, while it loads, that it could not load an optional native package it
 * has no use for here (@napi-rs/canvas, for rendering): keep that off the user's screen.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === "string" && args[0].startsWith("Warning: Cannot"))) warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
