import { describe, expect, it } from "vitest";
import { readLines } from "../../../src/parse/read/index.js";

const read = (text: string) => readLines(text, [], "cv.md").filter((l) => l.text);
const spans = (text: string) =>
  read(text).map((l) => (l.marks ?? []).map((m) => [m.kind, l.text.slice(m.start, m.end), m.url ?? null]));

describe("Markdown reader: inline spans from the lexer", () => {
  it("keeps bold, italic (nested in bold) and link spans with their offsets in the cleaned text", () => {
    const lines = read(
      "### **Platform Engineer** [Quillfeather](https://quillfeather.example)\n\n**Analyst, *Borealis Maps Ltd***, Tromsø\n",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Platform Engineer Quillfeather",
      "Analyst, Borealis Maps Ltd, Tromsø",
    ]);
    expect(lines[0]!.heading).toBe(3);
    expect(spans("### **Platform Engineer** [Quillfeather](https://quillfeather.example)")).toEqual([
      [
        ["bold", "Platform Engineer", null],
        ["link", "Quillfeather", "https://quillfeather.example"],
      ],
    ]);
    expect(spans("**Analyst, *Borealis Maps Ltd***, Tromsø")).toEqual([
      [
        ["bold", "Analyst, Borealis Maps Ltd", null],
        ["italic", "Borealis Maps Ltd", null],
      ],
    ]);
  });

  it("reads list items, quotes and code spans; a line the lexer reads otherwise keeps no marks", () => {
    expect(spans("- Built the `ingest` service for *Larchmere*\n> **Note** here")).toEqual([
      [
        ["code", "ingest", null],
        ["italic", "Larchmere", null],
      ],
      [["bold", "Note", null]],
    ]);
    // Code spans side by side are a list to the splitter ("Go, Rust, Kafka"): the readings differ, so no marks.
    const list = read("**Stack:** `Go` `Rust` `Kafka`");
    expect(list.map((l) => l.text)).toEqual(["Stack: Go, Rust, Kafka"]);
    expect(list[0]!.marks).toBeUndefined();
    // A link the splitter read from HTML is kept beside the lexer's spans.
    const html = read('<a href="https://site.example">Site</a> and **bold**')[0]!;
    expect(html.links).toEqual([{ text: "Site", url: "https://site.example" }]);
    expect(html.marks?.map((m) => m.kind)).toEqual(["bold"]);
  });
});

describe("Markdown reader: code fences", () => {
  it("a fence only frames its lines: the lines inside are read, the fence lines are blank", () => {
    const lines = readLines("```text\nNoor Haddad\n\nEXPERIENCE\n```\n", [], "cv.md");
    expect(lines.filter((l) => l.text).map((l) => l.text)).toEqual(["Noor Haddad", "EXPERIENCE"]);
    expect(lines[0]!.text).toBe("");
  });
});
