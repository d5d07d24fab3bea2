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

/** Bytes → text, or why they are not text. */
export function decode(bytes: Uint8Array): { text: string; warning?: string } | { binary: string } {
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
    // Mostly text with a few bytes of another encoding (Latin-1, Windows-1252) reads as
    // Windows-1252; mostly undecodable means binary.
    const loose = new TextDecoder("utf-8").decode(bytes);
    let bad = 0;
    for (const ch of loose) if (ch === "\ufffd") bad++;
    if (bad > 16 && bad / loose.length > 0.02) return { binary: "binary file, not text (not valid UTF-8)" };
    return {
      text: windows1252(bytes),
      warning: "not valid UTF-8; read as Windows-1252 (Latin-1)",
    };
  }
}
