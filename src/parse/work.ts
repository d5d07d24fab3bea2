/**
 * Work entries: blocks at date anchors; each header's parts cut into pieces that a fitted
 * model names title / company / location / team; bodies give highlights, summaries, stacks and roles (promotions,
 * several roles under one company, LinkedIn's company-then-roles layout).
 */
import type { Project, Role, Work } from "../profile/schema.js";
import { findRange, isDurationLine, removeSpan, tidy, type DateRange } from "./dates.js";
import {
  capsEmployerThenTitle,
  collectBody,
  headerParts,
  leadingRange,
  isRoleLine,
  joinWorkModes,
  restOfTitle,
  splitBlocks,
  splitItemsInline,
  unfinished,
  type Block,
  type Part,
} from "./entries.js";
import {
  COMPANY_ABBREV_END_RE,
  US_ADDRESS_RE,
  companyScore,
  hasOrgWord,
  hasInstitutionWord,
  isProse,
  listItems,
  locationScore,
  splitNamePlace,
  splitOutsideParens,
  teamScore,
  titleScore,
} from "./features.js";
import type { Line } from "./lines.js";
import { headerFieldsOf } from "./model/header-field.js";
import { splitUndated, undatedBlocks } from "./undated.js";
import {
  COLUMN_WORDS,
  COMPANY_SUFFIXES,
  PLACES,
  ROLE_EVENT_RE,
  TITLE_NOUNS,
  TITLE_QUALIFIERS,
  wordsOf,
} from "./vocab.js";
import { engagementEmployer, proseJobs } from "./prose-jobs.js";
import { isPlaceLine, placeOf } from "./vocab/index.js";

export interface ParsedWork {
  work: Work[];
  /** Client projects listed inside a job ("Project #1: X / Client: Y / Role: Z" + bullets). */
  projects: Project[];
  /** Lines before the first entry that could not be used. */
  lead: Line[];
}

interface Header {
  position?: string;
  name?: string;
  team?: string;
  location?: string;
  description?: string;
  keywords: string[];
  /** A company line followed by a duration ("Acme\n3 years 2 months"): roles follow. */
  groupOpen: boolean;
  /** The location was the company's own line (LinkedIn: company / duration / place / roles). */
  groupPlace?: boolean;
  highlights: string[];
}

/** "ACME CORPORATION, Springfield, IL", "Open Ballot Lab, Remote": a place after a part that is not one. */
function splitsOffPlace(text: string): boolean {
  const sub = text.split(/\s{0,40},\s{0,40}/);
  // "Open Ballot Lab, Remote": a work mode after a name that is no place.
  if (sub.length === 2 && /^(?:remote|hybrid|on-?site)$/i.test(sub[1]!) && locationScore(sub[0]!) < 3)
    return true;
  return sub.length >= 3 && locationScore(sub[0]!) < 3 && locationScore(sub.slice(1).join(", ")) >= 3;
}

/** "Larkspur Insurance Group, Bloomington, IL": a name of several words, then a city and a region (not a stack). */
function companyThenPlace(text: string): boolean {
  const sub = text.split(/\s{0,40},\s{0,40}/);
  if (sub.length < 3 || sub.length > 4 || sub[0]!.split(/\s+/).length < 2) return false;
  const last = sub[sub.length - 1]!;
  return (
    (/^[A-Z]{2}$/.test(last) || wordsOf(last).some((w) => PLACES.has(w))) &&
    locationScore(sub.slice(1).join(", ")) >= 3
  );
}

/** Comma-separated pieces, keeping "Science Teacher (Biology, Chemistry)" whole. */
const commaPieces = (text: string): string[] => splitOutsideParens(text, ",").filter(Boolean);

/** "Coremark Solutions, Bengaluru" under "Title   dates": a company (by its suffix) and its city. */
function companyThenCity(text: string): boolean {
  const sub = text.split(/\s{0,40},\s{0,40}/);
  return (
    sub.length === 2 &&
    titleScore(sub[0]!) <= 0 &&
    locationScore(sub[0]!) < 3 &&
    wordsOf(sub[0]!).some((w) => COMPANY_SUFFIXES.has(w)) &&
    locationScore(sub[1]!) >= 3
  );
}

/** "Firmware Engineer, Baltic Motion Systems, Gdynia" under a line of dates: title, company and place, not a stack. */
function titleCompanyPlace(text: string): boolean {
  // ("Intern, Acme Computing, INC, Fremont, CA": a legal suffix after a comma is the company's.)
  const sub = joinSuffixes(text.split(/\s{0,40},\s{1,40}/));
  if (
    sub.length < 2 ||
    sub.length > 4 ||
    sub.some((p) => p.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]/u.test(p))
  )
    return false;
  return titleScore(sub[0]!) > 0 && sub.slice(1).every((p) => titleScore(p) <= 0);
}

/** "Employer: Acme" / "Position: Engineer" (Europass and forms): the field a labelled line fills. */
export function labeledField(
  text: string,
): { field: "name" | "position" | "location" | "summary" | "dates"; value: string } | undefined {
  const m =
    /^(employer|company|organi[sz]ation|client|position|job title|title|role|designation|occupation|location|city|place|main activities|activities|responsibilities|description|tasks|dates?|period|duration)\s{0,2}[:：]\s{0,2}(.*)$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const key = m[1]!.toLowerCase();
  const field = /employer|company|organi|client/.test(key)
    ? "name"
    : /position|title|role|designation|occupation/.test(key)
      ? "position"
      : /location|city|place/.test(key)
        ? "location"
        : /date|period|duration/.test(key)
          ? "dates"
          : "summary";
  return { field, value: m[2]!.trim() };
}

