/**
 * Markdown layouts met in real résumés, written again with invented people: the styles of a
 * header line (bold title, link to the employer's site, italic employer) tell its parts apart,
 * and an entry written as a heading starts at that heading.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const jobs = (text: string) =>
  (parseDocument(text, { file: "cv.md", format: "markdown" }).profile.work ?? []).flatMap((w) =>
    (w.roles ?? [w]).map((r) => [w.name ?? null, r.position ?? null, r.startDate ?? null]),
  );

describe("styled runs of a Markdown header line", () => {
  it("'### **Title** [Company](site)' over an italic date line: the link is the employer", () => {
    const cv = [
      "# Tomasz Wielgosz",
      "",
      "## Experience",
      "",
      "### **Senior Backend Developer** [Kettleburn Labs](https://kettleburn.example)",
      "",
      "*2021/04 - Present*",
      "",
      "Looked after the payment services of the shop.",
      "",
      "* Moved the ledger to an event log.",
      "",
      "### **后端开发工程师** [青岚数据](https://qinglan.example)",
      "",
      "*2018/02 - 2021/03*",
      "",
      "* 负责数据接口的开发。",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Kettleburn Labs", "Senior Backend Developer", "2021-04"],
      ["青岚数据", "后端开发工程师", "2018-02"],
    ]);
  });

  it("'**Title, *Company***, City' under a date line: the italic run is the employer, the rest the place", () => {
    const cv = [
      "# Ines Calloway",
      "",
      "## Work Experience",
      "`Mar. 2020 - Aug. 2022`",
      "__Support Engineer, *Ferrowind Systems, LLC*__, Tacoma, WA",
      "- Answered the tickets of the largest customers.",
      "",
      "`Jan. 2018 - Feb. 2020`",
      "**Junior Analyst, *Pellucid Freight***, Reno, NV",
      "- Built the weekly freight report.",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Ferrowind Systems, LLC", "Support Engineer", "2020-03"],
      ["Pellucid Freight", "Junior Analyst", "2018-01"],
    ]);
  });

  it("'Title at [Company](site)': the joining word is dropped and the link is the employer", () => {
    const cv = [
      "# Ola Brekke",
      "",
      "## Experience",
      "",
      "### Data Engineer at [Fjordline Maps](https://fjordline.example)",
      "2019 - 2023",
      "",
      "- Kept the tile servers fed.",
    ].join("\n");
    expect(jobs(cv)).toEqual([["Fjordline Maps", "Data Engineer", "2019"]]);
  });
});

describe("an entry written as a heading", () => {
  it("'### 2019 - 2022: Title, Company': the stack line of the entry above stays with that entry", () => {
    const cv = [
      "# Reto Ammann",
      "",
      "## Berufserfahrung",
      "",
      "### 2021 - Heute: Backend Entwickler, Lindenhof Software AG",
      "",
      "Entwicklung der Buchungsplattform mit Kotlin.",
      "",
      "_Kotlin, PostgreSQL, Kafka_",
      "",
      "### 2017 - 2021: Linux Administrator, Bergquell Net GmbH",
      "",
      "Betrieb der Linux Server.",
      "",
      "_Debian, Ansible_",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Lindenhof Software AG", "Backend Entwickler", "2021"],
      ["Bergquell Net GmbH", "Linux Administrator", "2017"],
    ]);
  });
});

describe("'### Title / Company' over an icon-led date line", () => {
  it("the slash parts the title from the employer; the icon goes and the rest of the date line is the place", () => {
    const cv = [
      "# Maëlle Gourvennec",
      "",
      "## 💼 Expériences",
      "",
      "### Chargée de Projet / Atelier Korrigan",
      "*📅 Mar 2024 - Maintenant / Quimper (29)*",
      "*- Suivi des chantiers et des budgets.*",
      "",
      "### Community Manager / Brasserie du Ponant",
      "*📅 Sept 2021 - Fev 2024 / 📍 Brest*",
      "*- Animation des réseaux sociaux.*",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Atelier Korrigan", "Chargée de Projet", "2024-03"],
      ["Brasserie du Ponant", "Community Manager", "2021-09"],
    ]);
    const work = parseDocument(cv, { file: "cv.md", format: "markdown" }).profile.work ?? [];
    expect(work.map((w) => w.location)).toEqual(["Quimper (29)", "Brest"]);
    expect(work[0]!.ongoing).toBe(true);
  });

  it("two titles on either side of the slash stay one title", () => {
    const cv = [
      "# Ana Ruivo",
      "",
      "## Experience",
      "",
      "### Designer / Developer, Pomar Studio",
      "2020 - 2023",
      "- Drew and built the shop.",
    ].join("\n");
    expect(jobs(cv)).toEqual([["Pomar Studio", "Designer / Developer", "2020"]]);
  });
});

describe("an office-building icon before a heading", () => {
  it("'### 🏢 Company (dates)' is the employer, with no title", () => {
    const cv = [
      "# 山田 花子",
      "",
      "## Experience",
      "",
      "### 🏢 株式会社ミナモ (2021.4-現在)",
      "",
      "- 決済 API の開発",
      "",
      "### 🏢 Kitehill Robotics (2018.4-2021.3)",
      "",
      "- Firmware for the arm controllers",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["株式会社ミナモ", null, "2021-04"],
      ["Kitehill Robotics", null, "2018-04"],
    ]);
  });
});

describe("furniture of a bold header line", () => {
  it("a link that names no one ('[website](url)') and an engagement note ('(paid)') are no parts", () => {
    const cv = [
      "# Eilidh Gow",
      "",
      "## Work History",
      "",
      "**Kelp Survey Team, 3rd Mar 2019 – Present (paid)**[*-website*](https://kelp.example)",
      "",
      "**Duties:** Counting urchins along the transects.",
      "",
      "**Saltmarsh Trust, 2nd Jun 2017 – 1st Feb 2019 (paid)** [pdf](https://trust.example/report.pdf)",
      "",
      "**Duties:** Planting and mapping the marsh.",
    ].join("\n");
    const work = parseDocument(cv, { file: "cv.md", format: "markdown" }).profile.work ?? [];
    expect(work.map((w) => [w.name, w.position ?? null, w.startDate])).toEqual([
      ["Kelp Survey Team", null, "2019-03"],
      ["Saltmarsh Trust", null, "2017-06"],
    ]);
  });
});

describe("a sentence in Chinese or Japanese under a job heading", () => {
  it("is the job's summary, not its title", () => {
    const cv = [
      "# 佐藤 陽向",
      "",
      "## 職務経歴",
      "",
      "### 🏢 株式会社ツバメ物流 (2019.4-2023.3)",
      "",
      "配送管理システムの設計から運用までをバックエンドエンジニアとして担当。",
      "",
      "- 配車 API の開発",
    ].join("\n");
    const work = parseDocument(cv, { file: "cv.md", format: "markdown" }).profile.work ?? [];
    expect(work.map((w) => [w.name, w.position ?? null, w.startDate])).toEqual([
      ["株式会社ツバメ物流", null, "2019-04"],
    ]);
    expect(work[0]!.summary).toContain("配送管理システム");
  });
});

describe("a résumé kept as one fenced block", () => {
  it("the name on the first line inside the fence is the name", () => {
    const cv = [
      "---",
      "title: CV",
      "---",
      "",
      "```text",
      "",
      "Noor Haddad",
      "",
      "EXPERIENCE",
      "",
      "2019-2023    Qamar Labs, Data Engineer",
      "```",
    ].join("\n");
    expect(parseDocument(cv, { file: "cv.md", format: "markdown" }).profile.basics?.name).toBe("Noor Haddad");
  });
});

describe("two employers in one heading", () => {
  it("'### Co A (dates) & Co B (dates)': each employer is a job with its own dates", () => {
    const cv = [
      "# Ilse Vandermeer",
      "",
      "## Experience",
      "",
      "### Marrowfield BV (2022.3-present) & Marrowfield Labs Ltd. (2020.6-2022.2)",
      "",
      "- Ran the release train of the booking apps.",
      "",
      "### Ostwind Software (2017.9-2020.5)",
      "",
      "- Built the timetable importer.",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Marrowfield BV", null, "2022-03"],
      ["Marrowfield Labs Ltd.", null, "2020-06"],
      ["Ostwind Software", null, "2017-09"],
    ]);
  });

  it("'Research & Development (dates)': one name with an ampersand stays one job", () => {
    const cv = [
      "# Ilse Vandermeer",
      "",
      "## Experience",
      "",
      "### Quillon Research & Development (2018-2021)",
      "",
      "- Ran the test lab.",
    ].join("\n");
    expect(jobs(cv)).toEqual([["Quillon Research & Development", null, "2018"]]);
  });
});

describe("an employer named after a place", () => {
  it("'### Title · Lund — dates' over its own place line: the town in the header is the employer", () => {
    const cv = [
      "# Ilse Marjoram",
      "",
      "## Experience",
      "",
      "### Data Engineer · Lund — Mar '19 → Jan '22",
      "",
      "*Hyderabad*",
      "",
      "- Moved the nightly loads to a queue.",
      "",
      "### Analyst · Lund — Feb '16 → Feb '19",
      "",
      "*Remote*",
      "",
      "- Wrote the monthly reports.",
    ].join("\n");
    // (One employer, two roles: the same town named twice is the same company.)
    expect(jobs(cv)).toEqual([
      ["Lund", "Data Engineer", "2019-03"],
      ["Lund", "Analyst", "2016-02"],
    ]);
  });
});

describe("reference-style links", () => {
  const doc = [
    "Casimir Oyelowo-Brandt",
    "======================",
    "",
    "Reach me on [my site][home] or at [the forge].",
    "",
    "[home]: https://oyelowo.example",
    '[the forge]: <https://forge.example/casimir> "my code"',
    "[tessel]: https://forge.example/casimir/tessel",
    "",
    "Side projects",
    "-------------",
    "",
    "* [Tessel][tessel]: a tiling window manager for small screens",
    "* [Brindle][]: a colour-palette picker",
    "",
    "[brindle]: https://forge.example/casimir/brindle",
  ].join("\n");
  const p = parseDocument(doc, { file: "cv.md", format: "markdown" }).profile;

  it("are read as links: the project is named by the link's text, not by '[Tessel][tessel]'", () => {
    expect(p.projects?.map((x) => x.name)).toEqual(["Tessel", "Brindle"]);
  });

  it("their definitions are no text of the document", () => {
    expect(JSON.stringify(p)).not.toContain("[home]");
    expect(JSON.stringify(p)).not.toContain("[tessel]");
  });
});
