/**
 * Which files are résumés: the extension → format table the walk uses to pick files (and
 * nothing else, so it stays small enough for the warm path, which never loads a parser).
 * A new format is one line here and one reader in formats/index.ts (formats/binary.ts for
 * a document that is not text). What bytes say when there is no name: sniff.ts.
 */
import { extname } from "node:path";
import type { Format } from "./library.js";

/** Supported extensions and the format each means. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "jsonresume",
  ".yaml": "yaml",
  ".yml": "yaml",
  // Text with a dialect hint for the parser (formats/index.ts).
  ".org": "org",
  ".rst": "rst",
  ".adoc": "asciidoc",
  ".asciidoc": "asciidoc",
  ".tex": "latex",
  // Documents read by their own readers, imported when such a file is opened (formats/binary.ts).
  ".pdf": "pdf",
  ".docx": "docx",
};

/** "…, .json, .yaml, .yml": for messages. */
export const SUPPORTED = Object.keys(EXTENSIONS).join(", ");

/** The format a file name means, or undefined for an unsupported extension. */
export function formatOf(file: string): Format | undefined {
  return EXTENSIONS[extname(file).toLowerCase()];
}
