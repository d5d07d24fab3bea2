import React, { useRef } from "react";
import { Text } from "ink";
import { useTheme, type Theme } from "../theme.js";
import { clipLine, fit, truncate, visible, width, type Line, type Seg } from "../text.js";
import { lineText, paint } from "./LineView.js";
import type { Hit } from "../../search/index.js";
import type { Entry } from "../../library/library.js";
import { SECTIONS } from "../../profile/sections.js";
import { hitEntryLabel } from "../../search/fields.js";

const TITLES = new Map<string, string>(SECTIONS.map((s) => [s.id, s.title]));

/** The part of a hit's text around its first match, matches marked, in `cols` columns. */
export function snippet(hit: Hit, cols: number): Line {
  const text = visible(hit.text);
  const ranges = [...hit.ranges].filter(([a, z]) => z > a).sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const lead = Math.floor(cols / 3);
  let start = first > lead ? first - lead : 0;
  // Start at a word when one begins before the match.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const segs: Seg[] = start > 0 ? [{ text: "…", style: "muted" }] : [];
  let at = start;
  for (const [a, z] of ranges) {
    if (z <= at) continue;
    const from = Math.max(a, at);
    if (from > at) segs.push({ text: text.slice(at, from) });
    segs.push({ text: text.slice(from, z), style: "match" });
    at = z;
  }
  if (at < text.length) segs.push({ text: text.slice(at) });
  return clipLine({ segs }, cols);
}

/** A hit as two styled lines: who · section › entry, then the snippet (indented by 4). */
function hitLines(
  theme: Theme,
  props: { hit: Hit; label: string; entry?: Entry; chosen: boolean; focused: boolean; cols: number },
): [string, string] {
  const inEntry = visible(hitEntryLabel(props.entry?.profile, props.hit));
  const where = [TITLES.get(props.hit.section) ?? props.hit.section, inEntry].filter(Boolean).join(" › ");
  // too wide: shorten the person first (the entry tells hits apart), then the entry
  const section = truncate(where, Math.max(8, props.cols - 16));
  const marker = props.chosen ? `${theme.marker} ` : "  ";
  const head = `${marker}${truncate(visible(props.label), Math.max(1, props.cols - width(section) - 5))}`;
  const style = props.chosen
    ? props.focused
      ? theme.styles.selection
      : theme.styles.selectionBlur
    : theme.styles.subheading;
  const first = props.chosen
    ? paint(style, fit(`${head} · ${section}`, props.cols))
    : paint(style, head) + paint(theme.styles.muted, ` · ${section}`);
  const cols = Math.max(1, props.cols - 4);
  return [first, "    " + lineText(snippet(props.hit, cols), cols, theme)];
}

/**
 * Search results, two lines each (who · section, then the snippet), virtualised; the
 * title and the hits in view are ONE <Text> (fewer elements per SSH session).
 */
export function HitList(props: {
  hits: Hit[];
  chosen: number;
  rows: number;
  cols: number;
  byId: ReadonlyMap<string, Entry>;
  query: string;
  profiles: number;
  /** Every hit is ranked (else the counts are "at least"). */
  complete: boolean;
}) {
  const theme = useTheme();
  const top = useRef(0);
  const { hits, chosen, rows } = props;
  let t = top.current;
  if (chosen < t) t = chosen;
  if (chosen >= t + rows) t = chosen - rows + 1;
  t = Math.max(0, Math.min(t, Math.max(0, hits.length - rows)));
  top.current = t;
  const more = props.complete ? "" : "+";
  const title = !props.query.trim()
    ? "Type to search every profile"
    : hits.length
      ? `${hits.length}${more} hit${hits.length === 1 ? "" : "s"} in ${props.profiles}${more} profile${props.profiles === 1 ? "" : "s"}`
      : `No matches for "${visible(props.query)}"`;
  const position = hits.length ? `${chosen + 1}/${hits.length}${more}` : "";
  const shownTitle = truncate(title, Math.max(1, props.cols - width(position) - 1));
  const lines = [
    paint(theme.styles.titleFocus, shownTitle) +
      paint(
        theme.styles.muted,
        " ".repeat(Math.max(1, props.cols - width(shownTitle) - width(position))) + position,
      ),
  ];
  hits.slice(t, t + rows).forEach((h, i) => {
    lines.push(
      ...hitLines(theme, {
        hit: h,
        label: props.byId.get(h.id)?.label ?? h.id,
        entry: props.byId.get(h.id),
        chosen: t + i === chosen,
        focused: true,
        cols: props.cols,
      }),
    );
  });
  return <Text wrap="truncate-end">{lines.join("\n")}</Text>;
}
