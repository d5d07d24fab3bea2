/**
 * Contacts: e-mail addresses (`Email: x`, `<x@y>`, `mailto:`), URLs (with or without a
 * scheme), international phone numbers, social profiles (GitHub, LinkedIn, ...).
 * Every regex is linear: bounded character classes, no nested quantifiers.
 */
import type { SocialProfile } from "../profile/schema.js";
import { sanitizeDecoded } from "../text/sanitize.js";
import type { Link } from "./lines.js";

export interface Contacts {
  /** A labelled name ("Name: Maria Rossi"). */
  name?: string;
  /** A labelled postal address. */
  address?: string;
  email?: string;
  phone?: string;
  urls: string[];
  profiles: SocialProfile[];
  location?: string;
  /** The line's text with everything recognised (and its labels) removed. */
  rest: string;
  /** `rest` split at the line's separators (`|`, `·`, `•`, wide gaps). */
  pieces: string[];
}

/** A fediverse handle: "@jane@hachyderm.io". */
const FEDI_RE = /(?<![\w@.])@([A-Za-z0-9_]{1,30})@((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24})(?![\w.-])/gi;
const EMAIL_RE =
  /(?:mailto:)?(?<![A-Za-z0-9._%+@-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>()"'|,;]{2,300}/gi;
const TLDS =
  "com|org|net|io|dev|me|co|ai|app|xyz|info|page|sh|tech|in|uk|de|fr|nl|es|it|ca|au|ch|se|no|fi|dk|pl|cz|eu|us|gg|so|blog|site|online|codes|design|ly|is|cc|tv|fm|pro|one|work|space|cloud|social|id|be|at|br|jp";
const BARE_URL_RE = new RegExp(
  String.raw`(?<![\w@./-])((?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}(?:${TLDS})(?![\w-])(?:/[^\s<>()"'|,;]{0,300})?)`,
  "g",
);
const PHONE_RE = /(?<![\w+/.-])\(?\+?\(?\d[\d ().\-\u2011]{6,22}\d(?![\w/])/g;
const PHONE_LABEL_RE =
  /\b(?:phone|mobile|mob|cell|tel|telephone|whatsapp|t[ée]l[ée]phone|telefon|tel[ée]fono|handy|portable|cellulare|celular|m[óo]vil)\b|☎|📞|📱/iu;
/**
 * Contact labels in other languages, each with its colon (a field list's `:Courriel:`, "Wohnort:",
 * "Teléfono:"): dropped from the rest like the English ones (which may go without a colon).
 */
const LABEL_COLON_RE =
  /(?:^|[\s|·•,;])(?:courriel|m[ée]l|correo(?:\s[ée]lectr[óo]nico)?|t[ée]l[ée]phone|telefon|tel[ée]fono|handy|portable|cellulare|celular|m[óo]vil|site\sweb|sitio\sweb|webseite|homepage|lieu|ville|wohnort|ort|anschrift|adresse|direcci[óo]n|ubicaci[óo]n|localidad|ciudad|citt[àa]|indirizzo|localit[àa]|residenza|morada|endere[çc]o|cidade|woonplaats|adres)\s{0,2}[:：]/giu;

const NETWORKS: { host: RegExp; network: string; user: RegExp }[] = [
  { host: /(?:^|\.)github\.com$/, network: "GitHub", user: /^\/([A-Za-z0-9-]{1,39})\/?$/ },
  { host: /(?:^|\.)gitlab\.com$/, network: "GitLab", user: /^\/([A-Za-z0-9_.-]{1,60})\/?$/ },
  { host: /(?:^|\.)linkedin\.com$/, network: "LinkedIn", user: /^\/(?:in|pub)\/([^/?#]{1,100})\/?$/ },
  { host: /(?:^|\.)(?:twitter|x)\.com$/, network: "Twitter", user: /^\/@?([A-Za-z0-9_]{1,30})\/?$/ },
  {
    host: /(?:^|\.)stackoverflow\.com$/,
    network: "Stack Overflow",
    user: /^\/users\/\d{1,12}\/([^/?#]{1,60})\/?$/,
  },
  { host: /(?:^|\.)medium\.com$/, network: "Medium", user: /^\/@([^/?#]{1,60})\/?$/ },
  { host: /(?:^|\.)bsky\.app$/, network: "Bluesky", user: /^\/profile\/([^/?#]{1,100})\/?$/ },
  { host: /(?:^|\.)kaggle\.com$/, network: "Kaggle", user: /^\/([A-Za-z0-9_-]{1,60})\/?$/ },
  { host: /(?:^|\.)dribbble\.com$/, network: "Dribbble", user: /^\/([A-Za-z0-9_-]{1,60})\/?$/ },
  { host: /(?:^|\.)behance\.net$/, network: "Behance", user: /^\/([A-Za-z0-9_-]{1,60})\/?$/ },
  { host: /(?:^|\.)instagram\.com$/, network: "Instagram", user: /^\/([A-Za-z0-9_.]{1,30})\/?$/ },
  { host: /(?:^|\.)mastodon\.social$/, network: "Mastodon", user: /^\/@([A-Za-z0-9_]{1,30})\/?$/ },
  { host: /(?:^|\.)orcid\.org$/, network: "ORCID", user: /^\/([0-9X-]{15,19})\/?$/ },
  { host: /(?:^|\.)scholar\.google\.[a-z.]{2,6}$/, network: "Google Scholar", user: /^\/citations$/ },
];

/** A URL → a social profile when its host is a known network. */
export function profileFromUrl(url: string): SocialProfile | undefined {
  const full = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  let u: URL;
  try {
    u = new URL(full);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  for (const n of NETWORKS) {
    if (!n.host.test(host)) continue;
    const m = n.user.exec(u.pathname);
    const profile: SocialProfile = { network: n.network, url: normalizeUrl(url) };
    if (m?.[1]) profile.username = decodeSafe(m[1]);
    return profile;
  }
  return undefined;
}

/** `%XX` escapes decoded, and sanitized again (`%E2%80%AE` is a bidi override). */
function decodeSafe(s: string): string {
  try {
    return sanitizeDecoded(decodeURIComponent(s));
  } catch {
    return s;
  }
}

/** Add `https://` to a scheme-less URL and drop trailing punctuation. */
export function normalizeUrl(url: string): string {
  const u = url.replace(/[.,;:!?)\]]{1,40}$/, "");
  if (/^https?:\/\//i.test(u)) return u;
  return `https://${u}`;
}

const LABELED_PROFILE_RE =
  /\b(github|gitlab|linkedin|twitter)(?:\s{0,2}[:|]|\s[—–-])\s{0,2}@?([A-Za-z0-9_./-]{2,100})/i;
const LABEL_RE =
  /(?:^|[\s|·•,;])(?:e-?mail|mail|phone|mobile|mob|cell|tel|telephone|whatsapp|web|website|site|homepage|portfolio|blog|url|linkedin|github|gitlab|twitter|location|address|based in|contact)\s{0,2}(?:[:|–—-]|(?=\s|$))/gi;

/** Everything contact-like in one line of text (plus the Markdown links it had). */
export function extractContacts(text: string, links: Link[] = [], opts: { bare?: boolean } = {}): Contacts {
  const out: Contacts = { urls: [], profiles: [], rest: text, pieces: [] };
  let rest = text.length > 2000 ? text.slice(0, 2000) : text;
  const take = (re: RegExp, f: (m: RegExpExecArray) => boolean): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const spans: [number, number][] = [];
    while ((m = re.exec(rest)) !== null) {
      if (f(m)) spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    for (const [a, b] of spans.reverse()) rest = rest.slice(0, a) + " " + rest.slice(b);
  };
  take(FEDI_RE, (m) => {
    out.profiles.push({
      network: "Mastodon",
      username: m[1]!,
      url: `https://${m[2]!.toLowerCase()}/@${m[1]!}`,
    });
    return true;
  });
  take(EMAIL_RE, (m) => {
    out.email ??= m[1]!;
    return true;
  });
  for (const l of links) {
    if (/^mailto:/i.test(l.url)) out.email ??= l.url.replace(/^mailto:/i, "").replace(/\?[^]*$/, "");
    else if (/^tel:/i.test(l.url)) out.phone ??= l.url.replace(/^tel:/i, "");
    else if (/^(?:https?:\/\/|www\.)/i.test(l.url)) out.urls.push(normalizeUrl(l.url));
  }
  take(URL_RE, (m) => {
    out.urls.push(normalizeUrl(m[0]));
    return true;
  });
  if (opts.bare !== false) {
    take(BARE_URL_RE, (m) => {
      out.urls.push(normalizeUrl(m[1]!));
      return true;
    });
  }
  const labeled = LABELED_PROFILE_RE.exec(rest);
  if (labeled) {
    const network = labeled[1]!.toLowerCase();
    const name = { github: "GitHub", gitlab: "GitLab", linkedin: "LinkedIn", twitter: "Twitter" }[network]!;
    const username = labeled[2]!.replace(/^(?:in|pub)\//, "").replace(/\/$/, "");
    if (!/\./.test(username) || network === "linkedin") {
      out.profiles.push({ network: name, username });
      rest = rest.replace(labeled[0], " ");
    }
  }
  const hasPhoneLabel = PHONE_LABEL_RE.test(rest);
  take(PHONE_RE, (m) => {
    const p = m[0].trim();
    const digits = p.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) return false;
    if (/^(?:19|20)\d{2}\s{0,3}[-–—]\s{0,3}(?:19|20)\d{2}$/.test(p)) return false;
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(p)) return false;
    // National numbers with a trunk 0 are often written in two groups ("07700 900461").
    const trunk = /^0\d{2,4}[ .-]\d{5,8}$/.test(p) && digits.length >= 10 && digits.length <= 11;
    if (!/^\(?\+/.test(p) && !hasPhoneLabel && !trunk && !/^\(?\d{2,5}\)?[ .-]\d{2,5}[ .-]\d{2,6}/.test(p))
      return false;
    out.phone ??= p.replace(/\s{2,}/g, " ");
    return true;
  });
  const named =
    /^\s{0,3}(?:姓名\s{0,2}|氏名\s{0,2}|이름\s{0,2})?(?:(?:full\s)?name\s{0,2})?(?<=\S)[:|：]\s{0,2}(\p{L}[\p{L} .'’()-]{1,60})$/iu.exec(
      rest,
    );
  if (named) {
    out.name = named[1]!.trim();
    rest = "";
  }
  const addr =
    /(?:\baddress\s{0,2}[:|–—]|(?<![\p{L}])(?:adresse|anschrift|direcci[óo]n|indirizzo|endere[çc]o|adres)\s{0,2}[:：])\s{0,2}([^|·•]{2,120})/iu.exec(
      rest,
    );
  if (addr) {
    out.address = addr[1]!.trim();
    rest = rest.replace(addr[0], " ");
  }
  const loc =
    /(?:\blocation\s{0,2}[:|–—：]|\bcity\s{0,2}[:：]|\bbased in\b|(?<![\p{L}])(?:lieu|ville|wohnort|ort|ubicaci[óo]n|localidad|ciudad|citt[àa]|localit[àa]|residenza|cidade|woonplaats|所在地|城市|住所|거주지)\s{0,2}[:：])\s{0,2}([^|·•]{2,80})/iu.exec(
      rest,
    );
  if (loc) {
    out.location = loc[1]!.trim().replace(/[.;,]{1,40}$/, "");
    rest = rest.replace(loc[0], " ");
  }
  for (const url of out.urls) {
    const p = profileFromUrl(url);
    if (p && !out.profiles.some((q) => q.url === p.url)) out.profiles.push(p);
  }
  // "GitHub: [hmoreau](https://github.com/hmoreau)": the label and the link are one profile.
  const same = (a: SocialProfile, b: SocialProfile): boolean =>
    a.network === b.network && (a.username ?? "").toLowerCase() === (b.username ?? "").toLowerCase();
  out.profiles = out.profiles.filter(
    (p) => p.url || !out.profiles.some((q) => q !== p && q.url && same(p, q)),
  );
  // A fediverse profile's own link is no separate website.
  out.urls = out.urls.filter((u) => !out.profiles.some((p) => p.network === "Mastodon" && p.url === u));
  // Drop link texts that were just the URL or address again.
  for (const l of links) {
    if (
      l.text &&
      (l.text === out.email || out.urls.some((u) => u.includes(l.text.replace(/^https?:\/\//, ""))))
    ) {
      rest = rest.replace(l.text, " ");
    }
  }
  rest = rest
    .replace(LABEL_RE, " ")
    .replace(LABEL_COLON_RE, " ")
    .replace(/\((?:LinkedIn|GitHub|Mobile|Home|Work|Personal|Company|Portfolio|Other|Blog)\)/gi, " ");
  out.pieces = rest
    .split(/\s{2,}|[|·•;]|\s[—–]\s/)
    .map((p) =>
      p
        .replace(/^[\s,:/<>[\]–—-]{1,300}|[\s,:/<>[\]–—-]{1,300}$/g, "")
        // A parenthesis is trimmed only when its partner is not in the piece ("Remote (UTC+1)" stays whole).
        .replace(/^\(/, (m, _i: number, all: string) => (all.includes(")") ? m : ""))
        .replace(/\)$/, (m, _i: number, all: string) => (all.includes("(") ? m : ""))
        .replace(/^[\s,:/<>[\]–—-]{1,300}|[\s,:/<>[\]–—-]{1,300}$/g, "")
        .trim(),
    )
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  out.rest = rest.replace(/[\s|·•,;:/<>()[\]–—-]+/g, " ").trim();
  return out;
}

/** True when a line has any contact item. */
export function hasContact(c: Contacts): boolean {
  return Boolean(
    c.name || c.address || c.email || c.phone || c.urls.length || c.profiles.length || c.location,
  );
}
