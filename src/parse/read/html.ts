/**
 * HTML reader (whole documents, mammoth's DOCX output, and fragments inside Markdown or Org),
 * on htmlparser2's streaming parser: block elements end lines, `<br>` breaks one, `<b>`,
 * `<i>`, `<code>` and `<a href>` become marks, `<li>` a bullet with its list depth, `<h1-6>` a
 * heading, `<tr>` a table row whose `<td>`/`<th>` are its cells; `<script>`, `<style>`,
 * `<head>` and the like are dropped; entities are decoded by the parser, and what they
 * decode to is sanitized again (`&#x202E;` names a character the sanitizer removed).
 */
import { Parser } from "htmlparser2";
import { sanitize, sanitizeDecoded } from "../../text/sanitize.js";
import type { Dialect, Line } from "../line.js";
import { Inline, toLine } from "./inline.js";

const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "address",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "center",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "caption",
]);
const DROP = new Set([
  "script",
  "style",
  "head",
  "noscript",
  "template",
  "svg",
  "select",
  "button",
  "iframe",
  "object",
]);

/** Offsets of line starts, for offset → 1-based line number. */
export function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf("\n"); i >= 0; i = src.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Read HTML; line numbers are those of `src` plus `firstLine - 1`. */
export function readHtml(src: string, firstLine = 1, dialect: Dialect = "html"): Line[] {
  const starts = lineStarts(src);
  const out: Line[] = [];
  let cur = new Inline();
  let n = 0;
  let cells: Inline[] | undefined;
  let headerRow = false;
  let heading: number | undefined;
  let bullet = false;
  let depth = -1;
  let itemDepth = 0;
  let drop = 0;
  let pre = 0;
  const linkStack: boolean[] = [];
  const where = (): number => lineAt(starts, parser.startIndex) + firstLine - 1;

  const flush = (): void => {
    if (cells) return;
    if (!cur.empty)
      out.push(
        toLine(n || where(), cur, {
          bullet,
          depth: itemDepth,
          heading,
          dialect,
          indent: bullet ? 2 * itemDepth : 0,
        }),
      );
    cur = new Inline();
    n = 0;
    bullet = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (drop || DROP.has(name)) {
          if (DROP.has(name)) drop++;
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = Number(name[1]);
        } else if (name === "ul" || name === "ol") {
          flush();
          depth++;
        } else if (name === "li") {
          flush();
          bullet = true;
          itemDepth = Math.max(0, depth);
        } else if (name === "tr") {
          flush();
          cells = [];
          headerRow = false;
        } else if ((name === "td" || name === "th") && cells) {
          cur = new Inline();
          cells.push(cur);
          if (!n) n = where();
          if (name === "th") headerRow = true;
        } else if (name === "br") {
          if (cells) cur.push(" ");
          else flush();
        } else if (name === "hr") {
          flush();
          out.push({ ...toLine(where(), new Inline(), { dialect }), rule: true });
        } else if (name === "pre") {
          flush();
          pre++;
        } else if (BLOCK.has(name)) flush();
        else if (name === "b" || name === "strong") cur.begin("bold");
        else if (name === "i" || name === "em") cur.begin("italic");
        else if (name === "code" || name === "tt" || name === "kbd") cur.begin("code");
        else if (name === "a") {
          const href = attrs.href === undefined ? undefined : sanitizeDecoded(attrs.href).trim();
          linkStack.push(Boolean(href));
          if (href) cur.begin("link", href);
        } else if (name === "img" && attrs.alt && !cells) cur.push(` ${sanitizeDecoded(attrs.alt)} `);
      },
      ontext(decoded) {
        if (drop) return;
        const text = sanitize(decoded);
        if (pre) {
          const parts = text.split("\n");
          parts.forEach((p, k) => {
            if (k > 0) flush();
            if (p.trim() && !n) n = where() + k;
            cur.push(p);
          });
          return;
        }
        if (text.trim() && !n)
          n = where() + (text.slice(0, text.length - text.trimStart().length).split("\n").length - 1);
        cur.push(text);
      },
      onclosetag(name) {
        if (drop) {
          if (DROP.has(name)) drop--;
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = undefined;
        } else if (name === "ul" || name === "ol") {
          flush();
          depth = Math.max(-1, depth - 1);
        } else if (name === "li") flush();
        else if (name === "tr" && cells) {
          const row = cells;
          cells = undefined;
          if (row.some((c) => !c.empty))
            out.push(toLine(n || where(), row, { table: { header: headerRow }, dialect }));
          cur = new Inline();
          n = 0;
        } else if (name === "pre") {
          flush();
          pre = Math.max(0, pre - 1);
        } else if (BLOCK.has(name)) flush();
        else if (name === "b" || name === "strong") cur.end("bold");
        else if (name === "i" || name === "em") cur.end("italic");
        else if (name === "code" || name === "tt" || name === "kbd") cur.end("code");
        else if (name === "a" && linkStack.pop()) cur.end("link");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(src);
  parser.end();
  if (cells) {
    const row = cells;
    cells = undefined;
    if (row.some((c) => !c.empty))
      out.push(toLine(n || where(), row, { table: { header: headerRow }, dialect }));
  }
  flush();
  return out;
}
