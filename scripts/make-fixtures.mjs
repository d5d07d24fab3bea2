// Writes the PDF and Word fixtures under test/fixtures/files/ from invented résumés
// (nobody real): `node scripts/make-fixtures.mjs`. The outputs are committed; re-run this
// only to change them. pdf-lib lays out the PDFs (standard fonts, no embedding), docx the
// Word document.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, PDFName, PDFHexString, StandardFonts, rgb } from "pdf-lib";
import * as docx from "docx";
import JSZip from "jszip";

const out = "test/fixtures/files";
mkdirSync(out, { recursive: true });
// Fixed dates: the same bytes on every run.
const when = new Date("2026-01-01T00:00:00Z");

async function newPdf() {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  return { pdf, regular, bold };
}

/** A one-column, two-page CV: bold headings, right-aligned dates, a hyphenated line end,
 * a running footer and page numbers. */
async function oneColumn() {
  const { pdf, regular, bold } = await newPdf();
  const W = 595;
  const H = 842;
  let page = pdf.addPage([W, H]);
  let y = 790;
  const text = (s, x, size = 10, font = regular) => page.drawText(s, { x, y, size, font });
  const right = (s, size = 10, font = regular) =>
    text(s, W - 50 - font.widthOfTextAtSize(s, size), size, font);
  const footer = (n) => {
    page.drawText("Marisol Quenby - Curriculum Vitae", { x: 50, y: 30, size: 8, font: regular });
    page.drawText(`Page ${n} of 2`, { x: W - 90, y: 30, size: 8, font: regular });
  };
  text("Marisol Quenby", 50, 24, bold);
  y -= 20;
  text("Backend Engineer", 50, 12);
  y -= 16;
  text("marisol.quenby@example.com | +44 20 7946 0301 | Leeds, UK", 50, 10);
  y -= 34;
  const heading = (s) => {
    text(s, 50, 13, bold);
    y -= 20;
  };
  heading("Experience");
  text("Tallowfield Systems", 50, 11, bold);
  right("Leeds, UK");
  y -= 14;
  text("Senior Backend Engineer", 50, 10);
  right("Mar 2020 - Present");
  y -= 14;
  text("- Rebuilt the billing pipeline in Go, cutting nightly run time from four hours to", 60);
  y -= 12;
  text("twenty minutes and removing a whole class of double-charge inci-", 68);
  y -= 12;
  text("dents across the platform.", 68);
  y -= 12;
  text("- Led a team of five engineers through the move to event sourcing.", 60);
  y -= 26;
  text("Brindle Labs", 50, 11, bold);
  right("Manchester, UK");
  y -= 14;
  text("Software Engineer", 50, 10);
  right("Jun 2016 - Feb 2020");
  y -= 14;
  text("- Wrote the search service used by every product team.", 60);
  footer(1);
  page = pdf.addPage([W, H]);
  y = 790;
  heading("Education");
  text("University of Eastmoor", 50, 11, bold);
  right("2012 - 2016");
  y -= 14;
  text("BSc Computer Science", 50, 10);
  y -= 30;
  heading("Skills");
  text("Languages: Go, Rust, SQL, Python", 50);
  y -= 14;
  text("Tools: Kafka, PostgreSQL, Terraform", 50);
  footer(2);
  return pdf.save({ useObjectStreams: false });
}

/** A two-column CV: a name banner across the page, a sidebar on the left (contact, skills,
 * languages) and the main column on the right (experience, education), on baselines of their own. */
