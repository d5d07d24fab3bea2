// Bundles src/cli.ts into dist/ with esbuild: one fast-starting entry, plus chunks that
// are loaded only when needed (the Ink browser, the SSH server). The published package
// needs no runtime dependency: everything it uses is inside dist/.
import { build } from "esbuild";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { bundlePlugins } from "./esbuild-plugins.mjs";

// Build beside dist/ and swap it in, so a test reading dist/ never sees half a build.
const out = `dist.tmp-${process.pid}`;

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
  define: { "process.env.NODE_ENV": '"production"' },
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
  plugins: bundlePlugins,
  logLevel: "warning",
});
if (process.env.RESUMES_METAFILE) writeFileSync(process.env.RESUMES_METAFILE, JSON.stringify(result.metafile));
rmSync("dist", { recursive: true, force: true });
renameSync(out, "dist");
