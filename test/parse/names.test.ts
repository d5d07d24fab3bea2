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

describe("a name inside a title line", () => {
  const mdName = (first: string) =>
    parseDocument(`${first}\n\nsol@mailhaven.example\n\n## Skills\n\nGo, SQL\n`, {
      file: "cv.md",
      format: "markdown",
    }).profile.basics?.name;

  it("after the document's own word: 'Résumé — Name', 'CV: Name', 'Curriculum Vitae of Name'", () => {
    expect(mdName("# Résumé — Tamsin Oyelaran-Voss")).toBe("Tamsin Oyelaran-Voss");
    expect(mdName("# CV: Tamsin Oyelaran-Voss")).toBe("Tamsin Oyelaran-Voss");
    expect(mdName("# Curriculum Vitae of Tamsin Oyelaran-Voss")).toBe("Tamsin Oyelaran-Voss");
  });

  it("in a greeting with an emoji after its first word ('Hi 👋, I'm Name'), in HTML too", () => {
    expect(mdName("# Hi 👋, I'm Tamsin Oyelaran-Voss")).toBe("Tamsin Oyelaran-Voss");
    expect(mdName('<h1 align="center">Hello 🙌! I am Tamsin Oyelaran-Voss</h1>')).toBe(
      "Tamsin Oyelaran-Voss",
    );
  });
});
