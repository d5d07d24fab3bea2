/** JSON text → a value and a line map (JSON path → line), or the error with line and column. */
import { fileError } from "../diagnostic.js";
import { findJsonError } from "../../text/json-scan.js";
import { jsonObjectLines } from "../../text/json-lines.js";
import { sanitize } from "../../text/sanitize.js";
import type { Read } from "./read.js";

export function readJson(text: string, file: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = findJsonError(text);
    if (at) return { error: fileError(file, `invalid JSON: ${at.message}`, at.line, at.column) };
    return { error: fileError(file, `invalid JSON: ${sanitize(String((err as Error).message))}`) };
  }
  // Computed on first use: after the depth check, only when the import asks.
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= jsonObjectLines(text)).get(path) };
}
