/**
 * Fits the header-field model (src/parse/model/header-field.data.ts): which field of an entry
 * is each candidate piece of its header (title, organisation, team, place, other)?
 *
 * The training data is invented and lives here or in the project's fixtures:
 *  - synthetic work sections rendered in the layouts résumés are written in (Markdown headings
 *    with bold and links, pipes, dashes, "Title at Company (Team)", company lines over title
 *    lines, LaTeX templates through pdftotext, German, French and Spanish CVs), whose every
 *    field is known by construction;
 *  - the invented résumés in test/fixtures/resumes, with their hand-written expected profiles
 *    (test/fixtures/expected) as labels: a piece equal to an expected title, company, team or
 *    place is labelled so; a piece that matches nothing is not used.
 * Each document goes through the real parser (readers, sections, blocks, the header cutting);
 * the model's hook (fieldTraining in header-field.ts) records every header's pieces and answers
 * with their true labels, so that what the training sees does not depend on the model being
 * fitted. The real-world corpus is never read: it measures, it does not train.
 *
 * Deterministic: a seeded generator, a fixed order and a fixed number of passes, so
 * `npm run train` rewrites the same file byte for byte (test/parse/model.test.ts checks it).
 *
 *   npm run train            rewrite src/parse/model/header-field.data.ts (and header-line)
 *   npm run train -- --check exit 1 if a file would change
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Part } from "../src/parse/entries.js";
import { parseDocument } from "../src/parse/index.js";
import { fieldFeatures } from "../src/parse/model/field-features.js";
import {
  decodeFields,
  FIELD_LABELS,
  fieldProbabilities,
  fieldTraining,
  type FieldLabel,
} from "../src/parse/model/header-field.js";
import type { LinearModel } from "../src/parse/model/linear.js";
import { prng, renderModel } from "./model-file.js";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

const list = (s: string): string[] => s.trim().split(/\s*\|\s*/);

const COMPANIES =
  list(`Tidewater Analytics | Lumen Freight | Northwind Labs | Brightfield Systems | Okapi Health |
  Quillon Inc. | Harbor & Finch | Verdant Robotics | Selkie Software GmbH | Marlow Data Ltd | Copperleaf | Bluefin Payments |
  Aster Group | Kestrel AG | Fernhill Studio | Juniper Cloud | Atlas Logistics S.A. | Orchid Media | Pinecrest Bank |
  Helix Biotech | Stonebridge Consulting | Cobalt Games | Riverbend Hospital | Maple Street Bakery | City of Eastport |
  Nimbus Mobility | Grupo Solano | Entreprise Lavande | Banco Ribeira | Polar Research Station | Westmarch University |
  Quarry Lane Robotics | Saltmarsh Energy LLC | Ondine Analytics | Brackenridge Insurance Group | Tessellate |
  Kumo Logistics | Vantor | Drumlin & Co. | Glasswing Security | Ferrovia Nord S.p.A. | Lindqvist AB | Papilio Corp |
  Sorrel Health Partners | Department of Coastal Affairs | Harrow County School District | Mistral Aero SAS |
  Tannery Row Foundation | Bergwerk Software AG | University of Eastmarch (UK) | Institute for Tidal Studies |
  株式会社ミドリ技研 | 北辰科技有限公司 | QRT | ZEDA | NXP Orbital | IBV | Kohana Systems Inc. | Museum of Lake Industry | Cirrus Labs | Emberline | Wrenfield Capital | Oakhaven Retail |
  Zephyr Transit Authority | Caldera Mining Ltd. | Nordlicht Medien GmbH | Solenne Conseil | Aurora Borealis Studios |
  PayLoop | ShipWren | DataNest | TrailHub | MediQuay | Fenwick Labs | Brisa | OWL | KTRN |
  Karo | Lumo | Vexa | Tandem | iQuanta | e4Logix | myTrail Labs | q9 Commerce | Sonora | Umbria | Calabria | Arcadia`);
