/**
 * What `y` offers to copy and `o` to open for the profile shown: its e-mail, its links,
 * the entry at the top of the pane (as shown), the whole profile as Markdown, its file.
 */
import type { Entry } from "../library/library.js";
import { renderProfileMarkdown } from "../print/markdown.js";
import type { ChoiceItem } from "./state.js";
import { linkTarget, type Line } from "./text.js";

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** Every http(s) link a profile gives, labelled by where it is. */
export function linksOf(entry: Entry): ChoiceItem[] {
  const p = entry.profile as unknown as Obj;
  const basics = (p.basics ?? {}) as Obj;
  const out: ChoiceItem[] = [];
  const add = (label: string, url: string) => {
    const target = linkTarget(url, "url");
    if (target && !out.some((o) => o.value === target)) out.push({ label, value: target });
  };
  add("Website", str(basics.url));
  for (const pr of (Array.isArray(basics.profiles) ? basics.profiles : []) as Obj[])
    add(str(pr.network) || "Profile", str(pr.url));
  for (const key of ["projects", "work", "publications", "certificates"] as const)
    for (const item of (Array.isArray(p[key]) ? p[key] : []) as Obj[])
      add(str(item.name) || str(item.title) || key, str(item.url));
  return out;
}

/** The text of the entry that `line` belongs to, as the pane shows it. */
function entryText(lines: Line[], line: number): string | undefined {
  let at = Math.max(0, Math.min(line, lines.length - 1));
  while (at < lines.length && lines[at]?.entry === undefined) at++;
  const entry = lines[at]?.entry;
  if (entry === undefined) return undefined;
  let start = at;
  while (start > 0 && lines[start - 1]?.entry === entry) start--;
  let end = at;
  while (end + 1 < lines.length && lines[end + 1]?.entry === entry) end++;
  const text = lines
    .slice(start, end + 1)
    .map((l) =>
      l.segs
        .map((s) => `${s.open ?? ""}${s.text}${s.close ?? ""}`)
        .join("")
        .trimEnd(),
    )
    .join("\n")
    .trim();
  return text || undefined;
}

export function choicesFor(kind: "copy" | "open", entry: Entry, lines: Line[], line: number): ChoiceItem[] {
  const links = linksOf(entry);
  if (kind === "open") {
    const email = str(entry.profile.basics?.email);
    const mail = email ? linkTarget(email, "email") : undefined;
    return [...(mail ? [{ label: "E-mail", value: mail }] : []), ...links];
  }
  const out: ChoiceItem[] = [];
  const email = str(entry.profile.basics?.email);
  if (email) out.push({ label: "E-mail", value: email });
  out.push(...links.slice(0, 4));
  const here = entryText(lines, line);
  if (here) out.push({ label: "This entry", value: here });
  out.push({ label: "Profile (Markdown)", value: renderProfileMarkdown(entry) });
  return out;
}
