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
import { App, type AppProps } from "./App.js";
import { ThemeContext, themeFor } from "./theme.js";
import { chooseTheme, fromColorFgBg, queryBackground, type ThemeName } from "./background.js";
import type { Diagnostic } from "../library/diagnostic.js";

import type { LiveLibrary } from "../library/live.js";

export type { LiveLibrary } from "../library/live.js";

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
  /**
   * The theme asked for (`--theme`, RESUMES_THEME); "auto" or unset: mono without colour,
   * else from `colorfgbg`, else from the terminal's answer to OSC 11 (asked before input
   * is read, bounded by `backgroundTimeoutMs`), else dark.
   */
  theme?: ThemeName | "auto";
  /** The terminal's COLORFGBG, if known. */
  colorfgbg?: string;
  backgroundTimeoutMs?: number;
  /** Mouse reporting (wheel, clicks); default on. Off keeps the terminal's own selection. */
  mouse?: boolean;
  /** Problems loading the library, listed by the `!` view. */
  diagnostics?: readonly Diagnostic[];
  /**
   * How a profile's file is named on screen (see `fileName` in App.tsx): relative to the
   * user's folder locally, to the served folder over SSH. Default: its base name.
   */
  fileName?: (file: string) => string;
  /** Files may be opened locally (`o`, `e`): the local terminal, not an SSH session. */
  local?: LocalActions;
}

/** What only the local CLI can do: stop the process (Ctrl-Z), run programs. */
export interface LocalActions {
  /** Stop the process until it is continued (SIGTSTP; resolves on SIGCONT). */
  suspend(): Promise<void>;
  /** Open a URL with the desktop's opener. */
  openUrl(url: string): Promise<void>;
  /** Edit a file in $EDITOR (the terminal is the editor's meanwhile); resolves when it exits. */
  edit(file: string): Promise<void>;
  /** Load a file again after it was edited: the library with it replaced. */
  reload?(file: string): Promise<Library | undefined>;
}

export interface BrowserHandle {
  /** Resolves when the user quits (q, Ctrl-C) or after unmount(). */
  waitUntilExit(): Promise<void>;
  unmount(): void;
}

const ENTER_ALT = "\u001b[?1049h\u001b[H";
const LEAVE_ALT = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";
/** Bracketed paste: a paste arrives between ESC[200~ and ESC[201~, never as keys. */
const PASTE_ON = "\u001b[?2004h";
const PASTE_OFF = "\u001b[?2004l";
/** Mouse: button presses and wheel (1000), in SGR encoding (1006). */
export const MOUSE_ON = "\u001b[?1000h\u001b[?1006h";
export const MOUSE_OFF = "\u001b[?1006l\u001b[?1000l";

/** The app on a library as it loads: redrawn as it grows; its problems once it has loaded. */
function Live({
  live,
  ...props
}: { live: LiveLibrary } & Omit<AppProps, "library" | "loading" | "progress">) {
  const now = useSyncExternalStore(live.subscribe, live.get);
  return (
    <App
      {...props}
      library={now.library}
      loading={now.loading}
      progress={now.progress}
      diagnostics={now.diagnostics ?? props.diagnostics}
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
  const { stdout, stdin } = options;
  const alt = options.alternateScreen ?? Boolean(stdout.isTTY);
  const mouse = options.mouse ?? true;
  let settled = false;
  let resolveExit!: () => void;
  let rejectExit!: (e: Error) => void;
  const exited = new Promise<void>((res, rej) => {
    resolveExit = res;
    rejectExit = rej;
  });
  // Callers that never wait must not see an unhandled rejection.
  exited.catch(() => undefined);

  const modes = () => (alt ? PASTE_ON + (mouse ? MOUSE_ON : "") : "");
  const unmodes = () => (alt ? (mouse ? MOUSE_OFF : "") + PASTE_OFF : "");
  if (alt && writable(stdout)) stdout.write(ENTER_ALT + modes());

  let instance: ReturnType<typeof render> | undefined;
  const finish = (error?: Error) => {
    if (settled) return;
    settled = true;
    instance?.unmount();
    const done = () => (error ? rejectExit(error) : resolveExit());
    if (writable(stdout)) {
      const restore = unmodes() + (alt ? LEAVE_ALT : "") + SHOW_CURSOR;
      const flushed = stdout.write(restore, () => done());
      // Streams without write callbacks (test doubles) settle on the next turn.
      if (flushed === undefined || (stdout as { _writableState?: unknown })._writableState === undefined)
        setImmediate(done);
    } else {
      setImmediate(done);
    }
  };

  const quit = () => finish();
  /** Told when the terminal is handed back (the app draws its frame again, whole). */
  const terminalBack = new Set<() => void>();
  const onTerminalBack = (listener: () => void) => {
    terminalBack.add(listener);
    return () => void terminalBack.delete(listener);
  };
  const local = options.local;
  /** Hand the terminal to something else (a stop, an editor), then take it back and redraw. */
  const away = async (run: () => Promise<void>) => {
    if (writable(stdout)) stdout.write(unmodes() + (alt ? LEAVE_ALT : "") + SHOW_CURSOR);
    const raw = stdin.isRaw;
    try {
      stdin.setRawMode?.(false);
    } catch {
      /* not a terminal */
    }
    try {
      await run();
    } finally {
      try {
        if (raw) stdin.setRawMode?.(true);
      } catch {
        /* not a terminal */
      }
      if (!settled && writable(stdout)) {
        stdout.write((alt ? ENTER_ALT : "") + modes());
        // The size may have changed meanwhile; and the frame is drawn again whole (the
        // alternate screen was left, an editor drew over it).
        stdout.emit("resize");
        for (const listener of terminalBack) listener();
      }
    }
  };
  const actions = local
    ? {
        suspend: () => away(() => local.suspend()),
        openUrl: (url: string) => local.openUrl(url),
        edit: (file: string) => away(() => local.edit(file)),
        reload: local.reload,
      }
    : undefined;

  const mount = (themeName: ThemeName) => {
    if (settled) return;
    const theme = themeFor(themeName);
    const library = options.library;
    const appProps = {
      initialId: options.initialId,
      onQuit: quit,
      diagnostics: options.diagnostics,
      mouse: mouse && alt,
      local: actions,
      fileName: options.fileName,
      fullScreen: alt,
      onTerminalBack,
    };
    instance = render(
      <ThemeContext.Provider value={theme}>
        <Boundary onError={(e) => setImmediate(() => finish(e))}>
          {"subscribe" in library ? (
            <Live live={library} {...appProps} />
          ) : (
            <App library={library} {...appProps} />
          )}
        </Boundary>
      </ThemeContext.Provider>,
      {
        stdin,
        stdout,
        // Ink writes to stderr only through useStderr(), which the browser never uses; the
        // session's own stream keeps it off the server's stderr.
        stderr: stdout,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
  };

  const asked = options.theme;
  const needsQuery =
    (asked === undefined || asked === "auto") && options.color && !options.colorfgbg && Boolean(stdin.isTTY);
  if (!needsQuery) {
    // Known without asking: mount at once (the first frame is not delayed).
    mount(
      asked && asked !== "auto"
        ? asked
        : !options.color
          ? "mono"
          : (fromColorFgBg(options.colorfgbg) ?? "dark"),
    );
  } else {
    void chooseTheme({
      asked,
      color: options.color,
      ask: () => queryBackground(stdin, stdout, options.backgroundTimeoutMs ?? 200),
    }).then(mount, () => mount("dark"));
  }
  return {
    waitUntilExit: () => exited,
    unmount: quit,
  };
}