async function twoColumn() {
  const { pdf, regular, bold } = await newPdf();
  const W = 612;
  const H = 792;
  const page = pdf.addPage([W, H]);
  const at = (s, x, y, size = 10, font = regular) => page.drawText(s, { x, y, size, font });
  at("Tobias Wrenfield", 40, 740, 26, bold);
  at("Data Engineer", 40, 716, 12);
  page.drawLine({
    start: { x: 40, y: 700 },
    end: { x: W - 40, y: 700 },
    thickness: 1,
    color: rgb(0.5, 0.5, 0.5),
  });
  // Left column, x 40..190, its own line spacing (13 pt).
  let y = 670;
  const left = (s, size = 9.5, font = regular) => {
    at(s, 40, y, size, font);
    y -= 13;
  };
  left("CONTACT", 12, bold);
  y -= 3;
  left("tobias.wrenfield@example.net");
  left("+1 415 555 0142");
  left("Portland, OR");
  y -= 12;
  left("SKILLS", 12, bold);
  y -= 3;
  left("Python, Scala, SQL");
  left("Spark, Airflow, dbt");
  left("Snowflake, BigQuery");
  y -= 12;
  left("LANGUAGES", 12, bold);
  y -= 3;
  left("English (native)");
  left("German (fluent)");
  // Right column, x 230..572, 14.5 pt spacing: baselines differ from the left column's.
  y = 668;
  const rightCol = (s, size = 10, font = regular, x = 230) => {
    at(s, x, y, size, font);
    y -= 14.5;
  };
  const date = (s) => at(s, W - 40 - regular.widthOfTextAtSize(s, 10), y + 14.5, 10);
  rightCol("EXPERIENCE", 12, bold);
  y -= 4;
  rightCol("Fernhollow Analytics", 11, bold);
  rightCol("Senior Data Engineer");
  date("Apr 2021 - Present");
  rightCol("- Designed the streaming ingestion layer for 40 TB a day.", 10, regular, 238);
  rightCol("- Mentored four junior engineers.", 10, regular, 238);
  y -= 10;
  rightCol("Quillmere Health", 11, bold);
  rightCol("Data Engineer");
  date("Sep 2017 - Mar 2021");
  rightCol("- Built the claims warehouse and its nightly loads.", 10, regular, 238);
  y -= 14;
  rightCol("EDUCATION", 12, bold);
  y -= 4;
  rightCol("Cascade State University", 11, bold);
  rightCol("MSc Statistics");
  date("2015 - 2017");
  return pdf.save({ useObjectStreams: false });
}

/** Two columns set on one grid (as Word tables and Canva pages come out): the sidebar's lines
 * and the main column's share baselines, the dates right-aligned on the title's baseline. */
async function gridTwoColumn() {
  const { pdf, regular, bold } = await newPdf();
  const page = pdf.addPage([612, 792]);
  page.drawText("Corvin Ashdale-Pym", { x: 40, y: 740, size: 24, font: bold });
  const left = [
    "CONTACT",
    "corvin@example.org",
    "+1 312 555 0188",
    "Chicago, IL",
    "",
    "SKILLS",
    "Rust",
    "Postgres",
    "Kafka",
    "Terraform",
  ];
  const right = [
    "EXPERIENCE",
    "*Marlowe Freight",
    "Staff Engineer",
    "- Built the routing engine in Rust.",
    "- Ran the on-call rota.",
    "*Pellham Bank",
    "Software Engineer",
    "- Wrote the ledger service.",
    "",
    "EDUCATION",
    "*Ilford Polytechnic",
    "BEng Software, 2010 - 2014",
  ];
  const dates = { 2: "Jan 2020 - Present", 6: "Jun 2014 - Dec 2019" };
  const draw = (s, x, y) => {
    const heading = /^[A-Z]{4,}$/.test(s);
    const strong = heading || s.startsWith("*");
    page.drawText(s.replace(/^\*/, ""), { x, y, size: heading ? 12 : 10, font: strong ? bold : regular });
  };
  for (let k = 0; k < right.length; k++) {
    const y = 690 - k * 14;
    if (left[k]) draw(left[k], 40, y);
    if (right[k]) draw(right[k], 220, y);
    const d = dates[k];
    if (d) page.drawText(d, { x: 572 - regular.widthOfTextAtSize(d, 10), y, size: 10, font: regular });
  }
  return pdf.save({ useObjectStreams: false });
}

/** A "scan": a page with a drawn shape and no text at all. */
async function scan() {
  const { pdf } = await newPdf();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
  return pdf.save({ useObjectStreams: false });
}

/** A PDF whose trailer names a Standard security handler no empty password opens. */
async function encrypted() {
  const { pdf, regular } = await newPdf();
  pdf.addPage([595, 842]).drawText("Secret Person", { x: 50, y: 790, size: 12, font: regular });
  const ctx = pdf.context;
  const hex = (byte) => PDFHexString.of(byte.repeat(32));
  const dict = ctx.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44 });
  dict.set(PDFName.of("O"), hex("7a"));
  dict.set(PDFName.of("U"), hex("3c"));
  ctx.trailerInfo.Encrypt = ctx.register(dict);
  ctx.trailerInfo.ID = ctx.obj([
    PDFHexString.of("0123456789abcdef0123456789abcdef"),
    PDFHexString.of("0123456789abcdef0123456789abcdef"),
  ]);
  return pdf.save({ useObjectStreams: false });
}

/** 51 short pages: over the page limit. */
async function long() {
  const { pdf, regular } = await newPdf();
  for (let k = 1; k <= 51; k++)
    pdf.addPage([300, 300]).drawText(`Page ${k}`, { x: 20, y: 250, size: 10, font: regular });
  return pdf.save({ useObjectStreams: false });
}

