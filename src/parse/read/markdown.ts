/**
 * The Markdown reader. Block structure (headings, lists, tables, HTML leftovers, front matter)
 * still comes from the shared line splitter (`../lines.ts`); each line's inline markup is then
 * read again by a real Markdown lexer (`marked`), which gives the styled spans the old path
 * flattened: bold, italic, code and link spans with their offsets in the line's text
 * (`Line.marks`). A line whose lexed text does not come out the same as the splitter's (HTML
 * inside the line, badges, code-span lists) keeps no marks rather than wrong ones.
 */
import { Lexer, type Token, type Tokens } from "marked";
import { blankLine, type Line, type Skipped } from "../line.js";
import { normalizeLines } from "../lines.js";
import { readFrontMatter } from "./front-matter.js";
import { Inline, toLine } from "./inline.js";
import { plainInline } from "./plain-inline.js";
import { joinPages } from "./source.js";

/** A line's block prefix: indentation, quote marks, a heading's `#`s, a list marker, a task box. */
const BLOCK_PREFIX_RE =
  /^[ \t]{0,40}(?:>[ \t]?){0,5}(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
/** `text` without a heading's closing `#`s ("## Skills ##"), found by hand (no backtracking). */
function withoutClosingHashes(text: string): string {
  const t = text.trimEnd();
  let k = t.length;
  while (k > 0 && t[k - 1] === "#") k--;
  if (k === t.length || t.length - k > 6 || k === 0 || (t[k - 1] !== " " && t[k - 1] !== "\t")) return text;
  return t.slice(0, k);
}
const CELL_TABLE_RE = /^\|.*\|$/;
const FENCE_RE = /^(?:`{3,10}|~{3,10})[\w+-]{0,20}$/;

function walk(tokens: readonly Token[], into: Inline): void {
  for (const t of tokens) {
    switch (t.type) {
      case "strong":
        into.begin("bold");
        walk((t as Tokens.Strong).tokens, into);
        into.end("bold");
        break;
      case "em":
        into.begin("italic");
        walk((t as Tokens.Em).tokens, into);
        into.end("italic");
        break;
      case "del":
        walk((t as Tokens.Del).tokens, into);
        break;
      case "link": {
        const l = t as Tokens.Link;
        into.begin("link", l.href);
        walk(l.tokens, into);
        into.end("link");
        break;
      }
      case "codespan":
        into.span("code", (t as Tokens.Codespan).text);
        break;
      case "br":
        into.push(" ");
        break;
      case "image":
      case "html":
        break;
      default:
        into.push("text" in t && typeof t.text === "string" ? t.text : t.raw);
    }
  }
}

/** `source` read by the Markdown lexer. */
export function lexedByMarked(source: string): Inline {
  const inline = new Inline();
  walk(Lexer.lexInline(source), inline);
  return inline;
}

/** `source` read by the fast reading when its markup is of the common kinds, else by the lexer. */
function lexed(source: string): Inline {
  return plainInline(source) ?? lexedByMarked(source);
}

/** The line's text with emphasis characters and spacing taken out, to compare two readings of it. */
const bare = (s: string): string => s.replace(/[*_`~\\\s]/g, "");

/**
 * `line` read again from its source line `raw` by the lexer: its styled spans, and its text when
 * the splitter left emphasis markers in it (`**Analyst, *Acme***` → `Analyst, Acme`). Undefined
 * when the two readings differ otherwise (HTML, badges, code-span lists).
 */
