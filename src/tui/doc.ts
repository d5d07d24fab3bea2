/**
 * A profile section as lines that fit a given width: what the detail pane scrolls.
 * Every piece of text taken from a field carries its origin (entry, field path, offset),
 * the same paths the search index reports, so a hit can be found and highlighted.
 */
import type { Profile } from "../profile/schema.js";
import type { SectionId } from "../profile/sections.js";
import { formatDate, formatRange, type DatedLike } from "../profile/format.js";
import type { Theme, Token } from "./theme.js";
import { linkTarget, visible, wrap, type Line, type Seg } from "./text.js";

export interface SectionDoc {
  lines: Line[];
  /** First line of each entry. */
  entryLine: Map<number, number>;
}

type Obj = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && !!x.trim()) : [];

/** A segment from a field of the current entry. */
function field(entry: number, path: string, text: string, style?: Token, link?: string): Seg {
  return { text: visible(text), style, link, src: { entry, field: path, offset: 0 } };
}

function plain(text: string, style?: Token): Seg {
  return { text: visible(text), style };
}

class Builder {
  lines: Line[] = [];
  entryLine = new Map<number, number>();
  entry = 0;
  constructor(
    readonly cols: number,
    readonly theme: Theme,
  ) {}

  begin(entry: number): void {
    this.entry = entry;
    if (this.lines.length) this.blank();
    this.entryLine.set(entry, this.lines.length);
  }
  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1]!.segs.length === 0) return;
    this.lines.push({ segs: [], entry: this.entry });
  }
  para(segs: Seg[], indent = 0): void {
    if (segs.length === 0) return;
    this.lines.push(...wrap(segs, this.cols, { indent, entry: this.entry }));
  }
  bullet(seg: Seg, indent = 0): void {
    this.lines.push(
      ...wrap([seg], this.cols, {
        indent,
        prefix: [plain(`${this.theme.bullet} `, "accent")],
        entry: this.entry,
      }),
    );
  }
  /** Text with blank-line separated paragraphs, each wrapped. */
  prose(entry: number, path: string, text: string | undefined, indent = 0): void {
    if (!text) return;
    let offset = 0;
    for (const part of text.split(/(\n\s*\n)/)) {
      if (part.trim() && !/^\n\s*\n$/.test(part)) {
        this.para([{ ...field(entry, path, part), src: { entry, field: path, offset } }], indent);
      }
      offset += part.length;
    }
  }
  /** `·`-joined items on one wrapped paragraph (a meta line). */
  joined(items: (Seg | undefined)[], style: Token = "muted", indent = 0): void {
    const present = items.filter((s): s is Seg => !!s && !!s.text.trim());
    if (!present.length) return;
    const segs: Seg[] = [];
    present.forEach((s, i) => {
      if (i) segs.push(plain(this.theme.dot, "muted"));
      segs.push({ ...s, style: s.style ?? style });
    });
    this.para(segs, indent);
  }
  chips(entry: number, path: string, words: string[], indent = 0): void {
    if (!words.length) return;
    const segs: Seg[] = [];
    words.forEach((word, i) => {
      if (i) segs.push({ text: " " });
      segs.push({
        ...field(entry, `${path}[${i}]`, word, "chip"),
        atomic: true,
        open: this.theme.chipOpen,
        close: this.theme.chipClose,
      });
    });
    this.para(segs, indent);
  }
  bullets(entry: number, path: string, list: unknown, indent = 0): void {
    strs(list).forEach((h, i) => this.bullet(field(entry, `${path}[${i}]`, h), indent));
  }
}

/** A date range is one unbreakable unit: `2008 → 2012` never splits across lines. */
function when(text: string): Seg {
  return { ...plain(text, "accent"), atomic: true };
}

function range(e: DatedLike): Seg | undefined {
  const r = formatRange(e);
  return r ? when(r) : undefined;
}

function opt(entry: number, o: Obj, key: string, style?: Token, prefix = ""): Seg | undefined {
  const v = str(o[key]);
  return v ? field(entry, prefix + key, v, style) : undefined;
}