/** `Principal Engineer (Rust Platform Team) VerSe Innovation` → title, team, company. */
export function splitTitleTail(text: string): { title: string; team?: string; tail?: string } | undefined {
  if (/[,|·]/.test(text) || isProse(text)) return undefined;
  const tokens = text.split(/\s+/);
  let k = -1;
  for (let i = 0; i < Math.min(tokens.length, 6); i++) {
    const w = tokens[i]!.toLowerCase().replace(/[^\p{L}/-]/gu, "");
    if (w.split(/[/-]/).some((p) => TITLE_NOUNS.has(p))) k = i;
  }
  if (k < 0 || k === tokens.length - 1) return undefined;
  let end = k + 1;
  while (end + 1 < tokens.length && /^(?:of|for|in|&|and)$/i.test(tokens[end]!)) end += 2;
  // Levels belong to the title: "Engineer II", "SDE 2", "Engineer L5".
  while (end < tokens.length && /^(?:I{1,3}|IV|V|VI{1,3}|\d|[LEP]\d{1,2})$/.test(tokens[end]!)) end++;
  if (end === tokens.length) return undefined;
  let team: string | undefined;
  let tailStart = end;
  if (tokens[end]?.startsWith("(")) {
    let close = end;
    while (close < tokens.length && !tokens[close]!.endsWith(")")) close++;
    if (close < tokens.length) {
      const inner = tokens
        .slice(end, close + 1)
        .join(" ")
        .replace(/^\(|\)$/g, "");
      // "Program Analyst (GS-0343-12)", "Engineer (L5)": a grade code belongs to the title.
      if (/\d/.test(inner) && !/\s/.test(inner)) {
        end = close + 1;
        tailStart = end;
        if (end === tokens.length) return undefined;
      } else {
        team = inner;
        tailStart = close + 1;
      }
    }
  }
  const tail = tokens.slice(tailStart).join(" ");
  if (tail && !/^\p{Lu}|^\p{N}/u.test(tail)) return undefined;
  // "Site Reliability Engineer & Infrastructure Team Lead": a tail that ends in a title noun is more title.
  const lastWord = tokens[tokens.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (tail && team === undefined && TITLE_NOUNS.has(lastWord)) return undefined;
  // "Développeur Full-Stack": qualifiers after the noun are still the title.
  if (
    tail &&
    tokens
      .slice(tailStart)
      .every((t) => TITLE_QUALIFIERS.has(t.toLowerCase()) || TITLE_NOUNS.has(t.toLowerCase()))
  )
    return undefined;
  return { title: tokens.slice(0, end).join(" "), team, tail: tail || undefined };
}

/** "Haneul Mobility Co., Ltd." split at its commas: suffix pieces ("Ltd.", "Inc.") rejoin the name. */
function joinSuffixes(sub: string[]): string[] {
  const out: string[] = [];
  for (const x of sub) {
    const ws = x.toLowerCase().split(/\s+/);
    if (
      out.length &&
      ws.length <= 2 &&
      ws.every((w) =>
        /^(?:inc|ltd|llc|llp|plc|gmbh|ag|s\.?a|b\.?v|n\.?v|co|corp|pvt|pte|s\.?r\.?l|oy|ab|as|kk)\.?$/.test(
          w,
        ),
      )
    )
      out[out.length - 1] += ", " + x;
    else out.push(x);
  }
  return out;
}

// ("Nantes (44)", "Lugano (TI)": a department or canton code after the city.)
const PLACE_SHAPE_RE = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}(?:\s\([\p{Lu}\d]{1,3}\))?$/u;

type Fields = Omit<Header, "keywords" | "groupOpen" | "highlights">;

/**
 * A header's fields: its parts are cut into candidate pieces (by the rules below), then the
 * fitted header-field model (model/header-field.ts) names each piece title, organisation, team,
 * place or other. `titleKnown` / `nameKnown`: a line above already gave the title / employer.
 */
function classify(parts: Part[], titleKnown = false, nameKnown = false): Fields {
  const cands = headerCandidates(parts, titleKnown);
  return headerFieldsOf(cands, titleKnown, nameKnown);
}

/** The pieces of a header's parts that may each be a field: the cutting, before any piece is named. */
function headerCandidates(parts: Part[], titleKnown = false): Part[] {
  // "Staff Engineer, Ondine Analytics\nLyon": with title and company on one line, a short
  // capitalised line of its own is the place.
  // Likewise after "Title @ Company" / "Title at Company" ("### Engineer @ Acme" over "*2017 – 2019* · Accra").
  const titleCompany =
    (parts.some((q) => q.side === 0) && parts.some((q) => q.side === 1)) ||
    parts.some((q) => {
      const sub = q.text.split(/\s{0,40},\s{0,40}/);
      return sub.length === 2 && titleScore(sub[0]!) > 0 && titleScore(sub[1]!) <= 0 && !restOfTitle(sub[1]!);
    });
  if (titleCompany) {
    parts = parts.map((p) =>
      !p.place &&
      !p.withList &&
      parts.filter((q) => q.line === p.line).length === 1 &&
      PLACE_SHAPE_RE.test(p.text) &&
      titleScore(p.text) <= 0 &&
      teamScore(p.text) <= 0 &&
      companyScore(p.text) <= 1 &&
      !hasOrgWord(p.text)
        ? { ...p, place: true }
        : p,
    );
  }
  // "Oakridge Cloud San Francisco, CA" beside a title: no other part can be the employer, so
  // the name and the city were run together (pdftotext joins left and right text with a space).
  const runTogether = parts.find(
    (p) => !p.place && p.side === undefined && splitNamePlace(p.text) && titleScore(p.text) <= 0,
  );
  if (
    runTogether &&
    (titleKnown || parts.some((q) => q !== runTogether && titleScore(q.text) > 0)) &&
    parts.every((q) => q === runTogether || q.place || titleScore(q.text) > 0 || locationScore(q.text) >= 3)
  ) {
    const sp = splitNamePlace(runTogether.text)!;
    parts = parts.flatMap((p) =>
      p === runTogether
        ? [
            { ...p, text: sp.name },
            { ...p, text: sp.place, place: true },
          ]
        : [p],
    );
  }
  // Expand "Title (Team) Company" parts.
  const cands: Part[] = [];
  for (const part of parts) {
    let p = part;
    // "Brightwater Capital (New York, NY)": a place in parentheses after a name.
    const paren = /^(\S.{1,80}?)\s\(([^()]{2,60})\)$/.exec(p.text);
    let placeInParens = false;
    if (
      paren &&
      locationScore(paren[2]!) >= 3 &&
      locationScore(paren[1]!) < 3 &&
      titleScore(paren[1]!) <= 0
    ) {
      // "Research placement with A. Lind, Polar University (NO)": before the place, still a title and a company.
      const lead = commaPieces(paren[1]!)[0]!;
      if (!(
        commaPieces(paren[1]!).length > 1 &&
        titleScore(lead) > 0 &&
        titleScore(paren[1]!.slice(lead.length)) <= 0
      )) {
        cands.push({ ...p, text: paren[1]! }, { ...p, text: paren[2]!, place: true });
        continue;
      }
      cands.push({ ...p, text: paren[2]!, place: true });
      p = { ...p, text: paren[1]! };
      placeInParens = true;
    }
    const caps = p.side === undefined ? capsEmployerThenTitle(p.text) : undefined;
    if (caps) {
      cands.push({ ...p, text: caps.name, side: 1 }, { ...p, text: caps.title, side: 0 });
      continue;
    }
    let split = p.side === undefined && titleScore(p.text) > 0 ? splitTitleTail(p.text) : undefined;
    // "Sviluppatrice Web" / "Młodszy Tester Oprogramowania" over "Agenzia Portico S.n.c., Modena": with
    // the employer on a line of its own, the words after the title noun are more title, not a company.
    if (
      split?.tail &&
      !split.team &&
      parts.some(
        (q) =>
          q.line !== p.line &&
          !q.place &&
          titleScore(q.text) <= 0 &&
          locationScore(q.text) < 3 &&
          (companyScore(q.text) >= 1 || hasOrgWord(q.text) || commaPieces(q.text).length > 1),
      )
    )
      split = undefined;
    // "Analyst at Magnolia Health, Remote": the company side of "at" is the employer, then its work mode.
    const sideMode =
      p.side === 1 && splitsOffPlace(p.text) ? /^([^,]{2,80}),\s{0,2}(.{2,60})$/.exec(p.text) : null;
    if (sideMode) {
      cands.push({ ...p, text: sideMode[1]! }, { ...p, text: sideMode[2]!, side: undefined, place: true });
      continue;
    }
    // ("Analyst (Data) Magnolia Health, Remote": likewise after a title's tail.)
    const tailMode =
      split?.tail && splitsOffPlace(split.tail) ? /^([^,]{2,80}),\s{0,2}(.{2,60})$/.exec(split.tail) : null;
    if (split && split.tail && (locationScore(split.tail) < 3 || tailMode)) {
      cands.push({ ...p, text: split.title, side: 0 });
      if (split.team) cands.push({ ...p, text: split.team });
      if (tailMode)
        cands.push({ ...p, text: tailMode[1]!, side: 1 }, { ...p, text: tailMode[2]!, place: true });
      else cands.push({ ...p, text: split.tail, side: 1 });
    } else if (split?.team && !split.tail) {
      cands.push({ ...p, text: split.title, side: 0 }, { ...p, text: split.team });
    } else if (
      p.side === undefined &&
      commaPieces(p.text).length > 1 &&
      (locationScore(p.text) < 3 || splitsOffPlace(p.text) || companyThenCity(p.text))
    ) {
      const sub = joinSuffixes(commaPieces(p.text));
      // "Title, Company, City, Region": the longest trailing run that is a place stays together.
      let cut = sub.length;
      // ...unless another part of the header is already the place ("Title, Company — City").
      const placeElsewhere = placeInParens || parts.some((q) => q !== part && q.place);
      for (let k = 1; k < sub.length && !placeElsewhere; k++) {
        if (
          locationScore(sub.slice(k).join(", ")) >= 3 &&
          sub.slice(k).every((x) => titleScore(x) <= 0 && companyScore(x) <= 1)
        ) {
          cut = k;
          break;
        }
      }
      // "Title, Company, City": a third short capitalised part is the place.
      const lastWord = sub[sub.length - 1]!;
      // "Company, City" when the title is another part of the header.
      const titleElsewhere =
        (titleKnown || parts.some((q) => q !== part && titleScore(q.text) > 0)) && titleScore(sub[0]!) <= 0;
      // "Engineering Manager, Platform — Tessellate": with a company elsewhere, the rest of a title is its team.
      const companyElsewhere =
        titleScore(sub[0]!) > 0 &&
        parts.some(
          (q) =>
            q !== part &&
            !q.place &&
            titleScore(q.text) <= 0 &&
            locationScore(q.text) < 3 &&
            teamScore(q.text) <= 0,
        );
      if (
        cut === sub.length &&
        !placeElsewhere &&
        (sub.length >= 3 || (sub.length === 2 && titleElsewhere)) &&
        /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u.test(lastWord) &&
        titleScore(lastWord) <= 0 &&
        companyScore(lastWord) <= 1 &&
        !hasOrgWord(lastWord)
      )
        cut--;
      const head = sub.slice(0, cut);
      const place = sub.slice(cut).join(", ");
      // "Department of Veterans Affairs, Veterans Health Administration", "Redwood University,
      // Department of Statistics": two organisations, the employer first and its unit second.
      const orgish = (x: string): boolean =>
        hasOrgWord(x) || teamScore(x) > 0 || hasInstitutionWord(x) || companyScore(x) >= 4;
      const units =
        head.length === 2 && !companyElsewhere && head.every((x) => titleScore(x) <= 0 && orgish(x));
      head.forEach((s, si) =>
        cands.push(
          units
            ? { ...p, text: s, ...(si === 0 ? { side: 1 as const } : { teamish: true }) }
            : si > 0 && (companyElsewhere || (si === 1 && titleScore(head[0]!) > 0 && restOfTitle(s)))
              ? { ...p, text: s, teamish: true }
              : { ...p, text: s },
        ),
      );
      if (place) cands.push({ ...p, text: place, place: true });
    } else cands.push(p);
  }
  return cands;
}

