/**
 * The built index as bytes, and back: so a warm library's index is loaded, not rebuilt,
 * and read lazily: a query reads the parts it uses (the vocabulary, the postings of the
 * words it matches, the per-field arrays it scores with, the texts of its hits), not the
 * whole file (~75 MB at 10,000 profiles).
 *
 * Layout: "resumes-index 2\n", a u32 length, the CRC-32 of the header and the JSON header
 * (what it indexes, the metas, and each part's offset, length and CRC-32), then the parts,
 * 8-aligned:
 * - per-field arrays (profile, meta, length, first and last word, flags, word lists),
 *   each read whole when first used; the field penalty is not stored (it is the meta's),
 *   and the meta is 16 bits wide when the library has at most 65,536 of them;
 * - per word, four posting families (fields with it, fields starting / ending with it,
 *   profiles with it): one array each, with its start offsets and a CRC-32 per word's
 *   list (read at open, small); a word's list is read when a query matches the word;
 * - the field texts, UTF-8, checked in 64 KB blocks (a CRC-32 each), and their start
 *   offsets, checked in blocks of 16,384: both read a block at a time, as hits need them
 *   (a query shows a few texts of millions);
 * - the vocabulary, NUL-separated (sanitized text holds no NUL), read at open.
 * Whatever is read is checked against its CRC first. What fails at open is no index
 * (undefined); what fails later throws {@link DamagedIndex}: the engine then drops the
 * persisted index and builds one (src/search/engine.ts), and the file is removed.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import { add, bitset } from "./collections.js";
import type { Meta, Postings } from "./postings.js";
import { Vocabulary } from "./vocabulary.js";

const MAGIC = "resumes-index 3\n";
const BLOCK = 65536;
/** Text offsets per checked block (64 KB of u32). */
const STARTS = 16384;

/** A persisted index that turned out damaged after it was opened. */
export class DamagedIndex extends Error {}

type Kind = "i32" | "u16" | "u8" | "u32";
const CTOR = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array, u32: Uint32Array } as const;
type Typed = Int32Array | Uint16Array | Uint8Array | Uint32Array;

interface Part {
  kind: Kind;
  /** From the payload's start, in bytes. */
  offset: number;
  length: number;
  crc: number;
}

interface Header {
  digest: string;
  nProfiles: number;
  nFields: number;
  nWords: number;
  metas: Meta[];
  parts: Record<string, Part>;
  /** The whole file's size, so a truncated one is refused at open. */
  size: number;
}

const FIELD_ARRAYS = [
  ["fieldProfile", "i32"],
  ["fieldMeta", "i32"],
  ["fieldLen", "u16"],
  ["fieldFirst", "i32"],
  ["fieldLast", "i32"],
  ["fieldFlags", "u8"],
  ["fieldWords", "i32"],
  ["fieldWordStart", "i32"],
] as const;
const FAMILIES = ["byWord", "byFirstWord", "byLastWord", "profiles"] as const;

function crc32(bytes: Uint8Array): number {
  const crc = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;
  if (crc) return crc(bytes) >>> 0;
  return createHash("sha1").update(bytes).digest().readUInt32LE(0);
}

