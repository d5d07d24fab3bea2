/**
 * Work-experience layouts that the blind sets showed failing (test/blind*: a date line above the
 * title and the employer, hanging dates, titles in capitals over the company line, titles in
 * languages whose qualifiers follow the noun), each checked on invented text of its own.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") =>
  parseDocument(text, { file: "cv", format }).profile;
/** [company, title, start] per role (a company's roles each give a row). */
const jobs = (text: string, format?: "text" | "markdown") =>
  (parse(text, format).work ?? []).flatMap((w) =>
    (w.roles?.length ? w.roles : [w]).map((r) => [w.name, r.position, r.startDate?.slice(0, 4)]),
  );

describe("a date line on its own above the title and the employer", () => {
  it("reads 'Title' over 'Company, City' under the dates, in Polish", () => {
    const cv = [
      "Halina Borowczyk",
      "halina.borowczyk@example.pl",
      "",
      "DOŚWIADCZENIE ZAWODOWE",
      "",
      "03.2019 – obecnie",
      "Starsza Programistka",
      "Wierzbowa Technologie Sp. z o.o., Gdańsk",
      "• Utrzymanie systemu rezerwacji dla sieci hoteli.",
      "",
      "01.2016 – 02.2019",
      "Analityczka Danych",
      "Morena Dane S.A., Sopot",
      "• Raporty sprzedażowe dla działu handlowego.",
      "",
      "06.2014 – 12.2015",
      "Młodsza Specjalistka ds. Testów",
      "Przystań Soft Sp. z o.o., Gdynia",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Wierzbowa Technologie Sp. z o.o.", "Starsza Programistka", "2019"],
      ["Morena Dane S.A.", "Analityczka Danych", "2016"],
      ["Przystań Soft Sp. z o.o.", "Młodsza Specjalistka ds. Testów", "2014"],
    ]);
    expect(parse(cv).work?.[1]?.location).toBe("Sopot");
  });

  it("keeps a title whose qualifier follows its noun whole ('Programmatore Web')", () => {
    const cv = [
      "Ottavio Brancaleoni",
      "ottavio@example.it",
      "",
      "ESPERIENZE LAVORATIVE",
      "",
      "Aprile 2019 – oggi",
      "Consulente Informatico",
      "Studio Ginepro S.r.l., Trento",
      "Gestione delle reti di tre studi notarili.",
      "",
      "Marzo 2016 – Marzo 2019",
      "Programmatore Web",
      "Officina Lampo S.n.c., Verona",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Studio Ginepro S.r.l.", "Consulente Informatico", "2019"],
      ["Officina Lampo S.n.c.", "Programmatore Web", "2016"],
    ]);
  });

  it("a line after the bullets is the entry's own, not a header of the next (Europass)", () => {
    const cv = [
      "Mirela Kovačić",
      "mirela@example.hr",
      "",
      "WORK EXPERIENCE",
      "",
      "02/2020–Present",
      "Logistics Coordinator",
      "Sjever Transport d.o.o., Osijek (Croatia)",
      "▪ Plan the routes of a fleet of forty trucks",
      "Business or sector Transportation and storage",
      "",
      "05/2016–01/2020",
      "Dispatcher",
      "Drava Cargo d.o.o., Vukovar (Croatia)",
      "Business or sector Transportation and storage",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Sjever Transport d.o.o.", "Logistics Coordinator", "2020"],
      ["Drava Cargo d.o.o.", "Dispatcher", "2016"],
    ]);
  });
});

describe("dates in a left column, the employer under the title", () => {
  it("each entry keeps the lines under its dates (a German Lebenslauf)", () => {
    const cv = [
      "Berufserfahrung",
      "05/2018 – heute      Projektleiterin Lagerlogistik",
      "                     Falkenried Logistik GmbH, Bremen",
      "                     Einführung eines Lagerverwaltungssystems",
      "02/2015 – 04/2018    Werkstudentin",
      "                     Ostwind Solar AG, Kiel",
      "                     Auswertung von Messdaten",
      "10/2013 – 01/2015    Praktikantin",
      "                     Hafenkante Software GmbH, Lübeck",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Falkenried Logistik GmbH", "Projektleiterin Lagerlogistik", "2018"],
      ["Ostwind Solar AG", "Werkstudentin", "2015"],
      ["Hafenkante Software GmbH", "Praktikantin", "2013"],
    ]);
  });
});

