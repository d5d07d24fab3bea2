/**
 * PDF bytes → the parser's lines, in reading order, with pdf.js (`pdfjs-dist`, legacy build
 * for Node, run on this thread: no worker, no network, no font or CMap fetching).
 *
 * Text items (with their positions and fonts) become lines:
 *   - items are grouped into lines by baseline, a line into cells by wide horizontal gaps;
 *   - a page whose items leave a vertical gutter (a two-column layout) is read column by
 *     column, rows that cross the gutter (a name banner) in their place;
 *   - a vertical gap wider than the usual leading becomes a blank line (the text parser's
 *     block boundary), as does a column or page change;
 *   - bold fonts (the name says Bold/Black/Semibold/Heavy) give `strong` spans; the font size
 *     is kept (`size`), and gives heading levels: the largest text at the top of page one is
 *     the name (1), text in the style of a known section heading ("Experience") is a
 *     section heading (2);
 *   - a hyphen at a line end is joined with the word it splits, ligatures are undone (NFKC),
 *     letter-spaced words ("E X P E R I E N C E", and words drawn with character spacing,
 *     each its own item) are closed up; a name set in two rows is one line;
 *   - a bullet glyph set apart from its text (a hanging indent), or drawn in a picture font
 *     (ZapfDingbats, Wingdings), is the line's bullet;
 *   - running headers and footers (the same text at the same height on several pages, or a
 *     later page's header naming the person) and page numbers are left out as furniture
 *     (reported as skipped);
 *   - link annotations become the links of the lines they cover.
 * Refused with one line: a PDF with no text layer (a scan), an encrypted one, one of more
 * than {@link MAX_PAGES} pages, or one pdf.js cannot open.
 *
 * This module (and pdf.js with it) is imported only when a PDF is opened.
 */
// First: the globals pdf.js reads at import time (./pdf-globals.ts says why).
import "./pdf-globals.js";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import type { Line, Link, Skipped } from "../parse/lines.js";
import { stripBullet } from "../parse/lines.js";
import { LONE_BULLET_RE } from "../parse/read/bullets.js";
import { collapseSpacedLetters, headingKind } from "../parse/sections.js";

/** More pages than this is not a résumé (and would take long to read). */
export const MAX_PAGES = 50;

/** The lines of a PDF, with the optional signals of the line model a PDF gives. */
export interface PdfLine extends Line {
  page: number;
  /** Left edge of the line, in points from the page's left. */
  x: number;
  /** Font size of the line's largest text, in points. */
  size: number;
  /** Column of a two-column page (0 left, 1 right); absent for full-width rows. */
  column?: number;
  /** Bold spans of `text` by offset (the line model's `marks`; `strong` holds their text). */
  marks?: { kind: "bold"; start: number; end: number }[];
  dialect: "pdf";
}

export type PdfRead = { lines: PdfLine[]; skipped: Skipped[] } | { error: string };

/** One text item, in page coordinates (y up), its font resolved. */
interface Item {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  size: number;
  bold: boolean;
}

