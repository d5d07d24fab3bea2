/**
 * The few pieces of Python the reference scripts (score.py, invented.py) lean on, written
 * out so the port gives the same figures and the same lines: what `\s` and `str.strip()`
 * count as white space, truthiness (`a or b`), `str()`, `repr()` of a string, `int()` of a
 * `\d{4}` match, and `format(x, ".2f")` (which rounds an exact half to even, where
 * `Number.prototype.toFixed` rounds it up: 0.125 is "0.12" in Python, "0.13" in JavaScript).
 */

/** Python's `str.isspace()` characters: `\s` in a `str` pattern and `str.strip()` use them. */
const SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/** `re.sub(r"\s+", " ", s)`. */
export function collapseSpace(s: string): string {
  return s.replace(SPACES, " ");
}
const SPACES = new RegExp(`[${SPACE}]+`, "gu");

/** `s.strip()` with no argument. */
export function stripSpace(s: string): string {
  return s.replace(EDGE_SPACES, "");
}
const EDGE_SPACES = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, "gu");

/** `s.strip(chars)`: every character of `chars` removed from both ends. */
export function stripChars(s: string, chars: string): string {
  const set = new Set(chars);
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  while (a < b && set.has(cps[a]!)) a++;
  while (b > a && set.has(cps[b - 1]!)) b--;
  return cps.slice(a, b).join("");
}

/** Python truthiness: None, False, 0, "", [] and {} are false. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/** `a or b`. */
export function or<A, B>(a: A, b: B): A | B {
  return truthy(a) ? a : b;
}

/** `str(v)` for a value read from JSON. */
export function str(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "string") return v;
  if (typeof v === "number") return pyNumber(v);
  return repr(v);
}

function pyNumber(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  // JSON gives no way to tell 2.0 from 2; Python's json reads integers as int.
  return String(n);
}

/** `repr(v)`: a string as Python quotes it; lists and dicts as Python prints them. */
export function repr(v: unknown): string {
  if (typeof v === "string") return reprString(v);
  if (Array.isArray(v)) return `[${v.map(repr).join(", ")}]`;
  if (v !== null && typeof v === "object") {
    return `{${Object.entries(v)
      .map(([k, x]) => `${reprString(k)}: ${repr(x)}`)
      .join(", ")}}`;
  }
  return str(v);
}

/** Characters `str.isprintable()` refuses: categories C*, Z* except the space. */
const UNPRINTABLE = /[\p{C}\p{Z}]/u;

function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch !== " " && UNPRINTABLE.test(ch)) {
      const cp = ch.codePointAt(0)!;
      const hex = cp.toString(16);
      out +=
        cp <= 0xff
          ? `\\x${hex.padStart(2, "0")}`
          : cp <= 0xffff
            ? `\\u${hex.padStart(4, "0")}`
            : `\\U${hex.padStart(8, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

/**
 * `int(m.group(1))` of `re.match(r"(\d{4})", s)`: Python's `\d` is any decimal digit
 * (Unicode category Nd), and `int()` reads each by its value.
 */
export function leadingYear(s: string): number | null {
  const m = /^(\p{Nd}{4})/u.exec(s);
  if (!m) return null;
  let y = 0;
  for (const ch of m[1]!) y = y * 10 + digitValue(ch);
  return y;
}

/** The value of an Nd character: digits come in runs of ten, 0 to 9. */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  let k = 0;
  while (cp > 0 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    k++;
  }
  return k % 10;
}

/** `format(x, f".{digits}f")`: nan for NaN, and an exact half rounded to even. */
export function fixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  // toFixed picks the nearest, and the larger of two equally near: that differs from
  // Python only when x (as a binary number, exactly) lies halfway, e.g. 0.125 or 0.875.
  const exact = Math.abs(x).toFixed(100);
  const cut = exact.indexOf(".") + 1 + digits;
  if (/^50*$/.test(exact.slice(cut))) {
    const down = exact.slice(0, cut).replace(/\.$/, "");
    const lastDigit = Number(down.replace(".", "").slice(-1));
    const scale = 10 ** digits;
    const rounded = lastDigit % 2 === 0 ? Number(down) : (Math.round(Number(down) * scale) + 1) / scale;
    const sign = x < 0 || Object.is(x, -0) ? "-" : "";
    return sign + rounded.toFixed(digits);
  }
  return x.toFixed(digits);
}
