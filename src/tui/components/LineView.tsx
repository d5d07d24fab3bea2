import React, { memo } from "react";
import { Text } from "ink";
import chalk, { Chalk } from "chalk";
import { useTheme, type Style, type Theme } from "../theme.js";
import { clipLine, osc8, type Line, type Seg } from "../text.js";

const segText = (seg: Seg): string => {
  const text = `${seg.open ?? ""}${seg.text}${seg.close ?? ""}`;
  return seg.link ? osc8(seg.link, text) : text;
};

type Painter = (s: string) => string;
const named = (name: string | undefined, bg: boolean): Painter | undefined => {
  if (!name) return undefined;
  const key = bg ? `bg${name[0]!.toUpperCase()}${name.slice(1)}` : name;
  const f = (chalk as unknown as Record<string, unknown>)[key];
  return typeof f === "function" ? (f as Painter) : undefined;
};

/**
 * Attributes (bold, underline, inverse) are not colour: FORCE_COLOR=0 and TERM=dumb turn
 * chalk's colours off (level 0), which would drop them too and leave a search match or the
 * selection unmarked. They are always drawn; colours follow chalk's level.
 */
const attrs = new Chalk({ level: Math.max(1, chalk.level) as 1 | 2 | 3 });

/** A theme style applied as Ink's <Text> would (same SGR codes, same attributes). */
export function paint(style: Style, text: string): string {
  let out = text;
  if (style.dimColor) out = attrs.dim(out);
  const fg = named(style.color, false);
  if (fg) out = fg(out);
  const bg = named(style.backgroundColor, true);
  if (bg) out = bg(out);
  if (style.bold) out = attrs.bold(out);
  if (style.italic) out = attrs.italic(out);
  if (style.underline) out = attrs.underline(out);
  if (style.inverse) out = attrs.inverse(out);
  return out;
}

/**
 * One laid-out line, cut to `cols` columns, as a string carrying its own styles (the
 * same chalk calls Ink's nested <Text> would make). A pane joins its lines into ONE
 * <Text>: an SSH server holds one React/Ink tree per session, and every element is
 * fibers, an Ink node and a Yoga node in it.
 */
export function lineText(line: Line, cols: number, theme: Theme): string {
  const l = clipLine(line, cols);
  let out = "";
  let run = "";
  let style: Seg["style"] | null = null;
  const flush = () => {
    if (run) out += paint(theme.styles[style ?? "text"], run);
    run = "";
  };
  for (const s of l.segs) {
    const st = s.style ?? "text";
    if (st !== style) {
      flush();
      style = st;
    }
    run += segText(s);
  }
  flush();
  return out;
}

/** One line as its own <Text> (where a pane has a single line to show). */
export const LineView = memo(function LineView({ line, cols }: { line: Line; cols: number }) {
  const theme = useTheme();
  const out = lineText(line, cols, theme);
  if (!out) return <Text> </Text>;
  return <Text wrap="truncate-end">{out}</Text>;
});
