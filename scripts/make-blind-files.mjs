// Writes test/blind-files/docs/: invented résumés (nobody real, invented words) laid out the
// way Word, Google Docs, LaTeX and design tools lay out a CV in PDF and Word files:
// `node scripts/make-blind-files.mjs`. The outputs are committed (their truth, by hand, is in
// test/blind-files/expected); re-run this only to change them.
//
// The PDFs are written with pdf-lib at the operator level, to get what those tools put in a
// file and a simple `drawText` does not: one text item per word (Word), character spacing
// (`Tc`, design tools' letter-spaced headings), small caps drawn as two sizes, ligature glyphs
// (`/fi`, `/fl` through an encoding's Differences, as TeX fonts have them), a Symbol bullet
// mapped to a private-use code point (Word's ``), items written out of reading order
// (design tools), running headers and page numbers. The Word files are written with docx.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  PDFDocument,
  PDFHexString,
  StandardFonts,
  beginText,
  endText,
  moveText,
  rgb,
  setCharacterSpacing,
  setFontAndSize,
  showText,
} from "pdf-lib";
import * as docx from "docx";
import JSZip from "jszip";

const out = "test/blind-files/docs";
mkdirSync(out, { recursive: true });
const when = new Date("2026-01-01T00:00:00Z");

// ---------------------------------------------------------------------------------------
// PDF writing

/** A PDF with fonts that can draw any text item: `draw(page, text, x, y, opts)`. */
async function sheet() {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const std = {};
  for (const [k, v] of Object.entries({
    sans: StandardFonts.Helvetica,
    sansBold: StandardFonts.HelveticaBold,
    sansItalic: StandardFonts.HelveticaOblique,
    serif: StandardFonts.TimesRoman,
    serifBold: StandardFonts.TimesRomanBold,
    serifItalic: StandardFonts.TimesRomanItalic,
    dingbats: StandardFonts.ZapfDingbats,
  }))
    std[k] = await pdf.embedFont(v);
  // TeX-like fonts: Times with the fi and fl ligature glyphs at codes 1 and 2.
  const ligature = (base, metrics) => {
    const ref = pdf.context.register(
      pdf.context.obj({
        Type: "Font",
        Subtype: "Type1",
        BaseFont: base,
        Encoding: { Type: "Encoding", BaseEncoding: "WinAnsiEncoding", Differences: [1, "fi", "fl"] },
      }),
    );
    return {
      ref,
      name: base,
      encode: (s) =>
        Array.from(s)
          .map((c) => (c === "ﬁ" ? "01" : c === "ﬂ" ? "02" : metrics.encodeText(c).toString().slice(1, -1)))
          .join(""),
      width: (s, size) => metrics.widthOfTextAtSize(s.replace(/ﬁ/g, "fi").replace(/ﬂ/g, "fl"), size),
    };
  };
  // Word's bullet: the Symbol font's code 0xB7, its ToUnicode mapping to U+F0B7 (private use).
  const cmap = pdf.context.stream(
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) " +
      "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def " +
      "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <B7> <F0B7> endbfchar " +
      "endcmap CMapName currentdict /CMap defineresource pop end end",
  );
  const symbol = {
    ref: pdf.context.register(
      pdf.context.obj({
        Type: "Font",
        Subtype: "Type1",
        BaseFont: "Symbol",
        ToUnicode: pdf.context.register(cmap),
      }),
    ),
    name: "Symbol",
    encode: () => "B7",
    width: (_s, size) => size * 0.46,
  };
  const fonts = {
    ...Object.fromEntries(
      Object.entries(std).map(([k, f]) => [
        k,
        {
          ref: f.ref,
          name: f.name,
          encode: (s) => f.encodeText(s).toString().slice(1, -1),
          width: (s, size) => f.widthOfTextAtSize(s, size),
        },
      ]),
    ),
    tex: ligature("Times-Roman", std.serif),
    texBold: ligature("Times-Bold", std.serifBold),
    texItalic: ligature("Times-Italic", std.serifItalic),
    symbol,
  };
  const keys = new Map();
  /** One text item (one Tj), with `tc` character spacing. */
  const item = (page, s, x, y, { font = "sans", size = 10, tc = 0 } = {}) => {
    const f = fonts[font];
    const perPage = keys.get(page) ?? new Map();
    keys.set(page, perPage);
    if (!perPage.has(font)) perPage.set(font, page.node.newFontDictionary(font, f.ref));
    page.pushOperators(
      beginText(),
      setFontAndSize(perPage.get(font), size),
      setCharacterSpacing(tc),
      moveText(x, y),
      showText(PDFHexString.of(f.encode(s))),
      endText(),
    );
    return f.width(s, size) + tc * Array.from(s).length;
  };
  /** Text as Word writes it: one item per word, the spaces as gaps. Returns the end x. */
  const words = (page, s, x, y, opts = {}) => {
    const f = fonts[opts.font ?? "sans"];
    const size = opts.size ?? 10;
    const space = f.width(" ", size);
    let at = x;
    for (const w of s.split(" ")) {
      if (w) at += item(page, w, at, y, opts);
      at += space;
    }
    return at - space;
  };
  const width = (s, opts = {}) => fonts[opts.font ?? "sans"].width(s, opts.size ?? 10);
  return { pdf, item, words, width };
}