/** What an employer does, on a line of its own under its name ("Fintech", "Retail"). */
const INDUSTRIES = list(`Fintech | Retail | Healthcare Software | Renewable Energy | Freight Brokerage | Web |
  Online Education | Insurance | Media Streaming | Hospital Supply Chain | E-commerce | Biotech`);
/** A programme or initiative a role served, named after the title ("Analyst - Cloud Systems
 * Modernisation"): words an employer's name also uses, yet part of the role. */
const PROGRAMMES =
  list(`Cloud Systems Modernisation | Digital Services Through Automation | Payments Technology Initiative |
  Clinical Data Solutions | Network Innovation Programme | Supply Technology Review | Learning Systems Rollout`);
/** An employer's division after its name and a dash ("Company - Unit"). */
const DIVISIONS = list(`North Region | Corporate Office | Labs | Field Services | Contracting Command |
  Open Source Office | Research Park | Digital Studio | Procurement Office | HQ`);
const TITLES = list(`Software Engineer | Senior Software Engineer | Data Scientist | Product Manager |
  Research Assistant | Junior Developer | Staff Engineer | Engineering Manager | DevOps Engineer | Teaching Assistant |
  Nurse | Barista | Frontend Developer | Site Reliability Engineer | Marketing Intern | Lead Designer | QA Analyst |
  Head of Data | Technical Writer | Founder | Consultant | Research Fellow | Machine Learning Engineer |
  Systems Administrator | Project Coordinator | Co-founder & CTO | Principal Engineer | Backend Developer |
  Data Analyst | Security Engineer | UX Researcher | Intern | Product Designer | Solutions Architect |
  Senior Accountant | Store Manager | Support Engineer | Platform Engineer | Lecturer | Postdoctoral Researcher |
  Full-Stack Developer | Director of Engineering | VP Engineering | Software Engineer II | Tech Lead |
  Science Teacher (Biology, Chemistry) | Engineer (Embedded Systems) | Account Executive (EMEA) | Sales Associate |
  Program Manager | Operations Manager | Graduate Teaching Assistant | Vice President | Chief Operating Officer`);
/** A unit named by what it does, after a role's title ("Vice President, Regional Operations"). */
const FUNCTIONS = list(`Operations | Regional Operations | Storage Engineering | Finance | Regional Sales |
  Platform Engineering | Customer Success | Data Engineering | Marketing | Product Design`);
/** What a header names besides its employer: a product, a unit, a client, a programme. */
const UNITS = list(`Fleet Efficiency | Marketplace Delivery | Genomics | Web | ERP | Checkout | Mobile Apps |
  Ads Measurement | Claims Portal | Recommendations and Delivery Infrastructure | Open Data Programme | Logistics`);
const KINDS = list(
  `Full-time | Part-time | Contract | Internship | Freelance | Freelancer | Temporary | Self-employed | Permanent`,
);
const TITLES_DE = list(`Softwareentwickler | Senior Softwareentwickler | Projektleiter | Werkstudent |
  Entwickler | Berater | Teamleiter | Java Entwickler | Systemadministrator | Praktikant`);
const TITLES_FR =
  list(`Ingénieur logiciel | Développeur Full-Stack | Chef de projet | Consultant | Stagiaire |
  Développeur Backend | Responsable technique | Architecte logiciel | Ingénieur DevOps`);
const TITLES_ES = list(`Desarrollador Backend | Ingeniero de Software | Jefe de Proyecto | Analista de Datos |
  Desarrolladora Frontend | Consultor | Becario | Arquitecto de Software`);
/** Titles for the layouts of European CVs (a date line over the title and the employer), some with a
 * head noun the vocabulary lacks, so that where a line stands weighs as well as its words. */
const TITLES_EU = list(`Kierownik Zmiany | Starszy Księgowy | Programista Java | Sviluppatore Backend |
  Impiegata Amministrativa | Analista Funzionale | Técnico de Sistemas | Analista de Sistemas | Werkstudent |
  Projektleiterin | Surveyor | Underwriter | Estimator | Radiographer | Merchandiser | Sommelier |
  Locksmith | Florist | Quality Inspector | Logistics Planner | Payroll Officer | Site Manager`);
