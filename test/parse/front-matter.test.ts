/**
 * Markdown pages written for static-site generators: YAML front matter (Pandoc, Jekyll), TOML
 * front matter (Hugo, Zola) and template tags (Hugo shortcodes, Liquid). Invented people.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { readFrontMatter } from "../../src/parse/read/front-matter.js";

const parse = (text: string, file = "cv.md") => parseDocument(text, { file, format: "markdown" }).profile;

describe("front matter", () => {
  it("Pandoc YAML: the author, e-mail, phone and place are the person's; the rest is metadata", () => {
    const cv = [
      "---",
      'title: "Résumé"',
      "author: Halvard Quimby-Assefa",
      "email: h.quimby@larchpost.example",
      'phone: "+47 912 34 567"',
      "address: Tromsø, Norway",
      "papersize: a4",
      "header-includes:",
      "  - \\usepackage{fontspec}",
      "...",
      "",
      "Marine biologist turned data engineer.",
      "",
      "# Experience",
      "",
      "**Data Engineer**, Polarkant Fisheries, 2019 -- present",
      "",
      "# Skills",
      "",
      "Python, dbt, Airflow",
    ].join("\n");
    const p = parse(cv);
    expect(p.basics?.name).toBe("Halvard Quimby-Assefa");
    expect(p.basics?.email).toBe("h.quimby@larchpost.example");
    expect(p.basics?.phone).toBe("+47 912 34 567");
    expect(p.basics?.summary).toBe("Marine biologist turned data engineer.");
    expect(JSON.stringify(p)).not.toMatch(/papersize|fontspec|Résumé/);
    expect(p.work?.[0]?.name).toBe("Polarkant Fisheries");
  });

  it("Jekyll YAML with the person in a nested `author:` table, and Liquid tags in the text", () => {
    const cv = [
      "---",
      "layout: resume",
      "permalink: /cv/",
      "author:",
      "  name: Marisol Tebbutt-Okafor",
      "  email: marisol@tebbutt.example",
      "  github: mtebbutt",
      "---",
      "{% include header.html %}",
      "",
      "## Experience",
      "",
      "### Lead Designer, Ormsby Print Works",
      "2020 – present",
      "",
      "## Skills",
      "",
      "Figma, InDesign {{ site.skills_note }}",
    ].join("\n");
    const p = parse(cv);
    expect(p.basics?.name).toBe("Marisol Tebbutt-Okafor");
    expect(p.basics?.email).toBe("marisol@tebbutt.example");
    expect(p.basics?.profiles?.map((x) => [x.network, x.username])).toEqual([["GitHub", "mtebbutt"]]);
    expect(JSON.stringify(p)).not.toMatch(/include|layout|permalink|site\.|\{\{|\{%/);
    expect(p.skills?.flatMap((s) => s.keywords ?? [])).toEqual(["Figma", "InDesign"]);
  });

  it("Hugo TOML (+++) with tables and shortcodes: nothing of them in the summary or the skills", () => {
    const cv = [
      "+++",
      'title = "Werdegang"',
      "date = 2025-11-02T10:00:00+01:00",
      'description = "Cloud, Netzwerke und etwas Elixir"',
      "[params]",
      '  author = "Wiebke Sandhövel"',
      '  email = "wiebke@sandhoevel.example"',
      "+++",
      "",
      '{{< figure src="/me.png" alt="Foto" >}}',
      "",
      "Netzwerkerin aus Bremen.",
      "",
      "## Berufserfahrung",
      "",
      "### Netzwerkadministratorin · Weserkante Logistik GmbH, Bremen",
      "*Mai 2019 – heute*",
      "",
      "## Kenntnisse",
      "",
      "{{< tags >}}",
      "Cisco · Ansible · Elixir",
      "{{< /tags >}}",
      "{{< abstand 2 >}}",
    ].join("\n");
    const p = parse(cv);
    expect(p.basics?.name).toBe("Wiebke Sandhövel");
    expect(p.basics?.email).toBe("wiebke@sandhoevel.example");
    expect(p.basics?.summary).toBe("Netzwerkerin aus Bremen.");
    expect(JSON.stringify(p)).not.toMatch(/\+\+\+|figure|\{\{|description|Werdegang|tags/);
    expect(p.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Kenntnisse", ["Cisco", "Ansible", "Elixir"]],
    ]);
    expect(p.work).toHaveLength(1);
  });

  it("a page's title is the page's, not the person's name; a rule at the top is no front matter", () => {
    const titled = "---\nlayout: cv\ntitle: Osric Valdane's CV\n---\n\n# Osric Valdane\n\nSurveyor.\n";
    expect(parse(titled).basics).toMatchObject({ name: "Osric Valdane", summary: "Surveyor." });
    const ruled = "---\n# Petra Lindqvist-Mbeki\n---\n\n## Experience\n";
    expect(readFrontMatter(ruled.split("\n"))).toBeUndefined();
    expect(parse(ruled).basics?.name).toBe("Petra Lindqvist-Mbeki");
  });

  it("a block that does not parse is still dropped, with no fields taken from it", () => {
    const fm = readFrontMatter(["---", "author: [unclosed", "email: x@y.example", "---", "text"]);
    expect(fm).toMatchObject({ from: 0, to: 3, lines: [] });
    const p = parse("---\nauthor: [unclosed\n---\n\n# Edda Korhonen\n");
    expect(p.basics?.name).toBe("Edda Korhonen");
  });
});
