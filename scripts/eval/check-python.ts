/**
 * `npm run eval -- --check-python`: the port checked against the reference scripts on the
 * same parsed outputs. The outputs are written to a folder; score.py and invented.py are run
 * on it; their lines must equal this port's, and score.py's unrounded figures (its `score`
 * function, imported) must agree with this port's to three decimals. Skipped, with a line
 * saying why, when python3 or the scripts are not there.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "./corpus.js";
import { inventedPyLines, scorePyLines } from "./report.js";
import { FIELDS } from "./score.js";

export type CheckResult = { skipped: string } | { ok: boolean; lines: string[] };

/** Compare this port with score.py and invented.py in `corpus`, on the outputs written to `out`. */
export function checkPython(corpus: string, out: string, docs: readonly Doc[]): CheckResult {
  for (const script of ["score.py", "invented.py"]) {
    if (!existsSync(join(corpus, script))) return { skipped: `no ${script} in ${corpus}` };
  }
  const probe = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return { skipped: "python3 is not installed" };

  const lines: string[] = [];
  let ok = true;

  // 1. score.py's printed lines.
  const score = run(["-X", "utf8", join(corpus, "score.py"), out]);
  if (score.status !== 0) return fail(`score.py failed: ${score.stderr.trim().split("\n").pop()}`);
  const same1 = compareLines("score.py", score.stdout, scorePyLines(docs));
  ok &&= same1.ok;
  lines.push(...same1.lines);

  // 2. score.py's figures before rounding, from its own score().
  const figures = run(["-X", "utf8", "-c", FIGURES, corpus, out]);
  if (figures.status !== 0)
    return fail(`score.py's score() failed: ${figures.stderr.trim().split("\n").pop()}`);
  const theirs = JSON.parse(figures.stdout) as Record<string, Record<string, number | null>>;
  let compared = 0;
  let worst = 0;
  const off: string[] = [];
  for (const d of docs) {
    const t = theirs[d.file];
    if (!t) {
      off.push(`${d.file}: not scored by score.py`);
      continue;
    }
    for (const k of [...FIELDS, "overall" as const]) {
      const a = d.scores[k];
      const b = t[k] ?? null;
      compared++;
      if (a === null || b === null) {
        if (a !== b) off.push(`${d.file} ${k}: ${a} here, ${b} in score.py`);
        continue;
      }
      worst = Math.max(worst, Math.abs(a - b));
      if (Math.abs(a - b) >= 0.0005) off.push(`${d.file} ${k}: ${a} here, ${b} in score.py`);
    }
  }
  const extra = Object.keys(theirs).filter((f) => !docs.some((d) => d.file === f));
  for (const f of extra) off.push(`${f}: scored by score.py, not here`);
  ok &&= off.length === 0;
  lines.push(
    off.length === 0
      ? `score.py figures: ${compared} of ${compared} agree to three decimals (largest difference ${worst.toExponential(1)})`
      : `score.py figures: ${off.length} differ:`,
    ...off.map((s) => `  ${s}`),
  );

  // 3. invented.py's printed lines (it exits 1 when it flags anything).
  const invented = run(["-X", "utf8", join(corpus, "invented.py"), out]);
  if (invented.status !== 0 && invented.status !== 1) {
    return fail(`invented.py failed: ${invented.stderr.trim().split("\n").pop()}`);
  }
  const same3 = compareLines("invented.py", invented.stdout, inventedPyLines(docs));
  ok &&= same3.ok;
  lines.push(...same3.lines);
  return { ok, lines };
}

/** Prints score.py's score() of each document, unrounded, as JSON (argv: corpus, outputs). */
const FIGURES = `
import json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, corpus)
import score
res = {}
for name in sorted(os.listdir(os.path.join(corpus, "expected"))):
    f = name[:-len(".json")]
    t = json.load(open(os.path.join(corpus, "expected", name), encoding="utf-8"))
    try:
        d = json.load(open(os.path.join(out, f + ".json"), encoding="utf-8"))
    except (OSError, ValueError):
        d = None
    res[f] = score.score(t, d)
print(json.dumps(res))
`;

function run(args: string[]) {
  const r = spawnSync("python3", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
}

function fail(line: string): CheckResult {
  return { ok: false, lines: [line] };
}

function compareLines(
  what: string,
  stdout: string,
  ours: readonly string[],
): { ok: boolean; lines: string[] } {
  const theirs = stdout.replace(/\n$/, "").split("\n");
  const diffs: string[] = [];
  for (let k = 0; k < Math.max(theirs.length, ours.length); k++) {
    if (theirs[k] !== ours[k])
      diffs.push(
        `  line ${k + 1}:\n    ${what}: ${theirs[k] ?? "(none)"}\n    ${"eval:".padEnd(what.length + 1)} ${ours[k] ?? "(none)"}`,
      );
  }
  return diffs.length === 0
    ? { ok: true, lines: [`${what} output: ${ours.length} lines, identical`] }
    : { ok: false, lines: [`${what} output: ${diffs.length} lines differ:`, ...diffs] };
}