/** Employers with a legal form ("Sp. z o.o.", "S.r.l.", "d.o.o."), as those CVs write them. */
const COMPANIES_EU = list(`Brzozowa Systemy Sp. z o.o. | Lipowa Dane S.A. | Cedro Informatica S.r.l. |
  Faggio Servizi S.n.c. | Bor Digital d.o.o. | Javor Logistika d.o.o. | Horizonte Redes Ltda. |
  Quinta Soluções S.A. | Seeblick Technik GmbH | Talwerk AG | Norrsken AB | Fjordlys AS`);
const PLACES_EU = list(`Wrocław | Poznań | Łódź | Padova | Torino | Zagreb | Rijeka | Coimbra | Braga |
  Ulm | Kassel | Uppsala | Bergen | Split (Croatia) | Brno`);
const TEAMS = list(`Platform Team | Payments Team | Data Infrastructure | Search Team | Mobile Team |
  Core Services | Growth Team | Risk Engineering | Infrastructure Group | Developer Experience | Ads Ranking Team |
  Cloud Platform | Security Team | Analytics Department | Research Division`);
const PLACES = list(`Porto Alegre, Brazil | Springfield, IL | Mountain View, CA | Boston, MA | Lyon, France |
  Berlin, Germany | Remote | Pune, India | Seoul, South Korea | Toronto, ON | Austin, TX | London, UK | Madrid |
  Lyon | Hamburg | Paris | Barcelona, Spain | Munich | Dublin, Ireland | Nairobi, Kenya | Oslo, Norway | Zürich |
  Melbourne, Australia | Wellington | San Francisco, CA | New York, NY | Kraków, Poland | Lagos | Accra, Ghana |
  Kilbraddan | Westerholm | Port Ellery | Marrowby, UK | Dunmarra | Tullaghmore NS | Ashcombe`);
const PLACES_DE = list(
  `Berlin | Hamburg | München | Köln | Stuttgart | Wien | Zürich | Leipzig | Frankfurt am Main`,
);
const PLACES_FR = list(`Paris | Lyon | Nantes | Toulouse | Bordeaux | Lille | Rennes | Montréal | Genève`);
const PLACES_ES = list(
  `Madrid | Barcelona | Valencia | Sevilla | Bilbao | Buenos Aires | Ciudad de México | Lima`,
);
const MONTHS = list(
  `Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | January | March | June`,
);
const BULLETS = list(`Led the migration of the billing service to a new database. |
  Built the nightly batch jobs and their monitoring. | Mentored three junior engineers. |
  Cut the p99 latency of the search API by 40%. | Wrote the onboarding guide for new hires. |
  Designed dashboards for the operations team. | Answered customer tickets during the peak season. |
  Automated the weekly reports for the board.`);

interface Truth {
  title?: string;
  org?: string;
  team?: string;
  place?: string;
}

interface Doc {
  text: string;
  format: "markdown" | "text";
  truth: Truth[];
}

type Lang = "en" | "de" | "fr" | "es";

