/**
 * Deterministic synthetic résumé libraries for benchmarks: `synthProfiles(n, seed)` gives
 * the same n profiles for the same seed on every machine (own PRNG, no Math.random).
 * Vocabularies are résumé-like: companies, positions, teams, cities, stacks, bullet
 * templates with figures, project kinds and metrics, schools, degrees, languages.
 *
 *   import { synthLibrary } from "../bench/synth.js";
 *   const library = synthLibrary(10_000); // Library of 10,000 profiles, seed 1
 */
import { Library, makeEntries } from "../src/library/library.js";
import type { Profile } from "../src/profile/schema.js";

import { prng } from "../scripts/model-file.js";

const FIRST = `Aarav Abhirag Ada Adele Aditi Ahmed Aiko Alejandro Alice Amara Ana Andrei Anika Arjun Astrid
Bao Beatriz Bilal Bjorn Camila Carlos Chen Chiara Chloe Dara Dev Diego Dmitri Elena Elif Emeka Emma Farah Felix
Fatima Gabriel Grace Hana Hiro Ines Ivan Jae Jamal Jana Javier Jin Joao Jonas Julia Kai Kamal Karin Kenji Kofi
Lars Leila Li Lucas Luis Maya Mei Mateo Mia Mohamed Nadia Naveen Nikhil Noah Nora Olga Omar Pablo Priya Rahul
Ravi Rosa Sakura Samir Sara Sofia Sven Tariq Tomas Utkarsh Valentina Vikram Wei Yara Yusuf Zainab Zoe Zhang`.split(
  /\s+/,
);
const LAST =
  `Adeyemi Agarwal Alvarez Andersen Awasthi Bauer Bianchi Brown Castillo Chatterjee Chen Costa Da Silva
Dubois Eriksson Fernandez Fischer Garcia Gupta Haddad Hansen Hernandez Ibrahim Ivanova Jensen Johnson Kapoor Kim
Kowalski Kumar Larsen Lee Lopez Martin Mehta Meyer Moreau Muller Nakamura Nguyen Novak Okafor Olsen Park Patel
Petrov Popescu Rao Reddy Rossi Santos Sato Schmidt Sharma Silva Singh Smith Suzuki Tanaka Torres Tran Wagner Wang
Weber Williams Wong Yamamoto Yilmaz Zhang Zhou`
    .split(/\s+/)
    .filter((s) => s !== "Da");
const COMPANIES =
  `Cloudflare|Stripe|Shopify|Datadog|Atlassian|Spotify|Netflix|Uber|Lyft|Airbnb|Canva|Razorpay|Zomato
Swiggy|Flipkart|Freshworks|Zerodha|Postman|Grafana Labs|Confluent|Elastic|MongoDB|Snowflake|Databricks|HashiCorp|GitLab
Vercel|Fastly|Akamai|Twilio|Zendesk|Intercom|Klarna|Adyen|Revolut|Monzo|N26|Booking.com|Zalando|Delivery Hero|SAP
Siemens|Bosch|Ericsson|Nokia|Philips|ASML|Criteo|Doctolib|Mistral AI|DeepMind|Hewlett-Packard|Oracle|IBM|Intel
Nvidia|AMD|Arm|Qualcomm|Samsung|Sony|Rakuten|Mercari|LINE|Grab|Gojek|Sea|Tokopedia|Nubank|MercadoLibre|Rappi
Attentive Mobile|Aspire|Shuttl|VerSe Innovation|Mockint|Acme Corp|Initech|Globex|Umbrella Labs|Hooli|Pied Piper`.split(
    /[|\n]/,
  );
const LEVELS = ["", "Senior ", "Staff ", "Principal ", "Lead ", "Junior ", "Senior ", ""];
const ROLES =
  `Software Engineer|Backend Engineer|Frontend Engineer|Systems Engineer|Site Reliability Engineer|Data Engineer
Machine Learning Engineer|Platform Engineer|Infrastructure Engineer|Security Engineer|Mobile Engineer|DevOps Engineer
Full Stack Developer|Data Scientist|Engineering Manager|Product Engineer|Research Engineer|Database Engineer
Embedded Software Engineer|Solutions Architect|Developer Advocate|QA Engineer|Compiler Engineer|Founder`.split(
    /[|\n]/,
  );
