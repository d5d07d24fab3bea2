/**
 * JSON Resume (jsonresume.org, schema 1.0) ⇄ Profile.
 *
 * Import is lossless: every key is kept (the model's objects are loose), so a JSON
 * Resume document comes back from {@link toJsonResume} deep-equal. On the way in it is
 * made to fit the model, with a warning for anything dropped, never a failure:
 *   - JSON Resume 0.x names are renamed (`website` → `url`, `company` → `name`,
 *     `picture` → `image`, `gpa` → `score`);
 *   - dates are normalised: a date-time is cut to its date, `2019-3` becomes `2019-03`,
 *     an end date of `present`/`now`/`current` (or `""`) means ongoing, anything else
 *     that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is dropped with a warning;
 *   - a work entry (or one of its roles, or a volunteer entry) with a start date and no
 *     end date is ongoing;
 *   - a number or boolean where text is expected becomes text (`"score": 4.0`), a string
 *     where a list is expected becomes a list of one (`keywords` and `courses` written as
 *     `"Spark, dbt"` become their items); other values that do not fit the
 *     model are dropped with a warning naming the field.
 * Only a document that is not a résumé at all (not an object, or an object with none of
 * the JSON Resume sections) is refused, with a {@link ProfileError}. With `lineOf` (the
 * loader passes it) basics and each entry get `source: {file, line}`. The model owns the
 * name `source`: a document's own `source` that is not `{file, line}` is dropped, with a
 * warning.
 *
 * Export produces JSON Resume 1.0: our internal `source` fields are removed, and `ongoing`
 * is kept only where JSON Resume's reading (a work entry with no `endDate` is current) would
 * not give it back: `"ongoing": false` on a job with a start date only, `"ongoing": true` on
 * a school or project that is ongoing; `work[].name` stays the company.
 * With `strict`, values that break the schema's `uri`/`email` formats are repaired or left
 * out, so the result validates even with format checks (the JSON Resume sample itself has
 * an empty and a scheme-less URL, so the lossless default cannot promise that).
 *
 * Our extensions (basics.tags, work[].team/roles/keywords, projects[].metric,
 * education[].notes, extra sections...) are KEPT on export. The schema allows them
 * (`additionalProperties: true` on every object), JSON Resume themes and tools ignore
 * keys they do not know, and dropping them would throw away facts the person wrote (a
 * team, a promotion, a project's download count) that nothing else could restore:
 * with them, export → import is lossless for our own model too, `source` aside.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";
import type { z } from "zod";
import type { Diagnostic } from "../library/diagnostic.js";
import { findRange } from "../parse/dates.js";
import { Profile, ProfileError, validateProfile } from "./schema.js";

/** The top-level sections of JSON Resume 1.0 (and our `extra`). */
export const JSON_RESUME_SECTIONS = [
  "basics",
  "work",
  "volunteer",
  "education",
  "awards",
  "certificates",
  "publications",
  "skills",
  "languages",
  "interests",
  "references",
  "projects",
  "meta",
] as const;

const KNOWN_TOP = new Set<string>([...JSON_RESUME_SECTIONS, "extra"]);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return "a string";
  return `a ${typeof v}`;
}

/** A value for a one-line message: visible, short. */
function quote(v: unknown): string {
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  const one = s.replace(/\s+/g, " ");
  return `'${one.length > 40 ? one.slice(0, 39) + "…" : one}'`;
}

function pathString(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(top level)";
}

export interface ImportResult {
  profile: Profile;
  /** Things changed or dropped to make the document fit (severity "warning"). */
  warnings: Diagnostic[];
}

/** Throw unless `data` looks like a JSON Resume document at all. */
export function assertResumeShape(data: unknown, file: string): asserts data is Obj {
  if (!isObj(data)) {
    throw new ProfileError(
      `not a JSON Resume document: the top level is ${describe(data)}, expected an object`,
      file,
    );
  }
  if (!Object.keys(data).some((k) => KNOWN_TOP.has(k))) {
    const keys = Object.keys(data);
    const has =
      keys.length === 0
        ? "it is an empty object"
        : `its keys are ${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", …" : ""}`;
    throw new ProfileError(`not a JSON Resume document: ${has}; expected basics, work, education...`, file);
  }
}

