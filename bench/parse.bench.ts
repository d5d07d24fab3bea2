/**
 * Parser figures: ms per seed document (median of repeated runs) and ms for a
 * 10,000-line document. Printed, never asserted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "../src/parse/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(text: string, file: string, runs: number): number {
  const format = file.endsWith(".md") ? "markdown" : "text";
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parseDocument(text, { file, format });
    times.push(performance.now() - t);
  }
  return median(times);
}

export default async function bench(): Promise<void> {
  const seeds = readdirSync(join(root, "seeds")).sort();
  for (const f of seeds) time(readFileSync(join(root, "seeds", f), "utf8"), f, 5); // warm up
  for (const f of seeds) {
    const text = readFileSync(join(root, "seeds", f), "utf8");
    console.log(`parse ${f.padEnd(24)} ${String(text.split("\n").length).padStart(5)} lines  ${time(text, f, 30).toFixed(2)} ms`);
  }
  const fixtures = join(root, "test", "fixtures", "resumes");
  for (const f of readdirSync(fixtures).sort()) {
    const text = readFileSync(join(fixtures, f), "utf8");
    console.log(`parse ${f.padEnd(24)} ${String(text.split("\n").length).padStart(5)} lines  ${time(text, f, 30).toFixed(2)} ms`);
  }
  for (const f of seeds) {
    const base = readFileSync(join(root, "seeds", f), "utf8").split("\n");
    const lines: string[] = [];
    while (lines.length < 10_000) lines.push(...base);
    const text = lines.slice(0, 10_000).join("\n");
    console.log(`parse 10,000 lines of ${f.padEnd(22)} ${time(text, f, 3).toFixed(0)} ms`);
  }
}
