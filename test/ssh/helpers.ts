/**
 * Helpers for the SSH tests: the server runs as a child process from the production
 * bundle (dist/cli.js), on 127.0.0.1 and a free port, with a temporary host key.
 * Waiting is done by polling with a bound, never by fixed sleeps.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ssh2 from "ssh2";
import type { ClientChannel, ConnectConfig } from "ssh2";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");
export const FIXTURES = join(import.meta.dirname, "fixtures");

export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ""}`);
}

export interface TestServer {
  port: number;
  pid: number;
  dir: string;
  /** Everything the server wrote on stderr so far. */
  log(): string;
  /** Log lines of finished connections (`... ssh 127.0.0.1:PORT user=...`). */
  connectionLines(): string[];
  alive(): boolean;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

export async function startServer(extra: string[] = [], paths: string[] = [FIXTURES]): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "resumes-ssh-test-"));
  const child = spawn(
    process.execPath,
    [
      CLI,
      "serve",
      ...paths,
      "--port",
      "0",
      "--listen",
      "127.0.0.1",
      "--host-key",
      join(dir, "host_key"),
      // Every test connects from 127.0.0.1: one network. The rate limit has tests of its own.
      ...(extra.includes("--connection-rate") ? [] : ["--connection-rate", "1000:1000"]),
      ...extra,
    ],
    {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, LANG: "C.UTF-8", XDG_DATA_HOME: join(dir, "data") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let err = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  child.stdout!.resume();
  let exited = false;
  child.on("exit", () => (exited = true));
  // Within the hooks' 60 s (a loaded machine starts slowly); a server that never listens
  // is stopped here, or it would outlive the test run.
  const port = await waitFor(
    () => {
      if (exited) throw new Error(`server exited: ${err}`);
      const m = /listening on [^\s]+:(\d+)/.exec(err);
      return m ? Number(m[1]) : undefined;
    },
    "the server to listen",
    50_000,
  ).catch((e: unknown) => {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  return {
    port,
    pid: child.pid!,
    dir,
    child,
    log: () => err,
    connectionLines: () => err.split("\n").filter((l) => / ssh \S+ user=/.test(l)),
    alive: () => !exited,
    stop: async () => {
      if (!exited) {
        child.kill("SIGTERM");
        await waitFor(() => exited, "the server to exit", 10_000).catch(() => child.kill("SIGKILL"));
      }
      rmSync(dir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}

export const SSH_OPTS = [
  "-o",
  "StrictHostKeyChecking=no",
  "-o",
  "UserKnownHostsFile=/dev/null",
  "-o",
  "BatchMode=yes",
  "-o",
  "IdentitiesOnly=yes",
  "-o",
  "IdentityFile=/dev/null",
  "-F",
  "/dev/null",
];

/** Run the OpenSSH client to completion (no terminal): `ssh [extra] user@127.0.0.1 command...`. */
export function sshRun(
  port: number,
  command: string[],
  options: { user?: string; extra?: string[]; timeoutMs?: number; logLevel?: string } = {},
) {
  const args = [
    ...SSH_OPTS,
    "-o",
    `LogLevel=${options.logLevel ?? "ERROR"}`,
    "-p",
    String(port),
    ...(options.extra ?? []),
    `${options.user ?? "visitor"}@127.0.0.1`,
    ...command,
  ];
  const r = spawnSync("ssh", args, {
    encoding: "utf8",
    timeout: options.timeoutMs ?? 30_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A tmux server of our own (unique socket), killed in `kill()`. */
export class Tmux {
  readonly socket = `resumes-ssh-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private run(args: string[]) {
    const r = spawnSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8", timeout: 10_000 });
    if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
    return r.stdout;
  }
  /** `options`: tmux options set (globally) before the session starts, e.g. window-style. */
  start(command: string, cols = 100, rows = 30, options: Record<string, string> = {}) {
    const set = Object.entries(options).flatMap(([k, v]) => ["set-option", "-g", k, v, ";"]);
    this.run([
      ...(set.length ? ["start-server", ";", ...set] : []),
      ...["new-session", "-d", "-s", "t", "-x", String(cols), "-y", String(rows), command],
    ]);
  }
  keys(...keys: string[]) {
    this.run(["send-keys", "-t", "t", ...keys]);
  }
  /** The screen's text; with `escapes`, its colours and attributes as SGR sequences. */
  screen(escapes = false): string {
    return this.run(["capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", "t"]);
  }
  /** The newest paste buffer (what an OSC 52 copy set, with set-clipboard on). */
  buffer(): string {
    return this.run(["show-buffer"]);
  }
  resize(cols: number, rows: number) {
    this.run(["resize-window", "-t", "t", "-x", String(cols), "-y", String(rows)]);
  }
  kill() {
    spawnSync("tmux", ["-L", this.socket, "kill-server"], { timeout: 10_000 });
    // tmux may leave its socket file behind.
    const uid = process.getuid?.() ?? 0;
    rmSync(join(process.env.TMUX_TMPDIR ?? "/tmp", `tmux-${uid}`, this.socket), { force: true });
  }
}

/** An ssh2 client connection (for what OpenSSH can't do: absurd sizes, many sessions). */
export function connect(port: number, config: Partial<ConnectConfig> = {}): Promise<ssh2.Client> {
  return new Promise((resolvePromise, reject) => {
    const c = new ssh2.Client();
    c.on("ready", () => resolvePromise(c));
    c.on("error", reject);
    c.on("close", () => reject(new Error("connection closed before login")));
    c.connect({ host: "127.0.0.1", port, username: "visitor", readyTimeout: 20_000, ...config });
  });
}

export function shell(
  c: ssh2.Client,
  pty: { cols: number; rows: number; term?: string } | false = { cols: 80, rows: 24 },
): Promise<ClientChannel> {
  return new Promise((resolvePromise, reject) => {
    const opts = pty ? { cols: pty.cols, rows: pty.rows, term: pty.term ?? "xterm-256color" } : false;
    c.shell(opts as ssh2.PseudoTtyOptions, (err, ch) => (err ? reject(err) : resolvePromise(ch)));
  });
}

export function exec(
  c: ssh2.Client,
  command: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    c.exec(command, (err, ch) => {
      if (err) return reject(err);
      let stdout = "";
      let stderr = "";
      let code: number | null = null;
      ch.on("data", (d: Buffer) => (stdout += d.toString()));
      ch.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      ch.on("exit", (c2: number | null) => (code = c2));
      ch.on("close", () => resolvePromise({ code, stdout, stderr }));
    });
  });
}

/** Collect what a channel prints. */
export function collect(ch: ClientChannel): { text(): string } {
  let out = "";
  ch.on("data", (d: Buffer) => (out += d.toString()));
  return { text: () => out };
}

/** Resident set size of a process, in bytes (Linux). */
export function rssOf(pid: number): number {
  const r = spawnSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" });
  const m = /VmRSS:\s+(\d+) kB/.exec(r.stdout);
  return m ? Number(m[1]) * 1024 : 0;
}
