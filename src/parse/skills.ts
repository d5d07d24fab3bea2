/**
 * Skills in groups: `Databases: PostgreSQL, Redis`, `Database RocksDB, LMDB`,
 * `Current stack` + a line of space-separated names (cut at product names: `Apache Arrow`, `AWS Rust SDK`), `Expert Rust` / `Intermediate Python, Go`
 * levels, bullets of tools, one tool per line.
 */
import type { Skill } from "../profile/schema.js";
import { findRange } from "./dates.js";
import { isProse, splitItems } from "./features.js";
import type { Line } from "./lines.js";
import { LEVEL_WORDS } from "./vocab.js";
import { isProduct, productItems, productSpans } from "./vocab/index.js";

const HAS_WORD_RE = /[\p{L}\p{N}]/u;
const RATING_RE = /\s{0,40}[●○◉◯★☆■□]{3,10}$/u;
/** Stars or dots drawn as a rating ("⭐⭐⭐⭐", "★★★☆☆", "●●●○○"), anywhere in a cell. */
const STARS_RE = /(?:[●○◉◯★☆■□⭐]\uFE0F?){1,10}/gu;
const LABEL_RE = /^([^:：]{1,48}?)\s{0,2}[:：]\s{0,2}(.+)$/;

function levelOf(word: string): string | undefined {
  return LEVEL_WORDS.has(word.toLowerCase()) ? word : undefined;
}

/** Items of a labelled value: split at separators only ("Mandarin (fluent)" stays whole). */
function values(text: string): string[] {
  if (!/[,;·•|]/.test(text)) return [text.replace(/[.;]$/, "").trim()].filter(Boolean);
  return itemsOf(text);
}

/** "Java^†^", "Kotlin†", "Go*": a mark after a name that points to a note ("† used most"). */
const NOTE_MARK_RE = /(?:\^[^\s^]{1,3}\^|[†‡*]{1,3})$/u;
/** "and" between the last two items of a list, in the languages CVs are written in. */
const AND_WORDS = new Set(["and", "y", "e", "et", "und", "en", "i", "и", "og", "och", "oraz", "ve"]);
const AND_RE = /^(.{1,60}?)\s(\p{L}{1,4})\s(.{1,60})$/u;
/** One of those words inside an item ("rigging and winch checks"). */
const AND_INSIDE_RE = new RegExp(`\\s(?:${[...AND_WORDS].join("|")})\\s`, "iu");

/** "SQL y Java" at the end of a list: two items. "Research and Development" alone stays one. */
function splitLastAnd(items: string[]): string[] {
  if (items.length === 0) return items;
  const out = items.map((s) => {
    // ", y Vercel", ", and Rust": the word belongs to the list, not the name.
    const lead = /^(\p{L}{1,4})\s(.+)$/u.exec(s);
    return lead && AND_WORDS.has(lead[1]!.toLowerCase()) ? lead[2]! : s;
  });
  const last = out[out.length - 1]!;
  const m = AND_RE.exec(last);
  if (!m || !AND_WORDS.has(m[2]!.toLowerCase())) return out;
  // ("arterial and central lines; patient and family education": where other items hold an
  // "and" of their own, the last one's is part of its name too.)
  if (out.slice(0, -1).some((s) => AND_INSIDE_RE.test(s))) return out;
  const [a, b] = [m[1]!, m[3]!];
  if (out.length >= 2 || isProduct(a) || isProduct(b)) out.splice(out.length - 1, 1, a, b);
  return out;
}

function itemsOf(text: string): string[] {
  // ("Python ●●●●○": rating dots are a picture, not a name.)
  const items = splitItems(
    text.replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "").replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, ""),
    false,
  )
    .map((s) =>
      s
        .replace(/^[-–•]\s*/, "")
        .replace(/[.;]$/, "")
        .replace(NOTE_MARK_RE, "")
        .trim(),
    )
    .filter(Boolean);
  return /[,;·•|]/.test(text) ? splitLastAnd(items) : items;
}

