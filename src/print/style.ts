/**
 * Bold, dim and colour for the plain views. With `color` false every function returns its
 * text unchanged: not a single escape code, so piped output is plain text.
 */
import { sanitize } from "../text/sanitize.js";

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  /** Names, headings: a colour plus bold. */
  accent(text: string): string;
  /** The `$ prompt` and dates. */
  green(text: string): string;
  /** Chips: stack, tags. */
  cyan(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  text ? `\u001b[${open}m${text}\u001b[${close}m` : text;
const same = (text: string) => text;

export function makeStyle(color: boolean): Style {
  if (!color) {
    return {
      bold: same,
      dim: same,
      italic: same,
      underline: same,
      accent: same,
      green: same,
      cyan: same,
      yellow: same,
      red: same,
    };
  }
  const bold = wrap(1, 22);
  const magenta = wrap(35, 39);
  return {
    bold,
    dim: wrap(2, 22),
    italic: wrap(3, 23),
    underline: wrap(4, 24),
    accent: (t) => bold(magenta(t)),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
  };
}

/**
 * Text from a document, made safe to print on one line: escape sequences and unsafe
 * invisible characters go (with their payloads, see src/text/sanitize.ts), then tabs and
 * newlines become single spaces. The loader sanitizes already; views never trust it.
 */
export function safe(text: string | undefined): string {
  if (!text) return "";
  return sanitize(text).replace(/\s+/g, " ").trim();
}
