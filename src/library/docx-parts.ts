/**
 * The text of a Word document that mammoth does not convert, read from the ZIP's parts:
 *   - page headers and footers (word/header*.xml, word/footer*.xml), where Word résumés
 *     often keep the name and contact details; page numbers and field codes are left out;
 *   - text boxes drawn only as DrawingML shapes (`wps:txbx` with no VML fallback), which
 *     mammoth skips (it reads a text box's `mc:Fallback`, or a VML `w:pict`, only).
 * Each paragraph is one line (tabs and soft breaks kept as a tab and a line break); a line
 * already in mammoth's text, or read before, is not repeated.
 *
 * The archive has passed `zipTooLarge` (./zip-bound.ts) before this opens it.
 */
import JSZip from "jszip";

/** Lines to put before the body's text, in order: headers, footers, then shapes. */
export async function extraLines(bytes: Uint8Array, bodyText: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const parts = [
    ...names.filter((n) => /^word\/header\d*\.xml$/i.test(n)).sort(byNumber),
    ...names.filter((n) => /^word\/footer\d*\.xml$/i.test(n)).sort(byNumber),
  ];
  const seen = new Set(
    bodyText
      .split("\n")
      .map(key)
      .filter((k) => k.length > 0),
  );
  const out: string[] = [];
  const take = (line: string) => {
    const k = key(line);
    if (!k || seen.has(k) || PAGE_NUMBER_RE.test(line.trim())) return;
    seen.add(k);
    out.push(line);
  };
  for (const name of parts)
    for (const line of xmlParagraphs(await zip.file(name)!.async("string"))) take(line);
  const doc = zip.file("word/document.xml");
  if (doc) for (const line of xmlParagraphs(await doc.async("string"), true)) take(line);
  return out;
}

function byNumber(a: string, b: string): number {
  return Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0);
}

/** Lines compared without Markdown marks, spacing or case. */
function key(line: string): string {
  return line
    .replace(/[\\*_#]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "Page 2", "2 of 3", "- 2 -": a footer's page number, not the document's text. */
const PAGE_NUMBER_RE =
  /^(?:page|seite|página|pagina)?\s{0,3}\d{0,3}(?:\s{0,3}(?:of|\/|von|de|sur)\s{0,3}\d{0,3})?$|^[-–—]\s{0,3}\d{1,3}\s{0,3}[-–—]$/i;

/**
 * The tags that matter for text, and the text between tags. (A tag left open runs to the end
 * of the part: its `>` is optional, so an unclosed `<` is one token, not a scan per `<`.)
 */
const TOKEN_RE =
  /<(\/?)(w:t|w:tab|w:br|w:cr|w:p|w:txbxContent|wps:txbx|mc:Fallback|mc:AlternateContent|mc:Choice)(?=[\s/>])[^>]*>?|([^<]+)|<[^>]*>?/g;

/**
 * The paragraphs of a WordprocessingML part, one line each. With `shapesOnly`, only the
 * paragraphs inside DrawingML text boxes (`wps:txbx`) that have no `mc:Fallback` beside
 * them; otherwise every paragraph, a text box's once (its fallback copy skipped).
 */
export function xmlParagraphs(xml: string, shapesOnly = false): string[] {
  const lines: string[] = [];
  // A stack of open paragraphs: a text box's paragraphs sit inside the anchoring one.
  const open: string[] = [];
  let inText = false;
  let fallback = 0;
  let shape = 0;
  // AlternateContent blocks: whether each has a Fallback (then its Choice is mammoth's).
  const hasFallback: boolean[] = [];
  let choice = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(xml); m; m = TOKEN_RE.exec(xml)) {
    const [whole, close, tag, text] = m;
    if (text !== undefined) {
      if (inText && open.length && !fallback) open[open.length - 1] += decode(text);
      continue;
    }
    if (!tag) continue;
    const selfClosing = whole.endsWith("/>");
    const closing = close === "/";
    switch (tag) {
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        if (!closing && open.length && !fallback) open[open.length - 1] += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!closing && open.length && !fallback) open[open.length - 1] += "\n";
        break;
      case "w:p":
        if (selfClosing) break;
        if (!closing) open.push("");
        else {
          const line = open.pop();
          const wanted = shapesOnly ? shape > 0 && choice === 0 : true;
          if (line !== undefined && !fallback && wanted) {
            for (const part of line.split("\n")) if (part.trim()) lines.push(part.trimEnd());
          }
        }
        break;
      case "mc:AlternateContent":
        if (selfClosing) break;
        if (!closing) hasFallback.push(/<mc:Fallback[\s>]/.test(xml.slice(m.index, endOf(xml, m.index))));
        else hasFallback.pop();
        break;
      case "mc:Choice":
        // A Choice whose block has a Fallback: mammoth reads the Fallback, so this is skipped when
        // reading shapes; the Fallback is skipped when reading everything (one copy of each).
        if (selfClosing) break;
        if (hasFallback[hasFallback.length - 1]) choice += closing ? -1 : 1;
        break;
      case "mc:Fallback":
        if (!shapesOnly && !selfClosing) fallback += closing ? -1 : 1;
        break;
      case "wps:txbx":
        if (!selfClosing) shape += closing ? -1 : 1;
        break;
    }
  }
  return lines;
}

/** Where the AlternateContent block opened at `from` ends (its first closing tag). */
function endOf(xml: string, from: number): number {
  const end = xml.indexOf("</mc:AlternateContent>", from);
  return end < 0 ? xml.length : end;
}

function decode(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (_m, hex, dec, name) => {
    if (hex || dec) {
      const code = hex ? parseInt(hex as string, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[(name as string).toLowerCase()] ?? "";
  });
}
