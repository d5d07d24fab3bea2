/**
 * Where everything goes for a terminal of a given size. Pure arithmetic, shared by the
 * components (to draw) and the state reducer (to know page sizes and scroll limits).
 */
import type { HeaderSize } from "./doc.js";

/** From this width on, the list and the detail pane are side by side. */
export const WIDE = 100;

export interface Layout {
  cols: number;
  rows: number;
  /** Lines drawn: one less than the rows, so the frame never scrolls the terminal. */
  height: number;
  wide: boolean;
  listWidth: number;
  detailWidth: number;
  /** Profile rows visible in the list. */
  listRows: number;
  header: HeaderSize;
  headerRows: number;
  /**
   * The detail pane's last line names the profile's file (1), unless the body would keep
   * fewer than two lines for it (0).
   */
  fileRows: number;
  /** Detail content: visible lines and their width. */
  bodyRows: number;
  bodyCols: number;
  /** Search results visible (two lines each). */
  hitRows: number;
  hitCols: number;
  /** Help lines visible. */
  helpRows: number;
}

const HEADER_ROWS: Record<HeaderSize, number> = { full: 5, compact: 3, tiny: 1 };

/** The body's lines and the file line's, from the lines under the header and tabs. */
function body(free: number): { fileRows: number; bodyRows: number } {
  const fileRows = free >= 3 ? 1 : 0;
  return { fileRows, bodyRows: Math.max(1, free - fileRows) };
}

export function layoutFor(columns: number, rows: number): Layout {
  const cols = Math.max(16, Math.min(columns || 80, 1000));
  const r = Math.max(4, Math.min(rows || 24, 500));
  const height = r - 1;
  const wide = cols >= WIDE;
  if (wide) {
    const listWidth = Math.max(24, Math.min(40, Math.round(cols * 0.28)));
    const detailWidth = cols - listWidth;
    const inner = height - 1 - 2; // status line, borders
    const header: HeaderSize = inner >= 30 ? "full" : inner >= 16 ? "compact" : "tiny";
    const headerRows = HEADER_ROWS[header];
    return {
      cols,
      rows: r,
      height,
      wide,
      listWidth,
      detailWidth,
      listRows: Math.max(1, inner - 1),
      header,
      headerRows,
      ...body(inner - headerRows - 1),
      bodyCols: Math.max(4, detailWidth - 4),
      hitRows: Math.max(1, Math.floor((inner - 1) / 2)),
      hitCols: Math.max(4, detailWidth - 4),
      helpRows: Math.max(1, height - 1 - 3),
    };
  }
  const inner = height - 1; // status line
  const header: HeaderSize = inner >= 30 ? "full" : inner >= 17 ? "compact" : "tiny";
  const headerRows = HEADER_ROWS[header];
  return {
    cols,
    rows: r,
    height,
    wide,
    listWidth: cols,
    detailWidth: cols,
    listRows: Math.max(1, inner - 1),
    header,
    headerRows,
    ...body(inner - headerRows - 1),
    bodyCols: Math.max(4, cols - 2),
    hitRows: Math.max(1, Math.floor((inner - 1) / 2)),
    hitCols: Math.max(4, cols - 2),
    helpRows: Math.max(1, height - 1 - 3),
  };
}
