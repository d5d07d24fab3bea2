/**
 * `WHO` → one library entry. Tried in order, the first step that matches anything wins:
 *   1. the id (`utkarsh-gupta`), or the slug of what was typed (`"Utkarsh Gupta"`);
 *   2. the name, ignoring case, accents and spacing;
 *   3. whole words: each word typed is a word of the name, label or id (`ada`, not `adam`);
 *   4. a prefix of the id, of any word of the name or label, or of the whole label;
 *      several words (`utk gup`) must each start a different word;
 *   5. the same with one typo (two for long queries): a fuzzy prefix.
 * One entry → found; several → ambiguous (the caller lists them); none → none.
 */
import { slugify, type Entry, type Library } from "./library.js";

export type FindResult =
  { kind: "found"; entry: Entry } | { kind: "ambiguous"; candidates: Entry[] } | { kind: "none" };

function words(text: string | undefined): string[] {
  return text ? slugify(text).split("-").filter(Boolean) : [];
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, "");
}

interface Keys {
  entry: Entry;
  /** Whole keys a query may be a prefix of. */
  whole: string[];
  /** Single words a query word may be a prefix of. */
  words: string[];
}

function keysOf(entry: Entry): Keys {
  const b = entry.profile.basics;
  const whole = [
    entry.id,
    slugify(b?.name ?? ""),
    slugify(entry.label),
    slugify(b?.label ?? ""),
    slugify(baseName(entry.file)),
  ];
  const ws = [...words(b?.name), ...words(entry.label), ...words(b?.label), ...entry.id.split("-")];
  return { entry, whole: [...new Set(whole.filter(Boolean))], words: [...new Set(ws)] };
}

/** Edit distance between `q` and the closest prefix of `key` (insert, delete, substitute, swap). */
export function prefixDistance(q: string, key: string): number {
  const n = q.length;
  const m = key.length;
  // d[i][j]: distance between q[0..i) and key[0..j)
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= m; j++) d[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = q[i - 1] === key[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && q[i - 1] === key[j - 2] && q[i - 2] === key[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(...d[n]!);
}

function allowedTypos(q: string): number {
  if (q.length < 4) return 0;
  return q.length >= 8 ? 2 : 1;
}

function decide(matches: Entry[]): FindResult | undefined {
  const unique = [...new Set(matches)];
  if (unique.length === 1) return { kind: "found", entry: unique[0]! };
  if (unique.length > 1) return { kind: "ambiguous", candidates: unique };
  return undefined;
}

/** Each query word starts a different word of `pool` (greedy, longest query word first). */
function wordsMatch(qs: string[], pool: string[], ok: (q: string, w: string) => boolean): boolean {
  const free = [...pool];
  for (const q of [...qs].sort((a, b) => b.length - a.length)) {
    const at = free.findIndex((w) => ok(q, w));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}

export function findEntry(library: Library, who: string): FindResult {
  const q = slugify(who);
  if (!q) return { kind: "none" };
  const entries = library.entries;

  const byId = library.byId.get(who.trim()) ?? library.byId.get(q);
  if (byId) return { kind: "found", entry: byId };

  const norm = (s: string) => slugify(s);
  const named = decide(entries.filter((e) => e.profile.basics?.name && norm(e.profile.basics.name) === q));
  if (named) return named;

  const keys = entries.map(keysOf);
  const qWords = q.split("-");

  const whole = decide(
    keys.filter((k) => wordsMatch(qWords, k.words, (a, b) => a === b)).map((k) => k.entry),
  );
  if (whole) return whole;

  const prefix = (a: string, b: string) => b.startsWith(a);
  const byPrefix = decide(
    keys
      .filter((k) => k.whole.some((w) => w.startsWith(q)) || wordsMatch(qWords, k.words, prefix))
      .map((k) => k.entry),
  );
  if (byPrefix) return byPrefix;

  // Fuzzy: keep only the entries at the smallest distance.
  let best = Infinity;
  let fuzzy: Entry[] = [];
  for (const k of keys) {
    const whole = Math.min(...k.whole.map((w) => prefixDistance(q, w)));
    const perWord = qWords.every((w) => allowedTypos(w) > 0 || k.words.some((x) => x.startsWith(w)))
      ? qWords.reduce((sum, w) => sum + Math.min(...k.words.map((x) => prefixDistance(w, x))), 0)
      : Infinity;
    const dist = Math.min(whole, perWord);
    if (dist > allowedTypos(q)) continue;
    if (dist < best) {
      best = dist;
      fuzzy = [k.entry];
    } else if (dist === best) fuzzy.push(k.entry);
  }
  return decide(fuzzy) ?? { kind: "none" };
}