export function relex(
  line: Line,
  raw: string,
): Pick<Line, "text" | "marks" | "strong" | "links"> | undefined {
  if (!line.text || raw.length > 2000 || !/[*_`[]/.test(raw)) return undefined;
  let body = raw.replace(BLOCK_PREFIX_RE, "");
  if (line.heading !== undefined) body = withoutClosingHashes(body);
  const t = body.trim();
  const cells =
    line.cells.length > 1 && CELL_TABLE_RE.test(t)
      ? t
          .slice(1, -1)
          .split("|")
          .map((c) => lexed(c))
      : undefined;
  const again = toLine(line.n, cells ?? lexed(body), { stripBullet: true });
  if (!again.marks || !again.text) return undefined;
  if (again.text !== line.text && (cells || bare(again.text) !== bare(line.text))) return undefined;
  return { text: again.text, marks: again.marks, strong: again.strong, links: again.links };
}

/**
 * Static-site template tags: Hugo shortcodes (`{{< figure src="…" >}}`, `{{% note %}}`, a
 * paired one's closing `{{< /chips >}}`), Liquid tags (`{% include x.html %}`) and template
 * expressions (`{{ site.email }}`). None is text (a paired shortcode's body is, and stays).
 */
const TEMPLATE_TAG_RE = /\{\{[<%][^{}\n]{0,500}[>%]\}\}|\{%[^{}\n]{0,500}%\}|\{\{[^{}\n]{1,300}\}\}/g;

/** `raw` without its template tags; a line of nothing else becomes blank. */
function withoutTemplateTags(raw: string): string {
  if (!raw.includes("{") || raw.includes("`")) return raw;
  const out = raw.replace(TEMPLATE_TAG_RE, " ");
  return out.trim() === "" ? "" : out === raw ? raw : out.replace(/[ \t]{2,}/g, " ").trimEnd();
}

/** The marker opening a callout: `> [!note]`, `> [!tip]-` (Obsidian's folded ones). */
const CALLOUT_RE = /^([ \t]{0,3}>[ \t]{0,4})\[![a-z]{1,12}\][+-]?[ \t]{0,4}/i;

/** A reference definition: `[zeef]: https://github.com/x/zeef "title"`. */
const REF_DEF_RE =
  /^ {0,3}\[([^[\]\n]{1,100})\]:[ \t]{1,20}<?([^\s<>]{1,500})>?(?:[ \t]{1,20}["'(][^\n]{0,200})?$/;
/** A reference link: `[Zeef][zeef]`, `[Zeef][]`, `[zeef]` (not an inline link `[x](url)`). */
const REF_LINK_RE = /(!?)\[([^[\]\n]{1,200})\](?:\[([^[\]\n]{0,100})\])?(?!\()/g;

/**
 * Reference-style links resolved: the definitions (`[zeef]: https://…`) blanked, each
 * `[Zeef][zeef]`, `[Zeef][]` or `[zeef]` whose label is defined written as an inline link.
 * The lines as given when the document defines none.
 */
function resolveReferences(rawLines: string[]): string[] {
  const refs = new Map<string, string>();
  for (const r of rawLines) {
    const m = r.includes("]:") ? REF_DEF_RE.exec(r) : null;
    if (m) refs.set(m[1]!.trim().toLowerCase(), m[2]!);
  }
  if (!refs.size) return rawLines;
  return rawLines.map((r) => {
    if (!r.includes("[")) return r;
    if (r.includes("]:") && REF_DEF_RE.test(r)) return "";
    return r.replace(REF_LINK_RE, (all, bang: string, text: string, label?: string) => {
      const url = refs.get((label || text).trim().toLowerCase());
      return url ? `${bang}[${text}](${url})` : all;
    });
  });
}

/** Read a Markdown document into lines, with the inline marks of each. */
export function readMarkdown(
  given: string[],
  pages: number[],
  skipped: Skipped[],
  rows?: ReadonlyMap<number, readonly string[]>,
): Line[] {
  // Front matter: its fields as lines of their own, the block itself no text.
  let rawLines = given;
  const front = readFrontMatter(rawLines);
  if (front) {
    skipped.push({ n: front.from + 1, text: rawLines[front.from + 1] ?? "", why: "front matter" });
    rawLines = rawLines.map((r, i) => (i >= front.from && i <= front.to ? "" : r));
  }
  if (rawLines.some((r) => r.includes("{{") || r.includes("{%")))
    rawLines = rawLines.map(withoutTemplateTags);
  rawLines = resolveReferences(rawLines);
  // A callout's marker (GitHub alerts, Obsidian: "> [!note]", "> [!info] Contact") is no text; its title is.
  if (rawLines.some((r) => r.includes("[!"))) rawLines = rawLines.map((r) => r.replace(CALLOUT_RE, "$1"));
  let lines = normalizeLines(joinPages(rawLines, pages), skipped, rows);
  if (front?.lines.length) {
    // In the block's place (its closing fence stays a blank line, between them and the text).
    const at = lines.findIndex((l) => l.n > front.from);
    lines = [
      ...lines.slice(0, at),
      ...front.lines,
      ...lines.slice(at).filter((l) => l.n > front.to || l.text !== ""),
    ];
  }
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    l.dialect = "markdown";
    // A code fence ("```text" … "```") only frames its lines: the fence lines themselves are no text.
    if (FENCE_RE.test(l.text)) {
      lines[k] = { ...blankLine(l.n), dialect: "markdown" };
      continue;
    }
    const raw = rawLines[l.n - 1];
    const again = raw === undefined ? undefined : relex(l, raw);
    if (!again) continue;
    l.marks = again.marks;
    if (again.text === l.text) continue;
    // Emphasis markers the splitter left: the lexer's text, and its bold spans (links read from
    // HTML by the splitter are kept).
    l.text = again.text;
    l.cells = [again.text];
    l.strong = again.strong;
    l.links = [...again.links, ...l.links.filter((k) => !again.links.some((a) => a.url === k.url))];
  }
  return lines;
}
