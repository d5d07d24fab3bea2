/**
 * The built index as bytes, and back: so a warm library's index is loaded, not rebuilt.
 *
 * Layout: "resumes-index 1\n", a u32 length and a JSON header (what it indexes, the
 * metas, each array's type and length), then each array's bytes (8-aligned), then the
 * field texts and the vocabulary as NUL-separated UTF-8 (sanitized text holds no NUL).
 * Per-word postings are stored as one array and offsets; the profile bitsets of common
 * words are recomputed. Anything that does not decode exactly is refused (undefined).
 */
import { add, bitset } from "./collections.js";
import type { Meta, Postings } from "./postings.js";
import { Vocabulary } from "./vocabulary.js";

const MAGIC = "resumes-index 1\n";

type Kind = "i32" | "u16" | "u8" | "f32";
const CTOR = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array, f32: Float32Array } as const;

interface Header {
  digest: string;
  nProfiles: number;
  nFields: number;
  nWords: number;
  metas: Meta[];
  arrays: { name: string; kind: Kind; length: number }[];
  texts: number;
  words: number;
}

/** One array for a list of views into it (or separate arrays), and the offsets. */
function flatten(lists: Int32Array[]): { all: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  for (let w = 0; w < lists.length; w++) starts[w + 1] = starts[w]! + lists[w]!.length;
  const all = new Int32Array(starts[lists.length]!);
  for (let w = 0; w < lists.length; w++) all.set(lists[w]!, starts[w]!);
  return { all, starts };
}

function views(all: Int32Array, starts: Int32Array): Int32Array[] {
  const out: Int32Array[] = new Array(starts.length - 1);
  for (let w = 0; w < out.length; w++) out[w] = all.subarray(starts[w]!, starts[w + 1]!);
  return out;
}

export function encodeIndex(ix: Postings, vocab: Vocabulary, digest: string): Buffer {
  const byWord = flatten(ix.byWord);
  const byFirst = flatten(ix.byFirstWord);
  const byLast = flatten(ix.byLastWord);
  const profiles = flatten(ix.profiles);
  const arrays: [string, Kind, ArrayBufferView & { length: number }][] = [
    ["fieldProfile", "i32", ix.fieldProfile],
    ["fieldMeta", "i32", ix.fieldMeta],
    ["fieldLen", "u16", ix.fieldLen],
    ["fieldFirst", "i32", ix.fieldFirst],
    ["fieldLast", "i32", ix.fieldLast],
    ["fieldFlags", "u8", ix.fieldFlags],
    ["fieldPenalty", "f32", ix.fieldPenalty],
    ["fieldWords", "i32", ix.fieldWords],
    ["fieldWordStart", "i32", ix.fieldWordStart],
    ["byWord", "i32", byWord.all],
    ["byWordStart", "i32", byWord.starts],
    ["byFirst", "i32", byFirst.all],
    ["byFirstStart", "i32", byFirst.starts],
    ["byLast", "i32", byLast.all],
    ["byLastStart", "i32", byLast.starts],
    ["profiles", "i32", profiles.all],
    ["profilesStart", "i32", profiles.starts],
  ];
  const texts = Buffer.from(ix.fieldText.join("\u0000"), "utf8");
  const words = Buffer.from(vocab.words.join("\u0000"), "utf8");
  const header: Header = {
    digest,
    nProfiles: ix.nProfiles,
    nFields: ix.nFields,
    nWords: vocab.size,
    metas: ix.metas,
    arrays: arrays.map(([name, kind, a]) => ({ name, kind, length: a.length })),
    texts: texts.length,
    words: words.length,
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const parts: Buffer[] = [Buffer.from(MAGIC, "latin1"), Buffer.alloc(4), head];
  parts[1]!.writeUInt32LE(head.length);
  const start = MAGIC.length + 4 + head.length;
  parts.push(Buffer.alloc((8 - (start % 8)) % 8));
  let size = 0; // from the payload's start
  const pad = () => {
    const p = (8 - (size % 8)) % 8;
    if (p) parts.push(Buffer.alloc(p));
    size += p;
  };
  for (const [, , a] of arrays) {
    pad();
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b);
    size += b.length;
  }
  parts.push(texts, words);
  return Buffer.concat(parts);
}

/** The index in `bytes` when it is whole and indexes `digest` with `nProfiles`; else undefined. */
export function decodeIndex(
  bytes: Buffer,
  digest: string,
  nProfiles: number,
): { ix: Postings; vocab: Vocabulary } | undefined {
  try {
    if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
    const headLength = bytes.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const header = JSON.parse(bytes.toString("utf8", at, at + headLength)) as Header;
    if (header.digest !== digest || header.nProfiles !== nProfiles) return undefined;
    at += headLength;
    at += (8 - (at % 8)) % 8; // the payload starts 8-aligned; offsets in it are too
    // A copy of the payload in its own buffer, so each typed array is a view into it.
    const body = new Uint8Array(bytes.length - at);
    body.set(bytes.subarray(at));
    const copy = body.buffer;
    let off = 0;
    const a: Record<string, Int32Array | Uint16Array | Uint8Array | Float32Array> = {};
    for (const { name, kind, length } of header.arrays) {
      off += (8 - (off % 8)) % 8;
      const C = CTOR[kind];
      const byteLength = length * C.BYTES_PER_ELEMENT;
      if (off + byteLength > body.length) return undefined;
      a[name] = new C(copy, off, length);
      off += byteLength;
    }
    if (off + header.texts + header.words !== body.length) return undefined;
    const texts = Buffer.from(copy, off, header.texts).toString("utf8");
    const words = Buffer.from(copy, off + header.texts, header.words).toString("utf8");
    const fieldText = header.nFields === 0 ? [] : texts.split("\u0000");
    const wordList = header.nWords === 0 ? [] : words.split("\u0000");
    if (fieldText.length !== header.nFields || wordList.length !== header.nWords) return undefined;
    const vocab = new Vocabulary();
    for (const w of wordList) vocab.add(w);
    vocab.seal();
    const i32 = (n: string) => a[n] as Int32Array;
    const profiles = views(i32("profiles"), i32("profilesStart"));
    const ix: Postings = {
      nProfiles: header.nProfiles,
      nFields: header.nFields,
      fieldProfile: i32("fieldProfile"),
      fieldMeta: i32("fieldMeta"),
      fieldLen: a.fieldLen as Uint16Array,
      fieldFirst: i32("fieldFirst"),
      fieldLast: i32("fieldLast"),
      fieldFlags: a.fieldFlags as Uint8Array,
      fieldPenalty: a.fieldPenalty as Float32Array,
      fieldWords: i32("fieldWords"),
      fieldWordStart: i32("fieldWordStart"),
      fieldText,
      metas: header.metas,
      byWord: views(i32("byWord"), i32("byWordStart")),
      byFirstWord: views(i32("byFirst"), i32("byFirstStart")),
      byLastWord: views(i32("byLast"), i32("byLastStart")),
      profiles,
      profileBits: profiles.map((list) => {
        if (list.length * 8 < header.nProfiles) return undefined;
        const bits = bitset(header.nProfiles);
        for (const p of list) add(bits, p);
        return bits;
      }),
    };
    return { ix, vocab };
  } catch {
    return undefined;
  }
}