/**
 * p01: a Word résumé saved as PDF. A shaded left sidebar (the name in two lines, contact,
 * skills, languages) and a main column (profile, experience, education) on baselines of their
 * own; one item per word; job titles with the dates right-aligned on the same line; Symbol
 * bullets (U+F0B7) hanging left of their text.
 */
async function wordSidebar() {
  const { pdf, item, words, width } = await sheet();
  const W = 612;
  const page = pdf.addPage([W, 792]);
  page.drawRectangle({ x: 0, y: 0, width: 200, height: 792, color: rgb(0.92, 0.94, 0.96) });
  let y = 740;
  const side = (s, opts = {}, lead = 13) => {
    words(page, s, 30, y, opts);
    y -= lead;
  };
  side("Oriel", { font: "sansBold", size: 22 }, 26);
  side("Bastable-Finch", { font: "sansBold", size: 22 }, 22);
  side("Hydrologist", { size: 11 }, 34);
  side("CONTACT", { font: "sansBold", size: 11 }, 16);
  side("oriel.bf@example.org", { size: 9 });
  side("+44 1632 960 415", { size: 9 });
  side("Kendal, Cumbria", { size: 9 }, 30);
  side("SKILLS", { font: "sansBold", size: 11 }, 16);
  for (const s of ["HEC-RAS", "ArcGIS", "Python", "R", "Flood modelling"]) side(s, { size: 9 });
  y -= 17;
  side("LANGUAGES", { font: "sansBold", size: 11 }, 16);
  side("English (native)", { size: 9 });
  side("Welsh (conversational)", { size: 9 });

  const X = 228;
  const R = W - 36;
  y = 737;
  const main = (s, opts = {}, lead = 13.8, x = X) => {
    words(page, s, x, y, opts);
    y -= lead;
  };
  const dated = (left, date) => {
    words(page, left, X, y, { font: "sansBold", size: 10.5 });
    words(page, date, R - width(date, { size: 10 }), y, { size: 10 });
    y -= 13.8;
  };
  const bullet = (lines) => {
    item(page, "\uf0b7", X + 4, y, { font: "symbol", size: 10 });
    for (const l of lines) main(l, { size: 10 }, 13.8, X + 18);
  };
  main("PROFILE", { font: "sansBold", size: 12 }, 18);
  main("Hydrologist with nine years of catchment studies and flood risk work for water", { size: 10 });
  main("companies and councils, from field gauging to the models planners rely on.", { size: 10 }, 26);
  main("EXPERIENCE", { font: "sansBold", size: 12 }, 18);
  dated("Senior Hydrologist, Fenwick Water Trust", "Apr 2019 – Present");
  main("Kendal, Cumbria", { font: "sansItalic", size: 10 });
  bullet(["Built the river model behind the trust's flood warnings for", "eleven towns."]);
  bullet(["Ran a gauging team of four across the upland catchments."]);
  y -= 10;
  dated("Hydrologist, Carrow & Dunmere Consulting", "Sep 2015 – Mar 2019");
  main("Lancaster", { font: "sansItalic", size: 10 });
  bullet(["Wrote flood consequence assessments for sixty housing schemes."]);
  y -= 12;
  main("EDUCATION", { font: "sansBold", size: 12 }, 18);
  dated("MSc Hydrology, University of Threlkeld", "2013 – 2015");
  dated("BSc Geography, Halsted College", "2010 – 2013");
  return pdf.save({ useObjectStreams: false });
}

