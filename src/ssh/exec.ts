/**
 * `ssh host search kafka`: exec requests run the read-only commands through the same
 * command table as the CLI, on the server's library, with plain text output. The command
 * line is split by a small quote-aware splitter (never a shell), and each command's
 * arguments are checked against what a visitor may ask: no paths (the server decides what
 * is loaded), no `--out` (nothing is written on the server).
 */
import { delimiter } from "node:path";
import type { ServerChannel } from "ssh2";
import type { Io } from "../command/io.js";
import type { Library } from "../library/library.js";
import { QUERY_COMMANDS as COMMANDS } from "../command/queries.js";
import { parseArgs, type FlagSpec } from "../command/args.js";
import { errorMessage } from "../command/define.js";
import { toCrlf } from "./session.js";
import { TokenBucket } from "./limits.js";

export const EXEC_COMMANDS = ["list", "show", "search", "export"] as const;
export type ExecCommand = (typeof EXEC_COMMANDS)[number];

const MAX_COMMAND_LENGTH = 1024;
const MAX_WORDS = 32;
/** A visitor's `search --limit`: enough to read, not a dump of the whole library. */
const MAX_LIMIT = 200;

export type SplitResult = { ok: true; words: string[] } | { ok: false; error: string };

/**
 * Words of a command line: whitespace separates; '…' keeps everything literally; "…"
 * keeps everything but lets `\"` and `\\` through; a backslash outside quotes escapes the
 * next character. No variables, globs, pipes or substitutions: those characters are text.
 */
export function splitWords(line: string): SplitResult {
  if (line.length > MAX_COMMAND_LENGTH) return { ok: false, error: "command too long" };
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === "\\" && (line[i + 1] === '"' || line[i + 1] === "\\")) word += line[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: `unterminated ${quote === "'" ? "single" : "double"} quote` };
  if (inWord) words.push(word);
  if (words.length > MAX_WORDS) return { ok: false, error: "too many words" };
  return { ok: true, words };
}

interface Policy {
  flags: FlagSpec[];
  /** At most this many positionals (the rest of a command's grammar is paths). */
  maxPositionals: number;
  /** Join all positionals into one (a search query of several words). */
  join?: boolean;
}

const JSON_FLAG: FlagSpec = { name: "json", description: "JSON output" };

/** What a visitor may pass to each command. Everything else is refused before it runs. */
const POLICY: Record<ExecCommand, Policy> = {
  list: { flags: [JSON_FLAG], maxPositionals: 0 },
  show: { flags: [JSON_FLAG], maxPositionals: 2 },
  search: {
    flags: [JSON_FLAG, { name: "limit", kind: "int", description: "" }],
    maxPositionals: 1,
    join: true,
  },
  export: {
    flags: [{ name: "format", kind: "string", description: "" }],
    maxPositionals: 1,
  },
};

export type ExecPlan = { ok: true; name: ExecCommand; argv: string[] } | { ok: false; error: string };

/** The command line a visitor sent → the command and argv to run, or why not. */
export function planExec(line: string): ExecPlan {
  const split = splitWords(line);
  if (!split.ok) return split;
  const [name, ...rest] = split.words;
  if (!name) return { ok: false, error: `nothing to run; try: ${EXEC_COMMANDS.join(", ")}` };
  if (!(EXEC_COMMANDS as readonly string[]).includes(name)) {
    return {
      ok: false,
      error: `'${visibleWord(name)}' is not available here; try: ${EXEC_COMMANDS.join(", ")}`,
    };
  }
  const policy = POLICY[name as ExecCommand];
  const parsed = parseArgs(rest, { flags: policy.flags });
  if (!parsed.ok) return { ok: false, error: `${name}: ${parsed.error}` };
  const limit = parsed.flags.limit;
  if (typeof limit === "number" && limit > MAX_LIMIT) {
    return { ok: false, error: `${name}: --limit is at most ${MAX_LIMIT} here` };
  }
  let positionals = parsed.positionals;
  if (policy.join && positionals.length > 1) positionals = [positionals.join(" ")];
  if (positionals.length > policy.maxPositionals) {
    return { ok: false, error: `${name}: too many arguments (files are chosen by the server)` };
  }
  const argv: string[] = [];
  for (const [flag, value] of Object.entries(parsed.flags)) {
    if (value === undefined || value === false) continue;
    argv.push(`--${flag}`);
    if (value !== true) argv.push(String(value));
  }
  if (positionals.length) argv.push("--", ...positionals);
  return { ok: true, name: name as ExecCommand, argv };
}