// ---------------------------------------------------------------------------------------
// Dates

const ONGOING_WORDS = /^(present|now|current|currently|ongoing|today|till date|to date)$/i;

type DateFix = { date: string } | { ongoing: true } | { empty: true } | { invalid: true };

/** Normalise one JSON Resume date value. */
export function normaliseDate(value: unknown): DateFix {
  if (typeof value === "number" && Number.isInteger(value)) value = String(value);
  if (typeof value !== "string") return { invalid: true };
  const v = value.trim();
  if (v === "") return { empty: true };
  if (ONGOING_WORDS.test(v)) return { ongoing: true };
  // 2019, 2019-3, 2019-03-07, 2019-03-07T10:00:00Z, 2019-03-07 10:00
  const m =
    /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      v,
    );
  if (!m) return { invalid: true };
  const [, y, mo, d] = m;
  if (mo === undefined) return { date: y! };
  const month = Number(mo);
  if (month < 1 || month > 12) return { invalid: true };
  if (d === undefined) return { date: `${y}-${mo.padStart(2, "0")}` };
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > days) return { invalid: true };
  return { date: `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}` };
}

/**
 * A date written as text ("Spring 2021", "June 2021", "03/2019") as the résumé parser reads
 * one, when that text is a single date and nothing else; else undefined.
 */
function readDateText(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 40) return undefined;
  const text = value.trim();
  // An ISO-shaped date that is not one (`2019-02-30`, `2020-13`) is wrong, not free text.
  if (/^\d{4}-/.test(text)) return undefined;
  const range = findRange(text);
  if (!range?.single || range.ongoing || range.index !== 0 || range.end !== text.length) return undefined;
  const fix = range.startDate === undefined ? undefined : normaliseDate(range.startDate);
  return fix && "date" in fix ? fix.date : undefined;
}

/** Sections whose entries carry startDate/endDate, and whether "no end date" means ongoing. */
const DATED: Record<string, boolean> = { work: true, volunteer: true, education: false, projects: false };
/** Sections with a single date field. */
const SINGLE_DATE: Record<string, string> = {
  awards: "date",
  certificates: "date",
  publications: "releaseDate",
};

// ---------------------------------------------------------------------------------------
// Import

/** JSON Resume 0.x → 1.0 renames, per section ("basics" is the object itself). */
const RENAMES: Record<string, [string, string][]> = {
  basics: [
    ["website", "url"],
    ["picture", "image"],
  ],
  work: [
    ["company", "name"],
    ["website", "url"],
  ],
  volunteer: [["website", "url"]],
  publications: [["website", "url"]],
  education: [["gpa", "score"]],
  projects: [["website", "url"]],
};

function rename(entry: Obj, pairs: [string, string][]): boolean {
  let renamed = false;
  for (const [from, to] of pairs) {
    if (from in entry && !(to in entry)) {
      entry[to] = entry[from];
      delete entry[from];
      renamed = true;
    }
  }
  return renamed;
}

/** Apply the 0.x renames everywhere; whether anything was renamed. */
function migrate(doc: Obj): boolean {
  let renamed = false;
  for (const [section, pairs] of Object.entries(RENAMES)) {
    const target = doc[section];
    if (section === "basics") renamed = (isObj(target) && rename(target, pairs)) || renamed;
    else if (Array.isArray(target))
      for (const e of target) if (isObj(e)) renamed = rename(e, pairs) || renamed;
  }
  return renamed;
}

/** Import a JSON Resume document (1.0, or 0.x), with warnings for what was dropped. */
export interface ImportOptions {
  /**
   * The line an object starts on in the file, by path (`basics`, `work/0`,
   * `work/0/roles/1`). When given, basics and every entry get `source: {file, line}`
   * (unless the document already has a `source` there), as parsed text entries do.
   */
  lineOf?: (path: string) => number | undefined;
}