/**
 * p02: a Google Docs résumé, two pages. Letter-spaced headings typed with spaces
 * ("E X P E R I E N C E", "W O R K   H I S T O R Y" style), company and dates on one line
 * (the dates at the right margin), title below; square bullets (ZapfDingbats); a job whose
 * bullets run over the page break; a running header on page two and "Page N of 2" footers.
 */
async function docsTwoPage() {
  const { pdf, item, words, width } = await sheet();
  const W = 612;
  const L = 54;
  const R = W - 54;
  let page = pdf.addPage([W, 792]);
  let y = 730;
  const line = (s, opts = {}, lead = 14, x = L) => {
    words(page, s, x, y, opts);
    y -= lead;
  };
  const center = (s, opts = {}, lead = 14) => line(s, opts, lead, (W - width(s, opts)) / 2);
  const heading = (s) => {
    y -= 8;
    line(s.split("").join(" ").replace(/ {3}/g, "   "), { font: "sansBold", size: 11 }, 18);
  };
  const job = (company, date, title) => {
    words(page, company, L, y, { font: "sansBold", size: 10.5 });
    words(page, date, R - width(date, { size: 10 }), y, { size: 10 });
    y -= 14;
    line(title, { font: "sansItalic", size: 10 });
  };
  const bullet = (s) => {
    item(page, "■", L + 6, y + 1, { font: "dingbats", size: 5 });
    line(s, { size: 10 }, 14, L + 18);
  };
  const footer = (n) => {
    const t = `Page ${n} of 2`;
    words(page, t, (W - width(t, { size: 8 })) / 2, 36, { size: 8 });
  };
  center("Sunniva Achterberg", { font: "sansBold", size: 20 }, 20);
  center("Product Manager", { size: 11 }, 16);
  center("Utrecht, Netherlands • +31 6 5550 1842 • sunniva.achterberg@example.nl", { size: 9.5 }, 22);
  heading("SUMMARY");
  line("Product manager for mobility and banking apps; I turn vague goals into roadmaps teams", { size: 10 });
  line("can ship, and measure what happens after launch.", { size: 10 });
  heading("EXPERIENCE");
  job("Lindqvist Mobility, Utrecht", "Jan 2020 – Present", "Product Manager");
  bullet("Owned the journey planner used by 1.2 million riders a month.");
  bullet("Cut checkout drop-off by a third with a redesigned ticket flow.");
  bullet("Set up the experiment platform and trained six squads to use it.");
  y -= 6;
  job("Harrowgate Bank, Amsterdam", "Mar 2017 – Dec 2019", "Associate Product Manager");
  bullet("Launched savings pots in the mobile app.");
  for (let k = 0; y > 120; k++)
    bullet(
      [
        "Ran customer interviews every fortnight and shared the notes with engineering.",
        "Wrote the specifications for instant payments between accounts.",
        "Worked with compliance on the consent screens for open banking.",
        "Moved the release train from monthly to fortnightly.",
        "Kept the backlog for the cards team through two reorganisations.",
        "Presented the quarterly roadmap to the board's digital committee.",
        "Mentored two graduate product analysts.",
        "Wrote the help centre pages for every feature launched.",
        "Joined the on-call rota for payment incidents as the product contact.",
        "Led the vendor review of three chat-support tools.",
        "Tracked adoption weekly in a shared dashboard.",
        "Reduced support tickets about card limits by half.",
        "Helped hire the first product designer for the team.",
        "Ran the quarterly planning sessions for four teams.",
        "Wrote the first product principles document for the bank.",
        "Cleaned up eighty stale feature flags with the platform team.",
        "Organised the first customer advisory panel.",
        "Tested new onboarding copy with two hundred customers.",
        "Shipped dark mode for the banking app.",
        "Gave the product talk at the bank's first open day.",
        "Sat on the accessibility working group.",
        "Ran the migration of app analytics to a new vendor.",
        "Cut the time to open an account from nine minutes to four.",
        "Brought release notes into the app itself.",
        "Drafted the first roadmap for business accounts.",
        "Coordinated three teams for the new card designs.",
        "Wrote weekly updates for stakeholders across the bank.",
        "Set targets for app ratings and met them two quarters early.",
        "Helped the data team define the active-customer metric.",
        "Built the first prototype of spending insights.",
        "Ran a hack week on budgeting tools.",
        "Reviewed every customer complaint about the app each month.",
        "Took over the card-freeze feature from its first owner.",
      ][k % 33],
    );
  footer(1);
  page = pdf.addPage([W, 792]);
  words(page, "Sunniva Achterberg – Résumé", L, 760, { size: 8 });
  y = 730;
  bullet("Planned the app's move to a new design system with two other teams.");
  y -= 6;
  job("Pemberly Digital, Rotterdam", "Sep 2014 – Feb 2017", "Business Analyst");
  bullet("Mapped the order process of a grocery chain and found its two worst bottlenecks.");
  heading("EDUCATION");
  job("Vanterpool School of Business", "2012 – 2014", "MBA, Technology Management");
  job("University of Kestrel Bay", "2009 – 2012", "BA Economics");
  heading("SKILLS");
  line("Roadmapping, SQL, Amplitude, Jira, A/B testing, User interviews", { size: 10 });
  footer(2);
  return pdf.save({ useObjectStreams: false });
}

