/**
 * The built index: every searchable field of every profile, numbered in library order and
 * stored as typed arrays (plus a reference to its text, never copied), and for each word
 * of the vocabulary its postings: the fields containing it, lightest weight penalty first,
 * then in library order (also: fields that start / end with it, for `^` and `$`; profiles
 * containing it, as a list or a bitset).
 */
import type { SectionId } from "../profile/sections.js";
import { cover } from "./ranking.js";

export interface Meta {
  section: SectionId;
  entry: number;
  field: string;
  /** Score added for a low-weight field: 0 for a name, 0.12 for prose. */
  penalty: number;
}

/** Field flags: its first word is at its start; its last word is at its end. */
export const FIRST_AT_START = 1;
export const LAST_AT_END = 2;
/** What may follow a field's last word for `$` to match it. */
export const TRAILING = /[\s.,;:!?)\]'"»”’*]{1,300}$/;
export const TRAILING_OK = /^[\s.,;:!?)\]'"»”’*]*$/;

/** Where in a field a word must be: anywhere, or its first/last word (for ^ and $). */
export type Where = "any" | "first" | "last";

export interface Postings {
  nProfiles: number;
  nFields: number;
  fieldProfile: Int32Array;
  /** 16 bits wide in an index read back (persist.ts) when the metas fit. */
  fieldMeta: Int32Array | Uint16Array;
  fieldLen: Uint16Array;
  /** The field's first and last word ids, and its flags (FIRST_AT_START, LAST_AT_END). */
  fieldFirst: Int32Array;
  fieldLast: Int32Array;
  fieldFlags: Uint8Array;
  fieldPenalty: Float32Array;
  /** The distinct words of field f are fieldWords[fieldWordStart[f] .. fieldWordStart[f+1]). */
  fieldWords: Int32Array;
  fieldWordStart: Int32Array;
  fieldText: string[];
  metas: Meta[];
  /** Per word: the fields containing it, lightest penalty first (then field order). */
  byWord: Int32Array[];
  /** Per word: the fields whose text starts (ends) with it, in the same order. */
  byFirstWord: Int32Array[];
  byLastWord: Int32Array[];
  /** Per word: the profiles containing it, ascending; as a bitset too when common. */
  profiles: Int32Array[];
  profileBits: (Uint32Array | undefined)[];
}

/** The postings a word term at `where` reads. */
export function postingsFor(p: Postings, where: Where): Int32Array[] {
  return where === "first" ? p.byFirstWord : where === "last" ? p.byLastWord : p.byWord;
}

/** The coverage part of a score of a term of `termLength` in field f. */
export function coverIn(p: Postings, termLength: number, f: number): number {
  return cover(termLength, p.fieldLen[f]!);
}

/** Where each field's words are, for {@link sortByWord}. */
export type FieldWords =
  /** Field f holds words[start[f] .. start[f+1]). */
  | { words: Int32Array; start: Int32Array }
  /** Field f holds word[f] when flags[f] has `mask` (its first or last word), else none. */
  | { word: Int32Array; flags: Uint8Array; mask: number };

/**
 * Postings by a counting sort on (word, penalty class), filled in field order: each word's
 * fields come lightest penalty first, then in library order, so a term's best fields can
 * be read first. One array for all words (`out`, as many entries as the fields' words),
 * a view of it per word.
 */
export function sortByWord(
  nWords: number,
  fieldClass: Uint8Array,
  classes: number,
  out: Int32Array,
  fields: FieldWords,
): Int32Array[] {
  const C = classes;
  const nFields = fieldClass.length;
  const counts = new Int32Array(nWords * C + 1);
  // Two passes over the same words: count per (word, class), then place.
  const pass = (place: boolean) => {
    if ("start" in fields) {
      const { words, start } = fields;
      for (let f = 0; f < nFields; f++) {
        const c = fieldClass[f]! + (place ? 0 : 1);
        for (let i = start[f]!, end = start[f + 1]!; i < end; i++) {
          const k = words[i]! * C + c;
          if (place) out[counts[k]!++] = f;
          else counts[k]!++;
        }
      }
    } else {
      const { word, flags, mask } = fields;
      for (let f = 0; f < nFields; f++) {
        if (!(flags[f]! & mask)) continue;
        const k = word[f]! * C + fieldClass[f]! + (place ? 0 : 1);
        if (place) out[counts[k]!++] = f;
        else counts[k]!++;
      }
    }
  };
  pass(false);
  for (let k = 1; k <= nWords * C; k++) counts[k]! += counts[k - 1]!;
  const starts = new Int32Array(nWords + 1);
  for (let w = 0; w <= nWords; w++) starts[w] = w < nWords ? counts[w * C]! : out.length;
  pass(true);
  const lists: Int32Array[] = new Array(nWords);
  for (let w = 0; w < nWords; w++) lists[w] = out.subarray(starts[w]!, starts[w + 1]!);
  return lists;
}