/** "810 Vermont Ave NW, Washington, DC 20420" in a job header → "Washington, DC" (the street is the office's). */
function streetToPlace(l: Line): Line {
  const m = US_ADDRESS_RE.exec(l.text);
  if (!m) return l;
  const text = `${m[2]!.trim()}, ${m[3]!}`;
  return { ...l, text, cells: [text] };
}

function parseHeader(block: Block): Header {
  block.header = block.header.map(streetToPlace);
  if (block.body[0]) block.body = [streetToPlace(block.body[0]), ...block.body.slice(1)];
  const labeled: Partial<Record<"name" | "position" | "location" | "summary", string>> = {};
  const header = block.header.filter((l) => {
    if (isDurationLine(l.text)) return false;
    const f = l === block.anchor ? undefined : labeledField(l.text);
    if (f && f.field !== "dates") {
      labeled[f.field] ??= f.value;
      return false;
    }
    return true;
  });
  // Labelled lines right under the anchor ("Employer: X", "Position: Y") belong to the header.
  while (block.body[0] && (!block.body[0].text || labeledField(block.body[0].text))) {
    const l = block.body[0];
    const f = l.text ? labeledField(l.text) : undefined;
    if (!l.text) {
      if (Object.keys(labeled).length) break;
      block.body = block.body.slice(1);
      continue;
    }
    if (f && f.field !== "dates" && f.value) labeled[f.field] ??= f.value;
    block.body = block.body.slice(1);
  }
  const groupOpen = block.header.some((l) => isDurationLine(l.text));
  const { parts, keywords, longCells } = headerParts(header, block.anchor, block.range);
  const highlights: string[] = [];
  // A long cell (a table row's description): its bold lead is the title, the rest items.
  for (const cell of longCells) {
    const lead = block.anchor.strong.find((s) => cell.startsWith(s));
    let body = cell;
    if (lead) {
      parts.push({ text: lead, line: header.length - 1, withList: false, bold: true, side: 0 });
      body = cell.slice(lead.length);
    }
    highlights.push(...splitItemsInline(body));
  }
  // "Dates: 01/2019 – present": the label alone is not a part.
  const kept = parts.filter((p) => !/^(?:dates?|period|duration|from|when)$/i.test(p.text));
  const h: Header = { ...classify(kept), keywords, groupOpen, highlights };
  titleSlot(h, kept, header);
  // "Riverbend High School, Minneapolis, MN" read whole as a place beside a title, with no company:
  // the first piece, which is no place, is the company and the rest its place.
  if (!h.name && h.position && h.location) nameBeforePlace(h);
  if (labeled.name) {
    const sub = labeled.name.split(/\s{0,40},\s{0,40}/);
    h.name = sub[0]!;
    if (sub.length > 1) h.location ??= sub.slice(1).join(", ");
  }
  if (labeled.position) h.position = labeled.position;
  if (labeled.location) h.location = labeled.location;
  if (labeled.summary) h.description = [h.description, labeled.summary].filter(Boolean).join(" · ");
  // LinkedIn: "Company / duration / Title / dates": the company is the line before the duration.
  if (groupOpen) {
    const idx = block.header.findIndex((l) => isDurationLine(l.text));
    const companyLine = block.header[idx - 1];
    if (companyLine) {
      h.name = companyLine.text;
      let titles = block.header
        .slice(idx + 1)
        .filter((l) => l !== block.anchor || removeSpan(l.text, block.range.index, block.range.end));
      // "Kraków, Poland · Hybrid" between the duration and the first title: the company's place.
      const place =
        titles[0] &&
        titles.length > 1 &&
        titleScore(titles[0].text) <= 0 &&
        locationScore(titles[0].text.split(/\s{1,40}·\s{1,40}/)[0]!) >= 3
          ? titles[0]
          : undefined;
      if (place) {
        h.location = place.text;
        h.groupPlace = true;
        delete h.description;
        titles = titles.slice(1);
      }
      const t = titles[0];
      if (t)
        h.position = t === block.anchor ? removeSpan(t.text, block.range.index, block.range.end) : t.text;
    }
  }
  return h;
}

