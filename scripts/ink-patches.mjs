// Build-time patches to Ink and its dependencies, applied by esbuild while bundling
// (scripts/esbuild-plugins.mjs). None changes a byte of what is drawn (test/tui/ink-patches.test.ts
// checks the patched functions against the originals); they change what a server with
// one Ink tree per SSH session allocates and keeps:
//
// - Ink's text measure and wrap caches are module-wide and never emptied: every distinct
//   string ever drawn stays in memory (a search query, each frame of a scrolled list).
//   Bounded here.
// - The tokenizer gave every character of every frame its own copy of its style list,
//   and compared neighbours' lists by building Sets: ~6 MB allocated per 100x30 frame,
//   which kept the young generation churning and promoted garbage into the old one.
//   Characters now share their run's (immutable) list, and equal lists are not diffed.
// - Ink kept the last frame twice (`lastOutput` and `lastOutputToRender`, the same text
//   plus a newline, flattened separately): ~9 KB per session at 100x30. One copy now.
//
// Two of Ink's own dependencies are patched for start-up (the browser's first frame):
//
// - yoga-layout carries its WebAssembly as a base64 data: URL and, where `fetch` exists,
//   fetches it: that loads Node's whole fetch implementation (undici) and percent-decodes
//   90 KB in JavaScript, ~20 ms. Without `fetch` it decodes the same bytes itself.
// - string-width builds its `\p{RGI_Emoji}` regex at import, 20-30 ms here (V8 expands
//   the emoji set when it parses the pattern): built on first use instead, which the
//   browser's usual text never needs (src/text/fast-width.ts measures it first).
//
// Each patch must match exactly once; if a package changes, the build fails and says which.
import { readFile } from "node:fs/promises";

