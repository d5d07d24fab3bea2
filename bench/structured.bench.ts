/**
 * The structured readers (JSON, YAML) on documents with many keys in one mapping: ms to
 * load 2,500, 5,000 and 10,000 keys (the cap) and to refuse 100,000, so that the growth
 * shows (linear: about twice the time for twice the keys; before the set-based duplicate
 * check, 20,000 YAML keys took 9.7 s). Median of repeated runs; printed, never asserted.
 */
import { loadBytes } from "../src/library/load-file.js";
import type { TextFormat } from "../src/library/formats/index.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(text: string, file: string, format: TextFormat, runs = 7): { ms: number; what: string } {
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  let what = "";
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = loadBytes(bytes, file, format);
    times.push(performance.now() - t);
    what = "entry" in r ? "loaded" : r.error.message;
  }
  return { ms: median(times), what };
}

export default async function bench(): Promise<void> {
  for (const n of [2_500, 5_000, 10_000, 100_000]) {
    const keys = Array.from({ length: n }, (_, k) => `  k${k}: v${k}`).join("\n");
    const yaml = time(`basics:\n  name: Keys\nmeta:\n${keys}\n`, "keys.yaml", "yaml");
    const obj = Object.fromEntries(Array.from({ length: n }, (_, k) => [`k${k}`, `v${k}`]));
    const json = time(JSON.stringify({ basics: { name: "Keys" }, meta: obj }), "keys.json", "jsonresume");
    console.log(
      `${String(n).padStart(7)} keys  yaml ${yaml.ms.toFixed(1).padStart(7)} ms (${yaml.what})  json ${json.ms.toFixed(1).padStart(7)} ms (${json.what})`,
    );
  }
}