/** "Riverbend High School, Minneapolis, MN" read whole as a place: the first piece, no place, is the company (in place). */
function nameBeforePlace(h: { name?: string; location?: string }, strict = false): void {
  const sub = h.location!.split(/\s{0,40},\s{1,40}/);
  const rest = sub.slice(1).join(", ");
  // (strict: the first piece is no place the gazetteer knows either: "Buenos Aires, Argentina" stays whole.)
  if (strict && placeOf(sub[0]!)) return;
  if (sub.length >= 2 && locationScore(sub[0]!) < 3 && titleScore(sub[0]!) <= 0 && locationScore(rest) >= 3) {
    h.name = sub[0]!;
    h.location = rest;
  }
}

/** The years of `inner` lie inside those of `outer` (an ongoing `outer` has no end). */
function heldBy(outer: Work, inner: Work): boolean {
  const y = (d: string | undefined): string => (d ?? "").slice(0, 4);
  if (!outer.startDate || !inner.startDate || y(inner.startDate) < y(outer.startDate)) return false;
  if (outer.ongoing) return true;
  return Boolean(outer.endDate && inner.endDate && !inner.ongoing && y(inner.endDate) <= y(outer.endDate));
}

/**
 * "• TravelPaq   City" over "  Freelance   2017 – 2019": with the employer on a line of its own,
 * the one piece left on the dated line, short and no place, stands where the title stands.
 */
function titleSlot(h: Header, parts: Part[], header: Line[]): void {
  if (h.position || !h.name || !h.description || h.description.includes(" · ") || header.length < 2) return;
  const piece = parts.find((p) => p.text === h.description);
  const name = parts.find((p) => p.text === h.name);
  if (!piece || !name || piece.line !== header.length - 1 || name.line === piece.line) return;
  if (piece.text.split(/\s+/).length > 4 || locationScore(piece.text) >= 3 || isProse(piece.text)) return;
  h.position = piece.text;
  delete h.description;
}

/** A header with no title, its title alone under a blank line ("Acme" / "dates" / "" / "Engineer"): the blank goes. */
function titleAfterBlank(h: Header, block: Block): void {
  if (h.position || !h.name) return;
  let i = 0;
  while (i < block.body.length && !block.body[i]!.text) i++;
  const next = block.body[i];
  if (i === 0 || !next || next.bullet || isProse(next.text) || titleScore(next.text) <= 0) return;
  if (next.text.split(/\s+/).length > 12 || /[.!?]$/.test(next.text)) return;
  block.body = block.body.slice(i);
}

function datesOf(range: DateRange): Pick<Work, "startDate" | "endDate" | "ongoing"> {
  const d: Pick<Work, "startDate" | "endDate" | "ongoing"> = {};
  if (range.startDate) d.startDate = range.startDate;
  if (range.ongoing) d.ongoing = true;
  else if (range.endDate) d.endDate = range.endDate;
  return d;
}

/** A role line inside a body → a Role (name, stack in parentheses, note, start date). */
function roleFromLine(line: Line, file: string): Role {
  const m = ROLE_EVENT_RE.exec(line.text)!;
  let head = line.text.slice(0, m.index).trim();
  const note = line.text.slice(m.index).trim();
  const role: Role = { source: { file, line: line.n } };
  const paren = /\(([^()]{1,120})\)\s*$/.exec(head);
  if (paren) {
    const items = listItems(paren[1]!) ?? [paren[1]!.trim()];
    role.keywords = items;
    head = head.slice(0, paren.index).trim();
  }
  head = tidy(head);
  if (head) {
    if (titleScore(head) > 0) role.position = head;
    else role.team = head;
  }
  if (note) role.note = note;
  const r = findRange(note);
  if (r?.startDate) role.startDate = r.startDate;
  if (r && !r.single) {
    if (r.ongoing) role.ongoing = true;
    else if (r.endDate) role.endDate = r.endDate;
  }
  return role;
}

const STACK_LINE_RE =
  /^(?:tech(?:nologies|nology)?(?:\s(?:stack|used))?|stack|tools|environment|built with|skills)\s{0,2}[:：]\s{0,2}(.{2,})$/i;

const SUBLABEL_RE =
  /^(?:key\s|main\s|major\s|selected\s)?(?:responsibilities|duties|tasks|achievements|accomplishments|highlights|results|impact|contributions)(?:,?\s(?:and\s|&\s)?(?:related\s)?(?:responsibilities|duties|achievements|accomplishments|skills)){0,3}\s{0,2}[:：]$/i;

/** Federal and form résumés: "Hours per week: 40", "Salary: $98,500 per year", "Supervisor: ...". */
const JOB_FACT_RE =
  /^(?:hours(?: per week)?|salary|pay|grade|series|pay plan|supervisor|reason for leaving|may contact|number of employees supervised|employment type|reporting to|reports to)\s{0,2}[:：]\s{0,2}\S/i;

