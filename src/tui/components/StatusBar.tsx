import React from "react";
import { Text } from "ink";
import { useTheme, type Token } from "../theme.js";
import { truncate, visible, width } from "../text.js";
import { KEYMAP, keysLabel, type Command } from "../keymap.js";
import { HIT_LIMIT } from "../hooks/use-library-view.js";
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
  typing?: { query: string; count: number };
  active?: { query: string; hit: number; count: number };
  message?: string;
  /** The library's load: progress while loading, a limit reached after (never hidden). */
  progress?: string;
  hints: Hint[];
}) {
  const theme = useTheme();
  const parts: { text: string; style?: Token }[] = [];
  if (props.progress) parts.push({ text: props.progress, style: "accent" }, { text: " · ", style: "muted" });
  if (props.typing) {
    const q = visible(props.typing.query);
    const info = props.typing.query.trim()
      ? `  ${props.typing.count}${props.typing.count >= HIT_LIMIT ? "+" : ""} hit${props.typing.count === 1 ? "" : "s"}`
      : "";
    const tail = `${info}  ↑↓ choose · Enter open · Esc close`;
    const room = Math.max(4, props.cols - 3 - width(tail));
    const shown =
      width(q) > room
        ? "…" +
          Array.from(q)
            .slice(-(room - 1))
            .join("")
        : q;
    parts.push(
      { text: "/", style: "key" },
      { text: shown },
      { text: " ", style: "selection" },
      { text: tail, style: "muted" },
    );
  } else if (props.message) {
    parts.push({ text: props.message, style: "error" });
  } else {
    if (props.active) {
      parts.push(
        { text: `/${visible(props.active.query)}`, style: "key" },
        { text: ` hit ${props.active.hit + 1}/${props.active.count}`, style: "accent" },
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
