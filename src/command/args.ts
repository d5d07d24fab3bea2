/**
 * The one argv parser every command uses, locally and for the SSH server's exec requests.
 * Pure: argv in, a result or a usage error out. No shell, no I/O, no `process`.
 *
 * Grammar: `--name value`, `--name=value`, `-n value`, `-nvalue` for options that take a
 * value; `--flag`, `-f` and clusters such as `-jv` for booleans; `--` ends the options
 * (everything after it is positional, even `--json`); a lone `-` is positional.
 * `--help`/`-h` is known to every command. Anything else starting with `-` is an error.
 */

export type FlagKind = "boolean" | "string" | "int";

export interface FlagSpec {
  /** Long name without dashes: `limit` for `--limit`. */
  name: string;
  /** One letter: `n` for `-n`. */
  short?: string;
  /** Default "boolean". */
  kind?: FlagKind;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /** The placeholder shown in help: `N`, `FILE`. */
  value?: string;
  /** One line for the help text. */
  description: string;
}

export interface ArgSpec {
  flags: readonly FlagSpec[];
}

export type FlagValue = string | number | boolean;

export interface Parsed {
  /** Values by long name. Booleans absent when not given; a repeated option keeps the last. */
  flags: Record<string, FlagValue | undefined>;
  positionals: string[];
}

export type ParseResult =
  | ({ ok: true } & Parsed)
  | {
      ok: false;
      error: string;
      /** An unknown `--option` (without dashes) and the long names known, for "did you mean". */
      unknown?: { name: string; known: string[] };
    };

export const HELP_FLAG: FlagSpec = { name: "help", short: "h", description: "show this help" };

function find(spec: ArgSpec, pred: (f: FlagSpec) => boolean): FlagSpec | undefined {
  return spec.flags.find(pred) ?? (pred(HELP_FLAG) ? HELP_FLAG : undefined);
}

/** Render an argument for an error message: visible, short, no control characters. */
export function shown(arg: string): string {
  const clean = arg.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

function convert(flag: FlagSpec, raw: string, as: string): { value: FlagValue } | { error: string } {
  if (flag.kind === "int") {
    if (!/^-?\d+$/.test(raw.trim()))
      return { error: `option ${as} needs a whole number, got '${shown(raw)}'` };
    return { value: Number(raw.trim()) };
  }
  if (flag.choices && !flag.choices.includes(raw)) {
    return { error: `option ${as} must be one of ${flag.choices.join(", ")}; got '${shown(raw)}'` };
  }
  return { value: raw };
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParseResult {
  const flags: Record<string, FlagValue | undefined> = {};
  const positionals: string[] = [];
  let i = 0;
  const fail = (error: string): ParseResult => ({ ok: false, error });

  // Take the value of `flag` (written as `as`): inline after `=` or the next argument.
  const take = (flag: FlagSpec, as: string, inline: string | undefined): string | undefined => {
    if (inline !== undefined) return inline;
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith("--") && next.length > 2)) return undefined;
    i++;
    return next;
  };

  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      const flag = find(spec, (f) => f.name === name);
      if (!flag)
        return {
          ok: false,
          error: `unknown option '--${shown(name)}'`,
          unknown: { name, known: [...spec.flags, HELP_FLAG].map((f) => f.name) },
        };
      const as = `--${flag.name}`;
      if ((flag.kind ?? "boolean") === "boolean") {
        if (inline !== undefined) return fail(`option ${as} takes no value`);
        flags[flag.name] = true;
        continue;
      }
      const raw = take(flag, as, inline);
      if (raw === undefined) return fail(`option ${as} needs a value${flag.value ? ` (${flag.value})` : ""}`);
      const v = convert(flag, raw, as);
      if ("error" in v) return fail(v.error);
      flags[flag.name] = v.value;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) {
      // One or more short flags: `-j`, `-jv`, `-n5`, `-n 5`.
      for (let k = 1; k < arg.length; k++) {
        const letter = arg[k]!;
        const flag = find(spec, (f) => f.short === letter);
        if (!flag) return fail(`unknown option '-${shown(letter)}'`);
        const as = `-${letter}`;
        if ((flag.kind ?? "boolean") === "boolean") {
          flags[flag.name] = true;
          continue;
        }
        const rest = arg.slice(k + 1);
        const raw = take(flag, as, rest === "" ? undefined : rest.replace(/^=/, ""));
        if (raw === undefined)
          return fail(`option ${as} needs a value${flag.value ? ` (${flag.value})` : ""}`);
        const v = convert(flag, raw, as);
        if ("error" in v) return fail(v.error);
        flags[flag.name] = v.value;
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { ok: true, flags, positionals };
}

/** The options part of a help text, one aligned line per flag (plus --help). */
export function formatFlags(spec: ArgSpec): string {
  const rows = [...spec.flags, HELP_FLAG].map((f) => {
    const kind = f.kind ?? "boolean";
    const value = kind === "boolean" ? "" : ` ${f.value ?? (f.choices ? f.choices.join("|") : "VALUE")}`;
    const names = `${f.short ? `-${f.short}, ` : "    "}--${f.name}${value}`;
    return [names, f.description] as const;
  });
  const width = Math.max(...rows.map(([n]) => n.length));
  return rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`).join("\n");
}
