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
      [15, ["Riverine Ltd", "Leeds"], undefined, false],
      [15, ["Analyst", "2014–2018"], undefined, false],
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

  it("sets awesome-cv's five-argument \\cventry as its organisation line over its role line", () => {
    const doc = String.raw`\documentclass{awesome-cv}
\name{Ola}{Brekke}
\position{Data Engineer{\enskip\cdotp\enskip}Analyst}
\github{obrekke}
\begin{document}
\cvsection{Experience}
\begin{cventries}
  \cventry{Data Engineer}{Fjellnett AS}{Bergen, Norway}{Jan. 2020 - Present}{
    \begin{cvitems}
      \item {Moved the nightly batch to streaming}
    \end{cvitems}}
  \cventry{Intern}{}{}{Summer 2018}{}
\end{cventries}
\cvhonor{Winner}{Fjord Hack}{Oslo}{2019}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => [l.cells, l.bullet])).toEqual([
      [["Ola Brekke"], false],
      [["Data Engineer · Analyst"], false],
      [["https://github.com/obrekke"], false],
      [["Experience"], false],
      [["Fjellnett AS", "Bergen, Norway"], false],
      [["Data Engineer", "Jan. 2020 - Present"], false],
      [["Moved the nightly batch to streaming"], true],
      [["Intern", "Summer 2018"], false],
      [["2019", "Winner — Fjord Hack (Oslo)"], false],
    ]);
  });

  it("sets moderncv's six-argument \\cventry as where, then what and when; reads its identity and item macros", () => {
    const doc = String.raw`\documentclass{moderncv}
\name{Kari}{Nordmann}
\title{Curriculum Vitae}
\social[linkedin]{karin}
\begin{document}
\cventry{2015--2019}{Hydrologist}{Vann AS}{\AA s}{}{Flood studies.}
\cventry{2010--2014}{MSc}{}{}{Grade A}{}
\cvitemwithcomment{English}{Fluent}{C1, IELTS 8.0}
\cvdoubleitem{GIS}{QGIS}{Office}{Excel}
\begin{itemize}[leftmargin=0.15in, label={}]
\item Skiing
\end{itemize}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => l.cells)).toEqual([
      ["Kari Nordmann"],
      ["https://www.linkedin.com/in/karin"],
      ["Vann AS", "Ås"],
      ["Hydrologist", "2015–2019"],
      ["Flood studies."],
      ["MSc", "2010–2014"],
      ["Grade A"],
      ["English", "Fluent (C1, IELTS 8.0)"],
      ["GIS", "QGIS"],
      ["Office", "Excel"],
      ["Skiing"],
    ]);
  });

  it("reads altacv's \\cvevent and \\cvtag, and europasscv's \\ecvtitle with the item under it", () => {
    const doc = String.raw`\documentclass{altacv}
\name{Lea Roux}
\tagline{Designer}
\begin{document}
\cvevent{UX Designer}{Atelier Bleu}{2017 -- 2020}{Lyon}
\cvtag{Figma}
\cvtag{Research}
\ecvtitle{2019 -- Present}{Engineer}
\ecvitem{}{Ponti S.p.A., Bologna (Italy)}
\ecvitem{}{Bridge checks}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => [l.cells, l.bullet])).toEqual([
      [["Lea Roux"], false],
      [["Designer"], false],
      [["Atelier Bleu", "Lyon"], false],
      [["UX Designer", "2017 – 2020"], false],
      [["Figma, Research"], false],
      [["Ponti S.p.A.", "Bologna, Italy"], false],
      [["Engineer", "2019 – Present"], false],
      [["Bridge checks"], true],
    ]);
  });

  it("sets RenderCV's twocolentry as one line, its right-hand column's paragraphs as cells; \\kern is no text", () => {
    const doc = String.raw`\documentclass{article}
\begin{document}
\mbox{Oslo}\kern 5.0 pt%
\begin{twocolentry}{
    Bergen, Norway

    Jan 2020 – present
}
    \textbf{Fjordkraft}, Analyst\end{twocolentry}
\begin{onecolentry}
\begin{highlights}
\item Built the tariff model.
\end{highlights}
\end{onecolentry}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => [l.cells, l.bullet])).toEqual([
      [["Oslo"], false],
      [["Fjordkraft, Analyst", "Bergen, Norway", "Jan 2020 – present"], false],
      [["Built the tariff model."], true],
    ]);
  });

  it("reads resume.cls's rSection and rSubsection, friggeri's \\entry and twentysecondcv's \\twentyitem", () => {
    const doc = String.raw`\documentclass{resume}
\begin{document}
\begin{rSection}{Experience}
\begin{rSubsection}{Tarn Mills}{2019 - Present}{Weaver}{Kendal}
\item Ran the looms.
\end{rSubsection}
\end{rSection}
\entry{2015--2019}{Dale Dyeworks}{Sedbergh}{\emph{Dyer} \\ Mixed the indigo vats.}
\twentyitem{2012 -- 2015}{Apprentice}{Fell Wool Co}{Carded fleeces.}
\end{document}
`;
    expect(read(doc, "cv.tex").map((l) => [l.cells, l.heading ?? l.bullet])).toEqual([
      [["Experience"], 2],
      [["Tarn Mills", "2019 - Present"], false],
      [["Weaver", "Kendal"], false],
      [["Ran the looms."], true],
      [["Dale Dyeworks", "Sedbergh"], false],
      [["Dyer", "2015–2019"], false],
      [["Mixed the indigo vats."], false],
      [["Fell Wool Co"], false],
      [["Apprentice", "2012 – 2015"], false],
      [["Carded fleeces."], false],
    ]);
  });
});
