/**
 * LaTeX source reader. The preamble (before `\begin{document}`) is dropped except the
 * moderncv identity commands (`\name{First}{Last}` → the document title; `\email`, `\phone`,
 * `\homepage`, `\address` → contact lines). In the body: `\section`-family headings,
 * `\textbf`/`\textit`/`\emph`/`\texttt` marks, `\href{url}{text}` and `\url` links, `itemize`
 * items as bullets with depth, `tabular` rows (`&` cells, `\\` row ends), `\hfill` as a cell
 * break, moderncv's `\cventry` and `\cvitem`, the sb2nov template's `\resumeSubheading` (two
 * lines of two cells, as the PDF shows them), `\resumeItem` and `\resumeSubItem`; `%`
 * comments, spacing and definition commands dropped; other macros dropped with their text kept.
 *
 * Linear: comments are blanked and braces matched in one pass each before reading.
 */
import type { Line, Skipped } from "../line.js";
import { lineAt, lineStarts } from "./html.js";
import { Inline, toLine } from "./inline.js";

const SYMBOLS: Record<string, string> = {
  ldots: "…",
  dots: "…",
  textbullet: "•",
  bullet: "•",
  cdot: "·",
  textbar: "|",
  textasciitilde: "~",
  quad: " ",
  qquad: " ",
  LaTeX: "LaTeX",
  TeX: "TeX",
  approx: "≈",
  times: "×",
  to: "→",
  rightarrow: "→",
  textendash: "–",
  textemdash: "—",
  sim: "~",
  le: "≤",
  ge: "≥",
  pm: "±",
  textregistered: "®",
  copyright: "©",
  S: "§",
  ss: "ß",
  o: "ø",
  O: "Ø",
  ae: "æ",
  AE: "Æ",
  aa: "å",
  AA: "Å",
  textpipe: "|",
  slash: "/",
  textbackslash: "\\",
  faPhone: "",
  faEnvelope: "",
  faGithub: "",
  faLinkedin: "",
  hline: "",
};
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  '"': "\u0308",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  c: "\u0327",
  v: "\u030C",
  u: "\u0306",
  H: "\u030B",
  k: "\u0328",
};
/** Commands dropped together with their arguments: layout, definitions, references. */
const DROP_ARGS: Record<string, number> = {
  vspace: 1,
  hspace: 1,
  vskip: 0,
  setlength: 2,
  addtolength: 2,
  usepackage: 1,
  documentclass: 1,
  pagestyle: 1,
  thispagestyle: 1,
  fontsize: 2,
  color: 1,
  definecolor: 3,
  titleformat: 5,
  titlespacing: 5,
  geometry: 1,
  includegraphics: 1,
  label: 1,
  ref: 1,
  input: 1,
  include: 1,
  hypersetup: 1,
  setcounter: 2,
  addtocounter: 2,
  newlength: 1,
  pagenumbering: 1,
  moderncvstyle: 1,
  moderncvcolor: 1,
  photo: 1,
  raisebox: 1,
  rule: 2,
  fancyhf: 1,
  fancyfoot: 1,
  fancyhead: 1,
  setmainfont: 1,
  newgeometry: 1,
  urlstyle: 1,
  linespread: 1,
  cite: 1,
  nocite: 1,
  bibliographystyle: 1,
  bibliography: 1,
  enlargethispage: 1,
  special: 1,
};
const HEADINGS: Record<string, number> = {
  chapter: 1,
  section: 2,
  cvsection: 2,
  subsection: 3,
  cvsubsection: 3,
  subsubsection: 4,
  paragraph: 5,
};
const MARKS: Record<string, "bold" | "italic" | "code"> = {
  textbf: "bold",
  bfseries: "bold",
  bf: "bold",
  textit: "italic",
  emph: "italic",
  textsl: "italic",
  it: "italic",
  itshape: "italic",
  texttt: "code",
  ttfamily: "code",
};
const DEFINE = new Set([
  "newcommand",
  "renewcommand",
  "providecommand",
  "newenvironment",
  "renewenvironment",
  "def",
  "let",
  "DeclareMathOperator",
]);

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
  }

  text(t: string, offset: number): void {
    if (t.trim() && !this.n) this.n = this.at(offset + (t.length - t.trimStart().length));
    this.cur.push(t);
  }

  cell(): void {
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
          if (sym === "\\") {
            emit();
            this.flush();
            if (s[next] === "[") next = Math.max(next, this.bracket(next) + 1);
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
      if (c === "\n" && s[i + 1] !== undefined && /^\n[ \t]*\n/.test(s.slice(i, i + 40))) {
        emit();
        this.flush();
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
        if (env === "itemize" || env === "enumerate" || env === "description") {
          this.flush();
          this.depth++;
        } else if (/^(?:tabular|tabularx|tabu|longtable|array)$/.test(env)) {
          this.flush();
          this.table++;
          // \begin{tabular}{spec}; tabularx and tabular* take a width first.
          const starred = this.s[a.to - 1] === "*";
          next = this.args(next, to, env === "tabularx" || starred ? 2 : 1).next;
        } else if (env === "minipage") {
          this.flush();
          next = this.args(next, to, 1).next;
        } else if (env === "multicols") next = this.args(next, to, 1).next;
        else this.flush();
      } else {
        this.flush();
        if (env === "itemize" || env === "enumerate" || env === "description")
          this.depth = Math.max(-1, this.depth - 1);
        else if (/^(?:tabular|tabularx|tabu|longtable|array)$/.test(env))
          this.table = Math.max(0, this.table - 1);
      }
      return next;
    }
    if (name in HEADINGS) {
      const a = this.arg(i, to);
      this.flush();
      this.heading = HEADINGS[name];
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
    if (name === "href") {
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
    if (name === "hfill" || name === "hfil") {
      this.cell();
      return i;
    }
    if (name === "newline" || name === "par" || name === "linebreak" || name === "break") {
      this.flush();
      return i;
    }
    if (name === "cventry" || name === "cvitem" || name === "cvitemwithcomment" || name === "cvlistitem") {
      const count = name === "cventry" ? 6 : name === "cvitem" ? 2 : name === "cvlistitem" ? 1 : 3;
      const { list, next } = this.args(i, to, count);
      this.flush();
      if (name === "cvlistitem") {
        this.bullet = true;
        sub(list[0]);
      } else {
        sub(list[0]);
        this.cell();
        if (name === "cventry") {
          const pieces = list.slice(1, 5).filter((a) => this.s.slice(a.from, a.to).trim() !== "");
          pieces.forEach((a, k) => {
            if (k > 0) this.cur.push(", ");
            if (k === 0) this.cur.begin("bold");
            if (k === 1) this.cur.begin("italic");
            sub(a);
            if (k === 0) this.cur.end("bold");
            if (k === 1) this.cur.end("italic");
          });
          this.flush();
          sub(list[5]);
        } else list.slice(1).forEach((a, k) => (k > 0 ? (this.cur.push(" "), sub(a)) : sub(a)));
      }
      this.flush();
      return next;
    }
    if (name === "resumeSubheading" || name === "resumeSubSubheading" || name === "resumeProjectHeading") {
      const count = name === "resumeSubheading" ? 4 : 2;
      const { list, next } = this.args(i, to, count);
      this.flush();
      for (let k = 0; k < list.length; k += 2) {
        this.cur.begin(k === 0 ? "bold" : "italic");
        sub(list[k]);
        this.cur.end(k === 0 ? "bold" : "italic");
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
    if (name === "name" || name === "author" || name === "title") {
      const { list, next } = this.args(i, to, name === "name" ? 2 : 1);
      this.flush();
      this.heading = 1;
      this.title = true;
      list.forEach((a, k) => {
        if (k > 0) this.cur.push(" ");
        sub(a);
      });
      this.flush();
      return next;
    }
    if (
      name === "email" ||
      name === "phone" ||
      name === "homepage" ||
      name === "address" ||
      name === "mobile" ||
      name === "social"
    ) {
      const { list, next } = this.args(i, to, name === "address" ? 3 : 1);
      this.flush();
      const label = {
        email: "Email",
        phone: "Phone",
        mobile: "Phone",
        homepage: "Web",
        address: "Address",
        social: "Profile",
      }[name];
      this.cur.push(`${label}: `);
      list.forEach((a, k) => {
        if (k > 0) this.cur.push(", ");
        sub(a);
      });
      this.flush();
      return next;
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
      return /^[ \t]/.test(this.s[i] ?? "") && sym !== " " ? i : i;
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

export function readLatex(src: string, skipped: Skipped[]): Line[] {
  const { s, close } = prepare(src);
  const r = new Reader(s, close);
  const begin = s.indexOf("\\begin{document}");
  const end = s.lastIndexOf("\\end{document}");
  if (begin >= 0) {
    // The preamble: only the identity commands are text.
    const re = /\\(name|author|email|phone|mobile|homepage|address|social)\b/g;
    for (let m = re.exec(s); m && m.index < begin; m = re.exec(s))
      r.command(m[1]!, m.index + m[0].length, begin);
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
    if (/^[ \t]*\\(?:documentclass|begin\{document\})/.test(l)) return true;
    if (/^[ \t]*\\(?:section|subsection|cvsection|resumeSubheading|cventry|usepackage)\*?[{[]/.test(l))
      score++;
    if (score >= 3) return true;
  }
  return false;
}
