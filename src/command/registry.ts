/**
 * The command table. Each command lives in its own module (src/commands/) and is imported
 * only when used, so the plain commands never load Ink or React. The SSH server's exec
 * requests use the query commands alone (./queries.ts), so nothing here may touch
 * `process` directly: commands get everything through `Io`.
 */
import type { Io } from "./io.js";
import { QUERY_COMMANDS, type Loader } from "./queries.js";

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text, with examples. */
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

export const COMMANDS: Record<string, Loader> = {
  list: QUERY_COMMANDS.list,
  serve: () => import("../commands/serve.js"),
  show: QUERY_COMMANDS.show,
  export: QUERY_COMMANDS.export,
  search: QUERY_COMMANDS.search,
  parse: QUERY_COMMANDS.parse,
  browse: () => import("../commands/browse.js"),
};
