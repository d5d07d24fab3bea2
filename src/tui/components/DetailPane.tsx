import React from "react";
import { Box, Text } from "ink";
import { useTheme, type Theme } from "../theme.js";
import { headerLines } from "../doc.js";
import { lineText, paint } from "./LineView.js";
import { truncate, width, type Line } from "../text.js";
import type { Entry } from "../../library/library.js";
import { SECTIONS, type SectionId } from "../../profile/sections.js";
import type { Layout } from "../layout.js";

const TITLES = new Map<string, string>(SECTIONS.map((s) => [s.id, s.title]));
/** Shorter titles for tabs on narrower panes. */
const SHORT: Record<SectionId, string> = {
  overview: "About",
  experience: "Work",
  projects: "Projects",
  skills: "Skills",
  education: "School",
  languages: "Langs",
  interests: "Interests",
  certificates: "Certs",
  publications: "Papers",
  awards: "Awards",
  volunteer: "Volunteer",
  references: "Refs",
  other: "Other",
};

/** `1 Overview ›2 Experience  3 Projects`, shortened to numbers when it does not fit. */
export function tabsText(
  theme: Theme,
  props: {
    sections: SectionId[];
    active: number;
    cols: number;
    position: string;
  },
): string {
  const room = Math.max(1, props.cols - width(props.position) - 1);
  type Form = "long" | "short" | "tight" | "number";
  const title = (id: SectionId, i: number, form: Form) =>
    i === props.active && form !== "long"
      ? SHORT[id]
      : form === "long"
        ? (TITLES.get(id) ?? id)
        : form === "short" || form === "tight"
          ? SHORT[id]
          : "";
  const label = (id: SectionId, i: number, form: Form) => {
    const t = title(id, i, form);
    const gap = form === "tight" ? "" : " ";
    return `${i === props.active ? theme.marker : " "}${i < 9 ? `${i + 1}` : "·"}${t ? ` ${t}` : ""}${gap}`;
  };
  let parts: string[] = [];
  for (const form of ["long", "short", "tight", "number"] as Form[]) {
    parts = props.sections.map((id, i) => label(id, i, form));
    if (width(parts.join("").trimEnd()) <= room) break;
  }
  if (parts.length) parts[parts.length - 1] = parts[parts.length - 1]!.trimEnd();
  // Runs of tabs in one style share one <Text>: before the active tab, it, after it.
  let used = 0;
  const runs: { active: boolean; text: string }[] = [];
  const add = (active: boolean, text: string) => {
    const last = runs[runs.length - 1];
    if (last && last.active === active) last.text += text;
    else runs.push({ active, text });
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (used + width(p) > room) {
      if (used < room) add(false, truncate(p, room - used));
      used = room;
      break;
    }
    used += width(p);
    add(i === props.active, p);
  }
  const shown = runs.map((r) => paint(r.active ? theme.styles.tabActive : theme.styles.tab, r.text)).join("");
  return (
    shown +
    paint(
      theme.styles.muted,
      " ".repeat(Math.max(1, props.cols - used - width(props.position))) + props.position,
    )
  );
}

/** `12–30/85`, or `all` when everything fits. */
export function position(scroll: number, rows: number, total: number): string {
  if (total <= rows) return "all";
  return `${scroll + 1}–${Math.min(total, scroll + rows)}/${total}`;
}

export function DetailPane(props: {
  entry: Entry | undefined;
  sections: SectionId[];
  section: number;
  lines: Line[];
  scroll: number;
  layout: Layout;
  empty: string;
}) {
  const theme = useTheme();
  const { layout, entry } = props;
  const cols = layout.bodyCols;
  if (!entry) {
    return (
      <Box flexDirection="column" width={cols} flexShrink={0}>
        <Text wrap="truncate-end">
          <Text {...theme.styles.prompt}>$ whoami</Text>
        </Text>
        <Text wrap="wrap" {...theme.styles.muted}>
          {props.empty}
        </Text>
      </Box>
    );
  }
  const header = headerLines(entry.label, entry.profile, layout.header, theme).slice(0, layout.headerRows);
  while (header.length < layout.headerRows) header.push({ segs: [] });
  const scroll = Math.max(0, Math.min(props.scroll, Math.max(0, props.lines.length - layout.bodyRows)));
  const body = props.lines.slice(scroll, scroll + layout.bodyRows);
  // The header, the tabs and the lines in view: ONE <Text> (one Ink node per pane, not
  // one per line: each element is memory in every SSH session's tree).
  const text = [
    ...header.map((l) => lineText(l, cols, theme)),
    tabsText(theme, {
      sections: props.sections,
      active: props.section,
      cols,
      position: position(scroll, layout.bodyRows, props.lines.length),
    }),
    ...body.map((l) => lineText(l, cols, theme)),
  ].join("\n");
  return <Text wrap="truncate-end">{text}</Text>;
}
