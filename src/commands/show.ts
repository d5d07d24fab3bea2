/** `resumes show WHO [SECTION]`: one profile, or one of its sections, laid out for reading. */
import { defineCommand, fromFlag, usageError } from "../command/define.js";
import { LIMIT_FLAGS, openLibrary, pickEntry } from "../cli/library.js";
import { looksLikePath } from "../cli/paths.js";
import { hasSection, sectionTitle } from "../print/blocks.js";
import { jsonText, showJson } from "../print/json.js";
import { makeStyle, safe } from "../print/style.js";
import { renderProfileText, renderSectionText } from "../print/text.js";
import { SECTIONS, findSection, type SectionId } from "../profile/sections.js";
import { EXIT } from "../command/io.js";
import { didYouMean } from "../command/suggest.js";

/** How the loader names standard input (as STDIN_NAME in library/load.ts, not imported: start-up). */
const STDIN_NAME = "stdin";

const USAGE = "show WHO [SECTION] [PATH...] [--json]";

export const command = defineCommand({
  name: "show",
  summary: "show one profile, or one section of it",
  usage: [USAGE],
  description:
    "Show a profile laid out for reading. WHO is an id, a name, or a prefix of either\n" +
    "(a name word or the headline works too; one typo is forgiven). SECTION is one of\n" +
    `${SECTIONS.map((s) => s.id).join(", ")} (or a prefix or alias: exp, work, stack).\n` +
    "Ambiguous WHO: the candidates are listed and the exit code is 2; no match: exit 1.",
  flags: [
    fromFlag,
    {
      name: "json",
      short: "j",
      description:
        "print JSON: {id, label, named, file, format, profile} or, with a SECTION, {..., section, content}",
    },
    ...LIMIT_FLAGS,
  ],
  examples: [
    ["resumes show utkarsh", "the whole profile"],
    ["resumes show gupta experience", "one section"],
    ["resumes show abhi skills --json", "a section's content as JSON"],
    ["resumes show 'Jane Doe' ./cvs", "a profile from a folder"],
    ["cat cv.md | resumes show -", "the résumé on standard input"],
  ],
  async run({ flags, positionals }, io) {
    // `show - [SECTION]`: the profile on standard input (`cat cv.md | resumes show -`).
    const stdin = positionals[0] === "-";
    const [who, ...rest] = stdin ? [STDIN_NAME, ...positionals.slice(1)] : positionals;
    if (who === undefined || who.trim() === "")
      return usageError(io, "show", USAGE, "say whose profile to show (WHO)");
    let section: SectionId | undefined;
    const paths: string[] = stdin ? ["-"] : [];
    for (const arg of rest) {
      const s = section === undefined && !/[\\/]/.test(arg) ? findSection(arg) : undefined;
      if (s) section = s;
      else if (looksLikePath(arg, io)) paths.push(arg);
      else {
        const ids = SECTIONS.map((x) => x.id);
        const guess = /[\\/]/.test(arg) ? undefined : didYouMean(arg, ids);
        const known = guess ? `did you mean '${guess}'?` : `sections: ${ids.join(", ")}`;
        return usageError(
          io,
          "show",
          USAGE,
          `'${safe(arg)}' is neither a section nor a file or folder; ${known}`,
        );
      }
    }
    const opened = await openLibrary(paths, io, { flags });
    const fromStdin = stdin ? opened.library.entries.find((e) => e.file === STDIN_NAME) : undefined;
    if (stdin && !fromStdin) return EXIT.error; // its one error line is on stderr
    const picked = fromStdin ?? pickEntry(opened.library, who, io, "show");
    if (typeof picked === "number") return opened.failed ? Math.max(picked, EXIT.error) : picked;
    if (section && !hasSection(picked.profile, section)) {
      io.stderr.write(
        `resumes show: ${safe(picked.label)} has no ${sectionTitle(section).toLowerCase()} section\n`,
      );
      return opened.failed ? EXIT.error : EXIT.notFound;
    }
    if (flags.json) {
      io.stdout.write(jsonText(showJson(picked, section)));
    } else {
      const opts = { style: makeStyle(io.color), columns: io.isTTY ? io.columns : Math.max(io.columns, 80) };
      io.stdout.write(section ? renderSectionText(picked, section, opts) : renderProfileText(picked, opts));
    }
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