function urlSeg(entry: number, path: string, url: string | undefined): Seg | undefined {
  if (!url) return undefined;
  return field(entry, path, url, "link", linkTarget(url, "url"));
}

function each(list: unknown, fn: (o: Obj, i: number) => void): void {
  if (Array.isArray(list)) list.forEach((o, i) => o && typeof o === "object" && fn(o as Obj, i));
}

/**
 * The Overview tab: a `whoami` summary, not a copy of the header. Summary text, the
 * current role(s) (else the latest), where, the latest education, the top skills as
 * chips and what the other tabs hold; contacts only when the header has no room for them
 * (`contacts`). Every part is optional: a missing field leaves its line out.
 */
function overview(b: Builder, p: Profile, contacts: boolean): void {
  const basics = (p.basics ?? {}) as Obj;
  const t = b.theme;
  b.begin(0);
  const heading = (text: string) => {
    b.blank();
    b.para([plain(text, "heading")]);
  };
  const summary = str(basics.summary);
  if (summary) b.prose(0, "summary", summary);

  const work = (Array.isArray(p.work) ? p.work : []).filter((w) => w && typeof w === "object") as Obj[];
  const now = work.filter((w) => w.ongoing === true || (!!str(w.startDate) && !str(w.endDate)));
  const roles = now.length ? now : work.slice(0, 1);
  if (roles.length) {
    heading(now.length ? "Now" : "Latest");
    for (const w of roles.slice(0, 3)) {
      const pos = str(w.position);
      const company = str(w.name);
      const head: Seg[] = [];
      if (pos) head.push(plain(pos, "subheading"));
      if (pos && company) head.push(plain(t.dot, "muted"));
      if (company) head.push(plain(company, "text"));
      const dates = formatRange(w as DatedLike);
      if (dates) head.push(plain("   "), when(dates));
      if (head.length) b.para(head, 2);
      const where = [str(w.team), str(w.location)].filter((x): x is string => !!x);
      if (where.length)
        b.joined(
          where.map((x) => plain(x)),
          "muted",
          4,
        );
    }
  }

  const loc = (basics.location ?? {}) as Obj;
  const place = ["city", "region", "countryCode"]
    .map((k) => opt(0, loc, k, "text", "location."))
    .filter((x): x is Seg => !!x);
  const school = (Array.isArray(p.education) ? p.education : [])[0] as Obj | undefined;
  const study = school ? [str(school.studyType), str(school.area)].filter(Boolean).join(" ") : "";
  const schoolLine: Seg[] = [];
  if (school) {
    if (study) schoolLine.push(plain(study, "subheading"));
    const inst = str(school.institution);
    if (inst) schoolLine.push(...(schoolLine.length ? [plain(t.dot, "muted")] : []), plain(inst));
    const dates = formatRange(school as DatedLike);
    if (dates && schoolLine.length) schoolLine.push(plain("   "), when(dates));
  }
  if (place.length || schoolLine.length) b.blank();
  if (place.length)
    b.para([plain("Location  ", "muted"), ...place.flatMap((x, i) => (i ? [plain(", "), x] : [x]))], 2);
  if (schoolLine.length) b.para([plain("Education ", "muted"), ...schoolLine], 2);

  // Top skills: each skill group's keywords in turn (the first of each group first), else
  // the group names; a chip said once, case-insensitively.
  const groups = (Array.isArray(p.skills) ? p.skills : []).filter((x) => x && typeof x === "object") as Obj[];
  const lists = groups.map((g) => strs(g.keywords));
  const picked: string[] = [];
  const seen = new Set<string>();
  const take = (w: string) => {
    const k = w.trim().toLowerCase();
    if (!seen.has(k) && picked.length < 12) {
      seen.add(k);
      picked.push(w);
    }
  };
  for (let i = 0; lists.some((l) => i < l.length) && picked.length < 12; i++)
    for (const l of lists) if (i < l.length) take(l[i]!);
  if (!picked.length) for (const g of groups) if (str(g.name)) take(str(g.name)!);
  if (picked.length) {
    heading("Stack");
    const segs: Seg[] = [];
    picked.forEach((w, i) => {
      if (i) segs.push({ text: " " });
      segs.push({ ...plain(w, "chip"), atomic: true, open: t.chipOpen, close: t.chipClose });
    });
    b.para(segs, 2);
  }

  const count = (n: number, one: string, many: string) => (n ? `${n} ${n === 1 ? one : many}` : "");
  const roleCount = work.reduce((n, w) => n + Math.max(1, Array.isArray(w.roles) ? w.roles.length : 0), 0);
  const counts = [
    count(roleCount, "role", "roles"),
    count(Array.isArray(p.projects) ? p.projects.length : 0, "project", "projects"),
    count(Array.isArray(p.education) ? p.education.length : 0, "school", "schools"),
  ].filter(Boolean);
  if (counts.length) {
    b.blank();
    b.joined(
      counts.map((c) => plain(c)),
      "muted",
      2,
    );
  }

  if (contacts) {
    const email = str(basics.email);
    const contact: (Seg | undefined)[] = [
      email ? field(0, "email", email, "link", linkTarget(email, "email")) : undefined,
      opt(0, basics, "phone"),
      urlSeg(0, "url", str(basics.url)),
    ];
    const profiles: Seg[][] = [];
    each(basics.profiles, (pr, i) => {
      const net = str(pr.network);
      const url = str(pr.url);
      const user = str(pr.username);
      const segs: Seg[] = [];
      if (net) segs.push(field(0, `profiles[${i}].network`, net, "muted"), plain(": ", "muted"));
      if (url) segs.push(field(0, `profiles[${i}].url`, url, "link", linkTarget(url, "url")));
      else if (user) segs.push(field(0, `profiles[${i}].username`, user));
      if (url || user) profiles.push(segs);
    });
    if (contact.some(Boolean) || profiles.length) heading("Contact");
    for (const c of contact) if (c) b.para([c], 2);
    for (const segs of profiles) b.para(segs, 2);
  }
  if (!b.lines.length) b.para([plain("Nothing here.", "muted")]);
}

