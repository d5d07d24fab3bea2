/**
 * Mount the browser on any pair of streams: the local terminal or an SSH channel.
 *
 * Contract (the CLI and the SSH server build on it):
 * - renders with `exitOnCtrlC: false`, `patchConsole: false`; q and Ctrl-C quit from
 *   every mode (handled by the app, not by Ink);
 * - when `stdout.isTTY` (or `alternateScreen: true`), draws on the alternate screen and
 *   leaves it on quit; the cursor is shown again; nothing is left behind;
 * - never touches `process` (no exit, no process.stdout, no env): many browsers can be
 *   mounted at once, one per SSH session;
 * - `waitUntilExit()` resolves once the user quits or `unmount()` is called, after the
 *   terminal has been restored; it rejects if the app crashed (the terminal is restored
 *   first too).
 */
import React, { Component, useSyncExternalStore, type ReactNode } from "react";
import { render, Text } from "ink";
import type { Library } from "../library/library.js";
import { App } from "./App.js";
import { ThemeContext, themeFor } from "./theme.js";

/** A library that is still loading: what has loaded so far, and a line about it. */
export interface LiveLibrary {
  get(): { library: Library; loading: boolean; progress?: string };
  /** Calls `listener` whenever `get()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface BrowserOptions {
  /** The profiles, or a library still loading (drawn as it loads, from the first frame). */
  library: Library | LiveLibrary;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** false: the monochrome theme (NO_COLOR); selection stays visible without colour. */
  color: boolean;
  /** Open this profile id directly (SSH deep link). */
  initialId?: string;
  /** Draw on the alternate screen; default: when `stdout.isTTY`. */
  alternateScreen?: boolean;
}

export interface BrowserHandle {
  /** Resolves when the user quits (q, Ctrl-C) or after unmount(). */
  waitUntilExit(): Promise<void>;
  unmount(): void;
}

const ENTER_ALT = "\u001b[?1049h\u001b[H";
const LEAVE_ALT = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";

function Live(props: { live: LiveLibrary; initialId?: string; onQuit: () => void }) {
  const now = useSyncExternalStore(props.live.subscribe, props.live.get);
  return (
    <App
      library={now.library}
      loading={now.loading}
      progress={now.progress}
      initialId={props.initialId}
      onQuit={props.onQuit}
    />
  );
}

class Boundary extends Component<{ onError: (e: Error) => void; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }
  override render() {
    return this.state.error ? <Text>resumes: {String(this.state.error.message)}</Text> : this.props.children;
  }
}

function writable(s: NodeJS.WriteStream): boolean {
  return !s.destroyed && !s.writableEnded && (s.writable ?? true);
}

export function startBrowser(options: BrowserOptions): BrowserHandle {
  const { stdout } = options;
  const alt = options.alternateScreen ?? Boolean(stdout.isTTY);
  let settled = false;
  let resolveExit!: () => void;
  let rejectExit!: (e: Error) => void;
  const exited = new Promise<void>((res, rej) => {
    resolveExit = res;
    rejectExit = rej;
  });
  // Callers that never wait must not see an unhandled rejection.
  exited.catch(() => undefined);

  if (alt && writable(stdout)) stdout.write(ENTER_ALT);

  const finish = (error?: Error) => {
    if (settled) return;
    settled = true;
    instance.unmount();
    const done = () => (error ? rejectExit(error) : resolveExit());
    if (writable(stdout)) {
      const restore = (alt ? LEAVE_ALT : "") + SHOW_CURSOR;
      const flushed = stdout.write(restore, () => done());
      // Streams without write callbacks (test doubles) settle on the next turn.
      if (flushed === undefined || (stdout as { _writableState?: unknown })._writableState === undefined)
        setImmediate(done);
    } else {
      setImmediate(done);
    }
  };

  const quit = () => finish();
  const theme = themeFor(options.color);
  const instance = render(
    <ThemeContext.Provider value={theme}>
      <Boundary onError={(e) => setImmediate(() => finish(e))}>
        {"subscribe" in options.library ? (
          <Live live={options.library} initialId={options.initialId} onQuit={quit} />
        ) : (
          <App library={options.library} initialId={options.initialId} onQuit={quit} />
        )}
      </Boundary>
    </ThemeContext.Provider>,
    {
      stdin: options.stdin,
      stdout,
      // Ink writes to stderr only through useStderr(), which the browser never uses; the
      // session's own stream keeps it off the server's stderr.
      stderr: stdout,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  return {
    waitUntilExit: () => exited,
    unmount: quit,
  };
}
