/**
 * The command table. Each command lives in its own module and is imported only when used,
 * so the plain commands never load Ink or React. The SSH server's exec requests use the
 * same table (read-only commands only), so nothing here may touch `process` directly:
 * commands get everything through `Io`.
 */
import type { Io } from "./io.js";

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text, with examples. */
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

type Loader = () => Promise<{ command: Command }>;

export const COMMANDS: Record<string, Loader> = {
  list: () => import("./list.js"),
  serve: () => import("./serve.js"),
  show: () => import("./show.js"),
  export: () => import("./export.js"),
  search: () => import("./search.js"),
  parse: () => import("./parse.js"),
  browse: () => import("./browse.js"),
};