function experience(b: Builder, p: Profile): void {
  each(p.work, (w, i) => {
    b.begin(i);
    const head: Seg[] = [];
    const pos = opt(i, w, "position", "heading");
    const company = opt(i, w, "name", "subheading");
    if (pos) head.push(pos);
    if (pos && company) head.push(plain(b.theme.dot, "muted"));
    if (company) head.push(company);
    const team = opt(i, w, "team", "muted");
    if (team) head.push(plain(" (", "muted"), team, plain(")", "muted"));
    if (!head.length) head.push(plain("(untitled role)", "muted"));
    b.para(head);
    b.joined([opt(i, w, "location"), range(w)]);
    b.joined([urlSeg(i, "url", str(w.url))]);
    b.prose(i, "description", str(w.description));
    b.prose(i, "summary", str(w.summary));
    b.bullets(i, "highlights", w.highlights, 2);
    each(w.roles, (r, j) => {
      const at = `roles[${j}].`;
      const rh: Seg[] = [plain("▸ ", "accent")];
      const rp = opt(i, r, "position", "subheading", at);
      const rt = opt(i, r, "team", "muted", at);
      if (rp) rh.push(rp);
      if (rp && rt) rh.push(plain(b.theme.dot, "muted"));
      if (rt) rh.push(rt);
      if (rh.length === 1) rh.push(plain("role", "muted"));
      b.para(rh, 2);
      b.joined([range(r), opt(i, r, "note", "muted", at)], "muted", 4);
      b.prose(i, `${at}summary`, str(r.summary), 4);
      b.bullets(i, `${at}highlights`, r.highlights, 4);
      b.chips(i, `${at}keywords`, strs(r.keywords), 4);
    });
    b.chips(i, "keywords", strs(w.keywords));
  });
}

