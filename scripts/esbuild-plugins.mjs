// esbuild plugins shared by the build (scripts/build.mjs) and the start-up bench.
import { fileURLToPath } from "node:url";
import { inkPatches } from "./ink-patches.mjs";

// Ink decides "interactive" from the `is-in-ci` package (CI=true → final frame only).
// We decide it ourselves instead: the CLI opens the browser only when stdin and stdout
// are terminals, the SSH server only for a pty. So Ink always renders live.
export const notInCi = {
  name: "not-in-ci",
  setup(b) {
    b.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: "is-in-ci", namespace: "not-in-ci" }));
    b.onLoad({ filter: /.*/, namespace: "not-in-ci" }, () => ({ contents: "export default false;" }));
  },
};

// Every `import stringWidth from "string-width"` in the bundle (Ink's and wrap-ansi's
// included) gets src/text/fast-width.ts, which answers most strings itself and asks
// string-width for the rest.
const fastWidth = fileURLToPath(new URL("../src/text/fast-width.ts", import.meta.url));
export const fastStringWidth = {
  name: "fast-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === fastWidth ? undefined : { path: fastWidth },
    );
  },
};

// Source patches to Ink, its tokenizer, yoga-layout and string-width: scripts/ink-patches.mjs.
export const bundlePlugins = [notInCi, fastStringWidth, inkPatches()];
