/**
 * LaTeX source reader. The preamble (before `\begin{document}`) is dropped except the
 * moderncv identity commands (`\name{First}{Last}` → the document title; `\email`, `\phone`,
 * `\homepage`, `\address` → contact lines). In the body: `\section`-family headings,
 * `\textbf`/`\textit`/`\emph`/`\texttt` marks, `\href{url}{text}` and `\url` links, `itemize`
 * items as bullets with depth, `tabular` rows (`&` cells, `\\` row ends), `\hfill` as a cell
 * break, moderncv's `\cventry` and `\cvitem`, the sb2nov template's `\resumeSubheading` (two
 * lines of two cells, as the PDF shows them), `\resumeItem` and `\resumeSubItem`, and the
 * entries of awesome-cv, altacv, europasscv, resume.cls, friggeri, twentysecondcv and RenderCV's
 * LaTeX set the same way (see `Reader.template`); `%`
 * comments, spacing and definition commands dropped; other macros dropped with their text kept.
 *
 * Linear: comments are blanked and braces matched in one pass each before reading.
 */
import type { Line, Skipped } from "../line.js";
import { lineAt, lineStarts } from "./html.js";
import { headingKind } from "../sections.js";
import { Inline, toLine } from "./inline.js";

import {
  ACCENTS,
  CONTACTS,
  DEFINE,
  DROP_ARGS,
  HEADINGS,
  LETTERS,
  MARKS,
  NETWORKS,
  SYMBOLS,
  TEMPLATE,
} from "./latex-macros.js";

/** Blank `%` comments (keeping offsets) and match braces, in one pass. */
function prepare(src: string): { s: string; close: Int32Array } {
  const chars = src.split("");
  const close = new Int32Array(src.length + 1).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "%") {
      while (i < chars.length && chars[i] !== "\n") chars[i++] = " ";
      continue;
    }
    if (c === "{") stack.push(i);
    else if (c === "}" && stack.length) close[stack.pop()!] = i;
  }
  return { s: chars.join(""), close };
}

type Range = { from: number; to: number };

/** `City (Country)`, europasscv's way of writing a place. */
const PAREN_PLACE = / \(([^(),]{1,40})\)$/;