/** "Project #1: Claims Platform", "Project 2 – Agent Portal", "Project Name: X": a client project inside a job. */
export const SUBPROJECT_RE =
  /^(?:project|assignment|engagement)(?:[ \t]{0,2}(?:#[ \t]?)?\d{1,2}|[ \t]name|[ \t]title)?[ \t]{0,2}[:：–—-][ \t]{0,3}(\S.{0,120})$/i;
const SUBPROJECT_FIELD_RE =
  /^(client|customer|role|position|designation|team size|duration|period|environment|technologies|tech stack|tools|platform|description|responsibilities)[ \t]{0,2}[:：][ \t]{0,3}(.{0,300})$/i;

/**
 * Split client projects out of a job's body: from a "Project #1: X" line, its labelled fields
 * (Client, Role, Environment...) and bullets up to the next such line or the body's end.
 */
function splitSubprojects(work: Work, body: Line[], file: string): { body: Line[]; projects: Project[] } {
  const at = body.findIndex((l) => !l.bullet && SUBPROJECT_RE.test(l.text));
  if (at < 0) return { body, projects: [] };
  const projects: Project[] = [];
  let cur: { p: Project; lines: Line[] } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const { highlights, paragraphs } = collectBody(cur.lines);
    if (highlights.length) cur.p.highlights = highlights;
    if (paragraphs.length) cur.p.description = [cur.p.description, ...paragraphs].filter(Boolean).join("\n");
    projects.push(cur.p);
  };
  for (const l of body.slice(at)) {
    const head = !l.bullet ? SUBPROJECT_RE.exec(l.text) : null;
    if (head) {
      flush();
      cur = { p: { name: tidy(head[1]!), source: { file, line: l.n } }, lines: [] };
      continue;
    }
    const f = !l.bullet ? SUBPROJECT_FIELD_RE.exec(l.text) : null;
    // ("Responsibilities:" over bullets: a label.)
    if (cur && f && !f[2]!.trim()) continue;
    if (cur && f) {
      const key = f[1]!.toLowerCase();
      const value = tidy(f[2]!);
      if (key === "client" || key === "customer") cur.p.entity = value;
      else if (key === "role" || key === "position" || key === "designation") cur.p.roles = [value];
      else if (/^(?:environment|technologies|tech stack|tools|platform)$/.test(key))
        cur.p.keywords = value.split(/\s{0,40}[,;|]\s{0,40}/).filter(Boolean);
      else if (key === "duration" || key === "period") {
        const r = findRange(value);
        if (r?.startDate) Object.assign(cur.p, datesOf(r));
      } else if (key === "description" || key === "responsibilities") cur.p.description = value;
      else cur.lines.push(l);
      continue;
    }
    cur?.lines.push(l);
  }
  flush();
  for (const p of projects) if (!p.entity && work.name) p.entity = work.name;
  return { body: body.slice(0, at), projects };
}

/**
 * A bold bullet naming a title and its dates, over bullets indented deeper (the roles of one
 * company as a nested list: "- **Staff Engineer** — Mar 2019 – Dec 2021" over "  - Led …"): a role.
 */
function bulletRole(body: Line[], k: number, file: string): Role | undefined {
  const l = body[k]!;
  if (!l.bullet || !l.strong.length || !l.text.startsWith(l.strong[0]!)) return undefined;
  const next = body[k + 1];
  if (!next?.bullet || next.indent <= l.indent) return undefined;
  const r = findRange(l.text);
  if (!r || r.index === 0) return undefined;
  const head = tidy(l.text.slice(0, r.index).replace(/[\s,|·:(–—-]{1,10}$/, ""));
  if (!head || head.split(/\s+/).length > 8 || titleScore(head) <= 0) return undefined;
  return { position: head, ...datesOf(r), source: { file, line: l.n } };
}

function applyBody(work: Work, body: Line[], file: string): void {
  // Role lines split the body into the company part and one part per role.
  const segments: { role?: Role; lines: Line[] }[] = [{ lines: [] }];
  let bulletRoles = 0;
  for (let k = 0; k < body.length; k++) {
    const l = body[k]!;
    const event = isRoleLine(l);
    const role = event ? roleFromLine(l, file) : bulletRole(body, k, file);
    if (role && !event) bulletRoles++;
    if (role) segments.push({ role, lines: [] });
    else segments[segments.length - 1]!.lines.push(l);
  }
  // Beside a company whose roles are its bullets, the header's "position" (no title) was its place.
  if (bulletRoles && work.position && titleScore(work.position) <= 0) {
    if (!work.location && work.position.split(" ").length <= 4) work.location = work.position;
    delete work.position;
  }
  const keywords: string[] = [...(work.keywords ?? [])];
  const fill = (target: Work | Role, lines: Line[], isCompany: boolean): void => {
    const kept: Line[] = [];
    let sawBullet = false;
    let subtitles = 0;
    for (const l of lines) {
      if (!l.text) {
        kept.push(l);
        continue;
      }
      // "Responsibilities:" / "Achievements:" over bullets: a sub-label, not content.
      if (!l.bullet && SUBLABEL_RE.test(l.text)) continue;
      const stack = STACK_LINE_RE.exec(l.text);
      if (stack && !l.bullet) {
        // ("Skills: Java · People Management · +3 skills": the counter is a button.)
        const items = (listItems(stack[1]!) ?? stack[1]!.split(/\s{0,40}[,;]\s{0,40}/)).filter(
          (x) => !/^\+\d{1,3}\s(?:skills?|more)$/i.test(x),
        );
        (target.keywords ??= []).push(...items);
        continue;
      }
      if (l.bullet) sawBullet = true;
      if (!l.bullet && !sawBullet && JOB_FACT_RE.test(l.text)) {
        work.description = [work.description, l.text].filter(Boolean).join(" · ");
        continue;
      }
      // The first non-bullet lines of a company: "Team · description · City".
      if (
        !sawBullet &&
        !l.bullet &&
        isCompany &&
        subtitles < 2 &&
        !isProse(l.text) &&
        !unfinished(l.text) &&
        !/[.!?]$/.test(l.text) &&
        kept.every((k) => !k.text)
      ) {
        subtitles++;
        const stackItems = listItems(l.text);
        if (
          stackItems &&
          stackItems.length >= 2 &&
          stackItems.every(
            (x) => x.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N}.]/u.test(x) && locationScore(x) < 3,
          )
        ) {
          (target.keywords ??= []).push(...stackItems);
          continue;
        }
        const pieces = joinWorkModes(
          l.text
            .split(/\s{1,40}[·|•]\s{1,40}/)
            .map(tidy)
            .filter(Boolean),
        );
        const desc: string[] = [];
        for (const p of pieces) {
          if (!work.url && /^(?:https?:\/\/|www\.)\S{3,300}$/i.test(p)) work.url = p;
          else if (!work.location && locationScore(p) >= 3) work.location = p;
          // "Senior Engineer · Valdivia — dates" over "Payments Team · Santiago, Chile": with no employer
          // read, the header's one place-like piece is an employer named after a town, when the line
          // under it gives a place of its own (not that town's country or region).
          else if (isCompany && !work.name && townEmployer(work.location, p)) {
            work.name = work.location;
            work.location = p;
          } else if (!work.team && teamScore(p) > 0) work.team = p;
          else desc.push(p);
        }
        if (desc.length) work.description = [work.description, desc.join(" · ")].filter(Boolean).join(" · ");
        continue;
      }
      kept.push(l);
    }
    const { highlights, paragraphs } = collectBody(kept);
    if (highlights.length) target.highlights = [...(target.highlights ?? []), ...highlights];
    if (paragraphs.length) target.summary = [target.summary, ...paragraphs].filter(Boolean).join("\n");
  };
  fill(work, segments[0]!.lines, true);
  const roles = segments.slice(1).map((s) => {
    fill(s.role!, s.lines, false);
    return s.role!;
  });
  const only =
    roles.length === 1 && bulletRoles === 1 && !work.position && !work.roles ? roles[0] : undefined;
  if (only) {
    // One bold "Title — dates" bullet under the company: the job's own title, its bullets the job's.
    work.position = only.position;
    if (!work.startDate && only.startDate) {
      work.startDate = only.startDate;
      if (only.ongoing) work.ongoing = true;
      else if (only.endDate) work.endDate = only.endDate;
    }
    if (only.highlights) work.highlights = [...(work.highlights ?? []), ...only.highlights];
    if (only.summary) work.summary = [work.summary, only.summary].filter(Boolean).join("\n");
  } else if (roles.length) work.roles = [...(work.roles ?? []), ...roles];
  if (keywords.length) work.keywords = keywords;
}

type Column = "name" | "position" | "location" | "dates" | "team";

/** A table's header row: "Period | Company | Role", "Zeitraum | Position | Unternehmen / Projekt" → the field of each column. */
export function columnsOf(line: Line): Column[] | undefined {
  const fields = columnFields(line);
  if (!fields || !fields.some((f) => f === "name" || f === "position")) return undefined;
  return fields.map((f) => (f === "school" ? "name" : f === "degree" || f === "details" ? "team" : f));
}

