/**
 * argv → command, for the process entry (src/cli.ts). Global options (`--help`,
 * `--version`, `--color=WHEN` anywhere before `--`), `resumes help CMD`, and the default:
 * no command, or only paths, opens the browser (`browse`) on a terminal and runs `list`
 * (with the same options: `resumes --json | jq`) when not.
 */
import { EXIT, type Io } from "../command/io.js";
import { COMMANDS, type Command } from "../command/registry.js";
import { shown } from "../command/args.js";
import { errorMessage } from "../command/define.js";
import { looksLikePath } from "./paths.js";
import type { CommandInfo } from "./completion.js";

/** The build, baked in by scripts/build.mjs: "<commit> <date>" (undefined when run from source). */
declare const RESUMES_BUILD: string | undefined;

/** This package's version, from its package.json (shipped in every install), and the build. */
export async function version(): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { packageRoot } = await import("../library/sources.js");
  const v = (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string })
    .version;
  const build = typeof RESUMES_BUILD === "string" ? RESUMES_BUILD : "from source";
  return `resumes ${v} (${build})`;
}

/** The default command: the browser on a terminal, else the list (which takes its options). */
function defaultName(io: Io): string {
  return io.terminal && COMMANDS.browse ? "browse" : "list";
}

const COLOR_WHEN = ["auto", "always", "never"] as const;

/**
 * Takes `--color WHEN` / `--color=WHEN` out of argv (before any `--`) and applies it to io:
 * always and never override the terminal test and NO_COLOR/FORCE_COLOR; auto keeps them.
 */
export function applyColorOption(
  argv: readonly string[],
  io: Io,
): { argv: string[]; io: Io } | { error: string } {
  const out: string[] = [];
  let when: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (a === "--color" || a.startsWith("--color=")) {
      const v = a === "--color" ? argv[++i] : a.slice("--color=".length);
      if (v === undefined || !(COLOR_WHEN as readonly string[]).includes(v))
        return { error: `option --color must be one of ${COLOR_WHEN.join(", ")}; got '${shown(v ?? "")}'` };
      when = v;
      continue;
    }
    out.push(a);
  }
  if (when === "always" || when === "never") return { argv: out, io: { ...io, color: when === "always" } };
  return { argv: out, io };
}

async function load(name: string): Promise<Command> {
  return (await COMMANDS[name]!()).command;
}

const COMPLETION: CommandInfo = {
  name: "completion",
  summary: "print a shell completion script: bash, zsh or fish",
  help: [
    "Usage: resumes completion bash|zsh|fish",
    "",
    "Print a completion script for the shell, made from the commands' help.",
    "",
    "Options:",
    "  -h, --help  show this help",
    "",
    "Examples:",
    "  source <(resumes completion bash)                               # bash, this shell",
    '  resumes completion zsh > "${fpath[1]}/_resumes"                 # zsh',
    "  resumes completion fish > ~/.config/fish/completions/resumes.fish  # fish",
    "",
  ].join("\n"),
};

/** Every command's name, summary and help, in the order a newcomer reads them. */
export async function commandInfos(): Promise<CommandInfo[]> {
  // Commands registered later follow these.
  const order = ["browse", "list", "show", "search", "export", "parse", "serve"];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  const names = Object.keys(COMMANDS).sort((a, b) => rank(a) - rank(b));
  const infos = await Promise.all(
    names.map(async (name) => {
      const c = await load(name);
      return { name, summary: c.summary, help: c.help };
    }),
  );
  return [...infos, COMPLETION];
}

async function completion(shell: string | undefined, extra: readonly string[], io: Io): Promise<number> {
  if (shell === "--help" || shell === "-h") {
    io.stdout.write(COMPLETION.help);
    return EXIT.ok;
  }
  const { SHELLS, completionScript } = await import("./completion.js");
  if (!shell || !(SHELLS as readonly string[]).includes(shell) || extra.length > 0) {
    const { didYouMean } = await import("../command/suggest.js");
    const guess = shell ? didYouMean(shell, SHELLS) : undefined;
    io.stderr.write(
      `resumes completion: ${shell ? `unknown shell '${shown(shell)}'` : "say which shell"}` +
        `${guess ? `; did you mean '${guess}'?` : ` (${SHELLS.join(", ")})`}\n` +
        "Usage: resumes completion bash|zsh|fish\n",
    );
    return EXIT.usage;
  }
  io.stdout.write(completionScript(shell as (typeof SHELLS)[number], await commandInfos()));
  return EXIT.ok;
}

export async function overallHelp(): Promise<string> {
  const commands = (await commandInfos()).map((c) => [c.name, c.summary] as const);
  const w = Math.max(...commands.map(([n]) => n.length));
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
    "  -V, --version  print the version and build",
    "  --color WHEN   colour: auto (a terminal, unless NO_COLOR; FORCE_COLOR=1 when piped), always, never",
    "",
    "Profiles come from the PATHs given, else RESUMES_PATH, else ~/.config/resumes, else the",
    "bundled examples. Shell completion: resumes completion bash|zsh|fish; manual: man resumes.",
    "Exit codes: 0 found, 1 nothing found, 2 an error (usage, an ambiguous name, a file that",
    "could not be loaded even when others were).",
    "",
  ].join("\n");
}

/** The command `name` was probably meant to be: one edit or swap away, or a unique prefix. */
export async function suggest(name: string): Promise<string | undefined> {
  const { didYouMean } = await import("../command/suggest.js"); // not in the entry chunk
  return didYouMean(name, [...Object.keys(COMMANDS), COMPLETION.name]);
}

async function unknownCommand(io: Io, name: string): Promise<number> {
  const guess = await suggest(name);
  io.stderr.write(
    `resumes: unknown command '${shown(name)}'${guess ? `; did you mean '${guess}'?` : ` (commands: ${Object.keys(COMMANDS).join(", ")})`}\n` +
      `Usage: resumes [PATH...] | resumes COMMAND [ARGS...]; try 'resumes --help'.\n`,
  );
  return EXIT.usage;
}

export async function runCli(args: readonly string[], io0: Io): Promise<number> {
  try {
    const colored = applyColorOption(args, io0);
    if ("error" in colored) {
      io0.stderr.write(`resumes: ${colored.error}\nTry 'resumes --help'.\n`);
      return EXIT.usage;
    }
    const { argv, io } = colored;
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
      if (topic === "completion") {
        io.stdout.write(COMPLETION.help);
        return EXIT.ok;
      }
      if (!Object.hasOwn(COMMANDS, topic)) return await unknownCommand(io, topic);
      io.stdout.write((await load(topic)).help);
      return EXIT.ok;
    }
    if (first === "completion") return await completion(rest[0], rest.slice(1), io);
    if (first !== undefined && Object.hasOwn(COMMANDS, first)) {
      return await (await load(first)).run(rest, io);
    }
    // No command: the default one, with the arguments as they are (paths, options).
    if (first === undefined || first.startsWith("-") || looksLikePath(first, io.cwd)) {
      return await (await load(defaultName(io))).run([...argv], io);
    }
    return await unknownCommand(io, first);
  } catch (err) {
    io0.stderr.write(`resumes: ${errorMessage(err)}\n`);
    return EXIT.error;
  }
}
