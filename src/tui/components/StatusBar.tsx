import React from "react";
import { Text } from "ink";
import { useTheme, type Token } from "../theme.js";
import { truncate, visible, width } from "../text.js";
import { KEYMAP, keysLabel, type Command } from "../keymap.js";
import { paint } from "./LineView.js";

/** The keys of a command as the keymap names them (first two), e.g. "↑ k". */
export function keysOf(command: Command): string {
  const b = KEYMAP.find((x) => x.command === command);
  if (!b) return "";
  if (b.command === "section") return "1–9";
  if (b.command === "down" || b.command === "up") return "↑↓";
  return keysLabel({ ...b, keys: b.keys.slice(0, 1) });
}

export interface Hint {
  command: Command;
  text: string;
}

/**
 * The bottom line: the search bar while typing; otherwise a message, the active search,
 * or key hints (drawn from the keymap), cut to the width.
 */
export function StatusBar(props: {
  cols: number;
  typing?: { query: string; at: number; count: number; complete: boolean };
  /** The filter bar, while typing in it. */
  filter?: { text: string; at: number; count: number };
  /** Said until something else is: e.g. files that could not be read. */
  notice?: string;
  active?: { query: string; hit: number; count: number; complete: boolean };
  message?: string;
  /** The library's load: progress while loading, a limit reached after (never hidden). */
  progress?: string;
  hints: Hint[];
}) {
  const theme = useTheme();
  const parts: { text: string; style?: Token }[] = [];
  // The load's progress leads the line (never hidden); what follows fits in the rest.
  const lead = props.progress ? width(props.progress) + 3 : 0;
  if (props.progress) parts.push({ text: props.progress, style: "accent" }, { text: " · ", style: "muted" });
  if (props.typing || props.filter) {
    const box = props.typing
      ? { prompt: "/", text: props.typing.query, at: props.typing.at }
      : { prompt: "filter: ", text: props.filter!.text, at: props.filter!.at };
    const info = props.typing
      ? props.typing.query.trim()
        ? `  ${props.typing.count}${props.typing.complete ? "" : "+"} hit${props.typing.count === 1 ? "" : "s"}`
        : ""
      : `  ${props.filter!.count} ${props.filter!.count === 1 ? "person" : "people"}`;
    // The hints give way to the text on a narrow terminal (at least 16 columns of it).
    const long = `${info}  ${props.typing ? "↑↓ choose · Enter open" : "Enter keep"} · Esc close`;
    const tail = props.cols - lead - width(box.prompt) - 1 - width(long) >= 16 ? long : info;
    const room = Math.max(4, props.cols - lead - width(box.prompt) - 1 - width(tail));
    // The text around the cursor, the cursor drawn as an inverse cell.
    const chars = Array.from(visible(box.text));
    const at = Math.max(0, Math.min(box.at, chars.length));
    let from = 0;
    while (width(chars.slice(from, at).join("")) > room - 2) from++;
    const before = (from > 0 ? "…" : "") + chars.slice(from + (from > 0 ? 1 : 0), at).join("");
    const under = chars[at] ?? " ";
    const afterRoom = Math.max(0, room - width(before) - width(under));
    const after = truncate(chars.slice(at + 1).join(""), afterRoom);
    parts.push(
      { text: box.prompt, style: "key" },
      { text: before },
      { text: under, style: "selection" },
      { text: after },
      { text: tail, style: "muted" },
    );
  } else if (props.message) {
    parts.push({ text: props.message, style: "error" });
  } else {
    if (props.notice) parts.push({ text: `✗ ${props.notice}`, style: "error" }, { text: "  " });
    if (props.active) {
      parts.push(
        { text: `/${visible(props.active.query)}`, style: "key" },
        {
          text: ` hit ${props.active.hit + 1}/${props.active.count}${props.active.complete ? "" : "+"}`,
          style: "accent",
        },
        { text: " · ", style: "muted" },
        { text: `${keysOf("nextHit")}/${keysOf("prevHit")}`, style: "key" },
        { text: " next/prev · ", style: "muted" },
        { text: keysOf("back"), style: "key" },
        { text: " back  ", style: "muted" },
      );
    }
    props.hints.forEach((h, i) => {
      if (i) parts.push({ text: " · ", style: "muted" });
      parts.push({ text: keysOf(h.command), style: "key" }, { text: ` ${h.text}`, style: "muted" });
    });
  }
  // Adjacent parts in one style share one <Text> (fewer fibers per session).
  let used = 0;
  const runs: { style?: Token; text: string }[] = [];
  for (const p of parts) {
    if (used >= props.cols) break;
    const t = truncate(p.text, props.cols - used);
    used += width(t);
    const last = runs[runs.length - 1];
    if (last && last.style === p.style) last.text += t;
    else runs.push({ style: p.style, text: t });
  }
  const out = runs.map((r) => (r.style ? paint(theme.styles[r.style], r.text) : r.text)).join("");
  return <Text wrap="truncate-end">{out}</Text>;
}
