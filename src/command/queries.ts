/**
 * The commands that only read a library and print: what the SSH server's exec requests may
 * load (src/ssh/exec.ts), without reaching the server itself (`serve`) or Ink (`browse`).
 */
import type { Command } from "./registry.js";

export type Loader = () => Promise<{ command: Command }>;

export const QUERY_COMMANDS = {
  list: () => import("../commands/list.js"),
  show: () => import("../commands/show.js"),
  export: () => import("../commands/export.js"),
  search: () => import("../commands/search.js"),
  parse: () => import("../commands/parse.js"),
} satisfies Record<string, Loader>;