const bytesOf = (a: Typed) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function encodeIndex(ix: Postings, vocab: Vocabulary, digest: string): Buffer {
  const parts: Record<string, Part> = {};
  const chunks: Uint8Array[] = [];
  let size = 0;
  const put = (name: string, kind: Kind, a: Typed, crc = crc32(bytesOf(a))) => {
    const p = (8 - (size % 8)) % 8;
    if (p) chunks.push(new Uint8Array(p));
    size += p;
    parts[name] = { kind, offset: size, length: a.length, crc };
    chunks.push(bytesOf(a));
    size += a.byteLength;
  };
  for (const [name, kind] of FIELD_ARRAYS) {
    if (name === "fieldMeta" && ix.metas.length <= 65536) put(name, "u16", Uint16Array.from(ix.fieldMeta));
    else put(name, kind, ix[name]);
  }
  for (const fam of FAMILIES) {
    const lists = ix[fam];
    const starts = new Int32Array(lists.length + 1);
    for (let w = 0; w < lists.length; w++) starts[w + 1] = starts[w]! + lists[w]!.length;
    const all = new Int32Array(starts[lists.length]!);
    const crcs = new Uint32Array(lists.length);
    for (let w = 0; w < lists.length; w++) {
      all.set(lists[w]!, starts[w]!);
      crcs[w] = crc32(bytesOf(lists[w]!));
    }
    put(fam, "i32", all, 0);
    put(`${fam}Start`, "i32", starts);
    put(`${fam}Crc`, "u32", crcs);
  }
  // The texts: UTF-8, each field's start, a CRC per 64 KB block.
  // (no Buffer per field: at 100,000 profiles there are ~9 million fields)
  const textStart = new Uint32Array(ix.nFields + 1);
  let total = 0;
  for (let f = 0; f < ix.nFields; f++) {
    total += Buffer.byteLength(ix.fieldText[f]!, "utf8");
    if (total > 0xffffffff) throw new RangeError("texts too large to keep");
    textStart[f + 1] = total;
  }
  const texts = Buffer.from(ix.fieldText.join(""), "utf8");
  if (texts.length !== total) throw new Error("texts");
  const blocks = new Uint32Array(Math.ceil(total / BLOCK));
  for (let b = 0; b < blocks.length; b++) blocks[b] = crc32(texts.subarray(b * BLOCK, (b + 1) * BLOCK));
  const startCrcs = new Uint32Array(Math.ceil(textStart.length / STARTS));
  for (let b = 0; b < startCrcs.length; b++)
    startCrcs[b] = crc32(bytesOf(textStart.subarray(b * STARTS, (b + 1) * STARTS)));
  put("textStart", "u32", textStart, 0);
  put("textStartBlocks", "u32", startCrcs);
  put("textBlocks", "u32", blocks);
  put("texts", "u8", texts, 0);
  put("words", "u8", Buffer.from(vocab.words.join("\u0000"), "utf8"));
  const header: Header = {
    digest,
    nProfiles: ix.nProfiles,
    nFields: ix.nFields,
    nWords: vocab.size,
    metas: ix.metas,
    parts,
    size: 0,
  };
  // The header holds the file's size, which depends on the header's length: settle it.
  let head = Buffer.alloc(0);
  for (let i = 0; i < 3; i++) {
    const start = MAGIC.length + 8 + head.length;
    header.size = start + ((8 - (start % 8)) % 8) + size;
    head = Buffer.from(JSON.stringify(header), "utf8");
  }
  const len = Buffer.alloc(8);
  len.writeUInt32LE(head.length);
  len.writeUInt32LE(crc32(head), 4);
  const start = MAGIC.length + 8 + head.length;
  const out = Buffer.concat([
    Buffer.from(MAGIC, "latin1"),
    len,
    head,
    new Uint8Array((8 - (start % 8)) % 8),
    ...chunks,
  ]);
  if (out.length !== header.size) throw new Error("index size");
  return out;
}

/** Bytes at an offset: of an open file, or of a buffer. */
type Reader = (offset: number, length: number) => Uint8Array;

function fileReader(fd: number): Reader {
  return (offset, length) => {
    // Not zeroed first: every byte is read into it, or the read throws.
    const out = Buffer.allocUnsafeSlow(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, out, got, length - got, offset + got);
      if (n === 0) throw new DamagedIndex("short read");
      got += n;
    }
    return out;
  };
}

/** The index in `bytes` (see {@link openIndex}). */
export function decodeIndex(
  bytes: Uint8Array,
  digest: string,
  nProfiles: number,
): { ix: Postings; vocab: Vocabulary } | undefined {
  const read: Reader = (offset, length) => {
    if (offset + length > bytes.length) throw new DamagedIndex("short");
    return bytes.slice(offset, offset + length);
  };
  return open(read, bytes.length, digest, nProfiles, () => {});
}

