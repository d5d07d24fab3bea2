import { readFileSync } from "node:fs";
import { readPdf } from "/work/wt-realfiles/src/library/read-pdf.ts";
const r = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)));
if ("error" in r) console.log(r.error); else for (const l of r.lines) console.log([l.n, l.column ?? "-", l.heading ?? "", l.size, l.bullet ? "•" : "", l.strong.length ? "B" : "", l.cells.join(" ¦ ")].join("\t").slice(0, 150));
