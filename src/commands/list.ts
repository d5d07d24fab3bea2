/** `resumes list`: one line per loaded profile (label, headline, file). */
import { defineCommand, fromFlag } from "../command/define.js";
import { LIMIT_FLAGS, openLibrary } from "../cli/library.js";
import { sourcePath } from "../cli/paths.js";
import { jsonText, listItem, listLine } from "../print/json.js";
import { makeStyle, safe } from "../print/style.js";
import { truncate, width } from "../print/wrap.js";
import { EXIT } from "../command/io.js";

export const command = defineCommand({
  name: "list",
  summary: "list the loaded profiles, one line each",
  usage: ["list [PATH...] [--json] [--verbose]"],
  description:
    "List the profiles in the files and folders named (folders are searched recursively), else in\n" +
    "RESUMES_PATH, else in your library folder (~/.config/resumes), else the bundled examples.\n" +
    "Each line: the name (or headline), the headline, and the file it came from.",
  flags: [
    fromFlag,
    {
      name: "json",
      short: "j",
      description: "print a JSON array (id, label, named, headline, location, file, format, sections)",
    },
    {
      name: "verbose",
      short: "v",
      description: "say where the profiles came from and show load warnings (on stderr)",
    },
    ...LIMIT_FLAGS,
  ],
  examples: [
    ["resumes list", "the profiles in your library, or the bundled examples"],
    ["resumes list ~/cvs cv.md", "the profiles in a folder and a file"],
    ["resumes list --json | jq -r '.[].id'", "the ids, for scripts"],
    ["RESUMES_PATH=~/cvs:~/team resumes list -v", "two folders, saying where from"],
  ],
  async run({ flags, positionals }, io) {
    const opened = await openLibrary(positionals, io, { warnings: Boolean(flags.verbose), flags });
    const { library, sources } = opened;
    const entries = library.entries;
    if (flags.verbose) {
      const n = entries.length;
      io.stderr.write(`${n} profile${n === 1 ? "" : "s"} from ${safe(sources.description)}\n`);
    }
    if (flags.json) {
      io.stdout.write(jsonText(entries.map(listItem)));
      return opened.failed ? EXIT.error : EXIT.ok;
    }
    if (entries.length === 0) {
      if (!opened.failed) io.stderr.write(`resumes list: no résumés found in ${safe(sources.description)}\n`);
      return opened.failed ? EXIT.error : EXIT.notFound;
    }
    const st = makeStyle(io.color);
    const rows = entries.map((e) => {
      const item = listLine(e);
      const label = safe(item.label);
      const headline = item.headline && item.headline !== label ? item.headline : "";
      const where = safe(sourcePath(e.file, sources, io.cwd));
      return { label, headline, where };
    });
    // On a terminal, long labels are shortened; piped, nothing is cut.
    const labelW = Math.min(io.isTTY ? 32 : Infinity, Math.max(...rows.map((r) => width(r.label))));
    const headW = Math.max(0, ...rows.map((r) => width(r.headline)));
    const whereW = Math.max(...rows.map((r) => width(r.where)));
    // On a terminal, shorten the headline so each profile stays on one line.
    const room = io.isTTY ? Math.max(10, io.columns - labelW - whereW - 4) : Infinity;
    const hw = Math.min(headW, room);
    for (const r of rows) {
      const label = truncate(r.label, labelW);
      const headline = truncate(r.headline, hw);
      const line = [
        st.bold(label) + " ".repeat(labelW - width(label)),
        hw > 0 ? st.dim(headline) + " ".repeat(hw - width(headline)) : "",
        st.cyan(r.where),
      ].filter((x, i) => i !== 1 || hw > 0);
      io.stdout.write(line.join("  ").trimEnd() + "\n");
    }
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
