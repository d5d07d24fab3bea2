// esbuild plugins shared by the build (scripts/build.mjs) and the start-up bench.
import { readFile } from "node:fs/promises";
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

/**
 * Source edits to dependencies, each a plain text replacement that fails the build when
 * its text is no longer there (a dependency upgrade must look at it again).
 */
function edit(name, filter, replacements) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        let source = await readFile(args.path, "utf8");
        for (const [from, to] of replacements) {
          if (!source.includes(from))
            throw new Error(`${name}: no '${from}' in ${args.path}; update the plugin`);
          source = source.replaceAll(from, to);
        }
        return { contents: source, loader: "js" };
      });
    },
  };
}

// Yoga (Ink's layout engine) carries its WebAssembly as a base64 data: URL and, where
// `fetch` exists, fetches it: that loads Node's whole fetch implementation (undici) and
// percent-decodes 90 KB in JavaScript, ~20 ms of every browser start. Without `fetch`
// it decodes the same bytes itself.
export const yogaWithoutFetch = edit("yoga-without-fetch", /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/, [
  ['"function"!=typeof fetch', "!0"],
]);

// Every `import stringWidth from "string-width"` in the bundle (Ink's and wrap-ansi's
// included) gets src/text/fast-width.ts, which answers most strings itself and asks
// string-width for the rest. string-width itself builds its `\p{RGI_Emoji}` regex at
// import, 20-30 ms here (V8 expands the emoji set when it parses the pattern): it is
// made on first use instead, which the browser's usual text never needs.
const fastWidth = fileURLToPath(new URL("../src/text/fast-width.ts", import.meta.url));
const stringWidthLazy = edit("string-width-lazy", /[\\/]string-width[\\/]index\.js$/, [
  [
    "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;",
    'let rgi; const rgiEmojiRegex = { test: (s) => (rgi ??= new RegExp("^\\\\p{RGI_Emoji}$", "v")).test(s) };',
  ],
]);
export const fastStringWidth = {
  name: "fast-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === fastWidth ? undefined : { path: fastWidth },
    );
    stringWidthLazy.setup(b);
  },
};

// Ink's own frame rendering: scripts/ink-patches.mjs (memory and allocation per frame).
export const bundlePlugins = [notInCi, yogaWithoutFetch, fastStringWidth, inkPatches()];
