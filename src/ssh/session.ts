/**
 * One visitor's browser: the Ink app mounted on a pair of streams built around an SSH
 * channel. The server side has no pty and no line discipline, so this module is the
 * terminal: it says it is a TTY, knows the size from the pty request, turns `\n` into
 * `\r\n`, emits `resize` on window-change, and budgets the visitor's input.
 */
import { PassThrough, Writable } from "node:stream";
import type { ServerChannel } from "ssh2";
import type { Library } from "../library/library.js";
import { TokenBucket, clampSize, type Limits } from "./limits.js";

/**
 * Reset attributes, turn mouse reporting and bracketed paste off, show the cursor, leave
 * the alternate screen: sent when a session
 * ends, whatever state the app left the visitor's terminal in. (The browser enters the
 * alternate screen itself, on a TTY stdout; entering it twice would lose the visitor's
 * saved cursor position, so this module only ever leaves it.)
 */
export const LEAVE_SCREEN = "\x1b[0m\x1b[?1006l\x1b[?1000l\x1b[?2004l\x1b[?25h\x1b[?1049l";

/** `\n` → `\r\n` (a `\r\n` already there stays as it is). */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

/** The visitor's terminal as Ink sees it: a TTY stdout writing to the channel. */
export class ChannelOutput extends Writable {
  readonly isTTY = true;
  columns: number;
  rows: number;
  /** Past the output cap nothing more is written: the session is being closed. */
  blocked = false;

  constructor(
    private readonly channel: ServerChannel,
    size: { columns: number; rows: number },
    /** Told after every write, with the bytes written. */
    private readonly onWrite: (bytes: number) => void = () => {},
  ) {
    super({ decodeStrings: false });
    this.columns = size.columns;
    this.rows = size.rows;
  }

  override _write(chunk: string | Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    if (text.length > 0 && this.channel.writable && !this.blocked) {
      const data = toCrlf(text);
      try {
        this.channel.write(data);
      } catch {
        /* the channel went away: the session is ending */
      }
      this.onWrite(Buffer.byteLength(data));
    }
    cb();
  }

  resize(size: { columns: number; rows: number }): void {
    if (size.columns === this.columns && size.rows === this.rows) return;
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit("resize");
  }

  // What Ink and its helpers may call on a terminal stream.
  getColorDepth(): number {
    return 8;
  }
  hasColors(): boolean {
    return true;
  }
  getWindowSize(): [number, number] {
    return [this.columns, this.rows];
  }
}

