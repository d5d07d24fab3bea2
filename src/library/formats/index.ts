/**
 * Format dispatch: one reader per format, a small table. A reader gets the decoded
 * document (as decoded, and sanitized) and gives a validated profile with its warnings, or
 * the one error saying why not; it may throw ProfileError (reported by the caller).
 * A new format is a line in ../extensions.ts and an entry here.
 */
import { importJsonResume, JSON_RESUME_SECTIONS } from "../../profile/jsonresume.js";
import { validatedBefore, validateProfile, type Profile } from "../../profile/schema.js";
import { parseDocument, type Dialect, type ParseResult } from "../../parse/index.js";
import { originOf, reshape } from "../../profile/shapes.js";
import { isSanitizedDeep, sanitize, sanitizeDeep } from "../../text/sanitize.js";
import { fileError, shownPath, type Diagnostic } from "../diagnostic.js";
import type { Format } from "../library.js";
import { readJson } from "./json.js";
import { MAX_DEPTH } from "./limits.js";
import type { Read } from "./read.js";
import { readYaml } from "./yaml.js";

export interface Document {
  /** The text as decoded (byte order mark removed), for formats with their own syntax. */
  raw: string;
  /** The same text sanitized (src/text/sanitize.ts), for formats parsed as prose. */
  clean: string;
  file: string;
  format: TextFormat;
}

/** The formats read from decoded text; the others (PDF, Word) are in binary.ts. */
export type TextFormat = Exclude<Format, "pdf" | "docx">;

export type ReadResult = { profile: Profile; warnings: Diagnostic[] } | { error: Diagnostic };

export type Reader = (doc: Document) => ReadResult;

export { MAX_DEPTH } from "./limits.js";

/** The parser's dialect hint for a text format (a markup the parser reads as text). */
const DIALECTS: Partial<Record<Format, Dialect>> = {
  org: "org",
  rst: "rst",
  asciidoc: "asciidoc",
  latex: "latex",
};

/** Plain text, Markdown and the text dialects: the parser (src/parse), then the schema. */
const prose: Reader = ({ clean, file, format }) => {
  const dialect = DIALECTS[format];
  const options = { file, format: format === "markdown" ? ("markdown" as const) : ("text" as const) };
  return parsed(parseDocument(clean, dialect ? { ...options, dialect } : options), file);
};

/**
 * A parser's result → the validated profile with its warnings, or "nothing recognisable".
 * Every string is sanitized once more on the way out: whatever a reader decoded (an entity,
 * a `%XX` escape, a PDF's text), no profile field holds a control or invisible character.
 * Shared with the readers of documents that are not text (binary.ts).
 */
export function parsed(result: ParseResult, file: string): ReadResult {
  // The readers sanitize after each decoding step; this is the one check at the way out.
  // (The parser's own result is validated already: checked again only when sanitizing changed it.)
  const profile =
    validatedBefore(result.profile) && isSanitizedDeep(result.profile)
      ? result.profile
      : validateProfile(sanitizeDeep(result.profile), file);
  const warnings = result.warnings.map((w): Diagnostic => ({
    ...w,
    file: shownPath(w.file || file),
    // (A quoted sample of the text may end in half a surrogate pair, or hold what a decoder made.)
    message: sanitize(shownPath(w.message)).trim(),
    severity: "warning",
  }));
  if (!hasContent(profile)) return { error: fileError(file, NOTHING) };
  return { profile, warnings };
}

/** The sections that hold a résumé's facts (not `meta`, not keys of the document's own). */
const RESUME_KEYS = [...JSON_RESUME_SECTIONS.filter((k) => k !== "meta"), "extra"] as const;

/** Why a document that loaded is refused all the same: no fact of a résumé in it. */
const NOTHING = "nothing recognisable as a résumé (no name, contact details or sections found)";

/** A JSON Resume document read by `read` (JSON or YAML syntax), then imported. */
const structured =
  (read: (text: string, file: string) => Read): Reader =>
  ({ raw, file }) => {
    const data = read(raw, file);
    if ("error" in data) return data;
    if (depth(data.value) > MAX_DEPTH)
      return { error: fileError(file, `nested too deeply (more than ${MAX_DEPTH} levels)`) };
    // RenderCV, or another résumé shape by key synonyms (said in a warning); JSON Resume as is.
    const shaped = reshape(sanitizeDeep(data.value));
    if (shaped.kind === "error") return { error: fileError(file, shaped.message) };
    const warnings: Diagnostic[] = [];
    if (shaped.kind === "mapped")
      warnings.push({ file, message: shownPath(shaped.warning).trim(), severity: "warning" });
    const value = shaped.kind === "mapped" ? shaped.value : sanitizeDeep(data.value);
    const origins = shaped.kind === "mapped" ? shaped.origins : undefined;
    const imported = importJsonResume(value, file, { lineOf: (p) => data.lineOf(originOf(origins, p)) });
    // `{"work": {}}`, `{"basics": {}}`, `meta` alone: a résumé's keys, none of its facts.
    if (!RESUME_KEYS.some((k) => hasContent(imported.profile[k]))) return { error: fileError(file, NOTHING) };
    for (const w of imported.warnings) warnings.push({ ...w, message: shownPath(w.message).trim() });
    return { profile: sanitizeDeep(imported.profile), warnings };
  };

export const READERS: Readonly<Record<TextFormat, Reader>> = {
  text: prose,
  markdown: prose,
  org: prose,
  rst: prose,
  asciidoc: prose,
  latex: prose,
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