/**
 * Load every exec command now, and run each once on the library into a sink, so that
 * their lazily imported chunks are in memory: a server must keep working when its
 * package is upgraded in place under it (the old chunk files are gone by then).
 */
export async function warmUpExec(paths: readonly string[], cwd: string, library?: Library): Promise<void> {
  const sink = { write: () => true };
  const io = execIo(sink, sink, { paths, cwd, library });
  const runs: [ExecCommand, string[]][] = [
    ["list", []],
    ["list", ["--json"]],
    ["show", ["--", "a"]],
    ["search", ["--", "a"]],
    ["export", ["--format", "markdown"]],
  ];
  for (const [name, argv] of runs) {
    try {
      const load = COMMANDS[name];
      if (load) await (await load()).command.run(argv, io);
    } catch {
      /* a command that fails here fails the same way for a visitor, with a message */
    }
  }
}

function visibleWord(word: string): string {
  const clean = word.replace(/[^\x21-\x7e]/g, "?");
  return clean.length > 24 ? `${clean.slice(0, 23)}…` : clean;
}

/** The Io of an exec command: plain text, the server's library, no paths. */
function execIo(
  stdout: Io["stdout"],
  stderr: Io["stderr"],
  options: { paths: readonly string[]; cwd: string; library?: Library; columns?: number },
): Io {
  return {
    stdout,
    stderr,
    isTTY: false,
    color: false,
    columns: options.columns ?? 80,
    env: { RESUMES_PATH: options.paths.join(delimiter), NO_COLOR: "1" },
    cwd: options.cwd,
    library: options.library,
  };
}

/**
 * At most `running` commands at once for the whole server, `waiting` more queued; beyond
 * that a visitor is told to come back (a burst of commands must not starve the browsers).
 */
export class ExecGate {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(
    private readonly running = 2,
    private readonly waiting = 32,
  ) {}
  /** Resolves with a release function, or with undefined when the queue is full. */
  async enter(): Promise<(() => void) | undefined> {
    if (this.active >= this.running) {
      if (this.queue.length >= this.waiting) return undefined;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    };
  }
}

/** Sources remembered by the exec rate limit; the oldest are forgotten beyond this. */
const MAX_RATE_SOURCES = 10_000;

/**
 * Exec commands per source network: a token bucket each (`perMinute` sustained, `burst`
 * at once), so one address looping `export` cannot take the server's time from the rest.
 */
export class ExecRate {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}
  /** True when `source` may run one more command now. */
  take(source: string): boolean {
    let bucket = this.buckets.get(source);
    if (bucket) this.buckets.delete(source);
    else {
      bucket = new TokenBucket(this.perMinute / 60, this.burst, this.now);
      if (this.buckets.size >= MAX_RATE_SOURCES) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(source, bucket);
    return bucket.tryTake(1);
  }
}

/** Output past an exec command's size cap: the command stops. */
class OutputCapReached extends Error {}

/** A channel's buffer above this: an exec command waits (between chunks) for it to drain. */
const EXEC_HIGH_WATER = 256 * 1024;

