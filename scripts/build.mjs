// Bundles src/cli.ts into dist/ with esbuild: one fast-starting entry, plus chunks that
// are loaded only when needed (the Ink browser, the SSH server). The published package
// needs no runtime dependency: everything it uses is inside dist/.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { bundleOptions } from "./esbuild-plugins.mjs";
import { assertPatched } from "./patches.mjs";

// The bundle is made from node_modules as patched by patch-package (patches/), as the tests run it.
assertPatched();

// Build beside dist/ and swap it in, so a test reading dist/ never sees half a build.
const out = `dist.tmp-${process.pid}`;

// `resumes --version` names the build: the git commit (when built in a clone) and the date
// (SOURCE_DATE_EPOCH, for a reproducible build, else today).
function buildId() {
  let commit = "";
  try {
    commit = execFileSync("git", ["rev-parse", "--short=10", "HEAD"], {
      encoding: "utf8",
      stdio: "pipe",
    }).trim();
  } catch {
    /* not a git clone (an unpacked tarball): the date alone */
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
    .toISOString()
    .slice(0, 10);
  return commit ? `${commit} ${date}` : `built ${date}`;
}

// RESUMES_METAFILE=path: also write esbuild's metafile there (to inspect the chunk graph).
const result = await build({
  metafile: Boolean(process.env.RESUMES_METAFILE),
  // The loader's worker thread (src/library/pool.ts starts it from dist/worker.js).
  entryPoints: { cli: "src/cli.ts", worker: "src/library/worker.ts" },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // RESUMES_MINIFY=0: readable output, for profiling.
  minify: process.env.RESUMES_MINIFY !== "0",
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // React's production build: faster, and no per-tree memory leak of the dev build.
  define: { "process.env.NODE_ENV": '"production"', RESUMES_BUILD: JSON.stringify(buildId()) },
  // Optional native helpers that ssh2 and Ink try to load inside try/catch.
  external: ["cpu-features", "*.node", "react-devtools-core"],
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __cr } from "node:module";',
      "const require = __cr(import.meta.url);",
      // CommonJS globals that bundled CJS code reads at load time (ssh2's agent.js).
      'import { fileURLToPath as __fu } from "node:url";',
      "const __filename = __fu(import.meta.url);",
      'const __dirname = __fu(new URL(".", import.meta.url));',
    ].join("\n"),
  },
  ...bundleOptions,
  logLevel: "warning",
});
if (process.env.RESUMES_METAFILE)
  writeFileSync(process.env.RESUMES_METAFILE, JSON.stringify(result.metafile));
rmSync("dist", { recursive: true, force: true });
renameSync(out, "dist");