function projects(b: Builder, p: Profile): void {
  each(p.projects, (pr, i) => {
    b.begin(i);
    const meta = [
      opt(i, pr, "type", "accent"),
      opt(i, pr, "metric", "accent"),
      range(pr),
      opt(i, pr, "entity"),
    ];
    const name = opt(i, pr, "name", "heading");
    if (name) {
      b.para([name]);
      b.joined(meta);
    } else if (meta.some(Boolean)) {
      // No name in the document: its kind and metric head the entry instead.
      b.joined(meta.map((m) => (m ? { ...m, style: "heading" as const } : m)));
    } else {
      b.para([plain("(untitled project)", "muted")]);
    }
    b.joined([urlSeg(i, "url", str(pr.url))]);
    b.prose(i, "description", str(pr.description));
    b.bullets(i, "highlights", pr.highlights, 2);
    const roles = strs(pr.roles);
    if (roles.length) b.joined(roles.map((r, j) => field(i, `roles[${j}]`, r)));
    b.chips(i, "keywords", strs(pr.keywords));
  });
}

function skills(b: Builder, p: Profile): void {
  each(p.skills, (s, i) => {
    b.begin(i);
    const head: Seg[] = [opt(i, s, "name", "heading") ?? plain("Skills", "heading")];
    // A group named by its level ("Expert", level "Expert") says it once, as print does.
    const same = (str(s.level) ?? "").toLowerCase() === (str(s.name) ?? "").toLowerCase();
    const level = same ? undefined : opt(i, s, "level", "muted");
    if (level) head.push(plain(b.theme.dot, "muted"), level);
    b.para(head);
    b.chips(i, "keywords", strs(s.keywords));
  });
}

function education(b: Builder, p: Profile): void {
  each(p.education, (e, i) => {
    b.begin(i);
    b.para([opt(i, e, "institution", "heading") ?? plain("(school)", "muted")]);
    b.joined([opt(i, e, "studyType", "subheading"), opt(i, e, "area"), range(e)], "text");
    const score = opt(i, e, "score");
    if (score) b.para([plain("Score: ", "muted"), score]);
    b.joined([urlSeg(i, "url", str(e.url))]);
    b.bullets(i, "notes", e.notes, 2);
    b.chips(i, "courses", strs(e.courses));
  });
}

function simple(b: Builder, list: unknown, render: (o: Obj, i: number) => void): void {
  each(list, (o, i) => {
    b.begin(i);
    render(o, i);
  });
}

function dateSeg(o: Obj, key: string): Seg | undefined {
  const d = str(o[key]);
  return d ? plain(/^\d{4}(-\d{2}){0,2}$/.test(d) ? formatDate(d) : d, "accent") : undefined;
}

function build(b: Builder, p: Profile, section: SectionId): void {
  switch (section) {
    case "overview":
      return overview(b, p, false);
    case "experience":
      return experience(b, p);
    case "projects":
      return projects(b, p);
    case "skills":
      return skills(b, p);
    case "education":
      return education(b, p);
    case "languages":
      return simple(b, p.languages, (o, i) =>
        b.joined([opt(i, o, "language", "heading"), opt(i, o, "fluency")]),
      );
    case "interests":
      return simple(b, p.interests, (o, i) => {
        b.para([opt(i, o, "name", "heading") ?? plain("Interest", "heading")]);
        b.chips(i, "keywords", strs(o.keywords));
      });
    case "certificates":
      return simple(b, p.certificates, (o, i) => {
        b.para([opt(i, o, "name", "heading") ?? plain("(certificate)", "muted")]);
        b.joined([opt(i, o, "issuer"), dateSeg(o, "date")]);
        b.joined([urlSeg(i, "url", str(o.url))]);
      });
    case "publications":
      return simple(b, p.publications, (o, i) => {
        b.para([opt(i, o, "name", "heading") ?? plain("(publication)", "muted")]);
        b.joined([opt(i, o, "publisher"), dateSeg(o, "releaseDate")]);
        b.joined([urlSeg(i, "url", str(o.url))]);
        b.prose(i, "summary", str(o.summary));
      });
    case "awards":
      return simple(b, p.awards, (o, i) => {
        b.para([opt(i, o, "title", "heading") ?? plain("(award)", "muted")]);
        b.joined([opt(i, o, "awarder"), dateSeg(o, "date")]);
        b.prose(i, "summary", str(o.summary));
      });
    case "volunteer":
      return simple(b, p.volunteer, (o, i) => {
        const head: Seg[] = [];
        const pos = opt(i, o, "position", "heading");
        const org = opt(i, o, "organization", "subheading");
        if (pos) head.push(pos);
        if (pos && org) head.push(plain(b.theme.dot, "muted"));
        if (org) head.push(org);
        b.para(head.length ? head : [plain("(volunteering)", "muted")]);
        b.joined([range(o)]);
        b.joined([urlSeg(i, "url", str(o.url))]);
        b.prose(i, "summary", str(o.summary));
        b.bullets(i, "highlights", o.highlights, 2);
      });
    case "references":
      return simple(b, p.references, (o, i) => {
        b.para([opt(i, o, "name", "heading") ?? plain("(reference)", "muted")]);
        b.prose(i, "reference", str(o.reference), 2);
      });
    case "other":
      return simple(b, p.extra, (o, i) => {
        b.para([opt(i, o, "title", "heading") ?? plain("(section)", "muted")]);
        strs(o.lines).forEach((l, j) => b.para([field(i, `lines[${j}]`, l)], 2));
      });
  }
}

