// The lines the PDF reader makes of a PDF, one per row: number, column, heading level, font
// size, bullet, bold, cells (separated by ¦). For looking into how a PDF reads:
//   npx tsx scripts/pdf-lines.ts cv.pdf
import { readFileSync } from "node:fs";
import { readPdf } from "../src/library/read-pdf.js";

const r = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)));
if ("error" in r) console.log(r.error);
else {
  for (const l of r.lines) {
    const row = [
      l.n,
      l.column ?? "-",
      l.heading ?? "",
      l.size,
      l.bullet ? "•" : "",
      l.strong.length ? "B" : "",
      l.cells.join(" ¦ "),
    ];
    process.stdout.write(`${row.join("\t")}\n`);
  }
  for (const s of r.skipped) process.stdout.write(`skipped (${s.why}): ${s.text}\n`);
}