/**
 * p03: a LaTeX CV (article class look): Times with fi/fl ligature glyphs, section headings in
 * small caps (a large capital then smaller capitals, two items), an entry's company in bold
 * with the city at the right, the title in italics with the dates at the right, justified
 * paragraphs hyphenated at line ends, itemize bullets, a bare page number at the foot.
 */
async function latexCv() {
  const { pdf, item, words, width } = await sheet();
  const W = 612;
  const L = 72;
  const R = W - 72;
  const page = pdf.addPage([W, 792]);
  let y = 720;
  const text = (s, x, opts) => words(page, lig(s), x, y, { font: "tex", size: 10.5, ...opts });
  const line = (s, opts = {}, lead = 13, x = L) => {
    text(s, x, opts);
    y -= lead;
  };
  const right = (s, opts = {}) => text(s, R - width(lig(s), { font: "tex", size: 10.5, ...opts }), opts);
  const smallCaps = (s) => {
    y -= 10;
    let x = L;
    for (const w of s.split(" ")) {
      x += item(page, w[0], x, y, { font: "tex", size: 13 });
      x += item(page, w.slice(1).toUpperCase(), x, y, { font: "tex", size: 10.4 });
      x += width(" ", { font: "tex", size: 13 });
    }
    page.drawLine({ start: { x: L, y: y - 4 }, end: { x: R, y: y - 4 }, thickness: 0.4 });
    y -= 18;
  };
  const entry = (org, city, title, dates) => {
    text(org, L, { font: "texBold" });
    right(city);
    y -= 13;
    text(title, L, { font: "texItalic" });
    right(dates);
    y -= 14;
  };
  const bullet = (lines) => {
    item(page, "•", L + 8, y, { font: "tex", size: 10.5 });
    for (const l of lines) line(l, {}, 13, L + 18);
  };
  const c = (s) => (W - width(lig(s), { font: "texBold", size: 20 })) / 2;
  text("Teodor Wąsik-Harlan".replace("ą", "a"), c("Teodor Wasik-Harlan"), { font: "texBold", size: 20 });
  y -= 18;
  const contact = "teodor.harlan@example.com  |  +48 555 019 377  |  Wrocław, Poland".replace("ł", "l");
  line(contact, {}, 14, (W - width(contact, { font: "tex", size: 10.5 })) / 2);
  smallCaps("Profile");
  line("Physicist turned data scientist. I build efficient, well-profiled workflows for scien-");
  line("tific and financial data, and I like the offline part of the job: checking, cleaning and");
  line("explaining what the numbers mean to the people who have to act on them.");
  smallCaps("Experience");
  entry("Quantifold Research", "Kraków", "Senior Data Scientist", "Feb 2021 – present");
  bullet([
    "Profiled and rewrote the risk workflow in Julia, cutting the nightly run from",
    "six hours to fifty minutes.",
  ]);
  bullet(["Built the fraud classifier now used for every inflow above the alert limit."]);
  y -= 4;
  entry("Institute for Fluid Systems", "Marrenburg", "Postdoctoral Fellow", "Oct 2018 – Jan 2021");
  bullet([
    "Simulated turbulent flows on a 2,000-core cluster; three papers, one on shallow-",
    "water outflows.",
  ]);
  smallCaps("Education");
  entry("University of Marrenburg", "Marrenburg", "PhD in Physics", "2014 – 2018");
  entry("Colby-Rand Institute", "Leeds", "MSc Theoretical Physics", "2012 – 2014");
  smallCaps("Skills");
  line("Python, PyTorch, Julia, Spark, SQL, scientific computing, Bayesian statistics");
  words(page, "1", W / 2 - 3, 50, { font: "tex", size: 10 });
  return pdf.save({ useObjectStreams: false });
}

