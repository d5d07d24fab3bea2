/**
 * `resumes parse FILE --explain`: every line of a document with what the parser made of it —
 * the section it fell in, whether the header-line model read it as an entry's header (with the
 * features that weighed most), and the profile entry it went to. The tool to debug the parser
 * with, and a user's answer to "why is my job missing?".
 */
import type { Profile } from "../profile/schema.js";
import { parseDocument, type ParseOptions } from "./index.js";
import type { Line, Skipped } from "./line.js";
import { readLines } from "./read/index.js";
import { headerLineModel } from "./model/header-line.data.js";
import { lineFeatures } from "./model/line-features.js";
import { probabilitiesOf } from "./model/linear.js";
import { splitSections } from "./sections.js";

export interface ExplainedLine {
  /** 1-based line in the source. */
  n: number;
  text: string;
  /** "heading work", "skipped front matter", "header 0.93", "body 0.12", "blank". */
  label: string;
  /** The section the line fell in ("work: Experience"); "preamble" before the first heading. */
  section: string;
  /** The features that pushed the header-line decision most, signed ("+caps:all", "-bullet"). */
  why: string[];
  /** The profile entry the line went to ("work[1] Lumen Freight"), when one starts at or above it in its section. */
  went?: string;
}

type Keyed = { key: string; line: number; name: string };

/** Entries of the profile with the line they start on, sorted. */
function entriesOf(profile: Profile): Keyed[] {
  const out: Keyed[] = [];
  const add = (
    key: string,
    list: { source?: { line?: number } }[] | undefined,
    name: (x: never) => string | undefined,
  ): void =>
    (list ?? []).forEach(
      (x, i) =>
        x.source?.line &&
        out.push({ key: `${key}[${i}]`, line: x.source.line, name: name(x as never) ?? "" }),
    );
  add("work", profile.work, (w: { name?: string; position?: string }) => w.name ?? w.position);
  add(
    "volunteer",
    profile.volunteer,
    (w: { organization?: string; position?: string }) => w.organization ?? w.position,
  );
  add(
    "education",
    profile.education,
    (e: { institution?: string; studyType?: string }) => e.institution ?? e.studyType,
  );
  add("projects", profile.projects, (p: { name?: string }) => p.name);
  add("skills", profile.skills, (s: { name?: string }) => s.name);
  add("awards", profile.awards, (a: { title?: string }) => a.title);
  add("certificates", profile.certificates, (c: { name?: string }) => c.name);
  add("publications", profile.publications, (p: { name?: string }) => p.name);
  add(
    "extra",
    profile.extra as { source?: { line?: number }; title?: string }[] | undefined,
    (x: { title?: string }) => x.title,
  );
  return out.sort((a, b) => a.line - b.line);
}

export function explainDocument(
  text: string,
  options: ParseOptions,
): { lines: ExplainedLine[]; profile: Profile } {
  const { profile } = parseDocument(text, options);
  const skipped: Skipped[] = [];
  const lines = readLines(text, skipped, options.file);
  const sections = splitSections(lines);
  const sectionOf = new Map<Line, string>();
  const headingAt = new Map<number, string>();
  for (const s of sections) {
    const name = s.line === undefined ? "preamble" : `${s.kind}: ${s.title}`;
    if (s.line !== undefined) headingAt.set(s.line, s.kind);
    for (const l of s.lines) sectionOf.set(l, name);
  }
  const entries = entriesOf(profile);
  const out: ExplainedLine[] = [];
  // (A cut line was read, up to the cut.)
  const skippedAt = new Map(skipped.filter((s) => s.why !== "cut").map((s) => [s.n, s.why]));
  const byLine = new Map<number, { l: Line; i: number }>();
  lines.forEach((l, i) => byLine.has(l.n) || byLine.set(l.n, { l, i }));
  let section = "preamble";
  const source = text.split(/\r?\n/);
  for (let n = 1; n <= source.length; n++) {
    const raw = source[n - 1]!;
    const at = byLine.get(n);
    const why = skippedAt.get(n);
    if (headingAt.has(n)) {
      section = sections.find((s) => s.line === n)
        ? `${headingAt.get(n)}: ${sections.find((s) => s.line === n)!.title}`
        : section;
      out.push({ n, text: at?.l.text ?? raw.trim(), label: `heading ${headingAt.get(n)}`, section, why: [] });
      continue;
    }
    if (why) {
      out.push({ n, text: raw.trim(), label: `skipped ${why}`, section, why: [] });
      continue;
    }
    if (!at || !at.l.text) {
      if (raw.trim()) out.push({ n, text: raw.trim(), label: "markup", section, why: [] });
      continue;
    }
    section = sectionOf.get(at.l) ?? section;
    const features = lineFeatures(lines, at.i);
    const p = probabilitiesOf(headerLineModel, features)[1]!;
    const weighed = features
      .map((f) => ({ f, w: headerLineModel.weights[f]?.[1] ?? 0 }))
      .filter((x) => x.w !== 0)
      .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
      .slice(0, 4)
      .map((x) => `${x.w > 0 ? "+" : "-"}${x.f}`);
    // The entry that starts at or above this line, in the same section.
    let went: string | undefined;
    for (const e of entries) {
      if (e.line > n) break;
      const el = byLine.get(e.line);
      if (el && sectionOf.get(el.l) === sectionOf.get(at.l)) went = `${e.key} ${e.name}`.trim();
    }
    out.push({
      n,
      text: at.l.text,
      label: `${p > 0.5 ? "header" : "body"} ${p.toFixed(2)}`,
      section,
      why: weighed,
      went,
    });
  }
  return { lines: out, profile };
}

/** The explanation as aligned text, one line per source line. */
export function explainText(lines: readonly ExplainedLine[], width = 100): string {
  const cut = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + "…" : s.padEnd(w));
  return lines
    .map((l) =>
      `${String(l.n).padStart(4)}  ${cut(l.label, 16)} ${cut(l.text, Math.max(20, width - 60))}  ${cut(l.section, 18)} ${l.went ? "→ " + l.went : ""}${l.why.length ? "  [" + l.why.join(" ") + "]" : ""}`.trimEnd(),
    )
    .join("\n");
}
