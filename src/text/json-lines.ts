/**
 * The line each object starts on in a JSON text, by path (`basics`, `work/0`,
 * `work/0/roles/1`), so entries imported from JSON can say where they came from like
 * entries parsed from text do. Call it only on text `JSON.parse` accepted.
 */

/** Path → 1-based line of the `{` of every object nested at most `maxDepth` deep. */
export function jsonObjectLines(text: string, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) !== 0x0a) line++;
      } else if (c !== 0x20 && c !== 0x09) return;
      i++;
    }
  };
  const string = (): string => {
    const start = i++;
    while (i < n && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, key: string | number) => (path === "" ? String(key) : `${path}/${key}`);

  const value = (path: string, depth: number): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      if (depth <= maxDepth && path !== "") lines.set(path, line);
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = string();
        ws();
        i++; // ':'
        value(join(path, key), depth + 1);
        ws();
        if (text[i++] !== ",") return; // '}'
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
        value(join(path, k), depth + 1);
        ws();
        if (text[i++] !== ",") return; // ']'
      }
    }
    if (c === '"') {
      string();
      return;
    }
    while (i < n && !",]} \t\r\n".includes(text[i]!)) i++; // number, true, false, null
  };

  value("", 0);
  return lines;
}
