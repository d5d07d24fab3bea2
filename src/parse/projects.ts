/**
 * Projects: a heading line (`### **Name** Rust, Axum`, `Name | Go, gRPC | 2021`,
 * `Name — what it is`), a kind line (`crate · 22M downloads`, `web · 2019`) followed by the
 * name, a stack on the heading line or the line after, bullets and paragraphs.
 */
import type { Project } from "../profile/schema.js";
import { findRange, removeSpan, tidy } from "./dates.js";
import { collectBody } from "./entries.js";
import { isProse, listItems } from "./features.js";
import type { Line } from "./lines.js";
import { cellOf, readTables, type Columns } from "./table.js";
import { isProduct, type ColumnKind } from "./vocab/index.js";

/** `crate · 22M downloads`, `web · 2019`, `fork`: a lowercase kind, optionally a metric or date. */
export const KIND_LINE_RE = /^([a-z][a-z0-9+#-]{1,24})(?:\s{1,3}·\s{1,3}(.{1,60}))?$/;

const URL_IN_RE =
  /(?:https?:\/\/|www\.)[^\s|)]{2,300}|(?<![\w@.])(?:[a-z0-9-]{1,63}\.){1,3}(?:com|org|net|io|dev|app|rs|sh|me|co|ai)(?:\/[^\s|)]{0,200})?/;

/** A labelled address in a project's lines. */
const URL_FIELD_RE =
  /^(?:website|web ?site|web|url|site|homepage|home page|demo|live|link|source(?: code)?|code|repo(?:sitory)?|github|gitlab)\s{0,2}[:：]\s{0,2}(\S{3,300})$/i;

interface Draft {
  p: Project;
  body: Line[];
  named: boolean;
  stackAllowed: boolean;
  /** The heading level of the line that began it, when it was a heading. */
  level?: number;
}

function applyDates(p: Project, text: string): string {
  const r = findRange(text);
  if (!r) return text;
  if (r.startDate) p.startDate = r.startDate;
  if (r.ongoing) p.ongoing = true;
  else if (r.endDate) p.endDate = r.endDate;
  return removeSpan(text, r.index, r.end);
}

/** Kind line → type and metric/dates. */
export function kindLine(text: string): Project | undefined {
  const m = KIND_LINE_RE.exec(text.trim());
  if (!m) return undefined;
  const p: Project = { type: m[1]! };
  if (m[2]) {
    const rest = applyDates(p, m[2]);
    if (rest) p.metric = rest;
  }
  return p;
}

/** A project heading line → name, stack, url, dates, description. */
export function headingLine(line: Line): Project {
  const p: Project = {};
  let text = line.text;
  const url = URL_IN_RE.exec(text);
  if (url) {
    p.url = /^https?:/i.test(url[0]) ? url[0] : `https://${url[0]}`;
    text = tidy(text.replace(url[0], " ").replace(/\(\s*\)/g, ""));
  }
  text = applyDates(p, text);
  const lead = line.strong.find((s) => text.startsWith(s));
  let name: string;
  let rest: string;
  if (lead) {
    name = lead;
    rest = text.slice(lead.length);
  } else {
    const sep = /\s{1,40}(?:[|·—–]|-|:)\s{1,40}|:\s{1,40}/.exec(text);
    name = sep ? text.slice(0, sep.index) : text;
    rest = sep ? text.slice(sep.index + sep[0].length) : "";
  }
  name = tidy(name);
  const kindParen = /\s\(([^()]{1,40})\)$/.exec(name);
  if (kindParen && /^[a-z][a-z -]{1,30}$/.test(kindParen[1]!) && !/\s/.test(kindParen[1]!.trim())) {
    p.type = kindParen[1]!;
    name = name.slice(0, kindParen.index).trim();
  }
  if (name) p.name = name;
  for (const piece of rest
    .split(/\s{1,40}[|·—–]\s{1,40}/)
    .map(tidy)
    .filter(Boolean)) {
    // "hiking route planner (React, Mapbox)": a description with its stack in parentheses.
    const stackParen = /^([^()]{2,200}?)\s\(([^()]{2,200})\)$/.exec(piece);
    const parenList = stackParen ? listItems(stackParen[2]!) : undefined;
    if (
      stackParen &&
      parenList &&
      !isProse(stackParen[2]!) &&
      parenList.every((s) => s.split(/\s+/).length <= 3)
    ) {
      p.keywords = [...(p.keywords ?? []), ...parenList];
      p.description = [p.description, tidy(stackParen[1]!)].filter(Boolean).join(" · ");
      continue;
    }
    const list = listItems(piece);
    if (list && !isProse(piece)) p.keywords = [...(p.keywords ?? []), ...list];
    else if (!p.keywords && piece.split(/\s+/).length <= 2 && !/[.!?]$/.test(piece) && /^\p{Lu}/u.test(piece))
      p.keywords = [piece];
    else p.description = [p.description, piece].filter(Boolean).join(" · ");
  }
  return p;
}