export function sectionDoc(
  profile: Profile,
  section: SectionId,
  cols: number,
  theme: Theme,
  options: { contacts?: boolean } = {},
): SectionDoc {
  const b = new Builder(Math.max(4, cols), theme);
  if (section === "overview") overview(b, profile, options.contacts ?? false);
  else build(b, profile, section);
  if (!b.lines.length) b.lines.push({ segs: [plain("Nothing here.", "muted")] });
  return { lines: b.lines, entryLine: b.entryLine };
}

/**
 * The whole profile on one page (every section in order, each under its title), and where
 * each section starts, so a hit can be found in it.
 */
export function wholeDoc(
  profile: Profile,
  sections: readonly { id: SectionId; title: string }[],
  cols: number,
  theme: Theme,
  options: { contacts?: boolean } = {},
): SectionDoc & { starts: Map<SectionId, number> } {
  const lines: Line[] = [];
  const entryLine = new Map<number, number>();
  const starts = new Map<SectionId, number>();
  for (const { id, title } of sections) {
    if (lines.length) lines.push({ segs: [] });
    lines.push({ segs: [plain(`── ${title} `, "heading")] });
    starts.set(id, lines.length);
    const d = sectionDoc(profile, id, cols, theme, options);
    lines.push(...d.lines);
  }
  return { lines, entryLine, starts };
}

/** Ranges to mark in a section: one hit's (entry, field) and its [start, end) pairs. */
export interface Mark {
  entry: number;
  field: string;
  text: string;
  ranges: [number, number][];
}

/**
 * Apply a search mark: split segments where the hit's ranges fall and give those parts
 * the `match` style. Returns the new lines and the first marked line (-1 when the field
 * is not shown, in which case the match is looked for by its text inside the entry).
 */
