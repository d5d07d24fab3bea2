import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { fold } from "../../src/parse/vocab/fold.js";
import { validateProfile } from "../../src/profile/schema.js";
import {
  columnKind,
  countryCode,
  degreeCue,
  institutionCue,
  isPlaceLine,
  isProgrammingLanguage,
  isTitleWord,
  orgCue,
  placeOf,
  productItems,
  productSpans,
  sectionKind,
} from "../../src/parse/vocab/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("vocabulary tables", () => {
  it("are what scripts/build-vocab.mjs makes from the installed packages, byte for byte", () => {
    const out = mkdtempSync(join(tmpdir(), "vocab-"));
    execFileSync(process.execPath, [join(root, "scripts/build-vocab.mjs"), "--out", out], { cwd: root });
    const dir = join(root, "src/parse/vocab/data");
    const files = readdirSync(dir).sort();
    expect(files).toEqual(["countries.json", "languages.json", "places.json", "products.json"]);
    for (const f of files)
      expect(readFileSync(join(out, f), "utf8"), f).toBe(readFileSync(join(dir, f), "utf8"));
  });

  it("hold folded keys: the script folds as the parser does", () => {
    const dir = join(root, "src/parse/vocab/data");
    const places = JSON.parse(readFileSync(join(dir, "places.json"), "utf8"));
    const countries = JSON.parse(readFileSync(join(dir, "countries.json"), "utf8"));
    const languages = JSON.parse(readFileSync(join(dir, "languages.json"), "utf8"));
    const products = JSON.parse(readFileSync(join(dir, "products.json"), "utf8"));
    const packed: string[] = [
      ...Object.values<string>(places.cities),
      ...Object.values<string>(places.regions),
      ...Object.values<string>(countries.names),
      languages.programming,
      languages.markup,
      languages.data,
      products.titles,
    ];
    let n = 0;
    for (const p of packed)
      for (const k of p.split("|")) {
        n++;
        if (fold(k) !== k) expect(fold(k), k).toBe(k);
      }
    expect(n).toBeGreaterThan(25_000);
  });

  it("stay small enough to ship in the bundle", () => {
    const dir = join(root, "src/parse/vocab/data");
    const bytes = readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
    expect(bytes).toBeLessThan(600_000);
  });
});

describe("places", () => {
  it("reads a whole string as a city, a region or a country", () => {
    expect(placeOf("Nantes")).toEqual({ kind: "city", country: "FR" });
    expect(placeOf("Bavaria")?.kind ?? placeOf("Bayern")?.kind).toBe("region");
    expect(placeOf("Deutschland")).toEqual({ kind: "country", country: "DE" });
    expect(placeOf("Remote")).toEqual({ kind: "remote" });
    expect(placeOf("Austin Lee")).toBeUndefined();
  });

  it("knows country names in twelve languages, codes in capitals only", () => {
    for (const n of [
      "Germany",
      "Deutschland",
      "Allemagne",
      "Alemania",
      "Alemanha",
      "Germania",
      "Duitsland",
      "Niemcy",
      "Германия",
      "德国",
      "ドイツ",
      "독일",
      "DE",
      "DEU",
    ])
      expect(countryCode(n), n).toBe("DE");
    expect(countryCode("USA")).toBe("US");
    expect(countryCode("S.Korea")).toBe("KR");
    expect(countryCode("in")).toBeUndefined();
    expect(countryCode("IN")).toBe("IN");
  });

  it("takes a line as a place only when the whole line is places", () => {
    for (const p of [
      "Mountain View, CA",
      "Boston MA",
      "Nantes (44)",
      "Seoul, S.Korea",
      "Remote",
      "Austin, TX",
      "Paris, France",
      "Berlin Germany",
      "Fortaleza/CE",
      "München, Deutschland",
      "Bangalore, India",
      "Berlin / Remote",
    ])
      expect(isPlaceLine(p), p).toBe(true);
    // A city and a region joined by a space must agree: Paris is not in Jordan, and Moore is no region.
    for (const p of [
      "Austin Lee",
      "Paris Brown",
      "Paris Jordan",
      "Denver Moore",
      "Georgia Smith",
      "Traveling Reading Photography",
      "Software Engineer, Berlin",
      "",
    ])
      expect(isPlaceLine(p), p).toBe(false);
  });
});