/** "Solar Kayak — Team lead for a solar-assisted kayak": a short name, a spaced dash, what it is. */
const DASH_NAMED_RE = /^(\S{1,30}(?: \S{1,30}){0,3}) [—–] \S/u;

/** A project named before a spaced dash, however long the description after it. */
export function dashNamed(text: string): boolean {
  const m = DASH_NAMED_RE.exec(text);
  if (!m || /[.,;:!?]$/.test(m[1]!)) return false;
  const ws = m[1]!.split(" ");
  return ws.length === 1 || ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function isHeaderLike(l: Line, deeperHeading: boolean): boolean {
  if (l.heading !== undefined) return deeperHeading;
  if (!l.bullet && l.text.length <= 300 && dashNamed(l.text)) return true;
  if (l.bullet || isProse(l.text) || l.text.length > 120) return false;
  // "Open source, 600 stars. https://…": a sentence (a full stop before a space or the end) is body text.
  // (Not the dot of an abbreviated month: "Tidewatch | Python   Mar. 2021" is a heading.)
  // (A line that is only a date is judged as it is written: "Nov. 2019" over a name is no heading.)
  const r = findRange(l.text);
  const rest = r ? removeSpan(l.text, r.index, r.end) : l.text;
  const text = /[\p{L}\p{N}]/u.test(rest) ? rest : l.text;
  if (/\p{Ll}{2}[.!?](?:\s|$)/u.test(text.replace(URL_IN_RE, " "))) return false;
  return true;
}

/** A table of projects names its name column ("Project", "Project Title", "Name"). */
const PROJECT_COLUMNS: readonly ColumnKind[] = ["name", "title"];

/** One row of a projects table whose header row named the columns. */
function tableRow(l: Line, columns: Columns, file: string): Project {
  const p: Project = {};
  const cell = (k: ColumnKind): string | undefined => {
    const c = cellOf(l, columns, k);
    return c === undefined ? undefined : tidy(c);
  };
  const linkIn = (c: string | undefined) => (c ? l.links.find((k) => c.includes(k.text)) : undefined);
  const hasName = columns.includes("name");
  const name = cell("name") ?? cell("title");
  if (name) {
    p.name = name;
    const link = linkIn(name);
    if (link) p.url = link.url;
  }
  const role = hasName ? cell("title") : undefined;
  if (role) p.roles = [role];
  const stack = cell("stack");
  if (stack) p.keywords = listItems(stack) ?? [stack];
  const details = cell("details");
  if (details) p.description = details;
  const url = cell("url");
  if (url && !p.url) {
    const found = linkIn(url)?.url ?? URL_IN_RE.exec(url)?.[0];
    if (found) p.url = /^https?:/i.test(found) ? found : `https://${found}`;
  }
  const org = cell("org");
  if (org) p.entity = org;
  const dates = cell("dates");
  if (dates) applyDates(p, dates);
  // Columns the header names otherwise ("Outcome", "Team size"): what they say about the project.
  const other = columns
    .map((k, i) => (k === undefined ? tidy(l.cells[i] ?? "") : ""))
    .filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (other.length) p.highlights = other;
  return { ...p, source: { file, line: l.n } };
}

/**
 * Projects of a section's lines. `lost` receives the lines of a paragraph before the first
 * project ("I contribute to a number of projects…"), which is none, for the caller to say so.
 * A table whose header row names the columns gives a project per row.
 */
export function parseProjects(lines: Line[], file: string, lost?: Line[]): Project[] {
  const tables = readTables(lines, PROJECT_COLUMNS);
  if (!tables.rows.size) return parseProjectLines(lines, file, lost);
  const rest = tables.rest.filter((l) => !tables.rows.has(l));
  const fromRows = [...tables.rows].map(([l, columns]) => tableRow(l, columns, file));
  return [...fromRows, ...parseProjectLines(rest, file, lost)].sort(
    (a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0),
  );
}

function parseProjectLines(lines: Line[], file: string, lost?: Line[]): Project[] {
  // A section that is only a bullet list: each top-level bullet is a project.
  const text = lines.filter((l) => l.text);
  if (text.length > 0 && text.every((l) => l.bullet)) {
    const top = text.reduce((m, l) => Math.min(m, l.indent), Infinity);
    const out: Project[] = [];
    for (const l of text) {
      if (l.indent === top || out.length === 0) {
        const p = headingLine({ ...l, bullet: false });
        const link = l.links[0];
        if (link && l.text.startsWith(link.text)) {
          p.name = link.text;
          p.url ??= link.url;
        }
        out.push({ ...p, source: { file, line: l.n } });
      } else (out[out.length - 1]!.highlights ??= []).push(l.text);
    }
    return out;
  }
  // An outline: names at one indent, each over its lines indented deeper (an rST definition
  // list, a plain-text CV). Only a line at the names' indent starts a project.
  const top = text.reduce((m, l) => Math.min(m, l.indent), Infinity);
  let over = 0;
  for (let i = 0; i < text.length - 1; i++)
    if (
      text[i]!.indent === top &&
      !text[i]!.bullet &&
      text[i + 1]!.indent > top &&
      isHeaderLike(text[i]!, true)
    )
      over++;
  const outline = over >= 2;
  const drafts: Draft[] = [];
  let cur: Draft | undefined;
  const begin = (l: Line, p: Project, named: boolean): Draft => {
    cur = { p: { ...p, source: { file, line: l.n } }, body: [], named, stackAllowed: true };
    drafts.push(cur);
    return cur;
  };
  const all = lines;
  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    if (!l.text) {
      if (cur) cur.body.push(l);
      continue;
    }
    // (In an outline, a lower-case word over deeper lines is a name: "pylive".)
    const nextText = all.slice(i + 1, i + 3).find((x) => x.text);
    const kind =
      l.heading === undefined && !l.bullet && !(outline && nextText && nextText.indent > l.indent)
        ? kindLine(l.text)
        : undefined;
    if (kind) {
      const d = begin(l, kind, false);
      // The name is the next line when it is short and not prose.
      const next = all[i + 1];
      if (
        next &&
        next.text &&
        !next.bullet &&
        !isProse(next.text) &&
        next.text.length <= 80 &&
        !/\s·\s/.test(next.text)
      ) {
        const h = headingLine(next);
        if (h.name) d.p.name = h.name;
        if (h.keywords) d.p.keywords = h.keywords;
        if (h.url) d.p.url = h.url;
        if (h.description) d.p.description = h.description;
        d.named = true;
        i++;
      }
      continue;
    }
    // "Tech: React, Node" / "Built with: Go" anywhere in a project's body.
    const techLine =
      /^(?:tech(?:nologies|nology)?(?:\s(?:stack|used))?|stack|tools|built with|languages)\s{0,2}[:：]\s{0,2}(.{2,})$/i.exec(
        l.text,
      );
    if (cur && techLine) {
      cur.p.keywords = [...(cur.p.keywords ?? []), ...(listItems(techLine[1]!) ?? [techLine[1]!.trim()])];
      continue;
    }
    // "Website: www.example.org", "Source code: https://…": the project's address.
    const field = cur && !cur.p.url ? URL_FIELD_RE.exec(l.text) : null;
    if (cur && field && URL_IN_RE.test(field[1]!)) {
      const url = URL_IN_RE.exec(field[1]!)![0];
      cur.p.url = /^https?:/i.test(url) ? url : `https://${url}`;
      continue;
    }
    const hasBody = cur !== undefined && cur.body.some((b) => b.text);
    const deeper = outline && l.indent > top;
    // "** cinspect" over "*** Python, C": a deeper heading right under a project's is its stack.
    if (cur && cur.level !== undefined && l.heading !== undefined && l.heading > cur.level && !hasBody) {
      const items = listItems(l.text) ?? [l.text];
      if (
        !cur.p.keywords &&
        items.every((x) => x.split(/\s+/).length <= 3) &&
        (items.length > 1 || isProduct(items[0]!) || /^[\p{L}\p{N}+#.-]{1,30}$/u.test(items[0]!))
      ) {
        cur.p.keywords = items;
        cur.stackAllowed = false;
        continue;
      }
    }
    // A stack under the heading or its one-line description: "Rust, Pingora".
    const stack = !l.bullet && !isProse(l.text) ? listItems(l.text) : undefined;
    if (
      cur &&
      cur.stackAllowed &&
      !cur.p.keywords &&
      stack &&
      stack.every((s) => s.split(/\s+/).length <= 3)
    ) {
      cur.p.keywords = stack;
      cur.stackAllowed = false;
      continue;
    }
    // "What it is · 2023": a one-line description carrying the dates.
    if (cur && !hasBody && !l.bullet && !cur.p.startDate && / · /.test(l.text)) {
      const pieces = l.text.split(/\s{1,40}·\s{1,40}/);
      const last = pieces[pieces.length - 1]!;
      const r = findRange(last);
      if (r && removeSpan(last, r.index, r.end) === "") {
        applyDates(cur.p, last);
        cur.p.description = [cur.p.description, pieces.slice(0, -1).join(" · ")].filter(Boolean).join("\n");
        continue;
      }
    }
    if (
      !deeper &&
      isHeaderLike(l, true) &&
      (!cur || hasBody || Boolean(cur.p.description) || l.heading !== undefined || outline)
    ) {
      const h = headingLine(l);
      begin(l, h, Boolean(h.name)).level = l.heading;
      continue;
    }
    if (!cur) begin(l, {}, false);
    if (l.bullet) cur!.stackAllowed = false;
    cur!.body.push(l);
  }
  // A paragraph before the first named project introduces the section: no project of its own.
  const first = drafts[0];
  if (
    first &&
    Object.keys(first.p).every((k) => k === "source") &&
    drafts.length > 1 &&
    drafts.slice(1).some((d) => d.p.name) &&
    first.body.every((b) => !b.text || !b.bullet)
  ) {
    lost?.push(...first.body.filter((b) => b.text));
    drafts.shift();
  }
  return drafts.map((d) => {
    const { highlights, paragraphs } = collectBody(d.body);
    if (highlights.length) d.p.highlights = highlights;
    if (paragraphs.length) d.p.description = [d.p.description, ...paragraphs].filter(Boolean).join("\n");
    // "Open source, 600 stars. https://github.com/x/y" in the description: the project's address.
    const url =
      !d.p.url && d.p.description ? /(?:^|\s)(https?:\/\/[^\s|)]{2,300})/.exec(d.p.description) : null;
    if (url) {
      d.p.url = url[1]!.replace(/[.,;]$/, "");
      d.p.description =
        d.p
          .description!.replace(url[1]!, "")
          .replace(/[ \t]{1,40}$/gm, "")
          .trim() || undefined;
      if (!d.p.description) delete d.p.description;
    }
    return d.p;
  });
}