/**
 * A line of names with no separators ("Scalability Microservices Web performance Agile Automated
 * testing"): a word in lower case goes on the word before it ("Web performance"), unless either is
 * a name itself ("npm", "Go tokio"); the pieces are then cut at product names.
 */
function wordItems(text: string): string[] {
  const pieces: string[] = [];
  let open = false;
  for (const w of itemsOf(text)) {
    const prev = pieces.length - 1;
    // "JS ES6 (in progress)": a note in brackets stays with its name.
    if (prev >= 0 && (open || w.startsWith("("))) {
      pieces[prev] += ` ${w}`;
      open = !w.endsWith(")");
      continue;
    }
    if (
      prev >= 0 &&
      /^\p{Ll}/u.test(w) &&
      !isProduct(w) &&
      !isProduct(pieces[prev]!) &&
      !/[.:]$/.test(pieces[prev]!)
    )
      pieces[prev] += ` ${w}`;
    else pieces.push(w);
  }
  return productItems(pieces);
}

/** A short label with no list of its own ("Current stack", "Languages:"). */
function isLabel(text: string): boolean {
  const t = text.replace(/[:：]$/, "");
  return t.split(/\s+/).length <= 4 && !/[,;·|]/.test(t) && t.length <= 40 && !isProse(t);
}

/** Is `text` (no separators) a list of product names, "Git" or "TypeScript JavaScript HTML CSS"? Two in three items known. */
function productList(text: string): boolean {
  if (/[,;·•|:：]/.test(text)) return false;
  const items = wordItems(text);
  const known = items.filter((i) => isProduct(i) || productSpans(i).length > 0).length;
  // (A long row may hold a few words that are no product: "Browser extensions".)
  return (
    items.length > 0 &&
    items.length <= 40 &&
    (known * 3 >= items.length * 2 || (items.length >= 8 && known * 2 >= items.length))
  );
}

