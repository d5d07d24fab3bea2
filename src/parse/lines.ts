/**
 * Step 1 of the parser: raw text → normalised lines.
 *
 * Strips what converters leave behind (HTML tags, table rows, LaTeX math and escapes,
 * Markdown emphasis/links, page footers) while keeping the signals later steps need:
 * Markdown heading levels, bold spans, links, bullets and their depth, and columns
 * (tab- or wide-space-separated cells, `<td>` cells, Markdown table cells).
 */

import { findRange } from "./dates.js";
import { blankLine, type Line, type Link, type Skipped } from "./line.js";
import { LONE_BULLET_RE, stripBullet } from "./read/bullets.js";
import { MATH_SYMBOLS } from "./read/latex-macros.js";
import { looksOrg } from "./read/org.js";
import { joinPages, onePage, sourceLines } from "./read/source.js";
import { sanitize, sanitizeDecoded } from "../text/sanitize.js";
import { BOILERPLATE_RE, PAGE_HEADER_RE, PAGE_RE } from "./read/furniture.js";

export { stripBullet };

export type { Line, Link, Skipped, Mark, Dialect } from "./line.js";

import { collapseSpacedLetters, headingKind } from "./sections.js";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  rarr: "→",
  larr: "←",
  bull: "•",
  middot: "·",
  hellip: "…",
  copy: "©",
  reg: "®",
  trade: "™",
  times: "×",
  asymp: "≈",
  le: "≤",
  ge: "≥",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  eacute: "é",
};

/**
 * HTML character references → characters, sanitized again (a reference can name what the
 * sanitizer removed from the text: `&#x202E;`, `&#x200B;`, `&#27;`): a control becomes a
 * space, an invisible or bidi character nothing, a line separator a space.
 */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isFinite(code) || code < 32 || code > 0x10ffff || (code >= 0x7f && code < 0xa0)) return " ";
      if (code >= 0xd800 && code <= 0xdfff) return " ";
      return sanitizeDecoded(String.fromCodePoint(code));
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const DOLLAR = "\u0001";

function latexCommands(s: string): string {
  return s
    .replace(/(\\[A-Za-z]{1,20})\{\}/g, "$1")
    .replace(/\\href\{([^{}]{0,500})\}\{([^{}]{0,300})\}/g, "[$2]($1)")
    .replace(
      /\\(?:text|mathrm|textrm|textbf|textit|textsc|texttt|emph|mathbf|mathit|mathsf|underline|operatorname|url|small|footnotesize)\{([^{}]{0,300})\}/g,
      "$1",
    )
    .replace(/\\([A-Za-z]{1,20})(?![A-Za-z])\s?/g, (m, name: string) => {
      const sym = MATH_SYMBOLS[name];
      return sym === undefined ? m : sym + (sym === " " ? "" : m.endsWith(" ") ? " " : "");
    });
}