const TEAMS =
  `Platform|Payments|Search|Growth|Core Infrastructure|Data Platform|Observability|Identity|Messaging
Personalization|Ads|Storage|Networking|Developer Experience|Mobile|Risk|Recommendations|Edge|Billing|Security`.split(
    /[|\n]/,
  );
const CITIES =
  `Bengaluru|Berlin|San Francisco|London|Paris|Amsterdam|Tokyo|Singapore|Toronto|New York|Seattle|Austin
Dublin|Stockholm|Zürich|München|São Paulo|Mexico City|Lagos|Nairobi|Sydney|Melbourne|Seoul|Hyderabad|Pune|Remote`.split(
    /[|\n]/,
  );
const LANGS =
  `Rust|Go|Python|Java|Kotlin|TypeScript|JavaScript|C|C++|C#|Scala|Elixir|Erlang|Haskell|OCaml|Zig|Ruby|PHP
Swift|Lua|SQL|Clojure|F#|Julia|R|Dart`.split(/[|\n]/);
const TECH =
  `Kafka|Pulsar|NATS|RabbitMQ|PostgreSQL|MySQL|Redis|RocksDB|LMDB|DuckDB|SQLite|Cassandra|DynamoDB|MongoDB
Elasticsearch|ClickHouse|Snowflake|BigQuery|Spark|Flink|Airflow|dbt|Kubernetes|Docker|Nomad|Terraform|Ansible
Consul|Vault|AWS|GCP|Azure|Prometheus|Grafana|OpenTelemetry|Datadog|Jaeger|gRPC|GraphQL|REST|Protobuf|Tokio|Axum
Actix|Hyper|Django|Flask|FastAPI|Spring Boot|Node.js|React|Next.js|Vue|Svelte|Tailwind|PyTorch|TensorFlow
scikit-learn|Pandas|NumPy|Polars|ONNX Runtime|CUDA|WebAssembly|Linux|eBPF|Nginx|Envoy|Istio|Helm|ArgoCD|Jenkins
GitHub Actions|Bazel|Cargo|Make|CMake|Pingora|OpenResty|Celery|Sidekiq|Rails|Phoenix|Ecto|Keda`.split(
    /[|\n]/,
  );
const VERBS =
  `Led|Built|Designed|Implemented|Rewrote|Scaled|Migrated|Optimized|Reduced|Improved|Owned|Launched
Architected|Automated|Shipped|Introduced|Maintained|Profiled|Refactored|Mentored|Drove|Established`.split(
    /[|\n]/,
  );
const THINGS =
  `a distributed notification engine|the payments ledger|a feature store for real-time ML inference
the search ranking pipeline|an event streaming platform|the billing service|a multi-tenant API gateway
the recommendation engine|a reverse proxy|the observability stack|a column store for analytics|the mobile release train
a rate limiter|the CI pipeline|an internal developer platform|a data lake ingestion layer|the fraud detection models
a vector similarity search service|the authentication service|a job scheduler|a change data capture pipeline
the edge cache|a schema registry|the experimentation platform|a GraphQL federation layer|the inventory system`.split(
    /[|\n]/,
  );
const OUTCOMES =
  `cutting p99 latency from {a}ms to {b}ms|serving {n} million requests per day|saving \${n}k per year in cloud costs
with zero downtime over {m} months|handling {n}k events per second|improving conversion by {p}%|reducing incidents by {p}%
for {n} million users|across {m} teams|at 99.99% availability|replacing a legacy monolith|lowering memory use by {p}%
processing {n} TB of data daily|shrinking build times by {p}%|with {m} engineers`.split(/[|\n]/);
const SCHOOLS =
  `Indian Institute of Technology Bombay|IIT Delhi|BITS Pilani|Stanford University|MIT|Carnegie Mellon University
University of Cambridge|University of Oxford|ETH Zürich|EPFL|Technische Universität München|University of Tokyo
National University of Singapore|University of Waterloo|University of Toronto|UC Berkeley|Georgia Tech
Dhirubhai Ambani Institute of Information and Communication Technology|Universidade de São Paulo|KTH Royal Institute of Technology
Tsinghua University|Seoul National University|University of Lagos|University of Nairobi|Politecnico di Milano`.split(
    /[|\n]/,
  );
