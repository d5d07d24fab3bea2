// Documents that once made the parser hang or crawl (issue 10, "Hostile input") and generators of
// large random ones, shared by the fuzz test and the benchmark.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

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
    text: `jane.doe@example.com | Engineer. I build fast reliable backend services and APIs${" for teams".repeat(23)} with Node.js\n`,
  },
  { name: "a name and 100,000 empty lines", text: "Jane Doe\n" + "\n".repeat(100_000) },
  { name: "a seed repeated to 1 MB", text: repeatTo(seeds[0]!, 1_000_000) },
  {
    name: "100 KB of Current stack / Go Rust Kafka",
    text: repeatTo("Current stack\nGo Rust Kafka\n", 100_000),
  },
  {
    name: "a 5,000-character line of letters and punctuation",
    text: "Jane Doe\n" + "a".repeat(5000) + "!?.,;:".repeat(10) + "\n",
  },
  { name: "5,000 spaces before a comma", text: "Jane Doe\nSkills: Go" + " ".repeat(5000) + ", Rust\n" },
];

// Pieces résumés are made of, and the punctuation and white space regexes trip over.
const token = fc.oneof(
  fc.constantFrom(
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    ".",
    ". ",
    "..",
    ",",
    ", ",
    " | ",
    "|",
    "·",
    " • ",
    "-",
    " – ",
    ":",
    ";",
    "(",
    ")",
    "[",
    "](",
    "!",
    "?",
    "@",
    "#",
    "## ",
    "**",
    "_",
    "*",
    "=",
    "'",
    "’",
    "/",
    " / ",
    "Node.js",
    "jo@x.io",
    "https://x.io/a?b",
    "+1 555 0100",
    "Jane Doe",
    "Senior Engineer",
    "Acme Corp",
    "Berlin, Germany",
    "2019 – Present",
    "Jan 2020 - Mar 2021",
    "2016-2018",
    "EXPERIENCE",
    "Education",
    "Skills",
    "Projects",
    "Current stack",
    "Go Rust Kafka",
    "B.Sc. Computer Science",
    " bb",
    "aa",
  ),
  fc.string({ maxLength: 12 }),
);
export const tokenDoc = fc.array(token, { minLength: 100, maxLength: 6000 }).map((t) => t.join(""));
export const longLine = fc
  .tuple(fc.stringMatching(/^[a-zA-Z .,;:!?'’()|•·\t-]{0,40}$/), fc.integer({ min: 100, max: 400 }))
  .map(([s, n]) => "Jane Doe\n" + s.repeat(n) + "\n");
export const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.integer({ min: 1, max: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 30 })), { maxLength: 40 }),
  )
  .map(([doc, times, edits]) => {
    let text = doc.repeat(times);
    for (const [at, s] of edits) {
      const k = at % (text.length + 1);
      text = text.slice(0, k) + s + text.slice(k);
    }
    return text;
  });
