/**
 * argv → command. Each command lives in its own module and is imported only when used,
 * so the plain commands never load Ink or React.
 */
import { processIo, EXIT, type Io } from "./commands/io.js";

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text, with examples. */
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

type Loader = () => Promise<{ command: Command }>;

export const COMMANDS: Record<string, Loader> = {
  list: () => import("./commands/list.js"),
};

async function main(argv: string[]): Promise<number> {
  const io = processIo();
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : COMMANDS.list;
  if (!load) {
    io.stderr.write(`resumes: unknown command '${name}'. Try 'resumes --help'.\n`);
    return EXIT.usage;
  }
  const { command } = await load();
  return command.run(name ? rest : argv, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`resumes: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
