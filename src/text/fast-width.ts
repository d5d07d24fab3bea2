/**
 * What the bundle gives every `import stringWidth from "string-width"` (Ink's and
 * wrap-ansi's included, scripts/esbuild-plugins.mjs): THE width of src/text/width.ts, so
 * Ink measures text exactly as the browser lays it out. Only the options the browser never
 * uses (wide ambiguous characters, counting escape codes) go to string-width itself.
 */
import stringWidth from "string-width";
import { width } from "./width.js";

export { isPlainNarrow } from "./width.js";

type Options = Parameters<typeof stringWidth>[1];

export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input !== "string" || input.length === 0) return 0;
  if (options && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes))
    return stringWidth(input, options);
  return width(input);
}
