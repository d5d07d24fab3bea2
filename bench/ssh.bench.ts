/**
 * SSH load, loopback only and bounded: the server runs from the production bundle
 * (dist/cli.js) in a child process; this process opens N concurrent ssh2 sessions with a
 * pty (N = 100, 500, 1,000) and measures time to first frame, key round trip (p50/p95),
 * server RSS per session, and server heap after GC over repeated open/close rounds.
 *
 * Goals: 1,000 sessions on 2 cores, ≤ 250 KB RSS each, key round trip p95 ≤ 100 ms, no
 * heap growth over rounds. `SSH_BENCH_SIZES=100,500` to choose the sizes. Then the abuse
 * figures (bench/ssh-abuse.ts). `SSH_BENCH_PARTS=load` or `abuse` runs one part.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ssh2 from "ssh2";
import type { ClientChannel } from "ssh2";
import { abuse } from "./ssh-abuse.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const SIZES = (process.env.SSH_BENCH_SIZES ?? "100,500,1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const ROUNDS = Number(process.env.SSH_BENCH_ROUNDS ?? 6);
const ROUND_SIZE = Number(process.env.SSH_BENCH_ROUND_SIZE ?? 100);
const KEY_SAMPLES = 200;
const HANDSHAKE_CONCURRENCY = 25;

interface Server {
  child: ChildProcess;
  port: number;
  log(): string;
  stats(): Promise<{ rss: number; heapUsed: number; sessions: number; connections: number }>;
  stop(): Promise<void>;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

async function until<T>(fn: () => T | undefined | false, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v) return v;
    await sleep(20);
  }
  throw new Error(`bench: timed out waiting for ${what}`);
}

async function startServer(max: number): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "resumes-ssh-bench-"));
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      join(ROOT, "dist/cli.js"),
      "serve",
      join(ROOT, "seeds"),
      "--port",
      "0",
      "--listen",
      "127.0.0.1",
      "--host-key",
      join(dir, "host_key"),
      "--max-sessions",
      String(max),
      "--max-per-ip",
      String(max),
      "--login-grace",
      "120s",
      // Every bench visitor comes from 127.0.0.1, one network: the load part measures load.
      "--connection-rate",
      "10000:10000",
      "--max-startups",
      `${max}:30:${max}`,
      "--startups-per-network",
      String(max),
    ],
    { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let err = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const port = await until(
    () => Number(/listening on [^\s]+:(\d+)/.exec(err)?.[1]) || undefined,
    20_000,
    "the server",
  );
  const statLines = () => err.split("\n").filter((l) => l.includes("resumes: stats "));
  return {
    child,
    port,
    log: () => err,
    async stats() {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`bench: the server exited:\n${err.slice(-2000)}`);
      const before = statLines().length;
      child.kill("SIGUSR2");
      // Signals coalesce: ask again if a line does not come.
      let line: string | undefined;
      for (let attempt = 0; attempt < 5 && !line; attempt++) {
        line = await until(() => statLines()[before], 5_000, "stats").catch(() => {
          child.kill("SIGUSR2");
          return undefined;
        });
      }
      if (!line) throw new Error(`bench: no stats from the server:\n${err.slice(-2000)}`);
      const get = (k: string) => Number(new RegExp(`${k}=(\\d+)`).exec(line)?.[1] ?? NaN);
      return {
        rss: get("rss"),
        heapUsed: get("heapUsed"),
        sessions: get("sessions"),
        connections: get("connections"),
      };
    },
    async stop() {
      child.kill("SIGTERM");
      await until(() => child.exitCode !== null || child.signalCode !== null, 10_000, "exit").catch(() =>
        child.kill("SIGKILL"),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Visitor {
  client: ssh2.Client;
  channel: ClientChannel;
  firstFrameMs: number;
  onData(cb: () => void): void;
}

function openVisitor(port: number, i: number): Promise<Visitor> {
  return new Promise((resolvePromise, reject) => {
    const client = new ssh2.Client();
    const timer = setTimeout(() => reject(new Error("open timeout")), 60_000);
    client.on("error", (e) => reject(e));
    client.on("ready", () => {
      const t0 = performance.now();
      client.shell({ cols: 100, rows: 30, term: "xterm-256color" }, (err, channel) => {
        if (err) return reject(err);
        let waiter: (() => void) | undefined;
        let seen = 0;
        channel.on("data", (d: Buffer) => {
          seen += d.length;
          if (seen > 200 && !visitor.firstFrameMs) {
            visitor.firstFrameMs = performance.now() - t0;
            clearTimeout(timer);
            resolvePromise(visitor);
          }
          const w = waiter;
          waiter = undefined;
          w?.();
        });
        channel.on("error", () => {});
        const visitor: Visitor = {
          client,
          channel,
          firstFrameMs: 0,
          onData(cb) {
            waiter = cb;
          },
        };
      });
    });
    client.connect({ host: "127.0.0.1", port, username: `bench-visitor-${i}`, readyTimeout: 60_000 });
  });
}

async function openMany(port: number, n: number): Promise<Visitor[]> {
  const out: Visitor[] = [];
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      try {
        out.push(await openVisitor(port, i));
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: HANDSHAKE_CONCURRENCY }, worker));
  if (failed) console.log(`  ${failed} of ${n} sessions failed to open`);
  return out;
}

/** End every client; resolve when the server counts no connection open (its log is sampled). */
async function closeAll(visitors: Visitor[], server: Server): Promise<number> {
  const t0 = performance.now();
  for (const v of visitors) {
    v.client.on("error", () => {});
    v.client.end();
  }
  const end = Date.now() + 180_000;
  while (Date.now() < end) {
    if ((await server.stats()).connections === 0) break;
    await sleep(100);
  }
  return (performance.now() - t0) / 1000;
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (v: number) => `${Math.round(v / 1024)} KB`;
const mb = (v: number) => `${(v / 1024 / 1024).toFixed(1)} MB`;

async function keyRoundTrips(visitors: Visitor[]): Promise<number[]> {
  const times: number[] = [];
  const sample = visitors.slice(0, Math.min(KEY_SAMPLES, visitors.length));
  for (let round = 0; round < 2; round++) {
    for (const v of sample) {
      const t0 = performance.now();
      const got = new Promise<void>((r) => v.onData(r));
      v.channel.write(round === 0 ? "j" : "k");
      await Promise.race([got, sleep(5000)]);
      times.push(performance.now() - t0);
      // Let the frame finish arriving before the next key.
      await sleep(2);
    }
  }
  return times;
}

const PARTS = (process.env.SSH_BENCH_PARTS ?? "load,abuse").split(",");

export default async function bench(): Promise<void> {
  readFileSync(join(ROOT, "dist/cli.js")); // built by `npm run bench`
  if (PARTS.includes("load")) await load();
  if (PARTS.includes("abuse")) await abuse(ROOT);
}

async function load(): Promise<void> {
  const max = Math.max(...SIZES, ROUND_SIZE) + 50;
  const server = await startServer(max);
  try {
    // Warm-up: one session opened and closed, so lazy chunks and JIT are in place.
    await closeAll(await openMany(server.port, 5), server);
    const idle = await server.stats();
    console.log(`server idle: rss ${mb(idle.rss)}, heap ${mb(idle.heapUsed)} (after GC)`);
    console.log(
      "| sessions | opened | first frame p50 / p95 | key round trip p50 / p95 | server RSS | RSS per session | heap after GC |",
    );
    console.log("|---:|---:|---:|---:|---:|---:|---:|");
    for (const n of SIZES) {
      const base = await server.stats();
      const t0 = performance.now();
      const visitors = await openMany(server.port, n);
      const openSecs = (performance.now() - t0) / 1000;
      await sleep(500);
      const loaded = await server.stats();
      const keys = await keyRoundTrips(visitors);
      // And again once every session has had the same two keys: a session that has drawn
      // more than one frame holds more (React keeps a second fiber for each one that
      // re-rendered), so this is the figure for visitors who do something.
      for (const key of ["j", "k"]) {
        for (const v of visitors.slice(KEY_SAMPLES)) v.channel.write(key);
        await sleep(Math.max(300, visitors.length));
      }
      await sleep(500);
      const pressed = await server.stats();
      const frames = visitors.map((v) => v.firstFrameMs);
      // Against the idle server: RSS rarely goes back to the OS between sizes.
      const perSession = (loaded.rss - idle.rss) / Math.max(1, visitors.length);
      const per = (v: number) => v / Math.max(1, visitors.length);
      console.log(
        `| ${n} | ${visitors.length} in ${openSecs.toFixed(1)} s | ${ms(pct(frames, 50))} / ${ms(pct(frames, 95))} | ${ms(pct(keys, 50))} / ${ms(pct(keys, 95))} | ${mb(loaded.rss)} | ${kb(perSession)} | ${mb(loaded.heapUsed)} (+${kb(per(loaded.heapUsed - base.heapUsed))}/session) |`,
      );
      console.log(
        `|  | after j, k in each | | | ${mb(pressed.rss)} | ${kb(per(pressed.rss - idle.rss))} | ${mb(pressed.heapUsed)} (+${kb(per(pressed.heapUsed - base.heapUsed))}/session) |`,
      );
      const closeSecs = await closeAll(visitors, server);
      console.log(`|  | closed in ${closeSecs.toFixed(1)} s | | | | | |`);
    }

    // Open/close rounds: the heap after GC must not grow.
    const heaps: number[] = [];
    const rss: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const visitors = await openMany(server.port, ROUND_SIZE);
      for (const v of visitors.slice(0, 20)) v.channel.write("j");
      await sleep(200);
      await closeAll(visitors, server);
      const s = await server.stats();
      heaps.push(s.heapUsed);
      rss.push(s.rss);
    }
    console.log(
      `\nheap after GC over ${ROUNDS} rounds of ${ROUND_SIZE} sessions opened and closed: ${heaps.map(mb).join(", ")}`,
    );
    console.log(`rss after each round: ${rss.map(mb).join(", ")}`);
    const growth = (heaps[heaps.length - 1]! - heaps[1]!) / Math.max(1, ROUNDS - 2);
    console.log(`heap growth per round after the first: ${kb(growth)}`);
  } finally {
    await server.stop();
  }
}
