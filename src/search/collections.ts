/** Small data structures of the search engine: an LRU cache, a growable int list, a top-k. */

/** A string-keyed cache that forgets the least recently used entry beyond `max`. */
export class Lru<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/** Growable int32 list. */
export class IntList {
  data = new Int32Array(16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = v;
  }
  /** Make room for `capacity` values in all (one allocation instead of several doublings). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
  /**
   * The values, without a copy unless over a quarter of the room is unused (a view of
   * `data`, so the list must not be pushed to afterwards). Every copy of a big list is
   * memory the garbage collector is asked to account for (see build.ts).
   */
  finish(): Int32Array {
    return this.length >= this.data.length * 0.75 ? this.data.subarray(0, this.length) : this.toArray();
  }
}

/** The best k (score, id) pairs seen, lower score first, then lower id. */
export class TopK {
  private ids: number[] = [];
  private scores: number[] = [];
  constructor(private readonly k: number) {}
  add(id: number, score: number): void {
    const n = this.ids.length;
    if (
      n === this.k &&
      (score > this.scores[n - 1]! || (score === this.scores[n - 1] && id > this.ids[n - 1]!))
    )
      return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.scores[mid]! < score || (this.scores[mid] === score && this.ids[mid]! < id)) lo = mid + 1;
      else hi = mid;
    }
    this.ids.splice(lo, 0, id);
    this.scores.splice(lo, 0, score);
    if (this.ids.length > this.k) {
      this.ids.pop();
      this.scores.pop();
    }
  }
  get full(): boolean {
    return this.ids.length >= this.k;
  }
  get worst(): number {
    return this.scores[this.scores.length - 1] ?? Infinity;
  }
  forEach(fn: (id: number, score: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) fn(this.ids[i]!, this.scores[i]!);
  }
}

/** An empty bitset for `n` items. */
export const bitset = (n: number): Uint32Array => new Uint32Array((n + 31) >>> 5);

/** Whether item p is in the bitset. */
export const has = (bits: Uint32Array, p: number): boolean => ((bits[p >>> 5]! >>> (p & 31)) & 1) === 1;

/** Put item p in the bitset. */
export const add = (bits: Uint32Array, p: number): void => {
  bits[p >>> 5]! |= 1 << (p & 31);
};