/** A line of items on one baseline, before it becomes a `Line`. */
interface Row {
  items: Item[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  page: number;
  column?: number;
  links: Link[];
}

// pdf.js on this thread: its worker code is bundled beside it and found through this global.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** Bold font names: "…-Bold", "…Black", "…Semibold"; TeX's Computer Modern and EC bold extended (CMBX10, SFBX1000). */
const BOLD_RE =
  /bold|black|heavy|semibold|demibold|extrabold|ultrabold|\bdemi\b|-demi|(?:^|\+)(?:cm|sf|ec|lm)[a-z]*bx\d/i;

/** Picture fonts, whose letters are drawn as symbols (bullets, icons). */
const DINGBATS_RE = /dingbats|wingdings|webdings/i;

export async function readPdf(bytes: Uint8Array, maxPages = MAX_PAGES): Promise<PdfRead> {
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of (and detaches) the buffer it is given: give it a copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      disableStream: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e?.name === "PasswordException")
      return { error: "an encrypted PDF (it needs a password); save an unprotected copy first" };
    if (e?.name === "InvalidPDFException") return { error: "not a valid PDF (damaged or truncated?)" };
    return { error: `could not read the PDF (${String(e?.message ?? err).split("\n")[0]})` };
  }
  try {
    if (doc.numPages > maxPages) {
      return { error: `${doc.numPages} pages, too long for a résumé (the limit is ${maxPages} pages)` };
    }
    const rows: Row[] = [];
    const heights: number[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const view = page.view; // [x0, y0, x1, y1]
      heights.push(view[3]! - view[1]!);
      const content = await page.getTextContent();
      // The fonts' real names (for bold) are known once the page's operators are read.
      const ops = await page.getOperatorList().catch(() => undefined);
      const spaced = letterSpacedWords(ops);
      const fonts = new Map<string, { bold: boolean; dingbats: boolean }>();
      const fontOf = (fontName: string): { bold: boolean; dingbats: boolean } => {
        let f = fonts.get(fontName);
        if (f === undefined) {
          f = { bold: false, dingbats: false };
          try {
            const font = page.commonObjs.get(fontName) as
              { name?: string; bold?: boolean; black?: boolean } | undefined;
            f.bold = Boolean(font?.bold || font?.black || BOLD_RE.test(font?.name ?? ""));
            f.dingbats = DINGBATS_RE.test(font?.name ?? "");
          } catch {
            // Not loaded: not bold.
          }
          fonts.set(fontName, f);
        }
        return f;
      };
      const items: Item[] = [];
      for (const it of content.items) {
        // Whitespace items (pdf.js's stand-ins for gaps) are left out: gaps are measured.
        if (!("str" in it) || it.str.trim() === "") continue;
        const [a, b, , d, e, f] = it.transform as number[];
        if (Math.abs(b!) > Math.abs(a!) * 0.1) continue; // rotated or vertical text
        const size = Math.abs(d!) || Math.abs(a!) || it.height;
        const font = fontOf(it.fontName);
        items.push({
          // One glyph of a picture font (ZapfDingbats' "n" square, Wingdings' "§"): a bullet.
          str: font.dingbats && it.str.trim().length === 1 ? "•" : (spaced.get(it.str) ?? it.str),
          x: e! - view[0]!,
          y: f! - view[1]!,
          w: it.width,
          size,
          bold: font.bold,
        });
        chars += it.str.trim().length;
      }
      const annotations = await page.getAnnotations().catch(() => []);
      const links = (annotations as { subtype?: string; url?: string; rect?: number[] }[])
        .filter((a) => a.subtype === "Link" && typeof a.url === "string" && a.rect)
        .map((a) => ({ url: a.url!, rect: a.rect!.map((v, k) => v - (k % 2 === 0 ? view[0]! : view[1]!)) }));
      rows.push(...pageRows(items, view[2]! - view[0]!, p, links));
      page.cleanup();
    }
    if (chars === 0) return { error: "no text layer (a scanned PDF?); run OCR first" };
    return toLines(rows, heights);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * Text drawn with character spacing comes out of pdf.js with a space between every two letters,
 * the real spaces among them ("M I R E I L L E O K A F O R"): which are real is known only from
 * the glyphs drawn. So each string shown with spaces in it, keyed by how pdf.js spells it
 * spaced out, gives its words back ("MIREILLE OKAFOR").
 */
function letterSpacedWords(
  ops: { fnArray: number[]; argsArray: unknown[] } | undefined,
): Map<string, string> {
  const words = new Map<string, string>();
  if (!ops) return words;
  for (let k = 0; k < ops.fnArray.length; k++) {
    if (ops.fnArray[k] !== pdfjs.OPS.showText) continue;
    const glyphs = (ops.argsArray[k] as unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs) || glyphs.length > 200) continue;
    const text = glyphs
      .map((g) => (g && typeof g === "object" ? ((g as { unicode?: string }).unicode ?? "") : ""))
      .join("")
      .trim();
    if (text.length < 3 || !text.includes(" ")) continue;
    const letters = Array.from(text.replace(/\s+/g, ""));
    if (letters.length < 3) continue;
    words.set(letters.join(" "), text.replace(/\s+/g, " "));
  }
  return words;
}

