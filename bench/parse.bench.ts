/**
 * Parser figures: ms per seed document (median of repeated runs), ms for a
 * 10,000-line document, and the fuzz figures (CPU ms per 10 KB over 1,000 generated
 * documents, the hostile documents, seed ×200 against ×20). Printed, never asserted.
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
    console.log(
      `parse ${f.padEnd(24)} ${String(text.split("\n").length).padStart(5)} lines  ${time(text, f, 30).toFixed(2)} ms`,
    );
  }
  const fixtures = join(root, "test", "fixtures", "resumes");
  for (const f of readdirSync(fixtures).sort()) {
    const text = readFileSync(join(fixtures, f), "utf8");
    console.log(
      `parse ${f.padEnd(24)} ${String(text.split("\n").length).padStart(5)} lines  ${time(text, f, 30).toFixed(2)} ms`,
    );
  }
  for (const f of seeds) {
    const base = readFileSync(join(root, "seeds", f), "utf8").split("\n");
    const lines: string[] = [];
    while (lines.length < 10_000) lines.push(...base);
    const text = lines.slice(0, 10_000).join("\n");
    console.log(`parse 10,000 lines of ${f.padEnd(22)} ${time(text, f, 3).toFixed(0)} ms`);
  }
  await fuzz();
}

/** The fuzz figures of issue 10: CPU ms per 10 KB over generated documents, and linearity. */
export async function fuzz(): Promise<void> {
  const fc = (await import("fast-check")).default;
  const { hostile, longLine, mutatedSeed, seeds, tokenDoc } = await import("../test/parse/hostile-docs.js");
  const cpu = (text: string): number => {
    const before = process.cpuUsage();
    parseDocument(text, { file: "doc.txt", format: "text" });
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const docs = fc.sample(fc.oneof(tokenDoc, longLine, mutatedSeed), { numRuns: 1000, seed: 20261202 });
  for (const d of docs.slice(0, 20)) cpu(d); // warm up
  // A document under 10 KB counts as 10 KB: its figure is then its own time, not a start-up cost scaled up.
  const per10k = docs.map((d) => (cpu(d) * 10_000) / Math.max(d.length, 10_000)).sort((a, b) => a - b);
  const at = (q: number) => per10k[Math.min(per10k.length - 1, Math.floor(q * per10k.length))]!;
  const kb = docs.reduce((n, d) => n + d.length, 0) / 1000;
  console.log(
    `fuzz ${docs.length} documents (${kb.toFixed(0)} KB): ms per 10 KB p50 ${at(0.5).toFixed(1)}  p99 ${at(0.99).toFixed(1)}  max ${per10k[per10k.length - 1]!.toFixed(1)}`,
  );
  for (const h of hostile)
    console.log(
      `fuzz ${h.name.padEnd(50)} ${String(h.text.length).padStart(8)} chars  ${cpu(h.text).toFixed(0)} ms`,
    );
  const seed = seeds[0]!;
  // The least of three runs each: the noise of shared cores only ever adds time.
  const least = (text: string) => Math.min(cpu(text), cpu(text), cpu(text));
  const x20 = least(seed.repeat(20));
  const x200 = least(seed.repeat(200));
  console.log(
    `fuzz seed ×20 ${x20.toFixed(0)} ms, ×200 ${x200.toFixed(0)} ms: ratio ${(x200 / x20).toFixed(1)} (linear is 10)`,
  );
}
