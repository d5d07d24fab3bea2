/**
 * `resumes serve`: the portfolio over SSH. The one long-running command: it owns the
 * process's signals (SIGTERM/SIGINT end every session with a short message and return
 * within 5 s). Sessions never exit the process.
 */
import { statSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import type { Command } from "../command/registry.js";
import { EXIT, type Io } from "../command/io.js";
import { parseArgs, formatFlags, type ArgSpec } from "../command/args.js";
import { DEFAULT_LIMITS, formatDuration, parseDuration, type Limits } from "../ssh/limits.js";
import { parseStartups } from "../ssh/admission.js";
import type { Privacy } from "../ssh/log.js";
import { servedPath } from "../cli/paths.js";

const SPEC: ArgSpec = {
  flags: [
    {
      name: "port",
      short: "p",
      kind: "int",
      value: "PORT",
      description: "TCP port to listen on (default 2222; 0: any free port)",
    },
    { name: "listen", kind: "string", value: "ADDR", description: "address to listen on (default 0.0.0.0)" },
    {
      name: "host-key",
      kind: "string",
      value: "FILE",
      description: "ed25519 host key, created if missing (default: in the user's data folder)",
    },
    { name: "max-sessions", kind: "int", value: "N", description: "open connections in total (default 100)" },
    {
      name: "max-per-ip",
      kind: "int",
      value: "N",
      description: "open connections from one address (default 5)",
    },
    {
      name: "idle-timeout",
      kind: "string",
      value: "DURATION",
      description: "close a session after this long without input (default 10m)",
    },
    {
      name: "max-duration",
      kind: "string",
      value: "DURATION",
      description: "close a connection after this long (default 1h)",
    },
    {
      name: "login-grace",
      kind: "string",
      value: "DURATION",
      description: "time to log in after connecting (default 20s)",
    },
    {
      name: "max-startups",
      kind: "string",
      value: "S:R:F",
      description:
        "connections not logged in yet: drop R% of new ones from S on, rising to all at F (default 10:30:100)",
    },
    {
      name: "startups-per-network",
      kind: "int",
      value: "N",
      description: "connections not logged in yet from one network (/24, /64) (default 3)",
    },
    {
      name: "connection-rate",
      kind: "string",
      value: "N[:BURST]",
      description: "new connections per second from one network (/24, /64) (default 2:20)",
    },
    {
      name: "client-alive",
      kind: "string",
      value: "DURATION",
      description: "probe a silent client this often, cut it after 3 unanswered probes (default off)",
    },
    {
      name: "follow-links",
      description: "follow symbolic links that lead out of the folders served (default: refused, said)",
    },
    { name: "log-truncate-addresses", description: "log addresses cut to /24 (IPv4) or /48 (IPv6)" },
    { name: "log-no-users", description: "leave visitors' user names out of the log" },
    {
      name: "metrics-port",
      kind: "int",
      value: "PORT",
      description: "serve Prometheus metrics on 127.0.0.1:PORT/metrics (default off)",
    },
  ],
};

const HELP = `Usage: resumes serve [PATH...] [options]

Serve the browser over SSH: anyone runs \`ssh -p 2222 HOST\` and browses, with nothing to
install and no account. \`ssh -p 2222 WHO@HOST\` opens WHO's profile directly;
\`ssh -p 2222 HOST list|show WHO|search WORDS|export WHO --format F\` prints plain text.

Options:
${formatFlags(SPEC)}

Durations: 90s, 10m, 1h, 1h30m. Profiles come from the PATHs given, else RESUMES_PATH,
else your library folder, else the bundled examples. Logs one line per connection on
stderr. SIGTERM, SIGINT or SIGHUP closes every session with a short message and exits;
SIGUSR2 logs one line of figures. If the log's reader goes away, the server closes its
sessions and exits with status 2, for its supervisor to restart it.

Examples:
  resumes serve ~/resumes --port 2222
  resumes serve --listen 127.0.0.1 --port 0 --idle-timeout 5m
`;

function positive(value: unknown, name: string, min = 1): number | string {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min)
    return `--${name} must be a whole number ≥ ${min}`;
  return value;
}

