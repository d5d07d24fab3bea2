/**
 * A profile laid out for reading in a terminal or a pager: a header (`$ whoami`, name,
 * headline, chips, contacts), then each section's blocks with right-aligned date ranges,
 * wrapped bullets and stack chips. Width-aware; styling comes from a Style, so with colour
 * off the output is plain text.
 */
import type { Entry } from "../library/library.js";
import type { Profile } from "../profile/schema.js";
import { sectionsOf, type SectionId } from "../profile/sections.js";
import { overviewOf, sectionBlocks, sectionTitle, type Block } from "./blocks.js";
import type { Style } from "./style.js";
import { width, wrapText } from "./wrap.js";

export interface TextOptions {
  style: Style;
  /** Terminal width; lines are kept within it (capped for readability). */
  columns: number;
}

const MAX = 100;

function clampColumns(columns: number): number {
  return Math.max(30, Math.min(MAX, Math.floor(columns) || 80));
}

/** `left ......... right` within `columns`, or two lines when both don't fit. */
function leftRight(
  left: string,
  leftWidth: number,
  right: string,
  rightWidth: number,
  columns: number,
  indent: string,
): string[] {
  if (!right) return [left];
  const gap = columns - leftWidth - rightWidth;
  if (gap >= 2) return [left + " ".repeat(gap) + right];
  return [left, indent + right];
}

function chipsLine(chips: string[], st: Style, columns: number, indent: string): string[] {
  if (chips.length === 0) return [];
  // Wrap on the plain text, then colour each chip: escape codes never count in the width.
  const plain = wrapText(chips.join(" · "), columns, indent);
  return plain.map((line) =>
    line
      .slice(indent.length)
      .split(" · ")
      .map((c) => st.cyan(c))
      .join(st.dim(" · "))
      .replace(/^/, indent),
  );
}

function renderBlock(b: Block, st: Style, columns: number, indent: string): string[] {
  const out: string[] = [];
  const title = b.title || "(untitled)";
  const titleLines = wrapText(title, columns - (b.dates ? width(b.dates) + 2 : 0), indent);
  titleLines.forEach((t, i) => {
    const styled = indent + st.bold(t.slice(indent.length));
    if (i === 0) out.push(...leftRight(styled, width(t), st.green(b.dates), width(b.dates), columns, indent));
    else out.push(styled);
  });
  if (b.meta)
    out.push(...wrapText(b.meta, columns, indent).map((l) => indent + st.dim(l.slice(indent.length))));
  if (b.url) out.push(indent + st.underline(b.url));
  for (const p of b.text) out.push(...wrapText(p, columns, indent));
  for (const bullet of b.bullets) out.push(...wrapText(bullet, columns, `${indent}  • `, `${indent}    `));
  out.push(...chipsLine(b.chips, st, columns, indent));
  for (const child of b.children) {
    out.push(...renderBlock(child, st, columns, indent + "  "));
  }
  return out;
}

export function renderOverview(entry: Entry, opts: TextOptions): string[] {
  const st = opts.style;
  const columns = clampColumns(opts.columns);
  const o = overviewOf(entry.profile, entry.label);
  const out: string[] = [st.green("$ ") + st.dim("whoami"), st.accent(o.name)];
  const sub = [o.headline, o.location].filter(Boolean).join(" · ");
  if (sub) out.push(...wrapText(sub, columns));
  out.push(...chipsLine(o.tags, st, columns, ""));
  if (o.contacts.length > 0) {
    const w = Math.max(...o.contacts.map(([k]) => width(k)));
    out.push("");
    for (const [k, v] of o.contacts)
      out.push(...wrapText(v, columns, `${st.dim(k.padEnd(w))}  `, " ".repeat(w + 2)));
  }
  for (const p of o.summary) out.push("", ...wrapText(p, columns));
  return out;
}

function sectionLines(profile: Profile, id: Exclude<SectionId, "overview">, opts: TextOptions): string[] {
  const st = opts.style;
  const columns = clampColumns(opts.columns);
  const blocks = sectionBlocks(profile, id);
  const out: string[] = [st.accent(sectionTitle(id))];
  if (blocks.length === 0) {
    out.push(st.dim("  (nothing in this section)"));
    return out;
  }
  // Short sections (skills, languages) read best as one line per group.
  for (const b of blocks) {
    const compact =
      b.children.length === 0 && !b.dates && b.text.length === 0 && b.bullets.length === 0 && !b.url;
    if (compact && (id === "skills" || id === "languages" || id === "interests")) {
      const head = b.title ? `${b.title}${b.meta ? ` (${b.meta})` : ""}` : b.meta;
      if (b.chips.length === 0) {
        out.push(...wrapText(head, columns, "  ").map((l) => "  " + st.bold(l.slice(2))));
        continue;
      }
      const label = head ? `${head}: ` : "";
      const lines = wrapText(b.chips.join(" · "), columns, "  " + label, "    ");
      out.push(
        ...lines.map((l, i) => {
          const body = l.slice(i === 0 ? 2 + label.length : 4);
          const chips = body
            .split(" · ")
            .map((c) => st.cyan(c))
            .join(st.dim(" · "));
          return i === 0 ? "  " + st.bold(label) + chips : "    " + chips;
        }),
      );
      continue;
    }
    out.push(...renderBlock(b, st, columns, "  "), "");
  }
  while (out[out.length - 1] === "") out.pop();
  return out;
}

/** One section of a profile (the overview included). */
export function renderSectionText(entry: Entry, id: SectionId, opts: TextOptions): string {
  const lines = id === "overview" ? renderOverview(entry, opts) : sectionLines(entry.profile, id, opts);
  return lines.join("\n") + "\n";
}

/** The whole profile: overview, then every section it has. */
export function renderProfileText(entry: Entry, opts: TextOptions): string {
  const parts = sectionsOf(entry.profile).map((id) =>
    (id === "overview" ? renderOverview(entry, opts) : sectionLines(entry.profile, id, opts)).join("\n"),
  );
  return parts.join("\n\n") + "\n";
}
