import React from "react";
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { fit, truncate, visible, width } from "../text.js";
import type { Chooser } from "../state.js";
import { Pane } from "./Pane.js";
import { paint } from "./LineView.js";

/** The `y` / `o` chooser: numbered items, the one under the cursor marked. */
export function ChooserView(props: { chooser: Chooser; width: number; height: number }) {
  const theme = useTheme();
  const cols = Math.max(1, props.width - 4);
  const { chooser } = props;
  const title =
    chooser.kind === "copy" ? "Copy · 1–9 or Enter · Esc closes" : "Open · 1–9 or Enter · Esc closes";
  const labelCols = Math.min(24, Math.max(...chooser.items.map((i) => width(i.label))) + 1);
  const lines = chooser.items.slice(0, Math.max(1, props.height - 3)).map((item, i) => {
    const chosen = i === chooser.cursor;
    const key = i < 9 ? `${i + 1}` : " ";
    const preview = visible(item.value.split("\n")[0] ?? "");
    const text = `${chosen ? theme.marker : " "} ${key} ${fit(item.label, labelCols)} ${truncate(preview, Math.max(1, cols - labelCols - 5))}`;
    return chosen ? paint(theme.styles.selection, fit(text, cols)) : text;
  });
  return (
    <Pane width={props.width} height={props.height} focused padded>
      <Text wrap="truncate-end">
        {[paint(theme.styles.titleFocus, fit(title, cols)), ...lines].join("\n")}
      </Text>
    </Pane>
  );
}
