/**
 * Big libraries (issue 14): a generated folder of BENCH_FILES Markdown résumés (default
 * 10,000; bench/synth.ts, made once under .bench/), the built CLI on it, ratios to Node's
 * own start-up measured in the same run. Best of BENCH_RUNS (default 3) runs each: these
 * 2 cores are shared, so the best run is the one least disturbed by the others.
 *   - cold: a fresh cache folder; `list` until exit, the browser until its first frame
 *     (with progress) and until everything is loaded (in a pty, script(1));
 *   - warm: the same with the per-file cache (and the persisted search index) in place;
 *   - RSS: peak resident memory of `list`, `search` and the browser, per 10,000 profiles;
 *   - the search index build at ¼, ½ and all of the library (in this process), to show it
 *     is linear.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Engine } from "../src/search/engine.js";
import { synthFolder, synthLibrary } from "./synth.js";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".bench");
const cli = join(outDir, "dist-library", "cli.js");
const N = Number(process.env.BENCH_FILES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function env(home: string): NodeJS.ProcessEnv {
  const e: Record<string, string | undefined> = {
    ...process.env,
    HOME: home,
    XDG_CACHE_HOME: join(home, "cache"),
  };
  delete e.CI;
  delete e.FORCE_COLOR;
  delete e.RESUMES_CACHE;
  return e as NodeJS.ProcessEnv;
}

/**
 * Wall time, CPU time (user + system, all threads) and peak RSS (KB) of a piped command,
 * via /usr/bin/time when present. On shared cores the CPU time is the steadier figure.
 */
function run(args: string[], home: string): { ms: number; cpu?: number; kb?: number } {
  const timeBin = existsSync("/usr/bin/time");
  // The output is not kept (10,000 lines would overflow spawnSync's buffer).
  const stdio: ["ignore", "ignore", "pipe"] = ["ignore", "ignore", "pipe"];
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], {
        env: env(home),
        encoding: "utf8",
        stdio,
      })
    : spawnSync(process.execPath, args, { env: env(home), encoding: "utf8", stdio });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const [kb, user, sys] = timeBin ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [];
  return { ms, cpu: user === undefined ? undefined : (user + sys!) * 1000, kb };
}

/** Peak RSS (KB) of the resumes process under `pid` (script → sh → node). */
function peakOf(pid: number): number | undefined {
  const kids = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const argv = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0");
      if (argv[0] === process.execPath && argv[1]?.endsWith("cli.js")) {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
        if (m) return Number(m[1]);
      }
    } catch {
      // gone
    }
    stack.push(...kids(p));
  }
  return undefined;
}

/** The browser in a pty: ms to its first frame, ms until all N are loaded, peak RSS. */
function browser(folder: string, home: string): Promise<{ first: number; all: number; kb?: number }> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const child = spawn("script", ["-qfec", `${process.execPath} ${cli} browse ${folder}`, "/dev/null"], {
      env: { ...env(home), TERM: "xterm-256color", COLUMNS: "100", LINES: "30" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let seen = "";
    let first: number | undefined;
    const timer = setTimeout(
      () => finish(new Error(`not loaded within 30 min; saw ${seen.slice(-300)}`)),
      1_800_000,
    );
    let finished = false;
    const finish = (err?: Error, all?: number) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const kb = peakOf(child.pid!);
      child.kill("SIGKILL");
      if (err) fail(err);
      else done({ first: first!, all: all!, kb });
    };
    let all = false;
    child.stdout.on("data", (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex
      const text = chunk.toString("utf8").replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
      seen = (seen + text).slice(-20_000);
      if (first === undefined && /People|loading|finding/.test(seen)) first = ms();
      all ||= new RegExp(`People\\s+1/${N}\\b`).test(seen); // not "loading 21/10000"
      // Everyone is listed, and a redraw no longer says "loading" (Ink redraws changed lines only).
      if (first !== undefined && all && !/loading \d/.test(text)) finish(undefined, ms());
    });
    child.on("exit", () => setTimeout(() => finish(new Error(`exited; saw ${seen.slice(-300)}`)), 50));
  });
}

const best = (xs: number[]) => Math.min(...xs);
const cpuOf = (rs: { cpu?: number }[]) =>
  rs.some((r) => r.cpu === undefined) ? "" : `, ${fmt(best(rs.map((r) => r.cpu!)))} CPU`;
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const per10k = (kb: number | undefined) =>
  kb === undefined ? "?" : `${((kb / 1024) * (10_000 / N)).toFixed(0)} MB`;

