/**
 * reStructuredText reader: section titles (underlined, or over- and underlined; levels in the
 * order the adornment styles first appear; a title before any text is the document title),
 * `**bold**`, `*italic*`, ``` ``code`` ```, `` `text <url>`_ `` and `` `Name`_ `` links with their
 * `.. _Name: url` targets, field lists (`:Field: value`, continuation lines joined), bullet and
 * enumerated lists with depth, line blocks, grid tables (multi-line cells) and simple tables;
 * comments and directives (`..`) are dropped with their bodies, except the ones whose body is
 * ordinary text (`container`, `note`, `topic`, ...).
 */
import type { Line } from "../line.js";
import { Depths, Inline, indentOf, toLine } from "./inline.js";
import { markerItem } from "./marker.js";

const ADORN = /^([=\-~^"'`#*+_.:!$%&,;/<>?@\\|])\1{2,}[ \t]*$/;
const GRID_BORDER = /^[ \t]*\+(?:[-=]{1,400}\+){1,40}[ \t]*$/;
const SIMPLE_BORDER = /^[ \t]*={2,400}(?:[ \t]{1,40}={2,400}){1,40}[ \t]*$/;
const FIELD = /^:([^:\n]{1,60}):(?:[ \t]{1,40}(\S.*)?)?$/;
const BULLET = /^([-*+•‣⁃]|\d{1,3}[.)]|#\.|\(\d{1,3}\)|[a-zA-Z][.)])[ \t]/;
const DIRECTIVE = /^\.\.[ \t]+([\w:-]{1,40})::/;
/** Directives whose body is ordinary text. */
const TEXT_DIRECTIVES = new Set([
  "container",
  "topic",
  "sidebar",
  "note",
  "tip",
  "hint",
  "important",
  "admonition",
  "class",
  "rst-class",
  "line-block",
  "epigraph",
  "highlights",
  "pull-quote",
  "compound",
  "rubric",
  "attention",
]);

/** rST inline markup of one line into `inl`; `targets` resolves `` `Name`_ `` references. */
export function rstInline(s: string, targets: Map<string, string>, inl: Inline = new Inline()): Inline {
  let i = 0;
  let plain = "";
  const emit = (): void => {
    inl.push(plain);
    plain = "";
  };
  const closing = (marker: string, from: number): number => {
    const j = s.indexOf(marker, from);
    return j > from && j - from < 600 && !/\s/.test(s[j - 1]!) ? j : -1;
  };
  while (i < s.length) {
    const c = s[i]!;
    const open = i === 0 || /[\s\-:/'"<([{]/.test(s[i - 1]!);
    if (c === "\\" && i + 1 < s.length) {
      plain += s[i + 1]!;
      i += 2;
      continue;
    }
    if (open && c === "*" && s[i + 1] === "*" && s[i + 2] && !/\s/.test(s[i + 2]!)) {
      const j = closing("**", i + 2);
      if (j > 0) {
        emit();
        inl.begin("bold");
        rstInline(s.slice(i + 2, j), targets, inl);
        inl.end("bold");
        i = j + 2;
        continue;
      }
    }
    if (open && c === "*" && s[i + 1] && !/[\s*]/.test(s[i + 1]!)) {
      const j = closing("*", i + 1);
      if (j > 0) {
        emit();
        inl.span("italic", s.slice(i + 1, j));
        i = j + 1;
        continue;
      }
    }
    if (open && c === "`" && s[i + 1] === "`") {
      const j = closing("``", i + 2);
      if (j > 0) {
        emit();
        inl.span("code", s.slice(i + 2, j));
        i = j + 2;
        continue;
      }
    }
    if (c === ":" && open) {
      const role = /^:[\w.+-]{1,30}:`/.exec(s.slice(i, i + 34));
      if (role) {
        i += role[0].length - 1;
        continue;
      }
    }
    if (c === "`" && s[i + 1] && s[i + 1] !== "`") {
      const j = s.indexOf("`", i + 1);
      if (j > i + 1 && j - i < 600) {
        const body = s.slice(i + 1, j);
        let k = j + 1;
        const ref = s[k] === "_";
        if (ref) k += s[k + 1] === "_" ? 2 : 1;
        emit();
        // "text <url>": the target is the last <...> (found by index: a regex for both parts backtracks).
        const lt = body.lastIndexOf("<");
        const target = lt >= 0 ? /^<([^<>\s]{1,500})>$/.exec(body.slice(lt)) : null;
        const m = target ? ([body, body.slice(0, lt), target[1]!] as const) : null;
        if (ref && m) {
          const text = m[1]!.trim() || m[2]!;
          inl.begin("link", m[2]!);
          rstInline(text, targets, inl);
          inl.end("link");
        } else if (ref && targets.has(body.trim().toLowerCase()))
          inl.span("link", body, targets.get(body.trim().toLowerCase())!);
        else inl.push(body);
        i = k;
        continue;
      }
    }
    if (c === "|" && open) {
      const j = s.indexOf("|", i + 1);
      if (
        j > i + 1 &&
        j - i < 60 &&
        !/\s/.test(s[i + 1]!) &&
        (j + 1 === s.length || /[\s.,;:_]/.test(s[j + 1]!))
      ) {
        i = j + 1 + (s[j + 1] === "_" ? 1 : 0);
        continue;
      }
    }
    plain += c;
    i++;
  }
  emit();
  return inl;
}

function columnsOf(border: string): [number, number][] {
  const cols: [number, number][] = [];
  const re = /={2,400}/g;
  for (let m = re.exec(border); m; m = re.exec(border)) cols.push([m.index, m.index + m[0].length]);
  return cols;
}

/**
 * The rows of a `list-table` (`* - a` starts a row, `  - b` is its next cell, deeper lines go
 * on the cell) or a `csv-table` (`:header:` and comma-separated body lines, `"…"` quoted) whose
 * body is `rawLines[from, to)`; the first `:header-rows:` rows (or the `:header:` row) are headers.
 */
function directiveTable(
  kind: "list-table" | "csv-table",
  rawLines: string[],
  from: number,
  to: number,
): { n: number; cells: string[]; header: boolean }[] {
  const rows: { n: number; cells: string[]; header: boolean }[] = [];
  let headerRows = 0;
  let k = from;
  for (; k < to; k++) {
    const opt = FIELD.exec(rawLines[k]!.trim());
    if (!opt) {
      if (rawLines[k]!.trim() === "") continue;
      break;
    }
    if (opt[1] === "header-rows") headerRows = Math.min(10, Number.parseInt(opt[2] ?? "", 10) || 0);
    if (opt[1] === "header" && kind === "csv-table" && opt[2])
      rows.push({ n: k + 1, cells: csvCells(opt[2]), header: true });
  }
  if (kind === "csv-table") {
    for (; k < to; k++) {
      const r = rawLines[k]!.trim();
      if (r) rows.push({ n: k + 1, cells: csvCells(r), header: rows.length < headerRows });
    }
    return rows;
  }
  let cell = -1;
  let cellIndent = 0;
  for (; k < to; k++) {
    const raw = rawLines[k]!;
    const r = raw.trim();
    if (!r) continue;
    const at = indentOf(raw);
    const start = /^\*[ \t]{1,8}-[ \t]{1,8}(\S.*)$/.exec(r);
    const next = /^-[ \t]{1,8}(\S.*)$/.exec(r);
    if (start) {
      rows.push({ n: k + 1, cells: [start[1]!], header: rows.length < headerRows });
      cell = 0;
      cellIndent = at + r.indexOf("-", 1) + 2;
    } else if (next && rows.length && at < cellIndent) {
      rows[rows.length - 1]!.cells.push(next[1]!);
      cell++;
      cellIndent = at + 2;
    } else if (rows.length && cell >= 0) {
      const row = rows[rows.length - 1]!;
      row.cells[cell] = `${row.cells[cell]} ${r}`.trim();
    }
  }
  return rows;
}

/** One CSV line's cells: split at commas outside `"…"` (a doubled quote is a quote). */
function csvCells(r: string): string[] {
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let k = 0; k < r.length; k++) {
    const ch = r[k]!;
    if (ch === '"' && quoted && r[k + 1] === '"') {
      cur += '"';
      k++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

export function readRst(rawLines: string[]): Line[] {
  const targets = new Map<string, string>();
  for (const r of rawLines) {
    const m = /^[ \t]*\.\.[ \t]+_`?([^:`]{1,80})`?:[ \t]+(\S{1,500})[ \t]*$/.exec(r);
    if (m) targets.set(m[1]!.trim().toLowerCase(), m[2]!);
  }
  const out: Line[] = [];
  const styles: string[] = [];
  const depths = new Depths();
  let content = false;
  const line = (n: number, inl: Inline | Inline[], o: Parameters<typeof toLine>[2] = {}): void => {
    const l = toLine(n, inl, { dialect: "rst", ...o });
    if (l.text) content = true;
    out.push(l);
  };
  const heading = (n: number, text: string, style: string): void => {
    let level = styles.indexOf(style);
    if (level < 0) level = styles.push(style) - 1;
    line(n, rstInline(text.trim(), targets), {
      heading: Math.min(6, level + 1),
      title: !content && level === 0,
    });
  };
  const blankish = (k: number): boolean => k < 0 || k >= rawLines.length || rawLines[k]!.trim() === "";
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const n = i + 1;
    const t = raw.trim();
    if (t === "") {
      line(n, new Inline());
      continue;
    }
    const indent = indentOf(raw);
    // Over- and underlined title.
    const a = ADORN.exec(raw);
    if (
      a &&
      i + 2 < rawLines.length &&
      rawLines[i + 1]!.trim() &&
      rawLines[i + 2]!.trim() === t &&
      !ADORN.test(rawLines[i + 1]!)
    ) {
      heading(i + 2, rawLines[i + 1]!, `o${a[1]}`);
      i += 2;
      continue;
    }
    // Underlined title.
    const u = i + 1 < rawLines.length ? ADORN.exec(rawLines[i + 1]!) : null;
    if (
      u &&
      indent === 0 &&
      t.length <= 100 &&
      !ADORN.test(raw) &&
      !GRID_BORDER.test(raw) &&
      blankish(i - 1) &&
      rawLines[i + 1]!.trim().length >= Math.min(t.length, 4)
    ) {
      heading(n, t, u[1]!);
      i += 1;
      continue;
    }
    if (a) {
      if (blankish(i - 1) && blankish(i + 1) && t.length >= 4)
        out.push({ ...toLine(n, new Inline(), { dialect: "rst" }), rule: true });
      continue;
    }
    if (/^\.\.(?:[ \t]|$)/.test(t)) {
      const d = DIRECTIVE.exec(t);
      const kind = d?.[1]!.toLowerCase();
      const keepBody = kind !== undefined && TEXT_DIRECTIVES.has(kind);
      if (keepBody) continue;
      let j = i + 1;
      while (j < rawLines.length && (rawLines[j]!.trim() === "" || indentOf(rawLines[j]!) > indent)) j++;
      while (j > i + 1 && rawLines[j - 1]!.trim() === "") j--;
      // A table written as a directive: its rows, as a grid table's.
      if (kind === "list-table" || kind === "csv-table")
        for (const row of directiveTable(kind, rawLines, i + 1, j))
          line(
            row.n,
            row.cells.map((c) => rstInline(c, targets)),
            { table: { header: row.header }, indent },
          );
      i = j - 1;
      continue;
    }
    if (GRID_BORDER.test(raw)) {
      const start = raw.indexOf("+");
      const bounds: number[] = [];
      for (let k = start; k < raw.length; k++) if (raw[k] === "+") bounds.push(k);
      const cellsOf = (r: string): string[] =>
        bounds.slice(0, -1).map((b0, k) =>
          r
            .slice(b0 + 1, bounds[k + 1]!)
            .replace(/\|[ \t]*$/, "")
            .trim(),
        );
      // A row whose cells hold one paragraph each is one line; a row holding lists or several
      // paragraphs (a layout table) gives one line per source line, so items stay apart.
      const emitRow = (rows: { n: number; cells: string[] }[], header: boolean): void => {
        if (!rows.some((r) => r.cells.some(Boolean))) return;
        const structured = bounds.slice(1).some((_, k) => {
          const col = rows.map((r) => r.cells[k]!);
          const first = col.findIndex(Boolean);
          const last = col.length - 1 - [...col].reverse().findIndex(Boolean);
          return col.some((c, j) => (j > first && j < last && !c) || (j > first && BULLET.test(c)));
        });
        if (structured) {
          for (const r of rows)
            if (r.cells.some(Boolean))
              line(
                r.n,
                r.cells.map((c) =>
                  BULLET.test(c) ? rstInline(markerItem(BULLET, c)![2], targets) : rstInline(c, targets),
                ),
                { table: { header }, indent, bullet: r.cells.some((c) => BULLET.test(c)) },
              );
        } else
          line(
            rows[0]!.n,
            bounds.slice(1).map((_, k) =>
              rstInline(
                rows
                  .map((r) => r.cells[k]!)
                  .filter(Boolean)
                  .join(" "),
                targets,
              ),
            ),
            { table: { header }, indent },
          );
      };
      let j = i + 1;
      let rows: { n: number; cells: string[] }[] = [];
      while (j < rawLines.length && /^[ \t]*[+|]/.test(rawLines[j]!)) {
        const r = rawLines[j]!;
        if (GRID_BORDER.test(r)) {
          emitRow(rows, r.includes("="));
          rows = [];
        } else rows.push({ n: j + 1, cells: cellsOf(r) });
        j++;
      }
      emitRow(rows, false);
      i = j - 1;
      continue;
    }
    if (SIMPLE_BORDER.test(raw)) {
      const cols = columnsOf(raw);
      let j = i + 1;
      let borders = 1;
      const rows: { n: number; cells: string[]; header: boolean }[] = [];
      while (j < rawLines.length && borders < 3) {
        const r = rawLines[j]!;
        if (SIMPLE_BORDER.test(r) || /^[ \t]*-{2,400}(?:[ \t]{1,40}-{2,400}){1,40}[ \t]*$/.test(r)) {
          if (/=/.test(r)) borders++;
          if (borders === 2 && rows.length) for (const row of rows) row.header = true;
          j++;
          if (borders === 2 && (j >= rawLines.length || rawLines[j]!.trim() === "")) break;
          continue;
        }
        if (r.trim() === "") {
          j++;
          continue;
        }
        const cells = cols.map(([s, e], k) =>
          (k === cols.length - 1 ? r.slice(s) : r.slice(s, Math.max(e, cols[k + 1]![0] - 1))).trim(),
        );
        if (cells[0] === "" && rows.length) {
          const prev = rows[rows.length - 1]!;
          cells.forEach((c, k) => (prev.cells[k] = [prev.cells[k], c].filter(Boolean).join(" ")));
        } else rows.push({ n: j + 1, cells, header: false });
        j++;
      }
      for (const row of rows)
        line(
          row.n,
          row.cells.map((c) => rstInline(c, targets)),
          { table: { header: row.header }, indent },
        );
      i = j - 1;
      continue;
    }
    const f = FIELD.exec(t);
    if (f) {
      let value = f[2] ?? "";
      let j = i + 1;
      while (
        j < rawLines.length &&
        rawLines[j]!.trim() &&
        indentOf(rawLines[j]!) > indent &&
        !FIELD.test(rawLines[j]!.trim())
      )
        value += ` ${rawLines[j++]!.trim()}`;
      const inl = rstInline(f[1]!, targets).push(": ");
      line(n, value.trim() ? rstInline(value, targets, inl) : rstInline(f[1]!, targets).push(":"), {
        indent,
      });
      i = j - 1;
      continue;
    }
    const b = markerItem(BULLET, t);
    if (b && !(/^[a-zA-Z][.)]$/.test(b[1]!) && indent === 0 && !/^[a-z][.)]$/.test(b[1]!))) {
      // The item's text goes on over the lines indented under it.
      let item = b[2]!;
      let j = i + 1;
      while (
        j < rawLines.length &&
        rawLines[j]!.trim() &&
        indentOf(rawLines[j]!) > indent &&
        !BULLET.test(rawLines[j]!.trim()) &&
        !FIELD.test(rawLines[j]!.trim()) &&
        !ADORN.test(rawLines[j]!)
      )
        item += ` ${rawLines[j++]!.trim()}`;
      line(n, rstInline(item, targets), { bullet: true, depth: depths.at(indent), indent });
      i = j - 1;
      continue;
    }
    if (indent === 0) depths.reset();
    let body = t.startsWith("| ") ? t.slice(2) : t;
    // A bold span opened on this line and closed on the next ("in **Office of\nCartography**"): one line.
    while (
      (body.split("**").length - 1) % 2 === 1 &&
      i + 1 < rawLines.length &&
      rawLines[i + 1]!.trim() &&
      indentOf(rawLines[i + 1]!) === indent &&
      !ADORN.test(rawLines[i + 1]!) &&
      body.length < 600
    )
      body += ` ${rawLines[++i]!.trim()}`;
    if (body.endsWith("::"))
      body = body === "::" ? "" : body.replace(/[ \t]?::$/, body.endsWith(" ::") ? "" : ":");
    if (body) line(n, rstInline(body, targets), { indent });
  }
  return out;
}

/** A reStructuredText document: two or more signs only rST gives. */
export function looksRst(rawLines: string[]): boolean {
  let score = 0;
  const lines = rawLines.slice(0, 3000);
  for (let i = 0; i < lines.length && score < 3; i++) {
    const r = lines[i]!;
    if (/`[^`\n]{1,300}<[^<>\s]{1,500}>`__?/.test(r)) score++;
    else if (/^\.\.[ \t]+(?:_[^:]{1,80}:|[\w-]{1,30}::|\|)/.test(r)) score++;
    else if (/^[ \t]*:[A-Za-z][\w -]{0,40}:[ \t]+\S/.test(r)) score += 0.5;
    else if (ADORN.test(r) && i + 2 < lines.length && lines[i + 2] === r && lines[i + 1]!.trim()) score += 2;
    else if (/^([~^"'`#*+_])\1{3,}[ \t]*$/.test(r) && i > 0 && lines[i - 1]!.trim()) score += 0.5;
    else if (GRID_BORDER.test(r) && r.trim().length > 6) score += 0.5;
  }
  return score >= 2;
}
