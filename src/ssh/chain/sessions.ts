/**
 * Session routing: a session channel gets a pty (optional), a few environment variables,
 * then a shell (the browser) or an exec (a read-only command); everything else is refused
 * with a reason. Each channel has its own clock: it must start something within the start
 * deadline, and a browser closes after the idle timeout without input.
 */
import type { ServerChannel, Session } from "ssh2";
import { findEntry } from "../../library/find.js";
import type { Library } from "../../library/library.js";
import { runExec } from "../exec.js";
import { runBrowserSession, type BrowserSession } from "../session.js";
import type { Closable, ConnectionContext, Middleware } from "./context.js";

/** Environment variables a visitor may send; the rest are refused. */
export const ALLOWED_ENV = new Set(["TERM", "LANG", "NO_COLOR", "COLORTERM"]);

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

export const sessions: Middleware = (ctx) => {
  const { client, record, shared } = ctx;
  client.on("session", (accept, reject) => {
    if (ctx.ended || shared.shuttingDown()) {
      record.what.push("refused session");
      return reject();
    }
    if (ctx.channels >= shared.limits.maxSessionsPerConnection) {
      record.what.push("refused session");
      ctx.refusal = `at most ${shared.limits.maxSessionsPerConnection} sessions per connection`;
      reject();
      ctx.refusal = undefined;
      return;
    }
    // (ssh2 tells its sessions by `constructor.name === "Session"` when a channel closes: the
    // bundle keeps class names, see `keepNames` in scripts/esbuild-plugins.mjs.)
    const session = accept();
    ctx.channels++;
    ctx.channelsChanged();
    let closed = false;
    session.on("close", () => {
      if (closed) return;
      closed = true;
      ctx.channels--;
      ctx.channelsChanged();
    });
    route(session, ctx);
  });
};

function route(session: Session, ctx: ConnectionContext): void {
  const { record, shared } = ctx;
  const { limits, metrics } = shared;
  let pty: { term: string; cols: number; rows: number } | undefined;
  const env: Record<string, string> = {};
  let browser: BrowserSession | undefined;
  let started = false;
  session.on("error", () => {});

  // A channel that never starts anything would hold its slot until the maximum duration.
  // ssh2 cannot close a channel that has not started, so the connection ends, unless
  // another session of the visitor's is running (then this one ends with it).
  const startDeadline = setTimeout(() => {
    record.what.push("no-start");
    if (ctx.sessions.size === 0) ctx.end("start-deadline");
  }, limits.startDeadlineMs);
  const begin = (): boolean => {
    if (started) return false;
    started = true;
    clearTimeout(startDeadline);
    return true;
  };
  session.on("close", () => clearTimeout(startDeadline));
  ctx.onClose(() => clearTimeout(startDeadline));

  const track = (channel: ServerChannel, handle: Closable): (() => void) => {
    ctx.outputs.add(channel);
    ctx.outputs.add(channel.stderr);
    ctx.sessions.add(handle);
    shared.sessions.open++;
    metrics.sessionsTotal++;
    return () => {
      ctx.outputs.delete(channel);
      ctx.outputs.delete(channel.stderr);
      ctx.sessions.delete(handle);
      shared.sessions.open--;
    };
  };

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
    if (!begin()) return;
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
    const initialId = deepLinkId(shared.library, record.user);
    if (initialId) record.what.push(`open ${initialId}`);
    browser = runBrowserSession({
      channel,
      library: shared.library,
      size: { cols: pty.cols, rows: pty.rows },
      color: sessionColor(env, pty.term),
      initialId,
      limits,
      start: shared.start,
      onInput: () => ctx.touch(),
      backlog: () => ctx.backlog(),
      onOutput: (bytes) => (metrics.bytesOut += bytes),
      onKeyRoundTrip: (ms) => metrics.keyRoundTrip(ms),
    });
    record.size = `${browser.size.columns}x${browser.size.rows}`;
    const untrack = track(channel, { close: (reason, message) => browser?.close(reason, message) });
    void browser.done.then((end) => {
      untrack();
      record.what.push(`browse:${end}`);
      // How the visit ended, in the visitor's terms (the socket closing after is not news).
      if (end !== "disconnect") record.end ??= end;
      // Output piling up is the connection's (its socket's too): end it, not just the session.
      if (end === "flood" || end === "stalled") ctx.end(end);
    });
  });

  session.on("exec", (accept, _reject, info) => {
    if (!begin()) return;
    const channel = accept();
    if (pty) {
      record.term = pty.term;
      record.size = `${pty.cols}x${pty.rows}`;
    }
    if (!shared.execRate.take(ctx.source)) {
      record.what.push("exec-rate");
      metrics.refuse("exec-rate");
      refuse(channel, "too many commands from your network; please wait a minute");
      record.end ??= "exit-1";
      return;
    }
    const untrack = track(channel, {
      close: () => {
        try {
          channel.close();
        } catch {
          /* gone */
        }
      },
    });
    void runExec({
      channel,
      command: String(info.command ?? ""),
      gate: shared.execGate,
      paths: shared.paths,
      library: shared.library,
      cwd: shared.cwd,
      pty: pty ? { columns: Math.min(Math.max(pty.cols || 80, 20), limits.maxColumns) } : undefined,
      maxOutputBytes: limits.maxExecOutputBytes,
      backlog: () => ctx.backlog(),
      onOutput: (bytes) => (metrics.bytesOut += bytes),
    }).then(({ code, what }) => {
      record.end ??= `exit-${code}`;
      untrack();
      record.what.push(what);
    });
  });

  session.on("subsystem", (accept, _reject, info) => {
    if (!begin()) return;
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
