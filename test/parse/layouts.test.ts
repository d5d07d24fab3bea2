/**
 * Layouts met in real résumés, written again with invented people: the organisation on a
 * bulleted line of its own above "Title   dates" (the most-forked LaTeX template, through
 * pdftotext with and without -layout), and tables whose header row names the columns.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "cv", format }).profile;
const jobs = (text: string, format?: "text" | "markdown") =>
  (parse(text, format).work ?? []).flatMap((w) =>
    (w.roles ?? [w]).map((r) => [w.name, r.position, r.startDate]),
  );

describe("organisation on a bulleted line above the title", () => {
  const layout = [
    "Marta Quiroga                                                      Email: marta@quiroga.example",
    "",
    "Experience",
    "• Tidewater Analytics                                                       Porto Alegre, Brazil",
    "  Data Engineer                                                               Mar 2019 – Present",
    "     ◦ Pipelines: Moved the nightly batch to streaming jobs and cut the lag to minutes.",
    "• Lumen Freight                                                                  Curitiba, Brazil",
    "  Junior Developer                                                           Feb 2016 – Feb 2019",
    "     ◦ Billing: Rewrote the invoice service and its tests.",
    "",
    "Education",
    "• Federal University of Paraná                                                  Curitiba, Brazil",
    "  Bachelor of Science in Computer Science                                         2012 – 2016",
  ].join("\n");

  it("pdftotext -layout: company, title and dates of each job, the school of the degree", () => {
    expect(jobs(layout)).toEqual([
      ["Tidewater Analytics", "Data Engineer", "2019-03"],
      ["Lumen Freight", "Junior Developer", "2016-02"],
    ]);
    expect(parse(layout).education?.map((e) => e.institution)).toEqual(["Federal University of Paraná"]);
  });

  it("pdftotext without -layout: each piece on its own line, blank lines between", () => {
    const raw = [
      "Marta Quiroga",
      "Email: marta@quiroga.example",
      "",
      "Experience",
      "• Tidewater Analytics",
      "",
      "Porto Alegre, Brazil",
      "",
      "Data Engineer",
      "Mar 2019 – Present",
      "◦ Pipelines: Moved the nightly batch to streaming jobs and cut the lag to minutes.",
      "",
      "• Lumen Freight",
      "",
      "Curitiba, Brazil",
      "",
      "Junior Developer",
      "Feb 2016 – Feb 2019",
      "◦ Billing: Rewrote the invoice service and its tests.",
    ].join("\n");
    expect(jobs(raw)).toEqual([
      ["Tidewater Analytics", "Data Engineer", "2019-03"],
      ["Lumen Freight", "Junior Developer", "2016-02"],
    ]);
  });

  it("a body bullet in sentence case does not become the next job's company", () => {
    const text = [
      "Experience",
      "Data Engineer, Tidewater Analytics      2019 – Present",
      "• Moved the nightly batch to streaming jobs",
      "Junior Developer, Lumen Freight      2016 – 2019",
      "• Rewrote the invoice service",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Tidewater Analytics", "Data Engineer", "2019"],
      ["Lumen Freight", "Junior Developer", "2016"],
    ]);
  });
});

describe("tables whose header row names the columns", () => {
  const md = [
    "# Jonas Albrecht",
    "",
    "| Persönliche Daten |                     |",
    "| ----------------- | ------------------- |",
    "| **Geburtsdatum**  | 02.05.1990          |",
    "| **Email**         | <jonas@albrecht.example> |",
    "",
    "## Berufserfahrung",
    "",
    "| **Zeitraum**          | **Position**         | **Unternehmen / Projekt** |",
    "| --------------------- | -------------------- | ------------------------- |",
    "| Seit März 2023        | Teamleiter Backend   | Nordlicht Software / KAI  |",
    "| Juni 2019 – Feb. 2023 | Java Entwickler      | Hafenblick GmbH           |",
    "| Mai 2018 – Mai 2019   | Praktikant           | -                         |",
    "",
    "## Ausbildung",
    "",
    "| **Zeitraum** | **Abschluss**            | **Ort**                        |",
    "| ------------ | ------------------------ | ------------------------------ |",
    "| 2012 – 2018  | Bachelor of Science      | Hochschule Elbtal, Magdeburg   |",
  ].join("\n");

  it("reads position and employer from their columns, in German too; a '-' cell is empty", () => {
    expect(jobs(md, "markdown")).toEqual([
      ["Nordlicht Software / KAI", "Teamleiter Backend", "2023-03"],
      ["Hafenblick GmbH", "Java Entwickler", "2019-06"],
      [undefined, "Praktikant", "2018-05"],
    ]);
  });

  it("an education table's place column names the school when no column is the school", () => {
    const edu = parse(md, "markdown").education ?? [];
    expect(edu).toHaveLength(1);
    expect(edu[0]).toMatchObject({
      institution: "Hochschule Elbtal, Magdeburg",
      studyType: "Bachelor of Science",
      startDate: "2012",
      endDate: "2018",
    });
  });

  it("a birth date in a two-cell table row is a personal detail, not a job", () => {
    const p = parse(md, "markdown");
    expect(p.work?.some((w) => /Persönliche|Geburt/.test(JSON.stringify(w)))).toBe(false);
    expect(p.extra?.some((x) => x.lines.some((l) => /^Geburtsdatum:? 02\.05\.1990$/.test(l)))).toBe(true);
  });
});

describe("a section that holds both jobs and degrees", () => {
  it("sends each dated item where its header says: a degree to education, the rest to work", () => {
    const md = [
      "# Ines Valdés",
      "",
      "## Education and employment",
      "* 2022-present: Research Fellow, Northbay Institute of Marine Science (UK)",
      "* 2018-2022: Ph.D in Coastal Ecology, University of Westmarch (UK)",
      "* 2014-2018: BSc in Biology, University of Westmarch (UK)",
    ].join("\n");
    const p = parse(md, "markdown");
    expect(p.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Northbay Institute of Marine Science (UK)", "Research Fellow", "2022"],
    ]);
    expect(p.education?.map((e) => [e.institution, e.studyType])).toEqual([
      ["University of Westmarch (UK)", "Ph.D"],
      ["University of Westmarch (UK)", "BSc"],
    ]);
  });
});

describe("say what was lost", () => {
  it("warns, with the line, about a section with no field of its own and a job without a company", () => {
    const text = [
      "# Ayo Bello",
      "",
      "## Experience",
      "",
      "Field Technician      2019 – 2021",
      "- Serviced the pumps on the east line.",
      "",
      "## Odd Facts",
      "",
      "Once rowed across a lake.",
    ].join("\n");
    const { warnings } = parseDocument(text, { file: "cv.md", format: "markdown" });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        line: 5,
        message: 'job "Field Technician" without a company',
        severity: "warning",
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        line: 8,
        message: expect.stringMatching(/^section "Odd Facts" is none the profile knows; kept its 1 line/),
      }),
    );
  });
});

describe("the name line", () => {
  it("is what comes before a 'CV: ...' suffix or a company in parentheses", () => {
    expect(parse("# Tomasz Wielgosz CV: Full Edition\n\n## Experience\n").basics?.name).toBe(
      "Tomasz Wielgosz",
    );
    expect(parse("Priya Raman (Raman Editorial Limited)\npriya@raman.example\n").basics?.name).toBe(
      "Priya Raman",
    );
  });

  it("is the next top heading when the first is a repository's title", () => {
    const md =
      "# my-cv-repo\nA copy of my résumé for the course\n\n# Élodie Marchand\n**Développeuse**\nelodie@marchand.example\n\n## Expériences\n";
    expect(parse(md, "markdown").basics?.name).toBe("Élodie Marchand");
  });
});

describe("the e-mail", () => {
  it("is the first the document gives when no contact line has one (a footer), references aside", () => {
    const md =
      "Ruth Okonkwo\n============\n\n## Experience\n\n**Nurse** | Lakeside Clinic | 2019 - Present\n\n## Skills\n\n- Triage, wound care\n\n----\n\n<ruth@okonkwo.example> | +1 (555) 010-4477\n";
    expect(parse(md, "markdown").basics?.email).toBe("ruth@okonkwo.example");
    const refsOnly =
      "Ruth Okonkwo\n============\n\n## Experience\n\n**Nurse** | Lakeside Clinic | 2019 - Present\n\n## References\n\nDr. Amaka Eze, amaka@clinic.example\n";
    expect(parse(refsOnly, "markdown").basics?.email).toBeUndefined();
  });
});

describe("education written as a list", () => {
  it("reads each item as a school of its own: 'degree in area from School', '**Qualification** — School'", () => {
    const md = [
      "# Lev Moroz",
      "",
      "## Education",
      "",
      "- 2010-2014: Master of Science degree (M.Sc) in applied statistics from Northshore State University.",
      "-  2005-2009: Bachelor's degree in economics from the Institute of Applied Trade affiliated with Lakeside University, Estonia.",
    ].join("\n");
    expect(
      parse(md, "markdown").education?.map((e) => [e.institution, e.studyType, e.area, e.startDate]),
    ).toEqual([
      ["Northshore State University", "Master of Science", "applied statistics", "2010"],
      ["Institute of Applied Trade affiliated with Lakeside University", "Bachelor's", "economics", "2005"],
    ]);
    const bold =
      "# Ana Reis\n\n## Formação\n\n- **Residência em Pediatria** — Universidade do Vale (UV)\n- **Preceptora de Pediatria** — UV / HCV\n";
    expect(parse(bold, "markdown").education?.map((e) => [e.institution, e.studyType])).toEqual([
      ["Universidade do Vale (UV)", "Residência em Pediatria"],
      ["UV / HCV", "Preceptora de Pediatria"],
    ]);
  });
});

describe("leaders between a name and its place", () => {
  it("a run of dashes or dots is a column gap, not part of the company", () => {
    const text = [
      "mira osei",
      "",
      "EXPERIENCE",
      "",
      "2019-        Fernhill Studio ----------------------------------- Leeds, UK",
      "     client work, design systems, mentoring.",
      "",
      "2015-2019    Copperleaf, Ltd .............................. Sheffield, UK",
      "     prototypes and testing.",
    ].join("\n");
    expect(parse(text).work?.map((w) => [w.name, w.location, w.startDate])).toEqual([
      ["Fernhill Studio", "Leeds, UK", "2019"],
      ["Copperleaf, Ltd", "Sheffield, UK", "2015"],
    ]);
  });
});

describe("a job told in one sentence", () => {
  it("'N years as Title at Company from YYYY to today' is a job; a summary sentence is not", () => {
    const text = [
      "Imre Vass",
      "Web developer building shops for small firms at a steady pace since 2012.",
      "",
      "WORK EXPERIENCE",
      "",
      "* 3 years as Support Lead at Bluefin Payments from 2019 to today",
      "* 4 years as Junior Developer at Orchid Media From 2015 to 2019",
    ].join("\n");
    expect(parse(text).work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.ongoing])).toEqual([
      ["Bluefin Payments", "Support Lead", "2019", undefined, true],
      ["Orchid Media", "Junior Developer", "2015", "2019", undefined],
    ]);
  });
});

describe("a section word repeated inside each job", () => {
  it("'Other Highlights' under every job is a label in the job, not an Awards section", () => {
    const doc = [
      "Ilse Varga",
      "ilse@varga.example",
      "",
      "Experience",
      "Fernwood Ledger   Portland, OR",
      "Platform Engineer   June 2019 - Present",
      "Queue Rework",
      "Moved the settlement jobs onto one queue.",
      "Other Highlights",
      "- Mentored two interns.",
      "- Wrote the runbook.",
      "",
      "Brackish Data   Eugene, OR",
      "Database Administrator   April 2015 - May 2019",
      "Other Highlights",
      "- Ran the nightly restore drills.",
      "",
      "Skills",
      "Go, PostgreSQL, Kafka",
    ].join("\n");
    const p = parse(doc);
    expect(jobs(doc)).toEqual([
      ["Fernwood Ledger", "Platform Engineer", "2019-06"],
      ["Brackish Data", "Database Administrator", "2015-04"],
    ]);
    expect(p.work?.[1]?.highlights).toEqual(["Ran the nightly restore drills."]);
    expect(p.awards ?? []).toEqual([]);
    expect(p.skills?.length).toBeGreaterThan(0);
  });
});

describe("reStructuredText: a job title over the name, jobs as 'dates: title' with the employer in the sentence below", () => {
  const doc = [
    "=========================",
    "Senior Hydrology Engineer",
    "=========================",
    "",
    "-------------",
    "Maren Solvik",
    "-------------",
    "",
    "maren@solvik.example",
    "",
    "Experience",
    "----------",
    "",
    "March 2019 - Present: Flood Model Engineer",
    "..........................................",
    "Permanent job in **Fjordline Water**, Bergen.",
    "",
    "- Rebuilt the run-off model",
    "",
    "May 2016 - February 2019: Gauge Network Integrator",
    "..................................................",
    "Contract of 3 years at **Nordvann Consulting**.",
    "",
    "- Installed forty river gauges",
    "",
    "Awards",
    "------",
    "",
    "Winner of the 2018 Delta Model Cup.",
  ].join("\n");

  it("the name is the subtitle that reads as one, each job gets the employer named in bold", () => {
    const p = parseDocument(doc, { file: "cv.rst", format: "text" }).profile;
    expect(p.basics?.name).toBe("Maren Solvik");
    expect(p.basics?.label).toBe("Senior Hydrology Engineer");
    expect(jobs(doc)).toEqual([
      ["Fjordline Water", "Flood Model Engineer", "2019-03"],
      ["Nordvann Consulting", "Gauge Network Integrator", "2016-05"],
    ]);
    expect(p.work?.[0]?.location).toBe("Bergen");
    expect(p.awards?.map((a) => [a.title, a.date])).toEqual([
      ["Winner of the 2018 Delta Model Cup.", "2018"],
    ]);
  });
});

describe("an entry written as a list: employer, title and dates as items under a sub-heading", () => {
  const org = [
    "#+TITLE: Tomas Arkwright",
    "",
    "* Work history",
    "** - saltmarsh",
    "   - [[https://saltmarsh.example][Saltmarsh Robotics]]",
    "     + Agritech",
    "     + Fresno, CA",
    "   - Firmware Developer",
    "   - Mar 2017 - Jan 2021",
    "",
    "   Wrote the motor controller for the harvest arm.",
    "",
    "** - quarry",
    "   - Quarry Signal",
    "     + Telecom",
    "     + Reno, NV",
    "   - Test Engineer",
    "   - 2015",
    "",
    "   Kept the test rigs running.",
  ].join("\n");

  it("Org: each list is a job, a lone year as the last item included", () => {
    const p = parseDocument(org, { file: "cv.org", format: "text" }).profile;
    expect((p.work ?? []).map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([
      ["Saltmarsh Robotics", "Firmware Developer", "Fresno, CA", "2017-03"],
      ["Quarry Signal", "Test Engineer", "Reno, NV", "2015"],
    ]);
  });

  it("Markdown: the same list under a heading", () => {
    const md = [
      "# Tomas Arkwright",
      "",
      "## Experience",
      "",
      "### Saltmarsh",
      "- Saltmarsh Robotics",
      "- Firmware Developer",
      "- Mar 2017 - Jan 2021",
      "",
      "Wrote the motor controller for the harvest arm.",
    ].join("\n");
    expect(jobs(md, "markdown")).toEqual([["Saltmarsh Robotics", "Firmware Developer", "2017-03"]]);
  });
});

describe("'Doer at the Company' as an Org sub-heading over its dates", () => {
  it("a title the vocabulary lacks, before 'at', is still the title; 'the' is no part of the name", () => {
    const org = [
      "#+TITLE: Pia Lindqvist",
      "",
      "* Experience",
      "** Tinkerer at the [[https://kiln.example][Kiln Collective]]",
      "*** Jun - Aug, 2014",
      "Twelve weeks of building small furnaces with strangers.",
      "** Developer at [[https://mossbank.example][Mossbank]]",
      "*** Sep 2014 - Mar 2016",
      "Kept the ledger service alive.",
    ].join("\n");
    const p = parseDocument(org, { file: "cv.org", format: "text" }).profile;
    expect((p.work ?? []).map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Kiln Collective", "Tinkerer", "2014-06"],
      ["Mossbank", "Developer", "2014-09"],
    ]);
  });
});

describe("a promotion written 'Title - Team   dates' under the company's first role (detex output)", () => {
  it("the team is no employer, the activity line under it no company, talks are their own section", () => {
    const doc = [
      "Experience",
      "Harrow Metrics   Boise, ID",
      "Site Reliability Engineer - Storage Engineering   June 2017 - Present",
      "Backup Drills",
      "Ran a restore drill every week for all clusters.",
      "Capacity Planner - Storage Engineering   March 2019 - Present",
      "Migration to the New Region",
      "Moved every volume to the new region without downtime.",
      "Ketterly Systems   Salem, OR",
      "Database Administrator   May 2012 - May 2017",
      "Replica Setup",
      "Automated the replica bootstrap.",
      "",
      "Conference Presentations",
      "Restoring Petabytes Calmly - StorageConf 2019",
    ].join("\n");
    expect(jobs(doc)).toEqual([
      ["Harrow Metrics", "Site Reliability Engineer", "2017-06"],
      ["Harrow Metrics", "Capacity Planner", "2019-03"],
      ["Ketterly Systems", "Database Administrator", "2012-05"],
    ]);
    // ("Engineer — Kumo Logistics": a function word that is not the title's own ends a company's name.)
    expect(
      jobs("Experience\nSoftware Engineer - Kumo Logistics   May 2012 - May 2017\nBuilt the route planner."),
    ).toEqual([["Kumo Logistics", "Software Engineer", "2012-05"]]);
  });
});

describe("a name set in lower case as a logo", () => {
  it("two lower-case words first, over the contact line, are the name; a lower-case phrase is not", () => {
    const doc =
      "\n\nmira. okonkwo\n\n--------------------\nportland OR    mira@okonkwo.example    github.com/miraok\n\nbuilds quiet systems.\n";
    expect(parse(doc).basics?.name).toBe("mira. okonkwo");
    expect(parse("builds quiet systems\nmira@okonkwo.example\n").basics?.name).toBeUndefined();
  });
});

describe("a job line with day-precise dates", () => {
  it("'**Title at Company**, March 3rd 2018 – June 21st 2019': the ordinal day ends the day, no comma needed", () => {
    const cv = [
      "# Oskar Lindqvist",
      "",
      "## Work history",
      "",
      "**Swimming instructor at Saltholm lido**, June 2nd 2019 – August 30th 2019",
      "",
      "Duties: watched the pools and taught swimming to children.",
      "",
      "**Porter at Brygga hotel**, March 3rd 2018 – June 21st 2019",
      "",
      "Duties: carried luggage and kept the lobby tidy.",
    ].join("\n");
    expect(jobs(cv, "markdown")).toEqual([
      ["Saltholm lido", "Swimming instructor", "2019-06"],
      ["Brygga hotel", "Porter", "2018-03"],
    ]);
  });
});

describe("the doer of 'X at Y'", () => {
  it("'**Dish washer at Harbour canteen**, dates': a short X is the title even with no title noun", () => {
    const cv = [
      "# Oskar Lindqvist",
      "",
      "## Work history",
      "",
      "**Dish washer at Harbour canteen**, May 2020 – June 2021",
      "",
      "Duties: washed pans and kept the kitchen clean.",
    ].join("\n");
    expect(jobs(cv, "markdown")).toEqual([["Harbour canteen", "Dish washer", "2020-05"]]);
  });
});
