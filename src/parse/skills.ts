/**
 * Skills in groups: `Databases: PostgreSQL, Redis`, `Database RocksDB, LMDB`,
 * `Current stack` + a line of space-separated names, `Expert Rust` / `Intermediate Python, Go`
 * levels, bullets of tools, one tool per line.
 */
import type { Skill } from "../profile/schema.js";
import { isProse, splitItems } from "./features.js";
import type { Line } from "./lines.js";
import { LEVEL_WORDS } from "./vocab.js";

const LABEL_RE = /^([^:：]{1,48}?)\s{0,2}[:：]\s{0,2}(.+)$/;

function levelOf(word: string): string | undefined {
  return LEVEL_WORDS.has(word.toLowerCase()) ? word : undefined;
}

/** Items of a labelled value: split at separators only ("Mandarin (fluent)" stays whole). */
function values(text: string): string[] {
  if (!/[,;·•|]/.test(text)) return [text.replace(/[.;]$/, "").trim()].filter(Boolean);
  return items(text);
}

function items(text: string): string[] {
  return splitItems(text.replace(/\s*\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, ""), false)
    .map((s) => s.replace(/^[-–•]\s*/, "").replace(/[.;]$/, "").trim())
    .filter(Boolean);
}

/** A short label with no list of its own ("Current stack", "Languages:"). */
function isLabel(text: string): boolean {
  const t = text.replace(/[:：]$/, "");
  return t.split(/\s+/).length <= 4 && !/[,;·|]/.test(t) && t.length <= 40 && !isProse(t);
}

/** One line → a group, or undefined when the line is not a group by itself. */
export function skillLine(text: string): Skill | undefined {
  const labeled = LABEL_RE.exec(text);
  if (labeled && !/^https?$/i.test(labeled[1]!)) {
    const name = labeled[1]!.trim();
    const s: Skill = { name, keywords: values(labeled[2]!) };
    const lvl = levelOf(name);
    if (lvl) s.level = lvl;
    return s;
  }
  const words = text.split(/\s+/);
  const lvl = levelOf(words[0]!);
  if (lvl && words.length > 1) {
    return { name: lvl, level: lvl, keywords: items(words.slice(1).join(" ")) };
  }
  // "Message Queue NATS, Kafka": the label runs up to the last word of the first item.
  const comma = text.indexOf(",");
  if (comma > 0) {
    const first = text.slice(0, comma).trim().split(/\s+/);
    if (first.length >= 2 && first.length <= 5 && !/[/.]/.test(first.join(" ")) && first.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) {
      const restItems = items(text.slice(comma + 1));
      const multiWord = restItems.filter((i) => i.includes(" ")).length;
      const take = multiWord > restItems.length / 2 && first.length >= 3 ? 2 : 1;
      return { name: first.slice(0, -take).join(" "), keywords: [first.slice(-take).join(" "), ...restItems] };
    }
    return { keywords: items(text) };
  }
  return undefined;
}

export function parseSkills(lines: Line[], file: string, title?: string): Skill[] {
  const out: Skill[] = [];
  let loose: Skill | undefined;
  // "Languages: Java, Python | Tools: Git, Docker": one group per labelled piece.
  const text: Line[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    const pieces = l.text.split(/\s+[|·•]\s+(?=[^,:]{1,40}[:：])/);
    if (pieces.length > 1 && pieces.every((p) => LABEL_RE.test(p))) for (const p of pieces) text.push({ ...l, text: p, cells: [p] });
    else text.push(l);
  }
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!;
    const next = text[i + 1];
    const src = { file, line: l.n };
    // "Current stack" then a line of names.
    const labelish =
      isLabel(l.text) &&
      (/[:：]$/.test(l.text) || /\s\p{Ll}[\p{L}-]*$/u.test(l.text) || (next !== undefined && (!isLabel(next.text) || next.text.split(/\s+/).length >= 4)));
    if (!l.bullet && labelish && next && !LABEL_RE.test(next.text) && !/[:：]$/.test(next.text) && !skillLine(l.text)?.keywords?.length) {
      const name = l.text.replace(/[:：]$/, "").trim();
      const s: Skill = { name, keywords: items(next.text), source: src };
      const lvl = levelOf(name);
      if (lvl) s.level = lvl;
      out.push(s);
      i++;
      loose = undefined;
      continue;
    }
    const g = skillLine(l.text);
    if (g && g.keywords && g.keywords.length > 0) {
      out.push({ ...g, source: src });
      loose = undefined;
      continue;
    }
    // A single tool per line (or bullet): one group for the run.
    if (!loose) {
      loose = { keywords: [], source: src };
      if (title) loose.name = title;
      out.push(loose);
    }
    // "Figma / Framer / After Effects": a line of three or more slash-separated tools.
    const slashed = l.text.split(/\s+\/\s+/);
    if (slashed.length >= 3 && slashed.every((x) => x.split(/\s+/).length <= 3)) {
      loose.keywords!.push(...slashed.map((x) => x.trim()).filter(Boolean));
      continue;
    }
    loose.keywords!.push(...(/[,;·|]/.test(l.text) ? items(l.text) : [l.text.replace(/\s*\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "").replace(/[.;]$/, "")]));
  }
  return out.filter((s) => (s.keywords?.length ?? 0) > 0);
}
