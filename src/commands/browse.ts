/**
 * `resumes browse [PATH...]`: the interactive browser on this terminal. When stdin and
 * stdout are not both terminals (a pipe, a script, an SSH exec), it runs `list` instead,
 * so `resumes | grep x` still works. Ink is imported only here, lazily.
 */
import { defineCommand, fromFlag, fromFormat } from "../cli/command.js";
import { openLibrary, pickEntry } from "../cli/library.js";
import { safe } from "../print/style.js";
import { EXIT } from "./io.js";

export const command = defineCommand({
  name: "browse",
  summary: "browse the profiles interactively (a list when not on a terminal)",
  usage: ["browse [PATH...] [--open WHO]"],
  description:
    "Open the browser on the files and folders named, else RESUMES_PATH, else your library\n" +
    "folder (~/.config/resumes), else the bundled examples. Keys: ? inside the browser.\n" +
    "When stdin or stdout is not a terminal, prints the list instead.",
  flags: [
    fromFlag,
    {
      name: "open",
      short: "o",
      kind: "string",
      value: "WHO",
      description: "start on this profile (id or name)",
    },
  ],
  examples: [
    ["resumes", "the browser on your library, or the bundled examples"],
    ["resumes browse ~/cvs", "the résumés in a folder"],
    ["resumes browse --open abhirag", "start on one profile"],
  ],
  async run({ flags, positionals }, io) {
    const terminal = io.terminal;
    if (!terminal) {
      const { command: list } = await import("./list.js");
      return list.run(positionals, io);
    }
    // Load Ink and the app while the library loads: both take a few hundred ms.
    const tui = import("../tui/start.js");
    tui.catch(() => undefined);
    const opened = await openLibrary(positionals, io, { from: fromFormat(flags) });
    const { library, sources } = opened;
    if (library.entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes browse: no résumés found in ${safe(sources.description)}\n`);
      return EXIT.notFound;
    }
    let initialId: string | undefined;
    if (typeof flags.open === "string") {
      const picked = pickEntry(library, flags.open, io, "browse");
      if (typeof picked === "number") return picked;
      initialId = picked.id;
    }
    const { startBrowser } = await tui;
    const browser = startBrowser({
      library,
      stdin: terminal.stdin,
      stdout: terminal.stdout,
      color: io.color,
      initialId,
    });
    await browser.waitUntilExit();
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
