/**
 * Fits the header-line model (src/parse/model/header-line.data.ts): is a line the header of an
 * entry (an organisation, a title, a place, dates, alone or together) or part of its body
 * (a bullet, a sentence, a stack list, a wrapped line)?
 *
 * The training data is invented and lives here: entries rendered in the layouts résumés are
 * written in (LaTeX templates through pdftotext with and without -layout, Markdown CVs, Word
 * exports, plain text), with every line labelled by construction. The real-world corpus is
 * never read: it measures, it does not train.
 *
 * Deterministic: a seeded generator and a fixed number of passes, so `npm run train` rewrites
 * the same file byte for byte (test/parse/model.test.ts checks it).
 *
 *   npm run train            rewrite src/parse/model/header-line.data.ts
 *   npm run train -- --check exit 1 if the file would change
 */
import type { Line } from "../src/parse/lines.js";
import { lineFeatures } from "../src/parse/model/line-features.js";
import type { LinearModel } from "../src/parse/model/linear.js";
import { prng, renderModel } from "./model-file.js";

const words = (s: string): string[] => s.trim().split(/\s*\|\s*/);
const COMPANIES =
  words(`Tidewater Analytics | Lumen Freight | Northwind Labs | Brightfield Systems | Okapi Health | Quillon Inc. |
  Harbor & Finch | Verdant Robotics | Selkie Software GmbH | Marlow Data Ltd | Copperleaf | Bluefin Payments | Aster Group |
  Kestrel AG | Fernhill Studio | Juniper Cloud | Atlas Logistics S.A. | Orchid Media | Pinecrest Bank | Helix Biotech |
  Stonebridge Consulting | Cobalt Games | Riverbend Hospital | Maple Street Bakery | City of Eastport | Nimbus Mobility |
  Grupo Solano | Entreprise Lavande | Banco Ribeira | Polar Research Station | Westmarch University | Elbtal Hochschule`);
const TITLES =
  words(`Software Engineer | Senior Software Engineer | Data Scientist | Product Manager | Research Assistant |
  Junior Developer | Staff Engineer | Engineering Manager | DevOps Engineer | Teaching Assistant | Nurse | Barista |
  Frontend Developer | Site Reliability Engineer | Marketing Intern | Lead Designer | QA Analyst | Head of Data |
  Technical Writer | Founder | Consultant | Ingénieur logiciel | Desarrollador Backend | Java Entwickler | Cashier |
  Research Fellow | Machine Learning Engineer | Systems Administrator | Project Coordinator | Co-founder & CTO`);
const PLACES =
  words(`Porto Alegre, Brazil | Curitiba, Brazil | Springfield, IL | Mountain View, CA | Boston MA | Lyon, France |
  Berlin, Germany | Remote | Pune, India | Nantes (44) | Seoul, S.Korea | Toronto, ON | Austin, TX | London, UK | Madrid`);
const MONTHS = words(
  `Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | January | March | June | September`,
);
const VERBS =
  words(`Led | Built | Designed | Rewrote | Cut | Moved | Shipped | Ran | Owned | Mentored | Automated | Migrated |
  Introduced | Reduced | Improved | Wrote | Managed | Created | Taught | Organised | Answered | Prepared`);
const OBJECTS =
  words(`the nightly batch jobs | the invoice service and its tests | a team of five engineers | the onboarding flow |
  our deployment pipeline | the search ranking | weekly reports for the board | the mobile app's login |
  customer tickets during peak season | a course on data structures | the billing database | dashboards for the ops team`);
const TAILS =
  words(`using Go and Kafka | with zero downtime | by 40% | in six weeks | for 2M users | across three regions |
  and the monitoring around it | so that releases took minutes | for the whole company | with the design team`);
const STACK = words(
  `Python | Go | Kafka | PostgreSQL | React | TypeScript | Docker | Kubernetes | AWS | Terraform | Redis | Spark`,
);

interface Sample {
  lines: Line[];
  labels: (0 | 1 | undefined)[];
}

function mkLine(text: string, extra: Partial<Line> = {}): Line {
  const indent = /^ */.exec(text)![0].length;
  const t = text.trim();
  const cells = t.split(/\s{3,}/).filter(Boolean);
  return {
    n: 0,
    text: cells.join(" "),
    cells: cells.length ? cells : [t],
    indent,
    bullet: false,
    strong: [],
    links: [],
    ...extra,
  };
}

