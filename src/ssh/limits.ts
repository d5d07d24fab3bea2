/**
 * The server's limits: their names, defaults and units, and the small tools that enforce
 * them (durations, terminal sizes, a token bucket). The front door (door.ts) and the
 * sessions (session.ts) apply them.
 */
import type { Startups } from "./admission.js";

export interface Limits {
  /** Open connections in total (authenticated or not). */
  maxConnections: number;
  /** Open connections from one source network (/24 for IPv4, /64 for IPv6). */
  maxPerIp: number;
  /** Connections not logged in yet: random early drop from `start`, all refused at `full`. */
  startups: Startups;
  /** Connections not logged in yet from one source network. */
  perSourceStartups: number;
  /** New connections per second from one source network, and the burst allowed. */
  connectionsPerSecond: number;
  connectionBurst: number;
  /** A session channel must ask for a shell or a command within this. */
  startDeadlineMs: number;
  /** Probe a silent client this often (0: never); cut it after 3 unanswered probes. */
  clientAliveIntervalMs: number;
  /** Exec commands per minute from one source network, and the burst allowed. */
  execsPerMinute: number;
  execBurst: number;
  /** Bytes one exec command may send. */
  maxExecOutputBytes: number;
  /** From TCP accept to successful authentication. */
  loginGraceMs: number;
  /** A session (or a connection without sessions) without visitor input is closed. */
  idleTimeoutMs: number;
  /** A connection is closed this long after it authenticated, whatever it does. */
  maxDurationMs: number;
  /** Concurrent session channels on one connection. */
  maxSessionsPerConnection: number;
  /** Authentication requests on one connection before it is cut. */
  maxAuthAttempts: number;
  /** Visitor input: sustained bytes per second, and the burst allowed at once. */
  inputBytesPerSecond: number;
  inputBurstBytes: number;
  /** Output waiting for a client that does not read (channel and socket, per connection): past this the session is closed. */
  maxOutputBacklogBytes: number;
  /** Past this much output waiting, a browser stops drawing until the client reads again. */
  pauseOutputBytes: number;
  /** A browser paused this long (the client reads nothing) is closed. */
  stalledTimeoutMs: number;
  /** Window changes are applied at most once per this interval (the last size wins). */
  resizeIntervalMs: number;
  /** Input budget a window change costs, in bytes. */
  resizeCostBytes: number;
  /** Terminal sizes are clamped to these. */
  maxColumns: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxConnections: 100,
  maxPerIp: 5,
  startups: { start: 10, rate: 30, full: 100 },
  perSourceStartups: 3,
  connectionsPerSecond: 2,
  connectionBurst: 20,
  startDeadlineMs: 10_000,
  clientAliveIntervalMs: 0,
  execsPerMinute: 30,
  execBurst: 10,
  maxExecOutputBytes: 8 * 1024 * 1024,
  loginGraceMs: 20_000,
  idleTimeoutMs: 10 * 60_000,
  maxDurationMs: 60 * 60_000,
  maxSessionsPerConnection: 2,
  maxAuthAttempts: 6,
  inputBytesPerSecond: 16 * 1024,
  inputBurstBytes: 16 * 1024,
  maxOutputBacklogBytes: 4 * 1024 * 1024,
  pauseOutputBytes: 512 * 1024,
  stalledTimeoutMs: 10_000,
  resizeIntervalMs: 33,
  resizeCostBytes: 256,
  maxColumns: 500,
  maxRows: 200,
};

/** `90`, `90s`, `500ms`, `10m`, `1h`, `1h30m` → milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const re = /(\d{1,300}(?:\.\d{1,300})?)(ms|s|m|h|d)/g;
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let total = 0;
  let consumed = 0;
  for (const m of s.matchAll(re)) {
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * unit[m[2]!]!;
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== s.length) return undefined;
  return Math.round(total);
}

/** `600000` → `10m`, `1500` → `1.5s`: for logs and help. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  if (ms < 3_600_000) return `${Number((ms / 60_000).toFixed(1))}m`;
  return `${Number((ms / 3_600_000).toFixed(1))}h`;
}

/** Terminal size from a pty or window-change request: 0 means unknown, absurd is clamped. */
export function clampSize(
  cols: number | undefined,
  rows: number | undefined,
  limits: Pick<Limits, "maxColumns" | "maxRows">,
): { columns: number; rows: number } {
  const fit = (v: number | undefined, fallback: number, min: number, max: number) =>
    !v || !Number.isFinite(v) || v <= 0 ? fallback : Math.min(max, Math.max(min, Math.floor(v)));
  return { columns: fit(cols, 80, 16, limits.maxColumns), rows: fit(rows, 24, 4, limits.maxRows) };
}

/**
 * Token bucket for visitor input: `take(n)` says how many of n bytes fit the budget now.
 * The rest is dropped, so a 20 MB paste costs at most a burst's worth of work and memory.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }
  /** All `n` or nothing: true when they fit now. */
  tryTake(n: number): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
  }
  take(n: number): number {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
    const granted = Math.max(0, Math.min(n, Math.floor(this.tokens)));
    this.tokens -= granted;
    return granted;
  }
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one visitor counts once whichever stack it used. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
