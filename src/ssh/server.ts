/**
 * The SSH server: a front door on the raw socket (door.ts: admission, login grace), ssh2
 * for the protocol, then a middleware chain per connection (chain/): guard (its limits),
 * auth, logging, sessions (a browser or a read-only command each). Visitors need no
 * account; everything but browsing and the read-only commands is refused with a reason.
 */
import type net from "node:net";
import ssh2 from "ssh2";
import type { Connection, ClientInfo } from "ssh2";
import type { Library } from "../library/library.js";
import { FrontDoor } from "./door.js";
import { normalizeAddress, type Limits } from "./limits.js";
import { formatRecord, type ConnectionRecord, type Logger, type Privacy } from "./log.js";
import { Metrics } from "./metrics.js";
import type { BrowserSessionOptions } from "./session.js";
import { ExecGate, ExecRate } from "./exec.js";
import { sourceKey } from "./admission.js";
import type { Closable, ConnectionContext, Middleware, ServerShared } from "./chain/context.js";
import { guard } from "./chain/guard.js";
import { auth } from "./chain/auth.js";
import { logging } from "./chain/logging.js";
import { sessions } from "./chain/sessions.js";

export { ALLOWED_ENV, deepLinkId, sessionColor } from "./chain/sessions.js";

/** Modern algorithms only (ssh-audit clean): curve25519, ed25519, AEAD or CTR+ETM, no zlib. */
export const ALGORITHMS = {
  kex: ["curve25519-sha256", "curve25519-sha256@libssh.org"],
  serverHostKey: ["ssh-ed25519"],
  cipher: [
    "chacha20-poly1305@openssh.com",
    "aes256-gcm@openssh.com",
    "aes128-gcm@openssh.com",
    "aes256-ctr",
    "aes192-ctr",
    "aes128-ctr",
  ],
  hmac: ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com"],
  compress: ["none"],
};

export type StartBrowser = BrowserSessionOptions["start"];

export interface ServerOptions {
  library: Library;
  /** The library's paths (absolute): where `library` came from (exec commands use it). */
  paths: readonly string[];
  cwd: string;
  hostKey: string;
  limits: Limits;
  log: Logger;
  /** What the log keeps of addresses and user names. */
  privacy?: Privacy;
  start: StartBrowser;
  /** Software name in the SSH version line. */
  ident?: string;
  /** Dice for the front door's random early drop (tests pass their own). */
  random?: () => number;
}

export interface ServerStats {
  connections: number;
  /** Connections not logged in yet. */
  startups: number;
  sessions: number;
}

export interface SshServer {
  listen(port: number, host: string): Promise<net.AddressInfo>;
  /** Stop accepting, end every session with `message`, and resolve once all are gone (or after `graceMs`). */
  close(message: string, graceMs?: number): Promise<void>;
  stats(): ServerStats;
  readonly metrics: Metrics;
}

const REFUSALS_LOGGED_PER_WINDOW = 20;