/** The visitor's keyboard as Ink sees it: a TTY stdin fed from the channel. */
export class ChannelInput extends PassThrough {
  readonly isTTY = true;
  isRaw = true;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

export type SessionEnd =
  "quit" | "disconnect" | "idle" | "max-duration" | "shutdown" | "flood" | "stalled" | "error";

export interface BrowserSessionOptions {
  channel: ServerChannel;
  library: Library;
  size: { cols: number; rows: number };
  color: boolean;
  initialId?: string;
  limits: Pick<
    Limits,
    | "idleTimeoutMs"
    | "inputBytesPerSecond"
    | "inputBurstBytes"
    | "maxOutputBacklogBytes"
    | "pauseOutputBytes"
    | "stalledTimeoutMs"
    | "resizeIntervalMs"
    | "resizeCostBytes"
    | "maxColumns"
    | "maxRows"
  >;
  /**
   * Bytes written but not yet sent to the client, for the whole connection (every channel
   * and the socket): the output cap counts these. Default: this channel's.
   */
  backlog?: () => number;
  /** Told of every write to the visitor (bytes) and of every key's round trip (ms). */
  onOutput?: (bytes: number) => void;
  onKeyRoundTrip?: (ms: number) => void;
  /** Mounts the browser; `startBrowser` from src/tui/start.tsx in production. */
  start: (options: {
    library: Library;
    stdin: NodeJS.ReadStream;
    stdout: NodeJS.WriteStream;
    color: boolean;
    initialId?: string;
  }) => { waitUntilExit(): Promise<void>; unmount(): void };
  /** Called on every chunk of visitor input (after the budget): the connection's idle clock. */
  onInput?: () => void;
}

export interface BrowserSession {
  /** Resolves once, when the session is over and the channel closed. */
  done: Promise<SessionEnd>;
  /**
   * The client's window changed size. Coalesced: only the last size of a burst is drawn,
   * at most once per `resizeIntervalMs`, each draw paid from the input budget, and none
   * while the client is not reading.
   */
  resize(cols: number, rows: number): void;
  /** End it from the server's side, with a short message on the visitor's terminal. */
  close(reason: SessionEnd, message?: string): void;
  readonly size: { columns: number; rows: number };
}

/** Mount the browser on a channel. Never throws; never exits the process. */
export function runBrowserSession(options: BrowserSessionOptions): BrowserSession {
  const { channel, limits } = options;
  const size = clampSize(options.size.cols, options.size.rows, limits);
  const backlog = options.backlog ?? (() => channel.writableLength);
  let keyAt: number | undefined;
  const stdout = new ChannelOutput(channel, size, (bytes) => {
    options.onOutput?.(bytes);
    if (keyAt !== undefined) {
      options.onKeyRoundTrip?.(performance.now() - keyAt);
      keyAt = undefined;
    }
    overCap();
  });
  const stdin = new ChannelInput();
  const bucket = new TokenBucket(limits.inputBytesPerSecond, limits.inputBurstBytes);
  let ended = false;
  let pendingSize: { columns: number; rows: number } | undefined;
  let resizeTimer: NodeJS.Timeout | undefined;
  let stalledSince: number | undefined;

  /** Past the cap: stop writing now, and close the session (not from inside Ink's write). */
  const overCap = (): boolean => {
    if (ended || stdout.blocked) return stdout.blocked;
    if (backlog() <= limits.maxOutputBacklogBytes) return false;
    stdout.blocked = true;
    setImmediate(() => finish("flood", "too much output waiting for your terminal."));
    return true;
  };

  const scheduleResize = () => {
    if (resizeTimer || ended) return;
    resizeTimer = setTimeout(flushResize, limits.resizeIntervalMs);
  };
  const flushResize = () => {
    resizeTimer = undefined;
    if (ended || !pendingSize || overCap()) return;
    // The client reads nothing: draw nothing more for it until it does, and not forever.
    if (backlog() > limits.pauseOutputBytes) {
      stalledSince ??= Date.now();
      if (Date.now() - stalledSince >= limits.stalledTimeoutMs) {
        finish("stalled", "your terminal stopped reading.");
        return;
      }
      scheduleResize();
      return;
    }
    stalledSince = undefined;
    // Each redraw is paid from the visitor's input budget.
    if (!bucket.tryTake(limits.resizeCostBytes)) {
      scheduleResize();
      return;
    }
    const next = pendingSize;
    pendingSize = undefined;
    stdout.resize(next);
  };
  let handle: { waitUntilExit(): Promise<void>; unmount(): void } | undefined;
  let resolveDone!: (end: SessionEnd) => void;
  const done = new Promise<SessionEnd>((resolve) => (resolveDone = resolve));
  let idleTimer: NodeJS.Timeout | undefined;
  let ctrlCTimer: NodeJS.Timeout | undefined;

  const armIdle = () => {
    if (idleTimer) idleTimer.refresh();
    else
      idleTimer = setTimeout(
        () => finish("idle", "closed after a while without input. Bye!"),
        limits.idleTimeoutMs,
      );
  };

  const finish = (reason: SessionEnd, message?: string) => {
    if (ended) return;
    ended = true;
    if (idleTimer) clearTimeout(idleTimer);
    if (ctrlCTimer) clearTimeout(ctrlCTimer);
    if (resizeTimer) clearTimeout(resizeTimer);
    channel.removeListener("data", onData);
    // Nobody to draw for: close the stream first, so the unmount skips Ink's final frame
    // (a full render per session: what made closing 1,000 sessions at once take seconds).
    if (reason === "disconnect" || !channel.writable || stdout.blocked) stdout.destroy();
    try {
      handle?.unmount();
    } catch {
      /* a broken tree must not keep the channel open */
    }
    stdin.destroy();
    stdout.destroy();
    // Past the cap nothing more is queued for a client that does not read: just close.
    if (channel.writable && !stdout.blocked) {
      try {
        channel.write(LEAVE_SCREEN + (message ? toCrlf(`resumes: ${message}\n`) : ""));
        channel.exit(reason === "quit" || reason === "disconnect" ? 0 : 1);
        channel.end();
      } catch {
        /* already gone */
      }
      // A client that stopped reading never lets end() finish: close regardless.
      setTimeout(() => {
        try {
          channel.close();
        } catch {
          /* already closed */
        }
      }, 1000).unref();
    } else {
      try {
        channel.close();
      } catch {
        /* already closed */
      }
    }
    resolveDone(reason);
  };

  const onData = (chunk: Buffer) => {
    if (ended) return;
    const allowed = bucket.take(chunk.length);
    if (allowed === 0) return;
    armIdle();
    options.onInput?.();
    const part = allowed < chunk.length ? chunk.subarray(0, allowed) : chunk;
    // Ctrl-C always ends the session, even if the app did not react to it.
    if (part.includes(0x03) && !ctrlCTimer) {
      ctrlCTimer = setTimeout(() => finish("quit"), 1500);
    }
    if (overCap()) return;
    keyAt ??= performance.now();
    stdin.write(part);
  };

  channel.on("data", onData);
  channel.on("error", () => finish("disconnect"));
  channel.on("close", () => finish("disconnect"));
  channel.on("end", () => finish("disconnect"));
  armIdle();

  try {
    handle = options.start({
      library: options.library,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      color: options.color,
      initialId: options.initialId,
    });
    handle.waitUntilExit().then(
      () => finish("quit"),
      () => finish("error", "something went wrong; sorry."),
    );
  } catch {
    finish("error", "something went wrong; sorry.");
  }

  return {
    done,
    get size() {
      return pendingSize ?? { columns: stdout.columns, rows: stdout.rows };
    },
    resize(cols, rows) {
      if (ended || overCap()) return;
      pendingSize = clampSize(cols, rows, limits);
      scheduleResize();
    },
    close: finish,
  };
}
