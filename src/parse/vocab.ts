/**
 * Generic vocabulary the feature scores use: words that make a line look like a job title,
 * a school, a degree, a place, a level. General English/CV words and place names only:
 * never a person or a company.
 */

import { perDocument } from "./memo.js";
import { INSTITUTION_WORDS, ORG_SUFFIX_WORDS, TITLE_WORDS } from "./vocab/index.js";

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Head nouns of job titles ("Engineer", "Founder", ...), lowercase: from the vocabulary module. */
export const TITLE_NOUNS = TITLE_WORDS;

/** Words that qualify a title ("Senior", "Staff", ...). */
export const TITLE_QUALIFIERS = words(`
  senior junior staff principal lead chief head associate assistant distinguished software
  backend frontend back-end front-end full-stack fullstack full stack systems platform data machine learning ml ai
  research site reliability security product technical solutions cloud infrastructure mobile
  graduate visiting adjunct teaching sênior júnior pleno
  starszy starsza młodszy młodsza główny główna samodzielny samodzielna
  web
`);

/** Team-ish nouns: "Search & AI Team", "Platform Group". */
export const TEAM_NOUNS = words(
  `team group squad department dept division unit guild tribe chapter org organisation organization`,
);

/** Words that name an organisation, never a place ("Veterans Health Administration", "Food and Nutrition Service"). */
export const ORG_WORDS = words(`
  administration agency service services bureau office ministry council authority commission board corps
  command department directorate secretariat hospital hospitals clinic infirmary hospice center centre
`);

/** Words that make a line an institution of learning: from the vocabulary module. */
export { INSTITUTION_WORDS };

/** Level words of a skill group or a spoken language, lowercase. */
export const LEVEL_WORDS = words(`
  expert advanced intermediate proficient basic beginner familiar novice fluent native conversational
  elementary working competent strong good
`);

/** Fluency phrases for spoken languages. */
export const FLUENCY_RE =
  /\b(native|bilingual|fluent|fluency|mother tongue|professional|working proficiency|limited|elementary|conversational|basic|intermediate|advanced|beginner|proficient|muttersprache|langue maternelle|nativo|nativa|fluente|avançado|avancado|intermediário|intermediario|básico|basico|avanzado|intermedio|madrelingua|moedertaal|fließend|courant|[ABC][12])\b/i;

/** Common human languages (for telling spoken languages from programming languages). */
export const HUMAN_LANGUAGES = words(`
  english german french spanish italian portuguese dutch swedish norwegian danish finnish icelandic
  polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian serbian
  croatian bosnian slovenian albanian macedonian lithuanian latvian estonian irish welsh catalan basque
  galician hebrew arabic persian farsi urdu hindi bengali bangla punjabi gujarati marathi tamil telugu
  kannada malayalam odia sinhala nepali chinese mandarin cantonese japanese korean vietnamese thai
  indonesian malay tagalog filipino swahili amharic yoruba igbo hausa zulu xhosa afrikaans somali
  latin esperanto sign asl bsl kurdish pashto armenian georgian azerbaijani kazakh uzbek mongolian
  deutsch englisch französisch franzosisch spanisch italienisch anglais français francais allemand
  espagnol italien inglés ingles español espanol alemán aleman francés frances inglese italiano tedesco
  francese spagnolo engels nederlands duits frans portugués portugues português inglês espanhol francês alemão
  alemao italiano japonês japones mandarim
`);

/** Countries and regions (a place, not a company). Lowercase. */
export const PLACES = words(`
  usa us u.s. u.s.a. uk u.k. united states kingdom america canada mexico brazil argentina chile colombia
  peru germany france spain italy portugal netherlands belgium switzerland austria ireland scotland
  england wales sweden norway denmark finland iceland poland czechia czech republic hungary romania
  bulgaria greece turkey russia ukraine israel egypt nigeria kenya ghana ethiopia morocco south africa
  india pakistan bangladesh sri lanka nepal china japan korea taiwan singapore malaysia indonesia
  thailand vietnam philippines australia zealand uae emirates dubai qatar saudi arabia remote hybrid
  onsite on-site worldwide europe asia emea apac latam california texas washington york massachusetts
  illinois oregon colorado florida georgia virginia ontario quebec bavaria england london paris berlin
  munich dublin amsterdam madrid barcelona lisbon rome milan zurich vienna prague warsaw stockholm oslo
  copenhagen helsinki tokyo seoul beijing shanghai bangalore bengaluru mumbai delhi hyderabad chennai
  pune toronto vancouver montreal sydney melbourne boston chicago seattle austin denver atlanta
  francisco diego angeles jose palo alto mountain view brooklyn tel aviv
`);

/** Two-letter region codes are places too ("CA", "NY", "IE"): checked by shape. */
export const REGION_CODE_RE = /^[A-Z]{2,3}$/;