/** "Languages  TypeScript JavaScript HTML CSS": a label of up to three words, then a list of products. */
function labelledProducts(text: string): Skill | undefined {
  if (/[,;·•|:：]/.test(text)) return undefined;
  const words = text.split(/\s+/);
  let k = 0;
  while (k < words.length && k < 4 && !isProduct(words[k]!)) k++;
  if (k === 0 || k > 3 || words.length - k < 2 || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  const rest = words.slice(k).join(" ");
  return productList(rest) ? { name: words.slice(0, k).join(" "), keywords: wordItems(rest) } : undefined;
}

/**
 * "Practices  Scalability Microservices Web performance" under rows such as "Languages  Go
 * Rust": the first word is the row's label (the gap that says so is gone from the text).
 */
function firstWordRow(text: string): Skill | undefined {
  if (/[,;·•|:：]/.test(text)) return undefined;
  const words = text.split(/\s+/);
  if (words.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || isProduct(words[0]!)) return undefined;
  return { name: words[0]!, keywords: wordItems(words.slice(1).join(" ")) };
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

/** "01. Languages", "Languages:" → "Languages". */
function labelName(text: string): string {
  return text
    .replace(/^\d{1,2}[.)]\s{1,3}/, "")
    .replace(/[:：]$/, "")
    .trim();
}

/** A sentence among the names ("These are the tools I use daily."): no keyword. */
function isSentence(text: string): boolean {
  if (!isProse(text)) return false;
  const words = text.split(/\s+/);
  const separators = text.length - text.replace(/[,;·•|]/g, "").length;
  if (separators * 3 >= words.length) return false;
  // ("Ventilator care; arterial lines; sepsis protocols": short pieces between semicolons are a list.)
  const semis = text.replace(/;\s*$/, "").split(";");
  if (semis.length >= 3 && semis.every((p) => /\S/.test(p) && p.trim().split(/\s+/).length <= 5))
    return false;
  // (Twelve names in a row are no sentence: a sentence ends like one, or is mostly small words.)
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return /[.!?。！？]$/u.test(text) || lower * 5 >= words.length * 2;
}

/** The word that joins the last two items ("RabbitMQ y" over "Kafka"): the list goes on. */
function endsWithAnd(text: string): boolean {
  const m = /\s(\p{L}{1,4})$/u.exec(text);
  return m !== null && AND_WORDS.has(m[1]!.toLowerCase());
}

/**
 * Skill groups of a section's lines. `lost` receives the lines that are no skill (a sentence
 * among the lists), for the caller to say so.
 */
export function parseSkills(lines: Line[], file: string, title?: string, lost?: Line[]): Skill[] {
  // "Python Rust Apache Arrow AWS Rust SDK": a list without separators is cut at product names.
  const items = (text: string): string[] => (/[,;·•|]/.test(text) ? itemsOf(text) : wordItems(text));
  const out: Skill[] = [];
  /** The groups made from a table's level column. */
  const levelled = new Set<Skill>();
  let pairs = false;
  let loose: Skill | undefined;
  // "Languages: Java, Python | Tools: Git, Docker": one group per labelled piece.
  const text: Line[] = [];
  /** Lines that are rows of a label and names ("Languages  Go Rust"), by line number. */
  const rows = new Set<number>();
  for (const line of lines) {
    // ("..........", "~~~~": a rule drawn with characters names nothing.)
    if (!line.text || !HAS_WORD_RE.test(line.text)) continue;
    // "User Research      ●●●●○": a rating drawn in its own column (a design tool's sidebar) is no name.
    const l = RATING_RE.test(line.text)
      ? {
          ...line,
          text: line.text.replace(RATING_RE, ""),
          cells: line.cells.map((c) => c.replace(RATING_RE, "")).filter(Boolean),
        }
      : line;
    if (!l.text) continue;
    // A table of skills and their levels ("| Skill | Level |" over "| SQL | ⭐⭐⭐⭐ Expert |"):
    // the header row names nothing; the rows are skills grouped by their level (stars are no words).
    if (l.table && l.cells.length === 2) {
      // (An Org table's last row sits over a closing rule too: a header names no list.)
      if (l.table.header && !/[,;·•]/.test(l.text)) continue;
      const level = l.cells[1]!.replace(STARS_RE, "").trim();
      if (!level || levelOf(level)) {
        const name = level || title || "Skills";
        const group = out.find((g) => g.name === name && levelled.has(g));
        if (group) group.keywords!.push(l.cells[0]!);
        else {
          const g: Skill = { name, keywords: [l.cells[0]!], source: { file, line: l.n } };
          levelled.add(g);
          out.push(g);
        }
        continue;
      }
    }
    // "Languages: Python, Scala, SQL," over "Bash": a list wrapped after its comma goes on
    // (or after its "and": "RabbitMQ y" over "Kafka"), and so does a line indented under a
    // labelled list ("Frameworks React Vue" over "           Svelte Astro").
    const prev = text[text.length - 1];
    const wrapped =
      prev !== undefined &&
      !l.bullet &&
      l.heading === undefined &&
      !/[:：]/.test(l.text) &&
      prev.n < l.n &&
      (/[,;]$/.test(prev.text) ||
        endsWithAnd(prev.text) ||
        (l.indent > prev.indent && !isLabel(prev.text) && (LABEL_RE.test(prev.text) || rows.has(prev.n))));
    if (wrapped) {
      const joined = `${prev.text} ${l.text}`;
      text[text.length - 1] = { ...prev, text: joined, cells: [joined] };
      continue;
    }
    // ("Proficient: Python, SQL; Familiar: Rust": likewise at a semicolon.)
    const pieces = l.text.split(/\s{1,40}[|·•]\s{1,40}(?=[^,:]{1,40}[:：])|;\s{1,3}(?=[^,:;]{1,40}[:：])/);
    if (pieces.length > 1 && pieces.every((p) => LABEL_RE.test(p)))
      for (const p of pieces) text.push({ ...l, text: p, cells: [p] });
    else {
      if (
        !l.bullet &&
        (labelledProducts(l.text) ||
          (prev && rows.has(prev.n) && prev.indent === l.indent && firstWordRow(l.text)))
      )
        rows.add(l.n);
      text.push(l);
    }
  }
  /** Groups named by a label over bullets ("01. Languages") or a sub-heading ("### Frameworks"). */
  const labelled = new Map<Skill, "label" | "heading">();
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!;
    const next = text[i + 1];
    const src = { file, line: l.n };
    // A sub-heading, or a short label over bullets: a group named by it, for the lines under it.
    if (
      !l.bullet &&
      (l.heading !== undefined || (next?.bullet && next.indent >= l.indent && isLabel(l.text))) &&
      isLabel(l.text) &&
      !skillLine(l.text)?.keywords?.length
    ) {
      loose = { name: labelName(l.text), keywords: [], source: src };
      labelled.set(loose, l.heading !== undefined ? "heading" : "label");
      out.push(loose);
      pairs = false;
      continue;
    }
    const row = rows.has(l.n) ? (labelledProducts(l.text) ?? firstWordRow(l.text)) : undefined;
    if (row) {
      out.push({ ...row, source: src });
      loose = undefined;
      continue;
    }
    if (isSentence(l.text) && !LABEL_RE.test(l.text)) {
      lost?.push(l);
      continue;
    }
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
    // (Inside a run of single names, one more name over a list is one of the run, not its label.)
    const inRun = !!loose && !labelled.has(loose) && loose.keywords!.length > 0 && !/[:：]$/.test(l.text);
    if (
      !l.bullet &&
      labelish &&
      !inRun &&
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
      // ("PHP, Ruby" under "Languages": the label's group goes on.)
      // (So does a run of single names: "Kubernetes / Go, Python / Prometheus" is one group.)
      if (!g.name && loose && (labelled.has(loose) || loose.keywords!.length > 0)) {
        loose.keywords!.push(...g.keywords);
        continue;
      }
      // (A list with no label of its own is named like a run of single names: by the section.)
      if (!g.name && title) g.name = title;
      out.push({ ...g, source: src });
      if (!loose || !labelled.has(loose) || (!l.bullet && labelled.get(loose) === "label")) loose = undefined;
      continue;
    }
    // A single tool per line (or bullet): one group for the run.
    pairs = false;
    // (A label's group ends at the first line that is not one of its bullets.)
    if (loose && labelled.get(loose) === "label" && !l.bullet) loose = undefined;
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
    // "Scalability Microservices Web performance Agile Accessibility": five or more names in a row.
    const words = /[,;·•|]/.test(l.text) ? [] : wordItems(l.text);
    if (words.length >= 5) {
      loose.keywords!.push(...words);
      continue;
    }
    loose.keywords!.push(
      ...(/[,;·•|]/.test(l.text)
        ? items(l.text)
        : [
            l.text
              .replace(/\s{0,40}\(\d{1,2}\+?\s(?:years?|yrs?)\)/gi, "")
              .replace(/\s{0,3}[●○◉◯★☆■□]{3,10}/g, "")
              .replace(/[.;]$/, "")
              .replace(NOTE_MARK_RE, "")
              .trim(),
          ]),
    );
  }
  return out.filter((s) => (s.keywords?.length ?? 0) > 0);
}

/**
 * Do these lines (a section under a heading the vocabulary does not know: "DATA STORES", "Tools
 * I Know") list technology names? Half or more of their items are known products or languages,
 * at least three are, and no line is a sentence or carries dates (an entry would). O(lines).
 */
export function listsTechnology(lines: Line[]): boolean {
  let items = 0;
  let known = 0;
  for (const l of lines) {
    if (!l.text || !HAS_WORD_RE.test(l.text)) continue;
    if (l.text.length > 200 || isSentence(l.text) || findRange(l.text)) return false;
    const m = LABEL_RE.exec(l.text);
    const body = m ? m[2]! : l.text;
    const these = /[,;·•|]/.test(body) ? itemsOf(body) : wordItems(body);
    items += these.length;
    known += these.filter((i) => isProduct(i) || productSpans(i).length > 0).length;
  }
  return known >= 3 && known * 2 >= items;
}
