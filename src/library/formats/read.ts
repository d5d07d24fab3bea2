/** What a structured reader (JSON, YAML) gives: a value and its line map, or one error. */
import type { Diagnostic } from "../diagnostic.js";

export type Read = { value: unknown; lineOf: (path: string) => number | undefined } | { error: Diagnostic };
