/** One problem with one input file, shown to users as a single line. */
export interface Diagnostic {
  file: string;
  line?: number;
  message: string;
  /** "error": the file did not load; "warning": it loaded, with something skipped. */
  severity: "error" | "warning";
}

/** `path/to/file.md:12: message` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ""}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
}
