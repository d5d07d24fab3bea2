/**
 * One line per connection on stderr: when it ended, the address, the user name, the
 * terminal size, how long it lasted and how it ended. User names and terminal types are
 * the visitor's words: shown escaped and cut short, never raw.
 */
import { formatDuration } from "./limits.js";
import { truncateAddress } from "./admission.js";

export interface ConnectionRecord {
  address: string;
  port?: number;
  user?: string;
  /** `120x40`; none when no pty was requested (then no `term=`/`size=` either). */
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

/** What the log keeps of a visitor: whole addresses and user names, or less. */
export interface Privacy {
  /** Addresses cut to /24 (IPv4) or /48 (IPv6), without the port. */
  truncateAddresses?: boolean;
  /** No client user names (they can name a person). */
  dropUsers?: boolean;
}

export function formatRecord(r: ConnectionRecord, now: number = Date.now(), privacy: Privacy = {}): string {
  const address = privacy.truncateAddresses
    ? truncateAddress(r.address)
    : `${r.address}${r.port ? `:${r.port}` : ""}`;
  const parts = [
    new Date(now).toISOString(),
    `ssh ${address}`,
    `user=${r.user === undefined ? "-" : privacy.dropUsers ? "*" : `"${visible(r.user)}"`}`,
    // Only a visit with a terminal has a terminal type and size to log.
    ...(r.size ? [`term=${r.term ? visible(r.term, 24) : "-"}`, `size=${r.size}`] : []),
    `duration=${formatDuration(now - r.startedAt)}`,
    `did=${r.what.length ? r.what.slice(0, 8).join(",") : "-"}`,
    `end=${r.end ?? "disconnect"}`,
  ];
  return parts.join(" ");
}

export interface Logger {
  line(text: string): void;
}

export interface LogOptions {
  /** Lines per second before sampling starts; the rest are counted and reported once a window. */
  linesPerSecond?: number;
  /** The log stream failed (its reader went away): called once; nothing is written after. */
  onBroken?(err: Error): void;
  now?: () => number;
}

export interface StreamLogger extends Logger {
  /** Lines not written: sampled away under load, or after the stream broke. */
  readonly dropped: number;
  readonly broken: boolean;
}

/**
 * Lines to a stream (stderr), never into a failing one: an error on the stream (EPIPE when
 * the reader is gone) marks it broken, tells `onBroken` once, and every later line is
 * counted, not written. Under load the first `linesPerSecond` lines of each second are
 * written and the rest counted; the next line written says how many were dropped.
 */
export function streamLogger(
  out: { write(chunk: string): unknown; on?(event: "error", listener: (err: Error) => void): unknown },
  options: LogOptions = {},
): StreamLogger {
  const perSecond = options.linesPerSecond ?? 200;
  const now = options.now ?? Date.now;
  let broken = false;
  let dropped = 0;
  let sampled = 0;
  let windowStart = 0;
  let inWindow = 0;
  const fail = (err: Error) => {
    if (broken) return;
    broken = true;
    options.onBroken?.(err);
  };
  out.on?.("error", fail);
  const write = (text: string) => {
    try {
      out.write(`${text}\n`);
    } catch (err) {
      fail(err as Error);
    }
  };
  return {
    get dropped() {
      return dropped;
    },
    get broken() {
      return broken;
    },
    line(text) {
      if (broken) {
        dropped++;
        return;
      }
      const t = now();
      if (t - windowStart >= 1000) {
        windowStart = t;
        inWindow = 0;
      }
      if (inWindow >= perSecond) {
        dropped++;
        sampled++;
        return;
      }
      inWindow++;
      if (sampled > 0) {
        write(`${new Date(t).toISOString()} resumes: log sampled under load: ${sampled} line(s) dropped`);
        sampled = 0;
      }
      write(text);
    },
  };
}
