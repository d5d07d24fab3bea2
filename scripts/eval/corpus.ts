/**
 * A measuring corpus (DIR/docs/<file>, DIR/expected/<file>.json) parsed and scored: each
 * document that has an expected profile goes through the loader the `parse` command uses
 * (loadDocument, in this process), so its native JSON is what `resumes parse docs/<file>
 * --format json` prints when run in DIR; a document that does not load scores 0 on every
 * field that applies, as score.py scores a missing output.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadDocument } from "../../src/library/load.js";
import { jsonText } from "../../src/print/json.js";
import { checksInvented, documentText, inventedFlags } from "./invented.js";
import { extensionOf, kindOf, readTruth, score, type Kind, type Scores, type Truth } from "./score.js";

export interface Doc {
  /** The document's name in DIR/docs. */
  file: string;
  kind: Kind;
  /** Its extension: md, txt, pdf, json, ... */
  format: string;
  truth: Truth;
  /** `resumes parse docs/<file> --format json` as printed, or null when it did not load. */
  output: string | null;
  /** Why it did not load (the loader's one line). */
  error?: string;
  scores: Scores;
  /** invented.py's flags, or undefined when the check does not look at this document. */
  invented?: string[];
}

/** Parse and score every document of `dir` that has an expected profile, in sorted order. */
export async function measure(dir: string): Promise<Doc[]> {
  const names = (await readdir(join(dir, "expected"))).filter((n) => n.endsWith(".json")).sort(byCodePoint);
  const docs: Doc[] = [];
  for (const name of names) {
    const file = name.slice(0, -".json".length);
    let truth: Truth;
    try {
      truth = readTruth(JSON.parse(await readFile(join(dir, "expected", name), "utf8")));
    } catch (err) {
      throw new Error(`expected/${name}: ${(err as Error).message}`);
    }
    const { output, error } = await parse(dir, file);
    const parsed = output === null ? null : (JSON.parse(output) as Record<string, unknown>);
    const doc: Doc = {
      file,
      kind: kindOf(file),
      format: extensionOf(file),
      truth,
      output,
      scores: score(truth, parsed),
    };
    if (error !== undefined) doc.error = error;
    if (parsed !== null && checksInvented(file)) {
      doc.invented = inventedFlags(documentText(await readFile(join(dir, "docs", file))), parsed);
    }
    docs.push(doc);
  }
  return docs;
}

/** What the `parse` command does with docs/<file>, run in `dir`: its stdout, or its error. */
async function parse(dir: string, file: string): Promise<{ output: string | null; error?: string }> {
  const { entry, diagnostics } = await loadDocument(join("docs", file), { cwd: dir });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!entry || errors.length > 0) {
    const d = errors[0];
    return { output: null, error: d ? `${d.message}${d.line ? ` (line ${d.line})` : ""}` : "did not load" };
  }
  return { output: jsonText(entry.profile) };
}

/** Python's `sorted()` of names: by code point. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = x[k]!.codePointAt(0)! - y[k]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
