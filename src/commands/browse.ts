/**
 * `resumes browse [PATH...]`: the interactive browser on this terminal. When stdin and
 * stdout are not both terminals (a pipe, a script, an SSH exec), it runs `list` instead,
 * so `resumes | grep x` still works. Ink is imported only here, lazily.
 */
import { defineCommand } from "../command/define.js";
import { openLibrary, pickEntry } from "../cli/library.js";
import { safe } from "../print/style.js";
import { EXIT } from "../command/io.js";
import { displayPath } from "../cli/paths.js";
import { localActions } from "./browse-local.js";

export const command = defineCommand({
  name: "browse",
  summary: "browse the profiles interactively (a list when not on a terminal)",
  usage: ["browse [PATH...] [--open WHO] [--theme auto|dark|light|mono] [--no-mouse]"],
  description:
    "Open the browser on the files and folders named, else RESUMES_PATH, else your library\n" +
    "folder (~/.config/resumes), else the bundled examples. Keys: ? inside the browser.\n" +
    "When stdin or stdout is not a terminal, prints the list instead.\n" +
    "The theme follows the terminal's background (COLORFGBG, else the terminal is asked);\n" +
    "--theme or RESUMES_THEME=dark|light|mono chooses one. NO_COLOR gives mono.",
  flags: [
    {
      name: "open",
      short: "o",
      kind: "string",
      value: "WHO",
      description: "start on this profile (id or name)",
    },
    {
      name: "theme",
      kind: "string",
      choices: ["auto", "dark", "light", "mono"],
      description: "colours for a dark or light background, or none (default: auto; env RESUMES_THEME)",
    },
    {
      name: "no-mouse",
      description: "leave the mouse to the terminal (text selection) instead of wheel and clicks",
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
    const opened = await openLibrary(positionals, io);
    const { library, sources } = opened;
    if (library.entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes browse: no résumés found in ${safe(sources.description)}\n`);
      return opened.failed ? EXIT.error : EXIT.notFound;
    }
    let initialId: string | undefined;
    if (typeof flags.open === "string") {
      const picked = pickEntry(library, flags.open, io, "browse");
      if (typeof picked === "number") return picked;
      initialId = picked.id;
    }
    const { startBrowser } = await tui;
    const { parseThemeName } = await import("../tui/background.js");
    const theme = parseThemeName(typeof flags.theme === "string" ? flags.theme : io.env.RESUMES_THEME);
    const browser = startBrowser({
      library,
      stdin: terminal.stdin,
      stdout: terminal.stdout,
      color: io.color,
      initialId,
      theme,
      colorfgbg: io.env.COLORFGBG,
      mouse: flags["no-mouse"] !== true,
      diagnostics: opened.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) })),
      local: localActions(sources.paths, io),
    });
    // SIGTERM and SIGHUP end the browser as q does: the terminal is restored, then exit.
    let signalled: NodeJS.Signals | undefined;
    const onSignal = (sig: NodeJS.Signals) => {
      signalled = sig;
      browser.unmount();
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGHUP", onSignal);
    try {
      await browser.waitUntilExit();
    } finally {
      process.off("SIGTERM", onSignal);
      process.off("SIGHUP", onSignal);
    }
    if (signalled) return 128 + (signalled === "SIGHUP" ? 1 : 15);
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
