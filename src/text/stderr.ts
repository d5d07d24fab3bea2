/**
 * The process's stderr, made safe for a terminal: every write goes through the sanitizer
 * ({@link sanitize}), whoever makes it (a command's message, a library's `console.warn`, a
 * worker thread's output, forwarded here), and a Node warning (`process.emitWarning`, which
 * a library may fill with document text: the yaml package quotes a collection key) is said
 * as one sanitized line, `resumes: warning: ...`, instead of Node's raw, multi-line form.
 *
 * Installed once, first thing, by the process entry (src/cli.ts) and by each loader thread
 * (src/library/worker.ts). The one sequence let through is the terminal's "show the
 * cursor" (`ESC [ ? 25 h`), which Ink's exit handler writes here after a crash so the
 * cursor is never left hidden: it is the program's own, never a document's.
 */
import { StringDecoder } from "node:string_decoder";
import { sanitize } from "./sanitize.js";

const SHOW_CURSOR = "\u001b[?25h";

type Done = (err?: Error | null) => void;

/** The text `chunk` holds, as a write to a stream would take it. */
function textOf(chunk: unknown, encoding: unknown, decoder: StringDecoder): string {
  if (typeof chunk === "string") {
    if (typeof encoding !== "string" || /^utf-?8$/i.test(encoding)) return chunk;
    return Buffer.from(chunk, encoding as BufferEncoding).toString("utf8");
  }
  if (chunk instanceof Uint8Array)
    return decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  return String(chunk);
}

/** A warning as one line: its name when it is not the plain "Warning", then its message. */
export function warningLine(warning: Error): string {
  const kind = warning.name && warning.name !== "Warning" ? `${warning.name}: ` : "";
  const text = `${kind}${warning.message}`.split("\n")[0] ?? "";
  return `resumes: warning: ${sanitize(text).replace(/\t/g, " ").trim()}\n`;
}

/**
 * Sanitize every write to `out`, and say `proc`'s warnings as single sanitized lines on it
 * (Node's own printer is removed). Idempotent per stream.
 */
export function guardStderr(
  out: Pick<NodeJS.WriteStream, "write"> = process.stderr,
  proc: Pick<NodeJS.Process, "on" | "removeAllListeners"> = process,
): void {
  const marked = out as { resumesGuarded?: true };
  if (marked.resumesGuarded) return;
  marked.resumesGuarded = true;
  const write = out.write.bind(out) as (chunk: string, done?: Done) => boolean;
  const decoder = new StringDecoder("utf8");
  out.write = ((chunk: unknown, encoding?: unknown, done?: unknown) => {
    const text = textOf(chunk, encoding, decoder);
    const cb = (typeof encoding === "function" ? encoding : done) as Done | undefined;
    return write(text === SHOW_CURSOR ? text : sanitize(text), cb);
  }) as typeof out.write;
  proc.removeAllListeners("warning");
  proc.on("warning", (warning: Error) => {
    out.write(warningLine(warning));
  });
}