const DEGREES = [
  "Bachelor of Technology",
  "Bachelor of Science",
  "Master of Science",
  "Master of Engineering",
  "PhD",
  "B.E.",
  "M.Tech",
];
const AREAS =
  `Computer Science|Information and Communication Technology|Electrical Engineering|Mathematics|Physics
Data Science|Software Engineering|Electronics and Communication|Statistics|Mechanical Engineering`.split(
    /[|\n]/,
  );
const KINDS = ["crate", "library", "cli", "web", "fork", "service", "plugin", "paper", "npm package", "app"];
const ADJ =
  `Smol|Fast|Tiny|Quick|Lazy|Rusty|Silent|Bright|Deep|Open|Flux|Hyper|Nano|Meta|Sharp|Swift|Iron|Paper|Cloud|Stream`.split(
    "|",
  );
const NOUN =
  `Queue|Cache|Proxy|Store|Index|Graph|Router|Parser|Engine|Ledger|Lens|Forge|Relay|Beacon|Vault|Atlas|Pipe|Grid|Kit|Scope`.split(
    "|",
  );
const SPOKEN = [
  "English",
  "Hindi",
  "Spanish",
  "German",
  "French",
  "Japanese",
  "Portuguese",
  "Mandarin",
  "Tamil",
  "Arabic",
  "Korean",
  "Swahili",
];
const FLUENCY = ["Native", "Fluent", "Professional", "Conversational", "Basic"];
const HOBBIES =
  `Climbing|Chess|Photography|Cycling|Open source|Mechanical keyboards|Cooking|Running|Board games|Jazz|Woodworking|Sci-fi`.split(
    "|",
  );
const CERTS = [
  "AWS Certified Solutions Architect",
  "Certified Kubernetes Administrator",
  "Google Professional Data Engineer",
  "HashiCorp Certified Terraform Associate",
  "CISSP",
];
const SUMMARY =
  `{role} with {y} years of experience building {thing}.|Passionate about {tech} and {tech2}; {role} at heart.
{y}+ years shipping reliable systems in {lang} and {lang2}.|I build {thing} and care about performance, simplicity and on-call sanity.`.split(
    /[|\n]/,
  );

