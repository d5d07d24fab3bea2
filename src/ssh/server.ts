/**
 * The SSH server: a front door on the raw socket (caps, login grace), ssh2 for the
 * protocol, and a browser or a read-only command per session. Visitors need no account;
 * everything but browsing and the read-only commands is refused with a clear message.
 */
import type net from "node:net";
import ssh2 from "ssh2";
import type { Connection, ServerChannel, Session, AuthContext, ClientInfo } from "ssh2";
import type { Library } from "../library/library.js";
import { findEntry } from "../library/find.js";
import { FrontDoor, normalizeAddress, type Limits } from "./limits.js";
import { formatRecord, type ConnectionRecord, type Logger } from "./log.js";
import { runBrowserSession, type BrowserSession, type BrowserSessionOptions } from "./session.js";
import { ExecGate, runExec } from "./exec.js";

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

/** Environment variables a visitor may send; the rest are refused. */
export const ALLOWED_ENV = new Set(["TERM", "LANG", "NO_COLOR", "COLORTERM"]);

export type StartBrowser = BrowserSessionOptions["start"];

export interface ServerOptions {
  library: Library;
  /** The library's paths (absolute): where `library` came from (exec commands use it). */
  paths: readonly string[];
  cwd: string;
  hostKey: string;
  limits: Limits;
  log: Logger;
  start: StartBrowser;
  /** Software name in the SSH version line. */
  ident?: string;
}

export interface ServerStats {
  connections: number;
  sessions: number;
}

export interface SshServer {
  listen(port: number, host: string): Promise<net.AddressInfo>;
  /** Stop accepting, end every session with `message`, and resolve once all are gone (or after `graceMs`). */
  close(message: string, graceMs?: number): Promise<void>;
  stats(): ServerStats;
}

interface Live {
  client: Connection;
  record: ConnectionRecord;
  sessions: Set<{ close(reason: "shutdown", message: string): void }>;
  end(reason: string): void;
}

const FORWARDING_REFUSED = "port forwarding is disabled on this server";
const REFUSALS_LOGGED_PER_WINDOW = 20;

/**
 * ssh2 recognises its session objects by `constructor.name === "Session"` when a socket
 * closes (lib/utils.js onCHANNEL_CLOSE); the minified bundle renames the class, and a
 * connection that closes with a session that never started a shell or exec then throws.
 * Give the class its name back.
 */
function keepSessionName(session: object): void {
  const ctor = session.constructor;
  if (ctor.name !== "Session") Object.defineProperty(ctor, "name", { value: "Session", configurable: true });
}

/** The profile a user name opens directly, if it names one. */
export function deepLinkId(library: Library, user: string | undefined): string | undefined {
  if (!user || user.length > 64) return undefined;
  try {
    const found = findEntry(library, user);
    return found.kind === "found" ? found.entry.id : undefined;
  } catch {
    return undefined;
  }
}

/** Colour for a session: on, unless the client sent NO_COLOR (non-empty) or TERM=dumb. */
export function sessionColor(env: Record<string, string>, term: string | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if ((term ?? env.TERM) === "dumb") return false;
  return true;
}

