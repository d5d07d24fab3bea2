/**
 * Step 1 of the parser: a document's text → lines of the line model (`../line.ts`), by the
 * reader of its dialect. The dialect is sniffed from the content (Org, reStructuredText and
 * AsciiDoc are often saved as `.txt`), with the file's extension as a hint.
 */
import type { Dialect, Line, Skipped } from "../line.js";
import { normalizeLines } from "../lines.js";
import { headingKind } from "../sections.js";
import { looksAsciiDoc, readAsciiDoc } from "./asciidoc.js";
import { finish } from "./furniture.js";
import { readHtml } from "./html.js";
import { looksLatex, readLatex } from "./latex.js";
import { readMarkdown } from "./markdown.js";
import { looksOrg, readOrg } from "./org.js";
import { looksRst, readRst } from "./rst.js";
import { joinPages, sourceLines } from "./source.js";
import { repairText } from "./text.js";

const BY_EXTENSION: Record<string, Dialect> = {
  org: "org",
  rst: "rst",
  adoc: "asciidoc",
  asciidoc: "asciidoc",
  asc: "asciidoc",
  tex: "latex",
  html: "html",
  htm: "html",
  md: "markdown",
  markdown: "markdown",
};

const isSectionWord = (s: string): boolean => headingKind(s.replace(/[:：]$/, "")) !== undefined;

/** The dialect of a document: the extension when it names a markup, else what the content shows. */
export function sniffDialect(rawLines: string[], file = ""): Dialect {
  const ext = /\.([A-Za-z]{1,10})$/.exec(file)?.[1]?.toLowerCase() ?? "";
  const named = BY_EXTENSION[ext];
  if (named && named !== "markdown") return named;
  const head = rawLines.slice(0, 40).join("\n").trimStart().slice(0, 400).toLowerCase();
  if (looksLatex(rawLines)) return "latex";
  if (/^(?:<!doctype html|<html[\s>])/.test(head)) return "html";
  if (looksOrg(rawLines, isSectionWord)) return "org";
  if (named !== "markdown" && looksAsciiDoc(rawLines, isSectionWord)) return "asciidoc";
  if (named !== "markdown" && looksRst(rawLines)) return "rst";
  return named ?? "text";
}

/** Read a whole document into lines; dropped lines (furniture, front matter) go to `skipped`. */
export function readLines(input: string, skipped: Skipped[] = [], file = ""): Line[] {
  const { lines: rawLines, pages, cut, rows } = sourceLines(input);
  const dialect = sniffDialect(rawLines, file);
  // The Markdown and text readers read the rest of a long table row as rows of their own.
  const split = dialect === "markdown" || dialect === "text";
  for (const c of cut)
    skipped.push({
      n: c.n,
      text: "",
      why: "cut",
      length: c.length,
      ...(split && c.rows ? { rows: c.rows } : {}),
    });
  const lines = read(dialect, rawLines, pages, skipped, split ? rows : undefined);
  if (pages[pages.length - 1]! > 1) for (const l of lines) l.page = pages[l.n - 1];
  return lines;
}

function read(
  dialect: Dialect,
  rawLines: string[],
  pages: number[],
  skipped: Skipped[],
  rows?: Map<number, string[]>,
): Line[] {
  switch (dialect) {
    case "org":
      return finish(readOrg(rawLines, skipped), skipped);
    case "rst":
      return finish(readRst(rawLines), skipped);
    case "asciidoc":
      return finish(readAsciiDoc(rawLines), skipped);
    case "latex":
      return finish(readLatex(rawLines.join("\n"), skipped), skipped);
    case "html":
      return finish(readHtml(rawLines.join("\n")), skipped);
    case "text":
      return normalizeLines(joinPages(repairText(rawLines, skipped), pages), skipped, rows).map((l) => ({
        ...l,
        dialect,
      }));
    case "markdown":
      return readMarkdown(rawLines, pages, skipped, rows);
    default:
      return normalizeLines(joinPages(rawLines, pages), skipped, rows).map((l) => ({ ...l, dialect }));
  }
}
