/**
 * One line per connection on stderr: when it ended, the address, the user name, the
 * terminal size, how long it lasted and how it ended. User names and terminal types are
 * the visitor's words: shown escaped and cut short, never raw.
 */
import { formatDuration } from "./limits.js";

export interface ConnectionRecord {
  address: string;
  port?: number;
  user?: string;
  /** `120x40`, or `-` when no pty was requested. */
  size?: string;
  term?: string;
  /** What the visitor did: `browse`, `exec list`, `refused sftp`... */
  what: string[];
  startedAt: number;
  /** `quit`, `disconnect`, `idle`, `max-duration`, `grace`, `shutdown`, `error: ...` */
  end?: string;
}

/** Printable, bounded: control and non-ASCII characters become `\xNN` / `\u{...}`. */
export function visible(text: string, max = 40): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x21 && code <= 0x7e && ch !== "\\" && ch !== '"') out += ch;
    else if (code < 0x100) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += `\\u{${code.toString(16)}}`;
    if (out.length >= max) return `${out.slice(0, max)}…`;
  }
  return out;
}

export function formatRecord(r: ConnectionRecord, now: number = Date.now()): string {
  const parts = [
    new Date(now).toISOString(),
    `ssh ${r.address}${r.port ? `:${r.port}` : ""}`,
    `user=${r.user === undefined ? "-" : `"${visible(r.user)}"`}`,
    `term=${r.term ? visible(r.term, 24) : "-"}`,
    `size=${r.size ?? "-"}`,
    `duration=${formatDuration(now - r.startedAt)}`,
    `did=${r.what.length ? r.what.slice(0, 8).join(",") : "-"}`,
    `end=${r.end ?? "disconnect"}`,
  ];
  return parts.join(" ");
}

export interface Logger {
  line(text: string): void;
}

export function streamLogger(out: { write(chunk: string): unknown }): Logger {
  return {
    line(text) {
      try {
        out.write(`${text}\n`);
      } catch {
        /* a closed log stream must not take the server down */
      }
    },
  };
}
