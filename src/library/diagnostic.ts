/** One problem with one input file, shown to users as a single line. */
export interface Diagnostic {
  file: string;
  line?: number;
  /** 1-based column, when known (invalid JSON or YAML); shown only with a line. */
  column?: number;
  message: string;
  /** "error": the file did not load; "warning": it loaded, with something skipped. */
  severity: "error" | "warning";
}

/** `path/to/file.md:12: message`, or `file.json:3:7: message` when the column is known. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
}