function generate(seed: number, count: number): Sample[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const year = (): number => 2005 + Math.floor(r() * 20);
  const dates = (): string => {
    const y = year();
    const end =
      r() < 0.3
        ? pick(["Present", "present", "Current", "now"])
        : `${pick(MONTHS)} ${y + 1 + Math.floor(r() * 3)}`;
    return r() < 0.2 ? `${y} – ${y + 2}` : `${pick(MONTHS)} ${y} – ${end}`;
  };
  const sentence = (): string =>
    `${pick(VERBS)} ${pick(OBJECTS)}${r() < 0.6 ? " " + pick(TAILS) : ""}${r() < 0.7 ? "." : ""}`;
  const caps = (s: string): string => (r() < 0.15 ? s.toUpperCase() : s);
  const out: Sample[] = [];
  for (let k = 0; k < count; k++) {
    const lines: Line[] = [];
    const labels: (0 | 1 | undefined)[] = [];
    const head = (text: string, extra?: Partial<Line>): void =>
      void (lines.push(mkLine(text, extra)), labels.push(1));
    const body = (text: string, extra?: Partial<Line>): void =>
      void (lines.push(mkLine(text, extra)), labels.push(0));
    const blank = (): void => void (lines.push(mkLine("")), labels.push(undefined));
    const bullets = (glyph: string, indent: string): void => {
      const n = 1 + Math.floor(r() * 3);
      for (let i = 0; i < n; i++) {
        const s = sentence();
        // A long bullet wraps: its second line starts in lower case or goes on the sentence.
        if (r() < 0.3) {
          body(`${indent}${glyph} ${s.replace(/\.$/, "")} and`, { bullet: true });
          body(`${indent}  ${pick(OBJECTS)} ${pick(TAILS)}.`);
        } else body(`${indent}${glyph} ${s}`, { bullet: true });
      }
      if (r() < 0.25)
        body(
          `${indent}${glyph} ${pick(["Stack", "Tech stack", "Tools"])}: ${[pick(STACK), pick(STACK), pick(STACK)].join(", ")}`,
          { bullet: true },
        );
      if (r() < 0.15)
        body(`${indent}${glyph} ${[pick(STACK), pick(STACK), pick(STACK), pick(STACK)].join(", ")}`, {
          bullet: true,
        });
    };
    const entries = 2 + Math.floor(r() * 3);
    const layout = Math.floor(r() * 9);
    for (let e = 0; e < entries; e++) {
      const c = caps(pick(COMPANIES));
      const t = pick(TITLES);
      const p = pick(PLACES);
      const d = dates();
      switch (layout) {
        case 0: // LaTeX template, pdftotext -layout
          head(`• ${c}                              ${p}`, { bullet: true });
          head(`  ${t}                              ${d}`);
          bullets("◦", "     ");
          break;
        case 1: // the same without -layout: each piece on its own line
          head(`• ${c}`, { bullet: true });
          blank();
          head(p);
          blank();
          head(t);
          head(d);
          bullets("◦", "");
          blank();
          break;
        case 2: // "Title, Company    dates" over bullets
          head(`${t}, ${c}                 ${d}`);
          bullets("•", "");
          break;
        case 3: // company line, then "Title   dates"
          head(c);
          head(`${t}                    ${d}`);
          bullets("-", "");
          if (r() < 0.5) blank();
          break;
        case 4: // pipes
          head(`${t} | ${c} | ${d}`, { strong: [t] });
          blank();
          bullets("*", "");
          blank();
          break;
        case 5: // dates first, prose under it
          head(`${d}    ${c.toUpperCase()}, ${t} ------------------ ${p}`);
          body(`     ${sentence().replace(/\.$/, "")}, ${pick(OBJECTS)}`);
          body(`     ${pick(OBJECTS)} ${pick(TAILS)}.`);
          blank();
          break;
        case 6: // Markdown heading "Title at Company", dates in italics, a paragraph
          head(`${t} at ${c}`, { heading: 3 });
          head(d);
          body(`${sentence().replace(/\.$/, "")} ${pick(TAILS)}, and ${pick(OBJECTS)} ${pick(TAILS)}.`);
          blank();
          break;
        case 7: // title, company and place on their own lines, dates last
          head(t);
          head(`${c}, ${p}`);
          head(d);
          bullets("•", "");
          blank();
          break;
        default: // "Company — Place" then "Title (dates)"
          head(`${c} — ${p}`, { strong: [c] });
          head(`${t} (${d})`);
          bullets("–", "");
          blank();
      }
    }
    out.push({ lines, labels });
  }
  return out;
}

/** Binary logistic regression by stochastic gradient descent, in a fixed order, L2-regularised. */
function fit(samples: Sample[], passes: number): LinearModel {
  const w = new Map<string, number>();
  let b = 0;
  const l2 = 1e-4;
  const data: { f: string[]; y: number }[] = [];
  for (const s of samples)
    s.lines.forEach(
      (l, i) =>
        s.labels[i] !== undefined && l.text && data.push({ f: lineFeatures(s.lines, i), y: s.labels[i]! }),
    );
  for (let pass = 0; pass < passes; pass++) {
    const rate = 0.2 / (1 + pass);
    for (const { f, y } of data) {
      let z = b;
      for (const x of f) z += w.get(x) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - y;
      b -= rate * g;
      for (const x of f) w.set(x, (w.get(x) ?? 0) * (1 - rate * l2) - rate * g);
    }
  }
  // Two labels, one score each: header = +z/2, body = -z/2 (the same decision as the sigmoid).
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  for (const k of [...w.keys()].sort()) {
    const v = round(w.get(k)! / 2);
    if (v !== 0) weights[k] = [-v, v];
  }
  return { labels: ["body", "header"], bias: [round(-b / 2), round(b / 2)], weights };
}

/** The model as the TypeScript module it is shipped as. */
export function render(m: LinearModel): string {
  return renderModel("headerLineModel", "scripts/train-header-lines.ts", m);
}

export function train(): LinearModel {
  return fit(generate(20261202, 600), 4);
}

/** Accuracy of a model on freshly generated samples (another seed). */
export function heldOut(model: LinearModel, decide: (lines: Line[], i: number) => boolean): number {
  let ok = 0;
  let n = 0;
  for (const s of generate(7, 200)) {
    s.lines.forEach((l, i) => {
      if (s.labels[i] === undefined || !l.text) return;
      n++;
      if (decide(s.lines, i) === (s.labels[i] === 1)) ok++;
    });
  }
  void model;
  return ok / n;
}
