/**
 * The search engine behind `buildIndex`: an inverted index over the DISTINCT words of a
 * library, so a query costs a scan of the vocabulary (thousands of words, not millions of
 * fields) plus the postings of the words that match.
 *
 * - vocabulary.ts: the distinct words and typo-tolerant word matching;
 * - build.ts → postings.ts: the fields as typed arrays and each word's postings;
 * - terms.ts: one term evaluated, its fields streamed best first;
 * - ranking.ts: how a match is scored; ranges.ts: where it sits in the text.
 *
 * Here, a query's groups: profiles must match every positive term and no negative one
 * (bitsets); the cheapest term drives, the others are scored in each of its fields, within
 * a bounded budget; then each term adds its own best fields.
 */
import type { Entry } from "../library/library.js";
import { IndexBuilder } from "./build.js";
import type { Hit } from "./index.js";
import { bitset, TopK } from "./collections.js";
import { coverIn, type Postings } from "./postings.js";
import { parseQuery, type Query, type Term } from "./query.js";
import { rangesOf } from "./ranges.js";
import { COVER_SPAN } from "./ranking.js";
import { Terms, type TermResult } from "./terms.js";
import { Vocabulary } from "./vocabulary.js";
import { DamagedIndex } from "./persist.js";

/** A hit as the engine finds it: the profile by its index in the library, not its id. */
export type RawHit = Omit<Hit, "id"> & { profile: number };

/** How many fields (plus 2 × limit) of its rarest term a multi-term query examines at most. */
const CANDIDATES = 4000;

export class Engine {
  private vocab: Vocabulary;
  private builder?: IndexBuilder;
  private ix?: Postings;
  private terms?: Terms;

  /** `built`: an index built before (persist.ts) for exactly these entries. */
  constructor(
    private readonly entries: readonly Entry[],
    built?: { ix: Postings; vocab: Vocabulary },
  ) {
    this.vocab = built?.vocab ?? new Vocabulary();
    if (built) {
      this.ix = built.ix;
      this.terms = new Terms(built.ix, built.vocab);
    }
  }

  /** The built index (building what is left), to persist. */
  built(): { ix: Postings; vocab: Vocabulary } {
    this.step();
    return { ix: this.ix!, vocab: this.vocab };
  }

  get ready(): boolean {
    return this.ix !== undefined;
  }

  /** Index up to `count` more profiles; true when the whole library is indexed. */
  step(count = Infinity): boolean {
    if (this.ix) return true;
    this.builder ??= new IndexBuilder(this.entries, this.vocab);
    const ix = this.builder.step(count);
    if (!ix) return false;
    this.ix = ix;
    this.terms = new Terms(ix, this.vocab);
    this.builder = undefined;
    return true;
  }

  /** Forget cached word scans and term results (benchmarks: every run starts cold). */
  clearCaches(): void {
    this.vocab.clearCache();
    this.terms?.clearCache();
  }

  stats(): { profiles: number; fields: number; words: number; postings: number } {
    this.step();
    let postings = 0;
    for (const p of this.ix!.byWord) postings += p.length;
    return { profiles: this.entries.length, fields: this.ix!.nFields, words: this.vocab.size, postings };
  }

  /**
   * The best `limit` fields for a query. With `withRanges` false the hits carry no ranges
   * (fill them later with `rangesFor`), which saves work when most hits are dropped.
   */
  search(query: string | Query, limit: number, withRanges = true): RawHit[] {
    return this.safely(() => this.searchIn(query, limit, withRanges));
  }

