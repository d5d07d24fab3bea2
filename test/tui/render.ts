/**
 * Test harness for the browser: Ink's render on a fake terminal whose size we set (and
 * change, emitting `resize`), named key constants, and waits on the frame instead of
 * sleeps. ink-testing-library's stdout is fixed at 100 columns, hence this.
 */
import { EventEmitter } from "node:events";
import { stripVTControlCharacters } from "node:util";
import React from "react";
import { render } from "ink";
import chalk from "chalk";
import { App } from "../../src/tui/App.js";
import { ThemeContext, themeFor } from "../../src/tui/theme.js";
import type { Library } from "../../src/library/library.js";

// Styles are part of what we assert (selection, matches): let chalk emit them.
chalk.level = 1;

export const KEY = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  pageUp: "\u001b[5~",
  pageDown: "\u001b[6~",
  home: "\u001b[H",
  end: "\u001b[F",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  shiftTab: "\u001b[Z",
  backspace: "\u007f",
  ctrlC: "\u0003",
  ctrlU: "\u0015",
  ctrlD: "\u0004",
  ctrlW: "\u0017",
} as const;

export class FakeStdout extends EventEmitter {
  isTTY = true;
  frames: string[] = [];
  writes: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (chunk: string | Uint8Array, cb?: (() => void) | string, cb2?: () => void): boolean => {
    const s = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    this.writes.push(s);
    this.frames.push(s);
    const done = typeof cb === "function" ? cb : cb2;
    if (done) setImmediate(done);
    return true;
  };
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit("resize");
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private queue: string[] = [];
  setRawMode(): this {
    return this;
  }
  setEncoding(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  read = (): string | null => this.queue.shift() ?? null;
  send(data: string): void {
    this.queue.push(data);
    this.emit("readable");
  }
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** Poll until `test` passes (or fail after `timeout` ms with the last frame). */
export async function waitFor(test: () => boolean, describe: () => string, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (test()) return;
    if (Date.now() > until) throw new Error(`timed out waiting; last frame:\n${describe()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface Harness {
  stdout: FakeStdout;
  stdin: FakeStdin;
  quits: number;
  /** The last full frame, with styles (ANSI). */
  raw(): string;
  /** The last full frame as plain text. */
  frame(): string;
  /** Its lines, right-trimmed. */
  lines(): string[];
  press(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  waitForText(text: string | RegExp, timeout?: number): Promise<void>;
  waitUntil(test: (frame: string) => boolean, timeout?: number): Promise<void>;
  resize(columns: number, rows: number): Promise<void>;
  unmount(): void;
}

export function renderApp(
  library: Library,
  options: { columns?: number; rows?: number; color?: boolean; initialId?: string } = {},
): Harness {
  const stdout = new FakeStdout(options.columns ?? 120, options.rows ?? 40);
  const stdin = new FakeStdin();
  const h = { quits: 0 } as Harness;
  const instance = render(
    React.createElement(
      ThemeContext.Provider,
      { value: themeFor(options.color ?? false) },
      React.createElement(App, { library, initialId: options.initialId, onQuit: () => h.quits++ }),
    ),
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: stdout as unknown as NodeJS.WriteStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const raw = () => stdout.frames[stdout.frames.length - 1] ?? "";
  const frame = () => stripVTControlCharacters(raw());
  Object.assign(h, {
    stdout,
    stdin,
    raw,
    frame,
    lines: () =>
      frame()
        .split("\n")
        .map((l) => l.trimEnd()),
    async press(...keys: string[]) {
      for (const k of keys) {
        stdin.send(k);
        await tick();
        await tick();
      }
    },
    async type(text: string) {
      for (const ch of text) {
        stdin.send(ch);
        await tick();
      }
      await tick();
    },
    waitForText: (text: string | RegExp, timeout?: number) =>
      waitFor(() => (typeof text === "string" ? frame().includes(text) : text.test(frame())), frame, timeout),
    waitUntil: (test: (f: string) => boolean, timeout?: number) =>
      waitFor(() => test(frame()), frame, timeout),
    async resize(columns: number, rows: number) {
      stdout.resize(columns, rows);
      await tick();
      await tick();
    },
    unmount: () => instance.unmount(),
  });
  return h;
}
