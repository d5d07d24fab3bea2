/**
 * `resumes completion bash|zsh|fish`: a completion script made from the commands' own help
 * texts (their names and the `--options` in each Options section), so it never drifts
 * from what `resumes CMD --help` says.
 */

export interface CommandInfo {
  name: string;
  summary: string;
  help: string;
}

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** Options every invocation takes, before or after the command. */
const GLOBAL = ["--help", "--version", "--color"];

/** The long options a help text lists under "Options:". */
export function helpOptions(help: string): string[] {
  const at = help.indexOf("\nOptions:\n");
  if (at < 0) return [];
  const section = help.slice(at + 10).split(/\n\n/)[0] ?? "";
  return [...new Set(section.match(/--[a-z][a-z0-9-]*/g) ?? [])];
}

const words = (xs: readonly string[]) => xs.join(" ");
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export function completionScript(shell: Shell, commands: readonly CommandInfo[]): string {
  const names = commands.map((c) => c.name);
  const optsOf = (c: CommandInfo) => [...new Set([...helpOptions(c.help), "--color"])];
  if (shell === "bash") {
    const cases = commands.map((c) => `    ${c.name}) opts=${quote(words(optsOf(c)))} ;;`).join("\n");
    return `# bash completion for resumes (resumes completion bash)
_resumes() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd="" i opts
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in -*) ;; *) cmd=\${COMP_WORDS[i]}; break ;; esac
  done
  if [[ \${COMP_WORDS[COMP_CWORD-1]} == --color ]]; then
    COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return
  fi
  case $cmd in
${cases}
    "") opts=${quote(words([...names, ...GLOBAL]))} ;;
    *) opts="" ;;
  esac
  if [[ $cur == -* || -z $cmd ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); fi
  [[ -n $cmd && $cur != -* ]] && COMPREPLY=($(compgen -f -- "$cur"))
  return 0
}
complete -o default -F _resumes resumes
`;
  }
  if (shell === "zsh") {
    const cmds = commands
      .map((c) => `    ${quote(`${c.name}:${c.summary.replace(/:/g, "\\:")}`)}`)
      .join("\n");
    const cases = commands
      .map((c) => `    ${c.name}) _values option ${optsOf(c).map(quote).join(" ")} ;;`)
      .join("\n");
    return `#compdef resumes
# zsh completion for resumes (resumes completion zsh > "\${fpath[1]}/_resumes")
_resumes() {
  local -a commands
  commands=(
${cmds}
  )
  if (( CURRENT == 2 )); then
    _describe command commands
    _values option ${GLOBAL.map(quote).join(" ")}
    return
  fi
  if [[ $words[CURRENT] == -* ]]; then
  case $words[2] in
${cases}
  esac
  else
    _files
  fi
}
_resumes "$@"
`;
  }
  const lines = [
    "# fish completion for resumes (resumes completion fish > ~/.config/fish/completions/resumes.fish)",
    "complete -c resumes -f",
    `complete -c resumes -n __fish_use_subcommand -l help -d 'show help'`,
    `complete -c resumes -n __fish_use_subcommand -l version -d 'print the version and build'`,
    `complete -c resumes -l color -x -a 'auto always never' -d 'colour: auto, always, never'`,
    ...commands.map(
      (c) => `complete -c resumes -n __fish_use_subcommand -a ${c.name} -d ${quote(c.summary)}`,
    ),
    ...commands.flatMap((c) =>
      helpOptions(c.help).map(
        (o) => `complete -c resumes -n ${quote(`__fish_seen_subcommand_from ${c.name}`)} -l ${o.slice(2)}`,
      ),
    ),
    ...commands.map((c) => `complete -c resumes -n ${quote(`__fish_seen_subcommand_from ${c.name}`)} -F`),
  ];
  return lines.join("\n") + "\n";
}
