/**
 * A profile's sections as neutral blocks (title, dates, bullets, chips...), shared by the
 * plain-text and Markdown renderers so both say the same things in the same order. All
 * text passes through `safe()`: one line, no control characters.
 */
import { formatRange } from "../profile/format.js";
import type { Profile, Role, Work } from "../profile/schema.js";
import { SECTIONS, SECTION_FIELD, type SectionId } from "../profile/sections.js";
import { safe } from "./style.js";

export interface Block {
  /** "Systems Engineer · Cloudflare", "Rust", "University of X". */
  title: string;
  /** A second, quieter line: team, location, kind and metric, degree. */
  meta: string;
  /** `Jan '26 → present`, or "". */
  dates: string;
  /** Paragraphs. */
  text: string[];
  bullets: string[];
  /** Stack or keywords. */
  chips: string[];
  url: string;
  /** Roles inside one company. */
  children: Block[];
}

function block(partial: Partial<Block>): Block {
  return {
    title: "",
    meta: "",
    dates: "",
    text: [],
    bullets: [],
    chips: [],
    url: "",
    children: [],
    ...partial,
  };
}

const join = (parts: (string | undefined)[], sep = " · ") => parts.map(safe).filter(Boolean).join(sep);
const all = (items: string[] | undefined) => (items ?? []).map(safe).filter(Boolean);
const paras = (...texts: (string | undefined)[]) => texts.map(safe).filter(Boolean);

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.title ?? id;
}

function roleBlock(r: Role): Block {
  return block({
    title: join([r.position, r.team]),
    meta: safe(r.note),
    dates: formatRange(r),
    text: paras(r.summary),
    bullets: all(r.highlights),
    chips: all(r.keywords),
  });
}

function workBlock(w: Work): Block {
  return block({
    title: join([w.position, w.name]),
    meta: join([w.team, w.description, w.location]),
    dates: formatRange(w),
    text: paras(w.summary),
    bullets: all(w.highlights),
    chips: all(w.keywords),
    url: safe(w.url),
    children: (w.roles ?? []).map(roleBlock),
  });
}

/** An entry known by its title, who gave or published it, and one date. */
function dated(title?: string, by?: string, date?: string, summary?: string, url?: string): Block {
  return block({
    title: safe(title),
    meta: safe(by),
    dates: formatRange({ startDate: date }),
    text: paras(summary),
    url: safe(url),
  });
}

/** The blocks of every section but the overview. */
export function sectionBlocks(profile: Profile, id: Exclude<SectionId, "overview">): Block[] {
  switch (id) {
    case "experience":
      return (profile.work ?? []).map(workBlock);
    case "projects":
      return (profile.projects ?? []).map((p) =>
        block({
          title: safe(p.name) || "(untitled project)",
          meta: join([p.type, p.metric, p.entity]),
          dates: formatRange(p),
          text: paras(p.description),
          bullets: all(p.highlights),
          chips: all(p.keywords),
          url: safe(p.url),
        }),
      );
    case "skills":
      return (profile.skills ?? []).map((s) =>
        // A group named by its level ("Expert", level "Expert") says it once.
        block({
          title: safe(s.name),
          meta: safe(s.level).toLowerCase() === safe(s.name).toLowerCase() ? "" : safe(s.level),
          chips: all(s.keywords),
        }),
      );
    case "education":
      return (profile.education ?? []).map((e) =>
        block({
          title: safe(e.institution) || join([e.studyType, e.area], " in "),
          meta: safe(e.institution)
            ? join([e.studyType, e.area, e.score ? `score ${e.score}` : undefined])
            : safe(e.score),
          dates: formatRange(e),
          bullets: [...all(e.notes), ...all(e.courses)],
          url: safe(e.url),
        }),
      );
    case "languages":
      return (profile.languages ?? []).map((l) => block({ title: safe(l.language), meta: safe(l.fluency) }));
    case "interests":
      return (profile.interests ?? []).map((i) => block({ title: safe(i.name), chips: all(i.keywords) }));
    case "certificates":
      return (profile.certificates ?? []).map((c) => dated(c.name, c.issuer, c.date, undefined, c.url));
    case "publications":
      return (profile.publications ?? []).map((p) =>
        dated(p.name, p.publisher, p.releaseDate, p.summary, p.url),
      );
    case "awards":
      return (profile.awards ?? []).map((a) => dated(a.title, a.awarder, a.date, a.summary));
    case "volunteer":
      return (profile.volunteer ?? []).map((v) =>
        block({
          title: join([v.position, v.organization]),
          dates: formatRange(v),
          text: paras(v.summary),
          bullets: all(v.highlights),
          url: safe(v.url),
        }),
      );
    case "references":
      return (profile.references ?? []).map((r) => block({ title: safe(r.name), text: paras(r.reference) }));
    case "other":
      return (profile.extra ?? []).map((x) => block({ title: safe(x.title), bullets: all(x.lines) }));
  }
}

export interface Overview {
  name: string;
  headline: string;
  tags: string[];
  location: string;
  /** [label, value]: email, phone, web, then one per social profile. */
  contacts: [string, string][];
  summary: string[];
}

export function overviewOf(profile: Profile, fallbackName: string): Overview {
  const b = profile.basics ?? {};
  const loc = b.location;
  const contacts: [string, string][] = [];
  if (b.email) contacts.push(["email", safe(b.email)]);
  if (b.phone) contacts.push(["phone", safe(b.phone)]);
  if (b.url) contacts.push(["web", safe(b.url)]);
  for (const p of b.profiles ?? []) {
    const value = safe(p.url) || safe(p.username);
    if (value) contacts.push([safe(p.network) || "profile", value]);
  }
  const name = safe(b.name) || safe(fallbackName);
  return {
    name,
    // A profile without a name is labelled by its headline: say it once.
    headline: safe(b.label) === name ? "" : safe(b.label),
    tags: all(b.tags),
    location: loc ? join([loc.city, loc.region, loc.countryCode], ", ") : "",
    contacts,
    summary: paras(b.summary),
  };
}

/** The headline a one-line listing shows: label, else latest role. */
export function headlineOf(profile: Profile): string {
  const b = profile.basics;
  if (b?.label?.trim()) return safe(b.label);
  const w = profile.work?.[0];
  return w ? join([w.position, w.name]) : "";
}

/** Whether a section id has any content in this profile. */
export function hasSection(profile: Profile, id: SectionId): boolean {
  if (id === "overview") return true;
  const v = profile[SECTION_FIELD[id]];
  return Array.isArray(v) && v.length > 0;
}
