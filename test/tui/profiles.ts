/** Test profiles built in code (no parser): a factory with sensible, overridable parts. */
import { Library, makeEntries } from "../../src/library/library.js";
import type { Profile } from "../../src/profile/schema.js";

export function person(name: string | undefined, extra: Partial<Profile> = {}): Profile {
  const slug = (name ?? "anon").toLowerCase().replace(/\W+/g, ".");
  return {
    basics: {
      ...(name ? { name } : {}),
      label: "Systems Engineer",
      tags: ["Rust", "Distributed systems", "London"],
      email: `${slug}@example.com`,
      url: `https://${slug}.example.com`,
      location: { city: "London", countryCode: "UK" },
      summary: `${name ?? "This person"} builds fast, boring infrastructure.`,
    },
    work: [
      {
        name: "Cloudflare",
        position: "Systems Engineer",
        team: "Rulesets Engine",
        location: "London, UK",
        startDate: "2026-01",
        ongoing: true,
        highlights: [
          "Working on the rules engine that powers the firewall at global scale.",
          "Configuration distribution across the worldwide network.",
        ],
        keywords: ["Rust", "Go", "Tokio"],
      },
      {
        name: "Whistler Trading",
        position: "Principal Engineer",
        location: "Dublin, IE",
        startDate: "2022-12",
        endDate: "2026-01",
        roles: [
          {
            position: "Trading Platform",
            note: "Joined Dec '22 · Promoted Nov '23",
            highlights: [
              "Led a team of 5 building a trading platform.",
              "Tick-to-order latency under 12 μs.",
            ],
          },
          { position: "Quant Research", highlights: ["Built the research framework end to end."] },
        ],
        keywords: ["Rust", "io_uring", "Clickhouse"],
      },
    ],
    projects: [
      {
        name: "directories",
        type: "crate",
        metric: "22M downloads",
        description: "Rust crate for config, cache and data file locations.",
        keywords: ["Rust"],
      },
      { name: "bus", type: "fork", description: "A wait-free broadcast channel." },
    ],
    skills: [
      { name: "Current stack", keywords: ["Rust", "Go", "Tokio", "Clickhouse", "Grafana"] },
      { name: "Previous stack", keywords: ["Python", "Spark"] },
    ],
    education: [
      {
        institution: "Indian Institute of Technology, Delhi",
        studyType: "B.Tech",
        area: "Mechanical",
        startDate: "2016-07",
        endDate: "2020-07",
        notes: ["Top 3 engineering university"],
      },
    ],
    interests: [{ name: "Reading" }, { name: "Photography" }],
    extra: [{ title: "Talks", lines: ["RustConf 2024: wait-free channels"] }],
    ...extra,
  };
}

export function libraryOf(profiles: Profile[]): Library {
  return new Library(
    makeEntries(
      profiles.map((profile, i) => ({ profile, file: `p${i}.json`, format: "jsonresume" as const })),
    ),
  );
}

/** A long experience section, to scroll. */
export function longProfile(name: string, jobs = 30): Profile {
  return person(name, {
    work: Array.from({ length: jobs }, (_, i) => ({
      name: `Company ${i + 1}`,
      position: `Engineer ${i + 1}`,
      startDate: `${2000 + (i % 20)}-01`,
      endDate: `${2001 + (i % 20)}-01`,
      highlights: [`Shipped thing number ${i + 1} with care.`, `Kept marker-${i + 1} running.`],
    })),
  });
}

export function manyProfiles(n: number): Profile[] {
  return Array.from({ length: n }, (_, i) => person(`Person ${String(i + 1).padStart(5, "0")}`));
}
