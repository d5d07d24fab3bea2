/**
 * The figures of a measured corpus, summed up and printed: score.py's own lines (so the two
 * can be compared line for line), a table per kind and per format with precision and
 * recall beside F1, the "nothing invented" count, and the same as JSON or Markdown.
 */
import type { Doc } from "./corpus.js";
import { fixed } from "./python.js";
import { FIELDS, KINDS, precisionRecall, sum, type Field, type Kind } from "./score.js";

const SETS = ["work", "edu", "proj"] as const;
type SetField = (typeof SETS)[number];

/** Means over a group of documents (NaN where no document of the group has the field). */
export interface Summary {
  documents: number;
  /** Per field and overall: the mean of the per-document figures (score.py's figure). */
  mean: Record<Field | "overall", number>;
  /** For work, edu and proj: macro means of per-document F1, precision and recall, and micro totals. */
  sets: Record<
    SetField,
    { f1: number; precision: number; recall: number; matched: number; parsed: number; expected: number }
  >;
}

export const AVERAGING =
  "macro means over the documents where a field applies; P and R are each document's precision and recall (0 when nothing was parsed), averaged like F1";

export function summarize(docs: readonly Doc[]): Summary {
  const mean = (xs: readonly (number | null | undefined)[]) => {
    const v = xs.filter((x): x is number => x !== null && x !== undefined);
    return v.length ? sum(v) / v.length : NaN;
  };
  const m = {} as Summary["mean"];
  for (const k of [...FIELDS, "overall"] as const) m[k] = mean(docs.map((d) => d.scores[k]));
  const sets = {} as Summary["sets"];
  for (const k of SETS) {
    const counts = docs.map((d) => d.scores.counts[k]).filter((c) => c !== undefined);
    const pr = counts.map(precisionRecall);
    sets[k] = {
      f1: m[k],
      precision: mean(pr.map((x) => x.p)),
      recall: mean(pr.map((x) => x.r)),
      matched: sum(counts.map((c) => c.matched)),
      parsed: sum(counts.map((c) => c.parsed)),
      expected: sum(counts.map((c) => c.expected)),
    };
  }
  return { documents: docs.length, mean: m, sets };
}

/** The groups reported: each kind, then each format within it (alphabetical). */
export function groups(docs: readonly Doc[]): { kind: Kind; format?: string; docs: Doc[] }[] {
  const out: { kind: Kind; format?: string; docs: Doc[] }[] = [];
  for (const kind of KINDS) {
    const ofKind = docs.filter((d) => d.kind === kind);
    out.push({ kind, docs: ofKind });
    for (const format of [...new Set(ofKind.map((d) => d.format))].sort()) {
      out.push({ kind, format, docs: ofKind.filter((d) => d.format === format) });
    }
  }
  return out;
}

/** score.py's output, line for line: one per document, then one per kind. */
export function scorePyLines(docs: readonly Doc[]): string[] {
  const two = (v: number | null) => (v === null ? "n/a" : fixed(v, 2));
  const lines = docs.map(
    (d) =>
      `${padEnd(d.file, 40)} ` +
      [...FIELDS, "overall" as const].map((k) => `${k}=${two(d.scores[k])}`).join(" "),
  );
  for (const kind of KINDS) {
    const rs = docs.filter((d) => d.kind === kind);
    const s = summarize(rs);
    lines.push(
      `${kind}: ${rs.length} documents; ` +
        FIELDS.map((k) => `${k} ${fixed(s.mean[k], 2)}`).join(" ") +
        `; overall ${fixed(s.mean.overall, 3)}`,
    );
  }
  return lines;
}

/** Documents the invented check looked at, and the ones it flagged. */
export function inventedSummary(docs: readonly Doc[]): { checked: Doc[]; flagged: Doc[] } {
  const checked = docs.filter((d) => d.invented !== undefined);
  return { checked, flagged: checked.filter((d) => d.invented!.length > 0) };
}

/** invented.py's output, line for line. */
export function inventedPyLines(docs: readonly Doc[]): string[] {
  const { flagged } = inventedSummary(docs);
  const lines: string[] = [];
  for (const d of flagged) lines.push(`== ${d.file}`, ...d.invented!.map((f) => `    ${f}`));
  lines.push(`${flagged.length} documents with values not in their text`);
  return lines;
}

const KIND_NOTE: Record<Kind, string> = {
  text: ".md .txt",
  files: ".pdf .docx .org .rst .adoc .tex",
  data: ".json .yaml .yml",
};