export interface ServeConfig {
  paths: string[];
  port: number;
  listen: string;
  hostKeyFile?: string;
  limits: Limits;
  privacy: Privacy;
  metricsPort?: number;
  /** Follow symbolic links out of the folders served. */
  followLinks: boolean;
}

/** argv → configuration, or a usage error. Pure. */
export function parseServeArgs(
  argv: readonly string[],
): { ok: true; config: ServeConfig } | { ok: false; error: string; help?: boolean } {
  const parsed = parseArgs(argv, SPEC);
  if (!parsed.ok) return parsed;
  if (parsed.flags.help) return { ok: false, error: "", help: true };
  const f = parsed.flags;
  const limits: Limits = { ...DEFAULT_LIMITS };
  const port = f.port === undefined ? 2222 : positive(f.port, "port", 0);
  if (typeof port === "string") return { ok: false, error: port };
  if (port > 65535) return { ok: false, error: "--port must be at most 65535" };
  for (const [flag, key] of [
    ["max-sessions", "maxConnections"],
    ["max-per-ip", "maxPerIp"],
    ["startups-per-network", "perSourceStartups"],
  ] as const) {
    if (f[flag] === undefined) continue;
    const v = positive(f[flag], flag);
    if (typeof v === "string") return { ok: false, error: v };
    limits[key] = v;
  }
  for (const [flag, key] of [
    ["idle-timeout", "idleTimeoutMs"],
    ["max-duration", "maxDurationMs"],
    ["login-grace", "loginGraceMs"],
  ] as const) {
    if (f[flag] === undefined) continue;
    const ms = parseDuration(String(f[flag]));
    if (ms === undefined || ms <= 0)
      return { ok: false, error: `--${flag} needs a duration such as 90s, 10m or 1h` };
    limits[key] = ms;
  }
  if (f["max-startups"] !== undefined) {
    const startups = parseStartups(String(f["max-startups"]));
    if (!startups) return { ok: false, error: "--max-startups needs START:RATE:FULL, such as 10:30:100" };
    limits.startups = startups;
  }
  if (f["connection-rate"] !== undefined) {
    const m = /^(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(String(f["connection-rate"]));
    if (!m || Number(m[1]) <= 0)
      return { ok: false, error: "--connection-rate needs N or N:BURST, such as 2:20" };
    limits.connectionsPerSecond = Number(m[1]);
    limits.connectionBurst = m[2] ? Math.max(1, Number(m[2])) : Math.max(1, Math.ceil(Number(m[1]) * 10));
  }
  if (f["client-alive"] !== undefined) {
    const ms = parseDuration(String(f["client-alive"]));
    if (ms === undefined) return { ok: false, error: "--client-alive needs a duration such as 30s (0: off)" };
    limits.clientAliveIntervalMs = ms;
  }
  let metricsPort: number | undefined;
  if (f["metrics-port"] !== undefined) {
    const v = positive(f["metrics-port"], "metrics-port", 0);
    if (typeof v === "string") return { ok: false, error: v };
    if (v > 65535) return { ok: false, error: "--metrics-port must be at most 65535" };
    metricsPort = v;
  }
  return {
    ok: true,
    config: {
      paths: parsed.positionals,
      port,
      listen: f.listen === undefined ? "0.0.0.0" : String(f.listen),
      hostKeyFile: f["host-key"] === undefined ? undefined : String(f["host-key"]),
      limits,
      privacy: {
        truncateAddresses: Boolean(f["log-truncate-addresses"]),
        dropUsers: Boolean(f["log-no-users"]),
      },
      metricsPort,
      followLinks: f["follow-links"] === true,
    },
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One colour depth for the whole server (chalk's level is process-wide): 256 colours, or FORCE_COLOR's. */
export function serverColorLevel(env: Record<string, string | undefined>): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force === "0" || force === "false") return 0;
  if (force === "1" || force === "true" || force === "") return 1;
  if (force === "2") return 2;
  if (force === "3") return 3;
  return 2;
}

async function run(argv: string[], io: Io): Promise<number> {
  const parsedArgs = parseServeArgs(argv);
  if (!parsedArgs.ok) {
    if (parsedArgs.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    io.stderr.write(
      `resumes serve: ${parsedArgs.error}\nUsage: resumes serve [PATH...] [--port 2222] [--listen ADDR] ... (see --help)\n`,
    );
    return EXIT.usage;
  }
  const { config } = parsedArgs;
  const [
    { resolveSources },
    { loadLibrary },
    { formatDiagnostic },
    hostkey,
    { createSshServer },
    { streamLogger },
    chalk,
    { warmUpExec },
  ] = await Promise.all([
    import("../library/sources.js"),
    import("../library/load.js"),
    import("../library/diagnostic.js"),
    import("../ssh/hostkey.js"),
    import("../ssh/server.js"),
    import("../ssh/log.js"),
    import("chalk"),
    import("../ssh/exec.js"),
  ]);
  // The log's reader going away (EPIPE) must not leave a server that spins and serves
  // nobody: stop writing, close the sessions, and exit 1 for the supervisor to restart it.
  let onLogBroken: (() => void) | undefined;
  const log = streamLogger(io.stderr as Parameters<typeof streamLogger>[0], {
    onBroken: () => onLogBroken?.(),
  });

  const sources = resolveSources(config.paths, { env: io.env, cwd: io.cwd });
  const paths = sources.paths.map((p) => resolvePath(io.cwd, p));
  const { library, diagnostics } = await loadLibrary(paths, {
    cwd: io.cwd,
    followLinks: config.followLinks,
  });
  for (const d of diagnostics) io.stderr.write(`resumes: ${formatDiagnostic(d)}\n`);

  let key;
  try {
    key = hostkey.loadOrCreateHostKey(
      config.hostKeyFile ? resolvePath(io.cwd, config.hostKeyFile) : undefined,
    );
  } catch (err) {
    io.stderr.write(`resumes serve: ${(err as Error).message}\n`);
    return EXIT.error;
  }
  if (key.warning) io.stderr.write(`resumes serve: warning: ${key.warning}\n`);

  // Colour depth, once, for every session: not from this process's own stdout (often a
  // log file or journal). A visitor's NO_COLOR switches their session to monochrome.
  chalk.default.level = serverColorLevel(io.env);
  const { startBrowser } = await import("../tui/start.js");
  // The browser builds its search index on the first search and shares it per library:
  // build it now, so the first visitor's `/` does not stall every other session.
  try {
    const { indexFor } = await import("../tui/hooks/use-library-view.js");
    indexFor(library);
  } catch (err) {
    io.stderr.write(`resumes serve: warning: search index not prepared: ${(err as Error).message}\n`);
  }

  // One visitor's connection must never take the others down: an error that escapes a
  // connection's handlers is logged and the server goes on (the CLI's default handler
  // would exit the process, which is right for a one-shot command, not for a server).
  let internalErrors = 0;
  let internalWindow = Date.now();
  const survive = (err: unknown) => {
    // Never log into a failing stream from here (the error may be the stream's own), and
    // never spin: a storm of internal errors ends the process for its supervisor.
    if (Date.now() - internalWindow > 1000) {
      internalWindow = Date.now();
      internalErrors = 0;
    }
    if (log.broken || ++internalErrors > 100) process.exit(EXIT.error);
    const e = err instanceof Error ? err : new Error(String(err));
    const where = (e.stack ?? "")
      .split("\n")
      .slice(1, 3)
      .map((s) => s.trim())
      .join(" ");
    log.line(
      `${new Date().toISOString()} resumes: internal error (server continues): ${e.message.split("\n")[0]} ${where}`,
    );
  };
  process.removeAllListeners("uncaughtException");
  process.removeAllListeners("unhandledRejection");
  process.on("uncaughtException", survive);
  process.on("unhandledRejection", survive);

  // Each Ink instance adds process listeners (beforeExit, signal-exit); many sessions are normal here.
  process.setMaxListeners(Math.max(process.getMaxListeners(), config.limits.maxConnections * 2 + 20));

  // Exec output names files relative to the library, not by their place on this machine.
  const first = paths[0];
  const execCwd = first ? (isDirectory(first) ? first : dirname(first)) : io.cwd;
  await warmUpExec(paths, execCwd, library);

  const server = createSshServer({
    library,
    paths,
    cwd: execCwd,
    hostKey: key.privateKey,
    limits: config.limits,
    log,
    privacy: config.privacy,
    // A visitor sees a profile's file relative to the served folder, never its place here.
    start: (session) => startBrowser({ ...session, fileName: (file) => servedPath(file, paths) }),
  });
  let address;
  try {
    address = await server.listen(config.port, config.listen);
  } catch (err) {
    io.stderr.write(
      `resumes serve: cannot listen on ${config.listen}:${config.port}: ${(err as Error).message}\n`,
    );
    return EXIT.error;
  }
  const l = config.limits;
  let metricsServer: { close(): void } | undefined;
  if (config.metricsPort !== undefined) {
    const { serveMetrics } = await import("../ssh/metrics.js");
    try {
      const m = await serveMetrics(() => server.metrics.prometheus(server.stats()), config.metricsPort);
      metricsServer = m.server;
      io.stderr.write(`resumes: metrics on http://127.0.0.1:${m.port}/metrics\n`);
    } catch (err) {
      io.stderr.write(
        `resumes serve: cannot serve metrics on port ${config.metricsPort}: ${(err as Error).message}\n`,
      );
      await server.close("", 0);
      return EXIT.error;
    }
  }
  io.stderr.write(
    [
      `resumes: serving ${library.entries.length} profile${library.entries.length === 1 ? "" : "s"} from ${sources.description}`,
      `resumes: listening on ${address.address}:${address.port} (ssh -p ${address.port} HOST)`,
      `resumes: host key ${key.fingerprint} (${key.created ? "created " : ""}${key.file})`,
      `resumes: limits: ${l.maxConnections} connections, ${l.maxPerIp} per network, startups ${l.startups.start}:${l.startups.rate}:${l.startups.full} (${l.perSourceStartups} per network), ${l.connectionsPerSecond}/s per network, login within ${formatDuration(l.loginGraceMs)}, idle ${formatDuration(l.idleTimeoutMs)}, at most ${formatDuration(l.maxDurationMs)}${l.clientAliveIntervalMs > 0 ? `, client-alive ${formatDuration(l.clientAliveIntervalMs)}` : ""}`,
      "",
    ].join("\n"),
  );

  // SIGUSR2: one line of figures for operators (and the bench): connections, sessions,
  // memory; after a full GC when node runs with --expose-gc.
  process.on("SIGUSR2", () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    const m = process.memoryUsage();
    server.metrics.logLinesDropped = log.dropped;
    log.line(
      `${new Date().toISOString()} resumes: stats ${server.metrics.line(server.stats())} rss=${m.rss} heapUsed=${m.heapUsed} external=${m.external}${gc ? " gc" : ""}`,
    );
  });

  let exitCode: number = EXIT.ok;
  // Ink's cursor restorer writes `\e[?25h` to the process's stderr at exit, which here is
  // the log, not a terminal: after the last line, nothing more goes to it.
  const muteLog = () => {
    (process.stderr as unknown as { write: () => boolean }).write = () => true;
  };
  await new Promise<void>((resolve) => {
    let stopping = false;
    // The handlers stay installed until the process exits: Ink's signal-exit re-raises a
    // signal that no one else listens to, which would kill the process mid-goodbye.
    const stop = (signal: NodeJS.Signals | "log stream lost") => {
      if (stopping) {
        log.line(`resumes: ${signal} again: exiting now`);
        process.exit(EXIT.error);
      }
      stopping = true;
      if (signal === "log stream lost") exitCode = EXIT.error;
      log.line(`resumes: ${signal}: closing ${server.stats().sessions} session(s)`);
      // Whatever happens, the process is gone within 5 s of the signal.
      setTimeout(() => {
        muteLog();
        process.exit(exitCode);
      }, 4800).unref();
      metricsServer?.close();
      void server
        .close("the server is restarting; please reconnect in a moment.", 3000)
        .then(resolve, resolve);
    };
    onLogBroken = () => stop("log stream lost");
    if (log.broken) stop("log stream lost");
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    // A closed terminal or a supervisor's reload: the same goodbye as SIGTERM.
    process.on("SIGHUP", stop);
  });
  muteLog();
  return exitCode;
}

export const command: Command = {
  summary: "serve the browser over SSH (ssh -p 2222 host)",
  help: HELP,
  run,
};
