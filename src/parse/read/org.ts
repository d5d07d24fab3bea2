/**
 * Org-mode reader: `*` headlines (level = stars; TODO keywords and tags dropped), `#+TITLE:`
 * (the document title, a name candidate) and `#+SUBTITLE:`/`#+AUTHOR:`/`#+EMAIL:` as lines,
 * other `#+KEYWORD:` settings, `:PROPERTIES:` drawers and `# comments` dropped, lists with
 * depth (`- term :: value` → `term: value`), tables (a `|---+---|` rule flags the row above as
 * the header), links `[[url][text]]`, emphasis `*bold* /italic/ ~code~ =verbatim=`,
 * `#+begin_export html` blocks through the HTML reader, `{{{macros}}}` dropped.
 */
import type { Line, Skipped } from "../line.js";
import { readHtml } from "./html.js";
import { Depths, Inline, indentOf, toLine } from "./inline.js";
import { NETWORKS } from "./latex-macros.js";
import { markerItem } from "./marker.js";

const EMPH: Record<string, "bold" | "italic" | "code" | undefined> = {
  "*": "bold",
  "/": "italic",
  "~": "code",
  "=": "code",
  "+": undefined,
  _: undefined,
};
const PRE = /[\s\-({'"]/;
const POST = /[\s\-.,:!?;'")}[\]]/;

/** Org inline markup of one line into `inl`. */
export function orgInline(s: string, inl: Inline = new Inline()): Inline {
  let i = 0;
  let plain = "";
  const emit = (): void => {
    inl.push(plain);
    plain = "";
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === "[" && s[i + 1] === "[") {
      const close = s.indexOf("]]", i + 2);
      if (close > 0 && close - i < 1200) {
        const body = s.slice(i + 2, close);
        const sep = body.indexOf("][");
        const url = sep >= 0 ? body.slice(0, sep) : body;
        const text = sep >= 0 ? body.slice(sep + 2) : url.replace(/^(?:mailto|tel):/, "");
        emit();
        if (/^(?:https?:|mailto:|tel:|www\.)/.test(url)) {
          inl.begin("link", url);
          orgInline(text, inl);
          inl.end("link");
        } else orgInline(text, inl);
        i = close + 2;
        continue;
      }
    }
    if (c === "{" && s.startsWith("{{{", i)) {
      const close = s.indexOf("}}}", i + 3);
      if (close > 0 && close - i < 300) {
        emit();
        i = close + 3;
        continue;
      }
    }
    if (c === "@" && s[i + 1] === "@") {
      const close = s.indexOf("@@", i + 2);
      if (close > 0 && close - i < 600) {
        emit();
        i = close + 2;
        continue;
      }
    }
    if (c === "<" && /^<\d{4}-\d{2}/.test(s.slice(i, i + 8))) {
      const m = /^<(\d{4}-\d{2}(?:-\d{2})?)[^<>\n]{0,30}>/.exec(s.slice(i, i + 48));
      if (m) {
        plain += m[1]!;
        i += m[0].length;
        continue;
      }
    }
    if (c in EMPH && (i === 0 || PRE.test(s[i - 1]!)) && s[i + 1] !== undefined && !/\s/.test(s[i + 1]!)) {
      // The closing marker: one of the next few of its kind, within 400 characters (bounded work per position).
      let j = s.indexOf(c, i + 1);
      for (
        let tries = 0;
        j > 0 && tries < 6 && (/\s/.test(s[j - 1]!) || (j + 1 < s.length && !POST.test(s[j + 1]!)));
        tries++
      )
        j = s.indexOf(c, j + 1);
      if (j > 0 && (/\s/.test(s[j - 1]!) || (j + 1 < s.length && !POST.test(s[j + 1]!)))) j = -1;
      if (j > i + 1 && j - i < 400) {
        emit();
        const kind = EMPH[c];
        const body = s.slice(i + 1, j);
        if (kind === "code") inl.span("code", body);
        else if (kind) {
          inl.begin(kind);
          orgInline(body, inl);
          inl.end(kind);
        } else orgInline(body, inl);
        i = j + 1;
        continue;
      }
    }
    // A run of stars that opens no emphasis ("!** Intern", a headline knocked off its column)
    // is markup, not text, as the plain-text reader has it.
    if (c === "*" && s[i + 1] === "*") {
      while (s[i] === "*") i++;
      continue;
    }
    plain += c;
    i++;
  }
  emit();
  return inl;
}

const SETTING = /^#\+([A-Za-z_]{1,30}):[ \t]{0,4}(.*)$/;
const HEADLINE = /^(\*{1,8})[ \t]{1,40}(.*)$/;
const TAGS = /[ \t]{1,40}:[\w@#%:]{1,80}:$/;
const LIST = /^([-+*]|\d{1,3}[.)])[ \t]/;

/** org-cv's (ox-moderncv, ox-awesomecv) contact settings → the label of their line. */
const CONTACT_SETTING: Record<string, string> = { mobile: "Phone", phone: "Phone" };
/** A setting only org-cv's exporters read: the document is such a CV (#+AUTHOR is the name, #+TITLE the headline). */
const ORG_CV = /^#\+(?:mobile|address|homepage|github|gitlab|linkedin|photo|cvstyle|cvcolor):/i;

export function readOrg(rawLines: string[], skipped: Skipped[]): Line[] {
  const out: Line[] = [];
  const depths = new Depths();
  const head = rawLines.slice(0, 200);
  const orgCv =
    head.some((r) => ORG_CV.test(r.trim())) && head.some((r) => /^#\+author:[ \t]*\S/i.test(r.trim()));
  // org-cv's #+ADDRESS lines are one address, its rows.
  const address = head
    .map((r) => /^#\+address:[ \t]*(\S.*)$/i.exec(r.trim())?.[1]?.trim())
    .filter((v): v is string => v !== undefined);
  let addressDone = false;
  let headline: Line | undefined;
  let titleSeen = false;
  let headlineAt = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const n = i + 1;
    const t = raw.trim();
    if (t === "") {
      out.push(toLine(n, new Inline(), { dialect: "org" }));
      continue;
    }
    const block = /^#\+begin_(\w{1,20})(?:[ \t]+(\S{1,20}))?/i.exec(t);
    if (block) {
      const kind = block[1]!.toLowerCase();
      let j = i + 1;
      while (j < rawLines.length && !/^[ \t]*#\+end_/i.test(rawLines[j]!)) j++;
      const body = rawLines.slice(i + 1, j);
      if (kind === "export" && block[2]?.toLowerCase() === "html")
        out.push(...readHtml(body.join("\n"), i + 2, "org"));
      else if (kind === "export" || kind === "src" || kind === "comment") {
        /* code, comments and exports to other back-ends are not résumé text */
      } else
        for (let k = 0; k < body.length; k++)
          out.push(
            toLine(i + 2 + k, new Inline().push(body[k]!), {
              dialect: "org",
              indent: indentOf(body[k]!),
              stripBullet: true,
            }),
          );
      i = j;
      continue;
    }
    const setting = SETTING.exec(t);
    if (setting) {
      const key = setting[1]!.toLowerCase();
      const value = setting[2]!.trim();
      const network = NETWORKS[key];
      if (orgCv && key === "author" && value) {
        out.push(toLine(n, orgInline(value), { heading: 1, title: true, dialect: "org" }));
        titleSeen = true;
        // (The headline, written first, is printed under the name.)
        if (headline) out.push(headline);
        headline = undefined;
      } else if (orgCv && key === "title" && value) {
        const l = toLine(n, orgInline(value), { dialect: "org" });
        if (titleSeen) out.push(l);
        else headline = l;
      } else if (key === "address" && value) {
        if (!addressDone)
          out.push(toLine(n, new Inline().push(`Address: ${address.join(", ")}`), { dialect: "org" }));
        addressDone = true;
      } else if (key === "homepage" && value && !/\s/.test(value)) {
        const url = /^https?:\/\//.test(value) ? value : `https://${value}`;
        out.push(toLine(n, new Inline().push("Web: ").span("link", value, url), { dialect: "org" }));
      } else if (CONTACT_SETTING[key] && value)
        out.push(toLine(n, new Inline().push(`${CONTACT_SETTING[key]}: ${value}`), { dialect: "org" }));
      else if (network && value && !/\s/.test(value)) {
        // #+GITHUB: handle, as the LaTeX templates' \github{handle}: a link to the profile.
        const url = /^https?:\/\//.test(value) ? value : network ? network + value.replace(/^@/, "") : value;
        out.push(
          toLine(n, new Inline().span("link", url, /^https?:/.test(url) ? url : `https://${url}`), {
            dialect: "org",
          }),
        );
      } else if ((key === "title" || (key === "author" && !titleSeen)) && value) {
        out.push(toLine(n, orgInline(value), { heading: 1, title: true, dialect: "org" }));
        titleSeen = true;
      } else if ((key === "subtitle" || key === "author") && value)
        out.push(toLine(n, orgInline(value), { dialect: "org" }));
      else if (key === "email" && value)
        out.push(toLine(n, new Inline().push(`Email: ${value}`), { dialect: "org" }));
      else skipped.push({ n, text: t.slice(0, 80), why: "front matter" });
      continue;
    }
    if (/^#\+/.test(t) || /^#(?:[ \t]|$)/.test(t)) continue;
    if (/^:[A-Za-z_]{1,30}:$/.test(t)) {
      // A drawer (`:PROPERTIES:` … `:END:`) right under a headline holds metadata; an entry's
      // own (`:COMPANY:`, `:LOCATION:`, `:FROM:`…) is read into its headline (entryOf).
      if (t.toUpperCase() !== ":END:") {
        let j = i + 1;
        while (j < rawLines.length && j - i < 200 && rawLines[j]!.trim().toUpperCase() !== ":END:") j++;
        if (j < rawLines.length && rawLines[j]!.trim().toUpperCase() === ":END:") {
          const prev = out[out.length - 1];
          const lines =
            prev?.heading !== undefined && prev.n === headlineAt && t.toUpperCase() === ":PROPERTIES:"
              ? entryOf(prev, rawLines.slice(i + 1, j))
              : undefined;
          if (lines) out.splice(out.length - 1, 1, ...lines);
          i = j;
        }
      }
      continue;
    }
    const head = HEADLINE.exec(raw) ?? (/^[ \t]{1,3}\*{2}/.test(raw) ? HEADLINE.exec(t) : null);
    if (head) {
      depths.reset();
      const text = head[2]!
        .replace(TAGS, "")
        .replace(/^(?:TODO|DONE|COMMENT)[ \t]+/, "")
        .replace(/^\[#[A-C]\][ \t]+/, "");
      if (text.startsWith("COMMENT ")) continue;
      out.push(toLine(n, orgInline(text.trim()), { heading: Math.min(6, head[1]!.length), dialect: "org" }));
      headlineAt = n;
      continue;
    }
    const indent = indentOf(raw);
    if (/^\|/.test(t)) {
      if (/^\|[-+:| \t]{1,400}\|?$/.test(t) && t.includes("-")) {
        const prev = out[out.length - 1];
        if (prev?.table && prev.n === n - 1) prev.table.header = true;
        continue;
      }
      const cells = t
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => orgInline(c));
      out.push(toLine(n, cells, { table: { header: false }, dialect: "org", indent }));
      continue;
    }
    const item = markerItem(LIST, t);
    if (item && !(item[1] === "*" && indent === 0)) {
      const depth = depths.at(indent);
      const body = item[2]!.replace(/^\[[ X-]\][ \t]+/, "");
      const dl = /^(.{1,80}?)[ \t]{1,40}::(?:[ \t]{1,40}(\S.*)?)?$/.exec(body);
      const inl = new Inline();
      if (dl) {
        orgInline(dl[1]!, inl).push(": ");
        orgInline(dl[2] ?? "", inl);
      } else orgInline(body, inl);
      out.push(toLine(n, inl, { bullet: true, depth, indent, dialect: "org" }));
      continue;
    }
    if (/^-{5,}$/.test(t)) {
      out.push({ ...toLine(n, new Inline(), { dialect: "org" }), rule: true });
      continue;
    }
    out.push(toLine(n, orgInline(t), { indent, dialect: "org", stripBullet: true }));
  }
  return out;
}

/** Property names that say what an entry is, by the field they hold. */
const PROPERTY: Record<string, "org" | "title" | "place" | "from" | "to" | "dates"> = {
  COMPANY: "org",
  EMPLOYER: "org",
  ORGANIZATION: "org",
  ORGANISATION: "org",
  ORG: "org",
  INSTITUTION: "org",
  SCHOOL: "org",
  UNIVERSITY: "org",
  TITLE: "title",
  POSITION: "title",
  ROLE: "title",
  DEGREE: "title",
  LOCATION: "place",
  PLACE: "place",
  CITY: "place",
  WHERE: "place",
  FROM: "from",
  START: "from",
  BEGIN: "from",
  START_DATE: "from",
  TO: "to",
  END: "to",
  UNTIL: "to",
  END_DATE: "to",
  DATE: "dates",
  DATES: "dates",
  WHEN: "dates",
  PERIOD: "dates",
};

/** `<2021-03>`, `[2017-08-01 Tue]`: an Org timestamp as its date. */
function orgDate(v: string): string {
  return v.replace(/[<[](\d{4}(?:-\d{2}){0,2})(?:[ \t][^<>[\]]{0,30})?[>\]]/g, "$1");
}

/**
 * A headline with its properties drawer, when the drawer says where, as what or when
 * (`:COMPANY:`, `:TITLE:`, `:LOCATION:`, `:FROM:`/`:TO:`): the entry as two lines of two
 * cells, where and its place over the role and when, as the templates of other formats set it
 * (the headline is the role, or the organisation when a `:TITLE:` names the role).
 */
function entryOf(head: Line, drawer: string[]): Line[] | undefined {
  const props: Partial<Record<"org" | "title" | "place" | "from" | "to" | "dates", string>> = {};
  for (const r of drawer) {
    const m = /^[ \t]*:([A-Za-z_]{1,30}):[ \t]+(\S.*)$/.exec(r);
    const field = m ? PROPERTY[m[1]!.toUpperCase()] : undefined;
    if (field && !props[field]) props[field] = orgDate(m![2]!.trim());
  }
  if (!props.org && !props.title && !props.from && !props.dates) return undefined;
  const dates = props.dates ?? [props.from, props.to].filter(Boolean).join(" – ");
  const cell = (text: string | undefined, kind?: "bold" | "italic"): Inline => {
    const inl = new Inline();
    if (kind) inl.begin(kind);
    orgInline(text ?? "", inl);
    if (kind) inl.end(kind);
    return inl;
  };
  const line = (cells: Inline[]): Line =>
    toLine(head.n, cells.length > 1 ? cells.filter((c) => !c.empty) : cells[0]!, { dialect: "org" });
  const role = props.title ?? (props.org ? head.text : undefined);
  const where = props.title ? (props.org ?? head.text) : props.org;
  const out: Line[] = [];
  if (where) out.push(line([cell(where, "bold"), cell(props.place)]));
  if (role || dates) out.push(line([cell(role ?? head.text, where ? "italic" : "bold"), cell(dates)]));
  return out;
}

/** An Org-mode document: `#+TITLE:`-style settings or a drawer, with headlines; or `* Section` over `** ` headlines. */
export function looksOrg(rawLines: string[], isSectionWord: (s: string) => boolean): boolean {
  let settings = 0;
  let headlines = 0;
  let deep = 0;
  let sectionHead = false;
  for (const r of rawLines.slice(0, 2000)) {
    // (Each shape is asked only of a line with its first mark: most lines have none.)
    const c0 = r.charCodeAt(0);
    if (c0 !== 35 && c0 !== 42 && !r.includes(":PROPERTIES:")) continue;
    if (
      /^#\+(?:title|author|email|options|startup|latex_class|latex_header|date|language|setupfile|export_file_name|subtitle|html_head|include):/i.test(
        r,
      )
    )
      settings++;
    else if (/^[ \t]{0,8}:PROPERTIES:[ \t]*$/.test(r)) settings++;
    else if (/^\*{1,6}[ \t]\S/.test(r)) {
      headlines++;
      if (/^\*{2,6}[ \t]/.test(r)) deep++;
      else if (isSectionWord(r.slice(2).trim())) sectionHead = true;
    }
  }
  return (settings > 0 && headlines > 0) || settings >= 3 || (sectionHead && deep >= 2);
}