export function importJsonResume(data: unknown, file: string, options: ImportOptions = {}): ImportResult {
  assertResumeShape(data, file);
  const doc = structuredClone(data);
  const warnings: Diagnostic[] = [];
  const warn = (message: string) => warnings.push({ file, message, severity: "warning" });

  if (options.lineOf) addSources(doc, file, options.lineOf);
  migrate(doc);

  // A date read otherwise than written is said by every command, not only with -v.
  const warnDate = (message: string) => warnings.push({ file, message, severity: "warning", shown: true });
  const fixDates = (entry: Obj, where: string, ongoingWhenOpen: boolean) => {
    let ongoing = false;
    let ended = false;
    for (const key of ["startDate", "endDate"]) {
      if (!(key in entry)) continue;
      const given = entry[key];
      const fix = normaliseDate(given);
      if ("date" in fix) entry[key] = fix.date;
      else {
        // Free text ("Spring 2021", "June 2021"): read as a résumé's text is.
        const read = "invalid" in fix ? readDateText(given) : undefined;
        if (read) {
          entry[key] = read;
          warnDate(`${where}.${key}: read ${quote(given)} as ${read} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
        } else {
          if ("invalid" in fix)
            warnDate(
              `${where}.${key}: dropped ${quote(given)}: not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
            );
          delete entry[key];
        }
        if ("ongoing" in fix && key === "endDate") ongoing = true;
        // An end was given, if not one we could read: the entry has ended all the same.
        if ("invalid" in fix && key === "endDate") ended = true;
      }
    }
    if (
      entry.ongoing === undefined &&
      (ongoing || (ongoingWhenOpen && !ended && entry.startDate && !entry.endDate))
    ) {
      entry.ongoing = true;
    }
    // The model's `ongoing` is true or absent: an explicit `false` (our export writes it for an
    // entry that ended without an end date) only stops the inference above.
    if (entry.ongoing === false) delete entry.ongoing;
  };

  for (const [section, open] of Object.entries(DATED)) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    list.forEach((e, i) => {
      if (!isObj(e)) return;
      fixDates(e, `${section}[${i}]`, open);
      if (section === "work" && Array.isArray(e.roles)) {
        e.roles.forEach((r, j) => isObj(r) && fixDates(r, `${section}[${i}].roles[${j}]`, true));
      }
    });
  }
  for (const [section, key] of Object.entries(SINGLE_DATE)) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    list.forEach((e, i) => {
      if (!isObj(e) || !(key in e)) return;
      const fix = normaliseDate(e[key]);
      const read = "invalid" in fix ? readDateText(e[key]) : undefined;
      if ("date" in fix) e[key] = fix.date;
      else if (read) {
        warnDate(
          `${section}[${i}].${key}: read ${quote(e[key])} as ${read} (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
        );
        e[key] = read;
      } else {
        if (!("empty" in fix))
          warnDate(
            `${section}[${i}].${key}: dropped ${quote(e[key])}: not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
          );
        delete e[key];
      }
    });
  }

  let profile = repair(doc, warn);
  // A 1.0 field that was unusable and dropped (`url: []`) leaves room for its 0.x twin.
  if (migrate(doc)) profile = repair(doc, warn);
  return { profile: profile ?? validateProfile(doc, file), warnings };
}

/** Give basics and each entry (by its position in the document) its file and line. */
function addSources(doc: Obj, file: string, lineOf: (path: string) => number | undefined): void {
  const mark = (entry: unknown, path: string) => {
    if (!isObj(entry) || "source" in entry) return;
    const line = lineOf(path);
    entry.source = line ? { file, line } : { file };
  };
  mark(doc.basics, "basics");
  for (const section of ENTRY_SECTIONS) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    list.forEach((e, i) => {
      mark(e, `${section}/${i}`);
      if (section === "work" && isObj(e) && Array.isArray(e.roles)) {
        e.roles.forEach((r, j) => mark(r, `${section}/${i}/roles/${j}`));
      }
    });
  }
}

