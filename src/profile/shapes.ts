/**
 * Résumé-shaped JSON and YAML that is not JSON Resume, made into JSON Resume before the
 * import (src/profile/jsonresume.ts), which stays the one path into the profile:
 *   - RenderCV (`cv:` with `sections:`, or its content alone: `name:` and `sections:`), mapped
 *     field by field;
 *   - other documents whose keys mean JSON Resume's (`experience` for `work`, `employer`
 *     for `name`, `title` for `position`, `from` for `startDate`...), mapped by synonym,
 *     with a warning naming what was mapped; a key is renamed only where the JSON Resume
 *     key is absent, so a JSON Resume document passes through unchanged;
 *   - a near-miss top-level key (`basic`, `eduction`) gets "did you mean `basics`?".
 * Pure: a value in, a value (and what was mapped) or an error message out.
 */
import { JSON_RESUME_SECTIONS } from "./jsonresume.js";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export type Reshaped =
  /** Unchanged: JSON Resume already (or nothing this module knows). */
  | { kind: "same" }
  | {
      kind: "mapped";
      value: Obj;
      warning: string;
      /** Where an entry that moved came from: `skills/3` → `skills/sets/1` (slash paths). */
      origins?: ReadonlyMap<string, string>;
    }
  | { kind: "error"; message: string };

/** A path of the reshaped document as a path of the original, by its entry's origin. */
export function originOf(origins: ReadonlyMap<string, string> | undefined, path: string): string {
  if (!origins) return path;
  const parts = path.split("/");
  const from = origins.get(parts.slice(0, 2).join("/"));
  return from === undefined ? path : [from, ...parts.slice(2)].join("/");
}

export function reshape(value: unknown): Reshaped {
  if (!isObj(value)) return { kind: "same" };
  if (isObj(value.cv) && (isObj(value.cv.sections) || typeof value.cv.name === "string"))
    return fromRenderCv(value.cv);
  // RenderCV's content without its `cv:` key (as its sample content file is written): `name:`
  // and `sections:` at the top, and no JSON Resume section beside them.
  if (
    isObj(value.sections) &&
    typeof value.name === "string" &&
    !Object.keys(value).some((k) => JSON_SET.has(k))
  )
    return fromRenderCv(value);
  return bySynonyms(value);
}

// ---------------------------------------------------------------------------------------
// Synonyms

/** Top-level keys → JSON Resume sections. */
const TOP: Record<string, string> = {
  experience: "work",
  experiences: "work",
  employment: "work",
  employment_history: "work",
  work_experience: "work",
  workexperience: "work",
  jobs: "work",
  positions: "work",
  career: "work",
  professional_experience: "work",
  schooling: "education",
  studies: "education",
  academics: "education",
  skill: "skills",
  technologies: "skills",
  competencies: "skills",
  certifications: "certificates",
  certification: "certificates",
  licenses: "certificates",
  honors: "awards",
  achievements: "awards",
  publication: "publications",
  papers: "publications",
  language: "languages",
  hobbies: "interests",
  volunteering: "volunteer",
  volunteer_experience: "volunteer",
  project: "projects",
  personal: "basics",
  contact: "basics",
  profile: "basics",
  about: "basics",
  personal_info: "basics",
};

