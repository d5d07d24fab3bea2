/**
 * A port of the reference scorer, /work/shared/realworld/score.py (rules in that folder's
 * README.md): the same normalisation, the same greedy first-match, the same F1, so a
 * document gets the same figures here as there. Besides F1 it keeps the counts (matched,
 * parsed, expected) the F1 came from, for precision and recall.
 */
import { collapseSpace, leadingYear, or, str, stripChars, stripSpace, truthy } from "./python.js";

export const FIELDS = ["name", "email", "work", "edu", "proj", "skills"] as const;
export type Field = (typeof FIELDS)[number];

/** The truth key each field is read from. */
const TRUTH_KEY: Record<Field, keyof Truth> = {
  name: "name",
  email: "email",
  work: "work",
  edu: "education",
  proj: "projects",
  skills: "skills",
};

/** Accepted spellings; `null` in the list means "no value" is right. */
export type Aliases = readonly (string | null)[];

/** One expected/<file>.json. */
export interface Truth {
  name: Aliases | null;
  email: Aliases | null;
  work: readonly { company: Aliases; position: Aliases; start: number | null }[] | "NA";
  education: readonly Aliases[] | "NA";
  projects: readonly Aliases[] | null;
  skills: readonly (string | null)[] | null;
}

/** What F1 was computed from. */
export interface Counts {
  matched: number;
  parsed: number;
  expected: number;
}

/** One document's figures: null where the field does not apply (score.py's None). */
export type Scores = Record<Field | "overall", number | null> & {
  /** For work, edu and proj where they apply: the counts behind the F1. */
  counts: Partial<Record<"work" | "edu" | "proj", Counts>>;
};

type Json = Record<string, unknown>;

/** score.py's `norm`: NFKC, soft hyphen and zero-width space out, plain quotes and dashes. */
export function norm(s: unknown): string | null {
  if (s === null || s === undefined) return null;
  let t = str(s).normalize("NFKC");
  t = t.replaceAll("\u00ad", "").replaceAll("\u200b", "");
  t = t
    .replaceAll("\u2019", "'")
    .replaceAll("\u2018", "'")
    .replaceAll("\u201c", '"')
    .replaceAll("\u201d", '"');
  t = t.replaceAll("\u2013", "-").replaceAll("\u2014", "-");
  t = stripChars(stripSpace(collapseSpace(t)).toLowerCase(), " .,;:|*_`");
  return t === "" ? null : t;
}

/** Whether a parsed value is one of the accepted spellings (an absent value matches `null`). */
export function inset(v: unknown, aliases: Aliases | string): boolean {
  const n = norm(v);
  // A bare string is iterated character by character, as Python would.
  const list = typeof aliases === "string" ? Array.from(aliases) : aliases;
  return list.some((a) => norm(a) === n);
}

/** F1, or null when nothing is expected and nothing was parsed. */
export function f1({ matched, parsed, expected }: Counts): number | null {
  if (expected === 0 && parsed === 0) return null;
  const p = parsed ? matched / parsed : 0.0;
  const r = expected ? matched / expected : 0.0;
  return p + r === 0 ? 0.0 : (2 * p * r) / (p + r);
}

/** Precision and recall as score.py's f1 takes them (0 when there is nothing to divide by). */
export function precisionRecall({ matched, parsed, expected }: Counts): { p: number; r: number } {
  return { p: parsed ? matched / parsed : 0.0, r: expected ? matched / expected : 0.0 };
}

/** The year a date starts with, or null. */
export function year(d: unknown): number | null {
  return truthy(d) ? leadingYear(str(d)) : null;
}

export interface Unit {
  company: unknown;
  position: unknown;
  start: number | null;
}

/** Every parsed job, one unit per role when a job has roles; volunteer entries count too. */
export function jobs(d: Json): Unit[] {
  const units: Unit[] = [];
  for (const sec of ["work", "volunteer"] as const) {
    for (const w of list<Json>(d[sec])) {
      const company = sec === "work" ? w.name : or(w.organization, w.name);
      for (const r of truthy(w.roles) ? list<Json>(w.roles) : [w]) {
        units.push({ company, position: or(r.position, r.title), start: year(r.startDate) });
      }
    }
  }
  return units;
}

/** Greedy first match of each parsed value against the unused truth entries. */
export function matchSet(pred: readonly unknown[], truth: readonly Aliases[]): Counts {
  const used = new Set<number>();
  let matched = 0;
  for (const p of pred) {
    for (let i = 0; i < truth.length; i++) {
      if (!used.has(i) && inset(p, truth[i]!)) {
        used.add(i);
        matched++;
        break;
      }
    }
  }
  return { matched, parsed: pred.length, expected: truth.length };
}

function matchWork(units: readonly Unit[], truth: Exclude<Truth["work"], "NA">): Counts {
  const used = new Set<number>();
  let matched = 0;
  for (const u of units) {
    for (let i = 0; i < truth.length; i++) {
      const w = truth[i]!;
      if (
        !used.has(i) &&
        inset(u.company, w.company) &&
        inset(u.position, w.position) &&
        u.start === (w.start ?? null)
      ) {
        used.add(i);
        matched++;
        break;
      }
    }
  }
  return { matched, parsed: units.length, expected: truth.length };
}