/** Ligatures as a TeX font sets them. */
function lig(s) {
  return s.replace(/fi/g, "ﬁ").replace(/fl/g, "ﬂ");
}

/**
 * p04: a design tool's résumé (Canva-like). Main column on the left, a sidebar on the right;
 * the name and headings letter-spaced with character spacing (one item each), the items
 * written in the order the boxes were drawn (sidebar first, headings last), each job a title
 * line over "Company | dates".
 */
async function designTool() {
  const { pdf, item } = await sheet();
  const W = 595;
  const page = pdf.addPage([W, 842]);
  page.drawRectangle({ x: 400, y: 0, width: 195, height: 842, color: rgb(0.95, 0.9, 0.86) });
  const boxes = [];
  const box = (s, x, y, opts) => boxes.push({ s, x, y, opts });
  // Sidebar.
  let y = 700;
  const side = (s, opts = { size: 9.5 }, lead = 14) => {
    box(s, 420, y, opts);
    y -= lead;
  };
  const spaced = { font: "sansBold", size: 10, tc: 2.6 };
  side("CONTACT", spaced, 20);
  side("mireille.ol@example.com");
  side("+46 70 555 21 09");
  side("Malmö, Sweden", undefined, 30);
  side("SKILLS", spaced, 20);
  for (const s of ["Illustrator", "InDesign", "Figma", "Typography", "Motion design"]) side(s);
  y -= 16;
  side("EDUCATION", spaced, 20);
  side("BA Graphic Design", { font: "sansBold", size: 9.5 });
  side("Ashbourne School of Art");
  side("2012 – 2015");
  // Main column.
  box("MIREILLE OKAFOR-LINDGREN", 40, 770, { font: "sansBold", size: 20, tc: 3 });
  box("BRAND DESIGNER", 40, 748, { size: 11, tc: 2 });
  y = 700;
  const main = (s, opts = { size: 10 }, lead = 15) => {
    box(s, 40, y, opts);
    y -= lead;
  };
  main("PROFILE", spaced, 20);
  main("I design identities that survive contact with real printers, shop fronts and");
  main("phone screens, for cultural clients and consumer brands.", undefined, 28);
  main("WORK EXPERIENCE", spaced, 22);
  main("Senior Brand Designer", { font: "sansBold", size: 11 });
  main("Studio Pelorus | 2020 – Present", { size: 9.5 });
  main("• Led identity projects for two museums and a ferry line.");
  main("• Art-directed photo shoots and wrote the brand guidelines.", undefined, 24);
  main("Junior Designer", { font: "sansBold", size: 11 });
  main("Wexcombe Print Co. | 2016 – 2020", { size: 9.5 });
  main("• Prepared print files for packaging and point-of-sale work.", undefined, 24);
  // Headings were added last (another layer): draw the rest first.
  const isHeading = (b) => b.opts?.tc;
  for (const b of [...boxes.filter((b) => !isHeading(b)), ...boxes.filter(isHeading)])
    item(page, b.s, b.x, b.y, b.opts ?? { size: 9.5 });
  return pdf.save({ useObjectStreams: false });
}

/**
 * p05: a Word résumé made with a two-column table and saved as PDF: both columns on one grid
 * (the same baselines), the sidebar on the right (skills, languages, certificates), the main
 * column on the left with "Company — City" over "Title" and the dates right-aligned in the
 * main column; a running footer with the name and page number on both pages.
 */
