/**
 * Format dispatch: one reader per format, a small table. A reader gets the decoded
 * document (as decoded, and sanitized) and gives a validated profile with its warnings, or
 * the one error saying why not; it may throw ProfileError (reported by the caller).
 * A new format is a line in ../extensions.ts and an entry here.
 */
import { importJsonResume } from "../../profile/jsonresume.js";
import { validateProfile, type Profile } from "../../profile/schema.js";
import { parseDocument } from "../../parse/index.js";
import { sanitizeDeep } from "../../text/sanitize.js";
import { fileError, shownPath, type Diagnostic } from "../diagnostic.js";
import type { Format } from "../library.js";
import { readJson } from "./json.js";
import type { Read } from "./read.js";
import { readYaml } from "./yaml.js";

export interface Document {
  /** The text as decoded (byte order mark removed), for formats with their own syntax. */
  raw: string;
  /** The same text sanitized (src/text/sanitize.ts), for formats parsed as prose. */
  clean: string;
  file: string;
  format: Format;
}

export type ReadResult = { profile: Profile; warnings: Diagnostic[] } | { error: Diagnostic };

export type Reader = (doc: Document) => ReadResult;

/** Nesting deeper than this in JSON or YAML is refused (no résumé needs more than ~5). */
export const MAX_DEPTH = 64;

/** Plain text and Markdown: the parser (src/parse), then the schema. */
const prose: Reader = ({ clean, file, format }) => {
  const result = parseDocument(clean, { file, format: format as "text" | "markdown" });
  const profile = validateProfile(result.profile, file);
  const warnings = result.warnings.map((w): Diagnostic => ({
    ...w,
    file: shownPath(w.file || file),
    message: shownPath(w.message).trim(),
    severity: "warning",
  }));
  if (!hasContent(profile)) {
    return {
      error: fileError(file, "nothing recognisable as a résumé (no name, contact details or sections found)"),
    };
  }
  return { profile, warnings };
};

/** A JSON Resume document read by `read` (JSON or YAML syntax), then imported. */
const structured =
  (read: (text: string, file: string) => Read): Reader =>
  ({ raw, file }) => {
    const data = read(raw, file);
    if ("error" in data) return data;
    if (depth(data.value) > MAX_DEPTH)
      return { error: fileError(file, `nested too deeply (more than ${MAX_DEPTH} levels)`) };
    const imported = importJsonResume(sanitizeDeep(data.value), file, { lineOf: data.lineOf });
    return {
      profile: imported.profile,
      warnings: imported.warnings.map((w) => ({ ...w, message: shownPath(w.message).trim() })),
    };
  };

export const READERS: Readonly<Record<Format, Reader>> = {
  text: prose,
  markdown: prose,
  jsonresume: structured(readJson),
  yaml: structured(readYaml),
};

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
