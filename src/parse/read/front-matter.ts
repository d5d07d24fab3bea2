/**
 * Front matter at the top of a Markdown page: YAML between `---` lines (Pandoc, Jekyll, Hugo,
 * Eleventy; Pandoc may close it with `...`) or TOML between `+++` lines (Hugo, Zola). It is
 * metadata, not text; the fields a reader would take as the person's own (`author`/`name`,
 * `email`, `phone`, `location`/`address`, a website and network handles, a `subtitle`) become
 * lines of their own, in the shape the rest of the parser reads ("Email: x"), at the line of
 * their key. Parsed by the `yaml` and `smol-toml` packages; a block either cannot read is
 * still dropped as metadata, with no fields taken from it.
 */
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import type { Line } from "../line.js";
import { Inline, toLine } from "./inline.js";

/** Where the block is (0-based indices of its fence lines) and the lines made from its fields. */
export interface FrontMatter {
  from: number;
  to: number;
  lines: Line[];
}

/** The longest block looked for, in lines; past it an opening `---` is a horizontal rule. */
const MAX_LINES = 200;
/** A YAML line: a key, an indented or list continuation, a comment or nothing. */
const YAML_LINE = /^(?:[\w$-][\w .$-]{0,40}:(?:[ \t]|$)|[ \t]|-[ \t]|-$|#|$)/;
/** A TOML line: `key = value`, a `[table]`, an indented continuation, a comment or nothing. */
const TOML_LINE = /^(?:["']?[\w.-]{1,40}["']?[ \t]{0,8}=|[[\]}# \t]|$)/;

type Field = "name" | "label" | "email" | "phone" | "location" | "url" | Network;
type Network = "GitHub" | "GitLab" | "LinkedIn" | "Twitter";

/** Front-matter keys (lower case, `_`/`-` dropped) and what each holds. */
const KEYS: Record<string, Field> = {
  author: "name",
  authors: "name",
  name: "name",
  fullname: "name",
  subtitle: "label",
  tagline: "label",
  jobtitle: "label",
  position: "label",
  email: "email",
  mail: "email",
  phone: "phone",
  telephone: "phone",
  mobile: "phone",
  tel: "phone",
  location: "location",
  address: "location",
  city: "location",
  website: "url",
  homepage: "url",
  url: "url",
  site: "url",
  github: "GitHub",
  gitlab: "GitLab",
  linkedin: "LinkedIn",
  twitter: "Twitter",
};
/** Tables that hold the person's own fields (`author: {name, email}`, Hugo's `[params]`). */
const NESTED = new Set(["author", "params", "contact", "contacts", "social", "basics", "extra", "person"]);

const LABEL: Record<Exclude<Field, "name" | "label">, string> = {
  email: "Email",
  phone: "Phone",
  location: "Location",
  url: "Website",
  GitHub: "GitHub",
  GitLab: "GitLab",
  LinkedIn: "LinkedIn",
  Twitter: "Twitter",
};

/** The block's fences, when the document opens with one; undefined otherwise. */
function fences(rawLines: string[]): { from: number; to: number; toml: boolean } | undefined {
  let from = 0;
  while (from < rawLines.length && rawLines[from]!.trim() === "") from++;
  const open = rawLines[from]?.trim();
  if (open !== "---" && open !== "+++") return undefined;
  const toml = open === "+++";
  for (let j = from + 1; j < Math.min(rawLines.length, from + MAX_LINES); j++) {
    const r = rawLines[j]!;
    const t = r.trim();
    if (t === open || (!toml && t === "...")) return j > from + 1 ? { from, to: j, toml } : undefined;
    if (!(toml ? TOML_LINE : YAML_LINE).test(r)) return undefined;
  }
  return undefined;
}

/** The block's text read as a table of values; null when it reads as something else, undefined when it does not read. */
function table(text: string, toml: boolean): Record<string, unknown> | null | undefined {
  // (Flow collections nest by brackets; a block that is mostly brackets is no page metadata.)
  let brackets = 0;
  for (const ch of text) if (ch === "[" || ch === "{") brackets++;
  if (brackets > 200) return undefined;
  try {
    const v: unknown = toml ? parseToml(text) : parseYaml(text, { maxAliasCount: 20, uniqueKeys: false });
    return isTable(v) ? v : null;
  } catch {
    return undefined;
  }
}

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A field's value as one line of text: a string or number, the first of a list, an object's `name`. */
function textOf(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.length ? textOf(v[0]) : undefined;
  if (isTable(v) && "name" in v) return textOf(v.name);
  return undefined;
}

/** The person's fields: the top level first, then the tables that hold them. */
function fields(top: Record<string, unknown>): Map<Field, { key: string; value: string }> {
  const out = new Map<Field, { key: string; value: string }>();
  const take = (t: Record<string, unknown>, depth: number): void => {
    for (const [key, v] of Object.entries(t)) {
      const k = key.toLowerCase().replace(/[-_ ]/g, "");
      const field = KEYS[k];
      const value = textOf(v);
      if (field && value && value.length <= 300 && !out.has(field)) out.set(field, { key, value });
    }
    if (depth > 0) return;
    for (const [key, v] of Object.entries(t))
      if (NESTED.has(key.toLowerCase()) && isTable(v)) take(v, depth + 1);
  };
  take(top, 0);
  return out;
}

/** The 0-based index of the first line of the block that sets `key`, else the opening fence. */
function lineOf(rawLines: string[], from: number, to: number, key: string): number {
  for (let j = from + 1; j < to; j++) {
    const t = rawLines[j]!.trimStart();
    if (t.startsWith(key) && /^["']?[ \t]{0,8}[:=]/.test(t.slice(key.length))) return j;
  }
  return from;
}

/** The document's front matter, or undefined when it opens with none. */
export function readFrontMatter(rawLines: string[]): FrontMatter | undefined {
  const f = fences(rawLines);
  if (!f) return undefined;
  const t = table(rawLines.slice(f.from + 1, f.to).join("\n"), f.toml);
  const lines: Line[] = [];
  // (A block that reads as no table, comments only — "---\n# Name\n---" — is a heading between rules.)
  if (t === null) return undefined;
  if (!t) return { ...f, lines };
  const got = fields(t);
  const line = (field: Field, text: string, o: Parameters<typeof toLine>[2] = {}): void => {
    const { key } = got.get(field)!;
    lines.push(toLine(lineOf(rawLines, f.from, f.to, key) + 1, new Inline().push(text), o));
  };
  // The person's name (a page's `title` is the page's: "Lebenslauf", "Jo Doe's Resume").
  if (got.has("name")) line("name", got.get("name")!.value, { heading: 1, title: true });
  if (got.has("label")) line("label", got.get("label")!.value);
  for (const field of Object.keys(LABEL) as (keyof typeof LABEL)[]) {
    const v = got.get(field)?.value;
    // (Hugo's and Jekyll's `url` is often the page's own path, not the person's site.)
    if (v && (field !== "url" || /^(?:https?:\/\/|www\.)/i.test(v))) line(field, `${LABEL[field]}: ${v}`);
  }
  lines.sort((a, b) => a.n - b.n);
  return { ...f, lines };
}
