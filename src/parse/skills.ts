/**
 * Skills in groups: `Databases: PostgreSQL, Redis`, `Database RocksDB, LMDB`,
 * `Current stack` + a line of space-separated names (cut at product names: `Apache Arrow`, `AWS Rust SDK`), `Expert Rust` / `Intermediate Python, Go`
 * levels, bullets of tools, one tool per line.
 */
import type { Skill } from "../profile/schema.js";
import { isProse, splitItems } from "./features.js";
import type { Line } from "./lines.js";
import { LEVEL_WORDS } from "./vocab.js";
import { isProduct, productItems, productSpans } from "./vocab/index.js";

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
  return splitItems(
    text.replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "").replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, ""),
    false,
  )
    .map((s) =>
      s
        .replace(/^[-–•]\s*/, "")
        .replace(/[.;]$/, "")
        .trim(),
    )
    .filter(Boolean);
}

/** A short label with no list of its own ("Current stack", "Languages:"). */
function isLabel(text: string): boolean {
  const t = text.replace(/[:：]$/, "");
  return t.split(/\s+/).length <= 4 && !/[,;·|]/.test(t) && t.length <= 40 && !isProse(t);
}

/** Is `text` (no separators) a list of product names, "Git" or "TypeScript JavaScript HTML CSS"? Two in three items known. */
function productList(text: string): boolean {
  if (/[,;·•|:：]/.test(text)) return false;
  const items = productItems(itemsOf(text));
  const known = items.filter((i) => isProduct(i) || productSpans(i).length > 0).length;
  return items.length > 0 && items.length <= 40 && known * 3 >= items.length * 2;
}

/** "Languages  TypeScript JavaScript HTML CSS": a label of up to three words, then a list of products. */
function labelledProducts(text: string): Skill | undefined {
  if (/[,;·•|:：]/.test(text)) return undefined;
  const words = text.split(/\s+/);
  let k = 0;
  while (k < words.length && k < 4 && !isProduct(words[k]!)) k++;
  if (k === 0 || k > 3 || words.length - k < 2 || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  const rest = words.slice(k).join(" ");
  return productList(rest)
    ? { name: words.slice(0, k).join(" "), keywords: productItems(itemsOf(rest)) }
    : undefined;
}

/** One line → a group, or undefined when the line is not a group by itself. */
export function skillLine(text: string): Skill | undefined {
  // "Languages & Frameworks — Python, Go": a label before a dash and a list.
  const dashed = /^([^,:;—–|]{2,40}?)\s[—–-]\s(.{2,})$/.exec(text);
  const labeled =
    LABEL_RE.exec(text) ??
    (dashed &&
    dashed[1]!.split(/\s+/).length <= 4 &&
    /^\p{Lu}/u.test(dashed[1]!) &&
    /[,;·|]/.test(dashed[2]!) &&
    !/[—–]/.test(dashed[2]!)
      ? dashed
      : null);
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
  const listed = labelledProducts(text);
  if (listed) return listed;
  // "Message Queue NATS, Kafka": the label runs up to the last word of the first item.
  const comma = text.indexOf(",");
  if (comma > 0) {
    const first = text.slice(0, comma).trim().split(/\s+/);
    if (
      first.length >= 2 &&
      first.length <= 5 &&
      !/[/.]/.test(first.join(" ")) &&
      first.every((w) => /^[\p{Lu}\p{N}]/u.test(w))
    ) {
      const restItems = itemsOf(text.slice(comma + 1));
      const multiWord = restItems.filter((i) => i.includes(" ")).length;
      const take = multiWord > restItems.length / 2 && first.length >= 3 ? 2 : 1;
      return {
        name: first.slice(0, -take).join(" "),
        keywords: [first.slice(-take).join(" "), ...restItems],
      };
    }
    return { keywords: itemsOf(text) };
  }
  return undefined;
}

export function parseSkills(lines: Line[], file: string, title?: string): Skill[] {
  // "Python Rust Apache Arrow AWS Rust SDK": a list without separators is cut at product names.
  const items = (text: string): string[] =>
    /[,;·•|]/.test(text) ? itemsOf(text) : productItems(itemsOf(text));
  const out: Skill[] = [];
  let pairs = false;
  let loose: Skill | undefined;
  // "Languages: Java, Python | Tools: Git, Docker": one group per labelled piece.
  const text: Line[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    // "User Research      ●●●●○": a rating drawn in its own column (a design tool's sidebar) is no name.
    const l = RATING_RE.test(line.text)
      ? {
          ...line,
          text: line.text.replace(RATING_RE, ""),
          cells: line.cells.map((c) => c.replace(RATING_RE, "")).filter(Boolean),
        }
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
    if (pieces.length > 1 && pieces.every((p) => LABEL_RE.test(p)))
      for (const p of pieces) text.push({ ...l, text: p, cells: [p] });
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
      if ((/[,;·•|]/.test(rest) || productList(rest)) && isLabel(head) && !productList(head)) {
        out.push({ name: head.replace(/[:：]$/, "").trim(), keywords: items(rest), source: src });
        loose = undefined;
        continue;
      }
      if (
        next?.cells.length === 2 &&
        /[,;·•|]/.test(next.cells[1]!) &&
        !/[,;·•|]/.test(rest) &&
        rest.split(/\s+/).length <= 2 &&
        head.split(/\s+/).length <= 2
      )
        continue;
    }
    // "Current stack" then a line of names.
    const labelish =
      isLabel(l.text) &&
      (/[:：]$/.test(l.text) ||
        /\s\p{Ll}[\p{L}-]*$/u.test(l.text) ||
        (next !== undefined && (!isLabel(next.text) || next.text.split(/\s+/).length >= 4)) ||
        // "Current stack / names / Databases / names": labels and lists alternate.
        (pairs && next !== undefined && !next.bullet));
    if (
      !l.bullet &&
      labelish &&
      next &&
      !LABEL_RE.test(next.text) &&
      !/[:：]$/.test(next.text) &&
      !skillLine(l.text)?.keywords?.length
    ) {
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
    // "Zorblax Quuxify Docker" alone on its line: several products, cut as a list.
    if (!/[,;·•|]/.test(l.text) && l.text.includes(" ") && productList(l.text)) {
      loose.keywords!.push(...items(l.text));
      continue;
    }
    loose.keywords!.push(
      ...(/[,;·•|]/.test(l.text)
        ? items(l.text)
        : [
            l.text
              .replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "")
              .replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, "")
              .replace(/[.;]$/, ""),
          ]),
    );
  }
  return out.filter((s) => (s.keywords?.length ?? 0) > 0);
}
