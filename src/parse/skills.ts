/**
 * Skills in groups: `Databases: PostgreSQL, Redis`, `Database RocksDB, LMDB`,
 * `Current stack` + a line of space-separated names, `Expert Rust` / `Intermediate Python, Go`
 * levels, bullets of tools, one tool per line.
 */
import type { Skill } from "../profile/schema.js";
import { isProse, splitItems } from "./features.js";
import type { Line } from "./lines.js";
import { LEVEL_WORDS } from "./vocab.js";

const RATING_RE = /\s{0,40}[●○◉◯★☆■□]{3,10}$/u;
const LABEL_RE = /^([^:：]{1,48}?)\s{0,2}[:：]\s{0,2}(.+)$/;

function levelOf(word: string): string | undefined {
  return LEVEL_WORDS.has(word.toLowerCase()) ? word : undefined;
}

/** Items of a labelled value: split at separators only ("Mandarin (fluent)" stays whole). */
function values(text: string): string[] {
  if (!/[,;·•|]/.test(text)) return [text.replace(/[.;]$/, "").trim()].filter(Boolean);
  return itemsOf(text);
}

function itemsOf(text: string): string[] {
  // ("Python ●●●●○": rating dots are a picture, not a name.)
  return splitItems(text.replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "").replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, ""), false)
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
  // "Languages & Frameworks — Python, Go": a label before a dash and a list.
  const dashed = /^([^,:;—–|]{2,40}?)\s[—–-]\s(.{2,})$/.exec(text);
  const labeled =
    LABEL_RE.exec(text) ??
    (dashed && dashed[1]!.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(dashed[1]!) && /[,;·|]/.test(dashed[2]!) && !/[—–]/.test(dashed[2]!) ? dashed : null);
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
    return { name: lvl, level: lvl, keywords: itemsOf(words.slice(1).join(" ")) };
  }
  // "Message Queue NATS, Kafka": the label runs up to the last word of the first item.
  const comma = text.indexOf(",");
  if (comma > 0) {
    const first = text.slice(0, comma).trim().split(/\s+/);
    if (first.length >= 2 && first.length <= 5 && !/[/.]/.test(first.join(" ")) && first.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) {
      const restItems = itemsOf(text.slice(comma + 1));
      const multiWord = restItems.filter((i) => i.includes(" ")).length;
      const take = multiWord > restItems.length / 2 && first.length >= 3 ? 2 : 1;
      return { name: first.slice(0, -take).join(" "), keywords: [first.slice(-take).join(" "), ...restItems] };
    }
    return { keywords: itemsOf(text) };
  }
  return undefined;
}

