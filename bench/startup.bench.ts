/**
 * Whole-process start-up times, median of several runs on these noisy cores:
 *   - `node -e ''`: Node alone, the floor;
 *   - `resumes list`, piped: the quick lookup path (goal: ≤ 1.5× Node alone);
 *   - a minimal Ink app bundled like the CLI (bench/fixtures/ink-min.tsx, built here into
 *     .bench/), time until its first frame shows in a pty;
 *   - `resumes` on a terminal (the browser), time until its first frame shows in a pty
 *     (goal: no slower than the minimal Ink app).
 * The pty is `script(1)`; the first frame is the first output containing the expected text.
 * Also prints how many bytes each path loads statically (esbuild metafile).
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type Metafile } from "esbuild";
// @ts-expect-error: a plain .mjs module of the build's plugins, without types
import { bundleOptions, notInCiAlias } from "../scripts/esbuild-plugins.mjs";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".bench");
// A private copy of dist/: another build swapping dist/ mid-run would break lazy imports.
// Under .bench/ it still finds the package (and seeds/) by walking up to package.json.
const cli = join(outDir, "dist", "cli.js");
const fixtures = join(root, "bench", "fixtures", "cvs");

const env = (extra: Record<string, string> = {}) => {
  const e: Record<string, string | undefined> = { ...process.env, ...extra };
  delete e.CI;
  delete e.FORCE_COLOR;
  return e as NodeJS.ProcessEnv;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Time a process from spawn to exit, stdout piped. */
function timeExit(cmd: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: env(extraEnv), stdio: ["ignore", "pipe", "pipe"], cwd: root });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Time a process in a pty (script -q) from spawn until its output contains `text`. */
function timeFirstFrame(
  command: string,
  text: string,
  extraEnv: Record<string, string> = {},
): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      env: env({ TERM: "xterm-256color", COLUMNS: "100", LINES: "30", ...extraEnv }),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let seen = "";
    let finished = false;
    const timer = setTimeout(
      () => finish(new Error(`no '${text}' within 20 s; saw: ${JSON.stringify(seen.slice(-300))}`)),
      20_000,
    );
    const finish = (err?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      child.kill("SIGKILL");
      if (err) fail(err);
      else done(ms);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      // eslint-disable-next-line no-control-regex
      if (seen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").includes(text)) finish();
    });
    child.on("exit", () =>
      setTimeout(
        () => finish(new Error(`exited before '${text}'; saw: ${JSON.stringify(seen.slice(-300))}`)),
        50,
      ),
    );
  });
}

function report(label: string, xs: number[]): number {
  const m = median(xs);
  console.log(
    `${label.padEnd(44)} median ${m.toFixed(0).padStart(5)} ms  (${xs.map((x) => x.toFixed(0)).join(", ")})`,
  );
  return m;
}

/**
 * Run every measurement once per round, round after round, so that load from other
 * processes on these shared cores falls on all of them alike; one warm-up round first.
 */
async function rounds(runs: number, cases: [string, () => number | Promise<number>][]): Promise<number[]> {
  for (const [, once] of cases) await once();
  const xs: number[][] = cases.map(() => []);
  for (let i = 0; i < runs; i++) for (const [k, [, once]] of cases.entries()) xs[k]!.push(await once());
  return cases.map(([label], k) => report(label, xs[k]!));
}

/**
 * The minimal Ink app, bundled as any project would (`patched`: with our build's options
 * too, to show how much of the browser's lead they are). Both are built from node_modules
 * as patch-package left it (patches/).
 */
async function bundleInkMin(patched: boolean): Promise<string> {
  const dir = join(outDir, patched ? "ink-min-patched" : "ink-min");
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(root, "bench", "fixtures", "ink-min.tsx")],
    outdir: dir,
    // As in the CLI: Ink's devtools module (which imports react-devtools-core) stays a
    // chunk that production never loads.
    splitting: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    external: ["react-devtools-core"],
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
    ...(patched ? bundleOptions : { alias: notInCiAlias }),
    logLevel: "error",
  });
  return join(dir, "ink-min.js");
}

