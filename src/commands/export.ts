/** `resumes export [WHO] --format jsonresume|markdown|text [--out FILE]`. */
import { realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineCommand, formatFlag, fromFlag, UsageError, usageError } from "../command/define.js";
import { LIMIT_FLAGS, openLibrary, pickEntry, refusePaths } from "../cli/library.js";
import { looksLikePath } from "../cli/paths.js";
import type { Entry } from "../library/library.js";
import { toJsonResume } from "../profile/jsonresume.js";
import { renderProfileMarkdown } from "../print/markdown.js";
import { makeStyle, safe } from "../print/style.js";
import { renderProfileText } from "../print/text.js";
import { jsonText } from "../print/json.js";
import { EXIT } from "../command/io.js";

const USAGE = "export [WHO] [PATH...] [--format jsonresume|markdown|text] [--out FILE]";
const FORMATS = ["jsonresume", "markdown", "text"] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * The export, one profile at a time (so a large one is written as it is made, with the
 * output's backpressure between profiles); joined, the chunks are the whole document.
 */
function* render(entries: readonly Entry[], format: ExportFormat, one: boolean): Generator<string> {
  if (format === "jsonresume") {
    // Interchange: drop our bookkeeping (source; ongoing where JSON Resume implies it) and
    // make URLs, e-mails and dates conform to the schema's formats. `show --json` keeps the
    // native profile.
    const doc = (e: Entry) => jsonText(toJsonResume(e.profile, { strict: true }));
    if (one) return yield doc(entries[0]!);
    // The same text as jsonText(array): each document indented by two spaces.
    for (let i = 0; i < entries.length; i++) {
      const body = doc(entries[i]!).trimEnd().replace(/^/gm, "  ");
      yield `${i === 0 ? "[\n" : ",\n"}${body}`;
    }
    return yield "\n]\n";
  }
  const separator = format === "markdown" ? "\n---\n\n" : `\n${"=".repeat(80)}\n\n`;
  const opts = { style: makeStyle(false), columns: 80 };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    yield (
      (i ? separator : "") + (format === "markdown" ? renderProfileMarkdown(e) : renderProfileText(e, opts))
    );
  }
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
    ...LIMIT_FLAGS,
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
    const opened = await openLibrary(paths, io, { flags });
    let entries: readonly Entry[] = opened.library.entries;
    const who = names[0];
    if (who !== undefined) {
      const picked = pickEntry(opened.library, who, io, "export");
      if (typeof picked === "number") return opened.failed ? Math.max(picked, EXIT.error) : picked;
      entries = [picked];
    } else if (entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes export: no résumés found in ${safe(opened.sources.description)}\n`);
      return opened.failed ? EXIT.error : EXIT.notFound;
    }
    const chunks = render(entries, format, who !== undefined);
    const out = flags.out as string | undefined;
    if (out !== undefined && out !== "-") {
      const text = [...chunks].join("");
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
      for (const chunk of chunks) {
        io.stdout.write(chunk);
        // A slow reader (an SSH visitor) holds the export here, not in memory.
        await io.stdout.ready?.();
      }
    }
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
