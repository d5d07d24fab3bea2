/**
 * Names as people write them at the top of a résumé: with a nickname between the names,
 * quoted (straight or curly) or in parentheses. The name is kept as written. Invented people.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const nameOf = (first: string) =>
  parseDocument(`${first}\nsol@mailhaven.example\nLeeds, UK\n\nSKILLS\nGo, SQL\n`, {
    file: "cv",
    format: "text",
  }).profile.basics?.name;

describe("a name with a nickname between its names", () => {
  it("is read as the name, in straight quotes, curly quotes and parentheses", () => {
    for (const n of [
      'Solveig "Sol" Haraldsen',
      "Solveig “Sol” Haraldsen",
      "Solveig ‘Sol’ Haraldsen",
      "Solveig (Sol) Haraldsen",
    ])
      expect(nameOf(n), n).toBe(n);
  });

  it("in capitals too, and with a middle name after the nickname", () => {
    expect(nameOf('BARNABY "BAZ" OKONKWO-LEE')).toBe('Barnaby "Baz" Okonkwo-Lee');
    expect(nameOf("Jun-seo 'JJ' Min Park")).toBe("Jun-seo 'JJ' Min Park");
  });

  it("a quoted phrase that is no nickname is still no name", () => {
    expect(nameOf('Building "Reliable" Systems')).toBeUndefined();
  });
});