export function createSshServer(options: ServerOptions): SshServer {
  const { limits, log } = options;
  const live = new Set<Live>();
  let sessionCount = 0;
  let shuttingDown = false;
  const execGate = new ExecGate();
  const records = new WeakMap<net.Socket, ConnectionRecord>();
  const refusals: { logged: number; unlogged: number; timer?: NodeJS.Timeout } = { logged: 0, unlogged: 0 };

  const door = new FrontDoor({
    limits,
    admit: (socket) => {
      try {
        ssh.injectSocket(socket);
      } catch {
        socket.destroy();
      }
    },
    onRefuse: (address, why, socket) => {
      if (why === "grace") {
        // Cut before logging in: the connection's own line says so, or, for a client that
        // never even sent its version line (ssh2 never saw it), a line of its own.
        const record = records.get(socket);
        if (record) record.end = "login-grace";
        else
          log.line(
            formatRecord({
              address,
              port: socket.remotePort,
              what: [],
              startedAt: Date.now() - limits.loginGraceMs,
              end: "login-grace",
            }),
          );
        return;
      }
      // A flood must not become a flood of log lines: the first few per window, then a count.
      if (refusals.logged < REFUSALS_LOGGED_PER_WINDOW) {
        refusals.logged++;
        log.line(formatRecord({ address, what: [], startedAt: Date.now(), end: `refused-${why}` }));
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
  });
  ssh.on("error", () => {});
  ssh.on("connection", (client: Connection, info: ClientInfo) => onConnection(client, info));

  function onConnection(client: Connection, info: ClientInfo): void {
    const socket = door.find(info.ip, info.port);
    const record: ConnectionRecord = {
      address: normalizeAddress(info.ip),
      port: info.port,
      what: [],
      startedAt: Date.now(),
    };
    if (socket) records.set(socket, record);
    const sessions = new Set<{ close(reason: "shutdown", message: string): void }>();
    let ended = false;
    let attempts = 0;
    let idleTimer: NodeJS.Timeout | undefined;
    let durationTimer: NodeJS.Timeout | undefined;
    let openSessions = 0;
    let graceTimer: NodeJS.Timeout | undefined;

    const entry: Live = {
      client,
      record,
      sessions,
      end(reason: string) {
        record.end ??= reason;
        try {
          client.end();
        } catch {
          /* gone */
        }
        // A client that stops reading keeps the socket half-open: destroy it soon after.
        setTimeout(() => socket?.destroy(), 2000).unref();
      },
    };
    live.add(entry);
    if (shuttingDown) entry.end("shutdown");
    if (!socket) {
      // Not from our front door (should not happen): still bound the login time.
      graceTimer = setTimeout(() => entry.end("grace"), limits.loginGraceMs);
    }

    // Port forwarding (-L, -W) and unknown channel types are refused by ssh2 with an empty
    // description; give the visitor a reason instead. (ssh2 has no public hook for it.)
    const proto = (client as unknown as { _protocol?: { channelOpenFail?: (...a: unknown[]) => unknown } })
      ._protocol;
    if (proto && typeof proto.channelOpenFail === "function") {
      const original = proto.channelOpenFail.bind(proto);
      proto.channelOpenFail = (recipient: unknown, reason: unknown, description?: unknown) => {
        if (!description) record.what.push("refused forward");
        return original(recipient, reason, description || FORWARDING_REFUSED);
      };
    }

    const armIdle = () => {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = undefined;
      if (openSessions === 0 && !ended) idleTimer = setTimeout(() => entry.end("idle"), limits.idleTimeoutMs);
    };

    client.on("error", (err: Error & { level?: string }) => {
      if (!record.end && err.level !== "client-timeout") record.end = `error: ${err.message.slice(0, 60)}`;
      if (err.level === "client-timeout") record.end = "keepalive-timeout";
    });

    client.on("authentication", (ctx: AuthContext) => {
      attempts++;
      record.user ??= ctx.username;
      if (attempts > limits.maxAuthAttempts) {
        record.end = "too-many-auth-attempts";
        ctx.reject();
        entry.end("too-many-auth-attempts");
        return;
      }
      record.user = ctx.username;
      switch (ctx.method) {
        case "none":
          // Anonymous by design: OpenSSH tries "none" first, and accepting it means no key
          // of the visitor's is ever sent or seen.
          ctx.accept();
          return;
        case "keyboard-interactive":
          ctx.prompt([], (answers) => {
            if (!(answers instanceof Error)) ctx.accept();
          });
          return;
        case "publickey": {
          const key = ssh2.utils.parseKey(ctx.key.data);
          if (key instanceof Error || Array.isArray(key))
            return ctx.reject(["publickey", "keyboard-interactive"]);
          // No signature: the client asks whether this key would do. Yes: then it signs.
          if (!ctx.signature || !ctx.blob) return ctx.accept();
          if (key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) {
            return ctx.reject(["publickey", "keyboard-interactive"]);
          }
          ctx.accept();
          return;
        }
        default:
          // Passwords are never asked for nor accepted: a visitor needs no account.
          ctx.reject(["publickey", "keyboard-interactive"]);
      }
    });

    client.on("ready", () => {
      if (socket) door.authenticated(socket);
      if (graceTimer) clearTimeout(graceTimer);
      durationTimer = setTimeout(() => {
        record.end = "max-duration";
        for (const s of sessions)
          s.close("shutdown", "this visit reached its time limit. Come back any time!");
        // Let the sessions' last words and exit statuses go out before the disconnect.
        setTimeout(() => entry.end("max-duration"), 500).unref();
      }, limits.maxDurationMs);
      armIdle();
    });

    client.on("request", (_accept, reject, name) => {
      record.what.push(`refused ${name}`);
      reject?.();
    });

    client.on("session", (accept, reject) => {
      if (ended || shuttingDown || openSessions >= limits.maxSessionsPerConnection) {
        record.what.push("refused session");
        return reject();
      }
      const session = accept();
      keepSessionName(session);
      openSessions++;
      armIdle();
      let closed = false;
      const onSessionClosed = () => {
        if (closed) return;
        closed = true;
        openSessions--;
        armIdle();
      };
      session.on("close", onSessionClosed);
      handleSession(session, record, sessions, onSessionClosed, () => {
        if (idleTimer) idleTimer.refresh();
      });
    });

    client.on("close", () => {
      if (ended) return;
      ended = true;
      live.delete(entry);
      if (idleTimer) clearTimeout(idleTimer);
      if (durationTimer) clearTimeout(durationTimer);
      if (graceTimer) clearTimeout(graceTimer);
      for (const s of sessions) s.close("shutdown", "");
      if (!client.authenticated && !record.end) record.end = "closed-before-login";
      log.line(formatRecord(record));
    });
  }

  function handleSession(
    session: Session,
    record: ConnectionRecord,
    sessions: Set<{ close(reason: "shutdown", message: string): void }>,
    onClosed: () => void,
    onInput: () => void,
  ): void {
    let pty: { term: string; cols: number; rows: number } | undefined;
    const env: Record<string, string> = {};
    let browser: BrowserSession | undefined;
    let started = false;
    session.on("error", () => {});

    session.on("pty", (accept, reject, info) => {
      if (started) return reject?.();
      pty = { term: String(info.term ?? "").slice(0, 64), cols: info.cols, rows: info.rows };
      accept?.();
    });
    session.on("window-change", (accept, _reject, info) => {
      if (pty) {
        pty.cols = info.cols;
        pty.rows = info.rows;
      }
      browser?.resize(info.cols, info.rows);
      if (browser) record.size = `${browser.size.columns}x${browser.size.rows}`;
      accept?.();
    });
    session.on("env", (accept, reject, info) => {
      const key = String(info.key);
      if (ALLOWED_ENV.has(key) && Object.keys(env).length < 8) {
        env[key] = String(info.val ?? "").slice(0, 64);
        accept?.();
      } else {
        reject?.();
      }
    });
    session.on("x11", (_accept, reject) => {
      record.what.push("refused x11");
      reject?.();
    });
    session.on("auth-agent", (_accept, reject) => {
      record.what.push("refused agent");
      reject?.();
    });
    session.on("signal", (_accept, reject) => reject?.());

    const refuse = (channel: ServerChannel, message: string) => {
      channel.on("error", () => {});
      try {
        channel.stderr.write(`resumes: ${message}\r\n`);
        channel.exit(1);
        channel.end();
      } catch {
        /* gone */
      }
    };

    session.on("shell", (accept) => {
      if (started) return;
      started = true;
      const channel = accept();
      if (!pty) {
        record.what.push("shell-without-pty");
        refuse(
          channel,
          "this is an interactive portfolio: connect from a terminal (ssh -t), or run a command: list, show WHO, search WORDS, export WHO",
        );
        return;
      }
      record.what.push("browse");
      record.term = pty.term;
      const initialId = deepLinkId(options.library, record.user);
      if (initialId) record.what.push(`open ${initialId}`);
      browser = runBrowserSession({
        channel,
        library: options.library,
        size: { cols: pty.cols, rows: pty.rows },
        color: sessionColor(env, pty.term),
        initialId,
        limits,
        start: options.start,
        onInput,
      });
      record.size = `${browser.size.columns}x${browser.size.rows}`;
      sessionCount++;
      const handle = { close: (reason: "shutdown", message: string) => browser?.close(reason, message) };
      sessions.add(handle);
      void browser.done.then((end) => {
        sessionCount--;
        sessions.delete(handle);
        record.what.push(`browse:${end}`);
        // How the visit ended, in the visitor's terms (the socket closing after is not news).
        if (end !== "disconnect") record.end ??= end;
        onClosed();
      });
    });

    session.on("exec", (accept, _reject, info) => {
      if (started) return;
      started = true;
      const channel = accept();
      sessionCount++;
      const handle = {
        close: () => {
          try {
            channel.close();
          } catch {
            /* gone */
          }
        },
      };
      sessions.add(handle);
      void runExec({
        channel,
        command: String(info.command ?? ""),
        gate: execGate,
        paths: options.paths,
        library: options.library,
        cwd: options.cwd,
        pty: pty ? { columns: Math.min(Math.max(pty.cols || 80, 20), limits.maxColumns) } : undefined,
      }).then(({ code, what }) => {
        record.end ??= `exit-${code}`;
        sessionCount--;
        sessions.delete(handle);
        record.what.push(what);
        onClosed();
      });
    });

    session.on("subsystem", (accept, _reject, info) => {
      if (started) return;
      started = true;
      const name = String(info.name ?? "")
        .replace(/[^\x21-\x7e]/g, "?")
        .slice(0, 32);
      record.what.push(`refused ${name}`);
      refuse(
        accept(),
        `${name === "sftp" ? "sftp" : `the '${name}' subsystem`} is not available on this server`,
      );
    });
  }

  return {
    listen: (port, host) => door.listen(port, host),
    stats: () => ({ connections: door.connections, sessions: sessionCount }),
    async close(message, graceMs = 3000) {
      shuttingDown = true;
      const stopped = door.stopAccepting();
      const deadline = Date.now() + graceMs;
      const wait = async (until: () => boolean, by: number) => {
        while (!until() && Date.now() < by) await new Promise((r) => setTimeout(r, 25));
      };
      // First the sessions, with the message and an exit status, then the connections.
      for (const c of live) for (const s of c.sessions) s.close("shutdown", message);
      await wait(() => sessionCount === 0, Math.min(deadline, Date.now() + 1000));
      for (const c of live) c.end("shutdown");
      await wait(() => door.connections === 0, deadline);
      door.destroyAll();
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 200))]);
    },
  };
}