// ---------------------------------------------------------------------------------------
// Items → rows, in reading order

function groupRows(items: Item[], page: number): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    // The same baseline, give or take a third of the text's size (super/subscripts, mixed fonts).
    const row = rows.find((r) => Math.abs(r.y - it.y) <= Math.min(r.size, it.size) * 0.35);
    if (row) {
      row.items.push(it);
      row.x0 = Math.min(row.x0, it.x);
      row.x1 = Math.max(row.x1, it.x + it.w);
      if (it.size > row.size && it.str.trim()) row.size = it.size;
    } else {
      rows.push({ items: [it], y: it.y, x0: it.x, x1: it.x + it.w, size: it.size, page, links: [] });
    }
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

/**
 * The x of a gutter splitting the page into two columns, if there is one: an empty vertical
 * band, in the middle 70% of the page, that most rows have text on both sides of or on one
 * side of only, crossed by few rows.
 */
function findGutter(items: Item[], width: number): number | undefined {
  const body = items.filter((i) => i.str.trim());
  if (body.length < 12) return undefined;
  const step = 2;
  let best: { x: number; crossing: number; band: number } | undefined;
  const lo = width * 0.15;
  const hi = width * 0.85;
  const crossings = (x: number) => body.filter((i) => i.x < x - 1 && i.x + i.w > x + 1).length;
  // Only a split with a good share of the text on each side is a gutter (not the gap between
  // a column's text and its right-aligned dates).
  const balanced = (x: number) =>
    body.filter((i) => i.x + i.w <= x).length >= body.length * 0.15 &&
    body.filter((i) => i.x >= x).length >= body.length * 0.15;
  for (let x = lo; x <= hi; x += step) {
    if (!balanced(x)) continue;
    const c = crossings(x);
    if (!best || c < best.crossing) best = { x, crossing: c, band: 1 };
    else if (c === best.crossing && Math.abs(x - (best.x + best.band * step)) < step / 2) best.band++;
  }
  if (!best || best.band * step < 6) return undefined;
  const gutter = best.x + (best.band * step) / 2;
  const left = body.filter((i) => i.x + i.w <= gutter);
  const right = body.filter((i) => i.x >= gutter);
  if (left.length < body.length * 0.15 || right.length < body.length * 0.15) return undefined;
  if (best.crossing > body.length * 0.08) return undefined;
  // Two columns read apart: their baselines differ. A one-column page whose dates sit right
  // of a gap has (almost) every right-hand item on a baseline of the left.
  const leftYs = new Set(left.map((i) => Math.round(i.y)));
  const shared = right.filter((i) => leftYs.has(Math.round(i.y))).length;
  // Columns set on one grid (a Word table, a Canva page) share baselines too: they are told
  // from dates by a section heading ("Skills", "Experience") on each side of the gutter.
  const leftRows = sideRows(left);
  const rightRows = sideRows(right);
  const isHeading = (text: string) => headingKind(text.replace(/[:：]$/, "")) !== undefined;
  const heads = (rows: Map<number, string>) => [...rows.values()].some(isHeading);
  if (shared > right.length * 0.6 && !(heads(leftRows) && heads(rightRows))) return undefined;
  // A column of dates or labels beside the entries ("03/2019 – heute  Teamleiterin", "E-Mail:
  // a@b.de"), the section headings on the left: each of its rows sits on a baseline of the
  // entry it belongs to. A sidebar's rows do not (or the main column has headings of its own).
  const labels = [...leftRows].filter(([, text]) => !isHeading(text));
  const paired = labels.filter(([y]) => rightRows.has(y) || rightRows.has(y - 1) || rightRows.has(y + 1));
  if (labels.length >= 3 && paired.length >= labels.length * 0.8 && !heads(rightRows)) return undefined;
  return gutter;
}