/** Entry keys → JSON Resume keys, per section (`website`, `company`: the import's own 0.x renames). */
const ENTRY: Record<string, Record<string, string>> = {
  basics: {
    full_name: "name",
    fullname: "name",
    "e-mail": "email",
    mail: "email",
    telephone: "phone",
    mobile: "phone",
    tel: "phone",
    homepage: "url",
    web: "url",
    site: "url",
    headline: "label",
    title: "label",
    about: "summary",
    bio: "summary",
    objective: "summary",
    social: "profiles",
    social_networks: "profiles",
    links: "profiles",
  },
  work: {
    employer: "name",
    organization: "name",
    organisation: "name",
    org: "name",
    title: "position",
    role: "position",
    job_title: "position",
    jobtitle: "position",
    start: "startDate",
    from: "startDate",
    start_date: "startDate",
    started: "startDate",
    since: "startDate",
    begin: "startDate",
    end: "endDate",
    to: "endDate",
    end_date: "endDate",
    until: "endDate",
    ended: "endDate",
    // `description` is JSON Resume's own (the company's line) under `work`: renamed only in
    // a section that came by a synonym (`experience`), or when it is a list (below).
    description: "summary",
    responsibilities: "highlights",
    achievements: "highlights",
    bullets: "highlights",
    duties: "highlights",
    accomplishments: "highlights",
  },
  education: {
    school: "institution",
    university: "institution",
    college: "institution",
    name: "institution",
    degree: "studyType",
    qualification: "studyType",
    field: "area",
    major: "area",
    subject: "area",
    start: "startDate",
    from: "startDate",
    start_date: "startDate",
    end: "endDate",
    to: "endDate",
    end_date: "endDate",
    graduation: "endDate",
    grade: "score",
  },
  projects: {
    title: "name",
    start: "startDate",
    from: "startDate",
    start_date: "startDate",
    end: "endDate",
    to: "endDate",
    end_date: "endDate",
    link: "url",
  },
  volunteer: {
    organisation: "organization",
    org: "organization",
    name: "organization",
    company: "organization",
    title: "position",
    role: "position",
    start: "startDate",
    from: "startDate",
    start_date: "startDate",
    end: "endDate",
    to: "endDate",
    end_date: "endDate",
  },
  skills: {
    skill: "name",
    label: "name",
    category: "name",
    group: "name",
    items: "keywords",
    details: "keywords",
    tags: "keywords",
    skills: "keywords",
    technologies: "keywords",
  },
  languages: {
    name: "language",
    label: "language",
    level: "fluency",
    proficiency: "fluency",
    details: "fluency",
  },
};

/** A description that is a list of lines is highlights, a string is the summary. */
function moveDescription(e: Obj): void {
  for (const k of ["summary", "highlights"] as const) {
    const v = e[k];
    if (k === "summary" && Array.isArray(v) && !("highlights" in e)) {
      e.highlights = v;
      delete e.summary;
    }
    if (k === "highlights" && typeof v === "string" && !("summary" in e)) {
      e.summary = v;
      delete e.highlights;
    }
  }
}

/** Sections JSON Resume keeps as lists of entries (all but `basics` and `meta`). */
const LIST_SECTIONS = new Set<string>(JSON_RESUME_SECTIONS.filter((s) => s !== "basics" && s !== "meta"));

/** Sections whose entries are a name and keywords, so `Name: [a, b]` is one entry. */
const GROUPED = new Set(["skills", "interests"]);

