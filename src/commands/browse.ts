/**
 * `resumes browse [PATH...]`: the interactive browser on this terminal. When stdin and
 * stdout are not both terminals (a pipe, a script, an SSH exec), it runs `list` instead,
 * so `resumes | grep x` still works. Ink is imported only here, lazily.
 */
import { defineCommand, fromFlag } from "../command/define.js";
import { LIMIT_FLAGS, limitsFrom, openLibrary, pickEntry } from "../cli/library.js";
import { safe } from "../print/style.js";
import type { FlagValue } from "../command/args.js";
import { EXIT, type Io } from "../command/io.js";
import { displayPath, sourcePath } from "../cli/paths.js";
import type { Diagnostic } from "../library/diagnostic.js";
import { Library } from "../library/library.js";
import { liveLibrary } from "../library/live.js";
import { resolveSources, type Sources } from "../library/sources.js";
import type { BrowserHandle, BrowserOptions } from "../tui/start.js";
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
    fromFlag,
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
    ...LIMIT_FLAGS,
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
      const limits = ["max-files", "max-bytes", "from"].flatMap((f) =>
        flags[f] === undefined ? [] : [`--${f}`, String(flags[f])],
      );
      if (flags["follow-links"] === true) limits.push("--follow-links");
      return list.run([...limits, "--", ...positionals], io);
    }
    // Ink and the app load first (a few hundred ms): the browser's first frame, then the library.
    const tui = import("../tui/start.js");
    tui.catch(() => undefined);
    if (typeof flags.open !== "string") return browseAsItLoads(positionals, flags, io, tui);
    const opened = await openLibrary(positionals, io, { flags });
    const { library, sources } = opened;
    if (library.entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes browse: no résumés found in ${safe(sources.description)}\n`);
      return opened.failed ? EXIT.error : EXIT.notFound;
    }
    const picked = pickEntry(library, flags.open, io, "browse");
    if (typeof picked === "number") return picked;
    const { startBrowser } = await tui;
    const browser = startBrowser({
      library,
      ...(await browserOptions(flags, io, sources)),
      diagnostics: shownDiagnostics(opened.diagnostics, io),
      initialId: picked.id,
    });
    const signalled = await untilQuit(browser);
    if (signalled) return signalled;
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});

/** What both ways of starting the browser pass it: the terminal, theme, mouse, local actions. */
async function browserOptions(
  flags: Record<string, FlagValue | undefined>,
  io: Io,
  sources: Sources,
): Promise<Omit<BrowserOptions, "library">> {
  const terminal = io.terminal!;
  const { parseThemeName } = await import("../tui/background.js");
  return {
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    color: io.color,
    theme: parseThemeName(typeof flags.theme === "string" ? flags.theme : io.env.RESUMES_THEME),
    colorfgbg: io.env.COLORFGBG,
    mouse: flags["no-mouse"] !== true,
    fileName: (file) => sourcePath(file, sources, io.cwd),
    local: localActions(sources.paths, io, limitsFrom(flags)),
  };
}

/** The load's problems as the `!` view lists them: paths as the user would type them. */
function shownDiagnostics(diagnostics: readonly Diagnostic[], io: Io): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
}

/**
 * Until the browser ends. SIGTERM and SIGHUP end it as q does: the terminal is restored,
 * then the exit code for the signal is returned (undefined when the user quit).
 */
async function untilQuit(browser: BrowserHandle): Promise<number | undefined> {
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
  return signalled ? 128 + (signalled === "SIGHUP" ? 1 : 15) : undefined;
}

/**
 * The browser from the first frame: progress (files read of total) and the people as they
 * load, usable while the rest loads. What the load says on stderr waits until the screen
 * is restored (it would land inside the browser's frame).
 */
async function browseAsItLoads(
  positionals: string[],
  flags: Record<string, FlagValue | undefined>,
  io: Io,
  tui: Promise<typeof import("../tui/start.js")>,
): Promise<number> {
  let said = "";
  const quiet: Io = { ...io, stderr: { write: (s: string) => (said += s) } };
  const live = liveLibrary(new Library([]));
  const stop = new AbortController();
  const { startBrowser } = await tui;
  // The same sources openLibrary resolves (a pure function of the paths and env): for reload.
  const sources = resolveSources(positionals, { env: io.env, cwd: io.cwd });
  const browser = startBrowser({ library: live, ...(await browserOptions(flags, io, sources)) });
  let signalled: number | undefined;
  const quit = untilQuit(browser).then((code) => {
    signalled = code;
    return "quit" as const;
  });
  // The load starts once the first frame is drawn (the view has subscribed): it runs on
  // this thread between its files (a warm one reads its whole cache at once), and would
  // hold up Ink's import and first frame for as long.
  const before = await Promise.race([live.watched.then(() => "drawn" as const), quit]);
  if (before === "quit") stop.abort(); // gone before its first frame: nothing to load
  await new Promise<void>((done) => setImmediate(done));
  const opening = openLibrary(positionals, quiet, {
    flags,
    onProgress: live.onProgress,
    signal: stop.signal,
  });
  opening.catch(() => undefined);
  // Once loaded, the browser says what could not be read (and `!` lists it) at once.
  opening.then(
    (opened) => live.finish(shownDiagnostics(opened.diagnostics, io), opened.library),
    () => undefined,
  );
  const first = await Promise.race([
    opening.then(
      () => "loaded" as const,
      () => "failed" as const,
    ),
    quit,
  ]);
  if (first === "quit") stop.abort(); // quit while loading: stop the workers
  if (first === "failed") browser.unmount();
  if (first !== "quit") {
    const opened = await opening.catch(() => undefined);
    if (opened && opened.library.entries.length === 0) browser.unmount();
  }
  await quit;
  io.stderr.write(said);
  const opened = await opening; // a usage error (a bad --max-files) is thrown here, after the restore
  if (signalled) return signalled;
  if (opened.library.entries.length === 0) {
    if (!opened.failed && !stop.signal.aborted)
      io.stderr.write(`resumes browse: no résumés found in ${safe(opened.sources.description)}\n`);
    return opened.failed ? EXIT.error : EXIT.notFound;
  }
  return opened.failed ? EXIT.error : EXIT.ok;
}
