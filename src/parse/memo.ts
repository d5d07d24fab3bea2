/**
 * Answers of pure functions of one string, kept for the document being parsed. The parser's
 * passes ask the same questions about the same line many times over (is it a date range, a
 * title, a place, a school?): each is answered once per document. The tables are emptied when
 * the next document starts (`newDocument`, called by parseDocument/parseLines) and when full,
 * so what one document wrote never answers another's question and memory stays bounded.
 *
 * A kept answer is shared by every caller: it must not be changed (`frozen` freezes one).
 * Leaf module: imports nothing from the rest of the parser.
 */

let generation = 0;

/** The parse of a new document starts: answers kept for the last one are dropped. */
export function newDocument(): void {
  generation++;
}

/** `fn` with its answers kept per document (at most `max` of them). `fn` must be pure. */
export function perDocument<T>(fn: (text: string) => T, max = 2048): (text: string) => T {
  const table = new Map<string, T>();
  let at = generation;
  return (text: string): T => {
    if (at !== generation) {
      table.clear();
      at = generation;
    }
    const known = table.get(text);
    if (known !== undefined || table.has(text)) return known as T;
    if (table.size >= max) table.clear();
    const answer = fn(text);
    table.set(text, answer);
    return answer;
  };
}

/** `value` and the objects and arrays in it frozen (an answer many callers share). */
export function frozen<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}
