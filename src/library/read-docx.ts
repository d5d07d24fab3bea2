/**
 * Word (.docx) bytes → text the parser reads, with mammoth. Headings, bold, lists and
 * tables survive the conversion (a table's cells are read cell by cell, so a two-column
 * layout made with a table comes out column by column).
 *
 * What mammoth leaves out is read here, from the parts themselves (./docx-parts.ts): the
 * page headers and footers (where Word résumés often keep the name and contact details)
 * go first, and text boxes drawn only as DrawingML shapes (no VML fallback) follow them. Today that text is mammoth's Markdown, read by the
 * Markdown path; once the HTML reader exists, `convert` switches to `convertToHtml` and
 * `format` to "html" (one place).
 *
 * This module (and mammoth with it) is imported only when a Word document is opened.
 */
import mammoth from "mammoth";
import { collapseSpacedLetters } from "../parse/sections.js";
import { extraLines } from "./docx-parts.js";
import { zipTooLarge } from "./zip-bound.js";

/** A Word document whose text is longer than this is not a résumé (characters). */
export const MAX_TEXT = 400_000;

export type DocxRead = { text: string; format: "markdown"; warnings: string[] } | { error: string };

export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  // A small file can unpack to gigabytes: the ZIP's directory is checked before mammoth unpacks it.
  const refused = zipTooLarge(bytes);
  if (refused) return { error: refused };
  let result: { value: string; messages: { type: string; message: string }[] };
  let extra: string[];
  try {
    result = await convert(Buffer.from(bytes));
    extra = await extraLines(bytes, result.value);
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split("\n")[0] ?? "";
    if (/central directory|zip|signature/i.test(message))
      return { error: "not a Word document (damaged, or not a .docx)" };
    if (/word\/document\.xml|main document/i.test(message))
      return { error: "not a Word document (a ZIP without word/document.xml)" };
    return { error: `could not read the Word document (${message})` };
  }
  // Header, footer and shape text first, a block of its own (the name and contacts are at the top).
  if (extra.length) result.value = `${extra.join("\n\n")}\n\n${result.value}`;
  if (result.value.length > MAX_TEXT) {
    return {
      error: `too long for a résumé (${Math.round(result.value.length / 1000)}k characters of text; the limit is ${MAX_TEXT / 1000}k)`,
    };
  }
  // Mammoth's notes on what it could not convert (styles, embedded objects) are not the reader's business.
  return {
    text: paragraphsAsLines(closeLetterSpacing(unescapeMarkdown(tidyEmphasis(result.value)))),
    format: "markdown",
    warnings: [],
  };
}

/**
 * Every Word paragraph comes out followed by a blank line, so blank lines say nothing there:
 * paragraphs become lines, and a blank line is kept only before a heading or a bold-only
 * line (an entry's header), where the parser looks for block boundaries.
 */