async function wordGridTable() {
  const { pdf, words, width } = await sheet();
  const W = 595;
  let page = pdf.addPage([W, 842]);
  words(page, "Ambrose Kettleby-Nunes", 40, 790, { font: "sansBold", size: 22 });
  words(page, "Quantity Surveyor  ·  ambrose.kn@example.co.uk  ·  +44 29 2018 0733  ·  Cardiff", 40, 770, {
    size: 9.5,
  });
  const main = [
    ["EXPERIENCE", "h"],
    ["Brenig Construction — Cardiff", "b", "Jan 2021 – Present"],
    ["Senior Quantity Surveyor", ""],
    ["Priced and ran contracts for six school builds worth £48m.", "i"],
    ["Settled final accounts within four months of completion.", "i"],
    ["", ""],
    ["Ystrad & Moel Partnership — Swansea", "b", "Jul 2016 – Dec 2020"],
    ["Quantity Surveyor", ""],
    ["Prepared cost plans for housing association schemes.", "i"],
    ["", ""],
    ["EDUCATION", "h"],
    ["Coedwig University", "b", "2012 – 2016"],
    ["BSc Quantity Surveying", ""],
  ];
  const side = [
    ["SKILLS", "h"],
    ["NEC4 contracts", ""],
    ["CostX", ""],
    ["Cost planning", ""],
    ["Excel", ""],
    ["", ""],
    ["LANGUAGES", "h"],
    ["English, Welsh", ""],
    ["", ""],
    ["CERTIFICATES", "h"],
    ["MRICS (2019)", ""],
  ];
  const style = (kind) =>
    kind === "h"
      ? { font: "sansBold", size: 11 }
      : kind === "b"
        ? { font: "sansBold", size: 10 }
        : { size: 10 };
  for (let k = 0; k < main.length; k++) {
    const y = 730 - k * 15;
    const [text, kind, date] = main[k];
    if (text) words(page, kind === "i" ? `•  ${text}` : text, kind === "i" ? 48 : 40, y, style(kind));
    if (date) words(page, date, 385 - width(date, { size: 10 }), y, { size: 10 });
    const s = side[k];
    if (s?.[0]) words(page, s[0], 420, y, style(s[1]));
  }
  const footer = (n) => words(page, `Ambrose Kettleby-Nunes — CV — ${n}`, 40, 30, { size: 8 });
  footer(1);
  page = pdf.addPage([W, 842]);
  words(page, "REFERENCES", 40, 790, { font: "sansBold", size: 11 });
  words(page, "Available on request.", 40, 775, { size: 10 });
  footer(2);
  return pdf.save({ useObjectStreams: false });
}

/**
 * p06: a German Lebenslauf as PDF: the dates in a left column ("03/2019 – heute"), the entry
 * to their right on the same baseline (title, then company and city below), section headings
 * in bold with a rule, personal data as "Label: value" rows.
 */
