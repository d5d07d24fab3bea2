import { describe, expect, it } from "vitest";
import { normalizeLines } from "../../src/parse/lines.js";
import { collapseSpacedLetters, headingKind, splitSections } from "../../src/parse/sections.js";

const kinds = (text: string) => splitSections(normalizeLines(text)).map((s) => [s.kind, s.title]);

describe("headingKind", () => {
  it.each([
    ["Experience", "work"],
    ["Work History", "work"],
    ["Employment", "work"],
    ["Professional Experience", "work"],
    ["Research Experience", "work"],
    ["Academic Appointments", "work"],
    ["Projects", "projects"],
    ["Open Source", "projects"],
    ["Skills", "skills"],
    ["Technical Skills", "skills"],
    ["Clinical Experience", "work"],
    ["Licensure", "certificates"],
    ["Executive Profile", "summary"],
    ["Early Career", "work"],
    ["Board Memberships", "extra"],
    ["Experiencia laboral", "work"],
    ["Perfil", "summary"],
    ["Conocimientos", "skills"],
    ["Certificaciones", "certificates"],
    ["Tools", "skills"],
    ["Programming Languages, Frameworks and Tools", "skills"],
    ["Languages", "languages"],
    ["Education", "education"],
    ["Interests", "interests"],
    ["Research Interests", "interests"],
    ["Certifications", "certificates"],
    ["Licenses & Certifications", "certificates"],
    ["Publications", "publications"],
    ["Awards", "awards"],
    ["Honors-Awards", "awards"],
    ["Grants and Awards", "awards"],
    ["Volunteering", "volunteer"],
    ["Volunteer Experience", "volunteer"],
    ["Summary", "summary"],
    ["About Me", "summary"],
    ["Contact", "contact"],
    ["Say hello", "contact"],
    ["References", "references"],
    ["Talks", "extra"],
    ["Teaching", "extra"],
  ])("%s → %s", (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it("rejects lines that merely contain a section word", () => {
    for (const t of [
      "Experience Labs GmbH",
      "Current stack",
      "Senior Software Engineer",
      "Skills matter a lot to me today",
      "Cloudflare",
    ]) {
      expect(headingKind(t), t).toBeUndefined();
    }
  });

  it("collapses spaced letters", () => {
    expect(collapseSpacedLetters("E X P E R I E N C E")).toBe("EXPERIENCE");
    expect(collapseSpacedLetters("W O R K  H I S T O R Y")).toBe("WORK HISTORY");
    expect(collapseSpacedLetters("Experience")).toBeUndefined();
  });
});

describe("splitSections", () => {
  it("finds headings by Markdown level, ALL CAPS, trailing colon, spaced letters and synonyms", () => {
    const doc = [
      "# Jane Doe", // the name, not a section
      "## About",
      "text",
      "EXPERIENCE",
      "x",
      "Skills:",
      "Go",
      "E D U C A T I O N",
      "y",
      "Work History",
      "z",
      "### **Project Alpha** Go", // deeper than the section level: an entry
    ].join("\n");
    expect(kinds(doc)).toEqual([
      ["summary", ""],
      ["summary", "About"],
      ["work", "Experience"],
      ["skills", "Skills"],
      ["education", "Education"],
      ["work", "Work History"],
    ]);
  });

  it("does not take lowercase words or long sentences as headings", () => {
    expect(
      kinds("tools\nYouTube Playlist Manager\nI love to work on skills and projects every day."),
    ).toEqual([["summary", ""]]);
  });

  it("takes unknown ALL-CAPS lines as headings only in a document of ALL-CAPS headings, after the first", () => {
    const doc = "JANE DOE\n\nEXPERIENCE\nx\n\nSPEAKING\ny\n\nEDUCATION\nz";
    expect(kinds(doc)).toEqual([
      ["summary", ""],
      ["work", "Experience"],
      ["extra", "Speaking"],
      ["education", "Education"],
    ]);
  });

  it("a name as the first heading at the section level stays in the preamble", () => {
    expect(kinds("## Jane van Doe\n\n## Experience\n### Acme Corp\nx")).toEqual([
      ["summary", ""],
      ["work", "Experience"],
    ]);
  });

  it("unknown Markdown headings at the section level become extra sections", () => {
    expect(kinds("# Jane\n## Experience\nx\n## Speaking\ny")).toEqual([
      ["summary", ""],
      ["work", "Experience"],
      ["extra", "Speaking"],
    ]);
  });
});

describe("decorated and compound headings", () => {
  it.each([
    ["💼 Experience", "work", "Experience"],
    ["🎓 EDUCATION", "education", "Education"],
    ["~ Skills ~", "skills", "Skills"],
    ["::: Education :::", "education", "Education"],
    ["EXPERIENCE ─────────────", "work", "Experience"],
    ["Experience & Leadership", "work", "Experience & Leadership"],
    ["Teaching Experience", "work", "Teaching Experience"],
    ["Professional Background", "work", "Professional Background"],
    ["Internships", "work", "Internships"],
    ["Educational Qualification", "education", "Educational Qualification"],
    ["Licenses / Qualifications", "certificates", "Licenses / Qualifications"],
    ["Profiles", "contact", "Profiles"],
  ])("%s", (heading, kind, title) => {
    expect(kinds(`Jo Bloggs\n\n${heading}\nSomething here\n`).slice(1)).toEqual([[kind, title]]);
  });

  it("'■ Work Experience' is a heading, '■ Built the API' a bullet", () => {
    expect(kinds("Jo Bloggs\n\n■ Work Experience\n■ Built the API\n").slice(1)).toEqual([
      ["work", "Work Experience"],
    ]);
  });

  it("reStructuredText and AsciiDoc headings", () => {
    expect(kinds("Jo Bloggs\n\nExperience\n==========\n\nAcme\n~~~~\n").slice(1)).toEqual([
      ["work", "Experience"],
    ]);
    expect(kinds("= Jo Bloggs\n\n== Experience\n\n=== Engineer, Acme\n").slice(1)).toEqual([
      ["work", "Experience"],
    ]);
  });
});

describe("Chinese, Japanese and Korean headings", () => {
  it.each([
    ["【工作经历 Work Experience】", "work"],
    ["【教育背景】", "education"],
    ["■ 職務経歴", "work"],
    ["プロジェクト", "projects"],
    ["학력사항", "education"],
    ["자격증", "certificates"],
  ])("%s", (heading, kind) => {
    expect(
      kinds(`Jo Bloggs\n\n${heading}\nSomething here\n`)
        .slice(1)
        .map((k) => k[0]),
    ).toEqual([kind]);
  });
  it("accents still come off Latin headings", () => {
    expect(headingKind("EXPÉRIENCE PROFESSIONNELLE")).toBe("work");
    expect(headingKind("Compétences")).toBe("skills");
  });
});