export function synthProfile(rand: () => number, index: number): Profile {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const n = int(lo, hi);
    const out = new Set<T>();
    while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
    return [...out];
  };
  const fill = (tpl: string, role: string) =>
    tpl
      .replace(/\{a\}/g, () => String(int(200, 900)))
      .replace(/\{b\}/g, () => String(int(5, 120)))
      .replace(/\{n\}/g, () => String(int(2, 500)))
      .replace(/\{m\}/g, () => String(int(2, 36)))
      .replace(/\{p\}/g, () => String(int(10, 90)))
      .replace(/\{y\}/g, () => String(int(3, 20)))
      .replace(/\{role\}/g, role)
      .replace(/\{thing\}/g, () => pick(THINGS))
      .replace(/\{tech2?\}/g, () => pick(TECH))
      .replace(/\{lang2?\}/g, () => pick(LANGS));
  // Internal code names make the vocabulary grow with the library, as real text does.
  const SYL = [
    "ka",
    "zo",
    "ri",
    "ven",
    "tor",
    "mi",
    "lu",
    "sha",
    "qu",
    "dex",
    "ar",
    "no",
    "bel",
    "tri",
    "os",
  ];
  const codename = () => {
    const w = Array.from({ length: int(2, 3) }, () => pick(SYL)).join("");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const bullet = (stack: string[]) => {
    const tech = stack.length ? ` in ${pick(stack)}` : "";
    const code = rand() < 0.3 ? ` (${codename()})` : "";
    return fill(`${pick(VERBS)} ${pick(THINGS)}${code}${rand() < 0.6 ? tech : ""}, ${pick(OUTCOMES)}`, "");
  };
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const role = `${pick(LEVELS)}${pick(ROLES)}`;
  let year = 2026;
  const work = Array.from({ length: int(1, 5) }, (_, i) => {
    const stack = [...some(LANGS, 1, 3), ...some(TECH, 2, 5)];
    const end = year;
    const start = end - int(1, 4);
    year = start;
    return {
      name: pick(COMPANIES),
      position: i === 0 ? role : `${pick(LEVELS)}${pick(ROLES)}`,
      ...(rand() < 0.5 ? { team: `${pick(TEAMS)} Team` } : {}),
      location: pick(CITIES),
      startDate: `${start}-${String(int(1, 12)).padStart(2, "0")}`,
      ...(i === 0 && rand() < 0.6
        ? { ongoing: true }
        : { endDate: `${end}-${String(int(1, 12)).padStart(2, "0")}` }),
      highlights: Array.from({ length: int(2, 5) }, () => bullet(stack)),
      keywords: stack,
    };
  });
  const projects = Array.from({ length: int(0, 4) }, () => {
    const stack = [...some(LANGS, 1, 2), ...some(TECH, 1, 3)];
    return {
      name: `${pick(ADJ)} ${pick(NOUN)}`,
      type: pick(KINDS),
      ...(rand() < 0.4
        ? {
            metric: `${int(1, 900)}${pick(["k", "M"])} ${pick(["downloads", "stars", "users", "requests/day"])}`,
          }
        : {}),
      description: fill(`A {thing} written in ${stack[0]}.`, role),
      highlights: Array.from({ length: int(0, 3) }, () => bullet(stack)),
      keywords: stack,
    };
  });
  const education = Array.from({ length: int(1, 2) }, () => ({
    institution: pick(SCHOOLS),
    studyType: pick(DEGREES),
    area: pick(AREAS),
    startDate: String(int(1995, 2018)),
    ...(rand() < 0.3 ? { notes: [`GPA ${int(6, 9)}.${int(0, 9)}/10`] } : {}),
  }));
  return {
    basics: {
      name,
      label: role,
      tags: some([...LANGS, ...TECH], 2, 5),
      email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${index}@example.com`,
      summary: fill(pick(SUMMARY), role),
      location: { city: pick(CITIES) },
    },
    work,
    projects,
    skills: [
      { name: "Languages", keywords: some(LANGS, 2, 6) },
      { name: "Backend", keywords: some(TECH, 3, 8) },
      { name: "Infrastructure", keywords: some(TECH, 2, 6) },
    ],
    education,
    languages: some(SPOKEN, 1, 3).map((language) => ({ language, fluency: pick(FLUENCY) })),
    interests: some(HOBBIES, 0, 3).map((h) => ({ name: h })),
    ...(rand() < 0.2 ? { certificates: [{ name: pick(CERTS), issuer: "Certification Board" }] } : {}),
  };
}

/** `n` synthetic profiles, the same for the same seed. */
export function synthProfiles(n: number, seed = 1): Profile[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => synthProfile(rand, i));
}

/** A Library of `n` synthetic profiles (files `synth/NNNNN.md`). */
export function synthLibrary(n: number, seed = 1): Library {
  const items = synthProfiles(n, seed).map((profile, i) => ({
    profile,
    file: `synth/${String(i).padStart(5, "0")}.md`,
    format: "markdown" as const,
  }));
  return new Library(makeEntries(items));
}

/**
 * A folder of `n` résumé files (Markdown, as `resumes export -f markdown` writes them),
 * 1,000 per subfolder, made once per (n, seed) under `root` and reused after.
 */
export async function synthFolder(root: string, n: number, seed = 1): Promise<string> {
  const { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { renderProfileMarkdown } = await import("../src/print/markdown.js");
  const dir = join(root, `synth-${n}-${seed}`);
  if (existsSync(join(dir, ".complete"))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const library = synthLibrary(n, seed);
  library.entries.forEach((e, i) => {
    const sub = join(tmp, `part-${String(Math.floor(i / 1000)).padStart(3, "0")}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(6, "0")}-${e.id}.md`), renderProfileMarkdown(e));
  });
  writeFileSync(join(tmp, ".complete"), "");
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}