/** LaTeX math and escapes → plain text: `$\approx 100$` → `≈ 100`, `\&` → `&`. */
export function cleanLatex(s: string): string {
  if (!s.includes("\\") && !s.includes("$")) return s;
  let out = s.replace(/\\\$/g, DOLLAR);
  out = out.replace(/\$([^$]{1,300})\$/g, (m, body: string) => {
    if (!/[\\^_{}]/.test(body) && !/^\s{0,2}[<>=~|+*/-]{1,2}\s{0,2}$/.test(body)) return m;
    return latexCommands(body)
      .replace(/\\([%&#_{}])/g, "$1")
      .replace(/[{}]/g, "")
      .replace(/\^/g, "")
      .replace(/\s{2,}/g, " ")
      .trim();
  });
  out = latexCommands(out);
  out = out.replace(/\\\\/g, " ").replace(/\\([%&#_{}])/g, "$1");
  return out.split(DOLLAR).join("$");
}

/**
 * The address a `mailto:` or `tel:` link stands for (`%40` decoded), else undefined: the text
 * of a link whose only content is an image (a badge, an icon), which a reader sees as the address.
 */
function contactText(url: string): string | undefined {
  const m = /^(?:mailto|tel):([^?#\s]{3,300})/i.exec(url);
  if (!m) return undefined;
  try {
    return sanitizeDecoded(decodeURIComponent(m[1]!));
  } catch {
    return m[1]!;
  }
}

/**
 * The e-mail address a shields-style badge writes as its message (`/badge/Email-jo%40x.io-red`:
 * label, message, colour; `--` is a dash, `_` a space), else undefined.
 */
function badgeAddress(path: string): string | undefined {
  if (!path.includes("@") && !/%40/i.test(path)) return undefined;
  let text: string;
  try {
    text = decodeURIComponent(path.replace(/\?[^]*$/, "").replace(/--/g, "\u0003"));
  } catch {
    return undefined;
  }
  const pieces = text.split("-").map((p) => p.replace(/\u0003/g, "-"));
  const message = pieces.length >= 3 ? pieces[pieces.length - 2]! : pieces[0]!;
  const m = /^[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,24}$/.exec(message.trim());
  return m ? sanitizeDecoded(m[0]) : undefined;
}

/** `<a href="mailto:…"><img …></a>`: an e-mail or phone badge (or icon) with no text. */
const HTML_CONTACT_IMAGE_RE =
  /<a\s[^<>]{0,300}href="((?:mailto|tel):[^"<>]{1,300})"[^<>]{0,300}>(?:\s{0,20}<img\s[^<>]{0,800}>){1,3}\s{0,20}<\/a>/gi;
/** `[![Email](badge)](mailto:…)`: the same in Markdown. */
const MD_CONTACT_IMAGE_RE = /\[!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)\]\(((?:mailto|tel):[^)\s]{1,300})\)/gi;

/** HTML leftovers inside one cell → Markdown-ish text; `<br>`/`<li>` become `\n`. */
export function cleanHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  let out = s;
  if (out.includes("<")) {
    if (/href="(?:mailto|tel):/i.test(out))
      out = out.replace(HTML_CONTACT_IMAGE_RE, (m, url: string) => contactText(url) ?? m);
    out = out
      .replace(/<br\s{0,3}\/?>/gi, "\n")
      .replace(/<li(?:\s[^<>]{0,300})?>/gi, "\n• ")
      .replace(/<\/(?:li|ul|ol|p|div|h[1-6])>/gi, "\n")
      .replace(/<(?:ul|ol|p|div)(?:\s[^<>]{0,300})?>/gi, "\n")
      .replace(/<(?:b|strong)(?:\s[^<>]{0,300})?>([^<>]{1,300})<\/(?:b|strong)>/gi, "**$1**")
      .replace(/<a\s[^<>]{0,300}href="([^"<>]{1,500})"[^<>]{0,300}>([^<>]{0,300})<\/a>/gi, "[$2]($1)")
      .replace(/<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?\/?>/g, " ")
      .replace(/<((?:https?:\/\/|mailto:)[^<>\s]{1,500}|[^<>\s@]{1,64}@[^<>\s@]{1,253})>/gi, "$1");
  }
  return decodeEntities(out);
}

/** Markdown inline markup → text, collecting bold spans and links. */
export function cleanMarkdown(s: string, strong: string[] = [], links: Link[] = []): string {
  let out = s;
  // (Each rewrite is asked only when the mark it needs is in the text: most cells have none.)
  if (/[[*_`~!]/.test(out)) {
    if (out.includes("![")) out = out.replace(/!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)/g, "");
    if (out.includes("]("))
      out = out.replace(
        /\[([^\]\n]{0,300})\]\(([^)\s]{1,500})(?:\s{1,3}"[^"\n]{0,100}")?\)/g,
        (_m, text: string, url: string) => {
          links.push({ text: text.replace(/[*_`]/g, "").trim(), url });
          return text;
        },
      );
    const star = out.includes("*");
    if (star)
      out = out.replace(/\*\*([^*\n]{1,300})\*\*/g, (_m, t: string) => {
        strong.push(t);
        return t;
      });
    if (out.includes("__"))
      out = out.replace(/(?<![\p{L}\p{N}_])__([^_\n]{1,300})__(?![\p{L}\p{N}_])/gu, (_m, t: string) => {
        strong.push(t);
        return t;
      });
    if (star) out = out.replace(/(?<![\p{L}\p{N}*])\*([^*\s][^*\n]{0,300})\*(?![\p{L}\p{N}*])/gu, "$1");
    if (out.includes("_"))
      out = out.replace(/(?<![\p{L}\p{N}_])_([^_\s][^_\n]{0,300})_(?![\p{L}\p{N}_])/gu, "$1");
    if (out.includes("`")) out = out.replace(/`([^`\n]{1,300})`/g, "$1");
    if (out.includes("~~")) out = out.replace(/~~([^~\n]{1,300})~~/g, "$1");
    if (star) out = out.replace(/\*\*/g, "");
  }
  if (out.includes("\\")) out = out.replace(/\\([\\`*_{}[\]()#+\-.!|>~&%$])/g, "$1");
  return out;
}

/** What {@link PAGE_HEADER_RE} and the logo line need, asked first (a literal search, not a lazy scan per line). */
const PAGE_WORD_RE = /page/i;
const LOGO_END_RE = / logo$/i;

const RULE_RE = /^(?:-[ \t]{0,2}){3,}$|^(?:\*[ \t]{0,2}){3,}$|^(?:_[ \t]{0,2}){3,}$|^={3,}$|^[─━═—–]{3,}$/;

const CELL_SPACE_RE = /[ \t\u00A0\u2000-\u200A\u3000]+/g;
/** Where {@link CELL_SPACE_RE} changes the text: two spaces, or a white space other than one. */
const CELL_SPACE_CHANGE_RE = /[\t\u00A0\u2000-\u200A\u3000]| {2}/;
const cellSpaces = (s: string): string => (CELL_SPACE_CHANGE_RE.test(s) ? s.replace(CELL_SPACE_RE, " ") : s);

