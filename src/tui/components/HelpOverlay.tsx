import React from "react";
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { helpRows } from "../keymap.js";
import { fit, truncate } from "../text.js";
import { Pane } from "./Pane.js";
import { paint } from "./LineView.js";

interface HelpLine {
  heading?: string;
  keys?: string;
  description?: string;
}

/** The help text as lines: a heading per group, then `keys  description`. */
export function helpLines(): HelpLine[] {
  const out: HelpLine[] = [];
  let group = "";
  for (const r of helpRows()) {
    if (r.group !== group) {
      if (group) out.push({});
      out.push({ heading: r.group });
      group = r.group;
    }
    const where = r.modes.includes("browse") ? "" : " (in search)";
    out.push({ keys: r.keys, description: r.description + where });
  }
  return out;
}

const LINES = helpLines();
export const HELP_LINES = LINES.length;

/** The `?` overlay, generated from the keymap; scrolls when the terminal is short. */
export function HelpOverlay(props: { width: number; height: number; scroll: number; rows: number }) {
  const theme = useTheme();
  const cols = Math.max(1, props.width - 4);
  const keyCols = Math.min(18, Math.max(8, Math.floor(cols / 3)));
  const scroll = Math.max(0, Math.min(props.scroll, Math.max(0, LINES.length - props.rows)));
  const shown = LINES.slice(scroll, scroll + props.rows);
  const pos =
    LINES.length > props.rows
      ? `${scroll + 1}–${Math.min(LINES.length, scroll + props.rows)}/${LINES.length}`
      : "";
  const title = "Keys · Esc, q or ? closes";
  return (
    <Pane width={props.width} height={props.height} focused padded>
      <Text wrap="truncate-end">
        {[
          paint(theme.styles.titleFocus, truncate(title, Math.max(1, cols - pos.length - 1))) +
            paint(
              theme.styles.muted,
              " ".repeat(Math.max(1, cols - Math.min(title.length, cols - pos.length - 1) - pos.length)) +
                pos,
            ),
          ...shown.map((l) =>
            l.heading
              ? paint(theme.styles.heading, l.heading)
              : l.keys
                ? `${paint(theme.styles.key, fit(l.keys, keyCols))} ${truncate(l.description ?? "", Math.max(1, cols - keyCols - 1))}`
                : "",
          ),
        ].join("\n")}
      </Text>
    </Pane>
  );
}
