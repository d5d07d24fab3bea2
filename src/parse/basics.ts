/**
 * The preamble (text before the first section heading): a prompt line to skip, the name
 * (a `#` heading, a name-shaped line, or a name split over lines), contacts, a `·`-separated
 * tag line (→ tags + label), a headline, a location, a summary. Lines it cannot place are
 * handed back for the block classifier.
 */
import type { Basics, Location } from "../profile/schema.js";
import { extractContacts, hasContact } from "./contacts.js";
import { findRange } from "./dates.js";
import {
  US_ADDRESS_RE,
  hasPlaceMark,
  isProse,
  locationScore,
  nameScore,
  stripPlaceMarks,
  titleCaseIfCaps,
  titleScore,
} from "./features.js";
import type { Line } from "./lines.js";
import { KIND_LINE_RE } from "./projects.js";

export interface Preamble {
  basics: Basics;
  /** Lines not used for basics, in order (blank lines kept). */
  rest: Line[];
  /** Lines skipped on purpose (a shell prompt). */
  skipped: Line[];
}

const PROMPT_RE =
  /^(?:[$>%❯➜λ~]\s{0,2}|[\w.-]{1,30}@[\w.-]{1,30}[:~][^\s]{0,40}[$#%]\s{0,2})?(?:whoami|cat\s\S{1,40}|ls(?:\s\S{1,40})?|echo\s.{1,40}|cd\s\S{1,40}|man\s\S{1,40}|less\s\S{1,40}|about|help)$|^[$>%❯➜λ]\s{0,2}[a-z][\w.-]{0,30}(?:\s[\w./~-]{1,40}){0,2}$/;

export function isPrompt(text: string): boolean {
  return PROMPT_RE.test(text.trim());
}

/** Two lower-case words, as a name styled as a logo ("ron. adams"). */
const LOWER_NAME_RE = /^\p{Ll}[\p{Ll}'’-]{1,30}\.?\s\p{Ll}[\p{Ll}'’-]{1,30}\.?$/u;

/** "Curriculum Vitae", "Résumé": a document title, not a name. */
const DOC_TITLE_RE =
  /^(?:(?:europass\s{1,2})?curr[ií]cul(?:um|o)(?:\s{1,2}vitae)?|europass|r[ée]sum[ée]|cv|vita|portfolio|lebenslauf|hoja de vida|个人简历|简历|履歴書|職務経歴書|이력서)(?:\s{0,2}[/|]\s{0,2}(?:curriculum vitae|r[ée]sum[ée]|cv|个人简历|简历|履歴書|職務経歴書|이력서))?$/i;

/** A navigation bar: four or more one-word columns ("Home  About  Work  Contact"). */
function isNavLine(l: Line): boolean {
  return l.cells.length >= 4 && l.cells.every((c) => /^\S{1,20}$/.test(c));
}

/** `t` without its trailing characters for which `drop` holds: a scan from the end (a `[…]+$` regex retries from every start). */
function trimEndWhile(t: string, drop: (ch: string) => boolean): string {
  let end = t.length;
  while (end > 0) {
    const lo = t.charCodeAt(end - 1);
    const size = lo >= 0xdc00 && lo <= 0xdfff && end >= 2 ? 2 : 1;
    if (!drop(t.slice(end - size, end))) break;
    end -= size;
  }
  return t.slice(0, end);
}

/**
 * `/^[^.]{2,60}\.(?:\s[^.]{2,60}\.?)+$/` decided in linear time (the regex backtracks exponentially):
 * a first sentence of 2–60 characters and a dot, then runs between dots that each split at white space
 * into pieces of a space and 2–60 characters; the last run may be empty after a final dot.
 */
function shortSentences(p: string): boolean {
  const runs = p.split(".");
  if (runs.length < 2 || runs[0]!.length < 2 || runs[0]!.length > 60) return false;
  const rest = runs.slice(1);
  if (rest.length === 1 && rest[0] === "") return false;
  return rest.every((run, k) => (run === "" ? k === rest.length - 1 && k > 0 : spacedPieces(run)));
}

/** Can `run` be cut into pieces that each are one white-space character and 2–60 more? */
function spacedPieces(run: string): boolean {
  const ok = new Uint8Array(run.length + 1);
  ok[0] = 1;
  for (let j = 3; j <= run.length; j++) {
    for (let k = Math.max(0, j - 61); k <= j - 3 && !ok[j]; k++) if (ok[k] && /\s/.test(run[k]!)) ok[j] = 1;
  }
  return ok[run.length] === 1;
}

/** "Dr. Jane Doe, Ph.D." → "Jane Doe"; "Hi, I'm Jane Doe 👋" → "Jane Doe". */
export function nameCandidate(text: string): string {
  // "👋 Hi, I'm ...", "✨ Jo Lee": emoji and symbols before the name.
  let t = text.trim().replace(/^[^\p{L}\p{N}(]{1,12}(?=\p{L})/u, "");
  const greet =
    /^(?:hi|hello|hey|hola|bonjour|hallo)(?:\s{1,3}(?:there|all|everyone|world))?(?:\s{0,2}[^\p{L}\p{N}\s,!.]{1,6})?[,!.]?\s{1,3}(?:i['’]?m|i am|this is|my name is)\s{1,3}(.{2,60})$/iu.exec(
      t,
    );
  if (greet) t = greet[1]!;
  // "Résumé — Jo Lee", "CV: Jo Lee", "Curriculum Vitae of Jo Lee": the document's word before the name.
  t = t.replace(
    /^(?:cv|r[ée]sum[ée]|curriculum vitae|lebenslauf|portfolio)(?:\s{0,3}[-–—|:]|\s{1,3}of)\s{1,3}(\p{Lu}.{1,60})$/iu,
    "$1",
  );
  // "Jo Lee CV: Extended Edition", "Jo Lee - Résumé", "Jo Lee (Jo Lee Consulting Ltd)": the name is what comes before.
  t = t.replace(
    /^(\S{1,40}(?:\s\S{1,40}){1,4}?)\s{1,3}(?:[-–—|:]\s{1,3})?(?:cv|r[ée]sum[ée]|curriculum vitae|lebenslauf|portfolio)\b.{0,80}$/iu,
    "$1",
  );
  t = t.replace(/^(\p{Lu}\S{0,40}(?:\s\S{1,40}){1,4}?)\s{1,3}\([^()]{2,80}\)$/u, "$1");
  t = trimEndWhile(t, (ch) => !/[\p{L}.'’)-]/u.test(ch));
  t = t.replace(/^(?:dr|prof|mr|mrs|ms|mx)\.?\s+/i, "");
  // Post-nominals, one or several ("Maria Okafor, BSN, RN", "Jo Lee, PMP").
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t.replace(
      /,?\s{1,40}(?:ph\.?\s?d\.?|m\.?d\.?|mba|m\.?sc\.?|b\.?sc\.?|p\.?e\.?|cpa|jr\.?|sr\.?|ii|iii|iv)$/i,
      "",
    );
    t = t.replace(
      /,\s{0,2}(?:RN|BSN|MSN|LPN|APRN|FNP(?:-BC)?|CNA|DNP|NP|PMP|CFA|CPA|Esq\.?|J\.?D\.?|MPH|MS|MA|BS|BA|MEd|M\.?Ed\.?|CISSP|PE)$/,
      "",
    );
    // Any other letters after a comma with two or more capitals ("FRSA", "FRCP", "DPhil", "FREng").
    const tail = /,\s{0,2}(\p{Lu}[\p{L}.]{1,8})$/u.exec(t);
    if (tail && isPostNominal(tail[1]!)) t = t.slice(0, tail.index);
    if (t === before) break;
  }
  return t.trim();
}

/** "FRSA", "DPhil", "FREng": letters with two capitals or more; not a name ("McKay", "DeWitt" after a comma are surnames). */
function isPostNominal(word: string): boolean {
  if (/^(?:Mc|Mac|De|Di|Le|La|Van|Von)\p{Lu}/u.test(word)) return false;
  let caps = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) caps++;
  return caps >= 2;
}

/**
 * A postcode beside a place: "28045 Madrid, Spain", "1200-195 Lisboa", "D-10115 Berlin", "1012 AB
 * Amsterdam" (digits before the town, never after it, where a year stands), "Wendlebury WB2 9RL".
 */
const POSTCODE_RE =
  /(?:^|\s)(?:(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2,4}-\d{3})(?=\s\p{Lu})|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?=\s|,|$)|\d{4}\s[A-Z]{2}(?=\s\p{Lu}))/u;

/** A place written with its postcode (a line of an address), as a location; undefined when it is none. */
export function postalPlace(text: string): Location | undefined {
  if (text.length > 80) return undefined;
  const m = POSTCODE_RE.exec(text);
  if (!m) return undefined;
  const joined = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
    .replace(/\s{2,}/g, " ")
    .replace(/\s,/g, ",")
    .replace(/^[\s,]+/, "");
  const place = trimEndWhile(joined, (ch) => ch === "," || /\s/.test(ch));
  if (!place || locationScore(place) < 3) return undefined;
  return { ...toLocation(place), postalCode: m[0].trim() };
}

export function toLocation(text: string): Location {
  const parts = stripPlaceMarks(text)
    .split(/\s{0,40},\s{0,40}/)
    .filter(Boolean);
  const loc: Location = {};
  if (parts[0]) loc.city = parts[0];
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (/^[A-Z]{2}$/.test(last) && parts.length > 2) {
      loc.region = parts.slice(1, -1).join(", ");
      loc.countryCode = last;
    } else loc.region = parts.slice(1).join(", ");
  }
  return loc;
}

const PERSONAL_RE =
  /^(?:date of birth|birth ?date|d\.?o\.?b\.?|born|place of birth|nationality|citizenship|marital status|gender|sex|age|visa(?: status)?|work permit|work authori[sz]ation|driving licen[cs]e|driver['’]?s licen[cs]e|security clearance|clearance|veterans['’]? preference|remote|willing to relocate|relocation|notice period|availability|available from|geburtsdatum|geburtsort|geboren|nationalität|staatsangehörigkeit|familienstand|date de naissance|lieu de naissance|né(?:e)? le|nationalité|situation familiale|fecha de nacimiento|lugar de nacimiento|nacionalidad|estado civil|data de nascimento|nacionalidade|data di nascita|luogo di nascita|nazionalità|stato civile|geboortedatum|nationaliteit|data urodzenia|obywatelstwo|出生日期|国籍|生年月日)\s{0,2}[:：]\s{0,2}\S/i;
const PERSONAL_PIECE_RE =
  /^(?:(?:u\.?s\.?|eu|uk|us|canadian|australian)\s(?:citizen|national|permanent resident)|(?:green card|permanent resident)(?: holder)?|(?:active\s)?(?:secret|top secret|ts\/sci)(?: security)? clearance(?:\s\(.{1,30}\))?)$/i;

/** "Date of Birth: 1991/11/02", "U.S. Citizen | Security Clearance: Secret": personal details, not a summary or tags. */
export function isPersonalLine(text: string): boolean {
  if (PERSONAL_RE.test(text)) return true;
  const pieces = text.split(/\s{1,40}[|·•]\s{1,40}/);
  return pieces.length >= 2 && pieces.every((p) => PERSONAL_RE.test(p) || PERSONAL_PIECE_RE.test(p.trim()));
}

/** `Rulesets Team · Rust · Systems Engineer · Cloudflare London`: three or more short items. */
export function tagItems(text: string): string[] | undefined {
  if (findRange(text) || KIND_LINE_RE.test(text) || isPersonalLine(text)) return undefined;
  const items = text
    .split(/\s{1,40}[·•|]\s{1,40}/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 3 || items.some((i) => i.split(/\s+/).length > 5)) return undefined;
  return items;
}

function isSingleNameWord(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]{1,30}$/u.test(text) || /^\p{Lu}[\p{Lu}'’-]{1,30}$/u.test(text);
}

export function parsePreamble(lines: Line[], file: string, opts: { allowName?: boolean } = {}): Preamble {
  const basics: Basics = {};
  const rest: Line[] = [];
  const skipped: Line[] = [];
  const text = lines.filter((l) => l.text);
  const used = new Set<Line>();
  const nameCells = new Set<Line>();
  const namePieces = new Map<Line, string>();
  if (text.length === 0) return { basics, rest: lines, skipped };
  basics.source = { file, line: text[0]!.n };

  let i = 0;
  while (
    text[i] &&
    i < 4 &&
    (isPrompt(text[i]!.text) || DOC_TITLE_RE.test(text[i]!.text) || isNavLine(text[i]!))
  ) {
    skipped.push(text[i]!);
    used.add(text[i]!);
    i++;
  }
  // The name: a Markdown heading, one name-shaped line, or single words on consecutive lines.
  if (opts.allowName !== false) {
    let end = Math.min(text.length, i + 3);
    for (let k = i; k < end; k++) {
      const l = text[k]!;
      if (
        l.cells.length > 1 &&
        !hasContact(extractContacts(l.cells[0]!)) &&
        nameScore(nameCandidate(l.cells[0]!)) >= 3
      ) {
        // "ANNA LINDQVIST        anna@lindqvist.se": the name is the first column.
        basics.name = titleCaseIfCaps(nameCandidate(l.cells[0]!));
        nameCells.add(l);
        break;
      }
      const lc = extractContacts(l.text, l.links);
      if (hasContact(lc)) {
        // "Jane Roe | jane@x.io | +1 555 0100": the first piece of a contact line.
        const first = lc.pieces[0];
        if (first && l.text.startsWith(first.slice(0, 3)) && nameScore(nameCandidate(first)) >= 3) {
          basics.name = titleCaseIfCaps(nameCandidate(first));
          namePieces.set(l, first);
          break;
        }
        continue;
      }
      // "JO BLOGGS | Senior Data Engineer | Leeds, UK": the name first on a line of pieces.
      const namePieces0 = l.text.split(/\s{1,40}[|·•]\s{1,40}/);
      if (
        namePieces0.length >= 2 &&
        namePieces0.length <= 5 &&
        nameScore(nameCandidate(namePieces0[0]!)) >= 3
      ) {
        basics.name = titleCaseIfCaps(nameCandidate(namePieces0[0]!));
        used.add(l);
        for (const p of namePieces0.slice(1)) {
          if (!basics.location && locationScore(p) >= 3) basics.location = toLocation(p);
          else if (!basics.label && titleScore(p) > 0 && p.split(/\s+/).length <= 8) basics.label = p;
        }
        break;
      }
      const cand = nameCandidate(l.text);
      // "# cv-markdown", "# my_resume": a repository's title over the real "# Name" is no name.
      if (l.heading !== undefined && /^[\p{Ll}\d]{1,30}(?:[-_.][\p{Ll}\d]{1,30}){1,6}$/u.test(cand)) {
        // (Its description follows it; the name is the next top heading.)
        const next = text.findIndex((x, m) => m > k && m <= k + 5 && x.heading === 1);
        if (next > 0) {
          k = next - 1;
          end = Math.min(text.length, next + 3);
        }
        continue;
      }
      // ("Senior Hydrology Engineer" titled above the heading "Maren Solvik": a job title, the person's headline.)
      const headline =
        l.heading !== undefined &&
        titleScore(cand) > 0 &&
        nameScore(cand) < 3 &&
        text
          .slice(k + 1, k + 4)
          .some(
            (x) =>
              x.heading !== undefined && titleScore(x.text) <= 0 && nameScore(nameCandidate(x.text)) >= 3,
          );
      if (headline && !basics.label && cand.split(/\s+/).length <= 8) {
        basics.label = cand;
        used.add(l);
      }
      if (l.heading !== undefined && l.heading <= 2 && nameScore(cand) > -5 && !headline) {
        basics.name = titleCaseIfCaps(cand);
        used.add(l);
        break;
      }
      if (nameScore(cand) >= 3) {
        basics.name = titleCaseIfCaps(cand);
        used.add(l);
        break;
      }
      // "ron. adams" set in lower case as a logo, first, over the contact line: the name as written.
      const nextText = text[k + 1];
      if (
        k === i &&
        LOWER_NAME_RE.test(l.text) &&
        titleScore(l.text) <= 0 &&
        nextText &&
        extractContacts(nextText.text, nextText.links).email
      ) {
        basics.name = l.text;
        used.add(l);
        break;
      }
      if (isSingleNameWord(l.text) && titleScore(l.text) <= 0) {
        const words = [l];
        for (
          let m = k + 1;
          m < Math.min(text.length, k + 3) &&
          isSingleNameWord(text[m]!.text) &&
          titleScore(text[m]!.text) <= 0;
          m++
        ) {
          words.push(text[m]!);
        }
        if (words.length >= 2) {
          basics.name = titleCaseIfCaps(words.map((w) => w.text).join(" "));
          for (const w of words) used.add(w);
          break;
        }
      }
      // Only the first meaningful line(s) may be the name.
      if (l.heading === undefined) break;
    }
  }

  const summary: string[] = [];
  /** Address lines of the header (a street, a department): the location's address, when one is found. */
  const addressLines: string[] = [];
  const profiles = new Map<string, NonNullable<Basics["profiles"]>[number]>();
  for (let idx = 0; idx < text.length; idx++) {
    const l = text[idx]!;
    if (used.has(l)) continue;
    const cells = nameCells.has(l) ? l.cells.slice(1) : l.cells;
    // "ANNA LINDQVIST        Storgatan 4": what stands right of the name, no contact, is the address.
    if (nameCells.has(l) && !hasContact(extractContacts(cells.join(" | "), l.links))) {
      const postal = cells.length === 1 ? postalPlace(cells[0]!) : undefined;
      if (postal && !basics.location) basics.location = postal;
      else addressLines.push(...cells);
      used.add(l);
      continue;
    }
    // ("<p>Hauptstrasse 12</p><p>8001 Zürich</p>" in one cell: each item apart, so no phone is read across a house number and a postcode.)
    const items = cells.map((x) => x.replace(/[ \t]{0,40}\n[ \t]{0,40}/g, " | "));
    const c = extractContacts(items.length > 1 ? items.join(" | ") : items.join(" "), l.links);
    const namePiece = namePieces.get(l);
    if (namePiece) c.pieces = c.pieces.filter((p) => p !== namePiece);
    // Contacts come from the top lines, or from lines that are nothing but contacts.
    if (hasContact(c) && (idx <= 12 || c.rest.split(/\s+/).filter(Boolean).length <= 3)) {
      if (c.email) basics.email ??= c.email;
      if (c.phone) basics.phone ??= c.phone;
      for (const p of c.profiles) profiles.set(p.url ?? `${p.network}:${p.username}`, p);
      const site = c.urls.find((u) => !c.profiles.some((p) => p.url === u));
      if (site) basics.url ??= site;
      if (c.location) basics.location ??= toLocation(c.location);
      if (c.address) basics.location ??= { address: c.address };
      if (c.name && !basics.name) basics.name = c.name;
      used.add(l);
      // What is left on a contact line may be a location ("Berlin, Germany | jane@x.io") or a headline.
      // A bare "Lyon" next to a phone or an e-mail is where the person lives.
      // "Platform engineer. Göteborg, Sweden. jane@x.se": short sentences are pieces too.
      c.pieces = c.pieces.flatMap((p) =>
        shortSentences(p) &&
        p.split(/\.\s+/).every((x) => x.split(/\s+/).length <= 5 && x.replace(/\.$/, "").length >= 4)
          ? p
              .split(/\.\s+/)
              .map((x) => x.replace(/\.$/, "").trim())
              .filter(Boolean)
          : [p],
      );
      const beside = Boolean(c.email || c.phone) && c.pieces.filter((p) => titleScore(p) <= 0).length === 1;
      for (const raw of c.pieces) {
        // "Belo Horizonte - MG", "Campinas – SP": a city and its state code after a dash (Brazilian style).
        const piece = raw.replace(/^(\p{Lu}[\p{L} .'’-]{1,40}?)[ \t][-–][ \t]([A-Z]{2})$/u, "$1, $2");
        // "Pittsburgh, PA 15213": a US city, state and ZIP code.
        const zip = /^(\p{Lu}[\p{L} .'’-]{1,40},[ \t]?[A-Z]{2})[ \t](\d{5}(?:-\d{4})?)$/u.exec(piece);
        if (!basics.location && zip) basics.location = { ...toLocation(zip[1]!), postalCode: zip[2]! };
        else if (!basics.location && locationScore(piece) >= 3) basics.location = toLocation(piece);
        else if (
          !basics.location &&
          beside &&
          idx > 0 &&
          /^\p{Lu}[\p{L}.'’-]{1,300}(?:[ -]\p{Lu}[\p{L}.'’-]{1,300}){0,2}(?:,\s\p{Lu}[\p{L}.'’-]{1,300}(?:[ -]\p{Lu}[\p{L}.'’-]{1,300}){0,2})?$/u.test(
            piece,
          ) &&
          titleScore(piece) <= 0 &&
          (basics.name !== undefined || nameScore(piece) < 3)
        )
          basics.location = toLocation(piece);
        else if (!basics.label && titleScore(piece) > 0 && piece.split(/\s+/).length <= 8)
          basics.label = piece;
      }
      continue;
    }
    if (!basics.tags) {
      const tags = tagItems(l.text);
      if (tags) {
        basics.tags = tags;
        let best = -1;
        let bestScore = 0;
        tags.forEach((t, k) => {
          const s = titleScore(t);
          if (s > bestScore) {
            bestScore = s;
            best = k;
          }
        });
        if (best >= 0) basics.label ??= tags[best];
        // Only a marked place ("Tokyo 🇯🇵"): "Cloudflare London" in a tag line is an employer and a city.
        const place = tags.find((t) => hasPlaceMark(t) && locationScore(t) >= 3);
        if (place) basics.location ??= toLocation(place);
        used.add(l);
        continue;
      }
    }
    // (A LinkedIn headline goes on after its title: "Engineer at Acme | Spark · Airflow · dbt".)
    // ("Senior Analyst        28045 Madrid, Spain": a two-column header's title and, right, its address.)
    const cellsApart = l.cells.length > 1 && !l.table;
    const head = cellsApart ? l.cells[0]! : l.text.split(/\s{1,40}[|·•]\s{1,40}/)[0]!;
    if (
      !basics.label &&
      !isProse(head) &&
      !/[.!?]$/.test(cellsApart ? head : l.text) &&
      head.split(/\s+/).length <= 10 &&
      titleScore(cellsApart ? head : l.text) > 0 &&
      !findRange(l.text) &&
      basics.name
    ) {
      // A headline right under the name: "Senior Engineer at Acme · Berlin".
      const prev = text[idx - 1];
      // ...but not the title of a role block ("Staff Engineer / Acme / Apr '22 → present").
      const startsBlock = [text[idx + 1], text[idx + 2]].some(
        (x) => x && findRange(x.text) && !findRange(x.text)!.single,
      );
      if (prev && (used.has(prev) || prev === text[0]) && !startsBlock) {
        const pieces = cellsApart ? [...l.cells] : l.text.split(/\s{1,40}[|·•]\s{1,40}/);
        // "Product Designer — Berlin, Germany": a place after a dash is no part of the title.
        const dashed = /^(.{2,80}?)\s[—–-]\s(.{2,60})$/u.exec(pieces[0]!);
        if (
          dashed &&
          titleScore(dashed[1]!) > 0 &&
          titleScore(dashed[2]!) <= 0 &&
          locationScore(dashed[2]!) >= 3
        )
          pieces.splice(0, 1, dashed[1]!, dashed[2]!);
        basics.label = pieces[0]!;
        for (const p of pieces.slice(1)) {
          const postal = postalPlace(p);
          if (!basics.location && locationScore(p) >= 3) basics.location = toLocation(p);
          else if (!basics.location && postal) basics.location = postal;
          else if (cellsApart) addressLines.push(p);
        }
        used.add(l);
        continue;
      }
    }
    // "Cambridge, MA 02139" on a line of its own.
    const cityZip =
      !basics.location && idx <= 6
        ? /^(\p{Lu}[\p{L} .'’-]{1,40},[ \t]?[A-Z]{2})[ \t](\d{5}(?:-\d{4})?)$/u.exec(l.text)
        : null;
    if (cityZip) {
      basics.location = { ...toLocation(cityZip[1]!), postalCode: cityZip[2]! };
      used.add(l);
      continue;
    }
    const street = US_ADDRESS_RE.exec(l.text);
    if (street && !basics.location && idx <= 6) {
      basics.location = {
        address: street[1]!.trim(),
        postalCode: street[4]!,
        city: street[2]!.trim(),
        region: street[3]!,
      };
      used.add(l);
      continue;
    }
    // "Wendlebury WB2 9RL, United Kingdom" (a postcode and a place), under "School of X, Y
    // University, Quarry Road,": the address, over one line or two.
    const postal = idx <= 8 && basics.name && !basics.location ? postalPlace(l.text) : undefined;
    if (postal) {
      basics.location = postal;
      used.add(l);
      const above = text[idx - 1];
      if (above && !used.has(above) && /,$/.test(above.text) && above.cells.length === 1) {
        addressLines.push(above.text.replace(/,$/, ""));
        used.add(above);
      }
      continue;
    }
    const place = l.text.replace(/^[^\p{L}]+/u, "");
    if (!basics.location && locationScore(place) >= 3 && place.length <= 60 && basics.name) {
      if (idx <= 6) {
        basics.location = toLocation(place);
        used.add(l);
        continue;
      }
    }
  }
  if (addressLines.length && basics.location && !basics.location.address)
    basics.location = { address: addressLines.join(", "), ...basics.location };
  if (profiles.size) basics.profiles = [...profiles.values()];
  for (const l of lines) {
    if (!l.text || !used.has(l)) rest.push(l);
  }
  void summary;
  return { basics, rest, skipped };
}

/**
 * LinkedIn exports put the name after the sidebar: a name-shaped line followed by a headline
 * with a title word. Returns the lines used (name, headline, location) or undefined.
 */
export function findNameBlock(lines: Line[]): { name: Line; label?: Line; location?: Line } | undefined {
  const text = lines.filter((l) => l.text && !l.bullet);
  for (let k = 0; k < text.length - 1; k++) {
    const l = text[k]!;
    if (l.heading !== undefined && l.heading > 2) continue;
    if (nameScore(l.text) < 3) continue;
    const next = text[k + 1]!;
    if (next.n - l.n > 2) continue;
    if (titleScore(next.text) <= 0 || isProse(next.text) || findRange(next.text)) continue;
    const after = text[k + 2];
    const location = after && after.n - next.n <= 2 && locationScore(after.text) >= 3 ? after : undefined;
    return { name: l, label: next, location };
  }
  return undefined;
}

/** E-mail local parts that name a role or a mailbox, not a person ("info", "hello", "jobs"). */
const MAILBOX_WORDS = new Set(
  "info contact hello hi mail email me cv resume jobs job work admin office team support sales post inbox dev code"
    .split(" ")
    .filter(Boolean),
);

/**
 * No name line anywhere: the name the contact details spell, when two of them agree and the
 * pieces look like a name. `tobias.brenneke@…` with the site `tobiasbrenneke.de` or the handle
 * `tobiasbrenneke` → "Tobias Brenneke"; `tobias@tobiasbrenneke.de` → the same (the first name,
 * then the rest of the domain). One source alone (`t.brenneke@…`, `jdoe@…`) gives nothing.
 */
export function nameFromContacts(basics: Basics): string | undefined {
  const email = basics.email?.toLowerCase();
  const at = email?.indexOf("@") ?? -1;
  if (!email || at <= 0) return undefined;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).split(".")[0]!;
  const labels = [basics.url, ...(basics.profiles ?? []).map((p) => p.url)]
    .map((u) => (u ? /^(?:https?:\/\/)?(?:www\.)?([^./:]{2,63})\./i.exec(u)?.[1]?.toLowerCase() : undefined))
    .filter((l): l is string => !!l);
  const handles = (basics.profiles ?? []).map((p) => p.username?.toLowerCase().replace(/[-_.]/g, ""));
  let pieces = local.split(/[._-]/);
  const joined = pieces.join("");
  if (pieces.length === 1) {
    // "tobias@tobiasbrenneke.de": the local part starts the domain, the rest of it is the surname.
    const rest = domain.startsWith(local) ? domain.slice(local.length) : "";
    if (rest.length < 2) return undefined;
    pieces = [local, rest];
  } else if (pieces.length > 3 || !(labels.includes(joined) || handles.includes(joined) || domain === joined))
    return undefined;
  if (pieces.some((p) => !/^\p{L}{2,20}$/u.test(p) || MAILBOX_WORDS.has(p))) return undefined;
  const name = pieces.map((p) => p[0]!.toUpperCase() + p.slice(1)).join(" ");
  return nameScore(name) >= 3 ? name : undefined;
}