/** The table per kind and per format, for a terminal. */
export function table(docs: readonly Doc[]): string[] {
  const f = (v: number) => (Number.isNaN(v) ? "   -" : fixed(v, 2));
  const head =
    "group        docs  name email   work  P    R      edu  P    R     proj  P    R   skills overall";
  const lines = [`Per kind and per format (${AVERAGING}):`, head];
  for (const g of groups(docs)) {
    const s = summarize(g.docs);
    const label = g.format === undefined ? g.kind : `  ${g.format}`;
    const set = (k: SetField) => `${f(s.sets[k].f1)} ${f(s.sets[k].precision)} ${f(s.sets[k].recall)}`;
    lines.push(
      `${padEnd(label, 12)} ${String(s.documents).padStart(4)}  ${f(s.mean.name)} ${f(s.mean.email)}  ` +
        `${set("work")}   ${set("edu")}   ${set("proj")}   ${f(s.mean.skills)}  ${fixed(s.mean.overall, 3).padStart(5)}`,
    );
  }
  return lines;
}

/** The scorecard as a Markdown table (the README's "Parser scorecard"). */
export function markdown(docs: readonly Doc[], date: string): string[] {
  const f = (v: number) => (Number.isNaN(v) ? "–" : fixed(v, 2));
  const set = (s: Summary, k: SetField) =>
    Number.isNaN(s.sets[k].f1)
      ? "–"
      : `${f(s.sets[k].f1)} (${f(s.sets[k].precision)} / ${f(s.sets[k].recall)})`;
  const lines = [
    "| documents | n | name | e-mail | jobs F1 (P / R) | schools F1 (P / R) | projects F1 (P / R) | skills recall | overall |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const g of groups(docs)) {
    const s = summarize(g.docs);
    const label = g.format === undefined ? `**${g.kind}** (${KIND_NOTE[g.kind]})` : `${g.format}`;
    const overall = Number.isNaN(s.mean.overall) ? "–" : fixed(s.mean.overall, 3);
    lines.push(
      `| ${label} | ${s.documents} | ${f(s.mean.name)} | ${f(s.mean.email)} | ${set(s, "work")} | ` +
        `${set(s, "edu")} | ${set(s, "proj")} | ${f(s.mean.skills)} | ${g.format === undefined ? `**${overall}**` : overall} |`,
    );
  }
  const { checked, flagged } = inventedSummary(docs);
  const failed = docs.filter((d) => d.output === null);
  const formats = [...new Set(failed.map((d) => `.${d.format}`))].sort().join(" ");
  lines.push(
    "",
    `Nothing invented: ${flagged.length} of the ${checked.length} documents checked (those that loaded, data files aside) ` +
      "have parsed values that are not in their text.",
  );
  if (failed.length) {
    lines.push(
      `${failed.length} of ${docs.length} documents did not load (${formats}) and score 0 on every field.`,
    );
  }
  lines.push(`Measured ${date} with \`npm run eval -- --markdown\`; ${AVERAGING}.`);
  return lines;
}

/** The figures for `--json` (NaN, a mean over no documents, becomes null when written). */
export function jsonReport(docs: readonly Doc[], corpus: string, date: string): unknown {
  const summary = (ds: readonly Doc[]) => {
    const s = summarize(ds);
    return {
      documents: s.documents,
      name: s.mean.name,
      email: s.mean.email,
      work: s.sets.work,
      edu: s.sets.edu,
      proj: s.sets.proj,
      skills: s.mean.skills,
      overall: s.mean.overall,
    };
  };
  const { checked, flagged } = inventedSummary(docs);
  const value = {
    corpus,
    measured: date,
    averaging: AVERAGING,
    kinds: Object.fromEntries(KINDS.map((k) => [k, summary(docs.filter((d) => d.kind === k))])),
    formats: Object.fromEntries(
      groups(docs)
        .filter((g) => g.format !== undefined)
        .map((g) => [g.format, { kind: g.kind, ...summary(g.docs) }]),
    ),
    invented: {
      checked: checked.length,
      flagged: flagged.length,
      documents: Object.fromEntries(flagged.map((d) => [d.file, d.invented])),
    },
    documents: docs.map((d) => ({
      file: d.file,
      kind: d.kind,
      format: d.format,
      loaded: d.output !== null,
      ...(d.error !== undefined ? { error: d.error } : {}),
      ...Object.fromEntries([...FIELDS, "overall" as const].map((k) => [k, d.scores[k]])),
      counts: d.scores.counts,
    })),
  };
  return value; // JSON.stringify writes NaN as null
}

/** `f"{s:40}"`: padded with spaces to 40 characters (code points, as Python counts). */
function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - Array.from(s).length));
}
