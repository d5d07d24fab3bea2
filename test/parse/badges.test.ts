/**
 * GitHub profile READMEs: contact details given only as badges or icons (shields.io images
 * inside `mailto:` links, in Markdown or in HTML), skills as badge images. Invented people.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string) => parseDocument(text, { file: "README.md", format: "markdown" }).profile;

describe("contact badges", () => {
  it("an HTML badge inside <a href=mailto:> is the e-mail; no alt text lands in the summary", () => {
    const cv = [
      '<h1 align="center">Hey, I am Radomir Achterberg</h1>',
      "",
      '<p align="center">',
      '  <a href="mailto:rado%40achterberg.example"><img src="https://img.shields.io/badge/Mail-me-red" alt="Mail"/></a>',
      '  <a href="tel:+31612345678"><img src="/icons/phone.svg" alt="Phone"></a>',
      "</p>",
      "",
      "## Experience",
      "",
      "### Veldhoven Rail — Signalling Engineer",
      "Jan 2020 – present",
    ].join("\n");
    const p = parse(cv);
    expect(p.basics?.email).toBe("rado@achterberg.example");
    expect(p.basics?.phone).toBe("+31612345678");
    expect(JSON.stringify(p.basics)).not.toMatch(/Mail"|Phone/);
  });

  it("a Markdown badge linked to mailto:, and a badge whose message is the address", () => {
    const linked = [
      "# Fenna Oyelaran",
      "",
      "[![Email](https://img.shields.io/badge/-Email-c14438?logo=gmail)](mailto:fenna@oyelaran.example)",
      "[![LinkedIn](https://img.shields.io/badge/-LinkedIn-blue)](https://linkedin.com/in/fennao)",
      "",
      "## Skills",
      "",
      "![Rust](https://img.shields.io/badge/Rust-000?logo=rust) ![Elm](https://img.shields.io/badge/Elm-60B5CC)",
    ].join("\n");
    const p = parse(linked);
    expect(p.basics?.email).toBe("fenna@oyelaran.example");
    expect(p.skills?.flatMap((s) => s.keywords ?? [])).toEqual(["Rust", "Elm"]);
    const message = [
      "# Ilse Brandauer",
      "",
      "![Email](https://img.shields.io/badge/Email-ilse.b%40mail--box.example-D14836?style=flat)",
    ].join("\n");
    expect(parse(message).basics?.email).toBe("ilse.b@mail-box.example");
  });
});
