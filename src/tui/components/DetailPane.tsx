import React from "react";
import { Box, Text } from "ink";
import { useTheme, type Theme } from "../theme.js";
import { headerLines } from "../doc.js";
import { lineText, paint } from "./LineView.js";
import { truncate, truncatePath, visible, width, type Line } from "../text.js";
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

/** Sections with a number key (1–9): the first nine kinds, the same in every profile. */
export const NUMBERED: readonly SectionId[] = SECTIONS.slice(0, 9).map((x) => x.id);

interface Tab {
  id: SectionId;
  key: string;
  present: boolean;
}

/** The tabs of a profile: every numbered kind (missing ones dimmed), then its other sections. */
export function tabsOf(sections: readonly SectionId[]): Tab[] {
  const have = new Set(sections);
  const tabs: Tab[] = NUMBERED.map((id, i) => ({ id, key: `${i + 1}`, present: have.has(id) }));
  for (const id of sections) if (!NUMBERED.includes(id)) tabs.push({ id, key: "·", present: true });
  return tabs;
}

type Form = "long" | "short" | "tight" | "number";

/** The tab labels and the columns each takes, in the widest form that fits. */
function layoutTabs(
  theme: Theme,
  sections: readonly SectionId[],
  activeId: SectionId | undefined,
  room: number,
): { tab: Tab; text: string }[] {
  const tabs = tabsOf(sections);
  const title = (t: Tab, form: Form) => {
    // a missing kind shows only its number
    if (!t.present) return "";
    if (t.id === activeId && form !== "long") return SHORT[t.id];
    if (form === "long") return TITLES.get(t.id) ?? t.id;
    return form === "number" ? "" : SHORT[t.id];
  };
  let parts: { tab: Tab; text: string }[] = [];
  for (const form of ["long", "short", "tight", "number"] as Form[]) {
    parts = tabs.map((t) => {
      const name = title(t, form);
      const gap = form === "tight" || form === "number" ? "" : " ";
      return {
        tab: t,
        text: `${t.id === activeId ? theme.marker : " "}${t.key}${name ? ` ${name}` : ""}${gap}`,
      };
    });
    if (
      width(
        parts
          .map((p) => p.text)
          .join("")
          .trimEnd(),
      ) <= room
    )
      break;
  }
  if (parts.length) parts[parts.length - 1]!.text = parts[parts.length - 1]!.text.trimEnd();
  return parts;
}

/** Which section's tab is at column `x` of the tabs line (a click). */
export function tabAt(
  theme: Theme,
  sections: readonly SectionId[],
  active: number,
  cols: number,
  x: number,
): SectionId | undefined {
  let at = 0;
  for (const p of layoutTabs(theme, sections, sections[active], cols)) {
    const w = width(p.text);
    if (x >= at && x < at + w) return p.tab.present ? p.tab.id : undefined;
    at += w;
  }
  return undefined;
}

/**
 * `›1 Overview 2 Experience 3 Projects 4 5 …`: one number per kind of section in every
 * profile, the kinds this one lacks dimmed; shortened to numbers when it does not fit.
 */
export function tabsText(
  theme: Theme,
  props: {
    sections: SectionId[];
    active: number;
    cols: number;
    position: string;
    /** The one-page view: no tab is active. */
    whole?: boolean;
  },
): string {
  const position = props.whole ? `whole · ${props.position}` : props.position;
  const room = Math.max(1, props.cols - width(position) - 1);
  const activeId = props.whole ? undefined : props.sections[props.active];
  const parts = layoutTabs(theme, props.sections, activeId, room);
  type Kind = "active" | "tab" | "missing";
  // Runs of tabs in one style share one <Text>.
  let used = 0;
  const runs: { kind: Kind; text: string }[] = [];
  const add = (kind: Kind, text: string) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  for (const p of parts) {
    const kind: Kind = p.tab.id === activeId ? "active" : p.tab.present ? "tab" : "missing";
    if (used + width(p.text) > room) {
      if (used < room) add(kind, truncate(p.text, room - used));
      used = room;
      break;
    }
    used += width(p.text);
    add(kind, p.text);
  }
  const style = { active: theme.styles.tabActive, tab: theme.styles.tab, missing: theme.styles.tabMissing };
  const shown = runs.map((r) => paint(style[r.kind], r.text)).join("");
  return (
    shown + paint(theme.styles.muted, " ".repeat(Math.max(1, props.cols - used - width(position))) + position)
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
  /** The one-page view of the whole profile. */
  whole?: boolean;
  lines: Line[];
  scroll: number;
  layout: Layout;
  empty: string;
  /** The profile's file as this screen may name it (relative, never the server's place). */
  file?: string;
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
  // The last line names the file: dim and to the right (as the tabs line's position), cut
  // from its start when long (its name is the telling part).
  const file = props.file ? truncatePath(visible(props.file), cols) : "";
  const footer =
    layout.fileRows && file
      ? [
          ...Array<string>(layout.bodyRows - body.length).fill(""),
          " ".repeat(cols - width(file)) + paint(theme.styles.muted, file),
        ]
      : [];
  // The header, the tabs and the lines in view: ONE <Text> (one Ink node per pane, not
  // one per line: each element is memory in every SSH session's tree).
  const text = [
    ...header.map((l) => lineText(l, cols, theme)),
    tabsText(theme, {
      sections: props.sections,
      active: props.section,
      cols,
      whole: props.whole,
      position: position(scroll, layout.bodyRows, props.lines.length),
    }),
    ...body.map((l) => lineText(l, cols, theme)),
    ...footer,
  ].join("\n");
  return <Text wrap="truncate-end">{text}</Text>;
}