/** Import a JSON Resume document; warnings are discarded (see {@link importJsonResume}). */
export function fromJsonResume(data: unknown, file: string): Profile {
  return importJsonResume(data, file).profile;
}

/**
 * Make `doc` fit the Profile schema in place: coerce scalars to text and a string to a
 * list where that keeps the meaning, drop (with a warning) whatever else does not fit.
 */
function repair(doc: Obj, warn: (message: string) => void): Profile | undefined {
  for (let round = 0; round < 50; round++) {
    const result = Profile.safeParse(doc);
    if (result.success) return result.data;
    let dropped = false;
    for (const issue of result.error.issues as z.core.$ZodIssue[]) {
      const path = issue.path;
      if (path.length === 0) return; // cannot happen for an object; let validation report it
      let parent: unknown = doc;
      for (const p of path.slice(0, -1))
        parent = (parent as Record<PropertyKey, unknown>)?.[p as PropertyKey];
      if (typeof parent !== "object" || parent === null) continue;
      const key = path[path.length - 1]!;
      const holder = parent as Record<PropertyKey, unknown>;
      const value = holder[key];
      const expected = issue.code === "invalid_type" ? issue.expected : undefined;
      if (value === undefined && path.length >= 2) {
        // A required field is missing (an extra section without a title): drop the entry.
        const where = path.slice(0, -1);
        let grand: unknown = doc;
        for (const p of where.slice(0, -1))
          grand = (grand as Record<PropertyKey, unknown>)?.[p as PropertyKey];
        if (typeof grand === "object" && grand !== null) {
          const at = where[where.length - 1]!;
          if ((grand as Record<PropertyKey, unknown>)[at] !== undefined) {
            warn(`${pathString(where)}: dropped ${describe(parent)}: ${String(key)} is missing`);
            delete (grand as Record<PropertyKey, unknown>)[at];
            dropped = true;
          }
        }
      } else if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
        holder[key] = String(value);
      } else if (expected === "array" && typeof value === "string") {
        // `"keywords": "Spark, dbt, Dagster"`: a list written as one string is its items.
        holder[key] =
          key === "keywords" || key === "courses"
            ? value
                .split(/[,;]/)
                .map((k) => k.trim())
                .filter(Boolean)
            : [value];
      } else {
        warn(
          `${pathString(path)}: dropped ${describe(value)}${typeof value === "string" ? " " + quote(value) : ""}: ${issue.message}`,
        );
        delete holder[key];
        dropped = true;
      }
    }
    if (dropped) compact(doc);
  }
}

/** Remove the holes `delete` left in arrays. */
function compact(v: unknown): void {
  if (Array.isArray(v)) {
    for (let i = v.length - 1; i >= 0; i--) if (!(i in v)) v.splice(i, 1);
    for (const x of v) compact(x);
  } else if (isObj(v)) {
    for (const x of Object.values(v)) compact(x);
  }
}

// ---------------------------------------------------------------------------------------
// Export

export interface ExportOptions {
  /**
   * Also make the values the schema gives a `format` conform to it, so the result
   * validates with format checks on: a URL without a scheme (`github.com/x`) gets
   * `https://`, an empty or unusable URL or e-mail address is left out, a date outside
   * the schema's years (1000–2999) is left out. Off by default: without it, export keeps
   * every value as it came in (the round trip stays exact).
   */
  strict?: boolean;
}

/** Sections (arrays of entries) whose entries may carry `source`. */
const ENTRY_SECTIONS = [...JSON_RESUME_SECTIONS.filter((s) => s !== "basics" && s !== "meta"), "extra"];

