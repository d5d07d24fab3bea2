/**
 * `resumes parse FILE [--format jsonresume|json]`: what the loader makes of one document.
 *
 * jsonresume (the default) prints a JSON Resume 1.0 document (strict formats: it validates
 * against the schema); json prints our native model, `source` fields (file and line of each
 * entry) and `ongoing` flags included. A file that does not load gives its one diagnostic
 * line on stderr and exit 1; warnings (something skipped) go to stderr and do not change
 * the exit code.
 */
import { defineCommand, formatFlag, fromFlag, fromFormat, usageError } from "../command/define.js";
import { loadOptions, refusePaths, reportDiagnostic } from "../cli/library.js";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { decode } from "../library/decode.js";
import { formatOf } from "../library/extensions.js";
import { loadDocument } from "../library/load.js";
import { explainDocument, explainText } from "../parse/explain.js";
import { sanitize } from "../text/sanitize.js";
import { toJsonResume } from "../profile/jsonresume.js";
import { jsonText } from "../print/json.js";
import { EXIT, type Io } from "../command/io.js";

const USAGE = "parse FILE [--format jsonresume|json] [--explain]";
const FORMATS = ["jsonresume", "json"] as const;

export const command = defineCommand({
  name: "parse",
  summary: "print what one document parses to, as JSON Resume or our native JSON",
  usage: [USAGE],
  description:
    "Load one file (.txt, .md, .markdown, .json, .yaml, .yml, .org, .rst, .adoc, .tex, .pdf, .docx;\n" +
    "- for standard input) and print its profile as JSON.\n" +
    "jsonresume (the default) is a JSON Resume 1.0 document; json is the native model,\n" +
    "with the file and line each entry came from. Problems go to stderr, one line each.",
  flags: [
    formatFlag(FORMATS, "jsonresume (default) or json (native, with sources)"),
    fromFlag,
    {
      name: "explain",
      description: "print every line with the section it fell in, how it was read and the entry it went to",
    },
  ],
  examples: [
    ["resumes parse cv.md", "the JSON Resume a Markdown résumé becomes"],
    ["resumes parse cv.txt --format json", "the native model, with source lines"],
    ["resumes parse cv.txt | jq .work", "just the experience"],
    ["pdftotext cv.pdf - | resumes parse -", "standard input (its format told from its bytes, or --from)"],
    ["resumes parse cv.md --explain", "why a job is missing: each line, its label and where it went"],
  ],
  async run({ flags, positionals }, io) {
    if (positionals.length === 0) return usageError(io, "parse", USAGE, "missing FILE");
    if (positionals.length > 1) {
      return usageError(io, "parse", USAGE, `give one FILE (got ${positionals.length})`);
    }
    const file = positionals[0]!;
    refusePaths([file], io);
    if (flags.explain) return explain(file, io);
    const format = (flags.format as (typeof FORMATS)[number] | undefined) ?? "jsonresume";
    const { entry, diagnostics } = await loadDocument(file, loadOptions(io, fromFormat(flags)));
    const errors = diagnostics.filter((d) => d.severity === "error");
    for (const d of diagnostics) reportDiagnostic(d, io);
    if (!entry || errors.length > 0) return EXIT.error;
    const doc = format === "json" ? entry.profile : toJsonResume(entry.profile, { strict: true });
    io.stdout.write(jsonText(doc));
    return EXIT.ok;
  },
});

/** `--explain`: the document's lines as the parser read them (text documents only). */
async function explain(file: string, io: Io): Promise<number> {
  const format = formatOf(file);
  if (format !== "text" && format !== "markdown") {
    io.stderr.write(`resumes: ${file}: --explain reads text documents (.txt, .md)\n`);
    return EXIT.error;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    io.stderr.write(
      `resumes: ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read"}\n`,
    );
    return EXIT.error;
  }
  const decoded = decode(bytes);
  if ("binary" in decoded) {
    io.stderr.write(`resumes: ${file}: ${decoded.binary}\n`);
    return EXIT.error;
  }
  const { lines } = explainDocument(sanitize(decoded.text), { file, format });
  io.stdout.write(explainText(lines, io.columns > 60 ? io.columns : 120) + "\n");
  return EXIT.ok;
}
