/**
 * A Word document is a ZIP archive, and a few kilobytes of ZIP can unpack to gigabytes (a
 * "zip bomb"): mammoth (through jszip) would inflate every part whole, in memory. Before it
 * does, {@link zipTooLarge} reads the archive's central directory (a few fixed-size records,
 * PKWARE's APPNOTE.TXT 4.3.12-4.3.16, ZIP64 included), refuses parts or a total larger than
 * the limits, and inflates each part once with Node's `maxOutputLength`, so a directory that
 * understates a size is caught without the memory being spent.
 *
 * Imported only with the Word reader (read-docx.ts).
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** Largest unpacked part (bytes): a résumé's document.xml is well under 1 MB. */
  part: number;
  /** All parts together (bytes). */
  total: number;
  /** Number of parts. */
  parts: number;
}

export const ZIP_LIMITS: ZipLimits = { part: 16 * 1024 * 1024, total: 64 * 1024 * 1024, parts: 5000 };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

interface Part {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/**
 * Why the archive is refused (one line), or undefined when it is within the limits. An
 * archive whose directory this cannot read is refused too: what is not checked is not unpacked.
 */
export function zipTooLarge(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let parts: ReturnType<typeof centralDirectory>;
  try {
    parts = centralDirectory(buf, limits.parts);
  } catch {
    parts = undefined; // a record that runs past the end of the file
  }
  if (parts === undefined) return "not a Word document (damaged, or not a .docx)";
  if (parts === "too many") return `too many parts in the Word document (more than ${limits.parts})`;
  let total = 0;
  for (const p of parts) {
    if (p.size > limits.part) return tooLarge(`${p.name} unpacks to ${mb(p.size)}`, limits.part, "per part");
    total += p.size;
    if (total > limits.total) return tooLarge(`its parts unpack to more than ${mb(total)}`, limits.total, "");
  }
  for (const p of parts) {
    if (p.method !== 8) continue; // stored parts are as large as they are in the file
    const data = localData(buf, p);
    if (!data) continue;
    try {
      // One byte more than the directory says: a part that inflates to more is lying.
      inflateRawSync(data, { maxOutputLength: Math.min(p.size, limits.part) + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError)
        return `${p.name} unpacks to more than the ${mb(p.size)} its ZIP directory says (a ZIP bomb?)`;
      // Damaged data: mammoth says so.
    }
  }
  return undefined;
}

function tooLarge(what: string, limit: number, per: string): string {
  return `too large once unpacked (${what}; the limit is ${mb(limit)}${per ? ` ${per}` : ""})`;
}

/** A size for a message: bytes, KB or MB, one decimal at most. */
function mb(n: number): string {
  const [unit, d] = n < 1024 ? ["bytes", 1] : n < 1024 * 1024 ? ["KB", 1024] : ["MB", 1024 * 1024];
  return `${(n / (d as number)).toFixed(1).replace(/\.0$/, "")} ${unit as string}`;
}

/** The parts listed in the central directory; undefined when it cannot be read. */
function centralDirectory(buf: Buffer, maxParts: number): Part[] | "too many" | undefined {
  // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  let end = eocd; // where the directory (and the ZIP64 records after it) end
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR) return undefined;
    const at = Number(buf.readBigUInt64LE(loc + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) return undefined;
    count = Number(buf.readBigUInt64LE(at + 32));
    size = Number(buf.readBigUInt64LE(at + 40));
    offset = Number(buf.readBigUInt64LE(at + 48));
    end = at;
  }
  if (count > maxParts) return "too many";
  // Bytes before the archive (a self-extractor's stub) shift every offset, as jszip allows.
  const shifted = end - (offset + size);
  const shift =
    shifted > 0 && offset + shifted + 4 <= buf.length && buf.readUInt32LE(offset + shifted) === CENTRAL
      ? shifted
      : 0;
  const parts: Part[] = [];
  let p = offset + shift;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return undefined;
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const part: Part = {
      name: buf.toString("utf8", p + 46, Math.min(p + 46 + nameLength, buf.length)).slice(0, 100),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    };
    zip64Sizes(buf, p + 46 + nameLength, extraLength, part);
    part.local += shift;
    parts.push(part);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The ZIP64 extra field (id 1) holds the 64-bit values of the fields that read 0xFFFFFFFF, in order. */
function zip64Sizes(buf: Buffer, start: number, length: number, part: Part): void {
  const end = Math.min(start + length, buf.length);
  for (let q = start; q + 4 <= end;) {
    const id = buf.readUInt16LE(q);
    const n = buf.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const next = (): number | undefined => {
        if (r + 8 > Math.min(q + 4 + n, end)) return undefined;
        const v = Number(buf.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (part.size === MAX32) part.size = next() ?? Number.MAX_SAFE_INTEGER;
      if (part.compressed === MAX32) part.compressed = next() ?? MAX32;
      if (part.local === MAX32) part.local = next() ?? MAX32;
      return;
    }
    q += 4 + n;
  }
}

/** A part's compressed bytes, found through its local header; undefined when out of the file. */
function localData(buf: Buffer, part: Part): Buffer | undefined {
  const p = part.local;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return undefined;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + part.compressed > buf.length) return undefined;
  return buf.subarray(start, start + part.compressed);
}
