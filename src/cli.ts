/** argv → command: the process entry point. */
import { processIo, EXIT } from "./commands/io.js";
import { COMMANDS } from "./commands/registry.js";

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
