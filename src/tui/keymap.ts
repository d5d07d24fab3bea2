/**
 * Every key the browser knows, in ONE table: the input handler resolves keys through it
 * and the `?` help overlay (and the README's key table) are generated from it.
 */
import type { Key } from "ink";

export type Command =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "nextPane"
  | "prevPane"
  | "left"
  | "right"
  | "open"
  | "back"
  | "section"
  | "nextSection"
  | "prevSection"
  | "search"
  | "nextHit"
  | "prevHit"
  | "help"
  | "quit"
  | "forceQuit"
  | "deleteChar"
  | "clearQuery";

/** Where a binding applies: browsing, typing in the search bar, reading the help. */
export type Mode = "browse" | "search" | "help";

type KeyName =
  | "upArrow"
  | "downArrow"
  | "leftArrow"
  | "rightArrow"
  | "pageUp"
  | "pageDown"
  | "home"
  | "end"
  | "return"
  | "escape"
  | "tab"
  | "backspace"
  | "delete";

export interface KeySpec {
  /** A named key (Ink's key flags). */
  key?: KeyName;
  /** Literal input, e.g. "j", "?", "G". */
  input?: string;
  /** Ctrl + `input`. */
  ctrl?: boolean;
  shift?: boolean;
}

export interface Binding {
  command: Command;
  keys: KeySpec[];
  description: string;
  modes: Mode[];
  /** Help overlay group. */
  group: "Move" | "Panes" | "Search" | "General";
}

const B: Mode[] = ["browse"];
const BH: Mode[] = ["browse", "help"];
const ALL: Mode[] = ["browse", "search", "help"];

export const KEYMAP: readonly Binding[] = [
  {
    command: "up",
    keys: [{ key: "upArrow" }, { input: "k" }],
    description: "move up / scroll up",
    modes: BH,
    group: "Move",
  },
  {
    command: "down",
    keys: [{ key: "downArrow" }, { input: "j" }],
    description: "move down / scroll down",
    modes: BH,
    group: "Move",
  },
  {
    command: "pageUp",
    keys: [{ key: "pageUp" }, { input: "u", ctrl: true }],
    description: "page up",
    modes: ALL,
    group: "Move",
  },
  {
    command: "pageDown",
    keys: [{ key: "pageDown" }, { input: "d", ctrl: true }],
    description: "page down",
    modes: ALL,
    group: "Move",
  },
  {
    command: "top",
    keys: [{ input: "g" }, { key: "home" }],
    description: "first / top",
    modes: BH,
    group: "Move",
  },
  {
    command: "bottom",
    keys: [{ input: "G" }, { key: "end" }],
    description: "last / bottom",
    modes: BH,
    group: "Move",
  },
  { command: "nextPane", keys: [{ key: "tab" }], description: "next pane", modes: B, group: "Panes" },
  {
    command: "prevPane",
    keys: [{ key: "tab", shift: true }],
    description: "previous pane",
    modes: B,
    group: "Panes",
  },
  {
    command: "left",
    keys: [{ key: "leftArrow" }, { input: "h" }],
    description: "pane to the left (narrow: back)",
    modes: B,
    group: "Panes",
  },
  {
    command: "right",
    keys: [{ key: "rightArrow" }, { input: "l" }],
    description: "pane to the right (narrow: open)",
    modes: B,
    group: "Panes",
  },
  {
    command: "open",
    keys: [{ key: "return" }],
    description: "open the profile / jump to the hit",
    modes: ["browse", "search"],
    group: "Panes",
  },
  {
    command: "back",
    keys: [{ key: "escape" }],
    description: "back; closes search or help",
    modes: ALL,
    group: "Panes",
  },
  {
    command: "section",
    keys: [{ input: "1" }, { input: "9" }],
    description: "section 1–9",
    modes: B,
    group: "Panes",
  },
  { command: "nextSection", keys: [{ input: "]" }], description: "next section", modes: B, group: "Panes" },
  {
    command: "prevSection",
    keys: [{ input: "[" }],
    description: "previous section",
    modes: B,
    group: "Panes",
  },
  {
    command: "search",
    keys: [{ input: "/" }],
    description: "search (letters are query text)",
    modes: B,
    group: "Search",
  },
  {
    command: "up",
    keys: [{ key: "upArrow" }, { input: "p", ctrl: true }],
    description: "previous result",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "down",
    keys: [{ key: "downArrow" }, { input: "n", ctrl: true }],
    description: "next result",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "deleteChar",
    keys: [{ key: "backspace" }, { key: "delete" }],
    description: "delete a character",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "clearQuery",
    keys: [{ input: "w", ctrl: true }],
    description: "clear the query",
    modes: ["search"],
    group: "Search",
  },
  { command: "nextHit", keys: [{ input: "n" }], description: "next hit", modes: B, group: "Search" },
  { command: "prevHit", keys: [{ input: "N" }], description: "previous hit", modes: B, group: "Search" },
  { command: "help", keys: [{ input: "?" }], description: "this help", modes: BH, group: "General" },
  { command: "quit", keys: [{ input: "q" }], description: "quit", modes: BH, group: "General" },
  {
    command: "forceQuit",
    keys: [{ input: "c", ctrl: true }],
    description: "quit, from anywhere",
    modes: ALL,
    group: "General",
  },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if (spec.key) {
    if (!key[spec.key]) return false;
    if (spec.key === "tab") return Boolean(spec.shift) === Boolean(key.shift);
    return true;
  }
  if (spec.ctrl) return key.ctrl && input === spec.input;
  if (key.ctrl || (key.meta && !key.escape)) return false;
  return input === spec.input;
}

