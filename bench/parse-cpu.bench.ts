/**
 * The parser's CPU per file on the library bench's synthetic Markdown corpus (issue 14):
 * BENCH_FILES (default 2,000) documents of bench/synth.ts rendered as `resumes export -f
 * markdown` writes them, parsed in this process; CPU time (process.cpuUsage), not wall,
 * because these cores are shared. BENCH_DUMP=file writes every result as a JSON line (to
 * diff the parser's outputs before and after a change). Profile with
 *   node --cpu-prof --import tsx bench/parse-cpu.bench.ts
 */
import { writeFileSync } from "node:fs";
import { parseDocument } from "../src/parse/index.js";
import { renderProfileMarkdown } from "../src/print/markdown.js";
import { synthLibrary } from "./synth.js";

const N = Number(process.env.BENCH_FILES ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export default async function parseCpu(): Promise<void> {
  const docs = synthLibrary(N).entries.map((e, i) => ({
    file: `${String(i).padStart(6, "0")}-${e.id}.md`,
    text: renderProfileMarkdown(e),
  }));
  const dump = process.env.BENCH_DUMP;
  if (dump) {
    const out = docs.map((d) => JSON.stringify(parseDocument(d.text, { file: d.file, format: "markdown" })));
    writeFileSync(dump, out.join("\n") + "\n");
  }
  for (const d of docs.slice(0, 200)) parseDocument(d.text, { file: d.file, format: "markdown" }); // warm up
  // Each chunk of 100 files is timed on its own, ROUNDS times: the least of a chunk's times is
  // its least disturbed one (the cores are shared), and the sum of those is one pass's figure.
  const CHUNK = 100;
  const least: number[] = [];
  const passes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let pass = 0;
    for (let c = 0; c * CHUNK < docs.length; c++) {
      const before = process.cpuUsage();
      for (const d of docs.slice(c * CHUNK, (c + 1) * CHUNK))
        parseDocument(d.text, { file: d.file, format: "markdown" });
      const used = process.cpuUsage(before);
      const ms = (used.user + used.system) / 1000;
      least[c] = Math.min(least[c] ?? Infinity, ms);
      pass += ms;
    }
    passes.push(pass / docs.length);
  }
  const kb = docs.reduce((n, d) => n + d.text.length, 0) / docs.length / 1000;
  const best = least.reduce((a, b) => a + b, 0) / docs.length;
  console.log(
    `parseDocument ${docs.length} synthetic Markdown files (${kb.toFixed(1)} KB each): ` +
      `CPU ms per file ${best.toFixed(3)} (each 100 files' least of ${ROUNDS} rounds; ` +
      `whole rounds ${passes.map((x) => x.toFixed(3)).join(" ")})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await parseCpu();
