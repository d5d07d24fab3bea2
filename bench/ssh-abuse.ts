/**
 * The "Done when" figures of the SSH hardening (issue 13), measured against the production
 * bundle on loopback: a resize storm next to an ordinary visitor, a visitor that stops
 * reading and only resizes, networks holding idle sockets, and the log's reader going
 * away. Loopback addresses 127.x.y.z stand for distinct networks (/24s).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import type { ClientChannel } from "ssh2";

interface Server {
  child: ChildProcess;
  port: number;
  log(): string;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(fn: () => T | undefined | false, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v) return v;
    await sleep(20);
  }
  return undefined;
}

async function startServer(root: string, args: string[], stderr: "pipe" = "pipe"): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "resumes-ssh-abuse-"));
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      join(root, "dist/cli.js"),
      "serve",
      join(root, "seeds"),
      "--port",
      "0",
      "--listen",
      "127.0.0.1",
      "--host-key",
      join(dir, "host_key"),
      ...args,
    ],
    { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir }, stdio: ["ignore", "ignore", stderr] },
  );
  let err = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const port = await until(() => Number(/listening on [^\s]+:(\d+)/.exec(err)?.[1]) || undefined, 20_000);
  if (!port) throw new Error(`bench: the server did not start:\n${err}`);
  return {
    child,
    port,
    log: () => err,
    async rss() {
      const before = err.split("resumes: stats ").length;
      child.kill("SIGUSR2");
      const ok = await until(
        () =>
          err.split("resumes: stats ").length > before &&
          /rss=\d+/.test(err.split("resumes: stats ").at(-1)!),
        5000,
      );
      if (!ok) return NaN;
      return Number(/rss=(\d+)/.exec(err.split("resumes: stats ").at(-1)!)![1]);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await until(() => child.exitCode !== null || child.signalCode !== null, 10_000);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Visitor {
  client: ssh2.Client;
  channel: ClientChannel;
  /** Resolves on the next data after now. */
  next(): Promise<void>;
  lastData(): number;
}

function visit(port: number, localAddress: string, size = { cols: 100, rows: 30 }): Promise<Visitor> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    const timer = setTimeout(() => reject(new Error("timeout")), 20_000);
    client.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    client.on("ready", () => {
      client.shell({ ...size, term: "xterm-256color" }, (err, channel) => {
        if (err) return reject(err);
        let waiters: (() => void)[] = [];
        let last = performance.now();
        let seen = 0;
        channel.on("data", (d: Buffer) => {
          last = performance.now();
          seen += d.length;
          const w = waiters;
          waiters = [];
          for (const f of w) f();
          if (seen > 200) {
            clearTimeout(timer);
            resolve(v);
          }
        });
        channel.on("error", () => {});
        const v: Visitor = {
          client,
          channel,
          next: () => new Promise((r) => waiters.push(r)),
          lastData: () => last,
        };
      });
    });
    client.connect({ host: "127.0.0.1", port, localAddress, username: "bench", readyTimeout: 20_000 });
  });
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function keyTimes(v: Visitor, n: number, gapMs = 20): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const got = v.next();
    v.channel.write(i % 2 ? "k" : "j");
    await Promise.race([got, sleep(10_000)]);
    out.push(performance.now() - t0);
    await sleep(gapMs);
  }
  return out;
}

/** 1,000 window changes from one visitor while another presses keys. */
async function resizeStorm(root: string): Promise<string> {
  const server = await startServer(root, []);
  try {
    const other = await visit(server.port, "127.3.0.1");
    const storm = await visit(server.port, "127.3.1.1");
    const baseline = await keyTimes(other, 40);
    const keys = keyTimes(other, 100);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) storm.channel.setWindow(200, i % 2 ? 500 : 499, 0, 0);
    const sent = performance.now() - t0;
    const during = await keys;
    // Settled: the storm's channel quiet for 500 ms; counted from the last window change sent.
    await until(() => performance.now() - storm.lastData() > 500, 30_000);
    const settle = (storm.lastData() - (t0 + sent)) / 1000;
    other.client.end();
    storm.client.end();
    return (
      `resize storm: 1,000 window changes (500x200) sent in ${sent.toFixed(0)} ms; the other visitor's key ` +
      `p50/p95 ${pct(baseline, 50).toFixed(0)}/${pct(baseline, 95).toFixed(0)} ms before, ` +
      `${pct(during, 50).toFixed(0)}/${pct(during, 95).toFixed(0)} ms during (goal p95 < 250 ms); ` +
      `the storm's own output settled ${Math.max(0, settle).toFixed(2)} s after its last window change (goal < 5 s)`
    );
  } finally {
    await server.stop();
  }
}

