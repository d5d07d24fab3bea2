/**
 * The process entry: argv → command (src/cli/main.ts). Kept tiny: each command, and the
 * Ink browser behind `browse`, is a chunk loaded only when used. Every failure ends as one
 * line on stderr, never a stack trace, and nothing reaches stderr unsanitized.
 */
import { processIo } from "./command/io.js";
import { runCli } from "./cli/main.js";
import { guardStderr } from "./text/stderr.js";

// Every line on stderr, Node's warnings included, through the sanitizer.
guardStderr();

const fail = (err: unknown) => {
  const text = err instanceof Error ? err.message : String(err);
  process.stderr.write(
    `resumes: ${(text.split("\n")[0] ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")}\n`,
  );
  process.exit(1);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

// A closed pipe (`resumes list | head -1`) is not an error worth a word.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  fail(err);
});

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
}, fail);