export default async function library(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  rmSync(join(outDir, "dist-library"), { recursive: true, force: true });
  cpSync(join(root, "dist"), join(outDir, "dist-library"), { recursive: true });
  const folder = await synthFolder(outDir, N);
  const home = (name: string) => {
    const h = join(outDir, `home-${name}`);
    rmSync(h, { recursive: true, force: true });
    mkdirSync(h, { recursive: true });
    return h;
  };
  console.log(
    `${N} Markdown files (${folder}); best of ${RUNS} runs; ${new Date().toISOString().slice(0, 10)}`,
  );
  const node = best(Array.from({ length: 5 }, () => run(["-e", ""], home("node")).ms));
  console.log(`node -e ''                          ${fmt(node)}`);

  // Cold: each run with an empty cache.
  const coldList = Array.from({ length: Math.min(RUNS, N > 20_000 ? 1 : RUNS) }, () =>
    run([cli, "list", folder], home("cold-list")),
  );
  console.log(
    `cold list (parse all, write cache)   ${fmt(best(coldList.map((r) => r.ms)))}${cpuOf(coldList)}  (goal ≤ 10 s at 10,000)`,
  );
  const coldBrowser = [];
  for (let i = 0; i < Math.min(RUNS, N > 20_000 ? 1 : RUNS); i++)
    coldBrowser.push(await browser(folder, home("cold-browse")));
  console.log(
    `cold browser: first frame ${fmt(best(coldBrowser.map((b) => b.first)))} (goal ≤ 1 s, with progress), all loaded ${fmt(best(coldBrowser.map((b) => b.all)))}`,
  );

  // Warm: one cache, filled once.
  const warm = home("warm");
  run([cli, "list", folder], warm);
  run([cli, "search", "kafka", folder], warm); // builds and keeps the index
  const list = Array.from({ length: RUNS }, () => run([cli, "list", folder], warm));
  const search = Array.from({ length: RUNS }, () => run([cli, "search", "kafka", folder], warm));
  const wb = [];
  for (let i = 0; i < RUNS; i++) wb.push(await browser(folder, warm));
  const l = best(list.map((r) => r.ms));
  const s = best(search.map((r) => r.ms));
  console.log(
    `warm list                           ${fmt(l)}${cpuOf(list)}  ${(l / node).toFixed(1)}× node (goal ≤ 15×)`,
  );
  console.log(
    `warm search kafka                   ${fmt(s)}${cpuOf(search)}  ${(s / node).toFixed(1)}× node (goal ≤ 20×; ≤ 2 s at 100,000)`,
  );
  console.log(
    `warm browser: first frame ${fmt(best(wb.map((b) => b.first)))} (goal ≤ 1 s), all loaded ${fmt(best(wb.map((b) => b.all)))}`,
  );
  const cacheDir = join(warm, "cache", "resumes");
  for (const f of readdirSync(cacheDir)) {
    const { size } = await import("node:fs").then((fs) => fs.statSync(join(cacheDir, f)));
    console.log(
      `  cache file ${f.replace(/^files-[0-9a-f]+/, "files-…")}: ${(size / 1048576).toFixed(1)} MB`,
    );
  }
  console.log(
    `RSS per 10,000 profiles: list ${per10k(Math.min(...list.map((r) => r.kb ?? Infinity)))}, search ${per10k(Math.min(...search.map((r) => r.kb ?? Infinity)))}, browser ${per10k(Math.min(...wb.map((b) => b.kb ?? Infinity)))} (goal: browser < 1 GB at 100,000)`,
  );

  // The index build, in this process, at growing sizes: linear when ms per 1,000 stays
  // flat. CPU time (this process is one thread here), as wall time on shared cores is
  // mostly waiting for one.
  const sizes = [N / 4, N / 2, N].map(Math.round);
  const line: string[] = [];
  for (const n of sizes) {
    const lib = synthLibrary(n);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    new Engine(lib.entries).step();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    line.push(`${n}: ${fmt(ms)}, ${fmt(cpu)} CPU (${((cpu / n) * 1000).toFixed(0)} ms CPU per 1,000)`);
  }
  console.log(`index build  ${line.join(" · ")}`);
}
