/**
 * JSON text → a value and a line map (JSON path → line), or the error with line and column.
 * Nesting deeper than MAX_DEPTH is refused at the line it happens; a number JavaScript
 * cannot keep exactly (`1e400`, `12345678901234567890`, `4.0`) is kept as its text.
 */
import { fileError } from "../diagnostic.js";
import { findJsonError, lineColumn } from "../../text/json-scan.js";
import { jsonObjectLines } from "../../text/json-lines.js";
import { sanitize } from "../../text/sanitize.js";
import { MAX_DEPTH } from "./limits.js";
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
  const scan = scanValid(text);
  if ("deep" in scan) {
    const { line, column } = lineColumn(text, scan.deep);
    return { error: fileError(file, `nested too deeply (more than ${MAX_DEPTH} levels)`, line, column) };
  }
  // The same text with those numbers in quotes (the same lines, so the line map holds).
  if (scan.numbers.length > 0) value = JSON.parse(quoteNumbers(text, scan.numbers));
  // Computed on first use: after the depth check, only when the import asks.
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= jsonObjectLines(text)).get(path) };
}

/**
 * One pass over valid JSON: the offset where nesting first goes deeper than MAX_DEPTH, or
 * the spans of the numbers whose text is not what JavaScript would write for their value.
 */
function scanValid(text: string): { deep: number } | { numbers: [number, number][] } {
  const numbers: [number, number][] = [];
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, past escapes.
      for (i++; i < n && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return { deep: i };
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      while (i + 1 < n && /[0-9.eE+-]/.test(text[i + 1]!)) i++;
      const token = text.slice(start, i + 1);
      if (String(Number(token)) !== token) numbers.push([start, i + 1]);
    }
  }
  return { numbers };
}

function quoteNumbers(text: string, spans: [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), `"${text.slice(start, end)}"`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
