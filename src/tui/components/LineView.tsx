import React, { memo } from "react";
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { clipLine, osc8, type Line, type Seg } from "../text.js";

function SegText({ seg }: { seg: Seg }) {
  const theme = useTheme();
  const style = theme.styles[seg.style ?? "text"];
  const text = `${seg.open ?? ""}${seg.text}${seg.close ?? ""}`;
  return <Text {...style}>{seg.link ? osc8(seg.link, text) : text}</Text>;
}

/** One laid-out line, cut to `cols` columns. Memoised: lines come from caches. */
export const LineView = memo(function LineView({ line, cols }: { line: Line; cols: number }) {
  const l = clipLine(line, cols);
  if (!l.segs.length) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {l.segs.map((s, i) => (
        <SegText key={i} seg={s} />
      ))}
    </Text>
  );
});