function paragraphsAsLines(md: string): string {
  return md.replace(/\n{2,}(?!#|__[^_\n]+__\n|\*\*[^*\n]+\*\*\n)/g, "\n");
}

/** The one conversion: Word → Markdown (later: HTML, for the HTML reader). */
function convert(buffer: Buffer) {
  // `convertToMarkdown` is deprecated upstream in favour of HTML, but still supported.
  return (mammoth as unknown as { convertToMarkdown: typeof mammoth.convertToHtml }).convertToMarkdown(
    { buffer },
    { transformDocument: datesIntoEntries },
  );
}

/** The parts of mammoth's document tree this reads (documents.js). */
interface Element {
  type: string;
  children?: Element[];
  value?: string;
}

/** A year, for telling a dates cell from a label cell ("Employer"). */
const YEAR_RE = /\b(?:19|20)\d{2}\b/;

/**
 * A table row of two cells, one holding only a short dated line ("03/2020 – present") and the
 * other the entry (title, company, bullets): Word CVs in the Europass manner, and entries laid
 * out as a table. Read cell by cell, the dates would be a line of their own, apart from the
 * entry; a reader sees them on the entry's first line, so they go there, after a tab, as a
 * right-aligned date does ("Operations Manager⇥03/2020 – present").
 */
function datesIntoEntries(element: Element): Element {
  for (const child of element.children ?? []) datesIntoEntries(child);
  if (element.type !== "tableRow") return element;
  const cells = (element.children ?? []).filter((c) => c.type === "tableCell");
  if (cells.length !== 2) return element;
  const lines = cells.map((c) => paragraphsOf(c).filter((p) => textOf(p).trim()));
  const dated = (k: number) =>
    lines[k]!.length === 1 &&
    textOf(lines[k]![0]!).trim().length <= 40 &&
    YEAR_RE.test(textOf(lines[k]![0]!));
  const k = dated(0) && !dated(1) ? 0 : dated(1) && !dated(0) ? 1 : -1;
  const entry = lines[1 - k]?.[0];
  if (k < 0 || !entry) return element;
  entry.children = [
    ...(entry.children ?? []),
    { type: "run", children: [{ type: "tab" }, { type: "text", value: textOf(lines[k]![0]!).trim() }] },
  ];
  cells[k]!.children = [];
  return element;
}

function paragraphsOf(e: Element): Element[] {
  return e.type === "paragraph" ? [e] : (e.children ?? []).flatMap(paragraphsOf);
}

function textOf(e: Element): string {
  return e.type === "text"
    ? (e.value ?? "")
    : e.type === "tab"
      ? "\t"
      : (e.children ?? []).map(textOf).join("");
}

/**
 * Headings typed letter by letter ("__W O R K   E X P E R I E N C E__", three spaces between
 * words) closed up into words, as the PDF reader does: read as they are, the wide gap would
 * split the line into two cells of letters.
 */
function closeLetterSpacing(md: string): string {
  return md
    .split("\n")
    .map((line) => {
      if (!line.includes(" ")) return line;
      const hashes = /^#{1,6} /.exec(line)?.[0] ?? "";
      let body = line.slice(hashes.length);
      const mark =
        MARKS.find((m) => body.length > 2 * m.length && body.startsWith(m) && body.endsWith(m)) ?? "";
      body = body.slice(mark.length, body.length - mark.length);
      const closed = collapseSpacedLetters(body);
      return closed === undefined ? line : `${hashes}${mark}${closed}${mark}`;
    })
    .join("\n");
}

/** Mammoth's marks: `__` bold, `*` italic (a literal one is escaped). */
const MARKS = ["__", "*"] as const;

/**
 * Mammoth puts a run's emphasis marks around all the run holds, spaces and line breaks too:
 * "__Languages: __Java", and an italic run that starts with a soft break (a title under a
 * dated line) "Apr 2021*  \nSoftware Engineer*". Markdown wants the marks on the words: a
 * mark left open at a line break moves to the next line, spaces move outside the marks.
 */
function tidyEmphasis(md: string): string {
  const lines = md.split("\n");
  for (let k = 0; k < lines.length; k++) {
    for (const mark of MARKS) {
      const line = lines[k]!;
      if (k + 1 < lines.length && line.endsWith(`${mark}  `) && splitMarks(line, mark).length % 2 === 0) {
        lines[k] = `${line.slice(0, -mark.length - 2)}  `;
        lines[k + 1] = mark + lines[k + 1]!;
      }
      lines[k] = tighten(lines[k]!, mark);
    }
  }
  return lines.join("\n");
}

/** A line's text between its unescaped `mark`s (odd pieces are inside a pair). */
function splitMarks(line: string, mark: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line.startsWith(mark, i)) {
      parts.push(line.slice(from, i));
      i += mark.length - 1;
      from = i + 1;
    }
  }
  parts.push(line.slice(from));
  return parts;
}

/** "__Label: __Text" → "__Label:__ Text"; marks of an unpaired line are left alone. */
function tighten(line: string, mark: string): string {
  const parts = splitMarks(line, mark);
  if (parts.length < 3 || parts.length % 2 === 0) return line;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const inner = parts[i]!;
    const core = inner.trim();
    const lead = inner.slice(0, inner.length - inner.trimStart().length);
    const trail = inner.slice(inner.trimEnd().length);
    out += core ? `${lead}${mark}${core}${mark}${trail}` : inner;
    out += parts[i + 1]!;
  }
  return out;
}

/** Mammoth escapes Markdown punctuation (`\-`, `\.`, `\(`) that the Markdown reader would keep. */
function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1").replace(/<a id="[^"]*"><\/a>/g, "");
}