/** A visitor that stops reading (channel and socket) and resizes for 20 s. */
async function nonReader(root: string): Promise<string> {
  const server = await startServer(root, []);
  try {
    const before = await server.rss();
    const v = await visit(server.port, "127.4.0.1");
    v.channel.pause();
    (v.client as unknown as { _sock: net.Socket })._sock.pause();
    const t0 = Date.now();
    let i = 0;
    let cutAt: number | undefined;
    while (Date.now() - t0 < 20_000) {
      try {
        v.channel.setWindow(200, i++ % 2 ? 500 : 499, 0, 0);
      } catch {
        /* gone */
      }
      if (cutAt === undefined && /ssh 127\.4\.0\.1:\d+ .*end=(flood|stalled)/.test(server.log()))
        cutAt = Date.now() - t0;
      await sleep(5);
    }
    const after = await server.rss();
    const line = /ssh 127\.4\.0\.1:\d+ .*end=(\S+)/.exec(server.log());
    v.client.destroy();
    return (
      `non-reading visitor resizing for 20 s (${i} window changes): server RSS ${(before / 2 ** 20).toFixed(0)} → ` +
      `${(after / 2 ** 20).toFixed(0)} MB (+${((after - before) / 2 ** 20).toFixed(1)} MB, goal < 64 MB); ` +
      (line ? `cut after ${((cutAt ?? NaN) / 1000).toFixed(1)} s, end=${line[1]}` : "NOT cut")
    );
  } finally {
    await server.stop();
  }
}

/** `networks` × `each` idle sockets, then 24 ordinary visits from other networks. */
async function idleSockets(root: string, networks = 20, each = 5): Promise<string> {
  const server = await startServer(root, []);
  const idle: net.Socket[] = [];
  try {
    for (let n = 0; n < networks; n++)
      for (let k = 0; k < each; k++) {
        const s = net.connect({ host: "127.0.0.1", port: server.port, localAddress: `127.5.${n}.${k + 1}` });
        s.on("error", () => {});
        s.resume();
        idle.push(s);
      }
    // Held a while (an attacker holds them up to the login grace): visits come after 3 s.
    await sleep(3000);
    const held = idle.filter((s) => !s.destroyed && s.readyState === "open" && !s.readableEnded).length;
    let ok = 0;
    for (let v = 0; v < 24; v++) {
      try {
        const visitor = await visit(server.port, `127.6.${v}.1`);
        ok++;
        visitor.client.end();
      } catch {
        /* refused */
      }
    }
    await server.rss();
    const stats = server.log().split("resumes: stats ").at(-1) ?? "";
    const refused =
      [...stats.matchAll(/refused_(\S+)=(\d+)/g)].map((m) => `${m[2]} ${m[1]}`).join(", ") || "none";
    return `${networks} networks × ${each} idle sockets (${held} still open after 3 s; refused at the door: ${refused}): ${ok} of 24 ordinary visits got in${networks === 20 ? " (goal ≥ 12)" : ""}`;
  } finally {
    for (const s of idle) s.destroy();
    await server.stop();
  }
}

/** The log's reader goes away: the server must go on serving or exit for its supervisor. */
async function logReaderGone(root: string): Promise<string> {
  const server = await startServer(root, []);
  try {
    server.child.stderr!.destroy();
    // Something to log: a visit.
    const t0 = performance.now();
    let visited = "no visit";
    try {
      const v = await visit(server.port, "127.7.0.1");
      v.channel.write("q");
      await sleep(300);
      v.client.end();
      visited = "a visit during it worked";
    } catch (e) {
      visited = `a visit failed (${(e as Error).message})`;
    }
    await until(() => server.child.exitCode !== null || server.child.signalCode !== null, 10_000);
    const code = server.child.exitCode;
    return code === null
      ? `log reader gone: ${visited}; server still running after 10 s`
      : `log reader gone: ${visited}; server exited with status ${code} ${((performance.now() - t0) / 1000).toFixed(1)} s later (for its supervisor)`;
  } finally {
    await server.stop();
  }
}

export async function abuse(root: string): Promise<void> {
  console.log("\n### under abuse (issue 13)");
  const botnet = (r: string) => idleSockets(r, 100, 1);
  for (const run of [resizeStorm, nonReader, idleSockets, botnet, logReaderGone]) {
    try {
      console.log(`- ${await run(root)}`);
    } catch (e) {
      console.log(`- ${run.name}: failed: ${(e as Error).message}`);
    }
  }
}