/** A side's items as rows: rounded baseline → the row's text, items in order. */
function sideRows(items: Item[]): Map<number, string> {
  const rows = new Map<number, Item[]>();
  for (const i of items) {
    const y = Math.round(i.y);
    rows.set(y, [...(rows.get(y) ?? []), i]);
  }
  return new Map(
    [...rows].map(([y, row]) => [
      y,
      row
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str.trim())
        .join(" "),
    ]),
  );
}

function pageRows(
  items: Item[],
  width: number,
  page: number,
  links: { url: string; rect: number[] }[],
): Row[] {
  const gutter = findGutter(items, width);
  let rows: Row[];
  if (gutter === undefined) rows = groupRows(items, page);
  else {
    // Rows that cross the gutter stay whole (a banner); between them, left column then right.
    const all = groupRows(items, page);
    const crosses = (r: Row) =>
      r.items.some((i) => i.str.trim() && i.x < gutter - 1 && i.x + i.w > gutter + 1);
    rows = [];
    let run: Item[] = [];
    const flush = () => {
      const left = groupRows(
        run.filter((i) => i.x < gutter),
        page,
      );
      const right = groupRows(
        run.filter((i) => i.x >= gutter),
        page,
      );
      // Left-hand rows above where the right column starts (a headline under the name) are full width.
      const top = right[0] ? right[0].y + right[0].size : -Infinity;
      const above = left.filter((r) => r.y > top);
      for (const r of left) if (!above.includes(r)) r.column = 0;
      for (const r of right) r.column = 1;
      rows.push(...above, ...left.filter((r) => !above.includes(r)), ...right);
      run = [];
    };
    for (const r of all) {
      if (crosses(r)) {
        flush();
        rows.push(r);
      } else run.push(...r.items);
    }
    flush();
  }
  for (const link of links) {
    const [x0, y0, x1, y1] = link.rect as [number, number, number, number];
    for (const r of rows) {
      const inside = r.items.filter((i) => i.y >= y0 - 2 && i.y <= y1 + 2 && i.x + i.w > x0 && i.x < x1);
      const text = inside
        .map((i) => i.str)
        .join("")
        .trim();
      if (text) {
        r.links.push({ text, url: link.url.replace(/^mailto:/i, "mailto:") });
        break;
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// Rows → lines

/** TeX's spacing accents (drawn as a glyph of their own before the letter) → combining marks. */
const ACCENTS: Record<string, string> = {
  "\u00b4": "\u0301",
  "`": "\u0300",
  "\u00a8": "\u0308",
  "\u02c6": "\u0302",
  "\u02dc": "\u0303",
  "\u00b8": "\u0327",
  "\u02c7": "\u030c",
  "\u02d8": "\u0306",
  "\u02d9": "\u0307",
  "\u02da": "\u030a",
  "\u00af": "\u0304",
  "\u02dd": "\u030b",
};
const ACCENT_RE = /[\u00b4`\u00a8\u02c6\u02dc\u00b8\u02c7\u02d8\u02d9\u02da\u00af\u02dd]/g;

/**
 * Ligatures and compatibility forms (`ﬃ`, full-width letters) → plain letters; an accent
 * set apart from its letter ("Educaci ´on", "l´ıder") → the accented letter ("Educación", "líder").
 */
function plain(s: string): string {
  const marked = s
    .replace(ACCENT_RE, (c) => ACCENTS[c] ?? c)
    .replace(
      / ?([\u0300-\u036f]) ?(\p{L})/gu,
      (_m, mark: string, letter: string) => (letter === "ı" ? "i" : letter === "ȷ" ? "j" : letter) + mark,
    );
  return marked.normalize("NFKC").replace(/\u00ad/g, "");
}

/** A bullet glyph pdf.js could not map (a Symbol font's private-use code). */
const PRIVATE_BULLET_RE = /^[\ue000-\uf8ff]\s*/;

/** A row's items → its cells (split at gaps wider than two spaces), words spaced. */
function rowCells(r: Row): { cells: string[]; strong: string[] } {
  const cells: string[] = [];
  const strong: string[] = [];
  let cell = "";
  let bold = "";
  let prevEnd: number | undefined;
  let prevSize = r.size;
  const endBold = () => {
    if (bold.trim()) strong.push(plain(bold.trim()));
    bold = "";
  };
  for (const it of r.items) {
    const gap = prevEnd === undefined ? 0 : it.x - prevEnd;
    const em = Math.max(Math.min(prevSize, it.size), 1);
    if (prevEnd !== undefined && gap > em * 1.6 && cell.trim()) {
      cells.push(cell);
      cell = "";
      endBold();
    } else if (prevEnd !== undefined && gap > em * 0.12 && !/\s$/.test(cell) && !/^\s/.test(it.str)) {
      cell += " ";
      if (bold) bold += " ";
    }
    const str = closeItem(it.str);
    cell += str;
    if (it.bold && str.trim()) bold += str;
    else if (it.str.trim()) endBold();
    prevEnd = it.x + it.w;
    prevSize = it.size;
  }
  if (cell.trim()) cells.push(cell);
  endBold();
  return {
    cells: cells.map((c) => {
      const t = plain(c).replace(/\s+/g, " ").trim();
      return collapseSpacedLetters(t) ?? t;
    }),
    strong,
  };
}

/**
 * One item of letter-spaced text ("B R A N D", as pdf.js gives a word drawn with character
 * spacing) closed up into its word. Such words are items of their own, so closing each before
 * the row's items are joined keeps the spaces between them ("BRAND DESIGNER", not "BRANDDESIGNER").
 */
function closeItem(str: string): string {
  const t = str.trim();
  if (t.length < 5 || t.charCodeAt(1) !== 32 || t.includes("  ")) return str;
  const closed = collapseSpacedLetters(t);
  return closed === undefined ? str : str.replace(t, closed);
}

/** Normalised for comparing running headers across pages: digits are page numbers. */
function furnitureKey(text: string, y: number): string {
  return `${Math.round(y / 3)}|${text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ")}`;
}

const PAGE_NUMBER_RE =
  /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/|von|de|sur)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;

function toLines(rows: Row[], heights: number[]): { lines: PdfLine[]; skipped: Skipped[] } {
  const pages = heights.length;
  // Furniture: the same text at the same height on two or more pages, near the top or bottom;
  // a page number near the bottom or top.
  const counts = new Map<string, Set<number>>();
  const texts = rows.map((r) => rowCells(r));
  rows.forEach((r, k) => {
    const key = furnitureKey(texts[k]!.cells.join(" "), r.y);
    if (!counts.has(key)) counts.set(key, new Set());
    counts.get(key)!.add(r.page);
  });
  const edge = (r: Row) => {
    const h = heights[r.page - 1] ?? 792;
    return r.y < h * 0.1 || r.y > h * 0.92;
  };
  const furniture = rows.map((r, k) => {
    const text = texts[k]!.cells.join(" ");
    if (!edge(r)) return false;
    if (PAGE_NUMBER_RE.test(text)) return true;
    return pages >= 2 && (counts.get(furnitureKey(text, r.y))?.size ?? 0) >= 2;
  });

  // The body size (most characters) and the heading styles.
  const bySize = new Map<number, number>();
  rows.forEach((r, k) => {
    const s = Math.round(r.size * 2) / 2;
    bySize.set(s, (bySize.get(s) ?? 0) + texts[k]!.cells.join("").length);
  });
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const style = (r: Row, k: number) => `${Math.round(r.size * 2) / 2}|${allBold(r, texts[k]!)}`;
  // The section heading style: the style (size, bold) most known headings ("Experience") are in.
  const styles = new Map<string, { count: number; size: number }>();
  rows.forEach((r, k) => {
    const text = texts[k]!.cells.join(" ");
    if (
      texts[k]!.cells.length === 1 &&
      headingKind(text.replace(/[:：]$/, "")) &&
      (r.size > body * 1.05 || allBold(r, texts[k]!))
    ) {
      const s = styles.get(style(r, k)) ?? { count: 0, size: r.size };
      s.count++;
      styles.set(style(r, k), s);
    }
  });
  const sectionStyle = [...styles].sort((a, b) => b[1].count - a[1].count || b[1].size - a[1].size)[0]?.[0];
  const headingStyles = new Set(sectionStyle === undefined ? [] : [sectionStyle]);
  // The name: the largest text in the top third of page one, in at most two rows.
  const top = rows.filter((r, k) => r.page === 1 && !furniture[k] && r.y > (heights[0] ?? 792) * 0.6);
  const maxSize = Math.max(0, ...top.map((r) => r.size));
  const nameRows = maxSize > body * 1.2 ? top.filter((r) => r.size >= maxSize * 0.95) : [];
  // Small print above the name ("Last updated on ..."): a page header.
  const nameY = Math.max(-Infinity, ...nameRows.map((r) => r.y));
  rows.forEach((r, k) => {
    if (r.page === 1 && r.y > nameY + r.size && r.size < body * 0.9) furniture[k] = true;
  });

  // A running header or footer on a later page that names the person ("Jane Doe – Résumé").
  const name = nameRows
    .map((r) => texts[rows.indexOf(r)]!.cells.join(" "))
    .join(" ")
    .toLowerCase();
  if (name.includes(" ")) {
    rows.forEach((r, k) => {
      if (r.page > 1 && edge(r) && texts[k]!.cells.join(" ").toLowerCase().includes(name))
        furniture[k] = true;
    });
  }

  const lines: PdfLine[] = [];
  const skipped: Skipped[] = [];
  let n = 0;
  let prev: Row | undefined;
  rows.forEach((r, k) => {
    const { cells: read, strong } = texts[k]!;
    // A bullet glyph set apart from its text (a hanging indent): one cell with it.
    const cells =
      read.length > 1 && LONE_BULLET_RE.test(read[0]!.replace(PRIVATE_BULLET_RE, "•"))
        ? [`${read[0]} ${read[1]}`, ...read.slice(2)]
        : read;
    const text = cells.join(" ");
    if (!text) return;
    if (furniture[k]) {
      skipped.push({ n: n + 1, text, why: "page footer" });
      return;
    }
    // A blank line between blocks: a page or column change, or more space than the leading.
    if (prev) {
      const gap = prev.y - r.y;
      const newBlock =
        prev.page !== r.page ||
        prev.column !== r.column ||
        gap < 0 ||
        gap > Math.max(prev.size, r.size) * 1.55;
      if (newBlock && lines.length > 0 && lines[lines.length - 1]!.text !== "") {
        n++;
        lines.push({
          n,
          text: "",
          cells: [],
          indent: 0,
          bullet: false,
          strong: [],
          links: [],
          page: r.page,
          x: r.x0,
          size: r.size,
          dialect: "pdf",
        });
      }
    }
    prev = r;
    let first = cells[0]!.replace(PRIVATE_BULLET_RE, "• ");
    const bulleted = stripBullet(first);
    first = bulleted.text;
    // "• **Acme Corp**   Boston, MA": LaTeX templates set entry headers as list items; a
    // bulleted line whose first cell is all bold, with more cells after it, is a header.
    if (bulleted.bullet && cells.length > 1 && strong[0] === first) bulleted.bullet = false;
    const all = [first, ...cells.slice(1)].filter(Boolean);
    // A name set in two rows ("Oriel" over "Bastable-Finch"): one line.
    const last = lines[lines.length - 1];
    if (
      nameRows.includes(r) &&
      last?.heading === 1 &&
      last.page === r.page &&
      last.column === r.column &&
      last.cells.length === 1 &&
      !last.text.includes(" ") &&
      all.length === 1 &&
      all[0]!.split(" ").length <= 3
    ) {
      last.text = `${last.text} ${all[0]}`;
      last.cells = [last.text];
      last.strong = [...last.strong, ...strong];
      const marks = boldMarks(last.text, last.strong);
      if (marks.length) last.marks = marks;
      return;
    }
    n++;
    const line: PdfLine = {
      n,
      text: all.join(" "),
      cells: all,
      indent: 0,
      bullet: bulleted.bullet,
      strong,
      links: r.links,
      page: r.page,
      x: r.x0,
      size: Math.round(r.size * 10) / 10,
      dialect: "pdf",
    };
    if (r.column !== undefined) line.column = r.column;
    const marks = boldMarks(line.text, strong);
    if (marks.length) line.marks = marks;
    if (nameRows.includes(r)) line.heading = 1;
    else if (all.length === 1 && headingStyles.has(style(r, k)) && isHeadingText(line.text)) line.heading = 2;
    lines.push(line);
  });
  indentLines(lines, body);
  joinHyphens(lines);
  return { lines, skipped };
}

/** Each bold span's offsets in the line's text, in order. */
function boldMarks(text: string, strong: string[]): { kind: "bold"; start: number; end: number }[] {
  const marks: { kind: "bold"; start: number; end: number }[] = [];
  let from = 0;
  for (const span of strong) {
    const start = text.indexOf(span, from);
    if (start < 0) continue;
    marks.push({ kind: "bold", start, end: start + span.length });
    from = start + span.length;
  }
  return marks;
}

function allBold(r: Row, t: { strong: string[] }): boolean {
  return r.items.filter((i) => i.str.trim()).every((i) => i.bold) && t.strong.length > 0;
}

/** Short, capitalised, no digits or sentence end: a heading in a heading's style. */
function isHeadingText(text: string): boolean {
  const t = text.replace(/[:：]$/, "");
  return t.length <= 40 && t.split(/\s+/).length <= 5 && !/[\d@.!?,|]/.test(t) && /^\p{Lu}/u.test(t);
}

/** Indentation in characters (half the body size each) from the column's left edge. */
function indentLines(lines: PdfLine[], body: number): void {
  const left = new Map<string, number>();
  const key = (l: PdfLine) => `${l.page}|${l.column ?? "-"}`;
  for (const l of lines) if (l.text) left.set(key(l), Math.min(left.get(key(l)) ?? Infinity, l.x));
  for (const l of lines) {
    if (!l.text) continue;
    l.indent = Math.max(0, Math.min(40, Math.round((l.x - (left.get(key(l)) ?? l.x)) / (body * 0.5))));
  }
}

/** "develop-" over "ment of..." → "development" over "of...". */
function joinHyphens(lines: PdfLine[]): void {
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (a.cells.length !== 1 || b.cells.length !== 1 || b.bullet) continue;
    if (!/\p{Ll}-$/u.test(a.text) || !/^\p{Ll}/u.test(b.text)) continue;
    const space = b.text.search(/\s/);
    const word = space < 0 ? b.text : b.text.slice(0, space);
    a.text = a.text.slice(0, -1) + word;
    a.cells = [a.text];
    b.text = space < 0 ? "" : b.text.slice(space).trimStart();
    b.cells = b.text ? [b.text] : [];
    const marks = boldMarks(b.text, b.strong);
    if (marks.length) b.marks = marks;
    else delete b.marks;
  }
}
