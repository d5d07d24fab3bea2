import React, { useRef } from "react";
import { Text } from "ink";
import { useTheme, type Theme } from "../theme.js";
import { fit, truncate, visible, width } from "../text.js";
import type { ListView } from "../state.js";
import { paint } from "./LineView.js";
import type { Entry } from "../../library/library.js";

/** What to show after the label: the headline, else the latest role. */
function subtitle(e: Entry): string {
  const b = e.profile.basics;
  const w = e.profile.work?.[0];
  const role = w ? [w.position, w.name].filter(Boolean).join(" · ") : "";
  const sub = b?.label?.trim() || role;
  return sub && sub !== e.label ? visible(sub) : "";
}

/** One row of the list as a styled string, exactly `cols` columns wide or less. */
export function rowText(
  theme: Theme,
  props: { label: string; sub: string; count?: number; selected: boolean; focused: boolean; cols: number },
): string {
  const marker = props.selected ? `${theme.marker} ` : "  ";
  const count = props.count ? ` ${props.count}` : "";
  const room = Math.max(1, props.cols - 2 - width(count));
  const label = truncate(visible(props.label), room);
  const rest = room - width(label);
  const sub = rest > 6 && props.sub ? fit(`  ${props.sub}`, rest) : " ".repeat(Math.max(0, rest));
  if (props.selected) {
    const style = props.focused ? theme.styles.selection : theme.styles.selectionBlur;
    return paint(style, marker + label + sub + count);
  }
  return (
    marker +
    label +
    (sub ? paint(theme.styles.muted, sub) : "") +
    (count ? paint(theme.styles.accent, count) : "")
  );
}

/**
 * The profile list, virtualised: only the rows in view are drawn, so 10,000 profiles
 * cost what 30 do. The title and the rows are ONE <Text> (lines joined): the fewer
 * elements, the less memory each SSH session's tree holds.
 */
export function ProfileList(props: {
  list: ListView;
  cursor: number;
  focused: boolean;
  rows: number;
  cols: number;
  title: string;
  /** Where the first row in view is kept (the app maps clicks to rows with it). */
  topRef?: React.MutableRefObject<number>;
}) {
  const theme = useTheme();
  const own = useRef(0);
  const top = props.topRef ?? own;
  const { list, cursor, rows } = props;
  let t = top.current;
  if (cursor < t) t = cursor;
  if (cursor >= t + rows) t = cursor - rows + 1;
  t = Math.max(0, Math.min(t, Math.max(0, list.length - rows)));
  top.current = t;
  const position = list.length ? `${Math.min(cursor + 1, list.length)}/${list.length}` : "0";
  const title = truncate(props.title, Math.max(1, props.cols - width(position) - 3));
  const lines = [
    paint(
      props.focused ? theme.styles.titleFocus : theme.styles.title,
      (props.focused ? theme.marker : " ") + title,
    ) +
      paint(
        theme.styles.muted,
        " ".repeat(Math.max(1, props.cols - width(title) - 1 - width(position))) + position,
      ),
  ];
  for (let i = t; i < Math.min(list.length, t + rows); i++) {
    const e = list.at(i)!;
    lines.push(
      rowText(theme, {
        label: e.label,
        sub: subtitle(e),
        count: list.counts?.get(e.id),
        selected: i === cursor,
        focused: props.focused,
        cols: props.cols,
      }),
    );
  }
  return <Text wrap="truncate-end">{lines.join("\n")}</Text>;
}