export function applyMark(lines: Line[], mark: Mark): { lines: Line[]; line: number } {
  let first = -1;
  const hit = (s: Seg) => s.src && s.src.entry === mark.entry && s.src.field === mark.field;
  let out = lines.map((line, n) => {
    if (!line.segs.some(hit)) return line;
    const segs: Seg[] = [];
    for (const s of line.segs) {
      if (!hit(s)) {
        segs.push(s);
        continue;
      }
      const start = s.src!.offset;
      const end = start + s.text.length;
      const cuts = mark.ranges.filter(([a, z]) => a < end && z > start);
      if (!cuts.length) {
        segs.push(s);
        continue;
      }
      if (first < 0) first = n;
      if (s.atomic) {
        segs.push({ ...s, style: "match" });
        continue;
      }
      let at = start;
      for (const [a, z] of cuts) {
        const from = Math.max(a, start);
        const to = Math.min(z, end);
        if (from > at)
          segs.push({ ...s, text: s.text.slice(at - start, from - start), src: { ...s.src!, offset: at } });
        segs.push({
          ...s,
          text: s.text.slice(from - start, to - start),
          style: "match",
          src: { ...s.src!, offset: from },
        });
        at = to;
      }
      if (at < end) segs.push({ ...s, text: s.text.slice(at - start), src: { ...s.src!, offset: at } });
    }
    return { ...line, segs };
  });
  if (first >= 0) return { lines: out, line: first };
  // The field is not drawn as such: look for the matched words inside the entry's lines.
  const words = mark.ranges.map(([a, z]) => mark.text.slice(a, z).toLowerCase()).filter((w) => w.trim());
  out = lines.map((line, n) => {
    if (line.entry !== mark.entry || !words.length) return line;
    const segs: Seg[] = [];
    let found = false;
    for (const s of line.segs) {
      const low = s.text.toLowerCase();
      const word = words.find((w) => low.includes(w));
      if (!word || s.atomic) {
        if (word && s.atomic) found = true;
        segs.push(word && s.atomic ? { ...s, style: "match" } : s);
        continue;
      }
      found = true;
      let at = 0;
      let i = low.indexOf(word);
      while (i >= 0) {
        if (i > at) segs.push({ ...s, text: s.text.slice(at, i) });
        segs.push({ ...s, text: s.text.slice(i, i + word.length), style: "match" });
        at = i + word.length;
        i = low.indexOf(word, at);
      }
      if (at < s.text.length) segs.push({ ...s, text: s.text.slice(at) });
    }
    if (found && first < 0) first = n;
    return found ? { ...line, segs } : line;
  });
  return { lines: out, line: first };
}

export type HeaderSize = "full" | "compact" | "tiny";

/** The `$ whoami` header: the person's label, headline, tags and contact line. */
export function headerLines(label: string, profile: Profile, size: HeaderSize, theme: Theme): Line[] {
  const basics = (profile.basics ?? {}) as Obj;
  const prompt: Seg[] = [plain("$ ", "prompt"), plain("whoami", "prompt")];
  const name = plain(label, "name");
  const headline = str(basics.label);
  const head = headline && headline.trim() !== label.trim() ? plain(headline, "subheading") : undefined;
  // A chip said once: tags equal (case-insensitively) to the headline, the name or an
  // earlier tag are left out.
  const said = new Set([label, headline ?? ""].map((t) => t.trim().toLowerCase()));
  const tags = strs(basics.tags)
    .filter((t) => {
      const k = t.trim().toLowerCase();
      if (said.has(k)) return false;
      said.add(k);
      return true;
    })
    .map((t) => plain(t, "accent"));
  const dotted = (segs: Seg[]): Seg[] => segs.flatMap((s, i) => (i ? [plain(theme.dot, "muted"), s] : [s]));
  const email = str(basics.email);
  const url = str(basics.url);
  const loc = (basics.location ?? {}) as Obj;
  const place = ["city", "region", "countryCode"]
    .map((k) => str(loc[k]))
    .filter(Boolean)
    .join(", ");
  const contact: Seg[] = [];
  if (email) contact.push({ ...plain(email, "link"), link: linkTarget(email, "email") });
  const phone = str(basics.phone);
  if (phone) contact.push(plain(phone));
  if (url) contact.push({ ...plain(url, "link"), link: linkTarget(url, "url") });
  if (place) contact.push(plain(place, "muted"));
  const lines: Seg[][] = [];
  if (size === "full") {
    lines.push(prompt, [name]);
    const sub = [...(head ? [head] : []), ...tags];
    if (sub.length) lines.push(dotted(sub));
    if (contact.length) lines.push(dotted(contact));
  } else if (size === "compact") {
    lines.push([...prompt, plain(" "), name]);
    const sub = [...(head ? [head] : []), ...tags];
    if (sub.length) lines.push(dotted(sub));
    if (contact.length) lines.push(dotted(contact));
  } else {
    lines.push([...prompt, plain(" "), name, ...(head ? [plain(theme.dot, "muted"), head] : [])]);
  }
  return lines.map((segs) => ({ segs }));
}