function splitKeywords(s: string): string[] {
  return s
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/**
 * A list section written as an object, read as the list it holds: lists of entries under
 * keys of their own (`skills: {sets: [...], list: [...]}`, `projects: {personal: [...],
 * work: [...]}`) are joined in order; in skills and interests a key whose value is words
 * (`Languages: [Go, Rust]`, `Databases: "Postgres, Redis"`) or an entry of its own
 * (`Languages: {keywords: [...]}`) is one group named by the key. Anything else stays
 * out, so the import's own warning names it.
 */
function unwrapList(section: string, v: Obj): { entry: Obj; from: string }[] {
  const out: { entry: Obj; from: string }[] = [];
  const grouped = GROUPED.has(section);
  for (const [key, value] of Object.entries(v)) {
    const from = `${section}/${key}`;
    if (Array.isArray(value)) {
      const words = value.filter((x) => typeof x === "string" || typeof x === "number").map(String);
      value.forEach((e, i) => {
        if (isObj(e)) out.push({ entry: e, from: `${from}/${i}` });
      });
      if (grouped && words.length) out.push({ entry: { name: key, keywords: words }, from });
    } else if (grouped && typeof value === "string" && value.trim()) {
      out.push({ entry: { name: key, keywords: splitKeywords(value) }, from });
    } else if (grouped && isObj(value)) {
      out.push({ entry: { name: key, ...value }, from });
    }
  }
  return out;
}

function bySynonyms(doc: Obj): Reshaped {
  const out: Obj = { ...doc };
  const mapped: string[] = [];
  /** Sections named by a synonym (`experience`): not JSON Resume, so its own keys are not either. */
  const bySynonym = new Set<string>();
  /** A section's new name → its key in the document. */
  const keyOf = new Map<string, string>();
  for (const [key, v] of Object.entries(doc)) {
    const target = TOP[key.toLowerCase()];
    if (!target || JSON_SET.has(key) || target in out) continue;
    out[target] = v;
    delete out[key];
    bySynonym.add(target);
    keyOf.set(target, key);
    mapped.push(`${key} → ${target}`);
  }
  const origins = new Map<string, string>();
  for (const [target, key] of keyOf) {
    const v = out[target];
    if (Array.isArray(v)) v.forEach((_, i) => origins.set(`${target}/${i}`, `${key}/${i}`));
  }
  for (const [key, v] of Object.entries(out)) {
    if (!LIST_SECTIONS.has(key) || !isObj(v)) continue;
    const entries = unwrapList(key, v);
    if (entries.length === 0) continue;
    const docKey = keyOf.get(key) ?? key;
    out[key] = entries.map((e) => e.entry);
    entries.forEach((e, i) => origins.set(`${key}/${i}`, docKey + e.from.slice(key.length)));
    mapped.push(`${key}: an object of lists (${Object.keys(v).join(", ")}) read as one list`);
  }
  const known = Object.keys(out).filter((k) => JSON_SET.has(k));
  if (known.length === 0) {
    const near = Object.keys(doc)
      .map((k) => [k, nearest(k)] as const)
      .find(([, n]) => n !== undefined);
    if (near) {
      return {
        kind: "error",
        message: `not a JSON Resume document: it has \`${near[0]}\`; did you mean \`${near[1]}\`?`,
      };
    }
    return { kind: "same" };
  }
  for (const [section, keys] of Object.entries(ENTRY)) {
    const v = out[section];
    const entries = section === "basics" ? (isObj(v) ? [v] : []) : Array.isArray(v) ? v.filter(isObj) : [];
    if (entries.length === 0) continue;
    const renamed = new Set<string>();
    const copies = entries.map((e) => {
      const c: Obj = { ...e };
      for (const [from, to] of Object.entries(keys)) {
        if (!(from in c) || to in c) continue;
        if (section === "work" && from === "description" && !bySynonym.has(section)) continue;
        c[to] = c[from];
        delete c[from];
        renamed.add(`${from} → ${to}`);
      }
      if (section === "work" && Array.isArray(c.description) && !("highlights" in c)) {
        c.highlights = c.description;
        delete c.description;
        renamed.add("description → highlights");
      }
      if (section !== "basics") moveDescription(c);
      if (section === "skills" && typeof c.keywords === "string") c.keywords = splitKeywords(c.keywords);
      return c;
    });
    if (renamed.size === 0) continue;
    out[section] = section === "basics" ? copies[0] : copies;
    mapped.push(`${section}: ${[...renamed].join(", ")}`);
  }
  if (mapped.length === 0) return { kind: "same" };
  return {
    kind: "mapped",
    value: out,
    warning: `not JSON Resume keys, read as their JSON Resume twins: ${mapped.join("; ")}`,
    ...(origins.size ? { origins } : {}),
  };
}

const JSON_SET = new Set<string>(JSON_RESUME_SECTIONS);

/** The JSON Resume section a misspelt key means (edit distance 1–2, or a missing/extra `s`). */
function nearest(key: string): string | undefined {
  const k = key.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of JSON_RESUME_SECTIONS) {
    const d = distance(k, name);
    const limit = name.length <= 5 ? 1 : 2;
    if (d > 0 && d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

// ---------------------------------------------------------------------------------------
// RenderCV

/** A RenderCV section title → the JSON Resume section its entries go to. */
function sectionOf(title: string): string | undefined {
  const t = title.toLowerCase().replace(/[_-]+/g, " ");
  if (/summary|about|profile|objective/.test(t)) return "summary";
  if (/experience|employment|work|career|positions|appointments/.test(t)) return "work";
  if (/education|studies|academic/.test(t)) return "education";
  if (/project/.test(t)) return "projects";
  if (/skill|technolog|competenc|tools/.test(t)) return "skills";
  if (/language/.test(t)) return "languages";
  if (/open source|software|portfolio/.test(t)) return "projects";
  if (/volunteer|community/.test(t)) return "volunteer";
  if (/award|honou?r|achievement/.test(t)) return "awards";
  if (/certific|licen/.test(t)) return "certificates";
  if (/publication|papers/.test(t)) return "publications";
  if (/reference|testimonial/.test(t)) return "references";
  if (/interest|hobb/.test(t)) return "interests";
  return undefined;
}

const NETWORK_URLS: Record<string, string> = {
  github: "https://github.com/",
  gitlab: "https://gitlab.com/",
  linkedin: "https://linkedin.com/in/",
  twitter: "https://twitter.com/",
  x: "https://x.com/",
  stackoverflow: "https://stackoverflow.com/users/",
  orcid: "https://orcid.org/",
  researchgate: "https://www.researchgate.net/profile/",
  youtube: "https://youtube.com/@",
  instagram: "https://instagram.com/",
};

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? plain(v) : typeof v === "number" ? String(v) : undefined;
}

/** A Markdown link `[text](url)`, RenderCV's way to link a name or a phrase. */
const MD_LINK = /\[([^[\]\n]{1,300})\]\(([^()\s]{1,500})\)/g;

/**
 * RenderCV's text is Markdown: `**23%**`, `*Kubeflow*` and `[pipelines](https://…)` are
 * read as the words they show.
 */
export function plain(text: string): string {
  return text
    .replace(MD_LINK, "$1")
    .replace(/\*\*([^*\n]{1,300})\*\*/g, "$1")
    .replace(/(^|[^\w*])\*([^*\s][^*\n]{0,300})\*(?![\w*])/g, "$1$2")
    .trim();
}

/** The address of a name written as one Markdown link (`"[tidepool](https://…)"`). */
function linkOf(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*\[[^[\]\n]{1,300}\]\(([^()\s]{1,500})\)\s*$/.exec(v);
  return m?.[1];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : [];
}

/**
 * RenderCV dates: `start_date`, `end_date` ("present"), or one `date`, which is the whole
 * of the entry's time ("Summer 2019": it began and ended then, it is not ongoing).
 */
function dates(e: Obj, single = false): Obj {
  const out: Obj = {};
  const start = str(e.start_date);
  const end = str(e.end_date);
  const date = str(e.date);
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  if (!start && !end && date) {
    const range = dateRange(date);
    if (range) [out.startDate, out.endDate] = range;
    else if (single) out.date = date;
    else {
      out.startDate = date;
      out.endDate = date;
    }
  }
  return out;
}

/** "2017 – 2020", "Sep 2019 - present", "2019 to 2021": a `date` written as a range, cut at its dash. */
function dateRange(date: string): [string, string] | undefined {
  if (date.length > 60) return undefined;
  for (const sep of ["–", "—", " - ", " to "]) {
    const at = date.indexOf(sep);
    if (at > 0 && at + sep.length < date.length)
      return [date.slice(0, at).trim(), date.slice(at + sep.length).trim()];
  }
  return undefined;
}

function fromRenderCv(cv: Obj): Reshaped {
  const doc: Obj = {};
  const basics: Obj = {};
  for (const [from, to] of [
    ["name", "name"],
    ["label", "label"],
    ["headline", "label"],
    ["email", "email"],
    ["phone", "phone"],
    ["website", "url"],
  ] as const) {
    const v = str(cv[from]);
    if (v && !(to in basics)) basics[to] = v;
  }
  // "Gothenburg, Sweden": the city, then its region or country.
  const location = str(cv.location);
  const comma = location ? location.indexOf(", ") : -1;
  if (location)
    basics.location =
      comma > 0 ? { city: location.slice(0, comma), region: location.slice(comma + 2) } : { city: location };
  if (typeof basics.phone === "string") basics.phone = basics.phone.replace(/^tel:/i, "");
  const profiles = (Array.isArray(cv.social_networks) ? cv.social_networks : [])
    .filter(isObj)
    .flatMap((n) => {
      const network = str(n.network);
      const username = str(n.username);
      if (!network || !username) return [];
      const base = NETWORK_URLS[network.toLowerCase().replace(/[^a-z]/g, "")];
      return [base ? { network, username, url: base + username } : { network, username }];
    });
  if (profiles.length) basics.profiles = profiles;
  const lists: Record<string, Obj[]> = {};
  const push = (section: string, e: Obj) => (lists[section] ??= []).push(e);
  const summary: string[] = [];
  const unknown: string[] = [];
  const sections = isObj(cv.sections) ? cv.sections : {};
  for (const [title, raw] of Object.entries(sections)) {
    const entries = Array.isArray(raw) ? raw : [];
    const kind = sectionOf(title) ?? kindOfEntries(entries);
    if (!kind) {
      // A section of the person's own ("Talks", "Welcome to RenderCV!"): kept as its lines.
      const lines = entries.flatMap(entryLines);
      if (lines.length) push("extra", { title: sectionTitle(title), lines });
      unknown.push(title);
      continue;
    }
    for (const e of entries) {
      if (typeof e === "string") {
        const text = plain(e);
        if (kind === "summary") summary.push(text);
        else if (kind === "interests") push("interests", { name: text });
        else if (kind === "skills") push("skills", { name: text });
        continue;
      }
      if (!isObj(e)) continue;
      const highlights = strings(e.highlights);
      const extra = str(e.summary);
      const withText = (o: Obj) => {
        if (highlights.length) o.highlights = highlights;
        if (extra) o.summary = extra;
        return o;
      };
      // Entry types by their keys, as RenderCV tells them apart.
      if ("bullet" in e) {
        const b = str(e.bullet);
        if (b && kind === "summary") summary.push(b);
        else if (b && kind === "skills") push("skills", { name: b });
        else if (b && kind === "interests") push("interests", { name: b });
        continue;
      }
      if ("label" in e && "details" in e) {
        const label = str(e.label);
        const details = str(e.details);
        if (kind === "languages") push("languages", { language: label, fluency: details });
        else if (kind === "skills")
          push("skills", {
            name: label,
            keywords: (details ?? "")
              .split(/[,;]/)
              .map((k) => k.trim())
              .filter(Boolean),
          });
        else if (kind === "interests") push("interests", { name: label, keywords: details ? [details] : [] });
        else if (kind === "summary") summary.push([label, details].filter(Boolean).join(": "));
        else push(kind === "work" ? "work" : kind, withText({ name: label, summary: details }));
        continue;
      }
      const location = str(e.location);
      if (kind === "work") {
        push(
          "work",
          withText({ name: str(e.company) ?? str(e.name), position: str(e.position), location, ...dates(e) }),
        );
      } else if (kind === "education") {
        push(
          "education",
          withText({
            institution: str(e.institution) ?? str(e.name),
            area: str(e.area),
            studyType: str(e.degree),
            location,
            score: str(e.gpa),
            ...dates(e),
          }),
        );
      } else if (kind === "volunteer") {
        push(
          "volunteer",
          withText({ organization: str(e.company) ?? str(e.name), position: str(e.position), ...dates(e) }),
        );
      } else if (kind === "projects") {
        const url =
          location && /^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(location) ? `https://${location}` : undefined;
        push(
          "projects",
          withText({
            name: str(e.name) ?? str(e.company),
            description: str(e.position),
            url: linkOf(e.name) ?? str(e.url) ?? url,
            ...dates(e),
          }),
        );
      } else if (kind === "awards") {
        push("awards", withText({ title: str(e.name) ?? str(e.title), ...dates(e, true) }));
      } else if (kind === "certificates") {
        push("certificates", { name: str(e.name) ?? str(e.title), ...dates(e, true) });
      } else if (kind === "publications") {
        const url = str(e.url) ?? (str(e.doi) ? `https://doi.org/${str(e.doi)}` : undefined);
        push("publications", {
          name: str(e.title) ?? str(e.name),
          publisher: str(e.journal),
          url,
          releaseDate: str(e.date),
        });
      } else if (kind === "references") {
        push("references", {
          name: str(e.name),
          reference: [...highlights, extra].filter(Boolean).join(" ") || location,
        });
      } else if (kind === "summary") {
        summary.push(...[str(e.name), extra, ...highlights].filter((s): s is string => Boolean(s)));
      } else if (kind === "skills" || kind === "interests") {
        push(kind, { name: str(e.name), keywords: highlights });
      } else if (kind === "languages") {
        push("languages", { language: str(e.name) });
      }
    }
  }
  if (summary.length) basics.summary = summary.join("\n");
  if (Object.keys(basics).length) doc.basics = basics;
  for (const [k, v] of Object.entries(lists)) doc[k] = v.map(dropEmpty);
  if (Object.keys(doc).length === 0)
    return { kind: "error", message: "a RenderCV document with nothing in it (no name, no sections)" };
  const read = Object.keys(sections).filter((t) => !unknown.includes(t));
  const skipped = unknown.length
    ? `; kept sections ${unknown.map((t) => `\`${t}\``).join(", ")} as their lines (not a kind of section the profile has)`
    : "";
  return {
    kind: "mapped",
    value: doc,
    warning: `read as RenderCV YAML (cv: ${["name", ...read].join(", ")})${skipped}`,
  };
}

/** A section title as RenderCV prints it: `open_source` → "Open Source". */
function sectionTitle(key: string): string {
  return key.includes(" ") || /\p{Lu}/u.test(key)
    ? key
    : key.replace(/_/g, " ").replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** The kind of a section named by none of the known words, by its entries' type (ExperienceEntry, EducationEntry, PublicationEntry). */
function kindOfEntries(entries: unknown[]): string | undefined {
  const objs = entries.filter(isObj);
  if (objs.length === 0 || objs.length !== entries.length) return undefined;
  if (objs.every((e) => "company" in e && "position" in e)) return "work";
  if (objs.every((e) => "institution" in e && ("area" in e || "degree" in e))) return "education";
  if (objs.every((e) => "title" in e && "authors" in e)) return "publications";
  return undefined;
}

/** An entry of a section kept as lines: its text, then its details and highlights. */
function entryLines(e: unknown): string[] {
  if (typeof e === "string") return e.trim() ? [plain(e)] : [];
  if (!isObj(e)) return [];
  const head = [
    str(e.name) ?? str(e.title) ?? str(e.label) ?? str(e.bullet) ?? str(e.number) ?? str(e.reversed_number),
    str(e.details),
    str(e.location),
    str(e.date) ?? [str(e.start_date), str(e.end_date)].filter(Boolean).join(" – "),
  ].filter((x): x is string => Boolean(x));
  return [
    ...(head.length ? [head.join(" · ")] : []),
    ...[str(e.summary)].filter((x): x is string => Boolean(x)),
    ...strings(e.highlights),
  ];
}

function dropEmpty(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}
