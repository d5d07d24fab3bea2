// Bundles src/cli.ts into dist/ with esbuild: one fast-starting entry, plus chunks that
// are loaded only when needed (the Ink browser, the SSH server). The published package
// needs no runtime dependency: everything it uses is inside dist/.
import { build } from "esbuild";
import { renameSync, rmSync } from "node:fs";

// Build beside dist/ and swap it in, so a test reading dist/ never sees half a build.
const out = `dist.tmp-${process.pid}`;
await build({
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
    ].join("\n"),
  },
  logLevel: "warning",
});
rmSync("dist", { recursive: true, force: true });
renameSync(out, "dist");