/** The field each cell of a table header row names, or undefined when some cell names none (or the row holds a date). */
export function columnFields(line: Line): (keyof typeof COLUMN_WORDS)[] | undefined {
  if (line.cells.length < 2 || findRange(line.text)) return undefined;
  const out: (keyof typeof COLUMN_WORDS)[] = [];
  for (const c of line.cells) {
    const t = c.toLowerCase().replace(/[*_:]/g, "").replace(/\s+/g, " ").trim();
    // "Unternehmen / Projekt": either word names the column.
    const alts = [t, ...t.split(/\s?[/|]\s?/)];
    const f = (Object.keys(COLUMN_WORDS) as (keyof typeof COLUMN_WORDS)[]).find((k) =>
      alts.some((a) => COLUMN_WORDS[k].has(a)),
    );
    if (!f) return undefined;
    out.push(f);
  }
  return out;
}

/**
 * "Charge Nurse, Pediatric ICU" over "Harlow General Hospital, Elmsworth, NV": the line below,
 * read as the place, names the employer (an organisation's word before a place), and the piece
 * beside the title, no organisation, is its unit.
 */
function unitOverEmployer(w: Work): void {
  if (!w.name || w.team || hasOrgWord(w.name) || hasInstitutionWord(w.name)) return;
  if (companyScore(w.name) >= 4) return;
  for (const field of ["location", "description"] as const) {
    const text = w[field];
    if (!text || text.includes("\n") || text.length > 120 || /[.!?]$/.test(text)) continue;
    const cut = text.indexOf(",");
    if (cut < 0) continue;
    const employer = text.slice(0, cut).trim();
    const place = text.slice(cut + 1).trim();
    if (!(hasOrgWord(employer) || hasInstitutionWord(employer)) || locationScore(place) <= 0) continue;
    if (field === "description") delete w.description;
    w.team = w.name;
    w.name = employer;
    w.location = place;
    return;
  }
}