/** Does `phrase` occur in `doc` set apart as a name ("Python, Apache Arrow, DuckDB", "on Apache Arrow.")? */
function standsAlone(phrase: string, doc: string): boolean {
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[\\s,;:(·|•/])${esc}(?=$|[\\s,;:).·|•/!?])`, "gmu");
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc)) !== null) {
    const start = m.index + m[1]!.length;
    const before = doc.slice(Math.max(0, start - 40), start);
    const after = doc.slice(start + phrase.length, start + phrase.length + 40);
    const prevWord = /(\S{1,300})[ \t]{1,40}$/.exec(before)?.[1];
    const nextWord = /^[ \t]+(\S+)/.exec(after)?.[1];
    const apartBefore = !prevWord || /[,;:(·|•/–—-]$/.test(prevWord) || /^\p{Ll}/u.test(prevWord) || /^[,;:(·|•]/.test(before.slice(-1));
    const apartAfter = !nextWord || /^[,;:).·|•/!?]/.test(after) || /^\p{Ll}/u.test(nextWord) || /^[–—-]$/.test(nextWord);
    if (apartBefore && apartAfter) return true;
  }
  return false;
}

/** "Python Rust Apache Arrow DuckDB": capitalised pairs that the document names elsewhere stay one item. */
function glueKnown(parts: string[], doc: string | undefined): string[] {
  if (!doc || parts.length < 3) return parts;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1];
    if (b && /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && !a.includes(" ") && !b.includes(" ") && standsAlone(`${a} ${b}`, doc)) {
      out.push(`${a} ${b}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseSkills(lines: Line[], file: string, title?: string, doc?: string): Skill[] {
  const items = (text: string): string[] => (/[,;·•|]/.test(text) ? itemsOf(text) : glueKnown(itemsOf(text), doc));
  const out: Skill[] = [];
  let pairs = false;
  let loose: Skill | undefined;
  // "Languages: Java, Python | Tools: Git, Docker": one group per labelled piece.
  const text: Line[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    // "User Research      ●●●●○": a rating drawn in its own column (a design tool's sidebar) is no name.
    const l = RATING_RE.test(line.text)
      ? { ...line, text: line.text.replace(RATING_RE, ""), cells: line.cells.map((c) => c.replace(RATING_RE, "")).filter(Boolean) }
      : line;
    if (!l.text) continue;
    // "Languages: Python, Scala, SQL," over "Bash": a list wrapped after its comma goes on.
    const prev = text[text.length - 1];
    if (prev && /[,;]$/.test(prev.text) && !l.bullet && !/[:：]/.test(l.text) && prev.n < l.n) {
      const joined = `${prev.text} ${l.text}`;
      text[text.length - 1] = { ...prev, text: joined, cells: [joined] };
      continue;
    }
    // ("Proficient: Python, SQL; Familiar: Rust": likewise at a semicolon.)
    const pieces = l.text.split(/\s{1,40}[|·•]\s{1,40}(?=[^,:]{1,40}[:：])|;\s{1,3}(?=[^,:;]{1,40}[:：])/);
    if (pieces.length > 1 && pieces.every((p) => LABEL_RE.test(p))) for (const p of pieces) text.push({ ...l, text: p, cells: [p] });
    else text.push(l);
  }
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!;
    const next = text[i + 1];
    const src = { file, line: l.n };
    // A two-column table ("| Frontend | React, TypeScript |"): a group per row; its header row
    // ("| Area | Tools |") has no list and is followed by rows that have one.
    if (l.cells.length === 2 && !l.bullet) {
      const [head, rest] = l.cells as [string, string];
      if (/[,;·•|]/.test(rest) && isLabel(head)) {
        out.push({ name: head.replace(/[:：]$/, "").trim(), keywords: items(rest), source: src });
        loose = undefined;
        continue;
      }
      if (next?.cells.length === 2 && /[,;·•|]/.test(next.cells[1]!) && !/[,;·•|]/.test(rest) && rest.split(/\s+/).length <= 2 && head.split(/\s+/).length <= 2) continue;
    }
    // "Current stack" then a line of names.
    const labelish =
      isLabel(l.text) &&
      (/[:：]$/.test(l.text) ||
        /\s\p{Ll}[\p{L}-]*$/u.test(l.text) ||
        (next !== undefined && (!isLabel(next.text) || next.text.split(/\s+/).length >= 4)) ||
        // "Current stack / names / Databases / names": labels and lists alternate.
        (pairs && next !== undefined && !next.bullet));
    if (!l.bullet && labelish && next && !LABEL_RE.test(next.text) && !/[:：]$/.test(next.text) && !skillLine(l.text)?.keywords?.length) {
      const name = l.text.replace(/[:：]$/, "").trim();
      const s: Skill = { name, keywords: items(next.text), source: src };
      const lvl = levelOf(name);
      if (lvl) s.level = lvl;
      out.push(s);
      i++;
      loose = undefined;
      pairs = true;
      continue;
    }
    const g = skillLine(l.text);
    if (g && g.keywords && g.keywords.length > 0) {
      out.push({ ...g, source: src });
      loose = undefined;
      continue;
    }
    // A single tool per line (or bullet): one group for the run.
    pairs = false;
    if (!loose) {
      loose = { keywords: [], source: src };
      if (title) loose.name = title;
      out.push(loose);
    }
    // "Figma / Framer / After Effects": a line of three or more slash-separated tools.
    const slashed = l.text.split(/\s{1,40}\/\s{1,40}/);
    if (slashed.length >= 3 && slashed.every((x) => x.split(/\s+/).length <= 3)) {
      loose.keywords!.push(...slashed.map((x) => x.trim()).filter(Boolean));
      continue;
    }
    loose.keywords!.push(...(/[,;·•|]/.test(l.text) ? items(l.text) : [l.text.replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "").replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, "").replace(/[.;]$/, "")]));
  }
  return out.filter((s) => (s.keywords?.length ?? 0) > 0);
}