/** @type {{ file: RegExp, name: string, find: string, replace: string }[]} */
export const PATCHES = [
  {
    file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
    name: "yoga decodes its wasm without fetch (sync path)",
    find: 'return w||"function"!=typeof fetch?',
    replace: "return w||!0?",
  },
  {
    file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
    name: "yoga decodes its wasm without fetch (instantiate)",
    find: 'ua(H)||"function"!=typeof fetch?',
    replace: "ua(H)||!0?",
  },
  {
    file: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
    name: "string-width's emoji regex built on first use",
    find: "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;",
    replace:
      'let rgi;\nconst rgiEmojiRegex = { test: (s) => (rgi ??= new RegExp("^\\\\p{RGI_Emoji}$", "v")).test(s) };',
  },
  {
    file: /[\\/]ink[\\/]build[\\/]measure-text\.js$/,
    name: "bounded measure cache",
    find: "    cache.set(text, dimensions);",
    replace: "    if (cache.size >= 256) cache.clear();\n    cache.set(text, dimensions);",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]wrap-text\.js$/,
    name: "bounded wrap cache (declaration)",
    find: "const cache = {};",
    replace: "let cache = {};\nlet cacheSize = 0;",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]wrap-text\.js$/,
    name: "bounded wrap cache (insertion)",
    find: "    cache[cacheKey] = wrappedText;",
    replace:
      "    if (++cacheSize > 256) {\n        cache = {};\n        cacheSize = 1;\n    }\n    cache[cacheKey] = wrappedText;",
  },
  {
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    name: "characters share their run's style list",
    // `codes` is replaced, never mutated (reduceAnsiCodesIncremental returns a new array),
    // and nothing downstream mutates a character's `styles`.
    find: "                styles: [...codes],",
    replace: "                styles: codes,",
  },
  {
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    name: "no diff between equal style lists",
    // diffAnsiCodes(a, a) and diffAnsiCodes([], []) are [] (nothing to undo or add).
    find: "            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));",
    replace:
      "            const prev = chars[i - 1].styles;\n            if (prev !== char.styles && (prev.length > 0 || char.styles.length > 0))\n                ret += ansiCodesToString(diffAnsiCodes(prev, char.styles));",
  },
  {
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    name: "no reset after an unstyled last character",
    find: "            ret += ansiCodesToString(diffAnsiCodes(char.styles, []));",
    replace:
      "            if (char.styles.length > 0)\n                ret += ansiCodesToString(diffAnsiCodes(char.styles, []));",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    name: "caches shared between frames (bounded)",
    // A frame's lines mostly were in the previous frame (and in other sessions' frames):
    // tokenizing them again for every frame was most of the work of a frame. Cached
    // values are never mutated.
    find: "    caches = new OutputCaches();",
    replace: "    caches = sharedOutputCaches();",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    name: "shared caches and blank cell",
    find: "export default class Output {",
    replace:
      "let outputCaches;\nconst sharedOutputCaches = () => {\n    if (!outputCaches || outputCaches.styledChars.size > 256 || outputCaches.widths.size > 2048 || outputCaches.blockWidths.size > 64)\n        outputCaches = new OutputCaches();\n    return outputCaches;\n};\n// Never mutated: a write replaces the cells it covers.\nconst blankCell = { type: 'char', value: ' ', fullWidth: false, styles: [] };\nexport default class Output {",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    name: "one blank cell object",
    find: "                row.push({\n                    type: 'char',\n                    value: ' ',\n                    fullWidth: false,\n                    styles: [],\n                });",
    replace: "                row.push(blankCell);",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    name: "printable ASCII is one column",
    find: "    getStringWidth(text) {\n",
    replace:
      "    getStringWidth(text) {\n        if (text.length === 1) {\n            const c = text.charCodeAt(0);\n            if (c >= 0x20 && c < 0x7f)\n                return 1;\n        }\n",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    name: "no slicing of a line that is inside the clip",
    find: "                            return sliceAnsi(line, from, to);",
    replace:
      "                            return from === 0 && to >= width ? line : sliceAnsi(line, from, to);",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
    name: "widest line from the measure cache (import)",
    find: "import wrapText from './wrap-text.js';",
    replace: "import wrapText from './wrap-text.js';\nimport measureText from './measure-text.js';",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
    name: "widest line from the measure cache",
    // measureText(text).width is widestLine(text), cached: a pane's text is measured once,
    // not again for every frame that draws it.
    find: "                const currentWidth = widestLine(text);",
    replace: "                const currentWidth = measureText(text).width;",
  },
  {
    file: /[\\/]ink[\\/]build[\\/]ink\.js$/,
    name: "one copy of the last frame",
    // `outputToRender` is `output` or `output + '\n'`; log-update keeps it (flattened).
    // `lastOutput` becomes a slice of that same string instead of a second copy.
    find: "        this.lastOutput = output;\n        this.lastOutputToRender = outputToRender;\n        this.lastOutputHeight = outputHeight;\n    };",
    replace:
      "        this.lastOutputToRender = outputToRender;\n        this.lastOutput = outputToRender === output ? output : outputToRender.slice(0, -1);\n        this.lastOutputHeight = outputHeight;\n    };",
  },
];

/** Apply the patches meant for `path` to `source`; throws when one does not match exactly once. */
export function patchSource(path, source) {
  let out = source;
  for (const p of PATCHES) {
    if (!p.file.test(path)) continue;
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0)
      throw new Error(`patch "${p.name}" does not match ${path} exactly once: has the package changed?`);
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return out;
}

/** The files PATCHES touch (each must be seen by the build). */
export function patchedFiles() {
  return [...new Set(PATCHES.map((p) => p.file))];
}

/** esbuild plugin: patches the files as they are loaded; fails the build if one was never seen. */
export function inkPatches() {
  return {
    name: "ink-patches",
    setup(b) {
      const seen = new Set();
      const filter = new RegExp(
        patchedFiles()
          .map((f) => f.source)
          .join("|"),
      );
      b.onLoad({ filter }, async (args) => {
        const files = patchedFiles().filter((f) => f.test(args.path));
        if (!files.length) return undefined;
        for (const f of files) seen.add(String(f));
        return { contents: patchSource(args.path, await readFile(args.path, "utf8")), loader: "js" };
      });
      b.onEnd((result) => {
        if (result.errors.length) return;
        const missing = patchedFiles().filter((f) => !seen.has(String(f)));
        if (missing.length) throw new Error(`ink patches: never loaded ${missing.join(", ")}`);
      });
    },
  };
}
