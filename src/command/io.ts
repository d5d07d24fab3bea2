/**
 * What a command may touch: its output streams and a few facts about them. The local CLI
 * passes the process's streams; the SSH server passes a channel's. Commands never read
 * `process.stdout` or `process.env` themselves, so the same code serves both.
 */
import type { Library } from "../library/library.js";

export interface Output {
  write(chunk: string): unknown;
  /**
   * Resolves when the output can take more (a long command awaits it between chunks);
   * rejects when the command must stop (the output's size cap). Absent: always ready.
   */
  ready?(): Promise<void>;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** stdout is a terminal: layout and colour are allowed (colour still follows `color`). */
  isTTY: boolean;
  /** Emit colour and bold/underline escape codes. */
  color: boolean;
  /** Terminal width for layout; 80 when unknown. */
  columns: number;
  env: Record<string, string | undefined>;
  /** The working directory relative paths resolve against. */
  cwd: string;
  /**
   * The interactive terminal, present only when stdin and stdout are both TTYs (the local
   * CLI); `browse` mounts the Ink browser on it, and runs `list` when it is absent.
   */
  terminal?: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };
  /**
   * Files and folders may be named on the command line (`list ./cvs`, `export --out f`).
   * Only the local CLI sets it; an Io without it (the SSH server's exec requests) gets a
   * usage error for any path, so a visitor can never make the server read or write one.
   */
  acceptsPaths?: boolean;
  /**
   * A library already loaded by the host (the SSH server's): commands use it instead of
   * reading and parsing files again. Paths are still refused unless `acceptsPaths`.
   */
  library?: Library;
}

/**
 * Exit codes, as grep and ripgrep (documented in the README): 0 found, 1 nothing found,
 * 2 an error (a usage error, an ambiguous name, or a file that could not be loaded even
 * when others were).
 */
export const EXIT = { ok: 0, notFound: 1, error: 2, usage: 2 } as const;

/** Colour decision for a stream, following NO_COLOR / FORCE_COLOR conventions. */
export function wantsColor(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

export function processIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY,
    color: wantsColor(isTTY, process.env),
    columns: process.stdout.columns || 80,
    env: process.env,
    cwd: process.cwd(),
    acceptsPaths: true,
    terminal:
      process.stdin.isTTY && process.stdout.isTTY
        ? { stdin: process.stdin, stdout: process.stdout }
        : undefined,
  };
}