/**
 * The index kept in `file` when it indexes `digest` with `nProfiles`; else undefined.
 * The file stays open, read as queries need it.
 */
export function openIndex(
  file: string,
  digest: string,
  nProfiles: number,
): { ix: Postings; vocab: Vocabulary } | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const s = fstatSync(fd);
    const built = s.isFile()
      ? open(fileReader(fd), s.size, digest, nProfiles, () => rmSync(file, { force: true }))
      : undefined;
    if (!built) closeSync(fd);
    return built;
  } catch {
    closeSync(fd);
    return undefined;
  }
}

function open(
  read: Reader,
  size: number,
  digest: string,
  nProfiles: number,
  onDamage: () => void,
): { ix: Postings; vocab: Vocabulary } | undefined {
  try {
    if (size < MAGIC.length + 8) return undefined;
    const top = Buffer.from(read(0, MAGIC.length + 8));
    if (top.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
    const headLength = top.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 8 + headLength > size) return undefined;
    const headBytes = read(MAGIC.length + 8, headLength);
    if (crc32(headBytes) !== top.readUInt32LE(MAGIC.length + 4)) return undefined;
    const h = JSON.parse(Buffer.from(headBytes).toString("utf8")) as Header;
    if (h.digest !== digest || h.nProfiles !== nProfiles || h.size !== size) return undefined;
    let base = MAGIC.length + 8 + headLength;
    base += (8 - (base % 8)) % 8;
    const damaged = (what: string): never => {
      onDamage();
      throw new DamagedIndex(`the kept search index is damaged (${what})`);
    };
    /** A part, read whole and checked. */
    const part = (name: string): Typed => {
      const p = h.parts[name];
      if (!p || !(p.kind in CTOR)) return damaged(name);
      const C = CTOR[p.kind];
      const raw = read(base + p.offset, p.length * C.BYTES_PER_ELEMENT);
      if (crc32(raw) !== p.crc) return damaged(name);
      return new C(raw.buffer as ArrayBuffer, raw.byteOffset, p.length);
    };
    for (const p of Object.values(h.parts))
      if (base + p.offset + p.length * CTOR[p.kind].BYTES_PER_ELEMENT > size) return undefined;

    // At open: the vocabulary and each family's starts and CRCs (a few bytes a word).
    const wordList = h.nWords === 0 ? [] : Buffer.from(part("words")).toString("utf8").split("\u0000");
    if (wordList.length !== h.nWords) return undefined;
    const vocab = new Vocabulary();
    for (const w of wordList) vocab.add(w);
    vocab.seal();
    const family = (fam: (typeof FAMILIES)[number]): Int32Array[] => {
      const starts = part(`${fam}Start`) as Int32Array;
      const crcs = part(`${fam}Crc`) as Uint32Array;
      const all = h.parts[fam]!;
      if (starts.length !== h.nWords + 1 || crcs.length !== h.nWords) throw new Error("family");
      const lists: (Int32Array | undefined)[] = new Array(h.nWords);
      const get = (w: number): Int32Array => {
        let list = lists[w];
        if (list) return list;
        const n = starts[w + 1]! - starts[w]!;
        if (n < 0 || starts[w]! + n > all.length) return damaged(fam);
        const raw = read(base + all.offset + starts[w]! * 4, n * 4);
        if (crc32(raw) !== crcs[w]) return damaged(fam);
        list = lists[w] = new Int32Array(raw.buffer as ArrayBuffer, raw.byteOffset, n);
        return list;
      };
      return lazyList(h.nWords, get);
    };
    const fams = Object.fromEntries(FAMILIES.map((f) => [f, family(f)])) as Record<
      (typeof FAMILIES)[number],
      Int32Array[]
    >;

    // The texts, a field at a time, their blocks (and their offsets' blocks) checked once each.
    let startCrc: Uint32Array | undefined;
    let blockCrc: Uint32Array | undefined;
    const starts = new Map<number, Uint32Array>();
    const textStarts = h.parts.textStart!;
    if (textStarts.kind !== "u32" || textStarts.length !== h.nFields + 1) return undefined;
    const startOf = (i: number): number => {
      const b = Math.floor(i / STARTS);
      let block = starts.get(b);
      if (!block) {
        startCrc ??= part("textStartBlocks") as Uint32Array;
        const count = Math.min(STARTS, textStarts.length - b * STARTS);
        const raw = read(base + textStarts.offset + b * STARTS * 4, count * 4);
        if (crc32(raw) !== startCrc[b]) return damaged("textStart");
        block = new Uint32Array(raw.buffer as ArrayBuffer, raw.byteOffset, count);
        starts.set(b, block);
      }
      return block[i - b * STARTS]!;
    };
    const checked = new Set<number>();
    const texts = h.parts.texts!;
    const text = (f: number): string => {
      blockCrc ??= part("textBlocks") as Uint32Array;
      const from = startOf(f);
      const to = startOf(f + 1);
      if (!(to >= from) || to > texts.length) return damaged("texts");
      for (let b = Math.floor(from / BLOCK); b * BLOCK < to; b++) {
        if (checked.has(b)) continue;
        const end = Math.min(texts.length, (b + 1) * BLOCK);
        if (crc32(read(base + texts.offset + b * BLOCK, end - b * BLOCK)) !== blockCrc[b]) damaged("texts");
        checked.add(b);
      }
      return Buffer.from(read(base + texts.offset + from, to - from)).toString("utf8");
    };

    const ix = {
      nProfiles: h.nProfiles,
      nFields: h.nFields,
      metas: h.metas,
      fieldText: lazyList(h.nFields, text),
      ...fams,
    } as unknown as Postings;
    // Per-field arrays: read whole when first used, then plain properties.
    for (const [name] of FIELD_ARRAYS) lazyProperty(ix, name, () => part(name));
    lazyProperty(ix, "fieldPenalty", () => {
      const meta = ix.fieldMeta;
      const byMeta = Float32Array.from(h.metas.map((m) => m.penalty));
      const out = new Float32Array(h.nFields);
      for (let f = 0; f < out.length; f++) out[f] = byMeta[meta[f]!]!;
      return out;
    });
    // A common word's profiles as a bitset too, made when first asked for.
    const bits: (Uint32Array | undefined | null)[] = new Array(h.nWords);
    ix.profileBits = lazyList(h.nWords, (w) => {
      const known = bits[w];
      if (known !== undefined) return known ?? undefined;
      const list = ix.profiles[w]!;
      if (list.length * 8 < h.nProfiles) return void (bits[w] = null);
      const b = bitset(h.nProfiles);
      for (const p of list) add(b, p);
      return (bits[w] = b);
    });
    return { ix, vocab };
  } catch (err) {
    if (err instanceof DamagedIndex) onDamage();
    return undefined;
  }
}

function lazyProperty(o: object, name: string, make: () => unknown): void {
  Object.defineProperty(o, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(o, name, { value, enumerable: true, writable: false });
      return value;
    },
  });
}

/** An array-like whose element i is `get(i)`, made when read (indexing, length, iteration). */
function lazyList<T>(length: number, get: (i: number) => T): T[] {
  return new Proxy([] as T[], {
    get(target, key) {
      if (typeof key === "string") {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(key);
          return i < length ? get(i) : undefined;
        }
        if (key === "length") return length;
      }
      if (key === Symbol.iterator)
        return function* () {
          for (let i = 0; i < length; i++) yield get(i);
        };
      return Reflect.get(target, key) as unknown;
    },
    has: (_, key) => typeof key === "string" && Number(key) < length,
  });
}
