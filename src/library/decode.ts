/** Bytes → text: UTF-8, UTF-16 with a byte order mark, Windows-1252; or why they are not text. */

/**
 * Windows-1252 for 0x80–0x9F (curly quotes, bullets, dashes, €); Node's decoder treats the
 * label as ISO-8859-1 and would give C1 controls there. The five bytes Windows-1252 leaves
 * undefined become U+FFFD: decoding noise, not escape sequences.
 */
const CP1252 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd\u2018\u2019\u201c\u201d•–—˜™š›œ\ufffdžŸ";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let k = 0; k < bytes.length; k += 8192) {
    const chunk = bytes.subarray(k, k + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(
      /[\u0080-\u009f]/g,
      (c) => CP1252[c.charCodeAt(0) - 0x80]!,
    );
  }
  return out;
}

/** Decoded text, and what was not quite right about the bytes (with the line it starts on). */
export type Decoded = { text: string; warning?: string; line?: number } | { binary: string };

/** Bytes → text, or why they are not text. */
export function decode(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte order mark (Windows Notepad's "Unicode").
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes) };
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-"))
    return { binary: "a PDF file, not text (convert it first, e.g. with pdftotext)" };
  if (head.startsWith("PK\u0003\u0004"))
    return { binary: "a ZIP archive (a .docx?), not text (save it as text first)" };
  if (bytes.includes(0)) return { binary: "binary file, not text" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return notQuiteUtf8(bytes);
  }
}

/**
 * Bytes that are not valid UTF-8 throughout. Mostly undecodable: binary. Mostly valid UTF-8
 * (a byte order mark, or at least as many well-formed non-ASCII characters as bad bytes: one
 * stray byte in a file of "José"): UTF-8, each bad sequence replaced by U+FFFD, said with
 * how many and where the first is. Otherwise text in another encoding, read as Windows-1252
 * (a Latin-1 "café" has no well-formed UTF-8 sequence in it).
 */
function notQuiteUtf8(bytes: Uint8Array): Decoded {
  const loose = new TextDecoder("utf-8").decode(bytes);
  let bad = -literalReplacements(bytes);
  let good = 0;
  let first = -1;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c < 0x80) continue;
    if (c !== 0xfffd) good++;
    else {
      bad++;
      if (first < 0) first = i;
    }
  }
  if (bad > 16 && bad / loose.length > 0.02) return { binary: "binary file, not text (not valid UTF-8)" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom || (good > 0 && good >= bad)) {
    let line = 1;
    for (let i = loose.indexOf("\n"); i >= 0 && i < first; i = loose.indexOf("\n", i + 1)) line++;
    const places = bad === 1 ? "1 place" : `${bad} places`;
    return {
      text: loose,
      warning: `not valid UTF-8 in ${places}; read as UTF-8, ${bad === 1 ? "the bad byte" : "each bad byte sequence"} replaced by "\ufffd"`,
      line,
    };
  }
  return { text: windows1252(bytes), warning: "not valid UTF-8; read as Windows-1252 (Latin-1)" };
}

/** How many times U+FFFD is in the bytes as such (EF BF BD), not put there for a bad byte. */
function literalReplacements(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(REPLACEMENT); i >= 0; i = buf.indexOf(REPLACEMENT, i + 3)) n++;
  return n;
}

const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);
