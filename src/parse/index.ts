/**
 * Résumé text → Profile. Pure: text in, profile and warnings out, no I/O.
 * (Stub: the parser proper replaces this module's body.)
 */
import type { Profile } from "../profile/schema.js";
import type { Diagnostic } from "../library/diagnostic.js";

export interface ParseOptions {
  /** The file name, for `source` fields and warnings. */
  file: string;
  format: "text" | "markdown";
}

export interface ParseResult {
  profile: Profile;
  warnings: Diagnostic[];
}

export function parseDocument(text: string, options: ParseOptions): ParseResult {
  void text;
  void options;
  return { profile: {}, warnings: [] };
}
