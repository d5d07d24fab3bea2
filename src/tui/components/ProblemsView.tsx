import React from "react";
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { fit, truncate, visible, width } from "../text.js";
import { formatDiagnostic, type Diagnostic } from "../../library/diagnostic.js";
import { Pane } from "./Pane.js";
import { paint } from "./LineView.js";

export interface ProblemLine {
  error: boolean;
  text: string;
}

/** Each problem as the CLI prints it (`file:line: reason`), errors first. */
export function problemLines(diagnostics: readonly Diagnostic[]): ProblemLine[] {
  const sorted = [...diagnostics].sort(
    (a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1),
  );
  return sorted.map((d) => ({
    error: d.severity === "error",
    text: visible(formatDiagnostic({ ...d, file: d.file, message: d.message })),
  }));
}

/** The problems as rows of at most `cols` columns: a long one wraps, its reason never cut. */
export function problemRows(lines: ProblemLine[], cols: number): (ProblemLine & { first: boolean })[] {
  const room = Math.max(8, cols - 2);
  const out: (ProblemLine & { first: boolean })[] = [];
  for (const l of lines) {
    let cur = "";
    let first = true;
    for (const ch of l.text) {
      if (width(cur + ch) > room) {
        out.push({ ...l, text: cur, first });
        first = false;
        cur = "";
      }
      cur += ch;
    }
    out.push({ ...l, text: cur, first });
  }
  return out;
}

/** The `!` view: files that could not be read and warnings, wrapped; scrolls. */
export function ProblemsView(props: {
  lines: (ProblemLine & { first: boolean })[];
  width: number;
  height: number;
  scroll: number;
  rows: number;
}) {
  const theme = useTheme();
  const cols = Math.max(1, props.width - 4);
  const errors = props.lines.filter((l) => l.error && l.first).length;
  const warnings = props.lines.filter((l) => l.first).length - errors;
  const title = `Problems · ${errors} not read, ${warnings} warning${warnings === 1 ? "" : "s"} · Esc or q closes`;
  const rows = Math.max(1, props.rows);
  const scroll = Math.max(0, Math.min(props.scroll, Math.max(0, props.lines.length - rows)));
  const shown = props.lines.slice(scroll, scroll + rows);
  return (
    <Pane width={props.width} height={props.height} focused padded>
      <Text wrap="truncate-end">
        {[
          paint(theme.styles.titleFocus, fit(title, cols)),
          ...shown.map(
            (l) =>
              (l.first
                ? paint(l.error ? theme.styles.error : theme.styles.muted, l.error ? "✗ " : "! ")
                : "  ") + truncate(l.text, Math.max(1, cols - 2)),
          ),
        ].join("\n")}
      </Text>
    </Pane>
  );
}
