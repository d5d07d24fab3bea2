/**
 * Untrusted text → text that is safe to print on a terminal.
 *
 * Résumé files come from anywhere; a terminal interprets some characters as commands
 * (set the window title, write the clipboard with OSC 52, clear the screen, move the
 * cursor over earlier text, reorder what is shown with bidi overrides). Every string is
 * cleaned once, at load time, by {@link sanitize}:
 *
 * - Escape sequences are removed whole, payload included, the way a VT500-style parser
 *   would consume them: CSI (`ESC [` params intermediates final), OSC (`ESC ]` … BEL or
 *   ST), DCS/SOS/PM/APC (`ESC P|X|^|_` … ST), two-character and `ESC intermediate final`
 *   sequences (`ESC c`, `ESC ( B`), and a lone ESC.
 * - 8-bit C1 controls (U+0080–U+009F) are removed; C1 CSI (U+009B) and the C1 string
 *   introducers (U+0090 DCS, U+0098 SOS, U+009D OSC, U+009E PM, U+009F APC) are removed
 *   with their payloads, exactly like their ESC forms. (`strip-ansi` leaves these payloads.)
 * - A string payload (OSC, DCS...) ends at BEL, ST (`ESC \` or U+009C), CAN/SUB, another
 *   ESC or C1 control (which then starts its own sequence), or, when unterminated, at the
 *   end of the line: one broken sequence never swallows the rest of a document.
 * - C0 controls are removed except `\t` and `\n`; `\r\n` and `\r` become `\n`; form feed,
 *   vertical tab and U+2028/U+2029 become `\n` (pdftotext separates pages with `\f`). DEL
 *   is removed.
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
 *   directional marks (U+200E, U+200F, U+061C) are removed: terminals do not implement
 *   bidi, so they only serve to disguise text ("Trojan Source").
 * - Invisible characters that break search without showing anything are removed: U+200B
 *   (zero-width space), U+2060 (word joiner), U+2061–U+2064 (invisible operators),
 *   U+206A–U+206F (deprecated format controls: symmetric swapping, shaping, digit shapes),
 *   U+FEFF (BOM / zero-width no-break space, anywhere), U+FFF9–U+FFFB (interlinear
 *   annotation). ZWJ and ZWNJ (U+200C, U+200D) are kept: emoji sequences and several
 *   scripts need them.
 * - A lone UTF-16 surrogate becomes U+FFFD.
 *
 * The result is a fixed point: `sanitize(sanitize(s)) === sanitize(s)`.
 *
 * Text is sanitized again after every step that decodes (HTML entities, `%XX` in a URL):
 * a decoder can bring back what was removed (`&#x202E;`). {@link sanitizeDecoded} is the
 * form for one decoded piece inside a line.
 */

/** Every character {@link sanitize} never lets through. */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The fast check: FORBIDDEN without its lookarounds (any surrogate is suspect; valid pairs
 * then pass through the loop). A plain character class scans several times faster.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb]/;

const ESC = 0x1b;
const BEL = 0x07;
const CAN = 0x18;
const SUB = 0x1a;
const C1_ST = 0x9c;
const C1_CSI = 0x9b;
/** C1 introducers of a string payload: DCS, SOS, OSC, PM, APC. */
const C1_STRING = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** The ESC forms of the same: `P`, `X`, `]`, `^`, `_`. */
const ESC_STRING = new Set([0x50, 0x58, 0x5d, 0x5e, 0x5f]);

/** Characters dropped outright (the escape introducers are handled separately). */
function dropped(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

/** Index just past a CSI whose parameters start at `i`. */
function skipCsi(s: string, i: number): number {
  // Parameter bytes 0x30–0x3F, then intermediates 0x20–0x2F, then one final 0x40–0x7E.
  // Anything else aborts the sequence and is itself processed as text.
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x3f) i++;
    else break;
  }
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x2f) i++;
    else break;
  }
  if (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) i++;
  }
  return i;
}

/** Index just past a string payload (OSC, DCS, SOS, PM, APC) that starts at `i`. */
function skipString(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === BEL || c === C1_ST || c === CAN || c === SUB) return i + 1;
    if (c === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i; // ST, or a new sequence
    if (c >= 0x80 && c <= 0x9f) return i; // another C1 control: processed on its own
    if (c === 0x0a || c === 0x0d) return i; // unterminated: stop at the end of the line
    i++;
  }
  return i;
}

/** Whether {@link sanitize} gives `s` back unchanged (one scan for a suspect character). */
export function isSanitized(s: string): boolean {
  return !SUSPECT.test(s);
}

/** Remove terminal escape sequences and unsafe invisible characters (see the module doc). */
export function sanitize(s: string): string {
  if (!SUSPECT.test(s)) return s;
  let out = "";
  let start = 0; // start of the pending run of clean characters
  let i = 0;
  const flush = (end: number) => {
    if (end > start) out += s.slice(start, end);
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      i++;
      continue;
    }
    if (c === ESC) {
      flush(i);
      const next = s.charCodeAt(i + 1); // NaN at the end
      if (next === 0x5b) i = skipCsi(s, i + 2);
      else if (ESC_STRING.has(next)) i = skipString(s, i + 2);
      else if (next >= 0x20 && next <= 0x7e) {
        // ESC intermediates* final: `ESC c`, `ESC 7`, `ESC ( B`, `ESC # 8`.
        let j = i + 1;
        while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
        if (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e) j++;
        i = j;
      } else i++; // a lone ESC
      start = i;
      continue;
    }
    if (c === C1_CSI) {
      flush(i);
      i = start = skipCsi(s, i + 1);
      continue;
    }
    if (C1_STRING.has(c)) {
      flush(i);
      i = start = skipString(s, i + 1);
      continue;
    }
    if (c === 0x0d || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029) {
      flush(i);
      out += "\n";
      i += c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      start = i;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i += 2;
        continue;
      }
      flush(i);
      out += "\ufffd";
      start = ++i;
      continue;
    }
    if (dropped(c)) {
      flush(i);
      start = ++i;
      continue;
    }
    i++;
  }
  flush(i);
  return out;
}

/**
 * {@link sanitize} for text a decoder produced inside one line (an HTML entity, a `%XX`
 * escape): what would become a line break (U+2028, U+2029, a form feed) is a space there.
 */
export function sanitizeDecoded(s: string): string {
  const clean = sanitize(s);
  return clean === s ? s : clean.replace(/\n/g, " ");
}

/** JSON-like data: what `JSON.parse` or a YAML loader returns. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * {@link sanitize} every string in a JSON value, object keys included. Returns new arrays
 * and objects (the input is not modified). A `__proto__` key is dropped: JSON.parse makes
 * it an ordinary property, but copying it by assignment anywhere later would replace the
 * object's prototype, and no résumé field has that name. Values that are not JSON (a
 * Date from YAML, say) are returned as they are.
 */
export function sanitizeDeep<T>(value: T): T {
  return deep(value) as T;
}

/** Whether {@link sanitizeDeep} would give back a value equal to `value` (no string changed). */
export function isSanitizedDeep(value: unknown): boolean {
  if (typeof value === "string") return sanitize(value) === value;
  if (Array.isArray(value)) return value.every(isSanitizedDeep);
  if (value !== null && typeof value === "object" && isPlain(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === "__proto__" || sanitize(key) !== key || !isSanitizedDeep(v)) return false;
    }
  }
  return true;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function deep(value: unknown): unknown {
  if (typeof value === "string") return sanitize(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value !== null && typeof value === "object" && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const k = sanitize(key);
      if (k === "__proto__") continue;
      out[k] = deep(v);
    }
    return out;
  }
  return value;
}
