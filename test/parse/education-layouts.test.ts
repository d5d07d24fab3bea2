/**
 * Education layouts met in real résumés, written again with invented people and schools: what
 * each one must give as the school of every degree.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "cv", format }).profile;
const schools = (text: string, format?: "text" | "markdown") =>
  (parse(text, format).education ?? []).map((e) => e.institution ?? null);

describe("education rows written with pipes", () => {
  const doc = [
    "# Irena Volkova",
    "",
    "irena@volkova.example",
    "",
    "## Education",
    "",
    "**MS, Data Science** | Lakeshore Institute of Technology | 2023-2026 (expected)",
    "",
    "**BS, Chemistry (Magna Cum Laude)** | Harbor State University-North Bay | 2021",
    "",
    "**AS, Mathematics** | Pinecrest Community College | 2018",
  ].join("\n");

  it("keeps a date's label with the date and a hyphenated campus with its school; 'AS' is a degree", () => {
    expect(schools(doc, "markdown")).toEqual([
      "Lakeshore Institute of Technology",
      "Harbor State University-North Bay",
      "Pinecrest Community College",
    ]);
    expect(parse(doc, "markdown").education?.map((e) => e.studyType)).toEqual(["MS", "BS", "AS"]);
  });
});

describe("a table of certificates under an education heading", () => {
  it("reads its header row as column names, not as a school", () => {
    const doc = [
      "# Lorenz Haberl",
      "",
      "## Weiterbildung",
      "",
      "| **Jahr**  | **Zertifikat**                 | **Details**        |",
      "| --------- | ------------------------------ | ------------------ |",
      "| Mai 2019  | Kubernetes Administrator       | [Link](https://x.example/1) |",
      "| Juni 2017 | Certified Tester Foundation    | [Link](https://x.example/2) |",
    ].join("\n");
    const edu = parse(doc, "markdown").education ?? [];
    expect(edu.map((e) => e.institution ?? null)).toEqual([null, null]);
    expect(edu.map((e) => e.studyType)).toEqual(["Kubernetes Administrator", "Certified Tester Foundation"]);
  });
});

describe("a section of jobs and degrees under sub-headings", () => {
  const doc = [
    "# Anja Rütimann",
    "",
    "anja@ruetimann.example",
    "",
    "## Berufserfahrung & Bildung",
    "",
    "### 2024 - Heute: Data Engineer, Kestrel Analytik AG",
    "",
    "Aufbau einer Plattform für Messdaten.",
    "",
    "### 2021 - Heute: MSE in Robotik am Institut für Mechatronik, FHO",
    "",
    "Begonnen im September 2021, Abschluss voraussichtlich im Juni 2025.",
    "",
    "[_MSE in Robotik_](https://fho.example/mse)",
    "",
    "### 2016 - 2020: Bachelor in Informatik, FHO",
    "",
    "Begonnen im September 2016 und abgeschlossen im Juli 2020.",
    "",
    "[_BSc in Informatik_](https://fho.example/bsc)",
  ].join("\n");

  it("each sub-heading starts its entry; a link naming the same degree and a sentence with dates stay in it", () => {
    const p = parse(doc, "markdown");
    expect(p.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate])).toEqual([
      ["Institut für Mechatronik, FHO", "MSE", "Robotik", "2021"],
      ["FHO", "Bachelor", "Informatik", "2016"],
    ]);
    expect(p.work?.map((w) => w.name)).toEqual(["Kestrel Analytik AG"]);
  });
});

describe("an address in a table cell", () => {
  it("gives no phone number made of the house number and the postcode", () => {
    const doc = [
      "# Beat Imhof",
      "",
      "|                         |                                                    |",
      "| ----------------------- | -------------------------------------------------- |",
      "| <p>Seestrasse 214</p><p>8702 Zollikon</p> | <p>📞 +41 78 555 01 23</p><p>✉️ beat@imhof.example</p> |",
    ].join("\n");
    const b = parse(doc, "markdown").basics;
    expect(b?.phone).toBe("+41 78 555 01 23");
    expect(b?.email).toBe("beat@imhof.example");
  });
});

describe("a CJK school line", () => {
  it("splits 'school field degree' written with spaces into its fields", () => {
    const doc = [
      "# 林晓雨",
      "",
      "linxy@example.cn",
      "",
      "## 教育经历",
      "",
      "*2013 - 2017* [南湖理工学院](https://nanhu.example.cn) 软件工程 本科",
      "",
      "*2017 - 2020* 西岭大学 计算机科学 硕士",
    ].join("\n");
    expect(parse(doc, "markdown").education?.map((e) => [e.institution, e.area, e.studyType])).toEqual([
      ["南湖理工学院", "软件工程", "本科"],
      ["西岭大学", "计算机科学", "硕士"],
    ]);
  });
});

describe("a school line wrapped before its last words", () => {
  it("joins 'School of' / 'Business' and 'B.Tech ... from' / 'School, City' into one line", () => {
    const doc = [
      "Tomasz Wierzbicki",
      "tomasz@wierzbicki.example",
      "",
      "Education",
      "~~~~~~~~~",
      "",
      "Lakeview University, Hollins School of",
      "Management",
      "BS, Accounting, 2001 - 2005",
    ].join("\n");
    expect(schools(doc)).toEqual(["Lakeview University, Hollins School of Management"]);
  });

  it("reads a grid table: a bullet inside a row's cell, the school on the row's next line, a 'College Projects' sub-heading", () => {
    const doc = [
      "Ravi Shankaran",
      "--------------",
      "ravi@shankaran.example `Blog <https://ravi.example>`_",
      "",
      "**Academics**",
      "    +-------------+--------------------------------------------+",
      "    | 2006        | SSLC 91.2%                                 |",
      "    +-------------+--------------------------------------------+",
      "    | 2010 - 2014 | - B.E. Mechanical Engineering from         |",
      "    |             |   Sri Valluvar Vidyalayam, Madurai.        |",
      "    |             |                                            |",
      "    |             | - CGPA - 8.10                              |",
      "    |             |                                            |",
      "    |             |  *College Projects*                        |",
      "    |             |      - A solar dryer for grain.            |",
      "    +-------------+--------------------------------------------+",
    ].join("\n");
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => e.institution ?? null)).toEqual([null, "Sri Valluvar Vidyalayam, Madurai"]);
    expect(edu.map((e) => e.score)).toEqual(["91.2%", "8.10"]);
  });
});

describe("a university over its faculties' degrees", () => {
  it("gives each degree the university, with the faculty or school as a note", () => {
    const doc = [
      "Priya Raman",
      "priya@raman.example",
      "",
      "Education",
      "• Northfield University",
      "Master of Science in Materials - School of Engineering and Design",
      "Bachelor of Arts in History - Hale School",
      "",
      "Boston, MA",
      "Sep 2012 - May 2018",
    ].join("\n");
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => [e.institution, e.studyType, e.notes?.[0]])).toEqual([
      ["Northfield University", "Master of Science", "School of Engineering and Design"],
      ["Northfield University", "Bachelor of Arts", "Hale School"],
    ]);
  });
});

describe("rows of a course or degree and a school apart by leaders", () => {
  it("reads the school from the column other rows name it in", () => {
    const doc = [
      "Dana Okafor",
      "dana@okafor.example",
      "",
      "EDUCATION",
      "",
      "2019 CS.412 Distributed Ledgers  ------------------------------ Harbor Tech Lab",
      "2011 BSc Applied Physics  ------------------------------------- Westmoor University, GPA 3.7/4.0",
    ].join("\n");
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => [e.institution, e.endDate])).toEqual([
      ["Harbor Tech Lab", "2019"],
      ["Westmoor University", "2011"],
    ]);
    expect(edu[1]?.studyType).toBe("BSc");
    expect(edu[1]?.score).toBe("3.7/4.0");
  });
});

describe("one dated line per qualification, written as sentences", () => {
  const doc = [
    "Morwenna Tregarthen",
    "morwenna@tregarthen.example",
    "",
    "Education:",
    "2014-2016: MSc. Marine Ecology. Falmouth School of Ocean Science (FSOS).",
    "2009-2010: Certificate in Science Writing (Merit)",
    "2004-2008: BSc. (Hons.) Zoology (2.1) University of Kernow College of Truro. Special interest in kelp forests",
    "1986-99: Polwenna Grammar School, Cornwall: 8 GCSEs.",
    "Continuing education:",
    "2018: Harbour College, summer school on coastal policy",
    "2019: Falmouth School of Ocean Science MSc EM",
    "2020: Aldersey Coding School (HTML, CSS, JS) online",
  ].join("\n");

  it("takes the sentence or clause that names the school, and no school from the line above", () => {
    expect(schools(doc)).toEqual([
      "Falmouth School of Ocean Science (FSOS)",
      null,
      "University of Kernow College of Truro",
      "Polwenna Grammar School, Cornwall",
      "Harbour College",
      "Falmouth School of Ocean Science",
      "Aldersey Coding School",
    ]);
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => e.studyType ?? null)).toEqual([
      "MSc.",
      "Certificate",
      "BSc. (Hons.)",
      null,
      null,
      "MSc EM",
      null,
    ]);
    expect(edu[3]).toMatchObject({ startDate: "1986", endDate: "1999" });
  });
});

describe("a qualification with its dates, the school on a line after it", () => {
  it("takes the block's last short title-case line as the school", () => {
    const doc = [
      "Solène Marchetti",
      "solene@marchetti.example",
      "",
      "EDUCATION",
      "..............................................................",
      "",
      "Engineer’s degree   2006 - 2011",
      "Applied Mathematics and Signal Processing.",
      "EPTI - Lyon Gerland",
      "",
      "The Founder’s Reading Circle   2015-present",
      "Member.",
      "Hollins Book Club",
      "",
      "Certified Kanban Coach  2016",
      "Lean Guild",
    ].join("\n");
    const edu = parse(doc).education ?? [];
    expect(edu.map((e) => [e.institution, e.studyType])).toEqual([
      ["EPTI - Lyon Gerland", "Engineer’s degree"],
      ["Hollins Book Club", "The Founder’s Reading Circle"],
      ["Lean Guild", "Certified Kanban Coach"],
    ]);
  });

  it("a school over 'Grad. May 2011 | City, Country' keeps the city as its place", () => {
    const doc = [
      "Arjun Mehta",
      "arjun@mehta.example",
      "",
      "EDUCATION",
      "ST. ANSELM HIGH FOR BOYS",
      "Grad. May 2009 | Pune, India",
    ].join("\n");
    expect(parse(doc).education?.map((e) => [e.institution, e.location, e.endDate])).toEqual([
      ["ST. ANSELM HIGH FOR BOYS", "Pune, India", "2009-05"],
    ]);
  });
});

describe("a degree with its dates and its field under it", () => {
  it("takes no school from the field", () => {
    const doc = [
      "Lena Fischer",
      "lena@fischer.example",
      "",
      "EDUCATION",
      "Bachelor of Science   2015 - 2019",
      "Marine Biology",
    ].join("\n");
    expect(schools(doc)).toEqual([null]);
    expect(parse(doc).education?.[0]?.area).toBe("Marine Biology");
  });
});

describe("a score given on two scales", () => {
  it("keeps the second scale with the score, not in the field of study", () => {
    const doc = [
      "Tomasz Wierzbicki",
      "tomasz@wierzbicki.example",
      "",
      "Education",
      "Vistula Polytechnic                                             Gdańsk, Poland",
      "  Master of Engineering in Control Systems; GPA: 3.71 (4.6/5.0)         Oct 2014 – Jun 2016",
    ].join("\n");
    const [e] = parse(doc).education ?? [];
    expect(e?.area).toBe("Control Systems");
    expect(e?.score).toBe("3.71 (4.6/5.0)");
  });
});

describe("bootcamps, vocational qualifications and professional memberships", () => {
  const doc = [
    "Tomasz Wierzbicki",
    "tomasz@wierzbicki.example",
    "",
    "EDUCATION & TRAINING",
    "Full-Stack Web Development, Harbourline Coding Bootcamp, 2021",
    "Data Science Certificate, Northgate Tech Bootcamp, 2022",
    "BTEC Level 3 Extended Diploma in Engineering, Kestrel Vale College, 2014 – 2016",
    "NVQ Level 2 in Carpentry, Millbrook Training Centre, 2012",
    "10/2005 – 09/2010    Technische Hochschule Ostbrück, Studium der Informatik (Diplom)",
    "Fellow, Institute of Chartered Surveyors (FRICS), 2009",
  ].join("\n");

  it("a bootcamp and a training centre are schools; the qualification before them is the degree", () => {
    expect(schools(doc)).toEqual([
      "Harbourline Coding Bootcamp",
      "Northgate Tech Bootcamp",
      "Kestrel Vale College",
      "Millbrook Training Centre",
      "Technische Hochschule Ostbrück",
    ]);
    expect(parse(doc).education?.map((e) => e.studyType ?? null)).toEqual([
      null,
      "Data Science Certificate",
      "BTEC Level 3 Extended Diploma in Engineering",
      "NVQ Level 2 in Carpentry",
      "Diplom",
    ]);
  });

  it("'Studium der X' after the school names the area", () => {
    expect(parse(doc).education?.[4]).toMatchObject({ area: "Informatik", studyType: "Diplom" });
  });

  it("a fellowship of a professional body is a certificate, not a school", () => {
    expect(parse(doc).certificates).toEqual([
      expect.objectContaining({
        name: "Fellow",
        issuer: "Institute of Chartered Surveyors (FRICS)",
        date: "2009",
      }),
    ]);
  });

  it("a 'Member' note under a school stays the school's", () => {
    const notes = [
      "Ruth Abernathy",
      "",
      "EDUCATION",
      "Glenfold University, BSc Zoology, 2015 – 2018",
      "- Member of the Glenfold Mountaineering Society",
    ].join("\n");
    expect(schools(notes)).toEqual(["Glenfold University"]);
    expect(parse(notes).certificates).toBeUndefined();
  });
});

describe("honours beside a dash", () => {
  it("are a note, on either side of the school", () => {
    const doc = [
      "Odile Marchetti-Vance",
      "odile@vance.example",
      "",
      "EDUCATION",
      "Bachelor of Arts in Linguistics, summa cum laude - Corrigan State University, 2015",
      "Master of Science in Acoustics - Wendmoor University - With Distinction, 2018",
      "Doctor of Philosophy in Phonetics - Tamsin College - Fenwick Falls, OR - First-Class Honours, 2022",
    ].join("\n");
    const p = parse(doc);
    expect(schools(doc)).toEqual(["Corrigan State University", "Wendmoor University", "Tamsin College"]);
    expect(p.education?.map((e) => e.notes)).toEqual([
      ["summa cum laude"],
      ["With Distinction"],
      ["First-Class Honours"],
    ]);
    expect(p.education?.[2]?.location).toBe("Fenwick Falls, OR");
  });
});