/** Parse a work section (or a headingless run of role blocks). */
export function parseWork(lines: Line[], file: string): ParsedWork {
  // Table header rows name the columns of the rows under them.
  const columnsAt = new Map<Line, Column[]>();
  let columns: Column[] | undefined;
  const rows: Line[] = [];
  for (const l of lines) {
    const cols = l.text ? columnsOf(l) : undefined;
    if (cols) {
      columns = cols;
      continue;
    }
    if (columns && l.cells.length === columns.length) columnsAt.set(l, columns);
    else if (l.text && l.cells.length < 2) columns = undefined;
    rows.push(l);
  }
  lines = rows;
  // "2 years as Support Lead at Acme from 2014 to today", "I am Engineer at Acme since 2019.": jobs told in sentences.
  // (The section's blocks, found once: reused when no sentence was taken out.)
  let whole: ReturnType<typeof splitBlocks> | undefined;
  const { jobs: told, rest } = proseJobs(
    lines,
    file,
    (ls) => new Set((whole ??= splitBlocks(ls)).blocks.map((b) => b.anchor)),
  );
  const same = rest === lines;
  lines = rest;
  let { lead, blocks } = same && whole ? whole : splitBlocks(lines);
  // "- 2019–2020: Clinical placement, Galway Bay Centre" and no other anchor: each dated item is an entry.
  if (blocks.length === 0) ({ lead, blocks } = splitBlocks(lines, leadingRange));
  // No line of the section is dated: entries are found by their shape (see undated.ts).
  if (blocks.length === 0) ({ lead, blocks } = undatedBlocks(lines) || { lead, blocks });
  // ...and an undated "Title — Employer" over bullets among dated entries is an entry too.
  else blocks = blocks.flatMap(splitUndated);
  const out: Work[] = [];
  const projects: Project[] = [];
  const oneLine = new WeakSet<Work>();
  // Entries with neither a title nor any text under their header (a company line over its roles).
  const bare = new WeakSet<Work>();
  const pairs = new Map<Work, [string, string]>();
  let group: Work | undefined;
  for (const block of blocks) {
    const h = parseHeader(block);
    const cols = columnsAt.get(block.anchor);
    if (cols) {
      // The header row says what each cell is: nothing else decides.
      for (const k of ["name", "position", "location", "team"] as const) delete h[k];
      cols.forEach((field, ci) => {
        const cell = block.anchor.cells[ci]!.trim();
        // "-" in a column: nothing there.
        if (field === "dates" || !/[\p{L}\p{N}]/u.test(cell)) return;
        if (field === "name") h.name = cell;
        else if (field === "position") h.position = cell;
        else if (field === "location") h.location = cell;
        else h.team = cell;
      });
      h.description = undefined;
    }
    // "Title   dates" then "Company   City" (LaTeX templates), or dates first then title and
    // company: up to two lines under the anchor complete the header.
    const datesOnly =
      block.header.length === 1 &&
      !removeSpan(block.anchor.text, block.range.index, block.range.end).replace(/[^\p{L}\p{N}]/gu, "");
    // "Permanent job in **Lumen Freight**, Porto." under "2019 - 2021: Data Engineer": the employer
    // named in bold after a preposition, in the sentence under a header that has none (or has one
    // piece only, which is then the title: "2019 - 2021: Pipeline Integrator").
    const told = !h.name || !h.position ? boldEmployer(block.body[0]) : undefined;
    if (told) {
      if (!h.position && h.name) h.position = h.name;
      h.name = told.name;
      if (told.place && !h.location) h.location = told.place;
    }
    titleAfterBlank(h, block);
    const headerTitled = Boolean(h.position);
    // "2010: Research assistant / Load Testing" over "Temporary job of 6 months in Institut Valmy, Lyon.": the
    // sentence names the employer, so the header, split at its slash, was all title.
    const engaged =
      !told && h.name && h.position && block.header.length === 1 && block.body[0]?.text
        ? engagementEmployer(block.body[0].text)
        : undefined;
    const whole = engaged ? tidy(removeSpan(block.anchor.text, block.range.index, block.range.end)) : "";
    if (
      engaged &&
      !sameCompany(engaged.name!, h.name!) &&
      /^[^,|·•@–—]{2,120}$/u.test(whole) &&
      !/\sat\s/i.test(whole)
    ) {
      h.position = whole;
      h.name = engaged.name;
      if (engaged.location) h.location = engaged.location;
    }
    // "04.2020 – obecnie" over "Kierownik Projektów IT" over "Grelwit Sp. z o.o., Wrocław": a line of
    // dates alone, then two header lines: they are read together, as the header they would be above
    // the dates (which is title and which employer is decided over both, not line by line).
    if (datesOnly && !h.name && !h.position) {
      const pair = headerPairBelow(block.body);
      if (pair) {
        const both = classify(headerParts(pair, block.anchor, block.range).parts);
        if (both.name && both.position) {
          Object.assign(h, both);
          block.body = block.body.slice(2);
        }
      }
    } else if (
      // Likewise "GROUP FINANCIAL CONTROLLER   2012 – 2017" over "Ardent Polymers Group plc, London":
      // a dated line that gave only one of title and employer is read with the header line under it.
      !datesOnly &&
      !cols &&
      !told &&
      !engaged &&
      !h.groupOpen &&
      block.header.length === 1 &&
      headerish(block.body[0]) &&
      (!h.name || !h.position || companyScore(block.body[0].text) > companyScore(h.name) + 2)
    ) {
      // ("FINANCE DIRECTOR, EMEA   2007 – 2012" over "Kestrel Diagnostics Ltd, Reading": a region read as
      // the employer gives way to a line below that names a company more surely.)
      const both = classify(headerParts([block.anchor, block.body[0]], block.anchor, block.range).parts);
      if (both.name && both.position) {
        for (const k of ["name", "position", "location", "team", "description"] as const) delete h[k];
        Object.assign(h, both);
        block.body = block.body.slice(1);
      }
    }
    for (let k = 0; k < 2; k++) {
      const next = block.body[0];
      if (
        !(!h.name || !h.position) ||
        !next ||
        !next.text ||
        next.bullet ||
        isProse(next.text) ||
        isRoleLine(next) ||
        SUBPROJECT_RE.test(next.text)
      )
        break;
      const tcp = k === 0 && datesOnly && next.cells.length === 1 && titleCompanyPlace(next.text);
      if (
        next.text.length > 100 ||
        /[.!?]$/.test(next.text) ||
        (next.cells.length === 1 &&
          (listItems(next.text)?.length ?? 0) >= 3 &&
          !companyThenPlace(next.text) &&
          !tcp)
      )
        break;
      // "Migration to the Cloud" over its sentence: an activity (a deverbal noun and a function word), not an employer.
      if (ACTIVITY_RE.test(next.text)) break;
      const more = classify(
        headerParts([next], block.anchor, block.range).parts,
        Boolean(h.position),
        Boolean(h.name),
      );
      const fills = (!h.name && more.name) || (!h.position && more.position);
      if (k > 0 && !fills) break;
      if (more.position && h.position) break;
      if (!h.name && more.name) h.name = more.name;
      if (!h.position && more.position) h.position = more.position;
      // "Engineer · Nokia — dates" over "Hyderabad": the header's one place-like piece, with no
      // employer read and a place of its own on the next line (read as the place, or left as a
      // description when the title was known), is an employer named after a place
      // ("Berlin" over "Germany" is one place: the city, then its country or region).
      if (!h.name && !more.name && h.location && !h.location.includes(",")) {
        const below =
          more.location ?? (more.description && placeOf(more.description) ? more.description : undefined);
        const there = below ? placeOf(below) : undefined;
        const wider = there && there.kind !== "city" && there.country === placeOf(h.location)?.country;
        if (below && !wider) {
          h.name = h.location;
          h.location = undefined;
          if (!more.location) {
            more.location = below;
            more.description = undefined;
          }
        }
      }
      if (!h.location && more.location) h.location = more.location;
      if (!h.team && more.team) h.team = more.team;
      if (more.description) h.description = [h.description, more.description].filter(Boolean).join(" · ");
      block.body = block.body.slice(1);
    }
    // "Kvistad & Ruiz, Madrid   dates" over "Audit Trainee": with the title found under it, the
    // header's one piece read as a place is the company and its place.
    if (!headerTitled && !h.name && h.position && h.location) nameBeforePlace(h, true);
    // "Product Manager - Records Engineering" after "Engineer - Records Engineering" under a company:
    // the team of the entry above, named again, is a team still (the role is the company's above).
    const last = out[out.length - 1];
    if (h.name && h.position && !h.team && last?.team && sameCompany(last.team, h.name)) {
      h.team = h.name;
      delete h.name;
    }
    const w: Work = { source: { file, line: block.header[0]?.n ?? block.anchor.n } };
    if (h.name) w.name = h.name;
    // "Acme (2021 – now) & Acme Labs (2019 – 2021)": a second employer with its own dates in the header.
    // (A header with neither a company nor a title keeps the whole as its description.)
    const paired = h.position ? undefined : (h.name ?? h.description);
    const second = paired ? secondEmployer(paired) : undefined;
    if (second) {
      w.name = second.first;
      if (!h.name) h.description = undefined;
    }
    if (h.position) w.position = h.position;
    if (h.team) w.team = h.team;
    if (h.location) w.location = h.location;
    if (h.description) w.description = h.description;
    Object.assign(w, datesOf(block.range));
    if (h.keywords.length) w.keywords = h.keywords;
    if (h.highlights.length) w.highlights = h.highlights;
    const sub = splitSubprojects(w, block.body, file);
    projects.push(...sub.projects);
    applyBody(w, sub.body, file);
    unitOverEmployer(w);
    // "QA Analyst - Atlantic Payments, Dublin" under "Senior QA Engineer - Corrib Software Ltd, Galway":
    // when the entry above had a company and a one-piece place, "X, Place" here is likewise company and place.
    const above = out[out.length - 1];
    // (The piece may have been read as the company or as the place: either way it is both.)
    const both = w.name && !w.location ? w.name : !w.name ? w.location : undefined;
    if (
      both &&
      w.position &&
      above?.name &&
      above.location &&
      !above.location.includes(",") &&
      !h.groupOpen
    ) {
      const sub = both.split(/\s{0,40},\s{0,40}/);
      if (
        sub.length === 2 &&
        sub[0]!.split(/\s+/).length >= 2 &&
        locationScore(sub[0]!) < 0 &&
        companyScore(sub[0]!) >= 1 &&
        locationScore(sub[1]!) >= 3 &&
        !/^[A-Z]{2,3}$/.test(sub[1]!)
      ) {
        w.name = sub[0]!;
        w.location = sub[1]!;
      }
    }
    // A role under the company above: a title-only header after "Company / duration".
    if (group && !h.groupOpen && !w.name && w.position) {
      addRole(group, w);
      continue;
    }
    const prev = out[out.length - 1];
    // "Banco X, Madrid   2013 – 2018" over "Analyst, Treasury (2016 – 2018)" and "Junior Analyst,
    // Corporate Banking (2013 – 2016)": a dated company line with no title and no text of its own,
    // whose years hold the dated titles under it; each is a role there, its other piece the unit.
    if (prev && bare.has(prev) && w.position && heldBy(prev, w)) {
      if (!prev.name && prev.location) nameBeforePlace(prev, true);
      if (prev.name) {
        if (w.name && !sameCompany(w.name, prev.name)) w.team ??= w.name;
        delete w.name;
        addRole(prev, w);
        continue;
      }
    }
    // "ACME\nSenior Engineer, 2018 – Present\n...\nEngineer, 2015 – 2017": a title-only entry is a role of the company above
    // (not when the entry above gave company and title on one line, and not a freelance stint).
    if (h.name && h.position && block.header.length === 1) oneLine.add(w);
    if (
      prev?.name &&
      !w.name &&
      w.position &&
      !h.groupOpen &&
      !oneLine.has(prev) &&
      !/\b(?:freelance|freelancer|self[- ]employed|independent)\b/i.test(w.position)
    ) {
      addRole(prev, w);
      continue;
    }
    if (prev && w.name && prev.name && sameCompany(prev.name, w.name)) {
      addRole(prev, w);
      continue;
    }
    if (h.groupOpen) {
      group = w;
      w.roles = [toRole(w)];
      if (h.groupPlace) delete w.roles[0]!.note;
      delete w.highlights;
      delete w.summary;
      delete w.keywords;
    } else group = undefined;
    const pair = twoPieceHeader(block);
    if (pair) pairs.set(w, pair);
    if (!w.position && !w.summary && !w.highlights?.length && !block.body.some((l) => l.text)) bare.add(w);
    out.push(w);
    if (second) out.push({ name: second.name, ...datesOf(second.range), source: w.source });
  }
  followPairOrder(pairs);
  return { work: [...out, ...told].map(finishWork), projects, lead };
}

