// Bundles src/cli.ts into dist/ with esbuild: one fast-starting entry, plus chunks that
// are loaded only when needed (the Ink browser, the SSH server). The published package
// needs no runtime dependency: everything it uses is inside dist/.
import { build } from "esbuild";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { inkPatches } from "./ink-patches.mjs";

// Build beside dist/ and swap it in, so a test reading dist/ never sees half a build.
const out = `dist.tmp-${process.pid}`;

// Ink decides "interactive" from the `is-in-ci` package (CI=true → final frame only).
// We decide it ourselves instead: the CLI opens the browser only when stdin and stdout
// are terminals, the SSH server only for a pty. So Ink always renders live.
const notInCi = {
  name: "not-in-ci",
  setup(b) {
    b.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: "is-in-ci", namespace: "not-in-ci" }));
    b.onLoad({ filter: /.*/, namespace: "not-in-ci" }, () => ({ contents: "export default false;" }));
  },
};
// RESUMES_METAFILE=path: also write esbuild's metafile there (to inspect the chunk graph).
const result = await build({
  metafile: Boolean(process.env.RESUMES_METAFILE),
  entryPoints: { cli: "src/cli.ts" },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
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
  plugins: [notInCi, inkPatches()],
  logLevel: "warning",
});
if (process.env.RESUMES_METAFILE) writeFileSync(process.env.RESUMES_METAFILE, JSON.stringify(result.metafile));
rmSync("dist", { recursive: true, force: true });
renameSync(out, "dist");