describe("section headings", () => {
  it("names the kinds of headings in twelve languages, compounds included", () => {
    const cases: [string, string[]][] = [
      ["Work Experience", ["work"]],
      ["Berufserfahrung & Bildung", ["work", "education"]],
      ["Education and employment", ["education", "work"]],
      ["Habilidades de programación", ["skills"]],
      ["技能专长", ["skills"]],
      ["职务经历", ["work"]],
      ["職務経歴", ["work"]],
      ["工作经验", ["work"]],
      ["教育经历", ["education"]],
      ["Formation", ["education"]],
      ["Expériences Professionnelles", ["work"]],
      ["Kenntnisse und Hobbys", ["skills", "interests"]],
      ["Compétences & Hobbies", ["skills", "interests"]],
      ["Esperienze lavorative", ["work"]],
      ["Werkervaring", ["work"]],
      ["Doświadczenie zawodowe", ["work"]],
      // (Ł, ø and æ are letters of their own, not a letter and an accent.)
      ["WYKSZTAŁCENIE", ["education"]],
      ["Arbetslivserfarenhet", ["work"]],
      ["Utdanning og kompetanse", ["education", "skills"]],
      ["Færdigheder", ["skills"]],
      ["Språk", ["languages"]],
      ["Työkokemus", ["work"]],
      ["Опыт работы", ["work"]],
      ["경력 사항", ["work"]],
      ["Persönliche Daten", ["personal"]],
      ["Über mich", ["summary"]],
      ["Programming Languages", ["skills"]],
      // (Courses and seminars are neither skills nor schooling: a section of their own.)
      ["Cursos y seminarios", ["extra"]],
      ["Workshops & Seminars", ["extra"]],
    ];
    for (const [h, kinds] of cases) expect(sectionKind(h), h).toEqual(kinds);
  });

  it("is no heading when a word is neither a keyword nor a modifier", () => {
    for (const h of ["Uber", "職務経歴書", "Acme Corporation", "Jane Doe", "开发环境"])
      expect(sectionKind(h), h).toEqual([]);
  });
});

describe("words of titles, organisations, degrees, schools", () => {
  it("finds title heads in many languages and CJK endings", () => {
    for (const w of [
      "engineer",
      "ingénieur",
      "entwickler",
      "softwareentwickler",
      "desarrollador",
      "sviluppatore",
      "ontwikkelaar",
      "engenheiro",
      "开发工程师",
      "エンジニア",
      "개발자",
    ])
      expect(isTitleWord(w), w).toBe(true);
    expect(isTitleWord("kafka")).toBe(false);
  });

  it("tells legal forms from company words and from codes", () => {
    expect(orgCue("Acme GmbH")).toBe("legal");
    expect(orgCue("Vetrina Digitale S.r.l.")).toBe("legal");
    expect(orgCue("backslash AG")).toBe("legal");
    expect(orgCue("株式会社gecogeco")).toBe("legal");
    expect(orgCue("吉利亿咖通科技有限公司")).toBe("legal");
    expect(orgCue("Northwind Labs")).toBe("word");
    expect(orgCue("Principal SE")).toBeUndefined();
    expect(orgCue("Boston")).toBeUndefined();
  });

  it("finds degrees, not state codes", () => {
    expect(degreeCue("B.Sc. in Informatik")).toBe("B.Sc.");
    expect(degreeCue("Licenciatura en Física")).toBe("Licenciatura");
    expect(degreeCue("Allgemeine Hochschulreife, Gymnasium Nord")).toBe("Allgemeine Hochschulreife");
    expect(degreeCue("MS Computer Science")).toBe("MS");
    expect(degreeCue("本科 计算机科学")).toBe("本科");
    expect(degreeCue("Jackson, MS")).toBeUndefined();
  });

  it("finds schools", () => {
    for (const s of [
      "Technische Universität München",
      "Université de Nantes",
      "Lycée Jean Moulin",
      "东南大学",
      "서울대학교",
      "Hochschule Luzern",
    ])
      expect(institutionCue(s), s).toBe(true);
    expect(institutionCue("Acme Corporation")).toBe(false);
  });
});

