/**
 * The manual page, man/resumes.1 (`npm run man`), made from the same help texts as
 * `resumes --help` and `resumes CMD --help`: each is set as written (no fill), under the
 * usual sections, so the page cannot say something the help does not.
 */
import type { CommandInfo } from "./completion.js";

/** Text safe for roff: backslashes doubled, no line starting a request (`.` or `'`). */
export function roff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .split("\n")
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join("\n");
}

const verbatim = (text: string) => `.nf\n${roff(text.trimEnd())}\n.fi`;

export function manPage(version: string, overall: string, commands: readonly CommandInfo[]): string {
  const [title = "", , ...rest] = overall.split("\n");
  const body = rest.join("\n");
  const usageEnd = body.indexOf("\n\n");
  const synopsis = body
    .slice(0, usageEnd)
    .split("\n")
    .map((l) => l.replace(/^(Usage: | {7})/, ""))
    .join("\n");
  const description = body.slice(usageEnd + 2);
  return [
    `.TH RESUMES 1 "" "${roff(version)}" "User Commands"`,
    ".SH NAME",
    `resumes \\- ${roff(title.replace(/^resumes: /, ""))}`,
    ".SH SYNOPSIS",
    verbatim(synopsis),
    ".SH DESCRIPTION",
    verbatim(description),
    ".SH COMMANDS",
    ...commands.flatMap((c) => [`.SS ${roff(c.name)}`, verbatim(c.help)]),
    ".SH SEE ALSO",
    "resumes completion bash|zsh|fish prints a shell completion script.",
    "",
  ].join("\n");
}
