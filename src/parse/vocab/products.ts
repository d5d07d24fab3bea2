/**
 * Technology products: simple-icons titles (`Apache Arrow`, `Ruby on Rails`, `Node.js`) merged with
 * GitHub Linguist's languages and their aliases (programming, markup and data), and the vendor and
 * generic words that make a product name of their neighbour (`AWS Rust SDK`, `Redis Cluster`).
 */
import languages from "./data/languages.json" with { type: "json" };
import products from "./data/products.json" with { type: "json" };
import { entries, fold } from "./fold.js";

/** The longest product name, in words, that a lookup tries. */
const MAX_WORDS = 5;

/** Vendors whose name starts a product name ("Apache Kafka", "AWS Lambda", "Google BigQuery"). */
export const VENDOR_WORDS = new Set(
  "apache aws amazon google microsoft ms azure oracle ibm adobe atlassian elastic hashicorp jetbrains red hat sap salesforce cisco intel nvidia meta facebook alibaba tencent huawei gcp".split(
    " ",
  ),
);
/** Generic words that end a product name ("Rust SDK", "Redis Cluster", "Solr Cloud"). */
export const PRODUCT_SUFFIX_WORDS = new Set(
  "sdk sdks cluster clusters cloud api apis db server studio engine framework cli toolkit platform runtime ui".split(
    " ",
  ),
);

interface Tables {
  names: Set<string>;
  lang: Map<string, "programming" | "markup" | "data">;
}
let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const t: Tables = { names: new Set(), lang: new Map() };
  // (The data's entries are folded already.)
  for (const n of entries(products.titles)) t.names.add(n);
  for (const type of ["programming", "markup", "data"] as const) {
    for (const k of entries(languages[type])) {
      t.names.add(k);
      if (!t.lang.has(k)) t.lang.set(k, type);
    }
  }
  return (tables = t);
}

/** Is `name` (the whole string, any case) a product or language name? */
export function isProduct(name: string): boolean {
  return load().names.has(fold(name));
}

/** Linguist's type of a language name or alias ("TypeScript", "ts" → programming; "Markdown" → markup). */
export function languageType(name: string): "programming" | "markup" | "data" | undefined {
  return load().lang.get(fold(name));
}

export function isProgrammingLanguage(name: string): boolean {
  return languageType(name) === "programming";
}

export interface Span {
  /** Offsets into the text: text.slice(start, end) is the name as written. */
  start: number;
  end: number;
  text: string;
}

const TOKEN_RE = /[^\s,;|·•()]+/gu;

/**
 * Product names in `text`, longest match first, case-insensitive, left to right, never overlapping:
 * "Python Apache Arrow Ruby on Rails" → Python, Apache Arrow, Ruby on Rails. O(words × MAX_WORDS).
 */
export function productSpans(text: string): Span[] {
  const t = load();
  const toks: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(TOKEN_RE))
    toks.push({ start: m.index, end: m.index + m[0].length, key: fold(m[0]) });
  const out: Span[] = [];
  for (let i = 0; i < toks.length;) {
    let found = 0;
    let key = "";
    const keys: string[] = [];
    for (let n = 0; n < MAX_WORDS && i + n < toks.length; n++) {
      // Words of one name are next to each other, one space apart.
      if (n > 0 && text.slice(toks[i + n - 1]!.end, toks[i + n]!.start) !== " ") break;
      key = n === 0 ? toks[i]!.key : `${key} ${toks[i + n]!.key}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const k = keys[n - 1]!;
      // "Node.js." at the end of a sentence.
      if (t.names.has(k) || (k.endsWith(".") && t.names.has(k.slice(0, -1)))) {
        found = n;
        break;
      }
    }
    if (found === 0) {
      i++;
      continue;
    }
    let end = toks[i + found - 1]!.end;
    if (!t.names.has(keys[found - 1]!)) end--;
    out.push({ start: toks[i]!.start, end, text: text.slice(toks[i]!.start, end) });
    i += found;
  }
  return out;
}

/**
 * Items of a space-separated product list ("Python Apache Arrow AWS Rust SDK Redis Cluster"):
 * known names by longest match; a vendor word joins the name after it when the two are one product,
 * when that name is unknown ("AWS S3/EC2/Lambda") or when a generic word follows ("AWS Rust SDK");
 * a generic word joins the name before it ("Redis Cluster", "Solr Cloud"). `items` are the words
 * (or pre-joined pieces such as "Airflow / MWAA") in order. One pass: O(items × MAX_WORDS).
 */
export function productItems(items: string[]): string[] {
  const t = load();
  const keys = items.map(fold);
  const known = (from: number, n: number): boolean => {
    let k = keys[from]!;
    for (let j = 1; j < n; j++) k += ` ${keys[from + j]}`;
    return t.names.has(k);
  };
  // The longest known name starting at each word (1 when none), computed once per word.
  const memo = new Int8Array(items.length);
  const longest = (from: number): number => {
    if (from >= items.length) return 0;
    if (memo[from]) return memo[from]!;
    let n = Math.min(MAX_WORDS, items.length - from);
    while (n >= 2 && !known(from, n)) n--;
    return (memo[from] = Math.max(n, 1));
  };
  const isSuffix = (i: number): boolean => i < items.length && PRODUCT_SUFFIX_WORDS.has(keys[i]!);
  const isVendor = (i: number): boolean => i < items.length && VENDOR_WORDS.has(keys[i]!);
  const out: string[] = [];
  for (let i = 0; i < items.length;) {
    let n = longest(i);
    // A vendor word on its own, before a name: "AWS" + "S3/EC2/Lambda", "AWS" + "Rust" + "SDK".
    // (Not onto words already joined as one name: "AWS" + "Browser extensions".)
    if (
      n === 1 &&
      isVendor(i) &&
      i + 1 < items.length &&
      !isVendor(i + 1) &&
      !isSuffix(i + 1) &&
      !/\s/.test(items[i + 1]!)
    ) {
      const m = longest(i + 1);
      if (!known(i + 1, m) || isSuffix(i + 1 + m)) n = 1 + m;
    }
    // Generic words after a name: "Redis Cluster", "Rust SDK" (not the first word of a longer name: "Cloud Foundry").
    while (isSuffix(i + n) && longest(i + n) === 1) n++;
    out.push(items.slice(i, i + n).join(" "));
    i += n;
  }
  return out;
}
