/**
 * AsciiDoc reader: `=` section titles (`= Title` is the document title) and two-line titles
 * underlined with `=`, `-`, `~`, `^`, `+` (levels 1-5; the first title before any text is the
 * document title), `[[anchor]]` and `[attribute]` lines, `:attr:` entries, `//` comments and
 * block delimiters dropped, `*`/`-`/`.` lists with depth, `term:: value`, `|===` tables,
 * `url[text]` / `link:url[text]` / `mailto:x[text]` links, `*bold*`, `_italic_`, `` `code` ``,
 * `^superscript^` and `~subscript~` dropped, a trailing ` +` hard break removed.
 */
import type { Line } from "../line.js";
import { Inline, indentOf, toLine } from "./inline.js";
import { markerItem } from "./marker.js";

const UNDERLINE: Record<string, number> = { "=": 1, "-": 2, "~": 3, "^": 4, "+": 5 };
const UNDERLINE_RE = /^([=\-~^+])\1{1,400}[ \t]*$/;
const DELIMITER = /^(?:-{4,400}|\.{4,400}|\*{4,400}|_{4,400}|\+{4,400}|={4,400}|\/{4,400})$/;
// The closing "==" of a symmetric title is cut off after the match (a regex with both would backtrack).
/** Header attributes that are contact details (asciidoctor's own `:email:`, and those résumés add), by the label of their line. */
const CONTACT_ATTRS: Record<string, string> = {
  email: "Email",
  phone: "Phone",
  mobile: "Phone",
  telephone: "Phone",
  homepage: "Web",
  website: "Web",
  web: "Web",
  url: "Web",
  github: "GitHub",
  gitlab: "GitLab",
  linkedin: "LinkedIn",
  twitter: "Twitter",
  location: "Location",
  address: "Address",
};
const TITLE = /^(={1,6})[ \t]{1,40}(\S.*)$/;
const LIST = /^(\*{1,5}|-|\.{1,5}|\d{1,3}\.)[ \t]/;
const LINK = /^(?:link:)?((?:https?:\/\/|mailto:|tel:|irc:\/\/)[^\s[\]]{1,500})\[([^\]\n]{0,300})\]/;
const BARE_URL = /^(?:https?:\/\/)[^\s[\]<>]{1,500}/;