/** A Word CV: name as the title, headings, bold employer lines, bullets, a skills table. */
async function word() {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType } = docx;
  const p = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })] });
  const bullet = (text) => new Paragraph({ text, bullet: { level: 0 } });
  const cell = (text) =>
    new TableCell({ children: [p(text)], width: { size: 50, type: WidthType.PERCENTAGE } });
  const doc = new Document({
    creator: "resumes fixtures",
    title: "Ilse Marrowdale",
    sections: [
      {
        children: [
          new Paragraph({ text: "Ilse Marrowdale", heading: HeadingLevel.HEADING_1 }),
          p("Product Designer"),
          p("ilse.marrowdale@example.org · +31 20 555 0199 · Utrecht, Netherlands"),
          new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_2 }),
          p("Kestrelwood Studio", { bold: true }),
          p("Lead Product Designer, Jan 2019 – Present"),
          bullet("Redesigned the booking flow, lifting completed bookings by a fifth."),
          bullet("Built and ran the design system used by six product teams."),
          p("Hollin & Vane", { bold: true }),
          p("Interaction Designer, Aug 2014 – Dec 2018"),
          bullet("Designed the first mobile app for the firm's largest client."),
          new Paragraph({ text: "Education", heading: HeadingLevel.HEADING_2 }),
          p("Royal Academy of Fenmark", { bold: true }),
          p("MA Interaction Design, 2012 – 2014"),
          new Paragraph({ text: "Skills", heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell("Design"), cell("Figma, Prototyping, User Research")] }),
              new TableRow({ children: [cell("Code"), cell("HTML, CSS, TypeScript")] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Right-aligned tab at the text's right edge (A4 with 1" margins: 9026 twips). */
const RIGHT_TAB = [{ type: "right", position: 9026 }];

/**
 * A Word CV laid out the way people make them in Word: the name and contact details in the
 * page header (with a link), a page-number footer, the body a borderless two-column table
 * (a narrow sidebar with skills and languages, a wide column with experience and education),
 * job titles with the dates pushed to the right margin by a tab, soft line breaks, bullets.
 */
async function wordHeaderTable() {
  const d = docx;
  const run = (text, opts = {}) => new d.TextRun({ text, ...opts });
  const p = (children, opts = {}) =>
    new d.Paragraph({ children: Array.isArray(children) ? children : [run(children)], ...opts });
  const heading = (text) => p([run(text.toUpperCase(), { bold: true, size: 26 })]);
  const dated = (left, date, bold = true) =>
    p([run(left, { bold }), new d.TextRun({ children: [new d.Tab(), date] })], { tabStops: RIGHT_TAB });
  const bullet = (text) => new d.Paragraph({ text, bullet: { level: 0 } });
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const borders = { top: none, bottom: none, left: none, right: none };
  const header = new d.Header({
    children: [
      p([run("Petra Halvorsen-Quill", { bold: true, size: 40 })]),
      p([
        new d.ExternalHyperlink({
          link: "mailto:petra.hq@example.com",
          children: [run("petra.hq@example.com", { style: "Hyperlink" })],
        }),
        run("  |  +47 22 55 01 87  |  Bergen, Norway"),
      ]),
    ],
  });
  const footer = new d.Footer({
    children: [p([run("Page "), new d.TextRun({ children: [d.PageNumber.CURRENT] })])],
  });
  const sidebar = [
    heading("Profile"),
    p("Site reliability engineer who likes quiet pagers."),
    heading("Skills"),
    p("Kubernetes"),
    p("Terraform"),
    p("Go, Python"),
    p("Prometheus"),
    heading("Languages"),
    p("Norwegian (native)"),
    p("English (fluent)"),
  ];
  const main = [
    heading("Experience"),
    dated("Fjordline Cloud", "Bergen"),
    dated("Senior Site Reliability Engineer", "May 2021 – Present", false),
    bullet("Cut the monthly incident count by half with error budgets."),
    bullet("Moved 300 services to a single Kubernetes platform."),
    dated("Tindrik Payments", "Oslo"),
    dated("Systems Engineer", "Aug 2017 – Apr 2021", false),
    bullet("Ran the card authorisation fleet across three data centres."),
    heading("Education"),
    dated("University of Vestmark", "2013 – 2017"),
    p([run("BSc Computer Engineering"), run("Thesis on consensus protocols", { break: 1 })]),
  ];
  const cell = (children, pct) =>
    new d.TableCell({ children, borders, width: { size: pct, type: d.WidthType.PERCENTAGE } });
  const doc = new d.Document({
    creator: "resumes fixtures",
    sections: [
      {
        headers: { default: header },
        footers: { default: footer },
        children: [
          new d.Table({
            width: { size: 100, type: d.WidthType.PERCENTAGE },
            borders: { ...borders, insideHorizontal: none, insideVertical: none },
            rows: [new d.TableRow({ children: [cell(sidebar, 32), cell(main, 68)] })],
          }),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

/**
 * A Word CV whose name and headline sit in a text box (a shape) at the top, followed by a
 * body with Heading styles, numbered achievements and tab-aligned dates.
 */
async function wordTextbox() {
  const d = docx;
  const run = (text, opts = {}) => new d.TextRun({ text, ...opts });
  const dated = (left, date) =>
    new d.Paragraph({
      children: [run(left, { bold: true }), new d.TextRun({ children: [new d.Tab(), date] })],
      tabStops: RIGHT_TAB,
    });
  const doc = new d.Document({
    creator: "resumes fixtures",
    numbering: {
      config: [
        {
          reference: "wins",
          levels: [
            { level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new d.Paragraph({
            children: [
              new d.Textbox({
                style: { width: "6in", height: "1in" },
                children: [
                  new d.Paragraph({ children: [run("Damaris Okonjo-Vell", { bold: true, size: 44 })] }),
                  new d.Paragraph({ children: [run("Clinical Data Manager")] }),
                  new d.Paragraph({
                    children: [run("damaris.ov@example.net · +44 161 496 0712 · Salford, UK")],
                  }),
                ],
              }),
            ],
          }),
          new d.Paragraph({ text: "Work History", heading: d.HeadingLevel.HEADING_1 }),
          dated("Brackenridge Trials Ltd — Lead Data Manager", "Feb 2020 – Present"),
          new d.Paragraph({
            text: "Ran data management for twelve oncology studies.",
            numbering: { reference: "wins", level: 0 },
          }),
          new d.Paragraph({
            text: "Brought database lock down from six weeks to two.",
            numbering: { reference: "wins", level: 0 },
          }),
          dated("Orrin Clinical — Data Coordinator", "Sep 2015 – Jan 2020"),
          new d.Paragraph({
            text: "Cleaned and coded adverse-event data.",
            numbering: { reference: "wins", level: 0 },
          }),
          new d.Paragraph({ text: "Education", heading: d.HeadingLevel.HEADING_1 }),
          dated("University of Pendlebrook — MSc Health Informatics", "2013 – 2015"),
          new d.Paragraph({ text: "Skills", heading: d.HeadingLevel.HEADING_1 }),
          new d.Paragraph({ text: "Medidata Rave, SAS, SQL, CDISC SDTM, R" }),
        ],
      },
    ],
  });
  return drawingMlOnly(await d.Packer.toBuffer(doc));
}

/**
 * docx writes a text box as VML (`w:pict`); Word 2010 and later, and other editors, write a
 * DrawingML shape (`wps:txbx`), often with no VML fallback. This rewrites each VML text box
 * of a document as such a shape.
 */
async function drawingMlOnly(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml").async("string");
  const shaped = xml.replace(
    /<w:pict>[\s\S]*?(<w:txbxContent>[\s\S]*?<\/w:txbxContent>)[\s\S]*?<\/w:pict>/g,
    (_m, content) =>
      '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" ' +
      'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>' +
      '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
      '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
      '<wp:extent cx="5486400" cy="914400"/><wp:wrapNone/><wp:docPr id="1" name="Name box"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
      `<wps:wsp><wps:spPr/><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp>` +
      "</a:graphicData></a:graphic></wp:anchor></w:drawing>",
  );
  zip.file("word/document.xml", shaped);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Word documents are ZIPs: pin every entry's timestamp so the bytes do not change per run. */
function stable(buffer) {
  const b = Buffer.from(buffer);
  // Local file headers (PK\3\4) and central directory headers (PK\1\2) hold DOS time and date.
  for (let k = 0; k + 4 < b.length; k++) {
    if (b[k] !== 0x50 || b[k + 1] !== 0x4b) continue;
    if (b[k + 2] === 3 && b[k + 3] === 4) b.writeUInt32LE(0x5c210000, k + 10);
    else if (b[k + 2] === 1 && b[k + 3] === 2) b.writeUInt32LE(0x5c210000, k + 12);
  }
  return b;
}

const files = {
  "quenby-one-column.pdf": await oneColumn(),
  "wrenfield-two-column.pdf": await twoColumn(),
  "ashdale-grid-two-column.pdf": await gridTwoColumn(),
  "scan.pdf": await scan(),
  "encrypted.pdf": await encrypted(),
  "fifty-one-pages.pdf": await long(),
  "marrowdale.docx": stable(await word()),
  "halvorsen-header-table.docx": stable(await wordHeaderTable()),
  "okonjo-textbox.docx": stable(await wordTextbox()),
};
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(out, name), bytes);
  console.log(`${join(out, name)}: ${bytes.length} bytes`);
}
