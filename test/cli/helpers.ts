/** A fake Io that records what a command writes, and a small library built from profiles. */
import type { Io } from "../../src/command/io.js";
import { Library, makeEntries } from "../../src/library/library.js";
import type { Profile } from "../../src/profile/schema.js";

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export function fakeIo(options: Partial<Io> = {}): FakeIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
    color: false,
    columns: 80,
    env: {},
    cwd: process.cwd(),
    acceptsPaths: true,
    ...options,
    out: () => out,
    err: () => err,
  };
}

export const ADA: Profile = {
  basics: {
    name: "Ada Lovelace-Byron",
    label: "Analytical Engine Programmer",
    tags: ["Notes", "Bernoulli numbers", "Poetical science"],
    email: "ada@example.org",
    url: "https://ada.example.org",
    summary:
      "Wrote the first published algorithm intended for a machine, with notes longer than the paper they annotate.",
    location: { city: "London", countryCode: "UK" },
    profiles: [{ network: "GitHub", url: "https://github.com/ada" }],
  },
  work: [
    {
      name: "Analytical Society",
      position: "Programmer",
      team: "Engine Notes",
      startDate: "2024-01",
      ongoing: true,
      highlights: [
        "Translated Menabrea's memoir and tripled its length with notes that describe loops, conditional branches and a table of operations for Bernoulli numbers.",
        "Argued that the engine could compose music.",
      ],
      keywords: ["Punched cards", "Mathematics"],
      source: { file: "ada.md", line: 10 },
    },
    {
      name: "Royal Society",
      position: "Correspondent",
      startDate: "2020-08",
      endDate: "2022-12",
      roles: [
        { position: "Reader", startDate: "2020-08", endDate: "2021-06", highlights: ["Read every paper."] },
        { position: "Senior Reader", startDate: "2021-06", endDate: "2022-12", note: "Promoted Jun '21" },
      ],
    },
  ],
  projects: [
    {
      name: "Note G",
      type: "paper",
      metric: "first program",
      keywords: ["Bernoulli"],
      description: "An algorithm for the engine.",
    },
  ],
  skills: [
    { name: "Mathematics", keywords: ["Calculus", "Probability"] },
    { name: "Languages", level: "Expert", keywords: ["French", "Italian"] },
  ],
  education: [
    {
      institution: "Home tutoring",
      area: "Mathematics",
      studyType: "Private",
      startDate: "1829",
      endDate: "1835",
      notes: ["Taught by De Morgan"],
    },
  ],
};

export const ADAM: Profile = {
  basics: { name: "Adam Smith", label: "Economist" },
  work: [{ name: "University of Glasgow", position: "Professor", startDate: "1751", endDate: "1764" }],
};

export const GRACE: Profile = {
  basics: { name: "Grace Hopper", label: "Compiler Pioneer" },
  work: [
    {
      name: "Navy",
      position: "Rear Admiral",
      startDate: "1943",
      endDate: "1986",
      highlights: ["Found a moth."],
    },
  ],
  skills: [{ name: "Languages", keywords: ["COBOL", "FLOW-MATIC"] }],
};

/** No name: labelled by its headline, id from the file name. */
export const NAMELESS: Profile = {
  basics: { label: "Staff Platform Engineer" },
  work: [{ name: "Example Corp", position: "Staff Engineer", startDate: "2019" }],
};

export const JOSE: Profile = { basics: { name: "José Núñez", label: "Data Engineer" } };

export function testLibrary(): Library {
  return new Library(
    makeEntries([
      { profile: ADA, file: "cvs/ada.md", format: "markdown" },
      { profile: ADAM, file: "cvs/adam.txt", format: "text" },
      { profile: GRACE, file: "cvs/grace.json", format: "jsonresume" },
      { profile: NAMELESS, file: "cvs/platform-lead.txt", format: "text" },
      { profile: JOSE, file: "cvs/jose.yaml", format: "yaml" },
    ]),
  );
}

export const ESC = "\u001b";