/** Profile → a JSON Resume 1.0 document (a new object; the profile is not modified). */
export function toJsonResume(profile: Profile, options: ExportOptions = {}): Obj {
  const doc = structuredClone(profile) as Obj;
  if (isObj(doc.basics)) delete doc.basics.source;
  for (const section of ENTRY_SECTIONS) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (!isObj(e)) continue;
      delete e.source;
      if (section === "work" && Array.isArray(e.roles)) {
        for (const r of e.roles) if (isObj(r)) delete r.source;
      }
    }
  }
  dropUndefined(doc);
  if (options.strict) conform(doc);
  // After conform, which may leave a date out: what the import will see decides.
  for (const [section, open] of Object.entries(DATED)) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (!isObj(e)) continue;
      exportOngoing(e, open);
      if (section === "work" && Array.isArray(e.roles))
        for (const r of e.roles) if (isObj(r)) exportOngoing(r, true);
    }
  }
  // The model lists unknown keys last; `$schema` reads best first, as documents have it.
  if ("$schema" in doc) return { $schema: doc.$schema, ...doc };
  return doc;
}

/**
 * `ongoing` on export: left out where the import infers it back (JSON Resume's own reading:
 * a job with a start and no end is current), written where it would not, so that the
 * round trip is exact: `false` on a job dated only "2019" (ended, end unknown), `true` on
 * a school or project "2023 – present" or on "present" with no start date.
 */
function exportOngoing(e: Obj, ongoingWhenOpen: boolean): void {
  const inferred = ongoingWhenOpen && typeof e.startDate === "string" && e.endDate === undefined;
  const ongoing = e.ongoing === true;
  if (ongoing === inferred) delete e.ongoing;
  else e.ongoing = ongoing;
}

function dropUndefined(v: unknown): void {
  if (Array.isArray(v)) v.forEach(dropUndefined);
  else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) delete v[k];
      else dropUndefined(x);
    }
  }
}

/**
 * The schema's `uri` and `email` formats exactly as ajv-formats checks them (the validator
 * JSON Resume's own tooling uses): a standalone module of regular expressions.
 */
const isUri = fullFormats.uri as (s: string) => boolean;
const EMAIL = fullFormats.email as RegExp;
const HOSTISH =
  /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
const SCHEMA_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;

/**
 * A URL the schema accepts, or undefined: kept as it is when valid; a host name without a
 * scheme (`github.com/x`) gets `https://`; characters a URI may not hold are
 * percent-encoded (via WHATWG URL); anything else is refused.
 */
export function conformUrl(value: string): string | undefined {
  const v = value.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : HOSTISH.test(v) ? `https://${v}` : undefined;
  if (candidate === undefined) return undefined;
  if (isUri(candidate)) return candidate;
  try {
    const href = new URL(candidate).href;
    return isUri(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

function conformField(holder: Obj, key: string, kind: "uri" | "email" | "date"): void {
  const v = holder[key];
  if (v === undefined) return;
  if (typeof v !== "string") {
    delete holder[key]; // only `$schema` can be anything here; the model types the rest
    return;
  }
  let fixed: string | undefined;
  if (kind === "uri") fixed = conformUrl(v);
  else if (kind === "email") fixed = EMAIL.test(v.trim()) ? v.trim() : undefined;
  else fixed = SCHEMA_DATE.test(v) ? v : undefined;
  if (fixed === undefined) delete holder[key];
  else holder[key] = fixed;
}

function conform(doc: Obj): void {
  conformField(doc, "$schema", "uri");
  if (isObj(doc.basics)) {
    conformField(doc.basics, "url", "uri");
    conformField(doc.basics, "email", "email");
    if (Array.isArray(doc.basics.profiles)) {
      for (const p of doc.basics.profiles) if (isObj(p)) conformField(p, "url", "uri");
    }
  }
  if (isObj(doc.meta)) conformField(doc.meta, "canonical", "uri");
  for (const [section, keys] of Object.entries(FORMATTED)) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (!isObj(e)) continue;
      for (const key of keys) conformField(e, key, key === "url" ? "uri" : "date");
    }
  }
}

/** The fields of each section the schema gives a format (uri or iso8601 date). */
const FORMATTED: Record<string, string[]> = {
  work: ["url", "startDate", "endDate"],
  volunteer: ["url", "startDate", "endDate"],
  education: ["url", "startDate", "endDate"],
  awards: ["date"],
  certificates: ["url", "date"],
  publications: ["url", "releaseDate"],
  projects: ["url", "startDate", "endDate"],
};
