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
  /**
   * Standard input's bytes, for `-` as a path (`cat cv.md | resumes show -`). Only the
   * local CLI sets it; read once, on first use.
   */
  readStdin?: () => Promise<Uint8Array>;
}

/** All of a stream, up to `limit` bytes (one more byte tells the reader it was too long). */
export function readAll(stream: NodeJS.ReadableStream, limit: number): () => Promise<Uint8Array> {
  let read: Promise<Uint8Array> | undefined;
  return () =>
    (read ??= new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        stream.removeListener("data", onData);
        resolve(Buffer.concat(chunks).subarray(0, limit + 1));
      };
      const onData = (chunk: Buffer | string) => {
        const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        chunks.push(b);
        size += b.length;
        if (size > limit) {
          stream.removeListener("end", done);
          done();
          (stream as NodeJS.ReadStream).pause?.();
        }
      };
      stream.on("data", onData);
      stream.once("end", done);
      stream.once("error", reject);
    }));
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
    // 5 MB, the loader's limit for any file (MAX_BYTES), not imported here to keep start-up small.
    readStdin: readAll(process.stdin, 5 * 1024 * 1024),
    terminal:
      process.stdin.isTTY && process.stdout.isTTY
        ? { stdin: process.stdin, stdout: process.stdout }
        : undefined,
  };
}
