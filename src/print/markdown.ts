/**
 * A profile as Markdown that reads well both raw and rendered: `# Name`, the headline in
 * italics, contacts, `## Section`, `### Title — dates`, bullets, and the stack as code
 * spans. Text from the document is escaped so it cannot become markup.
 */
import type { Entry } from "../library/library.js";
import { sectionsOf, type SectionId } from "../profile/sections.js";
import { overviewOf, sectionBlocks, sectionTitle, type Block } from "./blocks.js";

/** Escape what Markdown would read as markup; leave ordinary text readable. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`)
    .replace(/(^|\s)_|_(\s|$)/g, (m) => m.replace("_", "\\_"))
    .replace(/^([#+-]|\d+[.)])(\s)/, "\\$1$2");
}

/** A web or mail address as an autolink; anything else (javascript:, data:...) as text. */
export function mdLink(address: string): string {
  return /^(https?:\/\/|mailto:)[^\s<>]*$/i.test(address) ? `<${address}>` : mdEscape(address);
}

const code = (chip: string) => {
  const t = chip.replace(/`/g, "'");
  return `\`${t}\``;
};

function overview(entry: Entry): string[] {
  const o = overviewOf(entry.profile, entry.label);
  const out = [`# ${mdEscape(o.name)}`, ""];
  const sub = [o.headline, o.location].filter(Boolean).map(mdEscape).join(" · ");
  if (sub) out.push(`*${sub}*`, "");
  if (o.tags.length > 0) out.push(o.tags.map(code).join(" · "), "");
  if (o.contacts.length > 0) {
    for (const [k, v] of o.contacts) out.push(`- **${mdEscape(k)}:** ${mdLink(v)}`);
    out.push("");
  }
  for (const p of o.summary) out.push(mdEscape(p), "");
  return out;
}

function blockLines(b: Block, level: number): string[] {
  const out: string[] = [];
  const title = mdEscape(b.title || "(untitled)");
  out.push(`${"#".repeat(level)} ${title}${b.dates ? ` — ${mdEscape(b.dates)}` : ""}`, "");
  if (b.meta) out.push(`*${mdEscape(b.meta)}*`, "");
  if (b.url) out.push(mdLink(b.url), "");
  for (const p of b.text) out.push(mdEscape(p), "");
  if (b.bullets.length > 0) out.push(...b.bullets.map((x) => `- ${mdEscape(x)}`), "");
  if (b.chips.length > 0) out.push(`**Stack:** ${b.chips.map(code).join(", ")}`, "");
  for (const c of b.children) out.push(...blockLines(c, Math.min(level + 1, 6)));
  return out;
}

function section(entry: Entry, id: Exclude<SectionId, "overview">): string[] {
  const blocks = sectionBlocks(entry.profile, id);
  const out = [`## ${sectionTitle(id)}`, ""];
  if (id === "skills" || id === "languages" || id === "interests") {
    for (const b of blocks) {
      const head = [b.title, b.meta].filter(Boolean).map(mdEscape);
      const label = head.length === 2 && b.chips.length > 0 ? `${head[0]} (${head[1]})` : head.join(": ");
      out.push(
        b.chips.length > 0
          ? `- ${label ? `**${label}:** ` : ""}${b.chips.map(code).join(", ")}`
          : `- ${label}`,
      );
    }
    out.push("");
    return out;
  }
  for (const b of blocks) out.push(...blockLines(b, 3));
  return out;
}

export function renderSectionMarkdown(entry: Entry, id: SectionId): string {
  const lines = id === "overview" ? overview(entry) : section(entry, id);
  return lines.join("\n").replace(/\n{1,40}$/, "") + "\n";
}

export function renderProfileMarkdown(entry: Entry): string {
  const lines: string[] = [];
  for (const id of sectionsOf(entry.profile))
    lines.push(...(id === "overview" ? overview(entry) : section(entry, id)));
  return (
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/\n{1,40}$/, "") + "\n"
  );
}
