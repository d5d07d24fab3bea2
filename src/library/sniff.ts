/**
 * The format bytes show, when there is no file name to go by (standard input), and the
 * documents that are not text whatever their name says (a PDF saved as .txt is a PDF).
 */
import type { Format } from "./library.js";

/** A PDF or a Word document, by its first bytes; undefined for anything else. */
export function documentKind(bytes: Uint8Array): "pdf" | "docx" | undefined {
  const head = Buffer.from(bytes.subarray(0, 5)).toString("latin1");
  if (head === "%PDF-") return "pdf";
  if (head.startsWith("PK\u0003\u0004") && Buffer.from(bytes).includes("word/document.xml")) return "docx";
  return undefined;
}

/**
 * The format of standard input: `%PDF` → pdf, a ZIP holding `word/document.xml` → docx,
 * `{` → JSON, `\documentclass` → LaTeX, `#+TITLE:` → Org, an `= Title` line → AsciiDoc, a
 * title underlined with `===` → reStructuredText, top-level `key:` lines of a résumé
 * (`basics:`, `cv:`, `work:`...) → YAML, `# ` headings → Markdown, else text.
 */
export function sniff(bytes: Uint8Array): Format {
  const document = documentKind(bytes);
  if (document) return document;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (head.startsWith("PK\u0003\u0004")) return "text";
  const t = head.replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
  if (t.startsWith("{")) return "jsonresume";
  if (/^\\documentclass/m.test(t)) return "latex";
  if (/^#\+(?:title|author|options):/im.test(t)) return "org";
  if (/^= \S/.test(t)) return "asciidoc";
  if (/^(?:[=~-]{3,}\n)?[^\n]{2,}\n[=~-]{3,}\n/.test(t) && !/^#{1,6} /m.test(t)) return "rst";
  if (
    /^(?:---\n)?(?:basics|cv|work|experience|employment|name|education|skills|contact|personal):[ \t]*\n/m.test(
      t,
    )
  ) {
    return "yaml";
  }
  if (/^#{1,6} \S/m.test(t)) return "markdown";
  return "text";
}
