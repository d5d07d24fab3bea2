import React, { memo, useRef } from "react";
import { Box, Text } from "ink";
import { useTheme } from "../theme.js";
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

const Row = memo(function Row(props: {
  label: string;
  sub: string;
  count?: number;
  selected: boolean;
  focused: boolean;
  cols: number;
}) {
  const theme = useTheme();
  const marker = props.selected ? `${theme.marker} ` : "  ";
  const count = props.count ? ` ${props.count}` : "";
  const room = Math.max(1, props.cols - 2 - width(count));
  const label = truncate(visible(props.label), room);
  const rest = room - width(label);
  const sub = rest > 6 && props.sub ? fit(`  ${props.sub}`, rest) : " ".repeat(Math.max(0, rest));
  if (props.selected) {
    const style = props.focused ? theme.styles.selection : theme.styles.selectionBlur;
    return (
      <Text wrap="truncate-end" {...style}>
        {marker + label + sub + count}
      </Text>
    );
  }
  // One <Text> whose string carries its styles (each element is fibers per SSH session).
  return (
    <Text wrap="truncate-end">
      {marker + label + (sub ? paint(theme.styles.muted, sub) : "") + (count ? paint(theme.styles.accent, count) : "")}
    </Text>
  );
});

/**
 * The profile list, virtualised: only the rows in view are rendered, and each row is
 * memoised, so 10,000 profiles cost what 30 do.
 */
export function ProfileList(props: {
  list: ListView;
  cursor: number;
  focused: boolean;
  rows: number;
  cols: number;
  title: string;
}) {
  const theme = useTheme();
  const top = useRef(0);
  const { list, cursor, rows } = props;
  let t = top.current;
  if (cursor < t) t = cursor;
  if (cursor >= t + rows) t = cursor - rows + 1;
  t = Math.max(0, Math.min(t, Math.max(0, list.length - rows)));
  top.current = t;
  const items: React.ReactNode[] = [];
  for (let i = t; i < Math.min(list.length, t + rows); i++) {
    const e = list.at(i)!;
    items.push(
      <Row
        key={e.id}
        label={e.label}
        sub={subtitle(e)}
        count={list.counts?.get(e.id)}
        selected={i === cursor}
        focused={props.focused}
        cols={props.cols}
      />,
    );
  }
  const position = list.length ? `${Math.min(cursor + 1, list.length)}/${list.length}` : "0";
  const title = truncate(props.title, Math.max(1, props.cols - width(position) - 3));
  return (
    <Box flexDirection="column" width={props.cols} flexShrink={0}>
      <Text wrap="truncate-end">
        <Text {...(props.focused ? theme.styles.titleFocus : theme.styles.title)}>
          {(props.focused ? theme.marker : " ") + title}
        </Text>
        <Text {...theme.styles.muted}>
          {" ".repeat(Math.max(1, props.cols - width(title) - 1 - width(position)))}
          {position}
        </Text>
      </Text>
      {items}
    </Box>
  );
}
