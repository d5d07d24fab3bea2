import React, { memo } from "react";
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { clipLine, osc8, type Line, type Seg } from "../text.js";

const segText = (seg: Seg): string => {
  const text = `${seg.open ?? ""}${seg.text}${seg.close ?? ""}`;
  return seg.link ? osc8(seg.link, text) : text;
};

/**
 * One laid-out line, cut to `cols` columns, as ONE <Text>: runs of segments in the same
 * style are joined into one string, and a nested <Text> is made only where the style
 * changes (the first run's style is the line's own). Few fibers per line, since an SSH
 * server holds one tree per session. Memoised: lines come from caches.
 */
export const LineView = memo(function LineView({ line, cols }: { line: Line; cols: number }) {
  const theme = useTheme();
  const l = clipLine(line, cols);
  if (!l.segs.length) return <Text> </Text>;
  const runs: { style: Seg["style"]; text: string }[] = [];
  for (const s of l.segs) {
    const style = s.style ?? "text";
    const last = runs[runs.length - 1];
    if (last && last.style === style) last.text += segText(s);
    else runs.push({ style, text: segText(s) });
  }
  if (runs.length === 1)
    return (
      <Text wrap="truncate-end" {...theme.styles[runs[0]!.style ?? "text"]}>
        {runs[0]!.text}
      </Text>
    );
  return (
    <Text wrap="truncate-end">
      {runs.map((r, i) => (
        <Text key={i} {...theme.styles[r.style ?? "text"]}>
          {r.text}
        </Text>
      ))}
    </Text>
  );
});