/** Bytes each command path loads before it runs (static imports only), from a metafile. */
async function staticSizes(): Promise<void> {
  const r = await build({
    entryPoints: { cli: join(root, "src", "cli.ts") },
    outdir: join(outDir, "analyze"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    write: false,
    metafile: true,
    chunkNames: "chunks/[name]-[hash]",
    define: { "process.env.NODE_ENV": '"production"' },
    external: ["cpu-features", "*.node", "react-devtools-core"],
    ...bundleOptions,
    logLevel: "error",
  });
  const outs: Metafile["outputs"] = r.metafile!.outputs;
  const closure = (start: string) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const i of outs[o]!.imports) if (i.kind === "import-statement" && outs[i.path]) stack.push(i.path);
    }
    return seen;
  };
  const keys = Object.keys(outs).filter((k) => k.endsWith(".js"));
  const entry = keys.find((k) => k.endsWith("/cli.js"))!;
  const chunkOf = (name: string) => keys.find((k) => k.includes(`/chunks/${name}-`));
  for (const [label, key] of [
    ["dist/cli.js (entry)", entry],
    ["list", chunkOf("list")],
    ["browse", chunkOf("browse")],
  ] as const) {
    if (!key) continue;
    const files = closure(key);
    if (label !== "dist/cli.js (entry)") for (const f of closure(entry)) files.add(f);
    const byPkg = new Map<string, number>();
    let bytes = 0;
    for (const f of files) {
      bytes += outs[f]!.bytes;
      for (const [input, v] of Object.entries(outs[f]!.inputs)) {
        const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? "(ours)";
        byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + v.bytesInOutput);
      }
    }
    const top = [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(
      `static load of ${label.padEnd(20)} ${(bytes / 1024).toFixed(0).padStart(5)} KB: ${top.map(([p, b]) => `${p} ${(b / 1024).toFixed(0)} KB`).join(", ")}`,
    );
  }
}

export default async function startup(): Promise<void> {
  rmSync(join(outDir, "dist"), { recursive: true, force: true });
  cpSync(join(root, "dist"), join(outDir, "dist"), { recursive: true });
  const runs = 9;
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
    .version;
  console.log(`resumes ${version}, node ${process.version}; median of ${runs} runs after one warm-up`);
  const emptyModule = join(outDir, "empty.mjs");
  writeFileSync(emptyModule, "");
  const [node, nodeModule, list, listJson] = await rounds(runs, [
    ["node -e ''", () => timeExit(process.execPath, ["-e", ""])],
    ["node empty.mjs (Node + its ESM loader)", () => timeExit(process.execPath, [emptyModule])],
    ["resumes list (seeds), piped", () => timeExit(process.execPath, [cli, "list"])],
    ["resumes list (JSON Resume files), piped", () => timeExit(process.execPath, [cli, "list", fixtures])],
    ["resumes --version", () => timeExit(process.execPath, [cli, "--version"])],
    ["resumes list, cache off", () => timeExit(process.execPath, [cli, "list"], { RESUMES_CACHE: "0" })],
  ]);
  console.log(
    `list / node alone: ${(list! / node!).toFixed(2)}× (seeds), ${(listJson! / node!).toFixed(2)}× (JSON); ` +
      `list / node running an empty ES module: ${(list! / nodeModule!).toFixed(2)}×; goal ≤ 1.5×`,
  );

  const inkMin = await bundleInkMin(false);
  const inkMinPatched = await bundleInkMin(true);
  const ptyRuns = 9;
  const [nodePty, ink, inkPatched, browser] = await rounds(ptyRuns, [
    [
      "node in a pty (script), first output",
      () => timeFirstFrame(`${process.execPath} -e 'console.log("node ready")'`, "node ready"),
    ],
    [
      "minimal bundled Ink app, first frame",
      () => timeFirstFrame(`${process.execPath} ${inkMin}`, "minimal ink app ready"),
    ],
    [
      "minimal Ink app with our bundle's plugins",
      () => timeFirstFrame(`${process.execPath} ${inkMinPatched}`, "minimal ink app ready"),
    ],
    [
      "resumes (browser), first frame",
      () => timeFirstFrame(`${process.execPath} ${cli}`, "Grace Hopper", { RESUMES_PATH: fixtures }),
    ],
  ]);
  console.log(
    `pty overhead ${nodePty!.toFixed(0)} ms; browser first frame / minimal Ink app: ${(browser! / ink!).toFixed(2)}× (goal ≤ 1×); ` +
      `/ the same app with our plugins: ${(browser! / inkPatched!).toFixed(2)}×`,
  );
  await staticSizes();
}

if (import.meta.url === `file://${process.argv[1]}`) await startup();
