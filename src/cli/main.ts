/**
 * argv → command, for the process entry (src/cli.ts). Global options (`--help`,
 * `--version`), `resumes help CMD`, and the default: no command, or only paths, opens the
 * browser (`browse`, which falls back to `list` when not on a terminal).
 */
import { EXIT, type Io } from "../command/io.js";
import { COMMANDS, type Command } from "../command/registry.js";
import { shown } from "../command/args.js";
import { errorMessage } from "../command/define.js";
import { looksLikePath } from "./paths.js";

/** This package's version, from its package.json (shipped in every install). */
async function version(): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { packageRoot } = await import("../library/sources.js");
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string })
    .version;
}

/** The default command: the browser once it is registered, else the list. */
function defaultName(): string {
  return COMMANDS.browse ? "browse" : "list";
}

async function load(name: string): Promise<Command> {
  return (await COMMANDS[name]!()).command;
}

export async function overallHelp(): Promise<string> {
  // The order a newcomer reads them in; commands registered later follow.
  const order = ["browse", "list", "show", "search", "export", "parse", "serve"];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  const names = Object.keys(COMMANDS).sort((a, b) => rank(a) - rank(b));
  const commands = await Promise.all(names.map(async (n) => [n, (await load(n)).summary] as const));
  const w = Math.max(...names.map((n) => n.length));
  return [
    "resumes: browse résumés in the terminal, serve them over SSH, or look things up.",
    "",
    "Usage: resumes [PATH...]            open the browser (a list when not on a terminal)",
    "       resumes COMMAND [ARGS...]",
    "",
    "Commands:",
    ...commands.map(([n, s]) => `  ${n.padEnd(w)}  ${s}`),
    "",
    "Options:",
    "  -h, --help     show this help (resumes help COMMAND, or resumes COMMAND --help, for one command)",
    "  -V, --version  print the version",
    "",
    "Profiles come from the PATHs given, else RESUMES_PATH, else ~/.config/resumes, else the",
    "bundled examples. NO_COLOR=1 turns colour off; FORCE_COLOR=1 keeps it when piped.",
    "Exit codes: 0 ok, 1 error or nothing found, 2 usage error or ambiguous name.",
    "",
  ].join("\n");
}

/** The command `name` was probably meant to be: one edit or swap away, or a unique prefix. */
export async function suggest(name: string): Promise<string | undefined> {
  const { prefixDistance } = await import("../library/find.js"); // not in the entry chunk
  const names = Object.keys(COMMANDS);
  const n = name.toLowerCase();
  const prefixed = names.filter((c) => n.length >= 2 && c.startsWith(n));
  if (prefixed.length === 1) return prefixed[0];
  const close = names.filter(
    (c) => Math.abs(c.length - n.length) <= 1 && prefixDistance(n, c) <= 1 + Number(n.length >= 5),
  );
  return close.length === 1 ? close[0] : undefined;
}

async function unknownCommand(io: Io, name: string): Promise<number> {
  const guess = await suggest(name);
  io.stderr.write(
    `resumes: unknown command '${shown(name)}'${guess ? `; did you mean '${guess}'?` : ` (commands: ${Object.keys(COMMANDS).join(", ")})`}\n` +
      `Usage: resumes [PATH...] | resumes COMMAND [ARGS...]; try 'resumes --help'.\n`,
  );
  return EXIT.usage;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === "--version" || first === "-V") {
      io.stdout.write(`${await version()}\n`);
      return EXIT.ok;
    }
    if (first === "--help" || first === "-h") {
      io.stdout.write(await overallHelp());
      return EXIT.ok;
    }
    if (first === "help") {
      const topic = rest[0];
      if (topic === undefined || topic === "help") {
        io.stdout.write(await overallHelp());
        return EXIT.ok;
      }
      if (!Object.hasOwn(COMMANDS, topic)) return await unknownCommand(io, topic);
      io.stdout.write((await load(topic)).help);
      return EXIT.ok;
    }
    if (first !== undefined && Object.hasOwn(COMMANDS, first)) {
      return await (await load(first)).run(rest, io);
    }
    // No command: the default one, with the arguments as they are (paths, options).
    if (first === undefined || first.startsWith("-") || looksLikePath(first, io.cwd)) {
      return await (await load(defaultName())).run([...argv], io);
    }
    return await unknownCommand(io, first);
  } catch (err) {
    io.stderr.write(`resumes: ${errorMessage(err)}\n`);
    return EXIT.error;
  }
}
