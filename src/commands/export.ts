/** `resumes export [WHO] --format jsonresume|markdown|text [--out FILE]`. */
import { realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineCommand, formatFlag, UsageError, usageError, fromFlag, fromFormat } from "../cli/command.js";
import { openLibrary, pickEntry, refusePaths } from "../cli/library.js";
import { looksLikePath } from "../cli/paths.js";
import type { Entry } from "../library/library.js";
import { toJsonResume } from "../profile/jsonresume.js";
import { renderProfileMarkdown } from "../print/markdown.js";
import { makeStyle, safe } from "../print/style.js";
import { renderProfileText } from "../print/text.js";
import { jsonText } from "../print/json.js";
import { EXIT } from "./io.js";

const USAGE = "export [WHO] [PATH...] [--format jsonresume|markdown|text] [--out FILE]";
const FORMATS = ["jsonresume", "markdown", "text"] as const;
type ExportFormat = (typeof FORMATS)[number];

function render(entries: readonly Entry[], format: ExportFormat, one: boolean): string {
  if (format === "jsonresume") {
    // Interchange: drop our bookkeeping (source, ongoing) and make URLs, e-mails and
    // dates conform to the schema's formats. `show --json` keeps the native profile.
    const docs = entries.map((e) => toJsonResume(e.profile, { strict: true }));
    return jsonText(one ? docs[0] : docs);
  }
  if (format === "markdown") return entries.map((e) => renderProfileMarkdown(e)).join("\n---\n\n");
  const opts = { style: makeStyle(false), columns: 80 };
  return entries.map((e) => renderProfileText(e, opts)).join(`\n${"=".repeat(80)}\n\n`);
}

export const command = defineCommand({
  name: "export",
  summary: "write profiles as JSON Resume, Markdown or plain text",
  usage: [USAGE],
  description:
    "Export one profile (WHO: an id, a name or a prefix) or, without WHO, every loaded profile.\n" +
    "jsonresume (the default) writes a JSON Resume 1.0 document, or a JSON array of them when\n" +
    "exporting all; markdown and text write readable documents separated by a rule. Arguments\n" +
    "that are files or folders are where to load from, as in 'resumes list'.",
  flags: [
    fromFlag,
    formatFlag(FORMATS, "jsonresume (default), markdown or text"),
    {
      name: "out",
      short: "o",
      kind: "string",
      value: "FILE",
      description: "write to FILE instead of standard output",
    },
  ],
  examples: [
    ["resumes export utkarsh", "one profile as JSON Resume on stdout"],
    ["resumes export abhi -f markdown -o abhi.md", "one profile as Markdown, to a file"],
    ["resumes export --format text ./cvs", "every profile in a folder, as plain text"],
  ],
  async run({ flags, positionals }, io) {
    const format = (flags.format as ExportFormat | undefined) ?? "jsonresume";
    const names: string[] = [];
    const paths: string[] = [];
    for (const arg of positionals) (looksLikePath(arg, io) ? paths : names).push(arg);
    if (names.length > 1) {
      return usageError(
        io,
        "export",
        USAGE,
        `give at most one WHO (got ${names.map((n) => `'${safe(n)}'`).join(", ")})`,
      );
    }
    const opened = await openLibrary(paths, io, { from: fromFormat(flags) });
    let entries: readonly Entry[] = opened.library.entries;
    const who = names[0];
    if (who !== undefined) {
      const picked = pickEntry(opened.library, who, io, "export");
      if (typeof picked === "number") return opened.failed ? Math.max(picked, EXIT.error) : picked;
      entries = [picked];
    } else if (entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes export: no résumés found in ${safe(opened.sources.description)}\n`);
      return EXIT.notFound;
    }
    const text = render(entries, format, who !== undefined);
    const out = flags.out as string | undefined;
    if (out !== undefined && out !== "-") {
      refusePaths([out], io);
      const target = resolve(io.cwd, out);
      // An export never replaces a résumé it was made from (through a link either).
      const real = (file: string) => {
        try {
          return realpathSync(resolve(io.cwd, file));
        } catch {
          return resolve(io.cwd, file);
        }
      };
      const realTarget = real(out);
      if (opened.library.entries.some((e) => real(e.file) === realTarget))
        throw new UsageError(
          `'${safe(out)}' is one of the résumés being exported; choose another --out file`,
        );
      writeFileSync(target, text);
      io.stderr.write(`wrote ${entries.length} profile${entries.length === 1 ? "" : "s"} to ${safe(out)}\n`);
    } else {
      io.stdout.write(text);
    }
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