/**
 * One document's scores: `parsed` is its native JSON (`resumes parse FILE --format json`),
 * or null when it did not load (then every field that applies scores 0).
 */
export function score(t: Truth, parsed: Json | null): Scores {
  const r = { counts: {} } as Scores;
  if (parsed === null) {
    for (const k of FIELDS) {
      const v = t[TRUTH_KEY[k]];
      r[k] = v === null || v === "NA" ? null : 0.0;
      if ((k === "work" || k === "edu" || k === "proj") && r[k] !== null) {
        r.counts[k] = { matched: 0, parsed: 0, expected: Array.isArray(v) ? v.length : 0 };
      }
    }
  } else {
    const d = parsed;
    const b = or(d.basics, {}) as Json;
    r.name = t.name === null ? null : Number(inset(b.name, t.name));
    r.email = t.email === null ? null : Number(inset(b.email, t.email));
    if (t.work === "NA") r.work = null;
    else {
      const c = matchWork(jobs(d), t.work);
      r.work = f1(c);
      if (r.work !== null) r.counts.work = c;
    }
    if (t.education === "NA") r.edu = null;
    else {
      const pred = list<Json>(d.education)
        .filter((e) => truthy(e.institution))
        .map((e) => e.institution);
      const c = matchSet(pred, t.education);
      r.edu = f1(c);
      if (r.edu !== null) r.counts.edu = c;
    }
    if (t.projects === null) r.proj = null;
    else {
      const c = matchSet(
        list<Json>(d.projects).map((p) => p.name),
        t.projects,
      );
      r.proj = f1(c);
      if (r.proj !== null) r.counts.proj = c;
    }
    r.skills = t.skills === null ? null : skillRecall(list<Json>(d.skills), t.skills);
  }
  const vals = FIELDS.map((k) => r[k]).filter((v): v is number => v !== null);
  r.overall = vals.length ? sum(vals) / vals.length : null;
  return r;
}

/** Recall of the truth keywords among the parsed ones (a group with no keywords counts its name). */
function skillRecall(groups: readonly Json[], truth: readonly (string | null)[]): number | null {
  const pool = new Set<string | null>();
  for (const s of groups) {
    const kws = list<unknown>(s.keywords);
    for (const k of kws) pool.add(norm(k));
    if (!truthy(kws) && truthy(s.name)) pool.add(norm(s.name));
  }
  const want = [...new Set(truth)];
  if (want.length === 0) return null;
  return want.filter((k) => pool.has(norm(k))).length / want.length;
}

/** `sum(xs)`, left to right as Python adds. */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** `d.get(key) or []`, as a list. */
function list<T>(v: unknown): T[] {
  return truthy(v) && Array.isArray(v) ? (v as T[]) : [];
}

export type Kind = "text" | "files" | "data";
export const KINDS: readonly Kind[] = ["text", "files", "data"];

/** The document's extension, lower case, without the dot (`os.path.splitext`). */
export function extensionOf(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.replace(/^\.+/, "").lastIndexOf(".");
  if (dot < 0) return "";
  const lead = base.length - base.replace(/^\.+/, "").length;
  return base.slice(lead + dot + 1).toLowerCase();
}

/** text = .md .txt, data = .json .yaml .yml, files = everything else (.pdf .docx .org .rst .adoc .tex). */
export function kindOf(file: string): Kind {
  const e = extensionOf(file);
  return e === "md" || e === "txt" ? "text" : e === "json" || e === "yaml" || e === "yml" ? "data" : "files";
}

/** Reads an expected/<file>.json, or says in one line what is wrong with it. */
export function readTruth(value: unknown): Truth {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error("not a JSON object");
  const t = value as Record<string, unknown>;
  const aliasList = (v: unknown): boolean =>
    Array.isArray(v) && v.every((a) => a === null || typeof a === "string");
  const want = (key: string, ok: boolean, what: string) => {
    if (!ok) throw new Error(`'${key}' must be ${what}`);
  };
  want("name", t.name === null || aliasList(t.name), "a list of spellings or null");
  want("email", t.email === null || aliasList(t.email), "a list of spellings or null");
  want(
    "work",
    t.work === "NA" ||
      (Array.isArray(t.work) &&
        t.work.every(
          (w) =>
            w !== null &&
            typeof w === "object" &&
            aliasList(w.company) &&
            aliasList(w.position) &&
            (w.start === null || typeof w.start === "number"),
        )),
    '"NA" or a list of {company, position, start}',
  );
  want(
    "education",
    t.education === "NA" || (Array.isArray(t.education) && t.education.every(aliasList)),
    '"NA" or a list of spelling lists',
  );
  want(
    "projects",
    t.projects === null || (Array.isArray(t.projects) && t.projects.every(aliasList)),
    "null or a list of spelling lists",
  );
  want("skills", t.skills === null || aliasList(t.skills), "null or a list of keywords");
  return t as unknown as Truth;
}
