/**
 * YAML text → a JSON-like value and a line map, or the first error with its position.
 *
 * Read in two steps so that no document can make it slow or overflow the stack: the `yaml`
 * package's CST parser (iterative) first, then a walk of that CST without recursion that
 * refuses nesting deeper than MAX_DEPTH and a mapping with more than MAX_KEYS keys, both
 * with their line; only then is the CST composed into a document (which recurses). Duplicate
 * keys are found with a set per mapping (the package's `uniqueKeys` compares each key with
 * every one before it: quadratic). A plain scalar YAML reads as a number it cannot keep
 * exactly (`07700900123`, `0x1F`, `1e400`, `3.50`) is kept as its text.
 */
import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, type CST, type Document } from "yaml";
import { fileError } from "../diagnostic.js";
import { sanitize } from "../../text/sanitize.js";
import { MAX_DEPTH, MAX_KEYS } from "./limits.js";
import type { Read } from "./read.js";

export function readYaml(text: string, file: string): Read {
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const at = (offset: number) => lineCounter.linePos(offset);
  const shape = checkShape(tokens);
  if (shape) {
    const { line, col } = at(shape.offset);
    const message =
      shape.kind === "depth"
        ? `nested too deeply (more than ${MAX_DEPTH} levels)`
        : `a mapping with more than ${MAX_KEYS.toLocaleString("en-US")} keys`;
    return { error: fileError(file, message, line, col) };
  }
  let doc: Document.Parsed | undefined;
  for (const d of new Composer({ uniqueKeys: false }).compose(tokens, true, text.length)) {
    if (doc) {
      const { line, col } = at(d.range[0]);
      return { error: fileError(file, "invalid YAML: more than one document in the file", line, col) };
    }
    doc = d;
  }
  const error = doc!.errors[0];
  const first = error ? { offset: error.pos[0], message: error.message } : duplicateKey(doc!);
  if (first) {
    const { line, col } = at(first.offset);
    return {
      error: fileError(file, `invalid YAML: ${sanitize(first.message.split("\n")[0] ?? "")}`, line, col),
    };
  }
  let value: unknown;
  try {
    value = doc!.toJS({ maxAliasCount: 100, reviver: toJsonLike });
  } catch (err) {
    return {
      error: fileError(file, `invalid YAML: ${sanitize((err as Error).message.split("\n")[0] ?? "")}`),
    };
  }
  let lines: Map<string, number> | undefined;
  return { value, lineOf: (path) => (lines ??= yamlObjectLines(doc!.contents, lineCounter)).get(path) };
}

/** The first collection nested deeper than MAX_DEPTH, or mapping with over MAX_KEYS keys. */
function checkShape(tokens: CST.Token[]): { kind: "depth" | "keys"; offset: number } | undefined {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === "document") {
      stack.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_DEPTH) return { kind: "depth", offset: token.offset };
      const isMapping =
        token.type === "block-map" || (token.type === "flow-collection" && token.start.source === "{");
      if (isMapping && token.items.length > MAX_KEYS) return { kind: "keys", offset: token.offset };
      for (const item of token.items as CST.CollectionItem[]) {
        stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * The first key repeated in a mapping (as `uniqueKeys` would find it: scalar keys of the
 * same value), in linear time; on the way, number scalars YAML cannot keep exactly become
 * their source text. Without recursion (the depth is bounded, but so is the stack).
 */
function duplicateKey(doc: Document.Parsed): { offset: number; message: string } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) keepSourceText(node);
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          keepSourceText(pair.key);
          if (seen.has(pair.key.value))
            return { offset: pair.key.range?.[0] ?? 0, message: "Map keys must be unique" };
          seen.add(pair.key.value);
        } else stack.push(pair.key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return undefined;
}

/** `07700900123`, `0x1F`, `1e400`, `.inf`, `3.50` as written, not as the number they read as. */
function keepSourceText(node: { value: unknown; type?: string; source?: string }): void {
  if (node.type !== "PLAIN" || typeof node.source !== "string") return;
  const v = node.value;
  if ((typeof v === "number" || typeof v === "bigint") && String(v) !== node.source) node.value = node.source;
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
