/**
 * One JSON scanner for two uses: where and why a JSON text is invalid, for a one-line
 * diagnostic `file:line:column:` (`findJsonError`), and where its objects start, so entries
 * imported from JSON can say which line they came from (`scanJson` with `onObject`).
 *
 * V8's `JSON.parse` messages differ between Node versions and some give no position at all
 * (`Unexpected token 'a', "abc" is not valid JSON`), so this scans the text itself. It is
 * only called after `JSON.parse` failed; it follows RFC 8259 exactly, like `JSON.parse`.
 */

export interface JsonErrorAt {
  /** 1-based line and column (columns count UTF-16 code units, as editors mostly do). */
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

const MAX_DEPTH = 1000;

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonErrorAt | undefined {
  return scanJson(text);
}

/**
 * Scan `text`: its first syntax error, or undefined when it is valid JSON. `onObject` is
 * called with the path (`basics`, `work/0`, `work/0/roles/1`) and offset of the `{` of
 * every object but the top one nested at most `maxDepth` deep, in text order.
 */
export function scanJson(
  text: string,
  onObject?: (path: string, offset: number) => void,
  maxDepth = 0,
): JsonErrorAt | undefined {
  let i = 0;
  const n = text.length;
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const what = (): string => {
    if (i >= n) return "end of file";
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    return /^[\x21-\x7e]$/.test(ch)
      ? `'${ch}'`
      : `character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const string = (): number => {
    const start = i;
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return start;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail("invalid \\u escape in a string (expected 4 hex digits)");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`invalid escape '\\${e ?? ""}' in a string`);
        continue;
      }
      if (c === 0x0a || c === 0x0d) fail("line break inside a string (missing closing quote?)");
      if (c < 0x20) fail("control character inside a string (escape it)");
      i++;
    }
    return fail("unterminated string (missing closing quote)", start);
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "-") fail("invalid number");
    i += m![0].length;
    if (i < n && /[0-9.eE+-]/.test(text[i]!)) fail("invalid number");
  };
  /** Paths are built only while objects within maxDepth may follow. */
  const join = (path: string | undefined, depth: number, key: () => string | number) =>
    path === undefined || depth >= maxDepth ? undefined : path === "" ? String(key()) : `${path}/${key()}`;
  const value = (depth: number, path: string | undefined): void => {
    if (depth > MAX_DEPTH) fail("nested too deeply");
    ws();
    if (i >= n) fail("unexpected end of file (expected a value)");
    const c = text[i]!;
    if (c === "{") {
      if (path) onObject!(path, i);
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (text[i] === "}") fail("trailing comma before '}'", lastComma);
          fail(`expected a property name in double quotes, found ${what()}`);
        }
        const keyAt = string();
        const keyEnd = i;
        ws();
        if (text[i] !== ":") fail(`expected ':' after a property name, found ${what()}`);
        i++;
        value(
          depth + 1,
          join(path, depth, () => JSON.parse(text.slice(keyAt, keyEnd)) as string),
        );
        ws();
        if (text[i] === ",") {
          lastComma = i;
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, found ${what()}`);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        ws();
        if (text[i] === "]") fail("trailing comma before ']'", lastComma);
        value(
          depth + 1,
          join(path, depth, () => k),
        );
        ws();
        if (text[i] === ",") {
          lastComma = i;
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array element, found ${what()}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === "'") fail("strings must use double quotes");
    fail(`unexpected ${what()} (expected a value)`);
  };
  let lastComma = 0;

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0, onObject ? "" : undefined);
    ws();
    if (i < n) fail(`unexpected ${what()} after the end of the JSON value`);
    return undefined;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ...lineColumn(text, err.at), message: err.message };
  }
}

/** 1-based line and column of an offset; `\r\n`, `\r` and `\n` end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
