/**
 * The server's limits, and the front door that enforces the first of them on the raw TCP
 * socket, before ssh2 sees a byte: ssh2 has no connection caps and no login grace timer,
 * and keeps a silent socket open forever.
 */
import net from "node:net";

export interface Limits {
  /** Open connections in total (authenticated or not). */
  maxConnections: number;
  /** Open connections from one address. */
  maxPerIp: number;
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
  /** Output waiting for a client that does not read: past this the session is closed. */
  maxOutputBacklogBytes: number;
  /** Terminal sizes are clamped to these. */
  maxColumns: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxConnections: 100,
  maxPerIp: 5,
  loginGraceMs: 20_000,
  idleTimeoutMs: 10 * 60_000,
  maxDurationMs: 60 * 60_000,
  maxSessionsPerConnection: 2,
  maxAuthAttempts: 6,
  inputBytesPerSecond: 16 * 1024,
  inputBurstBytes: 16 * 1024,
  maxOutputBacklogBytes: 4 * 1024 * 1024,
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
  take(n: number): number {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
    const granted = Math.max(0, Math.min(n, Math.floor(this.tokens)));
    this.tokens -= granted;
    return granted;
  }
}

export type DoorRefusal = "total" | "per-ip";

export interface FrontDoorOptions {
  limits: Pick<Limits, "maxConnections" | "maxPerIp" | "loginGraceMs">;
  /** Called with every admitted socket (hand it to ssh2 here). */
  admit(socket: net.Socket): void;
  /** A refused connection, or one cut at the login grace timeout. */
  onRefuse?(address: string, why: DoorRefusal | "grace", socket: net.Socket): void;
}

/**
 * The TCP listener in front of ssh2. Counts connections in total and per address, refuses
 * beyond the caps with a one-line notice (sent before the SSH version line, which clients
 * show or log), and destroys a socket that has not authenticated within the grace time.
 */
export class FrontDoor {
  readonly server: net.Server;
  private readonly perIp = new Map<string, number>();
  private readonly sockets = new Set<net.Socket>();
  private readonly byPeer = new Map<string, net.Socket>();
  private readonly graceTimers = new Map<net.Socket, NodeJS.Timeout>();
  private open = 0;

  constructor(private readonly options: FrontDoorOptions) {
    this.server = net.createServer({ pauseOnConnect: true, noDelay: true }, (socket) => this.accept(socket));
    this.server.on("error", () => {
      /* listen errors surface through listen()'s promise */
    });
  }

  get connections(): number {
    return this.open;
  }

  private accept(socket: net.Socket): void {
    // Errors on a socket must never reach the process: resets, half-open handshakes.
    socket.on("error", () => {});
    const address = normalizeAddress(socket.remoteAddress);
    const { maxConnections, maxPerIp, loginGraceMs } = this.options.limits;
    const fromThere = this.perIp.get(address) ?? 0;
    const refusal: DoorRefusal | undefined =
      this.open >= maxConnections ? "total" : fromThere >= maxPerIp ? "per-ip" : undefined;
    if (refusal) {
      const why = refusal === "total" ? "the server is full" : "too many connections from your address";
      socket.end(`resumes: ${why}, please try again later.\r\n`);
      socket.setTimeout(2000, () => socket.destroy());
      this.options.onRefuse?.(address, refusal, socket);
      return;
    }
    this.open++;
    this.perIp.set(address, fromThere + 1);
    this.sockets.add(socket);
    const peer = `${socket.remoteAddress}|${socket.remotePort}`;
    this.byPeer.set(peer, socket);
    socket.setKeepAlive(true, 30_000);
    const timer = setTimeout(() => {
      this.options.onRefuse?.(address, "grace", socket);
      socket.destroy();
    }, loginGraceMs);
    this.graceTimers.set(socket, timer);
    socket.once("close", () => {
      this.open--;
      const left = (this.perIp.get(address) ?? 1) - 1;
      if (left <= 0) this.perIp.delete(address);
      else this.perIp.set(address, left);
      this.sockets.delete(socket);
      if (this.byPeer.get(peer) === socket) this.byPeer.delete(peer);
      this.authenticated(socket);
    });
    this.options.admit(socket);
  }

  /** The socket's visitor is in: stop its login grace timer. */
  authenticated(socket: net.Socket): void {
    const timer = this.graceTimers.get(socket);
    if (timer) clearTimeout(timer);
    this.graceTimers.delete(socket);
  }

  /** The admitted socket with this remote address and port (live connections only). */
  find(ip: string | undefined, port: number | undefined): net.Socket | undefined {
    return this.byPeer.get(`${ip}|${port}`);
  }

  listen(port: number, host: string): Promise<net.AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server.once("error", onError);
      this.server.listen({ port, host }, () => {
        this.server.off("error", onError);
        resolve(this.server.address() as net.AddressInfo);
      });
    });
  }

  /** Stop accepting; existing sockets stay until `destroyAll()`. */
  stopAccepting(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  destroyAll(): void {
    for (const s of this.sockets) s.destroy();
  }
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one visitor counts once whichever stack it used. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
