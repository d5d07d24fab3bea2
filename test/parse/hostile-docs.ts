// Documents that once made the parser hang or crawl (issue 10, "Hostile input"), shared by the
// fuzz test and the benchmark.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const seedDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
export const seeds: string[] = readdirSync(seedDir)
  .sort()
  .map((f) => readFileSync(seedDir + f, "utf8"));

/** `text` repeated until it is at least `size` characters long. */
export function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length));
}

const bomb = (n: number) => `jo@x.io | aa.${" bb".repeat(n)} x..\n`;

export const hostile: { name: string; text: string }[] = [
  // The exponential contact-piece regex: 96 bytes took 8 s, 138 never finished.
  { name: "96-byte regex bomb", text: bomb(26) },
  { name: "138-byte regex bomb", text: bomb(40) },
  {
    name: "324-byte pitch after an e-mail",
    text:
      "jane.doe@example.com | Engineer. I design and build fast and reliable backend services and data pipelines for small web product teams, " +
      "with a focus on clean code and testing and observability and mentoring and writing, and I love shipping with TypeScript and Go and Rust and C " +
      "and Kafka and Redis and PostgreSQL and Node.js\n",
  },
  { name: "a name and 100,000 empty lines", text: "Jane Doe\n" + "\n".repeat(100_000) },
  { name: "a seed repeated to 1 MB", text: repeatTo(seeds[0]!, 1_000_000) },
  { name: "100 KB of Current stack / Go Rust Kafka", text: repeatTo("Current stack\nGo Rust Kafka\n", 100_000) },
  { name: "a 5,000-character line of letters and punctuation", text: "Jane Doe\n" + "a".repeat(5000) + "!?.,;:".repeat(10) + "\n" },
  { name: "5,000 spaces before a comma", text: "Jane Doe\nSkills: Go" + " ".repeat(5000) + ", Rust\n" },
];