export interface Resolved {
  command: Command;
  /** For `section`: 0-based section index. */
  index?: number;
}

/** The command bound to this key press in this mode, if any. */
export function resolve(mode: Mode, input: string, key: Key): Resolved | undefined {
  for (const b of KEYMAP) {
    if (!b.modes.includes(mode)) continue;
    if (b.command === "section") {
      if (!key.ctrl && !key.meta && /^[1-9]$/.test(input))
        return { command: "section", index: Number(input) - 1 };
      continue;
    }
    if (b.keys.some((k) => matches(k, input, key))) return { command: b.command };
  }
  return undefined;
}

const NAMES: Record<KeyName, string> = {
  upArrow: "↑",
  downArrow: "↓",
  leftArrow: "←",
  rightArrow: "→",
  pageUp: "PgUp",
  pageDown: "PgDn",
  home: "Home",
  end: "End",
  return: "Enter",
  escape: "Esc",
  tab: "Tab",
  backspace: "Backspace",
  delete: "Delete",
};

export function keyLabel(spec: KeySpec): string {
  if (spec.key) return `${spec.shift ? "Shift-" : ""}${NAMES[spec.key]}`;
  if (spec.ctrl) return `Ctrl-${(spec.input ?? "").toUpperCase()}`;
  return spec.input ?? "";
}

/** "↑ k", "1–9": how a binding's keys are shown in help and in the README. */
export function keysLabel(b: Binding): string {
  if (b.command === "section") return "1–9";
  return b.keys.map(keyLabel).join(" ");
}

export interface HelpRow {
  group: Binding["group"];
  keys: string;
  description: string;
  modes: Mode[];
}

export function helpRows(): HelpRow[] {
  const order: Binding["group"][] = ["Move", "Panes", "Search", "General"];
  return order.flatMap((group) =>
    KEYMAP.filter((b) => b.group === group).map((b) => ({
      group,
      keys: keysLabel(b),
      description: b.description,
      modes: b.modes,
    })),
  );
}

/** The README's key table, generated from the same table (a test keeps them equal). */
export function keymapMarkdown(): string {
  const rows = helpRows().map((r) => {
    const names: Record<Mode, string> = { browse: "browsing", search: "search bar", help: "help" };
    const where = r.modes.length === 3 ? "everywhere" : r.modes.map((m) => names[m]).join(", ");
    return `| ${r.keys.replace(/\|/g, "\\|")} | ${r.description} | ${where} |`;
  });
  return ["| keys | action | where |", "| --- | --- | --- |", ...rows].join("\n");
}
