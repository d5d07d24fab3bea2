import { beforeEach, describe, expect, it, vi } from "vitest";
import { Library, makeEntries } from "../../src/library/library.js";
import type { Profile } from "../../src/profile/schema.js";
import { ESC, fakeIo } from "../cli/helpers.js";

// The loader is replaced by a library built in code, except where a test asks for the
// real one (the bundled seeds).
const load = vi.hoisted(() => ({ result: undefined as unknown, real: false }));
vi.mock("../../src/library/load.js", async (importActual) => {
  const actual = await importActual<typeof import("../../src/library/load.js")>();
  return {
    ...actual,
    loadLibrary: vi.fn(async (...args: Parameters<typeof actual.loadLibrary>) =>
      load.real ? actual.loadLibrary(...args) : load.result,
    ),
  };
});

const { command } = await import("../../src/commands/search.js");

const KAI: Profile = {
  basics: { name: "Kai Lindqvist", label: "Systems Engineer" },
  work: [
    {
      name: "Cloudflare",
      position: "Systems Engineer",
      highlights: [
        "Rewrote the edge rate limiter in Rust, cutting p99 latency from 40 ms to 6 ms across every point of presence in the network",
      ],
      keywords: ["Rust", "Kafka"],
    },
  ],
};
const MIA: Profile = {
  basics: { name: "Mia Okafor", label: "Data Engineer" },
  work: [
    { name: "Globex", position: "Data Engineer", highlights: ["Ran \u001b[31mKafka\u001b[0m clusters"] },
  ],
};

function library(): Library {
  return new Library(
    makeEntries([
      { profile: KAI, file: "kai.md", format: "markdown" },
      { profile: MIA, file: "mia.md", format: "markdown" },
    ]),
  );
}

beforeEach(() => {
  load.real = false;
  load.result = { library: library(), diagnostics: [] };
});

describe("resumes search", () => {
  it("prints ranked hits: who, section › entry, then the text with [brackets] when plain", async () => {
    const io = fakeIo();
    expect(await command.run(["rsut"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines[0]).toBe("Kai Lindqvist  Experience › Systems Engineer · Cloudflare");
    expect(lines[1]).toBe("  [Rust]");
    expect(io.out()).toContain("in [Rust], cutting");
    expect(io.out()).not.toContain(ESC);
    expect(io.err()).toBe("");
  });

  it("overview hits say which part: name, headline, tags", async () => {
    const io = fakeIo();
    expect(await command.run(["lindqvist"], io)).toBe(0);
    expect(io.out().split("\n")[0]).toBe("Kai Lindqvist  Overview › name");
    const head = fakeIo();
    await command.run([`="data engineer"`], head);
    expect(head.out()).toContain("Mia Okafor  Overview › headline\n  [Data Engineer]\n");
  });

  it("cuts long text around the match to the terminal width", async () => {
    const io = fakeIo({ isTTY: true, columns: 50 });
    expect(await command.run(["presence"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines[1]).toMatch(/^ {2}….*\[presence\]/);
  });

  it("in colour, matches are bold and underlined, no brackets", async () => {
    const io = fakeIo({ color: true, isTTY: true });
    expect(await command.run(["kafka"], io)).toBe(0);
    expect(io.out()).toContain(`${ESC}[1m${ESC}[4mKafka${ESC}[24m${ESC}[22m`);
    expect(io.out()).not.toContain("[Kafka]");
  });

  it("never prints control characters from the data", async () => {
    const io = fakeIo({ color: false });
    await command.run(["clusters"], io);
    expect(io.out()).toContain("Ran ");
    expect(io.out()).not.toContain(ESC);
  });

  it("--json prints the documented shape", async () => {
    const io = fakeIo();
    expect(await command.run(["kafka", "--json", "--limit", "2"], io)).toBe(0);
    const data = JSON.parse(io.out()) as { query: string; hits: Record<string, unknown>[] };
    expect(data.query).toBe("kafka");
    expect(data.hits).toHaveLength(2);
    expect(Object.keys(data.hits[0]!)).toEqual([
      "profile",
      "label",
      "section",
      "entry",
      "field",
      "text",
      "score",
      "ranges",
    ]);
    expect(data.hits[0]).toMatchObject({
      profile: "kai-lindqvist",
      label: "Kai Lindqvist",
      section: "experience",
      entry: 0,
      field: "keywords[1]",
      text: "Kafka",
      ranges: [[0, 5]],
    });
    expect(typeof data.hits[0]!.score).toBe("number");
  });

  it("several words make one query; --limit caps the hits", async () => {
    const io = fakeIo();
    expect(await command.run(["kafka", "globex", "-n", "1"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("Mia Okafor");
  });

  it("where paths are not accepted (SSH exec), every word is query text: no path is probed", async () => {
    const io = fakeIo({ acceptsPaths: undefined });
    expect(await command.run(["kafka", "/etc"], io)).toBe(1);
    expect(io.err()).toContain("nothing matches 'kafka /etc'");
  });

  it("exit 1 and a message when nothing matches", async () => {
    const io = fakeIo();
    expect(await command.run(["xylophone"], io)).toBe(1);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("nothing matches 'xylophone'");
    const json = fakeIo();
    expect(await command.run(["xylophone", "--json"], json)).toBe(1);
    expect(JSON.parse(json.out())).toEqual({ query: "xylophone", hits: [] });
  });

  it("exit 2 with a usage line: missing query, bad --limit, unknown option", async () => {
    for (const argv of [
      [],
      ["  "],
      ["rust", "--limit", "0"],
      ["rust", "--limit", "x"],
      ["rust", "--frobnicate"],
    ]) {
      const io = fakeIo();
      expect(await command.run(argv, io)).toBe(2);
      expect(io.err()).toContain("Usage: resumes search QUERY");
      expect(io.out()).toBe("");
    }
  });

  it("on the bundled seeds, `rsut` lists Rust hits from both Rust profiles", async () => {
    load.real = true;
    const io = fakeIo({ env: { HOME: "/nonexistent-home-for-test" } });
    expect(await command.run(["rsut", "--json", "--limit", "100"], io)).toBe(0);
    const data = JSON.parse(io.out()) as {
      hits: { profile: string; text: string; ranges: [number, number][] }[];
    };
    const rust = data.hits.filter((h) =>
      h.ranges.some(([s, e]) => h.text.slice(s, e).toLowerCase() === "rust"),
    );
    expect(new Set(rust.map((h) => h.profile)).size).toBeGreaterThanOrEqual(2);
  });
});