/** One invented work section in one layout. */
export function generate(seed: number, count: number): Doc[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number): boolean => r() < p;
  const docs: Doc[] = [];
  for (let k = 0; k < count; k++) {
    const lang: Lang = chance(0.7) ? "en" : pick(["de", "fr", "es"] as const);
    const titles = { en: TITLES, de: TITLES_DE, fr: TITLES_FR, es: TITLES_ES }[lang];
    const places = { en: PLACES, de: PLACES_DE, fr: PLACES_FR, es: PLACES_ES }[lang];
    const present = { en: "Present", de: "heute", fr: "aujourd'hui", es: "actualidad" }[lang];
    const heading = {
      en: pick(["Experience", "Work Experience", "Professional Experience", "Employment"]),
      de: pick(["Berufserfahrung", "Berufliche Erfahrung"]),
      fr: pick(["Expérience professionnelle", "Expériences"]),
      es: pick(["Experiencia", "Experiencia profesional"]),
    }[lang];
    const year = (): number => 2004 + Math.floor(r() * 18);
    const dates = (): string => {
      const y = year();
      const end = chance(0.3)
        ? present
        : `${chance(0.5) ? pick(MONTHS) + " " : ""}${y + 1 + Math.floor(r() * 3)}`;
      const dash = pick([" – ", " - ", " — ", "–"]);
      return chance(0.25) ? `${y}${dash}${y + 2}` : `${pick(MONTHS)} ${y}${dash}${end}`;
    };
    const md = chance(0.6);
    const layout = Math.floor(r() * 20);
    const out: string[] = [];
    const truth: Truth[] = [];
    const name = pick([
      "Mara Quint",
      "Tobias Rell",
      "Ines Varga",
      "Jun Okafor",
      "Lotte Brandt",
      "Ravi Menon",
    ]);
    out.push(md ? `# ${name}` : name, "", md ? `## ${heading}` : heading.toUpperCase(), "");
    const entries = 2 + Math.floor(r() * 3);
    for (let e = 0; e < entries; e++) {
      const title = pick(titles);
      const unit = chance(0.25) ? pick(UNITS) : undefined;
      let org = pick(COMPANIES);
      const place = chance(0.7) ? pick(places) : undefined;
      const team = chance(0.2) ? pick(TEAMS) : undefined;
      const d = dates();
      const t: Truth = { title, org, ...(place ? { place } : {}) };
      const P = place ? place : "";
      // The employer alone, the roles told in the bullets: "### 🏢 Company (dates)", "**Company** — dates".
      if (chance(0.12)) {
        delete t.title;
        delete t.place;
        out.push(
          md ? pick([`### 🏢 ${org} (${d})`, `### ${org} (${d})`, `**${org}** — ${d}`]) : `${org}    ${d}`,
        );
      } else if (md) {
        switch (layout) {
          case 0: // ### Title, Company — City / *dates*
            out.push(`### ${title}, ${org}${place ? ` — ${P}` : ""}`, `*${d}*`);
            break;
          case 1: // **Company** | Title | dates
            out.push(`**${org}** | ${title} | ${d}`);
            break;
          case 2: // **Title** · Company · City / dates
            out.push(
              `**${title}** · ${org}${place ? ` · ${P}` : ""}${chance(0.4) ? ` · ${pick(KINDS)}` : ""}`,
              "",
              d,
            );
            break;
          case 3: // ### Title at Company (Team) / dates · City
            if (team) t.team = team;
            out.push(`### ${title} at ${org}${team ? ` (${team})` : ""}`, `*${d}*${place ? ` · ${P}` : ""}`);
            break;
          case 4: // ### **Title** [Company](https://…) / dates
            out.push(
              `### **${title}** [${org}](https://${org.toLowerCase().replace(/[^a-z]/g, "")}.example)`,
              `${d}${place ? ` | ${P}` : ""}`,
            );
            break;
          case 5: // ### Company — Unit / **Title** (dates)
            out.push(`### ${org}${unit ? ` — ${unit}` : ""}${place ? `, ${P}` : ""}`, `**${title}** (${d})`);
            break;
          case 6: // **Title**, *Company*, dates
            out.push(`**${title}**, *${org}*, ${d}`);
            break;
          case 7: // - **Company** — Title (dates), or the employer alone: ### Company (dates)
            if (chance(0.4)) {
              delete t.title;
              out.push(`### ${org} (${d})`);
            } else out.push(`- **${org}** — ${title} (${d})`);
            break;
          case 8: // #### Title | Company | City | dates
            out.push(`#### ${title} | ${org}${place ? ` | ${P}` : ""} | ${d}`);
            break;
          case 9: // ### Title @ Company / dates
            out.push(`### ${title} @ ${org}`, `${d}${place ? ` · ${P}` : ""}`);
            break;
          case 10: // **Title** - Team / Company, City / dates
            if (team) t.team = team;
            out.push(
              `**${title}**${team ? ` - ${team}` : ""}`,
              "",
              `${org}${place ? `, ${P}` : ""}`,
              "",
              `_${d}_`,
            );
            break;
          case 11: // ### Title, Team — Company / dates
            t.team = team ?? pick(TEAMS).replace(/ Team$/, "");
            out.push(`### ${title}, ${t.team} — ${org}`, `*${d}*${place ? ` · ${P}` : ""}`);
            break;
          case 12: // ### Company · City, then "**Title** · City   dates" roles with no company of their own
            if (e === 0) {
              out.push(`### ${org}${place ? ` · ${P}` : ""}`, "");
              truth.push({ org, ...(place ? { place } : {}) });
            }
            delete t.org;
            out.push(`**${title}**${place && chance(0.5) ? ` · ${P}` : ""} · ${d}`);
            break;
          case 14:
          case 16: {
            // **Title - Unit** | Company (- Division) | dates: the unit belongs to the title, the
            // plain piece after the pipe is the employer, a division after its dash is neither.
            const rest = chance(0.6)
              ? pick([...UNITS, ...FUNCTIONS, ...PROGRAMMES, ...PROGRAMMES])
              : undefined;
            const div = chance(0.4) ? pick(DIVISIONS) : undefined;
            out.push(
              `**${title}${rest ? pick([" - ", ", "]) + rest : ""}** | ${org}${div ? ` - ${div}` : ""} | ${d}`,
            );
            break;
          }
          case 15: // **Company**, City / Title · dates (a LaTeX template's bold employer over its plain role)
            if (chance(0.15)) t.title = pick(["Freelance", "Contractor"]);
            out.push(`**${org}**${place ? pick([`, ${P}`, ` · ${P}`, ` — ${P}`]) : ""}`, `${t.title} · ${d}`);
            break;
          default: // ### dates: Title, Company
            out.push(`### ${d}: ${title}, ${org}`);
            if (place) out.push("", P);
            break;
        }
      } else {
        if (layout === 2 || layout === 5) org = chance(0.5) ? org.toUpperCase() : org;
        t.org = org;
        switch (layout) {
          case 0: // Title, Company    dates / City
            out.push(`${title}, ${org}${place ? `, ${P}` : ""}      ${d}`);
            break;
          case 1: // Company — City / Title    dates   (LaTeX through pdftotext -layout), a unit after the title
            // A contract told by its kind alone is the role: "Freelance" under the company line.
            if (chance(0.15)) {
              t.title = pick(["Freelance", "Contractor", "Consultant"]);
              out.push(
                `${org}${place ? `                           ${P}` : ""}`,
                `${t.title}                         ${d}`,
              );
              break;
            }
            out.push(
              `${org}${place ? `                           ${P}` : ""}`,
              `${title}${unit ? ` - ${unit}` : ""}                         ${d}`,
            );
            break;
          case 2: // COMPANY / Title, dates
            out.push(org, `${title}, ${d}`);
            break;
          case 3: // dates  Title at Company
            out.push(`${d}  ${title} at ${org}${place ? `, ${P}` : ""}`);
            break;
          case 4: // Title | Company | dates (| Contract)
            out.push(`${title} | ${org} | ${d}${chance(0.4) ? ` | ${pick(KINDS)}` : ""}`);
            break;
          case 5: // dates    COMPANY, Title — City
            out.push(`${d}    ${org}, ${title}${place ? ` — ${P}` : ""}`);
            break;
          case 6: // Title / Company, City / dates (each on its own line)
            out.push(title, `${org}${place ? `, ${P}` : ""}`, d);
            break;
          case 7: // Company (City) / Title (dates)
            out.push(`${org}${place ? ` (${P})` : ""}`, `${title} (${d})`);
            break;
          case 8: // Title - Team, Company   dates
            if (team) t.team = team;
            out.push(`${title}${team ? ` - ${team}` : ""} - ${org}    ${d}`);
            break;
          case 9: // Title, Team / Company — City / dates
            t.team = team ?? pick(TEAMS);
            out.push(`${title}, ${t.team}`, `${org}${place ? ` — ${P}` : ""}`, d);
            break;
          case 10: // COMPANY, City over "Title   dates" roles: a role's own place or its unit after it
            if (e === 0) {
              out.push(`${org.toUpperCase()}${place ? `, ${P}` : ""}`);
              truth.push({ org: org.toUpperCase(), ...(place ? { place } : {}) });
            }
            delete t.org;
            if (chance(0.5)) {
              t.team = pick(FUNCTIONS);
              delete t.place;
              out.push(`${title}${pick([", ", " - ", " – "])}${t.team}${pick([` (${d})`, `       ${d}`])}`);
            } else out.push(`${title}${place && chance(0.5) ? ` — ${P}` : ""}       ${d}`);
            break;
          case 13: // LinkedIn: Title / Company · Full-time / dates · duration / City · Remote
            out.push(title, `${org} · ${pick(KINDS)}`, `${d} · ${1 + (e % 3)} yrs ${e + 1} mos`);
            if (place) out.push(`${P}${chance(0.5) ? ` · ${pick(["Remote", "Hybrid", "On-site"])}` : ""}`);
            break;
          case 12: // Title, Company / City / Team - stack dates
            t.team = team ?? pick([...TEAMS, "Founding member", "Core team"]);
            out.push(`${title}, ${org}`, "");
            if (place) out.push(P, "");
            out.push(
              `${t.team} - ${["Python", "Go", "Kafka", "PostgreSQL", "Redis"].slice(e % 2).join(", ")} ${d}`,
            );
            break;
          case 11: // LaTeX template through pdftotext without -layout: • Company / Title, Unit / City / dates
            out.push(`• ${org}`, `${title}${unit ? `, ${unit}` : ""}`);
            if (place) out.push("", P);
            out.push(d);
            break;
          case 16: // Company  City / Title, Unit / dates (each on its own line, a pdftotext without -layout)
            out.push(`${org}${place ? `   ${P}` : ""}`, `${title}${unit ? `, ${unit}` : ""}`, d);
            break;
          case 17: // Company / City / dates / Title, each a paragraph of its own (a LaTeX template through pdftotext)
            out.push(org, "", ...(place ? [P] : []), d, "", title);
            break;
          case 18: // Europass and Polish CVs: dates / Title / Company, City (each on its own line)
          case 19: {
            // A Lebenslauf: "dates      Title" / "           Company, City" (hanging under the title)
            const eu = chance(0.6);
            t.title = eu ? pick(TITLES_EU) : title;
            t.org = eu ? pick(COMPANIES_EU) : org;
            if (place) t.place = eu ? pick(PLACES_EU) : place;
            const employer = `${t.org}${t.place ? `, ${t.place}` : ""}`;
            const dd = chance(0.5) ? d : `${String(1 + (e % 12)).padStart(2, "0")}.${year()} – ${present}`;
            if (layout === 18) out.push(dd, t.title, employer);
            else out.push(`${dd}      ${t.title}`, `${" ".repeat(dd.length + 6)}${employer}`);
            break;
          }
          case 14: // An outline: - [[link][Company]] / + industry / + City / - Title / - dates
            out.push(
              `- ${chance(0.6) ? `[[https://${org.toLowerCase().replace(/[^a-z]/g, "")}.example][${org}]]` : org}`,
              `  + ${pick(INDUSTRIES)}`,
              ...(place ? [`  + ${P}`] : []),
              `- ${title}`,
              `- ${chance(0.3) ? String(year()) : d}`,
            );
            break;
          default: // Company, City    dates / Title (or no title: the roles are in the bullets)
            if (chance(0.45)) {
              delete t.title;
              out.push(`${org}${place ? `, ${P}` : ""}        ${d}`);
            } else {
              // (A contract told by its kind alone is the role here too.)
              if (chance(0.15)) t.title = pick(["Freelance", "Contractor"]);
              out.push(`${org}${place ? `, ${P}` : ""}        ${d}`, t.title!);
            }
            break;
        }
      }
      // A label line under the header ("開発環境", "Tätigkeiten:") belongs to no field.
      if (chance(0.2)) {
        const label = pick([
          "開発環境",
          "担当業務",
          "主な実績",
          "Tätigkeiten",
          "Missions",
          "Réalisations",
          "Key achievements",
        ]);
        out.push("", md ? pick([`#### ${label}`, `**${label}**`, label]) : label);
      }
      // A sentence in Chinese or Japanese under the header is a summary.
      if (chance(0.1))
        out.push(
          "",
          pick([
            "フロントエンドの開発と運用を担当。",
            "负责支付系统的后端开发。",
            "モバイルアプリの設計から運用まで担当",
          ]),
        );
      out.push("");
      // A paragraph wrapped at a fixed width, its last line a word or two ("board."): the end
      // of a sentence, no part of the next header.
      if (!md && chance(0.15))
        out.push(
          pick([
            "Kept the warehouse systems of the company running day and night, and planned the yearly\nupgrades.",
            "Reviewed the pull requests of the whole team, wrote the release notes and took part in the\nrota.",
            "Trained the support staff of three offices on the new ticketing tool and on its weekly\nreports.",
          ]),
        );
      else {
        const nb = 1 + Math.floor(r() * 3);
        for (let b = 0; b < nb; b++) out.push(`${md || chance(0.5) ? "-" : "•"} ${pick(BULLETS)}`);
      }
      out.push("");
      truth.push(t);
    }
    docs.push({ text: out.join("\n"), format: md ? "markdown" : "text", truth });
  }
  return docs;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[*_`[\]]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,.;:·|–—-]+|[\s,.;:·|–—-]+$/g, "");

/** A piece's label from a document's truth: undefined when it matches nothing (or two fields). */
function labelOf(text: string, truth: readonly Truth[]): FieldLabel | "none" | undefined {
  const t = norm(text);
  const hits = new Set<FieldLabel>();
  for (const e of truth) {
    if (e.title && norm(e.title) === t) hits.add("title");
    if (e.org && norm(e.org) === t) hits.add("org");
    if (e.team && norm(e.team) === t) hits.add("team");
    if (e.place && (norm(e.place) === t || e.place.split(/\s*,\s*/).some((x) => norm(x) === t)))
      hits.add("place");
  }
  if (hits.size) return hits.size === 1 ? [...hits][0] : undefined;
  // A piece cut from a field ("Account Executive" of "Account Executive (EMEA)") is that field
  // when it holds most of it; a smaller fragment, or a piece holding a field and more
  // ("Banco Ribeira, Berlin"), is left out: its truth is unsure.
  for (const e of truth)
    for (const [k, v] of [
      ["title", e.title],
      ["org", e.org],
      ["team", e.team],
      ["place", e.place],
    ] as const) {
      const n = v ? norm(v) : "";
      if (!n) continue;
      if (n.includes(t) && t.length >= 0.6 * n.length) hits.add(k);
      else if (n.includes(t) || t.includes(n)) return undefined;
    }
  return hits.size === 1 ? [...hits][0] : hits.size ? undefined : "none";
}

interface Example {
  features: string[];
  label: number;
}

/** Run documents through the parser, recording every header's pieces and their true labels. */
export function collect(
  docs: readonly Doc[],
  unmatched: "other" | "skip",
): { examples: Example[]; headers: Header[] } {
  const examples: Example[] = [];
  const headers: Header[] = [];
  for (const doc of docs) {
    fieldTraining.label = (cands, titleKnown, nameKnown) => {
      const found = cands.map((c) => labelOf(c.text, doc.truth));
      const labels = found.map((l) => (l === "none" ? (unmatched === "other" ? "other" : undefined) : l));
      const feats = fieldFeatures(cands, titleKnown, nameKnown);
      headers.push({ cands: [...cands], titleKnown, nameKnown, labels });
      labels.forEach((y, i) => {
        if (y) examples.push({ features: feats[i]!, label: FIELD_LABELS.indexOf(y) });
      });
      const gold = labels.map((l) => l ?? "other");
      return gold;
    };
    try {
      parseDocument(doc.text, { file: "invented", format: doc.format });
    } finally {
      fieldTraining.label = undefined;
    }
  }
  return { examples, headers };
}

interface Header {
  cands: Part[];
  titleKnown: boolean;
  nameKnown: boolean;
  labels: (FieldLabel | undefined)[];
}

/** The fixtures with their expected profiles as the truth. */
export function fixtureDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const name of readdirSync(FIXTURES + "resumes").sort()) {
    const expected = JSON.parse(
      readFileSync(FIXTURES + "expected/" + name.replace(/\.(txt|md)$/, ".json"), "utf8"),
    ) as {
      work?: {
        name?: string;
        position?: string;
        team?: string;
        location?: string;
        roles?: { position?: string; team?: string }[];
      }[];
    };
    const truth: Truth[] = [];
    for (const w of expected.work ?? []) {
      truth.push({ org: w.name, title: w.position, team: w.team, place: w.location });
      for (const role of w.roles ?? []) truth.push({ title: role.position, team: role.team });
    }
    if (!truth.length) continue;
    docs.push({
      text: readFileSync(FIXTURES + "resumes/" + name, "utf8"),
      format: name.endsWith(".md") ? "markdown" : "text",
      truth,
    });
  }
  return docs;
}

/** Multinomial logistic regression by stochastic gradient descent, in a fixed order, L2-regularised. */
function fit(data: readonly Example[], passes: number): LinearModel {
  const K = FIELD_LABELS.length;
  const w = new Map<string, number[]>();
  const b = new Array<number>(K).fill(0);
  const l2 = 1e-4;
  for (let pass = 0; pass < passes; pass++) {
    const rate = 0.1 / (1 + pass);
    for (const { features, label } of data) {
      const z = [...b];
      for (const f of features) {
        const v = w.get(f);
        if (v) for (let k = 0; k < K; k++) z[k]! += v[k]!;
      }
      const max = Math.max(...z);
      const e = z.map((x) => Math.exp(x - max));
      const sum = e.reduce((a, c) => a + c, 0);
      const g = e.map((x, k) => x / sum - (k === label ? 1 : 0));
      for (let k = 0; k < K; k++) b[k]! -= rate * g[k]!;
      for (const f of features) {
        let v = w.get(f);
        if (!v) w.set(f, (v = new Array<number>(K).fill(0)));
        for (let k = 0; k < K; k++) v[k] = v[k]! * (1 - rate * l2) - rate * g[k]!;
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const v = w.get(f)!.map(round);
    if (v.some((x) => x !== 0)) weights[f] = v;
  }
  return { labels: [...FIELD_LABELS], bias: b.map(round), weights };
}

/** The model as the TypeScript module it is shipped as. */
export function render(m: LinearModel): string {
  return renderModel("headerFieldModel", "scripts/train-header-fields.ts", m);
}

export function train(): LinearModel {
  const synthetic = collect(generate(20261202, 500), "other").examples;
  // The fixtures' labels are written by hand: they count three times.
  const fixtures = collect(fixtureDocs(), "skip").examples;
  return fit([...synthetic, ...fixtures, ...fixtures, ...fixtures], 20);
}

/** Share of pieces of a held-out draw of the generator (another seed) the shipped model and decoder label right. */
export function heldOut(model: LinearModel): number {
  const { headers } = collect(generate(7, 150), "other");
  let ok = 0;
  let n = 0;
  for (const h of headers) {
    const got = decodeFields(fieldProbabilities(h.cands, h.titleKnown, h.nameKnown, model), h.nameKnown);
    h.labels.forEach((l, i) => {
      if (!l) return;
      n++;
      if (got[i] === l) ok++;
    });
  }
  return ok / n;
}
