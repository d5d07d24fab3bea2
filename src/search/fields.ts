/**
 * A profile as the flat list of searchable fields: every text a person might look for,
 * with its section, entry index, field path and weight. The order is deterministic, so a
 * field is known by (profile, position in this list) and is re-derived on demand.
 */
import type { Profile } from "../profile/schema.js";
import type { SectionId } from "../profile/sections.js";

export interface Field {
  section: SectionId;
  entry: number;
  /** Path inside the entry: "name", "highlights[2]", "roles[1].position". */
  field: string;
  text: string;
  /** 0..1: how much a match here says about the person (name 1, bullet text 0.4). */
  weight: number;
}

/** Field weights by the last part of the path, per section; anything else is prose. */
const PROSE = 0.4;
const WEIGHTS: Partial<Record<SectionId, Record<string, number>>> = {
  overview: { name: 1, label: 0.85, tags: 0.8, location: 0.6, summary: PROSE },
  experience: { name: 0.9, position: 0.9, team: 0.7, location: 0.6, keywords: 0.8, note: 0.5 },
  projects: { name: 0.8, type: 0.6, metric: 0.5, keywords: 0.8, entity: 0.6, roles: 0.6 },
  skills: { name: 0.7, level: 0.5, keywords: 0.9 },
  education: { institution: 0.8, studyType: 0.7, area: 0.7, score: 0.4, courses: 0.6 },
  languages: { language: 0.7, fluency: 0.4 },
  interests: { name: 0.6, keywords: 0.5 },
  certificates: { name: 0.7, issuer: 0.6 },
  publications: { name: 0.7, publisher: 0.5 },
  awards: { title: 0.7, awarder: 0.5 },
  volunteer: { organization: 0.8, position: 0.8 },
  references: { name: 0.5 },
  other: { title: 0.5 },
};

function weightOf(section: SectionId, key: string): number {
  return WEIGHTS[section]?.[key] ?? PROSE;
}

type Obj = Record<string, unknown>;

/** Add `obj[key]` (a string, or each string of a list) under `prefix`; weight by `key`. */
function put(out: Field[], section: SectionId, entry: number, obj: Obj, keys: string[], prefix = ""): void {
  for (const key of keys) {
    const value = obj[key];
    const path = prefix + key;
    const weight = weightOf(section, key);
    if (typeof value === "string") {
      if (value.trim()) out.push({ section, entry, field: path, text: value, weight });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === "string" && v.trim())
          out.push({ section, entry, field: `${path}[${i}]`, text: v, weight });
      });
    }
  }
}

function each(list: unknown, fn: (item: Obj, i: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (item && typeof item === "object") fn(item as Obj, i);
  });
}

/** Every searchable field of a profile, in display order. */
export function fieldsOf(profile: Profile): Field[] {
  const out: Field[] = [];
  const b = profile.basics;
  if (b) {
    put(out, "overview", 0, b, ["name", "label", "tags", "summary"]);
    const loc = b.location;
    if (loc) put(out, "overview", 0, loc, ["city", "region", "countryCode", "address"], "location.");
  }
  each(profile.work, (w, i) => {
    put(out, "experience", i, w, [
      "position",
      "name",
      "team",
      "location",
      "description",
      "summary",
      "highlights",
      "keywords",
    ]);
    each(w.roles, (r, j) =>
      put(
        out,
        "experience",
        i,
        r,
        ["position", "team", "note", "summary", "highlights", "keywords"],
        `roles[${j}].`,
      ),
    );
  });
  each(profile.projects, (p, i) =>
    put(out, "projects", i, p, [
      "name",
      "type",
      "metric",
      "entity",
      "description",
      "highlights",
      "keywords",
      "roles",
    ]),
  );
  each(profile.skills, (s, i) => put(out, "skills", i, s, ["name", "level", "keywords"]));
  each(profile.education, (e, i) =>
    put(out, "education", i, e, ["institution", "studyType", "area", "score", "courses", "notes"]),
  );
  each(profile.languages, (l, i) => put(out, "languages", i, l, ["language", "fluency"]));
  each(profile.interests, (x, i) => put(out, "interests", i, x, ["name", "keywords"]));
  each(profile.certificates, (c, i) => put(out, "certificates", i, c, ["name", "issuer"]));
  each(profile.publications, (p, i) => put(out, "publications", i, p, ["name", "publisher", "summary"]));
  each(profile.awards, (a, i) => put(out, "awards", i, a, ["title", "awarder", "summary"]));
  each(profile.volunteer, (v, i) =>
    put(out, "volunteer", i, v, ["position", "organization", "summary", "highlights"]),
  );
  each(profile.references, (r, i) => put(out, "references", i, r, ["name"]));
  each(profile.extra, (x, i) => put(out, "other", i, x, ["title", "lines"]));
  return out;
}

const join = (...parts: (string | undefined)[]): string =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(" · ");

/**
 * A short name for the entry a hit is in: "Systems Engineer · Cloudflare", "Converge",
 * "BITS Pilani", "Skills: Database". Empty for the overview.
 */
export function entryLabel(profile: Profile, section: SectionId, entry: number): string {
  switch (section) {
    case "overview":
      return "";
    case "experience": {
      const w = profile.work?.[entry];
      return join(w?.position ?? w?.roles?.[0]?.position, w?.name);
    }
    case "projects":
      return join(profile.projects?.[entry]?.name);
    case "skills":
      return join(profile.skills?.[entry]?.name);
    case "education": {
      const e = profile.education?.[entry];
      return join(e?.institution ?? e?.studyType);
    }
    case "languages":
      return join(profile.languages?.[entry]?.language);
    case "interests":
      return join(profile.interests?.[entry]?.name);
    case "certificates":
      return join(profile.certificates?.[entry]?.name);
    case "publications":
      return join(profile.publications?.[entry]?.name);
    case "awards":
      return join(profile.awards?.[entry]?.title);
    case "volunteer": {
      const v = profile.volunteer?.[entry];
      return join(v?.position, v?.organization);
    }
    case "references":
      return join(profile.references?.[entry]?.name);
    case "other":
      return join(profile.extra?.[entry]?.title);
  }
}

/** What part of the overview a field is: "headline", "tags", "location"... */
export function overviewPart(field: string): string {
  const key = field.replace(/\[\d+\]$/, "").split(".")[0] ?? field;
  return key === "label" ? "headline" : key;
}

/** Where a hit is inside its profile, after the section: the entry's name, or the overview part. */
export function hitEntryLabel(
  profile: Profile | undefined,
  hit: { section: SectionId; entry: number; field: string },
): string {
  if (hit.section === "overview") return overviewPart(hit.field);
  return profile ? entryLabel(profile, hit.section, hit.entry) : "";
}