/** Connector words that join a multi-word item ("Impact of Tech on Media"). */
export const CONNECTORS = words(`of on and & in for the to with a an at by de la le von van der`);

/** Name particles allowed lowercase inside a person's name. */
export const NAME_PARTICLES = words(`de da di del della der den van von la le du dos das bin ibn al el y`);

/** English function words no personal name has ("JOB APPLIED FOR", "ABOUT THE AUTHOR"): a heading or a phrase. */
export const PHRASE_WORDS = words(`for and the of to in with on at by or from my our your me`);

/** Words that mark a role line inside a company ("Joined Dec '22 · Promoted Nov '23"). */
export const ROLE_EVENT_RE = /\b(joined|started|promoted|moved|transferred|became)\b/i;

/** Company suffixes and company words: from the vocabulary module. */
export const COMPANY_SUFFIXES = ORG_SUFFIX_WORDS;

const COMBINING_RE = /[\u0300-\u036f]/;
const DOTLESS_I_RE = /ı(?=[\u0300-\u036f])/g;

/** The words of `text`, lower case, dots, apostrophes and hyphens off their ends (kept per document: do not change them). */
export const wordsOf: (text: string) => readonly string[] = perDocument((raw) => {
  // Accents written as combining marks (pdftotext of LaTeX: "Te\u0301cnico", "Lı\u0301der") join their letters.
  const text = COMBINING_RE.test(raw) ? raw.replace(DOTLESS_I_RE, "i").normalize("NFC") : raw;
  return Object.freeze(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}&+.'-]+/u)
      .map((w) => w.replace(/^[.'-]{1,40}|[.'-]{1,40}$/g, ""))
      .filter(Boolean),
  );
});

/**
 * The words a table's header row names its columns with ("Zeitraum | Position | Unternehmen"),
 * in the languages résumés are written in, by the field each column holds.
 */
export const COLUMN_WORDS: Readonly<
  Record<
    "name" | "position" | "location" | "dates" | "team" | "school" | "degree" | "details",
    ReadonlySet<string>
  >
> = {
  name: new Set([
    "company",
    "employer",
    "organisation",
    "organization",
    "client",
    "firm",
    "unternehmen",
    "firma",
    "arbeitgeber",
    "entreprise",
    "société",
    "employeur",
    "empresa",
    "empleador",
    "azienda",
    "datore di lavoro",
    "werkgever",
    "bedrijf",
    "firma/projekt",
    "projekt",
    "project",
    "projet",
    "proyecto",
    "organisme",
    "institution",
  ]),
  position: new Set([
    "role",
    "title",
    "position",
    "job",
    "job title",
    "designation",
    "rolle",
    "funktion",
    "tätigkeit",
    "stelle",
    "poste",
    "fonction",
    "cargo",
    "puesto",
    "ruolo",
    "mansione",
    "função",
    "functie",
  ]),
  location: new Set([
    "location",
    "city",
    "place",
    "where",
    "ort",
    "standort",
    "lieu",
    "ville",
    "ciudad",
    "lugar",
    "luogo",
    "città",
    "local",
    "cidade",
    "plaats",
  ]),
  dates: new Set([
    "date",
    "dates",
    "period",
    "year",
    "years",
    "when",
    "duration",
    "from - to",
    "from – to",
    "zeitraum",
    "datum",
    "jahr",
    "jahre",
    "dauer",
    "von - bis",
    "période",
    "dates et durée",
    "année",
    "periodo",
    "período",
    "fecha",
    "fechas",
    "año",
    "anno",
    "data",
    "ano",
    "jaar",
    "periode",
  ]),
  team: new Set([
    "team",
    "department",
    "dept",
    "abteilung",
    "équipe",
    "service",
    "departamento",
    "equipo",
    "reparto",
    "afdeling",
  ]),
  school: new Set([
    "school",
    "university",
    "college",
    "schule",
    "hochschule",
    "universität",
    "bildungseinrichtung",
    "école",
    "établissement",
    "université",
    "escuela",
    "universidad",
    "centro",
    "scuola",
    "università",
    "escola",
    "universidade",
  ]),
  degree: new Set([
    "degree",
    "qualification",
    "diploma",
    "certificate",
    "certification",
    "zertifikat",
    "zertifizierung",
    "abschluss",
    "ausbildung",
    "studium",
    "diplôme",
    "formation",
    "título",
    "titulo",
    "titulación",
    "grado",
    "laurea",
    "titolo",
    "grau",
    "curso",
    "opleiding",
  ]),
  details: new Set([
    "details",
    "description",
    "notes",
    "beschreibung",
    "anmerkungen",
    "détails",
    "descripción",
    "descrizione",
    "descrição",
    "link",
    "links",
  ]),
};
