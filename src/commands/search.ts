/** `resumes search QUERY [PATH...] [--json] [--limit N]`: ranked hits across every profile. */
import { defineCommand, fromFlag, usageError } from "../command/define.js";
import { LIMIT_FLAGS, openLibrary } from "../cli/library.js";
import { looksLikePath } from "../cli/paths.js";
import { sectionTitle } from "../print/blocks.js";
import { makeStyle, safe, type Style } from "../print/style.js";
import { truncate, width } from "../print/wrap.js";
import type { Library } from "../library/library.js";
import { hitEntryLabel, indexFor, type Hit } from "../search/index.js";
import { snippet } from "../search/snippet.js";
import { sanitize } from "../text/sanitize.js";
import { jsonText } from "../print/json.js";
import { EXIT, type Io } from "../command/io.js";

const USAGE = "search QUERY [PATH...] [--json] [--limit N]";
const DEFAULT_LIMIT = 20;

/** The `--json` shape, documented in the README. */
export interface SearchJson {
  query: string;
  hits: {
    profile: string;
    label: string;
    section: string;
    entry: number;
    field: string;
    text: string;
    score: number;
    ranges: [number, number][];
  }[];
}

export function searchJson(query: string, hits: Hit[], library: Library): SearchJson {
  return {
    query,
    hits: hits.map((h) => ({
      profile: h.id,
      label: library.byId.get(h.id)?.label ?? h.id,
      section: h.section,
      entry: h.entry,
      field: h.field,
      text: h.text,
      score: h.score,
      ranges: h.ranges,
    })),
  };
}

/** Keep a segment on one line and free of control characters, without trimming it. */
const clean = (text: string) => sanitize(text).replace(/\s/g, " ");

/** Two lines per hit: who and where, then the text around the match. */
export function renderHits(
  hits: Hit[],
  library: Library,
  style: Style,
  columns: number,
  color: boolean,
): string {
  const cols = Math.max(20, columns);
  const lines: string[] = [];
  for (const hit of hits) {
    const entry = library.byId.get(hit.id);
    const label = safe(entry?.label ?? hit.id);
    const inEntry = safe(hitEntryLabel(entry?.profile, hit));
    const where = [sectionTitle(hit.section), inEntry].filter(Boolean).join(" › ");
    // too wide: shorten the person first (the entry tells hits apart), then the entry
    const who = truncate(label, Math.max(12, cols - 2 - width(where)));
    const rest = truncate(`  ${where}`, Math.max(0, cols - width(who)));
    lines.push(style.accent(who) + style.dim(rest));
    const indent = "  ";
    // plain output marks matches with [ ], which take room too
    const segs = snippet(hit.text, hit.ranges, cols - indent.length - (color ? 0 : 2 * hit.ranges.length));
    const body = segs
      .map((s) => {
        const t = clean(s.text);
        if (!s.match) return t;
        return color ? style.bold(style.underline(t)) : `[${t}]`;
      })
      .join("");
    lines.push(indent + body);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

export const command = defineCommand({
  name: "search",
  summary: "fuzzy search across every profile",
  usage: [USAGE],
  description:
    "Search names, headlines, positions, companies, teams, locations, summaries, bullets,\n" +
    "projects, stacks, skills, schools, languages and the rest, forgiving typos (rsut → Rust).\n" +
    "Several words must all match in the same profile. Extended syntax (fuse.js):\n" +
    "  'exact   include this text    =text   the whole field    ^pre   field starts with\n" +
    "  suf$     field ends with       !word   people without it  a | b  either group\n" +
    "Words after QUERY that are not files or folders join the query.\n" +
    "Exit 0 with hits, 1 with none, 2 on a usage error.",
  flags: [
    fromFlag,
    {
      name: "json",
      short: "j",
      description: 'print {"query", "hits": [{profile, label, section, entry, field, text, score, ranges}]}',
    },
    {
      name: "limit",
      short: "n",
      kind: "int",
      value: "N",
      description: `at most N hits (default ${DEFAULT_LIMIT})`,
    },
    ...LIMIT_FLAGS,
  ],
  examples: [
    ["resumes search kafka", "who has worked with Kafka"],
    ["resumes search rsut", "typos are forgiven: Rust"],
    ["resumes search 'rust !java' --limit 5", "Rust people who never mention Java"],
    ["resumes search =Go ./cvs --json", "exactly 'Go', in a folder of résumés, as JSON"],
  ],
  async run({ flags, positionals }, io: Io) {
    const limit = flags.limit === undefined ? DEFAULT_LIMIT : Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1)
      return usageError(io, "search", USAGE, `--limit must be a whole number of at least 1`);
    const [first, ...rest] = positionals;
    const words = first === undefined ? [] : [first];
    const paths: string[] = [];
    for (const arg of rest) {
      if (looksLikePath(arg, io)) paths.push(arg);
      else words.push(arg);
    }
    const query = words.join(" ");
    if (!query.trim()) return usageError(io, "search", USAGE, "say what to search for (QUERY)");
    const opened = await openLibrary(paths, io, { flags });
    const hits = indexFor(opened.library).search(query, { limit });
    if (flags.json) {
      // pretty, with each [start, end] pair on one line
      const json = jsonText(searchJson(query, hits, opened.library));
      io.stdout.write(json.replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, "[$1, $2]"));
    } else if (hits.length > 0) {
      const columns = io.isTTY ? io.columns : Math.max(io.columns, 80);
      io.stdout.write(renderHits(hits, opened.library, makeStyle(io.color), columns, io.color));
    } else {
      io.stderr.write(`resumes search: nothing matches '${safe(query)}'\n`);
    }
    if (hits.length === 0) return opened.failed ? EXIT.error : EXIT.notFound;
    return opened.failed ? EXIT.error : EXIT.ok;
  },
});
