/** Small display helpers shared by every view (TUI, plain text, SSH). */
import type { PartialDate } from "./schema.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-01" → "Jan '26"; "2019" → "2019"; "2019-03-02" → "Mar '19". */
export function formatDate(date: PartialDate): string {
  const [year, month] = date.split("-");
  if (!month) return year ?? date;
  return `${MONTHS[Number(month) - 1] ?? month} '${(year ?? "").slice(2)}`;
}

export interface DatedLike {
  startDate?: string;
  endDate?: string;
  ongoing?: boolean;
}

/** "Jan '26 → present", "Aug '20 → Dec '22", "2019", or "" when nothing is known. */
export function formatRange(entry: DatedLike): string {
  const start = entry.startDate ? formatDate(entry.startDate) : "";
  const end = entry.ongoing ? "present" : entry.endDate ? formatDate(entry.endDate) : "";
  if (start && end) return start === end ? start : `${start} → ${end}`;
  if (start) return start;
  if (end) return `→ ${end}`;
  return "";
}