describe("table columns", () => {
  it("tells what a column holds from its heading, in several languages", () => {
    expect(["**Zeitraum**", "Dates", "Période", "Jahr"].map(columnKind)).toEqual([
      "dates",
      "dates",
      "dates",
      "dates",
    ]);
    expect(["Abschluss", "Degree", "Diplôme"].map(columnKind)).toEqual(["degree", "degree", "degree"]);
    expect(["Ort", "Location", "Lieu"].map(columnKind)).toEqual(["place", "place", "place"]);
    expect(["Firma", "Company", "Empresa", "Position", "Poste"].map(columnKind)).toEqual([
      "org",
      "org",
      "org",
      "title",
      "title",
    ]);
    expect(columnKind("Kafka")).toBeUndefined();
  });
});

describe("the module", () => {
  it("is a leaf: nothing in src/parse/vocab imports from the rest of the parser", () => {
    const dir = join(root, "src/parse/vocab");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts"))) {
      const imports = [
        ...readFileSync(join(dir, f), "utf8").matchAll(/^import[^;]*?from\s+"([^"]+)"/gms),
      ].map((m) => m[1]!);
      for (const i of imports)
        expect(i.startsWith("./") && !i.includes(".."), `${f} imports ${i}`).toBe(true);
    }
  });
});

describe("products", () => {
  it("finds product names by longest match, in any case", () => {
    expect(productSpans("Python apache arrow Ruby on Rails Node.js.").map((s) => s.text)).toEqual([
      "Python",
      "apache arrow",
      "Ruby on Rails",
      "Node.js",
    ]);
    expect(isProgrammingLanguage("TypeScript")).toBe(true);
    expect(isProgrammingLanguage("ts")).toBe(true);
    expect(isProgrammingLanguage("Markdown")).toBe(false);
  });

  it("cuts a space-separated list into products, vendor and generic words joining their neighbour", () => {
    const words =
      "C Python Apache Arrow AWS Rust SDK Vector AWS S3/EC2/Lambda Redis Cluster Solr Cloud Docker Azure".split(
        " ",
      );
    expect(productItems(words)).toEqual([
      "C",
      "Python",
      "Apache Arrow",
      "AWS Rust SDK",
      "Vector",
      "AWS S3/EC2/Lambda",
      "Redis Cluster",
      "Solr Cloud",
      "Docker",
      "Azure",
    ]);
    expect(productItems(["Go", "Rust", "Kafka"])).toEqual(["Go", "Rust", "Kafka"]);
  });

  it("reads a list in one pass: a list 1,000 times longer gives 1,000 times the items", () => {
    // Linear by construction: each word is looked at a bounded number of times (no scan of the rest).
    const words = Array.from({ length: 5000 }, (_, i) => ["Go", "Rust", "Kafka", "Redis", "Cluster"][i % 5]!);
    const items = productItems(words);
    expect(items.length).toBe(4000);
    expect(items[3]).toBe("Redis Cluster");
  });
});

describe("names that are also places", () => {
  const names = [
    "Jose Garcia",
    "Austin Lee",
    "Paris Brown",
    "Georgia Smith",
    "Sydney Chen",
    "Florence Adams",
    "Victoria Lopez",
    "Dallas Green",
    "Madison Clark",
    "Jackson Reed",
    "Savannah Hill",
    "Phoenix Wright",
    "Aurora James",
    "Regina Scott",
    "Lima Costa",
    "Cairo Mendes",
    "Adelaide Ross",
    "Orlando Diaz",
    "Charlotte King",
    "Denver Moore",
    "Chelsea Young",
    "Beverly Hall",
    "Tyler Brooks",
    "Sofia Petrova",
    "Milan Novak",
  ];
  const doc = (name: string, place: string) =>
    `${name}\n${name.split(" ")[0]!.toLowerCase()}@example.org · +1 555 0100 · ${place}\n\nEXPERIENCE\n\nSoftware Engineer\nNorthwind Labs\nJan 2020 – Present\n- Built things.\n\nEDUCATION\n\nState University\nB.S. Computer Science, 2019\n`;

  it.each(names)("%s is the name on top of a résumé", (name) => {
    const { profile } = parseDocument(doc(name, "Austin, TX"), { file: "x.txt", format: "text" });
    validateProfile(profile);
    expect(profile.basics?.name).toBe(name);
  });

  it("keeps real place lines as locations", () => {
    for (const [place, city] of [
      ["Austin, TX", "Austin"],
      ["Paris, France", "Paris"],
    ] as const) {
      const { profile } = parseDocument(doc("Jane Doe", place), { file: "x.txt", format: "text" });
      expect(profile.basics?.name).toBe("Jane Doe");
      expect(JSON.stringify(profile.basics?.location)).toContain(city);
    }
  });
});
