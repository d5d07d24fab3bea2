/**
 * Mount the browser on any pair of streams: the local terminal or an SSH channel.
 * (Stub: the browse issue replaces the body; the signature is the contract the CLI and
 * the SSH server build on.)
 */
import React from "react";
import { render, Text, useInput, useApp } from "ink";
import type { Library } from "../library/library.js";

export interface BrowserOptions {
  library: Library;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** false: the monochrome theme (NO_COLOR); selection stays visible without colour. */
  color: boolean;
  /** Open this profile id directly (SSH deep link). */
  initialId?: string;
}

export interface BrowserHandle {
  /** Resolves when the user quits (q, Ctrl-C) or after unmount(). */
  waitUntilExit(): Promise<void>;
  unmount(): void;
}

function Stub({ library }: { library: Library }) {
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === "q" || (key.ctrl && input === "c")) exit();
  });
  return <Text>{library.entries.map((e) => e.label).join("\n")}</Text>;
}

export function startBrowser(options: BrowserOptions): BrowserHandle {
  const instance = render(<Stub library={options.library} />, {
    stdin: options.stdin,
    stdout: options.stdout,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    waitUntilExit: () => instance.waitUntilExit().then(() => undefined),
    unmount: () => instance.unmount(),
  };
}