describe("titles in capitals over the company line", () => {
  it("a capitals title with an organisation word is the title, the line under it the employer", () => {
    const cv = [
      "CAREER HISTORY",
      "HEAD OF GROUP TREASURY                                        2016 – 2022",
      "Corvane Holdings plc, Leeds",
      "Refinanced the revolving credit facility.",
      "",
      "TREASURY MANAGER                                              2011 – 2016",
      "Tamsin Instruments Ltd, Bristol",
      "",
      "REGIONAL SALES DIRECTOR, APAC                                 2008 – 2011",
      "Pellucid Optics Ltd, Swindon",
    ].join("\n");
    const got = jobs(cv);
    expect(got.map(([name, , start]) => [name, start])).toEqual([
      ["Corvane Holdings plc", "2016"],
      ["Tamsin Instruments Ltd", "2011"],
      ["Pellucid Optics Ltd", "2008"],
    ]);
    expect(got.map(([, title]) => title)).toEqual([
      "HEAD OF GROUP TREASURY",
      "TREASURY MANAGER",
      expect.stringMatching(/^REGIONAL SALES DIRECTOR/),
    ]);
  });
});

describe("undated roles among dated ones", () => {
  it("a 'Title — Employer' line over bullets, after a blank line, is an entry with no dates", () => {
    const cv = [
      "Experience",
      "Field Assistant — Heronsgate Survey Co., Exeter (Summer 2024)",
      "- Logged borehole samples for three sites",
      "",
      "Lab Technician — Marchmont College, Department of Geology",
      "- Ran the first-year mineralogy practicals",
      "",
      "Peer Mentor | Marchmont College Library",
      "- Shelved and catalogued the map collection",
    ].join("\n");
    const work = parse(cv).work ?? [];
    expect(work.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Heronsgate Survey Co.", "Field Assistant", "2024"],
      ["Marchmont College", "Lab Technician", undefined],
      ["Marchmont College Library", "Peer Mentor", undefined],
    ]);
    expect(work[1]?.highlights).toEqual(["Ran the first-year mineralogy practicals"]);
    expect(work[0]?.highlights).toEqual(["Logged borehole samples for three sites"]);
  });
});

describe("an employer named after a town", () => {
  it("is the employer when the line under the header gives a team and a place of its own", () => {
    const cv = [
      "Experience",
      "",
      "Senior Engineer · Valdivia — 2019 – 2023",
      "Payments Team · Santiago, Chile",
      "- Built the settlement service",
      "",
      "Engineer · Brightwell Labs — 2016 – 2019",
      "London",
      "- Wrote the billing jobs",
    ].join("\n");
    const w = parse(cv).work?.[0];
    expect([w?.name, w?.position, w?.team, w?.location]).toEqual([
      "Valdivia",
      "Senior Engineer",
      "Payments Team",
      "Santiago, Chile",
    ]);
  });
});

describe("months written 'Mon/YYYY'", () => {
  it("'Mar/2016 – Dez/2019' is a range (a Brazilian CV)", () => {
    const cv = [
      "EXPERIÊNCIA PROFISSIONAL",
      "Laticínios Vale Claro Ltda. – Analista de Qualidade",
      "Fev/2021 – Atual",
      "• Auditorias internas de boas práticas.",
      "",
      "Cerâmica Pedra Azul S.A. – Técnica de Laboratório",
      "Mar/2016 – Dez/2020",
      "• Ensaios de resistência de revestimentos.",
    ].join("\n");
    const work = parse(cv).work ?? [];
    expect(work.map((w) => [w.name, w.startDate, w.endDate, w.ongoing])).toEqual([
      ["Laticínios Vale Claro Ltda.", "2021-02", undefined, true],
      ["Cerâmica Pedra Azul S.A.", "2016-03", "2020-12", undefined],
    ]);
  });
});