  /**
   * `run`, and when the persisted index it reads turns out damaged (persist.ts), the same
   * on an index built afresh from the entries: a damaged file is a miss, never a wrong hit.
   */
  private safely<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (!(err instanceof DamagedIndex) || this.builder) throw err;
      this.ix = undefined;
      this.terms = undefined;
      this.vocab = new Vocabulary();
      return run();
    }
  }

  private searchIn(query: string | Query, limit: number, withRanges: boolean): RawHit[] {
    const parsed = typeof query === "string" ? parseQuery(query) : query;
    if (parsed.length === 0 || limit <= 0) return [];
    this.step();
    const ix = this.ix!;
    const terms = this.terms!;
    if (ix.nFields === 0) return [];
    const cands = new Map<number, number>();
    for (const group of parsed) {
      const pos = group.filter((t) => !t.negate).map((t) => terms.eval(t));
      const neg = group.filter((t) => t.negate).map((t) => terms.eval(t));
      const n = pos.length;
      let allowed: Uint32Array | undefined;
      if (n > 1 || neg.length > 0) {
        allowed = bitset(this.entries.length).fill(0xffffffff);
        for (const t of pos) {
          const bits = terms.profilesOf(t);
          for (let i = 0; i < allowed.length; i++) allowed[i]! &= bits[i]!;
        }
        for (const t of neg) {
          const bits = terms.profilesOf(t);
          for (let i = 0; i < allowed.length; i++) allowed[i]! &= ~bits[i]!;
        }
      }
      // A field's score: the mean over the group's terms, a term missing from it counting 1.
      // `by` reached f with `key`: its own score there is key + coverage (a word term's
      // first visit of a field is its best word; a list term's key is its score).
      const score = (f: number, by: TermResult, key: number) => {
        const own = by.kind === "words" ? key + coverIn(ix, by.length, f) : key + COVER_SPAN;
        let sum = Math.min(1, own);
        for (const t of pos) if (t !== by) sum += Math.min(1, terms.scoreIn(t, f));
        return sum / n;
      };
      const found = new Map<number, number>();
      if (n > 1) {
        // Fields matching every term: walk the cheapest term's fields, score the others,
        // keep the best `limit` (by score, then library order).
        const driver = pos.reduce((a, b) => (b.cost < a.cost ? b : a));
        const top = new TopK(limit);
        // A bounded number of candidates, best keys first (equal keys in library order):
        // this trims long tails of similar, low-weight fields.
        let budget = CANDIDATES + 2 * limit;
        terms.stream(driver, allowed, (f, key) => {
          // every later field scores at least key / n: stop when that cannot make the top
          if ((top.full && key / n > top.worst) || --budget < 0) return false;
          let sum = Math.min(1, key + coverIn(ix, driver.length, f));
          for (const t of pos) {
            if (t === driver) continue;
            const sc = terms.scoreIn(t, f);
            if (sc === Infinity) return true;
            sum += Math.min(1, sc);
          }
          top.add(f, sum / n);
          return true;
        });
        top.forEach((f, sc) => found.set(f, sc));
      }
      // Then each term's own best fields (a field need not hold every term).
      for (const t of pos) terms.best(t, limit, allowed, found, score);
      for (const [f, sc] of found) {
        const old = cands.get(f);
        if (old === undefined || sc < old) cands.set(f, sc);
      }
    }
    // One hit per text within an entry: a role repeating its job's position is one hit.
    const top: [number, number][] = [];
    const shown = new Set<string>();
    for (const c of [...cands].sort((a, b) => a[1] - b[1] || a[0] - b[0])) {
      const f = c[0];
      const meta = ix.metas[ix.fieldMeta[f]!]!;
      const key = `${ix.fieldProfile[f]}\u0000${meta.section}\u0000${meta.entry}\u0000${ix.fieldText[f]}`;
      if (shown.has(key)) continue;
      shown.add(key);
      top.push(c);
      if (top.length >= limit) break;
    }
    const positive = positiveTerms(parsed);
    return top.map(([f, sc]) => {
      const meta = ix.metas[ix.fieldMeta[f]!]!;
      const text = ix.fieldText[f]!;
      return {
        profile: ix.fieldProfile[f]!,
        section: meta.section,
        entry: meta.entry,
        field: meta.field,
        text,
        ranges: withRanges ? this.rangesOf(text, positive) : [],
        score: Math.round(sc * 1e4) / 1e4,
      };
    });
  }

  /** The ranges a hit of `query` has in `text` (for hits found without ranges). */
  rangesFor(query: string | Query, text: string): [number, number][] {
    return this.safely(() =>
      this.rangesOf(text, positiveTerms(typeof query === "string" ? parseQuery(query) : query)),
    );
  }

  private rangesOf(text: string, terms: Term[]): [number, number][] {
    this.step();
    return rangesOf(text, terms, (t) => this.terms!.eval(t), this.vocab);
  }
}

const positiveTerms = (q: Query): Term[] => q.flat().filter((t) => !t.negate);