export interface ExecOptions {
  /** Shared by the server's exec requests; none: no limit. */
  gate?: ExecGate;
  channel: ServerChannel;
  command: string;
  /** The server's library paths: commands load these (through RESUMES_PATH), nothing else. */
  paths: readonly string[];
  /** The server's library, already loaded: commands use it and read no file. */
  library?: Library;
  cwd: string;
  /** The client asked for a pty: its terminal is raw, so `\n` needs a `\r`. */
  pty?: { columns: number };
  timeoutMs?: number;
  /** Bytes the command may send (default 8 MiB); past it, it stops with a message. */
  maxOutputBytes?: number;
  /** Bytes waiting for the client on the whole connection (default: this channel's). */
  backlog?: () => number;
  /** Told of every write (bytes). */
  onOutput?: (bytes: number) => void;
}

/** Run one exec request to completion: output, exit status, channel closed. Never throws. */
export async function runExec(options: ExecOptions): Promise<{ code: number; what: string }> {
  const { channel } = options;
  const crlf = Boolean(options.pty);
  let open = true;
  channel.on("close", () => (open = false));
  channel.on("error", () => (open = false));
  channel.resume(); // nothing is read from the visitor; don't let input pile up.
  const cap = options.maxOutputBytes ?? 8 * 1024 * 1024;
  const backlog = options.backlog ?? (() => channel.writableLength);
  let sent = 0;
  let capped = false;
  const send = (stream: { write(data: string): unknown }, text: string) => {
    if (!open || !channel.writable || capped) return;
    const data = crlf ? toCrlf(text) : text;
    const bytes = Buffer.byteLength(data);
    if (sent + bytes > cap) {
      capped = true;
      return;
    }
    sent += bytes;
    stream.write(data);
    options.onOutput?.(bytes);
  };
  const out = (text: string) => send(channel, text);
  const err = (text: string) => send(channel.stderr, text);
  // Between chunks: let the other visitors run, and wait while the client is behind.
  const ready = async () => {
    await new Promise((r) => setImmediate(r));
    while (open && backlog() > EXEC_HIGH_WATER) {
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        channel.once("drain", () => {
          clearTimeout(t);
          r();
        });
      });
    }
    if (capped) throw new OutputCapReached();
    if (!open) throw new OutputCapReached();
  };
  const finish = (code: number) => {
    if (!open) return;
    try {
      channel.exit(code);
      channel.end();
    } catch {
      /* gone */
    }
  };

  const plan = planExec(options.command);
  if (!plan.ok) {
    err(`resumes: ${plan.error}\n`);
    finish(1);
    return { code: 1, what: "refused exec" };
  }
  const io = execIo({ write: out, ready }, { write: err }, { ...options, columns: options.pty?.columns });
  const release = options.gate ? await options.gate.enter() : () => {};
  if (!release) {
    err("resumes: the server is busy; please try again in a moment\n");
    finish(1);
    return { code: 1, what: `busy ${plan.name}` };
  }
  let code: number;
  try {
    const load = COMMANDS[plan.name];
    if (!load) throw new Error(`${plan.name} is not available`);
    const { command } = await load();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        err(`resumes: ${plan.name} took too long\n`);
        resolve(1);
      }, options.timeoutMs ?? 30_000);
    });
    code = await Promise.race([command.run(plan.argv, io), timeout]);
    clearTimeout(timer);
    if (capped) throw new OutputCapReached();
  } catch (e) {
    if (e instanceof OutputCapReached) {
      const size =
        cap >= 1024 * 1024 ? `${Math.round(cap / 1024 / 1024)} MiB` : `${Math.round(cap / 1024)} KiB`;
      // Past the cap, this one line still goes out (outside the command's budget).
      if (open && channel.writable) {
        const text = `\nresumes: ${plan.name}: output stopped at ${size}; ask for one profile (${plan.name} WHO)\n`;
        channel.stderr.write(crlf ? toCrlf(text) : text);
      }
    } else err(`resumes: ${plan.name} failed: ${errorMessage(e)}\n`);
    code = 1;
  } finally {
    release();
  }
  finish(code);
  return { code, what: `exec ${plan.name}` };
}
