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
  | "clearQuery"
  | "deleteWord"
  | "cursorLeft"
  | "cursorRight"
  | "lineStart"
  | "lineEnd"
  | "halfUp"
  | "halfDown"
  | "redraw"
  | "suspend"
  | "problems"
  | "copy"
  | "openLink"
  | "edit"
  | "sort"
  | "filter"
  | "whole"
  | "choose";

/**
 * Where a binding applies: browsing, typing in the search (or filter) bar, reading the
 * help or the problems view, choosing in the copy/open chooser.
 */
export type Mode = "browse" | "search" | "help" | "choose";

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
  | "delete"
  | "space";

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
  group: "Move" | "Panes" | "Search" | "Profile" | "General";
}

const B: Mode[] = ["browse"];
const BH: Mode[] = ["browse", "help"];
const BHC: Mode[] = ["browse", "help", "choose"];
const ALL: Mode[] = ["browse", "search", "help", "choose"];

export const KEYMAP: readonly Binding[] = [
  {
    command: "up",
    keys: [{ key: "upArrow" }, { input: "k" }],
    description: "move up / scroll up",
    modes: BHC,
    group: "Move",
  },
  {
    command: "down",
    keys: [{ key: "downArrow" }, { input: "j" }],
    description: "move down / scroll down",
    modes: BHC,
    group: "Move",
  },
  {
    command: "pageUp",
    keys: [{ key: "pageUp" }, { input: "b" }],
    description: "page up",
    modes: BH,
    group: "Move",
  },
  {
    command: "pageDown",
    keys: [{ key: "pageDown" }, { key: "space" }],
    description: "page down",
    modes: BH,
    group: "Move",
  },
  {
    command: "halfUp",
    keys: [{ input: "u", ctrl: true }],
    description: "half a page up",
    modes: BH,
    group: "Move",
  },
  {
    command: "halfDown",
    keys: [{ input: "d", ctrl: true }],
    description: "half a page down",
    modes: BH,
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
    description:
      "section by kind: 1 Overview, 2 Experience, 3 Projects, 4 Skills, 5 Education, 6 Languages, 7 Interests, 8 Certificates, 9 Publications (dimmed: not in this profile)",
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
    description: "previous result; from the first, the previous query",
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
    command: "pageUp",
    keys: [{ key: "pageUp" }],
    description: "page of results up",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "pageDown",
    keys: [{ key: "pageDown" }],
    description: "page of results down",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "clearQuery",
    keys: [{ input: "u", ctrl: true }],
    description: "delete to the start of the query",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "deleteWord",
    keys: [{ input: "w", ctrl: true }],
    description: "delete the word before the cursor",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "cursorLeft",
    keys: [{ key: "leftArrow" }, { input: "b", ctrl: true }],
    description: "cursor left",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "cursorRight",
    keys: [{ key: "rightArrow" }, { input: "f", ctrl: true }],
    description: "cursor right",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "lineStart",
    keys: [{ input: "a", ctrl: true }, { key: "home" }],
    description: "cursor to the start",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "lineEnd",
    keys: [{ input: "e", ctrl: true }, { key: "end" }],
    description: "cursor to the end",
    modes: ["search"],
    group: "Search",
  },
  {
    command: "nextHit",
    keys: [{ input: "n" }],
    description: "next hit (in a profile: in reading order)",
    modes: B,
    group: "Search",
  },
  { command: "prevHit", keys: [{ input: "N" }], description: "previous hit", modes: B, group: "Search" },
  {
    command: "filter",
    keys: [{ input: "f" }],
    description: "filter the people by name, role or place",
    modes: B,
    group: "Search",
  },
  {
    command: "sort",
    keys: [{ input: "s" }],
    description: "sort the people: file order, name, latest role, place, latest date",
    modes: B,
    group: "Search",
  },
  {
    command: "whole",
    keys: [{ input: "v" }],
    description: "the whole profile on one page / by section",
    modes: B,
    group: "Profile",
  },
  {
    command: "copy",
    keys: [{ input: "y" }],
    description: "copy: e-mail, a link, the entry, the profile as Markdown",
    modes: B,
    group: "Profile",
  },
  {
    command: "openLink",
    keys: [{ input: "o" }],
    description: "open a link (local only)",
    modes: B,
    group: "Profile",
  },
  {
    command: "edit",
    keys: [{ input: "e" }],
    description: "edit the profile's file in $EDITOR, then reload (local only)",
    modes: B,
    group: "Profile",
  },
  {
    command: "choose",
    keys: [{ input: "1" }, { input: "9" }],
    description: "choose that item",
    modes: ["choose"],
    group: "Profile",
  },
  {
    command: "open",
    keys: [{ key: "return" }],
    description: "choose the item under the cursor",
    modes: ["choose"],
    group: "Profile",
  },
  {
    command: "problems",
    keys: [{ input: "!" }],
    description: "files that could not be read, and warnings",
    modes: BH,
    group: "General",
  },
  { command: "help", keys: [{ input: "?" }], description: "this help", modes: BH, group: "General" },
  {
    command: "back",
    keys: [{ input: "q" }],
    description: "close this view",
    modes: ["help", "choose"],
    group: "General",
  },
  { command: "quit", keys: [{ input: "q" }], description: "quit", modes: B, group: "General" },
  {
    command: "redraw",
    keys: [{ input: "l", ctrl: true }],
    description: "redraw the screen",
    modes: ALL,
    group: "General",
  },
  {
    command: "suspend",
    keys: [{ input: "z", ctrl: true }],
    description: "suspend (fg resumes; local only)",
    modes: ALL,
    group: "General",
  },
  {
    command: "forceQuit",
    keys: [{ input: "c", ctrl: true }],
    description: "quit, from anywhere",
    modes: ALL,
    group: "General",
  },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if (spec.key === "space") return input === " " && !key.ctrl && !key.meta;
  if (spec.key) {
    if (!key[spec.key as Exclude<KeyName, "space">]) return false;
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
    if (b.command === "section" || b.command === "choose") {
      if (!key.ctrl && !key.meta && /^[1-9]$/.test(input))
        return { command: b.command, index: Number(input) - 1 };
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
  space: "Space",
};

export function keyLabel(spec: KeySpec): string {
  if (spec.key) return `${spec.shift ? "Shift-" : ""}${NAMES[spec.key]}`;
  if (spec.ctrl) return `Ctrl-${(spec.input ?? "").toUpperCase()}`;
  return spec.input ?? "";
}

/** "↑ k", "1–9": how a binding's keys are shown in help and in the README. */
export function keysLabel(b: Binding): string {
  if (b.command === "section" || b.command === "choose") return "1–9";
  return b.keys.map(keyLabel).join(" ");
}

export interface HelpRow {
  group: Binding["group"];
  keys: string;
  description: string;
  modes: Mode[];
}

export function helpRows(): HelpRow[] {
  const order: Binding["group"][] = ["Move", "Panes", "Search", "Profile", "General"];
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
    const names: Record<Mode, string> = {
      browse: "browsing",
      search: "search bar",
      help: "help and problems",
      choose: "chooser",
    };
    const where = r.modes.length === 4 ? "everywhere" : r.modes.map((m) => names[m]).join(", ");
    return `| ${r.keys.replace(/\|/g, "\\|")} | ${r.description} | ${where} |`;
  });
  return ["| keys | action | where |", "| --- | --- | --- |", ...rows].join("\n");
}
