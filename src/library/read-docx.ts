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
  return { text: paragraphsAsLines(unescapeMarkdown(result.value)), format: "markdown", warnings: [] };
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
  return (mammoth as unknown as { convertToMarkdown: typeof mammoth.convertToHtml }).convertToMarkdown({
    buffer,
  });
}

/** Mammoth escapes Markdown punctuation (`\-`, `\.`, `\(`) that the Markdown reader would keep. */
function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1").replace(/<a id="[^"]*"><\/a>/g, "");
}
