/**
 * Build a `Command` from a declarative description: one argv parser, one help layout, one
 * way to report usage errors and failures (one line, exit 2, never a stack
 * trace). Every command module uses it, so `resumes CMD --help` looks the same everywhere.
 */
import { EXIT, type Io } from "./io.js";
import type { Command } from "./registry.js";
import type { Format } from "../library/library.js";
import { formatFlags, parseArgs, type ArgSpec, type FlagSpec, type Parsed } from "./args.js";

export interface CommandDef extends ArgSpec {
  name: string;
  /** One line for `resumes --help`. */
  summary: string;
  /** Usage lines without the leading `resumes `: `list [PATH...] [--json]`. */
  usage: readonly string[];
  /** A short paragraph under the usage. */
  description?: string;
  /** [command line, what it does]. */
  examples: readonly (readonly [string, string])[];
  run(args: Parsed, io: Io): Promise<number>;
}

export function helpText(def: Omit<CommandDef, "run">): string {
  const lines = [`Usage: ${def.usage.map((u) => `resumes ${u}`).join("\n       ")}`, ""];
  lines.push(def.description ?? def.summary, "", "Options:", formatFlags(def));
  if (def.examples.length > 0) {
    lines.push("", "Examples:");
    const width = Math.max(...def.examples.map(([c]) => c.length));
    for (const [cmd, what] of def.examples) lines.push(`  ${cmd.padEnd(width)}  # ${what}`);
  }
  return lines.join("\n") + "\n";
}

/** The `--format/-f FORMAT` option of a command that writes documents in several formats. */
export function formatFlag(choices: readonly string[], description: string): FlagSpec {
  return { name: "format", short: "f", kind: "string", choices, value: "FORMAT", description };
}

/** `--from` names → the loader's formats: what standard input (`-`) is. */
export const FROM_FORMATS: Readonly<Record<string, Format>> = {
  md: "markdown",
  txt: "text",
  json: "jsonresume",
  yaml: "yaml",
  pdf: "pdf",
  docx: "docx",
  org: "org",
  rst: "rst",
  adoc: "asciidoc",
  tex: "latex",
};

/** The `--from FORMAT` option of every command that reads files (for `-`, standard input). */
export const fromFlag: FlagSpec = {
  name: "from",
  kind: "string",
  choices: Object.keys(FROM_FORMATS),
  value: "FORMAT",
  description:
    "what standard input (-) is, when its bytes do not tell: " + Object.keys(FROM_FORMATS).join("|"),
};

/** The format `--from` names, if given. */
export function fromFormat(flags: Parsed["flags"]): Format | undefined {
  return typeof flags.from === "string" ? FROM_FORMATS[flags.from] : undefined;
}

/** One line, with the reason, never a stack trace. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = (text.split("\n")[0] ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
  return first || "unexpected error";
}

/** Thrown for a usage problem found while running (exit 2, one line). */
export class UsageError extends Error {
  override name = "UsageError";
}

export function usageError(io: Io, name: string, usage: string, message: string): number {
  io.stderr.write(`resumes ${name}: ${message}\nUsage: resumes ${usage}\nTry 'resumes ${name} --help'.\n`);
  return EXIT.usage;
}

export function defineCommand(def: CommandDef): Command {
  const help = helpText(def);
  return {
    summary: def.summary,
    help,
    async run(argv, io) {
      const parsed = parseArgs(argv, def);
      if (!parsed.ok) {
        let message = parsed.error;
        if (parsed.unknown) {
          const { didYouMean } = await import("./suggest.js");
          const guess = didYouMean(parsed.unknown.name, parsed.unknown.known);
          if (guess) message += `; did you mean '--${guess}'?`;
        }
        return usageError(io, def.name, def.usage[0] ?? def.name, message);
      }
      if (parsed.flags.help) {
        io.stdout.write(help);
        return EXIT.ok;
      }
      try {
        return await def.run({ flags: parsed.flags, positionals: parsed.positionals }, io);
      } catch (err) {
        io.stderr.write(`resumes ${def.name}: ${errorMessage(err)}\n`);
        return err instanceof UsageError ? EXIT.usage : EXIT.error;
      }
    },
  };
}