function cleanCell(cell: string, strong: string[], links: Link[]): string {
  let c = cleanHtml(cell);
  c = cleanLatex(c);
  c = cleanMarkdown(c, strong, links);
  // A bold marker left unpaired (a bold span whose closing star is escaped) is markup, not text.
  if (c.includes("**")) c = c.replace(/\*{2,}/g, "");
  if (!c.includes("\n")) return cellSpaces(c).trim();
  return c
    .split("\n")
    .map((p) => cellSpaces(p).trim())
    .filter((p, i) => p !== "" || i === 0)
    .join("\n")
    .trim();
}

function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === " ") n += 1;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
}

function splitCells(body: string): string[] {
  const t = body.trim();
  if (/^\|.*\|$/.test(t) && t.length > 1) {
    return t
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
  }
  // Runs of 3+ spaces or tabs are column gaps; so are leaders ("Acme Corp ------------ Boston MA",
  // "Editor ........ 2019") that a plain-text résumé draws between a name and its place.
  const cells = t
    .split(/\t+| {3,}| [-–—.·]{4,400} /)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  // "Spring 2014  Visiting Scholar, X": dates in a left column, the widest of them two spaces
  // from the text, are a column too.
  const lead = DATES_TWO_SPACES_RE.exec(cells[0] ?? "");
  if (lead) {
    const r = findRange(lead[1]!);
    if (r && r.index === 0 && r.end === lead[1]!.length)
      cells.splice(0, 1, lead[1]!, cells[0]!.slice(lead[0].length));
  }
  return cells;
}

const DATES_TWO_SPACES_RE = /^([\p{L}\p{N}][^ ]{0,12}(?: [^ ]{1,12}){0,3}) {2}(?=\S)/u;

const TABLE_SEPARATOR_RE =
  /^\|?(?:[ \t]{0,3}:?-{2,}:?[ \t]{0,3}\|){1,20}[ \t]{0,3}(?::?-{2,}:?)?[ \t]{0,3}\|?$/;

