/**
 * `npm run eval [-- DIR] [--json] [--markdown] [--out DIR] [-v] [--check-python]`
 *
 * The parser measured on a corpus of real documents (by default ../shared/realworld beside
 * the repository): every DIR/docs/<file> with a DIR/expected/<file>.json is parsed as
 * `resumes parse docs/<file> --format json` would parse it, and scored by the rules of the
 * corpus's reference scorer (score.py; scripts/eval/score.ts is the port), then checked for
 * values that are not in the document (invented.py; scripts/eval/invented.ts).
 * A developer tool: it is not part of the bundle (dist/) users get.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkPython } from "./eval/check-python.js";
import { measure, type Doc } from "./eval/corpus.js";
import {
  inventedPyLines,
  inventedSummary,
  jsonReport,
  markdown,
  scorePyLines,
  table,
} from "./eval/report.js";

const USAGE = `usage: npm run eval -- [DIR] [--json] [--markdown] [--out DIR] [-v] [--check-python]

  DIR             the corpus (DIR/docs, DIR/expected); default ../shared/realworld beside the repository
  --json          the figures as JSON
  --markdown      the scorecard as a Markdown table (the README's "Parser scorecard")
  --out DIR       also write each parse as DIR/<file>.json (what score.py and invented.py read)
  -v, --verbose   list the values the "nothing invented" check flags, and why documents did not load
  --check-python  run score.py and invented.py on the same outputs and compare (skipped without python3)`;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        markdown: { type: "boolean" },
        out: { type: "string" },
        verbose: { type: "boolean", short: "v" },
        "check-python": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`eval: give one DIR (got ${positionals.length})\n${USAGE}\n`);
    return 2;
  }
  // npm runs scripts in the repository's root; a relative path means the caller's folder.
  const here = process.env.INIT_CWD ?? process.cwd();
  const corpus = positionals[0] ? resolve(here, positionals[0]) : resolve(ROOT, "../shared/realworld");

  if (values["check-python"] && !existsSync(join(corpus, "expected"))) {
    // CI runs this beside a clone that may have no corpus next to it: nothing to compare.
    process.stdout.write(`check-python: skipped (no corpus at ${corpus})\n`);
    return 0;
  }
  let docs: Doc[];
  try {
    docs = await measure(corpus);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === "ENOENT" ? `no ${e.path ?? "such folder"}` : e.message;
    process.stderr.write(`eval: ${corpus}: ${why}\n`);
    return 1;
  }
  const date = new Date().toISOString().slice(0, 10);

  let out = values.out === undefined ? undefined : resolve(here, values.out);
  let temporary = false;
  if (values["check-python"] && out === undefined) {
    out = await mkdtemp(join(tmpdir(), "resumes-eval-"));
    temporary = true;
  }
  if (out !== undefined) await writeOutputs(out, docs);

  try {
    if (values["check-python"]) {
      const r = checkPython(corpus, out!, docs);
      if ("skipped" in r) {
        process.stdout.write(`check-python: skipped (${r.skipped})\n`);
        return 0;
      }
      process.stdout.write(r.lines.join("\n") + "\n");
      process.stdout.write(
        r.ok ? "check-python: the port agrees with score.py and invented.py\n" : "check-python: DIFFERENT\n",
      );
      return r.ok ? 0 : 1;
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(jsonReport(docs, corpus, date), null, 2) + "\n");
      return 0;
    }
    if (values.markdown) {
      process.stdout.write(markdown(docs, date).join("\n") + "\n");
      return 0;
    }
    process.stdout.write(textReport(corpus, docs, Boolean(values.verbose)).join("\n") + "\n");
    return 0;
  } finally {
    if (temporary) await rm(out!, { recursive: true, force: true });
  }
}

function textReport(corpus: string, docs: readonly Doc[], verbose: boolean): string[] {
  const { checked, flagged } = inventedSummary(docs);
  const failed = docs.filter((d) => d.output === null);
  const lines = [
    `Corpus ${corpus}: ${docs.length} documents with an expected profile, ${failed.length} did not load (they score 0).`,
    "",
    "score.py's figures (one line per document; then the mean per kind):",
    ...scorePyLines(docs),
    "",
    ...table(docs),
    "",
    `Nothing invented (invented.py): ${flagged.length} of ${checked.length} documents checked have values not in their text` +
      (verbose ? ":" : " (-v lists them)."),
  ];
  if (verbose) {
    lines.push(...inventedPyLines(docs));
    if (failed.length)
      lines.push("", "Did not load:", ...failed.map((d) => `  ${d.file}: ${d.error ?? "?"}`));
  }
  return lines;
}

/** Each parse as out/<file>.json; a document that did not load has none (a stale one is removed). */
async function writeOutputs(out: string, docs: readonly Doc[]): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const d of docs) {
    const path = join(out, `${d.file}.json`);
    if (d.output === null) await rm(path, { force: true });
    else await writeFile(path, d.output);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`eval: ${(err as Error)?.message ?? String(err)}\n`);
    process.exit(1);
  },
);
