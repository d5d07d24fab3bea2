import { sanitize } from "../text/sanitize.js";

/** One problem with one input file, shown to users as a single line. */
export interface Diagnostic {
  file: string;
  line?: number;
  /** 1-based column, when known (invalid JSON or YAML); shown only with a line. */
  column?: number;
  message: string;
  /** "error": the file did not load; "warning": it loaded, with something skipped. */
  severity: "error" | "warning";
  /** A limit was reached (`--max-files`): said by every command, not only with -v. */
  limit?: true;
  /** A warning every command says, not only with -v: a value was read otherwise than written. */
  shown?: true;
}

/** `path/to/file.md:12: message`, or `file.json:3:7: message` when the column is known. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
}

/**
 * A path (or a message) as shown in entries and diagnostics: file names are untrusted text
 * too (a folder someone sent you), so they are sanitized like the documents, on one line.
 */
export function shownPath(path: string): string {
  return sanitize(path).replace(/[\n\t]/g, " ");
}

/** The one error saying why `file` did not load, on one line whatever went in. */
export function fileError(file: string, message: string, line?: number, column?: number): Diagnostic {
  const d: Diagnostic = { file: shownPath(file), message: shownPath(message).trim(), severity: "error" };
  if (line !== undefined) d.line = line;
  if (column !== undefined) d.column = column;
  return d;
}

/** A file system error in words a user reads. */
export function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "no such file or folder (a part of the path is a file)";
    case "ELOOP":
      return "too many symbolic links";
    case "EISDIR":
      return "is a folder";
    default:
      return `cannot read (${err.code ?? err.message})`;
  }
}