/** Normalise a whole document into lines. */
export function normalizeLines(
  input: string,
  skipped: Skipped[] = [],
  /** The rest of table rows too long for one line, by line index (source.ts `rows`): read as rows of their own. */
  rows?: ReadonlyMap<number, readonly string[]>,
): Line[] {
  // Sanitised, one string per source line (a form feed removed: sourceLines keeps the page).
  const src = sourceLines(input);
  // (On one page, the lines joined and split again are the lines: sourceLines leaves no "\n" in one.)
  const rawLines = onePage(src.lines.length, src.pages)
    ? src.lines
    : joinPages(src.lines, src.pages).split("\n");
  const lines: Line[] = [];
  // YAML front matter ("---\ntitle: x\n---") at the top is metadata, not text.
  let first = 0;
  while (first < rawLines.length && rawLines[first]!.trim() === "") first++;
  let skipUntil = -1;
  if (rawLines[first]?.trim() === "---") {
    for (let j = first + 1; j < Math.min(rawLines.length, first + 40); j++) {
      const t = rawLines[j]!.trim();
      if (t === "---" || t === "...") {
        skipUntil = j;
        break;
      }
      if (!/^[\w-]{1,40}:|^\s|^-\s|^$/.test(rawLines[j]!)) break;
    }
  }
  if (skipUntil >= 0) skipped.push({ n: first + 1, text: rawLines[first + 1] ?? "", why: "front matter" });
  // Page furniture (pdftotext pages, a form feed read as a line break): a bare page number on a
  // line of its own between blank lines, and the first line (the name) repeated later on a line
  // of its own at the top of a page.
  const pageFurniture = new Set<number>();
  const blankAt = (i: number): boolean =>
    i < 0 || i >= rawLines.length || /^[ \t\f]{0,200}$/.test(rawLines[i]!);
  const firstIdx = rawLines.findIndex((r) => r.trim() !== "");
  const firstLine = firstIdx >= 0 ? rawLines[firstIdx]!.trim() : "";
  const repeatable =
    firstLine.length >= 4 &&
    firstLine.length <= 60 &&
    !/[@:|,]|\d/.test(firstLine) &&
    !headingKind(firstLine) &&
    !/^#/.test(firstLine);
  for (let i = Math.max(firstIdx, 0) + 1; i < rawLines.length; i++) {
    const r = rawLines[i]!;
    if (r.length > 200) continue;
    const breakAfter = blankAt(i + 1) || rawLines[i + 1]!.startsWith("\f");
    if (/^[ \t\f]{0,40}\d{1,2}[ \t]{0,40}$/.test(r) && blankAt(i - 1) && breakAfter) pageFurniture.add(i);
    else if (
      repeatable &&
      i > firstIdx + 10 &&
      r.replace(/\f/g, "").trim() === firstLine &&
      (blankAt(i - 1) || r.startsWith("\f") || pageFurniture.has(i - 1) || pageFurniture.has(i - 2)) &&
      breakAfter
    )
      pageFurniture.add(i);
  }
  let order = readingOrder(rawLines, skipUntil + 1);
  if (rows?.size) {
    const done = new Set<number>();
    order = order.flatMap((o) => {
      const more = done.has(o.i) ? undefined : rows.get(o.i);
      done.add(o.i);
      return more ? [o, ...more.map((raw) => ({ ...o, raw }))] : [o];
    });
  }
  const org = looksOrg(rawLines, (w) => !!headingKind(w));
  const adoc = !org && isAsciiDocDocument(rawLines);
  // pdftotext without -layout puts a bullet glyph on a line of its own, its text on the next line.
  let loneBullet = false;
  for (const { i, raw: orderRaw } of order) {
    const n = i + 1;
    let rawText = orderRaw;
    if (LONE_BULLET_RE.test(rawText)) {
      loneBullet = true;
      continue;
    }
    if (loneBullet && rawText.trim() !== "") {
      loneBullet = false;
      const lead = /^[ \t]*/.exec(rawText)![0];
      if (!stripBullet(rawText.trim()).bullet) rawText = `${lead}• ${rawText.slice(lead.length)}`;
    }
    if (pageFurniture.has(i)) {
      skipped.push({ n, text: rawText.replace(/\f/g, "").trim(), why: "page footer" });
      continue;
    }
    let raw = rawText;
    if (raw.includes("\f")) raw = raw.replace(/\f/g, "");
    if (raw.includes("\u00A0")) raw = raw.replace(/\u00A0/g, " ");
    // Typographic ligatures from PDF text ("ﬁnancial", "ofﬁce") are their letters.
    if (/[\uFB00-\uFB06]/.test(raw)) raw = raw.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC"));
    const indent = indentOf(raw);
    let body = raw.trim();
    let orgLevel: number | undefined;
    if (org || adoc) {
      const o = org ? orgLine(raw) : adocLine(raw);
      if (o === undefined) {
        skipped.push({ n, text: body, why: "front matter" });
        continue;
      }
      body = o.text;
      orgLevel = o.level;
    }
    // Org-mode and wiki links: "[[https://x.io][x.io]]" → "[x.io](https://x.io)".
    if (body.includes("[["))
      body = body.replace(
        /\[\[((?:https?:\/\/|mailto:)[^\]\s]{1,500})\](?:\[([^\]\n]{1,300})\])?\]/g,
        (_m, url: string, text?: string) => `[${text ?? url}](${url})`,
      );
    // Org-mode timestamps: "<2021-03-01 Mon>", "[2021-03-01 Mon 10:00]" → "2021-03-01".
    if (/[<[]\d{4}-/.test(body))
      body = body.replace(
        /[<[]((?:19|20)\d{2}-\d{2}(?:-\d{2})?)(?:[ \t]\p{L}{2,3}\.?)?(?:[ \t]\d{1,2}:\d{2})?[>\]]/gu,
        "$1",
      );
    if (body === "") {
      lines.push(blank(n));
      continue;
    }
    if (TABLE_SEPARATOR_RE.test(body) && body.includes("|")) {
      // The delimiter row ("|---|---|") under a pipe row makes that row the table's header.
      const prev = lines[lines.length - 1];
      if (prev?.table && prev.n === n - 1 && prev.cells.length > 1) prev.table.header = true;
      continue;
    }
    if (RULE_RE.test(body)) {
      // Setext heading: "Title\n-----" directly under a text line.
      const prev = lines[lines.length - 1];
      if (
        prev &&
        prev.text &&
        !prev.bullet &&
        prev.heading === undefined &&
        prev.n === n - 1 &&
        /^[=-]/.test(body)
      ) {
        prev.heading = body.startsWith("=") ? 1 : 2;
        continue;
      }
      lines.push({ ...blank(n), rule: true });
      continue;
    }
    // reStructuredText section adornments other than "=" and "-" ("~~~~", "^^^^"): an underline at
    // least as long as the line right above it; levels below the "=" and "-" ones.
    const adorn = /^([~^+"])\1{2,}$/.exec(body);
    if (adorn) {
      const prev = lines[lines.length - 1];
      if (
        prev &&
        prev.text &&
        !prev.bullet &&
        prev.heading === undefined &&
        prev.n === n - 1 &&
        body.length >= prev.text.length - 1
      ) {
        prev.heading = 3 + '~^+"'.indexOf(adorn[1]!);
        continue;
      }
    }
    // reStructuredText field lists (":Email: x") and Org-mode properties (":LOCATION: x"): "Email: x".
    if (body.startsWith(":")) body = body.replace(/^:([\p{L}][\p{L}\p{N} _-]{0,30}):(?=[ \t]|$)/u, "$1:");
    let heading: number | undefined = orgLevel;
    const h = orgLevel === undefined ? markedHeading(body, /^(#{1,6})[ \t]+/, /^#{1,6}$/) : null;
    if (h) {
      heading = h[1]!.length;
      body = h[2]!;
    }
    if (body.startsWith(">")) body = body.replace(/^(?:>[ \t]?){1,5}/, "");
    // "■ Work Experience", "◆ Skills": a box or diamond before a heading phrase marks the heading, not a bullet.
    // (Each of the three shapes below is asked only when the line starts with its first character.)
    const c0 = body.charCodeAt(0);
    const marked = c0 >= 0x25a0 && c0 <= 0x25ff ? /^[■□◆◇▼▶►◼◾][ \t]{0,3}(\S.{0,60})$/u.exec(body) : null;
    if (marked && indent === 0 && headingKind(marked[1]!.replace(/[:：]$/, ""))) body = marked[1]!;
    // "— Experience —", "– Skills –", "~ Education ~": a heading phrase between dashes, not a bullet;
    // "2. Professional Experience": a numbered heading (Word's outline numbering), not a list item.
    const framed =
      c0 === 0x2014 || c0 === 0x2013 || c0 === 0x7e || c0 === 0x3d || c0 === 0x2d
        ? /^(?:[—–~=-][ \t]{0,2}){1,4}(\p{L}[^—–~=]{0,58}?)(?:[ \t]{0,2}[—–~=-]){1,4}$/u.exec(body)
        : null;
    if (framed && headingKind(framed[1]!.trim().replace(/[:：]$/, ""))) body = framed[1]!.trim();
    const numbered =
      (c0 >= 0x30 && c0 <= 0x39) || c0 === 0x49 || c0 === 0x56 || c0 === 0x58
        ? /^(?:\d{1,2}|[IVX]{1,4})[.)][ \t]{1,4}(\p{Lu}[^\d]{1,58})$/u.exec(body)
        : null;
    if (numbered && indent <= 2 && headingKind(numbered[1]!.trim().replace(/[:：]$/, "")))
      body = numbered[1]!.trim();
    // A bullet followed by a tab (Word's list export) is a bullet, not a column.
    // So is one followed by the wide gap pdftotext -layout draws for that tab ("   •   Own the forecast").
    if (body.includes("\t")) body = body.replace(/^([•●○◦▪▫‣➢➤►▸▹✓✔⁃∙\uF0A7\uF0B7*–-])\t+/u, "$1 ");
    else body = body.replace(/^([•●○◦▪▫‣➢➤►▸▹✓✔⁃∙\uF0A7\uF0B7])[ ]{3,12}(?=\S)/u, "$1 ");
    // Pandoc's hard line break: a trailing backslash.
    if (body.endsWith("\\")) body = body.replace(/(?<!\\)\\$/, "");
    body = body.trimEnd();
    // Letter-spaced text ("N O R A   B E L L A N D I"): one word per run, not columns.
    const spaced = collapseSpacedLetters(body);
    if (spaced) body = spaced;
    // An e-mail or phone badge (`[![Email](badge)](mailto:jo@x.io)`): its address.
    if (body.includes("](mailto:") || body.includes("](tel:"))
      body = body.replace(MD_CONTACT_IMAGE_RE, (m, url: string) => contactText(url) ?? m);
    // Skill badges (`![Rust](https://img.shields.io/badge/-Rust-000)`): their alt texts, as a list.
    if (body.includes("![") && /!\[[^\]\n]{1,60}\]\([^)\s]{0,300}\/badges?\//.test(body)) {
      body = body
        .replace(/\[(!\[[^\]\n]{1,60}\]\([^)\s]{1,500}\))\]\([^)\s]{1,500}\)/g, "$1")
        .replace(
          /!\[([^\]\n]{1,60})\]\([^)\s]{0,300}\/badges?\/([^)\s]{0,300})\)/g,
          (_m, alt: string, path: string) => `${badgeAddress(path) ?? alt}\u0002`,
        )
        .replace(/\u0002[ \t]*(?=[^\s\u0002])/g, ", ")
        .replace(/\u0002/g, "")
        .trim();
    }
    // "`Python` `PyTorch` `SQL`": a line (or a label's value) of code spans side by side is a list.
    if (body.includes("`") && /`[^`\n]{1,40}`[ \t]{1,4}`/.test(body)) {
      const run =
        /^((?:[^`:：]{1,40}[:：]\*{0,2}[ \t]{0,4})?)((?:`[^`\n]{1,40}`[ \t]{0,4}(?:[,·|][ \t]{0,4})?){2,60})$/u.exec(
          body,
        );
      if (run)
        body = run[1]! + [...run[2]!.matchAll(/`([^`\n]{1,40})`/g)].map((m) => m[1]!.trim()).join(", ");
    }
    if (PAGE_RE.test(body) || (PAGE_WORD_RE.test(body) && PAGE_HEADER_RE.test(body))) {
      skipped.push({ n, text: body, why: "page footer" });
      continue;
    }
    // HTML table rows: a row is an entry, a cell a column (a row of `<th>` cells the header).
    let table: Line["table"];
    if (body.startsWith("|") && body.endsWith("|") && body.length > 1) table = { header: false };
    if (body.includes("<") && /<t[dhr][\s>]/i.test(body)) {
      table = { header: /<th[\s>]/i.test(body) && !/<td[\s>]/i.test(body) };
      body = body
        .replace(/<\/t[dh]>[ \t]{0,20}<t[dh](?:\s[^<>]{0,200})?>/gi, "\t")
        .replace(/<\/?(?:table|tbody|thead|tr|td|th)(?:\s[^<>]{0,200})?>/gi, " ")
        .trim();
    }
    // "Languages      : Java, SQL", "Langues : anglais": a space before a label's colon.
    if (body.includes(":") || body.includes("："))
      body = body.replace(/^([^\s:：|][^:：\t|]{0,40}?)[ \t]{1,40}([:：])[ \t]{0,40}(?=\S)/u, "$1$2 ");
    // A tab or a wide gap inside an HTML tag ("</span\t>") is no column break.
    if (body.includes("<"))
      body = body.replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, (t) => t.replace(/\s+/g, " "));
    const strong: string[] = [];
    const links: Link[] = [];
    const cells = splitCells(body)
      .map((c) => cleanCell(c, strong, links))
      .filter((c) => c !== "");
    const cleanStrong = strong.map((s) => cleanCell(s, [], [])).filter(Boolean);
    if (cells.length === 0) {
      lines.push(blank(n));
      continue;
    }
    // One column holding <br>/<li> items: one line per item.
    const parts =
      cells.length > 1
        ? [cells.join(" ")]
        : cells[0]!.includes("\n")
          ? cells[0]!.split("\n").filter((p) => p.trim() !== "")
          : cells[0]!.trim() !== ""
            ? [cells[0]!]
            : [];
    for (let k = 0; k < parts.length; k++) {
      const part = cells.length === 1 ? parts[k]! : "";
      const lineCells = cells.length === 1 ? [part] : cells;
      // (A row's first cell keeps its items apart, as the others do: "<p>Hauptstr. 12</p><p>8001 Zürich</p>".)
      const first = stripBullet(
        lineCells.length > 1 ? lineCells[0]!.trim() : lineCells[0]!.replace(/\n/g, " ").trim(),
      );
      const text = [first.text, ...lineCells.slice(1)]
        .map((c) => (c.includes("\n") ? c.replace(/\s{0,40}\n\s{0,40}/g, " ") : c))
        .join(" ")
        .trim();
      if (PAGE_RE.test(text) || BOILERPLATE_RE.test(text)) {
        skipped.push({ n, text, why: PAGE_RE.test(text) ? "page footer" : "web page furniture" });
        continue;
      }
      if (text === "") continue;
      const outCells = lineCells.length === 1 ? [first.text] : [first.text, ...lineCells.slice(1)];
      lines.push({
        n,
        text,
        cells: outCells.filter((c) => c.trim() !== ""),
        indent: indent + (k > 0 ? 2 : 0),
        bullet: first.bullet || (k > 0 && /^[•●○◦▪]/.test(parts[k]!)),
        heading: k === 0 ? heading : undefined,
        strong: k === 0 ? cleanStrong : [],
        links: k === 0 ? links : [],
        ...(table && lineCells.length > 1 ? { table: { ...table } } : {}),
      });
    }
  }
  // Definition lists (Pandoc, PHP Markdown Extra): "Languages" over ": Python, SQL" → "Languages: Python, SQL".
  if (lines.some((l) => l.text.startsWith(":"))) {
    const merged: Line[] = [];
    for (const d of lines) {
      const m = /^:[ \t]{1,4}(\S.*)$/.exec(d.text);
      let j = merged.length - 1;
      if (m && !d.bullet && d.heading === undefined && j >= 0) {
        if (!merged[j]!.text && j > 0) j--;
        const term = merged[j]!;
        if (
          term.text &&
          !term.bullet &&
          term.heading === undefined &&
          term.text.length <= 60 &&
          !/[:：]$/.test(term.text) &&
          !/^:/.test(term.text)
        ) {
          const text = `${term.text}: ${m[1]!}`;
          merged.length = j;
          merged.push({ ...term, text, cells: [text] });
          continue;
        }
      }
      merged.push(d);
    }
    lines.length = 0;
    for (const l of merged) lines.push(l);
  }
  // "Feldmark GmbH logo" over "Feldmark GmbH": an image's alt text copied from a profile page.
  const logos: Skipped[] = [];
  for (let k = lines.length - 2; k >= 0; k--) {
    const m = LOGO_END_RE.test(lines[k]!.text) ? /^(\S.{1,80}?) logo$/i.exec(lines[k]!.text) : null;
    if (!m || lines[k]!.bullet) continue;
    const near = lines
      .slice(k + 1, k + 6)
      .filter((l) => l.text)
      .slice(0, 3);
    if (near.some((l) => l.text.startsWith(m[1]!))) {
      logos.unshift({ n: lines[k]!.n, text: lines[k]!.text, why: "web page furniture" });
      lines.splice(k, 1);
    }
  }
  skipped.push(...logos);
  // A web page copied with its screen-reader text (LinkedIn's profile page) gives every
  // heading, company, title and date line twice in a row: keep one of each pair.
  const repeats = lines.filter((l, k) => k > 0 && isRepeat(lines[k - 1]!, l));
  if (repeats.length >= 3) {
    const drop = new Set(repeats);
    for (const l of repeats) skipped.push({ n: l.n, text: l.text, why: "repeated" });
    for (let k = lines.length - 1; k >= 0; k--) if (drop.has(lines[k]!)) lines.splice(k, 1);
  }
  // Indentation relative to the least indented text line.
  let min = Infinity;
  for (const l of lines) if (l.text) min = Math.min(min, l.indent);
  if (min !== Infinity && min > 0) for (const l of lines) l.indent = Math.max(0, l.indent - min);
  return lines;
}

/**
 * `pdftotext -layout` of a two-column CV puts both columns on each line ("EXPERIENCE      SKILLS").
 * When a column start is shared by several lines and both columns hold section headings,
 * the two flows are read one after the other (left, then right), each line keeping its number.
 */
export function readingOrder(rawLines: string[], from = 0): { i: number; raw: string }[] {
  const plain = rawLines.map((r, i) => ({ i, raw: r }) as { i: number; raw: string }).slice(from);
  // (c >= 24 always: the three characters before it are read one by one, without a slice.)
  const gapAt = (raw: string, c: number): boolean =>
    raw.length > c &&
    raw[c] !== " " &&
    raw.charCodeAt(c - 1) === 32 &&
    raw.charCodeAt(c - 2) === 32 &&
    raw.charCodeAt(c - 3) === 32 &&
    raw.slice(0, c).trim() !== "";
  const rightOnly = (raw: string, c: number): boolean =>
    raw.length > c && raw[c] !== " " && raw.slice(0, c).trim() === "";
  const counts = new Map<number, number>();
  for (const { raw } of plain) {
    if (raw.includes("\t") || raw.length > 400) continue;
    // A gap's column is where a run of 3+ spaces ends: each run found by a literal search, in
    // order (a run ending at 24 or later has its last three spaces at 21 or later).
    for (let at = raw.indexOf("   ", 21); at >= 0;) {
      let c = at + 3;
      while (raw.charCodeAt(c) === 32) c++;
      if (c >= 24 && gapAt(raw, c)) counts.set(c, (counts.get(c) ?? 0) + 1);
      at = raw.indexOf("   ", c);
    }
  }
  let col = -1;
  let best = 2;
  for (const [c, k] of counts) if (k > best) [col, best] = [c, k];
  if (col < 0) return plain;
  const isHead = (t: string): boolean => {
    const x = t.trim().replace(/[:：]$/, "");
    return (
      x.length > 0 &&
      x.length <= 40 &&
      x === x.toUpperCase() &&
      /\p{Lu}{3}/u.test(x) &&
      headingKind(x) !== undefined
    );
  };
  const inRegion = plain.filter(({ raw }) => gapAt(raw, col) || rightOnly(raw, col));
  const rightHeads = inRegion.filter(({ raw }) => isHead(raw.slice(col))).length;
  const leftHeads = plain.filter(({ raw }) => isHead(gapAt(raw, col) ? raw.slice(0, col) : raw)).length;
  if (
    rightHeads < 1 ||
    leftHeads < 1 ||
    !inRegion.some(({ raw }) => gapAt(raw, col) && isHead(raw.slice(col)))
  )
    return plain;
  const first = plain.indexOf(inRegion[0]!);
  let last = plain.indexOf(inRegion[inRegion.length - 1]!);
  // The left column goes on below the right one's end, up to a full-width line.
  while (last + 1 < plain.length && plain[last + 1]!.raw.trimEnd().length <= col) last++;
  const left: { i: number; raw: string }[] = [];
  const right: { i: number; raw: string }[] = [];
  for (const { i, raw } of plain.slice(first, last + 1)) {
    if (gapAt(raw, col)) {
      left.push({ i, raw: raw.slice(0, col).trimEnd() });
      right.push({ i, raw: raw.slice(col) });
    } else if (rightOnly(raw, col)) {
      left.push({ i, raw: "" });
      right.push({ i, raw: raw.slice(col) });
    } else {
      left.push({ i, raw });
      if (right.length && right[right.length - 1]!.raw !== "") right.push({ i, raw: "" });
    }
  }
  return [
    ...plain.slice(0, first),
    ...left,
    { i: plain[last]!.i, raw: "" },
    ...right,
    ...plain.slice(last + 1),
  ];
}

/**
 * One Org-mode line: `** Title` → a heading of level 2, `#+AUTHOR: X` → "X", `#+EMAIL: x` →
 * "Email: x", `- Term :: value` → "- Term: value"; other settings and drawer lines → undefined (skipped).
 */
function orgLine(raw: string): { text: string; level?: number } | undefined {
  const t = raw.trim();
  const setting = /^#\+([A-Za-z_]{1,30}):[ \t]{0,4}(.*)$/.exec(t);
  if (setting) {
    const key = setting[1]!.toLowerCase();
    const value = setting[2]!.trim();
    if (key === "author" || key === "title" || key === "subtitle") return { text: value };
    if (key === "email") return { text: value ? `Email: ${value}` : "" };
    return undefined;
  }
  if (/^#\+/.test(t) || /^:(?:PROPERTIES|END|LOGBOOK):$/i.test(t)) return undefined;
  const head = markedHeading(raw, /^(\*{1,6})[ \t]+/, /^:[\w@:]{1,60}:$/);
  if (head) return { text: head[2]!.replace(/^(?:TODO|DONE)[ \t]+/, "").trim(), level: head[1]!.length };
  return { text: raw.trim().replace(/^([-+*][ \t]{1,40}.{1,60}?)[ \t]{1,40}::(?:[ \t]{1,40}|$)/, "$1: ") };
}

/** An AsciiDoc document: `== Experience`-style section titles (one of them a section word). */
function isAsciiDocDocument(rawLines: string[]): boolean {
  return rawLines.slice(0, 2000).some((r) => {
    const m = /^={2,5}[ \t]+(\S.{0,60})$/.exec(r);
    return m !== null && headingKind(m[1]!.trim()) !== undefined;
  });
}

/**
 * One AsciiDoc line: `== Title` → a heading of level 2 (`= Name`, the document title, level 1),
 * `Term:: value` → "Term: value", `link:url[text]` → a link; attribute entries without a value
 * (`:toc!:`), block attributes (`[horizontal]`) and block delimiters → undefined (skipped).
 */
function adocLine(raw: string): { text: string; level?: number } | undefined {
  const t = raw.trim();
  const head = markedHeading(t, /^(={1,6})[ \t]+/, /^=+$/);
  if (head) return { text: head[2]!.trim(), level: head[1]!.length };
  if (
    /^:[\w-]{1,40}!?:$/.test(t) ||
    (/^:[\w-]{1,40}!?:[ \t]/.test(t) &&
      /^:(?:toc|toclevels|icons|sectnums|doctype|experimental|nofooter|stem|imagesdir|source-highlighter|revdate|revnumber)/i.test(
        t,
      ))
  )
    return undefined;
  if (/^\[[\w.#%,=" -]{1,60}\]$/.test(t) || /^(?:-{4,}|\.{4,}|\*{4,}|_{4,}|\+{4,}|={4,}|\|={3,})$/.test(t))
    return undefined;
  return {
    text: raw
      .trim()
      .replace(/^([^:\s][^:]{0,60}?)::(?:[ \t]+|$)/, "$1: ")
      .replace(/^\.(?=\p{Lu})/u, "")
      .replace(/(?:link:)?((?:https?:\/\/|mailto:)[^\s[\]]{1,500})\[([^\]\n]{1,300})\]/g, "[$2]($1)"),
  };
}

/** `b` repeats the line right above it word for word. */
function isRepeat(a: Line, b: Line): boolean {
  return (
    b.text !== "" &&
    b.n === a.n + 1 &&
    a.text === b.text &&
    a.bullet === b.bullet &&
    a.heading === b.heading &&
    b.text.length <= 200
  );
}

function blank(n: number): Line {
  return blankLine(n);
}

/** Text cleaning for a single inline string (no line structure). */
export function cleanInline(s: string): string {
  return cleanCell(sanitize(s), [], [])
    .replace(/\s{0,40}\n\s{0,40}/g, " ")
    .trim();
}

/**
 * `^(M{1,6})[ \t]+(.*?)(?:[ \t]+CLOSE)?$` without the regex's backtracking (quadratic on a long run of
 * white space): `open` matches the marks and the white space after them, `close` the closing word
 * ("##", ":tag:", "==") that is dropped with the white space before it. [whole, marks, title] or null.
 */
function markedHeading(text: string, open: RegExp, close: RegExp): [string, string, string] | null {
  const m = /[\n\r\u2028\u2029]/.test(text) ? null : open.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  let end = rest.length;
  while (end > 0 && rest[end - 1] !== " " && rest[end - 1] !== "\t") end--;
  if (end === 0 || !close.test(rest.slice(end))) return [text, m[1]!, rest];
  while (end > 0 && (rest[end - 1] === " " || rest[end - 1] === "\t")) end--;
  return [text, m[1]!, rest.slice(0, end)];
}