/** AsciiDoc inline markup of one line into `inl`. */
export function adocInline(s: string, inl: Inline = new Inline()): Inline {
  let i = 0;
  let plain = "";
  const emit = (): void => {
    inl.push(plain);
    plain = "";
  };
  while (i < s.length) {
    const c = s[i]!;
    const open = i === 0 || /[\s(["'/-]/.test(s[i - 1]!);
    if ((c === "h" || c === "l" || c === "m" || c === "t" || c === "i") && open) {
      const rest = s.slice(i, i + 900);
      const m = LINK.exec(rest);
      if (m) {
        emit();
        const text = m[2]!.replace(/\^$/, "").trim() || m[1]!.replace(/^(?:mailto|tel):/, "");
        inl.begin("link", m[1]!);
        adocInline(text, inl);
        inl.end("link");
        i += m[0].length;
        continue;
      }
      const bare = BARE_URL.exec(rest);
      if (bare) {
        const url = bare[0].replace(/[.,;:!?)]{1,40}$/, "");
        emit();
        inl.span("link", url, url);
        i += url.length;
        continue;
      }
    }
    if ((c === "*" || c === "_" || c === "`" || c === "#") && open) {
      const double = s[i + 1] === c;
      const marker = double ? c + c : c;
      const from = i + marker.length;
      const j = s.indexOf(marker, from);
      if (
        j > from &&
        j - from < 600 &&
        !/\s/.test(s[from]!) &&
        !/\s/.test(s[j - 1]!) &&
        (double || j + 1 >= s.length || !/[\p{L}\p{N}]/u.test(s[j + 1]!))
      ) {
        emit();
        const body = s.slice(from, j);
        const kind = c === "*" ? "bold" : c === "_" ? "italic" : c === "`" ? "code" : undefined;
        if (kind === "code") inl.span("code", body);
        else if (kind) {
          inl.begin(kind);
          adocInline(body, inl);
          inl.end(kind);
        } else adocInline(body, inl);
        i = j + marker.length;
        continue;
      }
    }
    if (c === "^" || c === "~") {
      const j = s.indexOf(c, i + 1);
      if (j > i + 1 && j - i < 40 && !/\s/.test(s.slice(i + 1, j))) {
        emit();
        i = j + 1;
        continue;
      }
    }
    if (c === "{") {
      const m = /^\{[\w-]{1,40}\}/.exec(s.slice(i, i + 44));
      if (m) {
        emit();
        i += m[0].length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  emit();
  return inl;
}

export function readAsciiDoc(rawLines: string[]): Line[] {
  const out: Line[] = [];
  let content = false;
  let tableRows = -1;
  let inComment = false;
  let literal = "";
  const line = (n: number, inl: Inline | Inline[], o: Parameters<typeof toLine>[2] = {}): void => {
    const l = toLine(n, inl, { dialect: "asciidoc", ...o });
    if (l.text) content = true;
    out.push(l);
  };
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const n = i + 1;
    // A trailing " +" is a hard line break.
    const t = raw.trim().replace(/[ \t]\+$/, "");
    if (inComment) {
      if (/^\/{4,400}$/.test(t)) inComment = false;
      continue;
    }
    if (literal) {
      if (t === literal) literal = "";
      else if (t) line(n, new Inline().push(raw), { indent: indentOf(raw) });
      continue;
    }
    if (t === "") {
      line(n, new Inline());
      continue;
    }
    if (/^\/{4,400}$/.test(t)) {
      inComment = true;
      continue;
    }
    if (t.startsWith("//")) continue;
    if (/^\|={3,400}$/.test(t)) {
      tableRows = tableRows < 0 ? 0 : -1;
      continue;
    }
    if (tableRows >= 0) {
      if (!t.startsWith("|")) continue;
      const cells = t
        .slice(1)
        .split("|")
        .map((c) => adocInline(c.trim()));
      const header = tableRows === 0 && i + 1 < rawLines.length && rawLines[i + 1]!.trim() === "";
      line(n, cells, { table: { header } });
      tableRows++;
      continue;
    }
    // A two-line title: text over an underline of about its length.
    const u = i + 1 < rawLines.length ? UNDERLINE_RE.exec(rawLines[i + 1]!.trim()) : null;
    if (
      u &&
      !UNDERLINE_RE.test(t) &&
      !LIST.test(t) &&
      Math.abs(rawLines[i + 1]!.trim().length - t.length) <= 2
    ) {
      line(n, adocInline(t), { heading: UNDERLINE[u[1]!]!, title: !content });
      i++;
      continue;
    }
    // A title wrapped over two lines by an editor, then its underline.
    const u2 =
      i + 2 < rawLines.length && rawLines[i + 1]!.trim() ? UNDERLINE_RE.exec(rawLines[i + 2]!.trim()) : null;
    if (
      u2 &&
      !LIST.test(t) &&
      Math.abs(rawLines[i + 2]!.trim().length - (t.length + 1 + rawLines[i + 1]!.trim().length)) <= 2
    ) {
      line(n, adocInline(`${t} ${rawLines[i + 1]!.trim()}`), {
        heading: UNDERLINE[u2[1]!]!,
        title: !content,
      });
      i += 2;
      continue;
    }
    const title = TITLE.exec(t);
    if (title) {
      const level = title[1]!.length;
      line(n, adocInline(title[2]!.replace(/[ \t]{1,40}={1,6}$/, "")), {
        heading: level,
        title: !content && level === 1,
      });
      continue;
    }
    if (/^\[\[[^\]]{1,200}\]\]$/.test(t) || /^\[[^\]\n]{0,200}\]$/.test(t)) continue;
    if (/^:[\w-]{1,40}!?:/.test(t)) {
      // The header's contact attributes (`:email:`, `:phone:`, `:homepage:`, `:linkedin:`…) are
      // contact lines; the others are settings.
      const attr = /^:([\w-]{1,40}):[ \t]+(\S.{0,300})$/.exec(t);
      const label = attr ? CONTACT_ATTRS[attr[1]!.toLowerCase()] : undefined;
      if (label) line(n, new Inline().push(`${label}: ${attr![2]!.trim()}`));
      continue;
    }
    if (/^(?:ifdef|ifndef|endif|include|image|toc|video|audio)::/.test(t)) continue;
    if (DELIMITER.test(t)) {
      if (/^(?:-{4}|\.{4})/.test(t)) literal = t;
      continue;
    }
    let body = t;
    if (/^\.[^\s.]/.test(body)) body = body.slice(1);
    const item = markerItem(LIST, body);
    if (item) {
      const marker = item[1]!;
      const depth = /^[*.]/.test(marker) ? marker.length - 1 : 0;
      // "Term:: value" inside a list item: found by index (a regex for both sides backtracks).
      const dl = termAndValue(item[2]!);
      const inl = dl ? adocInline(dl[1]!).push(": ") : new Inline();
      adocInline(dl ? (dl[2] ?? "") : item[2]!, inl);
      line(n, inl, { bullet: true, depth, indent: 2 * depth });
      continue;
    }
    const dl = /^([^:\s][^:]{0,80}?):{2,4}(?:[ \t]{1,40}(\S.*)?)?$/.exec(body);
    if (dl) {
      const inl = adocInline(dl[1]!).push(": ");
      adocInline(dl[2] ?? "", inl);
      line(n, inl, { indent: indentOf(raw) });
      continue;
    }
    line(n, adocInline(body), { indent: indentOf(raw), stripBullet: true });
  }
  return out;
}

/** An AsciiDoc document: `[[anchor]]` lines, `== Title` sections, `url[text]` links, `:attr:` entries. */
export function looksAsciiDoc(rawLines: string[], isSectionWord: (s: string) => boolean): boolean {
  let score = 0;
  // A sign only AsciiDoc gives (section titles alone could be a plain-text decoration: "== SKILLS ==").
  let own = false;
  const first = rawLines.find((r) => r.trim() !== "") ?? "";
  if (/^=[ \t]+\S/.test(first) && !/=[ \t]*$/.test(first)) {
    score += 1;
    own = true;
  }
  for (const r of rawLines.slice(0, 3000)) {
    if (
      /^\[\[[\w-]{1,100}\]\]$/.test(r) ||
      /^\[(?:horizontal|source|quote|verse|cols=[^\]]{0,40}|options=[^\]]{0,40})\]$/.test(r)
    ) {
      score += 1;
      own = true;
    } else if (/^={2,5}[ \t]+\S/.test(r))
      score += /=[ \t]*$/.test(r) ? 0.5 : isSectionWord(r.replace(/^=+[ \t]+/, "").trim()) ? 2 : 0.5;
    else if (/(?:^|[\s(])(?:link:)?https?:\/\/[^\s[\]]{1,300}\[[^\]\n]{0,200}\]/.test(r)) {
      score += 0.5;
      own = true;
    } else if (
      /^:(?:toc|icons|sectnums|doctype|author|email|revdate|imagesdir|experimental|nofooter)!?:/.test(r) ||
      /^\|={3,}$/.test(r)
    ) {
      score += 1;
      own = true;
    }
    if (score >= 3 && own) return true;
  }
  return false;
}

/** "Term:: value" (the first "::" within 80 characters followed by a blank or the end): [whole, term, value?]. */
function termAndValue(text: string): [string, string, string | undefined] | null {
  for (let sep = text.indexOf("::", 1); sep >= 1 && sep <= 80; sep = text.indexOf("::", sep + 1)) {
    const after = text.slice(sep + 2);
    if (after === "" || after[0] === " " || after[0] === "\t")
      return [text, text.slice(0, sep), after.trim() || undefined];
  }
  return null;
}