export function createSshServer(options: ServerOptions): SshServer {
  const { limits, log } = options;
  const metrics = new Metrics();
  const live = new Set<ConnectionContext>();
  let shuttingDown = false;
  const records = new WeakMap<net.Socket, ConnectionRecord>();
  const refusals: { logged: number; unlogged: number; timer?: NodeJS.Timeout } = { logged: 0, unlogged: 0 };
  const privacy = options.privacy ?? {};
  const line = (r: ConnectionRecord) => log.line(formatRecord(r, Date.now(), privacy));

  const shared: ServerShared = {
    library: options.library,
    paths: options.paths,
    cwd: options.cwd,
    limits,
    log,
    privacy,
    metrics,
    start: options.start,
    execGate: new ExecGate(),
    execRate: new ExecRate(limits.execsPerMinute, limits.execBurst),
    sessions: { open: 0 },
    shuttingDown: () => shuttingDown,
  };

  const door = new FrontDoor({
    limits: { ...limits, maxPerSource: limits.maxPerIp },
    random: options.random,
    admit: (socket) => {
      metrics.connectionsTotal++;
      try {
        ssh.injectSocket(socket);
      } catch {
        socket.destroy();
      }
    },
    onRefuse: (address, why, socket) => {
      if (why === "grace" || why === "evicted") {
        // Cut before logging in (at the grace time, or to make room for a newcomer when
        // full): the connection's own line says so, or, for a client that never even sent
        // its version line (ssh2 never saw it), a line of its own (sampled as refusals).
        const end = why === "grace" ? "login-grace" : "evicted";
        metrics.refuse(end);
        const record = records.get(socket);
        if (record) record.end = end;
        else if (why === "grace")
          line({
            address,
            port: socket.remotePort,
            what: [],
            startedAt: Date.now() - limits.loginGraceMs,
            end,
          });
        return;
      }
      metrics.refuse(why);
      // A flood must not become a flood of log lines: the first few per window, then a count.
      if (refusals.logged < REFUSALS_LOGGED_PER_WINDOW) {
        refusals.logged++;
        line({ address, what: [], startedAt: Date.now(), end: `refused-${why}` });
      } else {
        refusals.unlogged++;
      }
      refusals.timer ??= setTimeout(() => {
        if (refusals.unlogged > 0) {
          log.line(
            `${new Date().toISOString()} resumes: refused ${refusals.unlogged} more connection(s) over the caps`,
          );
        }
        refusals.logged = 0;
        refusals.unlogged = 0;
        refusals.timer = undefined;
      }, 10_000).unref();
    },
  });

  const ssh = new ssh2.Server({
    hostKeys: [options.hostKey],
    algorithms: ALGORITHMS as ssh2.Algorithms,
    ident: options.ident ?? "resumes",
    // The client-alive probe: a vanished client is cut after 3 unanswered ones.
    ...(limits.clientAliveIntervalMs > 0
      ? { keepaliveInterval: limits.clientAliveIntervalMs, keepaliveCountMax: 3 }
      : {}),
  });
  ssh.on("error", () => {});
  ssh.on("connection", (client: Connection, info: ClientInfo) => onConnection(client, info));

  /** The chain every connection runs through, in order (as wish's middlewares). */
  const chain: Middleware[] = [
    guard,
    auth((ctx) => {
      if (ctx.socket) door.authenticated(ctx.socket);
    }),
    logging,
    sessions,
  ];

  function onConnection(client: Connection, info: ClientInfo): void {
    const socket = door.find(info.ip, info.port);
    const address = normalizeAddress(info.ip);
    const record: ConnectionRecord = { address, port: info.port, what: [], startedAt: Date.now() };
    if (socket) records.set(socket, record);
    const closers: (() => void)[] = [];
    let graceTimer: NodeJS.Timeout | undefined;
    const ctx: ConnectionContext = {
      client,
      socket,
      source: sourceKey(address),
      record,
      shared,
      sessions: new Set<Closable>(),
      outputs: new Set(),
      channels: 0,
      ended: false,
      end(reason) {
        record.end ??= reason;
        try {
          client.end();
        } catch {
          /* gone */
        }
        // A client that stops reading keeps the socket half-open: destroy it soon after.
        setTimeout(() => socket?.destroy(), 2000).unref();
      },
      touch: () => {},
      channelsChanged: () => {},
      backlog() {
        let n = socket?.writableLength ?? 0;
        for (const o of ctx.outputs) n += o.writableLength;
        return n;
      },
      onClose: (fn) => closers.push(fn),
    };
    live.add(ctx);
    for (const stage of chain) stage(ctx);
    if (shuttingDown) ctx.end("shutdown");
    if (!socket) {
      // Not from our front door (should not happen): still bound the login time.
      graceTimer = setTimeout(() => ctx.end("grace"), limits.loginGraceMs);
      client.on("ready", () => clearTimeout(graceTimer));
    }
    client.on("close", () => {
      if (ctx.ended) return;
      ctx.ended = true;
      live.delete(ctx);
      if (graceTimer) clearTimeout(graceTimer);
      for (const s of ctx.sessions) s.close("shutdown", "");
      for (const fn of closers) fn();
    });
  }

  const sessionCount = () => shared.sessions.open;
  const stats = (): ServerStats => ({
    connections: door.connections,
    startups: door.startups,
    sessions: sessionCount(),
  });

  return {
    metrics,
    listen: (port, host) => door.listen(port, host),
    stats,
    async close(message, graceMs = 3000) {
      shuttingDown = true;
      const stopped = door.stopAccepting();
      const deadline = Date.now() + graceMs;
      const wait = async (until: () => boolean, by: number) => {
        while (!until() && Date.now() < by) await new Promise((r) => setTimeout(r, 25));
      };
      // First the sessions, with the message and an exit status, then the connections.
      for (const c of live) for (const s of c.sessions) s.close("shutdown", message);
      await wait(() => sessionCount() === 0, Math.min(deadline, Date.now() + 1000));
      for (const c of live) c.end("shutdown");
      await wait(() => door.connections === 0, deadline);
      door.destroyAll();
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 200))]);
    },
  };
}
