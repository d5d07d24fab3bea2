import { describe, expect, it } from "vitest";
import { sniffDialect } from "../../../src/parse/read/index.js";
import { read } from "./helpers.js";

const DOC = String.raw`\documentclass[11pt]{article}
\usepackage{hyperref}
\newcommand{\resumeItem}[2]{\item\small{\textbf{#1}{: #2 \vspace{-2pt}}}}
\name{Zofia}{Kettleborough}
\begin{document}
% a comment that is not text
\section{Experience}
\resumeSubheading
  {Tidewater Labs}{Bristol, UK}
  {Senior Hydrologist}{Jan 2019 -- Present}
\begin{itemize}
  \resumeItem{Flood model}{Cut run time by 40\% with \emph{sparse} grids}
  \item Wrote the \href{https://tide.test}{tide tables} \& charts
\end{itemize}
\cventry{2014--2018}{Analyst}{Riverine Ltd}{Leeds}{}{Built gauges}
\begin{tabular}{ l r }
  Python & expert \\
  Fortran & fair \\
\end{tabular}
Caf\'e \textbf{owner} \hfill 2012
\end{document}
`;

describe("LaTeX reader", () => {
  it("is sniffed from the content", () => {
    expect(sniffDialect(DOC.split("\n"), "cv.txt")).toBe("latex");
  });

  it("drops the preamble but its \\name, reads headings, template macros, items, tables and marks", () => {
    const lines = read(DOC, "cv.tex");
    expect(lines.map((l) => [l.n, l.cells, l.heading, l.bullet])).toEqual([
      [4, ["Zofia Kettleborough"], 1, false],
      [7, ["Experience"], 2, false],
      [9, ["Tidewater Labs", "Bristol, UK"], undefined, false],
      [10, ["Senior Hydrologist", "Jan 2019 – Present"], undefined, false],
      [12, ["Flood model: Cut run time by 40% with sparse grids"], undefined, true],
      [13, ["Wrote the tide tables & charts"], undefined, true],
      [15, ["2014–2018", "Analyst, Riverine Ltd, Leeds"], undefined, false],
      [15, ["Built gauges"], undefined, false],
      [17, ["Python", "expert"], undefined, false],
      [18, ["Fortran", "fair"], undefined, false],
      [20, ["Café owner", "2012"], undefined, false],
    ]);
    expect(lines[0]!.title).toBe(true);
    expect(lines.find((l) => l.n === 9)!.strong).toEqual(["Tidewater Labs"]);
    expect(lines.find((l) => l.n === 13)!.links).toEqual([{ text: "tide tables", url: "https://tide.test" }]);
    expect(lines.find((l) => l.n === 17)!.table).toEqual({ header: false });
    expect(lines.find((l) => l.n === 12)!.marks!.map((m) => m.kind)).toEqual(["bold", "italic"]);
  });

  it("reads the arguments of a macro the document defines as cells, and skips tabular*'s width and spec", () => {
    const doc = String.raw`\documentclass{article}
\newcommand{\placeline}[2]{\begin{tabular*}{\textwidth}{l@{\extracolsep{\fill}}r}\textbf{#1} & #2 \\\end{tabular*}}
\newcommand\roleline[2]{\textit{#1} \hfill #2}
\begin{document}
\begin{tabular*}{\textwidth}{l@{\extracolsep{\fill}}r}
  \textbf{\Large Oona Brightwell} & Mobile: +44 7700 900123 \\
\end{tabular*}
\section{Experience}
\placeline
  {Quillfeather Analytics}{Norwich, UK}
\roleline
  {Data Steward - Records Engineering}{Mar 2017 - Present}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => l.cells)).toEqual([
      ["Oona Brightwell", "Mobile: +44 7700 900123"],
      ["Experience"],
      ["Quillfeather Analytics", "Norwich, UK"],
      ["Data Steward - Records Engineering", "Mar 2017 - Present"],
    ]);
  });
});
