/**
 * Tables whose header row names their columns ("| Degree | Institution | Year | CGPA / % |",
 * "| Project Title | Technologies | Description |", `<th>Project</th><th>Stack</th>`): the kind
 * of each column, and the rows under the header read by it. The header row is never an entry.
 */
import { findRange } from "./dates.js";
import type { Line } from "./line.js";
import { columnKind, type ColumnKind } from "./vocab/index.js";

/** The kind of each column of a header row (undefined for a column its heading does not name). */
export type Columns = (ColumnKind | undefined)[];

/**
 * The columns `line` names when it is a table's header row, else undefined. A header row names
 * every column, or the reader marked it a header (the `|---|` row under it, `<th>` cells, an Org
 * rule) and it names at least half of them; one of its columns must be of a kind in `wanted`
 * (a table of schools has a school or a degree column). A row holding a date is a row of data.
 */
export function headerColumns(line: Line, wanted: readonly ColumnKind[]): Columns | undefined {
  if (line.cells.length < 2 || findRange(line.text)) return undefined;
  const kinds = line.cells.map((c) => (c.length <= 60 ? columnKind(c) : undefined));
  const known = kinds.filter(Boolean).length;
  if (!kinds.some((k) => k !== undefined && wanted.includes(k))) return undefined;
  const enough = line.table?.header ? known * 2 >= kinds.length : known === kinds.length;
  return enough ? kinds : undefined;
}

/**
 * A section's lines with its tables read: each header row taken out, and each row under one (as
 * many cells as the header) given the header's columns. A line of one cell ends a table.
 */
export function readTables(
  lines: readonly Line[],
  wanted: readonly ColumnKind[],
): { rows: Map<Line, Columns>; rest: Line[] } {
  const rows = new Map<Line, Columns>();
  const rest: Line[] = [];
  let columns: Columns | undefined;
  for (const l of lines) {
    const header = l.text ? headerColumns(l, wanted) : undefined;
    if (header) {
      columns = header;
      continue;
    }
    if (columns && l.text && l.cells.length === columns.length) rows.set(l, columns);
    else if (l.text && l.cells.length < 2) columns = undefined;
    rest.push(l);
  }
  return { rows, rest };
}

/** The text of a row's first column of `kind` ("-" or a cell of punctuation is none). */
export function cellOf(row: Line, columns: Columns, kind: ColumnKind): string | undefined {
  const i = columns.indexOf(kind);
  if (i < 0) return undefined;
  const c = (row.cells[i] ?? "").replace(/\s{0,40}\n\s{0,40}/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(c) ? c : undefined;
}
