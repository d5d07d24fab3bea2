/**
 * The line model: what every reader (Markdown, HTML, Org, reStructuredText, AsciiDoc, LaTeX,
 * plain and `pdftotext` text, and the PDF/DOCX file readers) hands to the rest of the parser.
 *
 * A reader removes its dialect's markup and keeps the signals as fields. The first nine fields
 * are the ones every stage reads today; the optional ones after them are richer signals a
 * reader sets when its dialect gives them (a stage that does not know them loses nothing).
 *
 * Leaf module: imports nothing from the rest of the parser.
 */

export interface Link {
  /** The link's visible text, markup removed (the URL itself when the link had no text). */
  text: string;
  url: string;
}

/** A span of `Line.text` written in a style: `text.slice(start, end)` is the span. */
export interface Mark {
  kind: "bold" | "italic" | "code" | "link";
  /** UTF-16 offsets into `Line.text`, `start < end`. */
  start: number;
  end: number;
  /** The target, for `kind: "link"`. */
  url?: string;
}

/** Where a line came from. */
export type Dialect = "markdown" | "html" | "org" | "rst" | "asciidoc" | "latex" | "text" | "pdf" | "docx";

export interface Line {
  /** 1-based line number in the source (for a reader that splits one source line, each part keeps it). */
  n: number;
  /** The cleaned text (cells joined by a space). Empty for blank lines. */
  text: string;
  /** Columns of the line; one cell for an ordinary line. A cell may hold `\n`-separated items. */
  cells: string[];
  /** Leading indentation (a tab counts 4), relative to the document's least indented line. */
  indent: number;
  /** The line started with a bullet or list number (stripped from `text`). */
  bullet: boolean;
  /** Heading level (1-6): Markdown `#`, Org `*`, rST and AsciiDoc adornments, LaTeX `\section`. */
  heading?: number;
  /** Bold spans, cleaned (the text of each `bold` mark). */
  strong: string[];
  /** Links (the text and target of each `link` mark, and bare URLs a reader recognised). */
  links: Link[];
  /** A horizontal rule (`---`, `<hr>`); such lines have empty text. */
  rule?: boolean;

  /** Styled spans of `text`, in order of `start`. Set by readers whose dialect has inline markup. */
  marks?: Mark[];
  /** List nesting depth when `bullet` (0 = top level). */
  depth?: number;
  /** A row of a table (`cells` are its cells); `header` for a header row (GFM `|---|`, `<th>`). */
  table?: { header: boolean };
  /** The document's title (Org `#+TITLE:`, an rST title, AsciiDoc `= Title`, LaTeX `\name`): a name candidate. */
  title?: boolean;
  /** Column of a multi-column page the line was read from (0 = left), when the reader split columns. */
  column?: number;
  /** Page (1-based), when the source has pages (`\f` in pdftotext output, PDF pages). */
  page?: number;
  /** Horizontal position of the line's first character: character columns for text layout, points for PDF. */
  x?: number;
  /** Font size in points (PDF). */
  size?: number;
  /** The dialect of the reader that made the line. */
  dialect?: Dialect;
}

/** A line a reader dropped, reported as a warning (never parsed as an entry). */
export interface Skipped {
  n: number;
  text: string;
  /** `cut`: the line was longer than a reader looks at; its start was read, the rest dropped. */
  why: "page footer" | "web page furniture" | "front matter" | "repeated" | "cut";
  /** For `cut`: the line's length before the cut (UTF-16 units). */
  length?: number;
  /** For `cut`, a table row read whole: the number of rows of whole cells it was split into. */
  rows?: number;
}

export function blankLine(n: number): Line {
  return { n, text: "", cells: [], indent: 0, bullet: false, strong: [], links: [] };
}
