/**
 * `resumes browse [PATH...]`: the interactive browser on this terminal. When stdin and
 * stdout are not both terminals (a pipe, a script, an SSH exec), it runs `list` instead,
 * so `resumes | grep x` still works. Ink is imported only here, lazily.
 */
import { defineCommand } from "../cli/command.js";
import { LIMIT_FLAGS, openLibrary, pickEntry } from "../cli/library.js";
import { safe } from "../print/style.js";
import type { FlagValue } from "../cli/args.js";
import { Library } from "../library/library.js";
import { liveLibrary } from "../library/live.js";
import { EXIT, type Io } from "./io.js";

export const command = defineCommand({
  name: "browse",
  summary: "browse the profiles interactively (a list when not on a terminal)",
  usage: ["browse [PATH...] [--open WHO]"],
  description:
    "Open the browser on the files and folders named, else RESUMES_PATH, else your library\n" +
    "folder (~/.config/resumes), else the bundled examples. Keys: ? inside the browser.\n" +
    "When stdin or stdout is not a terminal, prints the list instead.",
  flags: [
    {
      name: "open",
      short: "o",
      kind: "string",
      value: "WHO",
      description: "start on this profile (id or name)",
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
      const limits = ["max-files", "max-bytes"].flatMap((f) =>
        flags[f] === undefined ? [] : [`--${f}`, String(flags[f])],
      );
      return list.run([...limits, "--", ...positionals], io);
    }
    // Load Ink and the app while the library loads: both take a few hundred ms.
    const tui = import("../tui/start.js");
    tui.catch(() => undefined);
    if (typeof flags.open !== "string") return browseAsItLoads(positionals, flags, io, tui);
    const opened = await openLibrary(positionals, io, { flags });
    const { library, sources } = opened;
    if (library.entries.length === 0) {
      if (!opened.failed)
        io.stderr.write(`resumes browse: no résumés found in ${safe(sources.description)}\n`);
      return EXIT.notFound;
    }
    const picked = pickEntry(library, flags.open, io, "browse");
    if (typeof picked === "number") return picked;
    const { startBrowser } = await tui;
    const browser = startBrowser({
      library,
      stdin: terminal.stdin,
      stdout: terminal.stdout,
      color: io.color,
      initialId: picked.id,
    });
    await browser.waitUntilExit();
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});

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
  const terminal = io.terminal!;
  let said = "";
  const quiet: Io = { ...io, stderr: { write: (s: string) => (said += s) } };
  const live = liveLibrary(new Library([]));
  const stop = new AbortController();
  const opening = openLibrary(positionals, quiet, {
    flags,
    onProgress: live.onProgress,
    signal: stop.signal,
  });
  opening.catch(() => undefined);
  const { startBrowser } = await tui;
  const browser = startBrowser({
    library: live,
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    color: io.color,
  });
  const quit = browser.waitUntilExit().then(() => "quit" as const);
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
  if (opened.library.entries.length === 0) {
    if (!opened.failed && !stop.signal.aborted)
      io.stderr.write(`resumes browse: no résumés found in ${safe(opened.sources.description)}\n`);
    return EXIT.notFound;
  }
  return opened.failed ? EXIT.error : EXIT.ok;
}