describe("a typed double hyphen between the employer and the place", () => {
  it("reads 'Title, Company -- City      dates' like an en dash", () => {
    const cv = [
      "Oksana Delacroix-Mbeki",
      "oksana@larchfield.example",
      "",
      "EXPERIENCE",
      "",
      "Lead Data Engineer, Tarnwell Logistics -- Rotterdam          02/2022 - present",
      "* Moved the nightly batch to a streaming pipeline.",
      "",
      "Data Engineer, Corvane Analytics --- Utrecht                 08/2018 - 01/2022",
      "* Built the warehouse loaders.",
    ].join("\n");
    const work = parse(cv).work ?? [];
    expect(work.map((w) => [w.name, w.position, w.location, w.startDate?.slice(0, 4)])).toEqual([
      ["Tarnwell Logistics", "Lead Data Engineer", "Rotterdam", "2022"],
      ["Corvane Analytics", "Data Engineer", "Utrecht", "2018"],
    ]);
  });
});

describe("the roles at one company as a nested Markdown list", () => {
  const cv = [
    "# Ilse Marchetti-Obi",
    "",
    "ilse@marchettiobi.example",
    "",
    "## Experience",
    "",
    "### Vennbrook Foods — Larchmont (2015 – present)",
    "",
    "- **Head of Analytics** — Apr 2021 – present",
    "  - Built the demand-forecasting team",
    "    - Four analysts, two engineers",
    "- **Senior Analyst, Supply Chain** — Jan 2018 – Mar 2021",
    "  - Cut waste by a fifth with weekly reorder models",
    "",
    "### Quaystone Retail — Orwell (2012 – 2015)",
    "",
    "- **Data Analyst** — Jun 2012 – Dec 2014",
    "  - Wrote the first loyalty-card reports",
  ].join("\n");

  it("gives one role per bold 'Title — dates' bullet over deeper bullets", () => {
    expect(jobs(cv, "markdown")).toEqual([
      ["Vennbrook Foods", "Head of Analytics", "2021"],
      ["Vennbrook Foods", "Senior Analyst, Supply Chain", "2018"],
      ["Quaystone Retail", "Data Analyst", "2012"],
    ]);
  });

  it("keeps the heading's place as the place, and a lone role as the job's own title", () => {
    const [first, second] = parse(cv, "markdown").work ?? [];
    expect(first?.location).toBe("Larchmont");
    expect(first?.roles?.[0]?.highlights).toContain("Built the demand-forecasting team");
    expect(second?.position).toBe("Data Analyst");
    expect(second?.roles).toBeUndefined();
  });
});

describe("a unit beside the title, the employer on the line below", () => {
  it("reads 'Title, Unit   dates' over 'Hospital, Town, ST' as the hospital's job in that unit", () => {
    const cv = [
      "Rosalind Achterberg, RN",
      "rosalind.achterberg@example.org",
      "",
      "EXPERIENCE",
      "",
      "Nurse Educator, Cardiac Step-Down                      2019-",
      "Meadowvale Community Hospital, Brantley, OH",
      "  - Run the orientation programme for new graduates",
      "",
      "Staff Nurse, Oncology                                  2014-2019",
      "Corran Bay Clinic, Fairhollow, OH",
      "  - Chemotherapy administration and patient teaching",
    ].join("\n");
    const work = parse(cv).work ?? [];
    expect(work.map((w) => [w.name, w.position, w.team, w.location])).toEqual([
      ["Meadowvale Community Hospital", "Nurse Educator", "Cardiac Step-Down", "Brantley, OH"],
      ["Corran Bay Clinic", "Staff Nurse", "Oncology", "Fairhollow, OH"],
    ]);
  });
});

describe("a 'Center' or 'Centre' is an employer, never a place", () => {
  it("reads 'Title, Ward' over 'X Medical Center, Town, ST' as the center's job", () => {
    const cv = [
      "Marisol Quenneville",
      "marisol@quenneville.example",
      "",
      "EXPERIENCE",
      "",
      "Night Nurse, Cardiac Step-Down Unit                      2017-2022",
      "Bramblecourt Medical Center, Fenwick Falls, OR",
      "  - Telemetry monitoring for twenty beds",
      "",
      "Lab Technician, Haematology Unit                         2014-2017",
      "Ossory Valley Research Centre, Kilbride, WA",
      "  - Ran the morning blood panels",
    ].join("\n");
    expect(jobs(cv)).toEqual([
      ["Bramblecourt Medical Center", "Night Nurse", "2017"],
      ["Ossory Valley Research Centre", "Lab Technician", "2014"],
    ]);
  });
});
