/** YAML text → a JSON-like value and a line map, or the first error with its position. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml } from "yaml";
import { fileError } from "../diagnostic.js";
import { sanitize } from "../../text/sanitize.js";
import type { Read } from "./read.js";

export function readYaml(text: string, file: string): Read {
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const message = (first.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { error: fileError(file, `invalid YAML: ${sanitize(message)}`, pos?.line, pos?.col) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100, reviver: toJsonLike });
  } catch (err) {
    return {
      error: fileError(file, `invalid YAML: ${sanitize((err as Error).message.split("\n")[0] ?? "")}`),
    };
  }
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= yamlObjectLines(doc.contents, lineCounter)).get(path) };
}

/** Path → line of every mapping nested at most `maxDepth` deep (as jsonObjectLines). */
function yamlObjectLines(root: unknown, counter: LineCounter, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > maxDepth) return;
    if (isMap(node)) {
      if (path !== "" && node.range) lines.set(path, counter.linePos(node.range[0]).line);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, path === "" ? key : `${path}/${key}`, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => walk(item, path === "" ? String(k) : `${path}/${k}`, depth + 1));
    }
  };
  walk(root, "", 0);
  return lines;
}

/**
 * YAML values JSON does not have, made JSON-like: a timestamp (YAML 1.1) becomes its ISO
 * text (dates are then cut to `YYYY-MM-DD` by the import), a `!!set` an array, a `!!omap`
 * or a map with non-string keys a plain object; `!!binary` data is left out.
 */
function toJsonLike(_key: unknown, value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
  if (ArrayBuffer.isView(value)) return undefined;
  return value;
}