/** A heading argument's words, its macros and braces left out (`Honors \\& Awards` → `Honors & Awards`). */
const plainTitle = (t: string): string =>
  t
    .replace(/\\([&%$#_])/g, "$1")
    .replace(/\\[A-Za-z@]{1,40}\*?/g, " ")
    .replace(/[{}]/g, " ")
    .trim();

class Reader {
  out: Line[] = [];
  cur = new Inline();
  cells: Inline[] | undefined;
  n = 0;
  bullet = false;
  depth = -1;
  itemDepth = 0;
  heading: number | undefined;
  title = false;
  table = 0;
  /** Reading a name or a contact line: what a row break in it is (a space, a separator). */
  rowSep: string | undefined;
  /** Reading a right-hand column (RenderCV's `twocolentry`): its paragraphs and rows are cells. */
  column = false;
  /** Inside europasscv's language grid (from `\ecvmothertongue` to `\ecvlanguagefooter`). */
  languages = false;
  /** Dates waiting for the line they are printed on (`\datedsubsection`'s, beside the role under it). */
  pending: Range | undefined;
  /** Inside friggeri's `aside`, which obeys line ends: each source line is a line. */
  obeyLines = false;
  /** The line is a list of altacv's `\cvtag`s. */
  tags = false;
  /** The text of the last section heading (`\section{…}`), as written. */
  section: string | undefined;
  readonly starts: number[];
  /** Argument counts of the macros the document defines (`\newcommand{\x}[2]{…}`). */
  readonly arity = new Map<string, number>();

  constructor(
    readonly s: string,
    readonly close: Int32Array,
  ) {
    this.starts = lineStarts(s);
    const re = /\\(?:re)?newcommand\*?\s{0,3}\{?\\([A-Za-z@]{1,40})\}?\s{0,3}\[(\d)\]/g;
    for (let m = re.exec(s); m; m = re.exec(s)) this.arity.set(m[1]!, Number(m[2]));
  }

  /** The `]` closing an optional argument opened at `k`, looked for within 300 characters (-1: none). */
  bracket(k: number): number {
    const j = this.s.slice(k, k + 300).indexOf("]");
    return j < 0 ? -1 : k + j;
  }

  at(offset: number): number {
    return lineAt(this.starts, offset);
  }

  flush(): void {
    if (this.pending && !this.cur.empty && !this.bullet) {
      const p = this.pending;
      this.pending = undefined;
      this.cell();
      this.run(p.from, p.to);
    }
    const parts = this.cells ? [...this.cells] : [this.cur];
    if (parts.some((p) => !p.empty)) {
      this.out.push(
        toLine(this.n || 1, parts.length > 1 ? parts : parts[0]!, {
          bullet: this.bullet,
          depth: this.itemDepth,
          heading: this.heading,
          title: this.title,
          dialect: "latex",
          indent: this.bullet ? 2 * this.itemDepth : 0,
          table: this.table > 0 && parts.length > 1 ? { header: false } : undefined,
        }),
      );
    }
    this.cur = new Inline();
    this.cells = undefined;
    this.n = 0;
    this.bullet = false;
    this.heading = undefined;
    this.title = false;
    this.tags = false;
  }

  text(t: string, offset: number): void {
    if (t.trim() && !this.n) this.n = this.at(offset + (t.length - t.trimStart().length));
    this.cur.push(t);
  }

  /** The line so far without the white space at its end. */
  trimEnd(): void {
    this.cur.text = this.cur.text.trimEnd();
    for (const m of this.cur.marks) m.end = Math.min(m.end, this.cur.text.length);
  }

  cell(): void {
    // (A right-hand column's blank lines and row breaks in a row make one cell break.)
    if (this.column && this.cells && this.cur.empty) return;
    if (!this.cells) this.cells = [this.cur];
    this.cur = new Inline();
    this.cells.push(this.cur);
  }

  /** The argument at `i` (after white space): `[start, end)` of its content and the offset after it. */
  arg(i: number, end: number): { from: number; to: number; next: number } | undefined {
    let k = i;
    while (k < end && /[ \t\n]/.test(this.s[k]!)) k++;
    if (this.s[k] === "[") {
      const j = this.bracket(k);
      if (j < 0 || j > end) return undefined;
      k = j + 1;
      while (k < end && /[ \t\n]/.test(this.s[k]!)) k++;
    }
    if (this.s[k] !== "{") return undefined;
    const j = this.close[k]!;
    if (j < 0 || j > end) return undefined;
    return { from: k + 1, to: j, next: j + 1 };
  }

  args(i: number, end: number, count: number): { list: { from: number; to: number }[]; next: number } {
    const list: { from: number; to: number }[] = [];
    let next = i;
    for (let k = 0; k < count; k++) {
      const a = this.arg(next, end);
      if (!a) break;
      list.push(a);
      next = a.next;
    }
    return { list, next };
  }

  run(from: number, to: number): void {
    const s = this.s;
    let i = from;
    let plain = "";
    let plainAt = from;
    const emit = (): void => {
      if (plain) this.text(plain, plainAt);
      plain = "";
    };
    while (i < to) {
      const c = s[i]!;
      if (c === "\\") {
        const m = /^\\(?:([A-Za-z@]{1,40})\*?|(.))/.exec(s.slice(i, i + 42));
        if (!m) {
          i++;
          continue;
        }
        const name = m[1];
        const sym = m[2];
        let next = i + m[0].length;
        if (sym !== undefined) {
          if (sym === "\\" && (this.rowSep !== undefined || this.column)) {
            // twentysecondcv's \cvname{First \\Last}; a right-hand column's lines: its cells.
            emit();
            if (this.column) this.cell();
            else {
              this.trimEnd();
              this.cur.push(this.rowSep!);
            }
            if (s[next] === "[") next = Math.max(next, this.bracket(next) + 1);
          } else if (sym === "\\") {
            emit();
            if (s[next] === "[") next = Math.max(next, this.bracket(next) + 1);
            // altacv's `\cvtag{Go}\cvtag{Rust}\\ \cvtag{SQL}`: the row break sets out one list of tags.
            if (!(this.tags && /^\s{0,40}\\cvtag(?![A-Za-z@])/.test(s.slice(next, next + 50)))) this.flush();
          } else if (ACCENTS[sym] && /[A-Za-z{]/.test(s[next] ?? "")) {
            const a = s[next] === "{" ? this.arg(next, to) : undefined;
            const letter = a ? s.slice(a.from, a.to) : s[next]!;
            if (!plain) plainAt = i;
            plain += (letter + ACCENTS[sym]!).normalize("NFC");
            next = a ? a.next : next + 1;
          } else if (sym === "," || sym === " " || sym === ";") plain += " ";
          else if (sym !== "-") plain += sym;
          i = next;
          continue;
        }
        emit();
        i = this.command(name!, next, to);
        plainAt = i;
        continue;
      }
      if (c === "{" || c === "}") {
        i++;
        continue;
      }
      if (c === "$") {
        const j = s.indexOf("$", i + 1);
        if (j > i && j - i < 400) {
          emit();
          this.run(i + 1, j);
          i = j + 1;
          plainAt = i;
          continue;
        }
      }
      if (c === "&" && this.table > 0) {
        emit();
        this.cell();
        i++;
        plainAt = i;
        continue;
      }
      if (c === "\n" && this.obeyLines) {
        emit();
        this.flush();
        i++;
        plainAt = i;
        continue;
      }
      if (c === "\n" && s[i + 1] !== undefined && /^\n[ \t]*\n/.test(s.slice(i, i + 40))) {
        emit();
        if (this.column) this.cell();
        else this.flush();
        i++;
        plainAt = i;
        continue;
      }
      if (!plain) plainAt = i;
      if (c === "~") plain += " ";
      else if (c === "-" && s.startsWith("---", i)) {
        plain += "—";
        i += 3;
        continue;
      } else if (c === "-" && s[i + 1] === "-") {
        plain += "–";
        i += 2;
        continue;
      } else if ((c === "`" || c === "'") && s[i + 1] === c) {
        plain += c === "`" ? "“" : "”";
        i += 2;
        continue;
      } else plain += c;
      i++;
    }
    emit();
  }

  /** One line of cells, each an argument (empty ones left out), the first `mark`ed as the template styles it. */
  row(
    cells: ({ from: number; to: number } | undefined)[],
    marks: ("bold" | "italic" | undefined)[] = [],
    place = -1,
  ): void {
    this.flush();
    let first = true;
    cells.forEach((a, k) => {
      if (!a || !/\S/.test(this.s.slice(a.from, a.to))) return;
      if (!first) this.cell();
      first = false;
      const mark = marks[k];
      if (mark) this.cur.begin(mark);
      this.run(a.from, a.to);
      if (mark) this.cur.end(mark);
      // europasscv's "Trento (Italy)": a city and its country, written as places are.
      if (k === place && !this.cur.marks.length) this.cur.text = this.cur.text.replace(PAREN_PLACE, ", $1");
    });
    this.flush();
  }

  /**
   * A subsection heading is a label grouping the entries under it when the next thing is a
   * template entry naming its own organisation, and the heading names no section of its own
   * (a known section's subsections are its groups; "Education" under "Background" is a section).
   */
  groupLabel(title: string, at: number, to: number): boolean {
    let k = at;
    while (k < to && /\s/.test(this.s[k]!)) k++;
    if (this.s.startsWith("\\begin{cventries}", k)) k += 17;
    while (k < to && /\s/.test(this.s[k]!)) k++;
    const m = /^\\(cventry|cvevent)(?![A-Za-z@])/.exec(this.s.slice(k, k + 12));
    if (!m) return false;
    const { list } = this.args(k + m[0].length, to, TEMPLATE[m[1]!]!);
    // The organisation's argument: moderncv's third (of six), awesome-cv's and altacv's second.
    const where = m[1] === "cventry" && list.length === 6 ? list[2] : list[1];
    if (!this.filled(where)) return false;
    const own = headingKind(plainTitle(title));
    const parent = this.section === undefined ? undefined : headingKind(plainTitle(this.section));
    return own === undefined || own === "extra" || (parent !== undefined && parent !== "extra");
  }

  /**
   * europasscv's "where" item, `Employer, City (Country)\newline street address`: the employer
   * (or school) and its place, the last part (after a comma or a dash) when it ends in a
   * parenthesis; an item of only `City (Country)` is a place.
   */
  where(a: { from: number; to: number }): { org?: Range; place?: Range } {
    const s = this.s;
    // The first line ends at \newline or \\ (outside braces); the address is the rest.
    let depth = 0;
    let end = a.to;
    let cut = -1;
    let cutLen = 0;
    for (let k = a.from; k < a.to; k++) {
      const c = s[k]!;
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === "\\" && depth === 0) {
        const m = /^\\(?:newline(?![A-Za-z@])|\\)/.exec(s.slice(k, k + 9));
        if (m) {
          end = k;
          break;
        }
        k++;
      } else if (depth === 0 && (c === "," || ((c === "-" || c === "–" || c === "|") && s[k - 1] === " "))) {
        cut = k;
        cutLen = c === "-" && s[k + 1] === "-" ? 2 : 1;
      }
    }
    const line = s.slice(a.from, end).trim();
    if (cut < 0 && /^[^,(){}\\]{1,60}\([^()]{1,40}\)$/.test(line))
      return { place: { from: a.from, to: end } };
    const tail = cut >= 0 ? s.slice(cut + cutLen, end).trim() : "";
    if (cut >= 0 && /\)$/.test(tail) && /^[^,(){}\\]{1,60}\([^()]{1,40}\)$/.test(tail))
      return { org: { from: a.from, to: cut }, place: { from: cut + cutLen, to: end } };
    // (The street address under the employer is left out: it is the employer's, not the job's place.)
    return { org: { from: a.from, to: end } };
  }

  /** An argument's text has a letter or digit. */
  filled(a: { from: number; to: number } | undefined): boolean {
    return a !== undefined && /[\p{L}\p{N}]/u.test(this.s.slice(a.from, a.to));
  }

  /**
   * A résumé template's entry macro, by its public interface (the arguments' meaning), set
   * as lines the way awesome-cv and sb2nov print an entry: two lines of two cells (where and
   * its place, then the role and when), then its description; the other templates' entries,
   * whatever order their PDF shows, are given the same shape.
   */
  template(name: string, i: number, to: number): number {
    const { list: a, next } = this.args(i, to, TEMPLATE[name]!);
    const sub = (x: { from: number; to: number } | undefined): void => {
      if (x) this.run(x.from, x.to);
    };
    switch (name) {
      case "cventry":
        if (a.length === 5) {
          // awesome-cv: \cventry{position}{organisation}{location}{date}{description}.
          if (this.filled(a[1]) || this.filled(a[2])) {
            this.row([a[1], a[2]], ["bold"]);
            this.row([a[0], a[3]], ["italic"]);
          } else this.row([a[0], a[3]], ["bold"]);
          sub(a[4]);
        } else {
          // moderncv: \cventry{years}{degree or job title}{institution or employer}{city}{grade}{description}.
          // Set as awesome-cv and sb2nov set theirs: where, then what and when.
          if (this.filled(a[2]) || this.filled(a[3])) {
            this.row([a[2], a[3]], ["bold"]);
            this.row([a[1], a[0]], ["italic"]);
          } else this.row([a[1], a[0]], ["bold"]);
          this.row([a[4]]);
          sub(a[5]);
        }
        break;
      case "cvsubentry":
        // awesome-cv: \cvsubentry{position}{title}{date}{description}.
        if (this.filled(a[1])) this.row([a[1], this.filled(a[0]) ? undefined : a[2]], ["bold"]);
        if (this.filled(a[0])) this.row([a[0], a[2]], ["italic"]);
        sub(a[3]);
        break;
      case "cvevent":
        // altacv: \cvevent{title}{organisation}{dates}{location}.
        this.row([a[1], a[3]], ["bold"]);
        this.row([a[0], a[2]], ["italic"]);
        break;
      case "cvhonor": {
        // awesome-cv: \cvhonor{award}{event}{location}{date}, printed "date  award, event  location";
        // set as "date  award — event (location)", so that the event stays the awarder whatever its words.
        this.flush();
        if (this.filled(a[3])) {
          sub(a[3]);
          this.cell();
        }
        sub(a[0]);
        if (this.filled(a[0]) && this.filled(a[1])) this.cur.push(" — ");
        sub(a[1]);
        if (this.filled(a[2])) {
          this.cur.push(this.filled(a[1]) ? " (" : " — ");
          sub(a[2]);
          if (this.filled(a[1])) this.cur.push(")");
        }
        break;
      }
      case "ecvtitle":
      case "ecvtitlelevel": {
        // europasscv: \ecvtitle{dates}{title}, then \ecvitem{}{employer or school, City (Country)}
        // (its address after a \newline): that first item is where, set as moderncv's entries
        // are, where and its place over the role and when.
        const k = /^\s*/.exec(this.s.slice(next, next + 200))![0].length + next;
        const item = /^\\ecvitem(?![A-Za-z@])/.test(this.s.slice(k, k + 9))
          ? this.args(k + 8, to, 2)
          : undefined;
        const where = item?.list.length === 2 && !this.filled(item.list[0]) ? item.list[1]! : undefined;
        const short =
          where && !/\\begin|\n\s*\n/.test(this.s.slice(where.from, where.to)) && where.to - where.from < 300;
        const w = where && short ? this.where(where) : undefined;
        if (w?.org) {
          this.row([w.org, w.place], ["bold"], 1);
          this.row([a[1], a[0]], ["italic"]);
        } else this.row([a[1], a[0]], ["bold"]); // (A place with no employer is no company: left out.)
        if (name === "ecvtitlelevel") this.row([a[2]]);
        if (w) return item!.next;
        break;
      }
      case "ecvitem":
        // europasscv: \ecvitem{}{what the job was}, in the entry's right-hand column: its body.
        if (!this.filled(a[0]) && a[1] && !this.s.slice(a[1].from, a[1].to).includes("\\begin")) {
          this.flush();
          this.bullet = true;
          this.itemDepth = Math.max(0, this.depth);
          sub(a[1]);
          break;
        }
        this.row([a[0], a[1]]);
        break;
      case "cvskill":
        // altacv's \cvskill{Python}{4}: a skill and its rating out of five (dots), the skill alone.
        if (a[1] && /^\s{0,20}\d(?:\.\d{1,2})?\s{0,20}$/.test(this.s.slice(a[1].from, a[1].to))) {
          this.flush();
          this.bullet = true;
          this.itemDepth = Math.max(0, this.depth);
          sub(a[0]);
          break;
        }
        this.row([a[0], a[1]]);
        break;
      case "cvitem":
      case "ecvblueitem":
        this.row([a[0], a[1]]);
        break;
      case "cvitemwithcomment":
      case "cvlanguage": {
        // moderncv: \cvitemwithcomment{header}{text}{comment}: "English  Fluent (C1)".
        this.flush();
        sub(a[0]);
        this.cell();
        sub(a[1]);
        if (this.filled(a[2])) {
          this.cur.push(" (");
          sub(a[2]);
          this.cur.push(")");
        }
        break;
      }
      case "cvdoubleitem":
      case "cvcomputer":
        this.row([a[0], a[1]]);
        this.row([a[2], a[3]]);
        break;
      case "cvlistitem":
      case "cvlistdoubleitem":
        for (const x of a) {
          if (!this.filled(x)) continue;
          this.flush();
          this.bullet = true;
          this.itemDepth = Math.max(0, this.depth);
          sub(x);
          this.flush();
        }
        break;
      case "ecvmothertongue":
      case "ecvlanguage":
      case "ecvlastlanguage":
        // europasscv's language grid, inside "Personal skills": \ecvmothertongue{Italian}, then
        // \ecvlanguage{French}{C1}{C2}{B2}{C1}{C2} (listening, reading, interaction, production,
        // writing): a "Languages" block of its own, a language and its levels a line each.
        this.flush();
        if (!this.languages) {
          this.languages = true;
          this.n = this.at(i);
          this.heading = 3;
          this.cur.push("Languages");
          this.flush();
        }
        sub(a[0]);
        this.cell();
        if (name === "ecvmothertongue") this.cur.push("Mother tongue");
        else
          a.slice(1).forEach((x, k) => {
            if (k > 0) this.cur.push(" / ");
            sub(x);
          });
        break;
      case "ecvlanguagecertificate":
        // (A certificate under a language of the grid: no level of it.)
        return next;
      case "runsubsection":
        // deedy: \runsubsection{organisation}\descript{| title}\location{dates | city}.
        this.flush();
        this.cur.begin("bold");
        sub(a[0]);
        this.cur.end("bold");
        return next;
      case "descript":
        this.cur.push(" ");
        this.cur.begin("italic");
        sub(a[0]);
        this.cur.end("italic");
        break;
      case "location":
        this.row([a[0]]);
        break;
      case "entry": {
        // friggeri-cv: \entry{dates}{organisation, or degree}{place}{\emph{role} \\ description}.
        if (a.length < 4 || (!this.filled(a[0]) && !this.filled(a[2]))) {
          // (No dates and no place: a label and its text, "Field work  Diving, sampling".)
          this.row(a.length < 4 ? a : [a[1], a[3]]);
          return next;
        }
        this.row([a[1], a[2]], ["bold"]);
        const d = a[3]!;
        const role = /^\s*\\(?:emph|textit)\s*\{/.exec(this.s.slice(d.from, d.from + 20));
        const r = role ? this.arg(d.from + role[0].length - 1, d.to) : undefined;
        if (r) {
          this.row([r, a[0]], ["italic"]);
          this.run(r.next, d.to);
        } else {
          this.row([a[0]]);
          sub(d);
        }
        break;
      }
      case "twentyitem":
        // twentysecondcv: \twentyitem{dates}{title}{organisation}{description}.
        this.row([a[2]], ["bold"]);
        this.row([a[1], a[0]], ["italic"]);
        this.row([a[3]]);
        break;
      case "twentyitemshort":
      case "datedline":
        // twentysecondcv's \twentyitemshort{date}{text}; \datedline{text}{date}.
        this.row(name === "datedline" ? [a[0], a[1]] : [a[1], a[0]]);
        break;
      case "datedsubsection": {
        // \datedsubsection{\textbf{Company}, City}{2019 -- now}: an entry's heading line, the
        // place after the bold name a cell of its own.
        const h = a[0];
        const bold = h ? /^\s*\\textbf\s*\{/.exec(this.s.slice(h.from, h.from + 20)) : null;
        const b = h && bold ? this.arg(h.from + bold[0].length - 1, h.to) : undefined;
        const rest = b ? /^\s*,\s*/.exec(this.s.slice(b.next, h!.to)) : null;
        // Followed by the role in italics: the dates go with the role, as Jake's template sets them.
        const role = /^\s*\\(?:textit|emph)\s*\{/.test(this.s.slice(next, next + 30)) && this.filled(a[1]);
        const place = b && rest ? { from: b.next + rest[0].length, to: h!.to } : undefined;
        if (b && place) this.row(role ? [b, place] : [b, place, a[1]], ["bold"]);
        else this.row(role ? [a[0]] : [a[0], a[1]], bold ? [] : ["bold"]);
        if (role) this.pending = a[1];
        break;
      }
      case "cvtag":
        // altacv: \cvtag{Go}\cvtag{Rust}: words of one list.
        if (!this.cur.empty) {
          // (The space that ended the last tag's line is no part of it.)
          this.trimEnd();
          this.cur.push(", ");
        }
        sub(a[0]);
        this.tags = true;
        return next;
    }
    this.flush();
    return next;
  }

  /** A contact macro (`\email{…}`, `\github{handle}`, `\social[linkedin]{handle}`): a line of its own. */
  contact(name: string, i: number, to: number): number {
    let k = i;
    let network = name;
    if (name === "social" && this.s[k] === "[") {
      const j = this.bracket(k);
      if (j > 0 && j < to) {
        network = this.s
          .slice(k + 1, j)
          .trim()
          .toLowerCase();
        k = j + 1;
      }
    }
    const count = name === "address" ? 3 : name === "stackoverflow" || name === "googlescholar" ? 2 : 1;
    const { list, next } = this.args(k, to, count);
    this.flush();
    const base = NETWORKS[network];
    if (base !== undefined && list[0]) {
      const handle = this.s.slice(list[0].from, list[0].to).trim().replace(/^@/, "");
      if (handle && !/\\|\s/.test(handle)) {
        const url = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\//.test(handle)
          ? handle
          : base
            ? base + handle
            : handle;
        if (!this.n) this.n = this.at(list[0].from);
        this.cur.span("link", url, /^https?:/.test(url) ? url : `https://${url}`);
      }
      this.flush();
      return next;
    }
    // resume.cls's one-argument \address{street \\ city}, any line of its header: an address, its
    // rows its parts, unless it holds the e-mail or phone (then its rows are set apart).
    const one = name === "address" && list.length === 1 ? this.s.slice(list[0]!.from, list[0]!.to) : "";
    const bare = /\\\\/.test(one) && (one.includes("@") || /(?:\d[^\d\n]{0,3}){7}/.test(one));
    if (!bare) this.cur.push(`${CONTACTS[name] ?? "Profile"}: `);
    this.rowSep = bare ? " · " : ", ";
    list.forEach((a, j) => {
      if (j > 0 && this.filled(a)) this.cur.push(", ");
      this.run(a.from, a.to);
    });
    this.rowSep = undefined;
    this.flush();
    return next;
  }

  /** One command at `i` (just after its name); returns the offset after it. */
  command(name: string, i: number, to: number): number {
    const sub = (a: { from: number; to: number } | undefined): void => {
      if (a) this.run(a.from, a.to);
    };
    if (name === "begin" || name === "end") {
      const a = this.arg(i, to);
      if (!a) return i;
      const env = this.s.slice(a.from, a.to).replace(/\*$/, "");
      let next = a.next;
      if (name === "begin") {
        if (/^(?:itemize|enumerate|description|cvitems|ecvitemize|highlights)$/.test(env)) {
          this.flush();
          this.depth++;
          // \begin{itemize}[leftmargin=0.15in, label={}]: enumitem's options are no text.
          if (this.s[next] === "[") {
            const j = this.bracket(next);
            if (j > 0 && j < to) next = j + 1;
          }
        } else if (/^(?:tabular|tabularx|tabu|longtable|array)$/.test(env)) {
          this.flush();
          this.table++;
          // \begin{tabular}{spec}; tabularx and tabular* take a width first.
          const starred = this.s[a.to - 1] === "*";
          next = this.args(next, to, env === "tabularx" || starred ? 2 : 1).next;
        } else if (env === "aside") {
          this.flush();
          this.obeyLines = true;
        } else if (env === "rSection") {
          // resume.cls (Trey Hunner's): \begin{rSection}{Education}, a section and its heading.
          const h = this.arg(next, to);
          this.flush();
          if (h) {
            this.section = this.s.slice(h.from, h.to);
            this.heading = 2;
            this.run(h.from, h.to);
            this.flush();
            next = h.next;
          }
        } else if (env === "rSubsection") {
          // resume.cls: \begin{rSubsection}{organisation}{dates}{title}{place} \item … \end{rSubsection}.
          const { list: r, next: after } = this.args(next, to, 4);
          this.row([r[0], r[1]], ["bold"]);
          this.row([r[2], r[3]], ["italic"]);
          this.depth++;
          next = after;
        } else if (env === "twocolentry") {
          // RenderCV's LaTeX: \begin{twocolentry}{place\n\ndates} \textbf{Company}, Title …: the
          // entry's first line, then its right-hand column's paragraphs as cells of it.
          const right = this.arg(next, to);
          if (right) {
            this.flush();
            const close = this.s.indexOf("\\end{twocolentry}", right.next);
            const list = this.s.indexOf("\\begin{highlights}", right.next);
            const head = close < 0 ? right.next : list > 0 && list < close ? list : close;
            if (head > to) return right.next;
            this.run(right.next, head);
            this.column = true;
            this.cell();
            this.run(right.from, right.to);
            this.column = false;
            this.flush();
            next = head;
          }
        } else if (env === "minipage") {
          this.flush();
          next = this.args(next, to, 1).next;
        } else if (env === "multicols" || env === "paracol") next = this.args(next, to, 1).next;
        else this.flush();
      } else {
        this.flush();
        if (/^(?:itemize|enumerate|description|cvitems|ecvitemize|highlights|rSubsection)$/.test(env))
          this.depth = Math.max(-1, this.depth - 1);
        else if (/^(?:tabular|tabularx|tabu|longtable|array)$/.test(env))
          this.table = Math.max(0, this.table - 1);
        else if (env === "aside") this.obeyLines = false;
      }
      return next;
    }
    if (name in HEADINGS) {
      const a = this.arg(i, to);
      this.flush();
      const level = HEADINGS[name]!;
      if (a && level <= 2) {
        this.section = this.s.slice(a.from, a.to);
        this.languages = false;
      }
      // moderncv's \subsection{Vocational} over \cventry lines that name their employer: a
      // group of the section's entries, no heading and no employer of them (dropped).
      if (a && level > 2 && this.groupLabel(this.s.slice(a.from, a.to), a.next, to)) return a.next;
      this.heading = level;
      sub(a);
      this.flush();
      return a ? a.next : i;
    }
    if (name in MARKS) {
      const a = this.arg(i, to);
      if (!a) return i;
      const kind = MARKS[name]!;
      this.cur.begin(kind);
      sub(a);
      this.cur.end(kind);
      return a.next;
    }
    if (name === "href" || name === "hrefWithoutArrow") {
      const { list, next } = this.args(i, to, 2);
      if (list.length < 2) return next;
      this.cur.begin("link", this.s.slice(list[0]!.from, list[0]!.to).trim());
      sub(list[1]);
      this.cur.end("link");
      return next;
    }
    if (name === "url") {
      const a = this.arg(i, to);
      if (!a) return i;
      const url = this.s.slice(a.from, a.to).trim();
      if (!this.n) this.n = this.at(a.from);
      this.cur.span("link", url, url);
      return a.next;
    }
    if (name === "item") {
      this.flush();
      this.bullet = true;
      this.itemDepth = Math.max(0, this.depth);
      if (this.s[i] === "[") {
        const j = this.bracket(i);
        if (j > 0 && j < to) {
          this.run(i + 1, j);
          this.cur.push(" ");
          return j + 1;
        }
      }
      return i;
    }
    if (name === "ecvlanguagefooter" && this.languages) {
      // After the grid, the rest of "Personal skills": its heading again, so that it is no language.
      this.flush();
      this.languages = false;
      if (this.section) {
        this.n = this.at(i);
        this.heading = 3;
        this.cur.push(plainTitle(this.section));
        this.flush();
      }
      return i;
    }
    if (name === "hfill" || name === "hfil") {
      this.cell();
      return i;
    }
    if (name === "newline" || name === "par" || name === "linebreak" || name === "break") {
      this.flush();
      return i;
    }
    if (name in TEMPLATE) return this.template(name, i, to);
    if (name === "resumeSubheading" || name === "resumeSubSubheading" || name === "resumeProjectHeading") {
      const count = name === "resumeSubheading" ? 4 : 2;
      const { list, next } = this.args(i, to, count);
      this.flush();
      // (A project heading's first argument carries its own marks: `\textbf{Name} $|$ \emph{stack}`.)
      const wrap = name !== "resumeProjectHeading";
      for (let k = 0; k < list.length; k += 2) {
        if (wrap) this.cur.begin(k === 0 ? "bold" : "italic");
        sub(list[k]);
        if (wrap) this.cur.end(k === 0 ? "bold" : "italic");
        this.cell();
        sub(list[k + 1]);
        this.flush();
      }
      return next;
    }
    if (name === "resumeItem" || name === "resumeSubItem") {
      const first = this.arg(i, to);
      const second = first ? this.arg(first.next, to) : undefined;
      this.flush();
      this.bullet = true;
      this.itemDepth = Math.max(0, this.depth);
      if (second) {
        this.cur.begin("bold");
        sub(first);
        this.cur.end("bold");
        this.cur.push(": ");
        sub(second);
      } else sub(first);
      this.flush();
      return (second ?? first)?.next ?? i;
    }
    if (
      name === "name" ||
      name === "author" ||
      name === "title" ||
      name === "ecvname" ||
      name === "cvname" ||
      name === "namesection" ||
      (name === "header" && this.args(i, to, 3).list.length === 3)
    ) {
      const count = name === "name" ? 2 : name === "namesection" || name === "header" ? 3 : 1;
      const { list, next } = this.args(i, to, count);
      this.flush();
      this.heading = 1;
      this.title = true;
      this.rowSep = " ";
      list.slice(0, 2).forEach((a, k) => {
        if (k > 0) this.cur.push(" ");
        sub(a);
      });
      this.rowSep = undefined;
      // friggeri's \header{ada}{lovelace}: a name set in lower case by design, a name all the same.
      if (name === "header" && !/\p{Lu}/u.test(this.cur.text))
        this.cur.text = this.cur.text.replace(
          /(^|[\s-])(\p{Ll})/gu,
          (_, b: string, c: string) => b + c.toUpperCase(),
        );
      this.flush();
      // deedy's \namesection{First}{Last}{contact links}; friggeri's \header{first}{last}{headline}.
      if ((name === "namesection" || name === "header") && list[2]) {
        sub(list[2]);
        this.flush();
      }
      return next;
    }
    if (name in CONTACTS || name === "social" || name in NETWORKS) return this.contact(name, i, to);
    if (name === "position" || name === "tagline" || name === "cvjobtitle" || name === "about") {
      // awesome-cv's \position, altacv's \tagline, twentysecondcv's \cvjobtitle and \about:
      // the headline (or the summary) under the name, a line of its own.
      const a = this.arg(i, to);
      this.flush();
      sub(a);
      this.flush();
      return a ? a.next : i;
    }
    if (name === "skills" || name === "skillstext") {
      // twentysecondcv's sidebar: \skills{{name/level},…}, printed under "Skills".
      const a = this.arg(i, to);
      if (!a) return i;
      const names = this.s
        .slice(a.from, a.to)
        .split(/\}\s{0,20},\s{0,20}\{/)
        .map((x) =>
          x
            .replace(/[{}]/g, "")
            .replace(/\/[\d.\s]{1,10}$/, "")
            .trim(),
        )
        .filter(Boolean);
      this.flush();
      this.heading = 2;
      this.cur.push("Skills");
      this.n = this.at(a.from);
      this.flush();
      // (One line each, as the sidebar sets them: "Embedded C" is one skill, not a label.)
      for (const x of names) {
        this.n = this.at(a.from);
        this.bullet = true;
        this.itemDepth = 0;
        this.cur.push(x);
        this.flush();
      }
      return a.next;
    }
    if (name === "kern" || name === "hskip") {
      // \kern 5.0 mm: a dimension, no text.
      const m = /^\s{0,5}-?[\d.]{1,10}\s{0,3}(?:pt|mm|cm|em|ex|in|bp|sp|pc)?/.exec(this.s.slice(i, i + 30));
      return m ? i + m[0].length : i;
    }
    if (DEFINE.has(name)) {
      // \newcommand{\x}[2][d]{body}, \def\x#1{body}: skip to the end of the body.
      let k = i;
      const limit = Math.min(to, i + 400);
      while (k < limit && this.s[k] !== "{") k++;
      let a = this.arg(k, to);
      if (a && name !== "def" && name !== "let") {
        const b = this.arg(a.next, to);
        if (b) a = b;
        const c = name.endsWith("environment") ? this.arg(a.next, to) : undefined;
        if (c) a = c;
      }
      return a ? a.next : i;
    }
    if (name in DROP_ARGS) return this.args(i, to, DROP_ARGS[name]!).next;
    const sym = SYMBOLS[name];
    if (sym !== undefined) {
      if (sym) this.text(sym, i);
      // `Krak\AA s`: the space after a letter's control word ends the word, it is no space.
      if (LETTERS.has(name)) while (this.s[i] === " ") i++;
      return i;
    }
    // A macro the document defines with two or more arguments (`\newcommand{\jobline}[2]`), or one
    // written with several adjacent ones: a line of its own, each argument a cell, as a template sets them apart.
    const arity = this.arity.get(name) ?? 0;
    if (arity !== 1) {
      const { list, next } = this.args(i, to, arity || 9);
      if (list.length >= 2) {
        this.flush();
        let first = true;
        for (const a of list) {
          if (!/\S/.test(this.s.slice(a.from, a.to))) continue;
          if (!first) this.cell();
          first = false;
          sub(a);
        }
        this.flush();
        return next;
      }
    }
    // Unknown macro: dropped, its arguments' text kept.
    let next = i;
    if (this.s[next] === "[") {
      const j = this.bracket(next);
      if (j > 0 && j < to && j - next < 200) next = j + 1;
    }
    return next;
  }
}

/** The preamble's commands that are text: the headline and the contact details. */
const PREAMBLE = [
  "position",
  "tagline",
  "cvjobtitle",
  "about",
  "skills",
  "title",
  "social",
  ...Object.keys(CONTACTS),
  ...Object.keys(NETWORKS),
].join("|");

export function readLatex(src: string, skipped: Skipped[]): Line[] {
  const { s, close } = prepare(src);
  const r = new Reader(s, close);
  const begin = s.indexOf("\\begin{document}");
  const end = s.lastIndexOf("\\end{document}");
  if (begin >= 0) {
    // The preamble: only the identity commands are text.
    // The name first, then the headline and the contact lines, in the order written.
    const names = /\\(name|author|ecvname|cvname)(?![A-Za-z@])/g;
    for (let m = names.exec(s); m && m.index < begin; m = names.exec(s))
      r.command(m[1]!, m.index + m[0].length, begin);
    const re = new RegExp(String.raw`\\(${PREAMBLE})(?![A-Za-z@])`, "g");
    for (let m = re.exec(s); m && m.index < begin; m = re.exec(s)) {
      // moderncv's \title{…} under the name is a headline, not the document's title.
      if (m[1] === "title") {
        // (Unless it only says what the document is: "Curriculum Vitae", "Résumé".)
        const a = r.arg(m.index + m[0].length, begin);
        const t = a ? s.slice(a.from, a.to).trim() : "";
        if (!/^(?:curriculum vitae|cv|r[ée]sum[ée]|resume|lebenslauf)$/i.test(t.replace(/\\'\{?e\}?/g, "é")))
          r.command("position", m.index + m[0].length, begin);
      } else r.command(m[1]!, m.index + m[0].length, begin);
    }
    r.flush();
    if (begin > 0) skipped.push({ n: 1, text: "LaTeX preamble", why: "front matter" });
  }
  const from = begin >= 0 ? begin + "\\begin{document}".length : 0;
  r.run(from, end > from ? end : s.length);
  r.flush();
  return r.out;
}

/** LaTeX source: `\documentclass` or `\begin{document}` near the top, or several sectioning commands. */
export function looksLatex(rawLines: string[]): boolean {
  let score = 0;
  for (const l of rawLines.slice(0, 400)) {
    if (!l.includes("\\")) continue;
    if (/^[ \t]*\\(?:documentclass|begin\{document\})/.test(l)) return true;
    if (/^[ \t]*\\(?:section|subsection|cvsection|resumeSubheading|cventry|usepackage)\*?[{[]/.test(l))
      score++;
    if (score >= 3) return true;
  }
  return false;
}