/** `place`, a place under a header whose one place-like piece `head` is then an employer named after a town. */
function townEmployer(head: string | undefined, place: string): boolean {
  if (!head || head.includes(",") || locationScore(place) < 3) return false;
  // ("Platform team · Remote (EU)": a way of working, not a second place.)
  if (/\b(?:remote|hybrid|on-?site)\b/i.test(place)) return false;
  const there = placeOf(place);
  const wider = there && there.kind !== "city" && there.country === placeOf(head)?.country;
  return !wider && placeOf(head) !== undefined && !sameCompany(head, place);
}

/** A short line that may be part of an entry's header (no bullet, sentence, role line or label). */
function headerish(l: Line | undefined): l is Line {
  return Boolean(
    l?.text &&
    !l.bullet &&
    l.heading === undefined &&
    l.cells.length === 1 &&
    l.text.length <= 100 &&
    !isProse(l.text) &&
    !isRoleLine(l) &&
    !SUBPROJECT_RE.test(l.text) &&
    !labeledField(l.text) &&
    !findRange(l.text) &&
    !ACTIVITY_RE.test(l.text) &&
    (!/[.!?;:]$/.test(l.text) || COMPANY_ABBREV_END_RE.test(l.text)) &&
    ((listItems(l.text)?.length ?? 0) < 3 || companyThenPlace(l.text)),
  );
}

/** The first two lines of a body when both are header lines (and the first is no place alone). */
function headerPairBelow(body: Line[]): [Line, Line] | undefined {
  const [a, b] = body;
  if (!headerish(a) || !headerish(b)) return undefined;
  return [a, b];
}

/** The two pieces of a header's first line ("Title / Company"), when that line is not the dated one. */
function twoPieceHeader(block: Block): [string, string] | undefined {
  const first = block.header[0];
  if (!first || first === block.anchor) return undefined;
  const { parts } = headerParts([first], block.anchor, block.range);
  return parts.length === 2 && parts.every((p) => !p.place) ? [parts[0]!.text, parts[1]!.text] : undefined;
}

/**
 * "Career change / Wild Code School" among "Title / Company" headers: when every entry of a
 * section whose header is two pieces read them in one order (title first, or employer first),
 * an entry that found only one of the two reads its pieces in that order too.
 */
function followPairOrder(pairs: Map<Work, [string, string]>): void {
  let titleFirst = 0;
  let nameFirst = 0;
  for (const [w, [a, b]] of pairs) {
    if (w.position === a && w.name === b) titleFirst++;
    else if (w.name === a && w.position === b) nameFirst++;
  }
  if (titleFirst + nameFirst < 2 || (titleFirst > 0 && nameFirst > 0)) return;
  for (const [w, [a, b]] of pairs) {
    if (w.position && w.name) continue;
    const [position, name] = titleFirst > 0 ? [a, b] : [b, a];
    // (Only pieces misread: a field that holds other words stays.)
    if ((w.position && w.position !== a && w.position !== b) || (w.name && w.name !== a && w.name !== b))
      continue;
    w.position = position;
    w.name = name;
    if (w.description) {
      const rest = w.description.split(" · ").filter((x) => x !== a && x !== b);
      if (rest.length) w.description = rest.join(" · ");
      else delete w.description;
    }
  }
}

const PAIRED_RE =
  /^(\S.{1,79}?)\s{1,3}(?:&|\+|and|und|et|y|e)\s{1,3}([^\s()&+].{1,79}?)\s{0,3}\(([^()]{4,40})\)$/u;

/** "First Co & Second Co (2019 – 2021)" (the first's dates already taken): the second employer and its range. */
function secondEmployer(name: string): { first: string; name: string; range: DateRange } | undefined {
  const m = PAIRED_RE.exec(name);
  if (!m || m[2]!.includes("(")) return undefined;
  const range = findRange(m[3]!);
  if (!range || range.single || range.index !== 0 || range.end < m[3]!.trim().length) return undefined;
  return { first: m[1]!.trim(), name: m[2]!.trim(), range };
}

const ACTIVITY_RE =
  /^\p{Lu}\p{Ll}{2,30}(?:tion|sion|ment|ing|ance|ence)\s(?:\S{1,30}\s){0,2}(?:to|of|the|for|with|into|from)\s/u;

const EMPLOYER_BEFORE_RE = /\b(?:in|at|for|with|by|chez|bei|en|à|au|presso|per|na|no)\s{1,3}$/iu;

/** The one bold span of a short sentence, after "in/at/for …", as the employer; a place after its comma. */
function boldEmployer(l: Line | undefined): { name: string; place?: string } | undefined {
  if (!l?.text || l.bullet || l.heading !== undefined || l.strong.length !== 1 || l.text.length > 160)
    return undefined;
  const name = l.strong[0]!.trim();
  const at = l.text.indexOf(name);
  if (at <= 0 || !EMPLOYER_BEFORE_RE.test(l.text.slice(Math.max(0, at - 12), at))) return undefined;
  if (name.length < 2 || name.length > 80 || titleScore(name) > 0 || isPlaceLine(name)) return undefined;
  const after = l.text.slice(at + name.length).replace(/[.;]$/, "");
  const last = /,\s{0,2}([^,]{2,40})$/.exec(after)?.[1]?.trim();
  return { name, place: last && isPlaceLine(last) ? last : undefined };
}

function sameCompany(a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return n(a) === n(b) && n(a) !== "";
}

function toRole(w: Work): Role {
  const r: Role = {};
  for (const k of [
    "position",
    "team",
    "startDate",
    "endDate",
    "ongoing",
    "summary",
    "highlights",
    "keywords",
    "source",
  ] as const) {
    if (w[k] !== undefined) (r as Record<string, unknown>)[k] = w[k];
  }
  if (w.location) r.note = w.location;
  return r;
}

function addRole(company: Work, w: Work): void {
  if (!company.roles || company.roles.length === 0) {
    // A company line without a title of its own ("ACME CORP, City   2011 – 2017" over dated titles) is no role.
    if (company.position) {
      company.roles = [toRole(company)];
      delete company.highlights;
      delete company.summary;
    } else company.roles = [];
  }
  company.roles.push(toRole(w));
  if (w.roles) company.roles.push(...w.roles);
}

/** Company dates span its roles; position is the latest role's. */
function finishWork(w: Work): Work {
  if (!w.roles || w.roles.length < 2) return w;
  const starts = w.roles
    .map((r) => r.startDate)
    .filter((d): d is string => Boolean(d))
    .sort();
  const ends = w.roles
    .map((r) => r.endDate)
    .filter((d): d is string => Boolean(d))
    .sort();
  if (starts[0] && (!w.startDate || starts[0] < w.startDate)) w.startDate = starts[0];
  if (w.roles.some((r) => r.ongoing)) {
    w.ongoing = true;
    delete w.endDate;
  } else if (ends.length && !w.ongoing && (!w.endDate || ends[ends.length - 1]! > w.endDate))
    w.endDate = ends[ends.length - 1];
  const latest = w.roles.find((r) => r.position);
  if (latest?.position && !w.position) w.position = latest.position;
  return w;
}
