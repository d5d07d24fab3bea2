// esbuild options shared by the build (scripts/build.mjs) and the start-up bench.
// Ink and its dependencies are patched in node_modules by patch-package (patches/, applied
// by `npm install`/`npm ci`), so the bundle is built from the same code the tests run.
import { fileURLToPath } from "node:url";

// Ink decides "interactive" from the `is-in-ci` package (CI=true → final frame only).
// We decide it ourselves instead: the CLI opens the browser only when stdin and stdout
// are terminals, the SSH server only for a pty. So Ink always renders live.
export const notInCiAlias = { "is-in-ci": fileURLToPath(new URL("./not-in-ci.mjs", import.meta.url)) };

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

export const bundlePlugins = [fastStringWidth];

/**
 * What the CLI's bundle adds to esbuild's defaults. `keepNames`: minified classes keep
 * their names (ssh2 recognises its session objects by `constructor.name === "Session"`).
 * `supported`: a regex literal with `\p{…}` stays a literal. esbuild's Node targets rewrite
 * it as `new RegExp("…", "u")` (Unicode property names vary with the Unicode version), which
 * builds a new RegExp object at every evaluation (~120 ns each; the parser evaluates such
 * literals thousands of times per file); Node 20 reads them, and the tests run them unbundled.
 */
export const bundleOptions = {
  alias: notInCiAlias,
  keepNames: true,
  plugins: bundlePlugins,
  supported: { "regexp-unicode-property-escapes": true },
};