async function lebenslauf() {
  const { pdf, words } = await sheet();
  const page = pdf.addPage([595, 842]);
  let y = 780;
  const row = (left, right, opts = {}, lead = 14) => {
    if (left) words(page, left, 50, y, { size: 10 });
    if (right) words(page, right, 170, y, { size: 10, ...opts });
    y -= lead;
  };
  const heading = (s) => {
    y -= 8;
    words(page, s, 50, y, { font: "sansBold", size: 12 });
    page.drawLine({ start: { x: 50, y: y - 4 }, end: { x: 545, y: y - 4 }, thickness: 0.5 });
    y -= 20;
  };
  words(page, "Lebenslauf", 50, y, { font: "sansBold", size: 18 });
  y -= 30;
  heading("Persönliche Daten");
  row("Name:", "Friederike Almendinger-Roos");
  row("Anschrift:", "Lindenhofstraße 12, 79098 Freiburg");
  row("E-Mail:", "f.almendinger@example.de");
  row("Telefon:", "0761 555 0192");
  heading("Berufserfahrung");
  row("03/2019 – heute", "Teamleiterin Buchhaltung", { font: "sansBold" });
  row("", "Schwarzwald Mühlenwerke GmbH, Freiburg");
  row("", "•  Monats- und Jahresabschlüsse nach HGB");
  row("", "•  Führung eines Teams von fünf Mitarbeitenden", {}, 20);
  row("08/2014 – 02/2019", "Bilanzbuchhalterin", { font: "sansBold" });
  row("", "Kanzlei Obermaier & Thiel, Offenburg");
  row("", "•  Betreuung von 40 Mandanten aus dem Mittelstand", {}, 20);
  heading("Ausbildung");
  row("10/2010 – 07/2014", "B.A. Betriebswirtschaftslehre", { font: "sansBold" });
  row("", "Hochschule Kinzigtal, Offenburg", {}, 20);
  heading("Kenntnisse");
  row("EDV:", "DATEV, SAP FI, Excel");
  row("Sprachen:", "Deutsch (Muttersprache), Englisch (verhandlungssicher)");
  return pdf.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------
// Word writing

/** Word documents are ZIPs: pin every entry's timestamp and the document's dates (docx still draws
 * random relationship ids, so the bytes differ per run; the text does not). */
async function stable(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const fixed = new JSZip();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    let data = await file.async("nodebuffer");
    if (name === "docProps/core.xml")
      data = data
        .toString("utf8")
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$12026-01-01T00:00:00Z");
    fixed.file(name, data, { date: when });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const d = docx;
const run = (text, opts = {}) => new d.TextRun({ text, ...opts });
const para = (children, opts = {}) =>
  new d.Paragraph({ children: typeof children === "string" ? [run(children)] : children, ...opts });
const tab = (text, opts = {}) => new d.TextRun({ children: [new d.Tab(), text], ...opts });
const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none };
/** Right tab at the text's right edge (Letter, 0.75" margins). */
const RIGHT = [{ type: d.TabStopType.RIGHT, position: 10080 }];

/**
 * d05: a Word résumé laid out with a borderless two-column table: the name and headline
 * above it, the left cell contact, skills (typed "▪ " bullets) and languages, the right cell
 * profile and experience (the title and its dates on one line, a tab between them), education;
 * headings bold capitals with character spacing; a footer with the page number.
 */
async function wordLayoutTable() {
  const heading = (text) =>
    para([run(text, { bold: true, allCaps: true, characterSpacing: 40, size: 22, color: "2E5597" })], {
      spacing: { before: 200, after: 80 },
    });
  const left = [
    heading("Contact"),
    para("casimir.nh@example.co.uk"),
    para("07700 900 381"),
    para("Bristol, UK"),
    heading("Skills"),
    ...["Wound care", "Triage", "Epic EHR", "Phlebotomy", "Patient education"].map((s) => para(`▪ ${s}`)),
    heading("Languages"),
    para("English, French"),
  ];
  const dated = (left, date) =>
    para([run(left, { bold: true }), tab(date)], {
      tabStops: [{ type: d.TabStopType.RIGHT, position: 6400 }],
    });
  const bullet = (text) => para(`•\t${text}`, { indent: { left: 360, hanging: 360 } });
  const right = [
    heading("Profile"),
    para("Clinical nurse specialist in tissue viability with ten years on surgical and community wards."),
    heading("Experience"),
    dated("Clinical Nurse Specialist", "Jun 2019 – Present"),
    para([run("St Aldric Hospital, Bristol", { italics: true })]),
    bullet("Set up the pressure-ulcer review clinic for three surgical wards."),
    bullet("Trained 140 ward staff in wound assessment."),
    dated("Staff Nurse", "Aug 2014 – May 2019"),
    para([run("Harefield Community Trust, Bath", { italics: true })]),
    bullet("Managed a caseload of forty patients in the community."),
    heading("Education"),
    dated("BSc (Hons) Adult Nursing", "2011 – 2014"),
    para([run("University of Brennock", { italics: true })]),
  ];
  const cell = (children, pct) =>
    new d.TableCell({ children, borders: noBorders, width: { size: pct, type: d.WidthType.PERCENTAGE } });
  const doc = new d.Document({
    creator: "resumes blind files",
    sections: [
      {
        footers: {
          default: new d.Footer({
            children: [para([run("Page "), new d.TextRun({ children: [d.PageNumber.CURRENT] })])],
          }),
        },
        children: [
          para([run("Casimir Ndiaye-Holt", { bold: true, size: 40 })]),
          para("Clinical Nurse Specialist"),
          new d.Table({
            width: { size: 100, type: d.WidthType.PERCENTAGE },
            borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
            rows: [new d.TableRow({ children: [cell(left, 30), cell(right, 70)] })],
          }),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

/**
 * d06: a Google Docs résumé exported as .docx: the name in the Title style, the headline as
 * Subtitle, a contact line with a link, Heading 1 sections, "Company, City<TAB>dates" lines
 * (a right tab), the title in italics under them or after a soft line break, "●" list
 * bullets, education the same way, skills as "Label: a, b" lines.
 */
async function docsTabStops() {
  const bullets = {
    config: [
      {
        reference: "dots",
        levels: [{ level: 0, format: d.LevelFormat.BULLET, text: "●", alignment: d.AlignmentType.LEFT }],
      },
    ],
  };
  const li = (text) => para(text, { numbering: { reference: "dots", level: 0 } });
  const h = (text) => new d.Paragraph({ text, heading: d.HeadingLevel.HEADING_1 });
  const dated = (left, date, below) =>
    para(
      [run(left, { bold: true }), tab(date), ...(below ? [run(below, { italics: true, break: 1 })] : [])],
      { tabStops: RIGHT },
    );
  const doc = new d.Document({
    creator: "resumes blind files",
    numbering: bullets,
    sections: [
      {
        children: [
          new d.Paragraph({ text: "Yusra Thorncliffe", heading: d.HeadingLevel.TITLE }),
          para("Backend Software Engineer", { style: "Subtitle" }),
          para([
            run("Leeds, UK | +44 113 496 0544 | "),
            new d.ExternalHyperlink({
              link: "mailto:yusra.t@example.dev",
              children: [run("yusra.t@example.dev", { style: "Hyperlink" })],
            }),
          ]),
          h("Experience"),
          dated("Parcelwise, Leeds", "May 2021 – Present"),
          para([run("Senior Software Engineer", { italics: true })]),
          li("Split the dispatch monolith into five Kotlin services without downtime."),
          li("Brought p99 latency of the tracking API from 900 ms to 120 ms."),
          dated("Greyfriars Analytics, York", "Jul 2018 – Apr 2021", "Software Engineer"),
          li("Built the Kafka ingestion for 30,000 sensor feeds."),
          dated("Tollan Systems, Sheffield", "Sep 2016 – Jun 2018", "Junior Developer"),
          li("Maintained the Java billing batch and its PostgreSQL reports."),
          h("Education"),
          dated("University of Calderbrook", "2013 – 2016", "BSc Computer Science, First Class"),
          h("Skills"),
          para([run("Languages: ", { bold: true }), run("Java, Kotlin, SQL")]),
          para([run("Infrastructure: ", { bold: true }), run("PostgreSQL, Kafka, Docker")]),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

/**
 * d07: a Word CV in the Europass manner: name and contacts in the page header, a
 * "Page N of M" footer (fields), headings typed letter-spaced ("W O R K   E X P E R I E N C E"),
 * each entry a two-cell table row: the dates in the narrow left cell, the title, company and
 * bullets in the right cell.
 */
async function wordTableCells() {
  const heading = (text) =>
    para([run(text.split("").join(" ").replace(/ {3}/g, "   "), { bold: true, size: 24 })], {
      spacing: { before: 240, after: 120 },
    });
  const cell = (children, pct) =>
    new d.TableCell({ children, borders: noBorders, width: { size: pct, type: d.WidthType.PERCENTAGE } });
  const entry = (dates, title, org, bullets = []) =>
    new d.TableRow({
      children: [
        cell([para(dates)], 25),
        cell(
          [
            para([run(title, { bold: true })]),
            para(org),
            ...bullets.map((b) => para(b, { bullet: { level: 0 } })),
          ],
          75,
        ),
      ],
    });
  const table = (rows) =>
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
      rows,
    });
  const doc = new d.Document({
    creator: "resumes blind files",
    sections: [
      {
        headers: {
          default: new d.Header({
            children: [
              para([run("Henrik Solvang-Ibe", { bold: true, size: 36 })]),
              para("henrik.solvang@example.no  ·  +47 915 55 208  ·  Kristiansand, Norway"),
            ],
          }),
        },
        footers: {
          default: new d.Footer({
            children: [
              para([
                run("Page "),
                new d.TextRun({ children: [d.PageNumber.CURRENT] }),
                run(" of "),
                new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES] }),
              ]),
            ],
          }),
        },
        children: [
          heading("PROFILE"),
          para("Operations manager for port and freight logistics; lean, safe and on time."),
          heading("WORK EXPERIENCE"),
          table([
            entry("03/2020 – present", "Operations Manager", "Nordmarsh Freight AS, Kristiansand", [
              "Run a terminal of 85 staff handling 400 trailers a day.",
              "Cut dwell time by 22% with a new yard plan.",
            ]),
            entry("06/2015 – 02/2020", "Shift Supervisor", "Ystad Port Services, Ystad", [
              "Planned crane and crew rotas for three berths.",
            ]),
          ]),
          heading("EDUCATION"),
          table([entry("2011 – 2014", "BSc Logistics and Supply Chain", "Bergvik University College")]),
          heading("SKILLS"),
          para("SAP, Excel, Lean, Warehouse management systems, Health and safety"),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

const files = {
  "p01-word-sidebar.pdf": await wordSidebar(),
  "p02-docs-two-page.pdf": await docsTwoPage(),
  "p03-latex-ligatures.pdf": await latexCv(),
  "p04-design-tool.pdf": await designTool(),
  "p05-word-grid-table.pdf": await wordGridTable(),
  "p06-lebenslauf.pdf": await lebenslauf(),
  "d05-word-layout-table.docx": await stable(await wordLayoutTable()),
  "d06-docs-tab-stops.docx": await stable(await docsTabStops()),
  "d07-word-table-cells.docx": await stable(await wordTableCells()),
};
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(out, name), bytes);
  console.log(`${join(out, name)}: ${bytes.length} bytes`);
}
