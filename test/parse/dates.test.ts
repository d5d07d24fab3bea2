import { describe, expect, it } from "vitest";
import {
  findRange,
  findRanges,
  isDateOnly,
  isDurationLine,
  removeSpan,
  stripDurations,
} from "../../src/parse/dates.js";

const range = (s: string) => {
  const r = findRange(s);
  if (!r) return undefined;
  return { start: r.startDate, end: r.endDate, ongoing: r.ongoing, single: r.single };
};

describe("findRange", () => {
  it.each([
    ["Jan '26 → present", { start: "2026-01", end: undefined, ongoing: true, single: false }],
    ["Aug '20 → Dec '22", { start: "2020-08", end: "2022-12", ongoing: false, single: false }],
    ["2022–2025", { start: "2022", end: "2025", ongoing: false, single: false }],
    ["2014–15", { start: "2014", end: "2015", ongoing: false, single: false }],
    ["ene. 2022 – actualidad", { start: "2022-01", end: undefined, ongoing: true, single: false }],
    // French, Italian and Portuguese month names in full (the blind test's Italian CV lost a job to "Febbraio").
    ["Febbraio 2018 – Agosto 2020", { start: "2018-02", end: "2020-08", ongoing: false, single: false }],
    ["aprile 2019 – maggio 2020", { start: "2019-04", end: "2020-05", ongoing: false, single: false }],
    ["novembre 2015 - dicembre 2016", { start: "2015-11", end: "2016-12", ongoing: false, single: false }],
    ["septembre 2019 – octobre 2020", { start: "2019-09", end: "2020-10", ongoing: false, single: false }],
    ["fevereiro 2017 – dezembro 2019", { start: "2017-02", end: "2019-12", ongoing: false, single: false }],
    ["Jan–Mar 2020", { start: "2020-01", end: "2020-03", ongoing: false, single: false }],
    // A month with no year, then "now": ongoing, its year unknown (none made up).
    ["Aug. - Current", { start: undefined, end: undefined, ongoing: true, single: false }],
    ["Sep 2018, present", { start: "2018-09", end: undefined, ongoing: true, single: false }],
    ["'19 – '21", { start: "2019", end: "2021", ongoing: false, single: false }],
    ["Fall 2015 – Spring 2017", { start: "2015", end: "2017", ongoing: false, single: false }],
    ["2010-11", { start: "2010", end: "2011", ongoing: false, single: false }],
    ["Mar 2019 - Present", { start: "2019-03", end: undefined, ongoing: true, single: false }],
    ["Mar. 2016 – May 2017", { start: "2016-03", end: "2017-05", ongoing: false, single: false }],
    ["03/2019 – 06/2021", { start: "2019-03", end: "2021-06", ongoing: false, single: false }],
    ["3/2019 - now", { start: "2019-03", end: undefined, ongoing: true, single: false }],
    ["2019–present", { start: "2019", end: undefined, ongoing: true, single: false }],
    ["(2011 - 2016)", { start: "2011", end: "2016", ongoing: false, single: false }],
    ["Summer 2013", { start: "2013", end: undefined, ongoing: false, single: true }],
    ["Fall 2019 – Spring 2021", { start: "2019", end: "2021", ongoing: false, single: false }],
    [
      "September 2017 - June 2020 (2 years 10 months)",
      { start: "2017-09", end: "2020-06", ongoing: false, single: false },
    ],
    ["2018 to current", { start: "2018", end: undefined, ongoing: true, single: false }],
    ["2019-03 – 2021-11", { start: "2019-03", end: "2021-11", ongoing: false, single: false }],
    ["2020-02-14 - 2021-01-01", { start: "2020-02-14", end: "2021-01-01", ongoing: false, single: false }],
    ["Sept 2015 -- Dec 2018", { start: "2015-09", end: "2018-12", ongoing: false, single: false }],
    ["January, 2020 until today", { start: "2020-01", end: undefined, ongoing: true, single: false }],
    ["Jun – Aug 2019", { start: "2019-06", end: "2019-08", ongoing: false, single: false }],
    ["June to August 2019", { start: "2019-06", end: "2019-08", ongoing: false, single: false }],
  ])("%s", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it("finds dates at the end of a line after spaces or tabs", () => {
    expect(range("Personalization Team - Python, Flink 2024 – present")).toMatchObject({
      start: "2024",
      ongoing: true,
    });
    expect(range("Backend Engineer                          Mar. 2021 – Present")).toMatchObject({
      start: "2021-03",
      ongoing: true,
    });
    expect(range("Masters in CS\t2013 - 2015")).toMatchObject({ start: "2013", end: "2015" });
  });

  it("does not see dates in numbers that are not dates", () => {
    for (const s of [
      "99.99% availability",
      "5,000 QPS",
      "165M+ MAU",
      "6000+ users",
      "p99 < 5ms",
      "Rendezvous '19",
      "12-month migration",
      "4096 bytes",
    ]) {
      expect(
        findRanges(s).filter((r) => !r.single),
        s,
      ).toEqual([]);
    }
    expect(findRange("Top 3 Engineering University")).toBeUndefined();
  });

  it("only produces the model's date forms", () => {
    const texts = ["Jan '99 - Feb '01", "12/1999 – 1/2000", "Winter 2020", "2019-12", "May 2019"];
    for (const t of texts) {
      for (const r of findRanges(t)) {
        for (const d of [r.startDate, r.endDate])
          if (d) expect(d).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/);
      }
    }
    expect(range("Jan '99 - Feb '01")).toMatchObject({ start: "1999-01", end: "2001-02" });
  });
});

describe("helpers", () => {
  it("removeSpan tidies the separators left behind", () => {
    const text = "B.Tech · Mechanical Dept (P&I) · Jul 2016 – Jul 2020";
    const r = findRange(text)!;
    expect(removeSpan(text, r.index, r.end)).toBe("B.Tech · Mechanical Dept (P&I)");
    const t2 = "Master of Science - MS, Computer Science · (2015 - 2017)";
    const r2 = findRange(t2)!;
    expect(removeSpan(t2, r2.index, r2.end)).toBe("Master of Science - MS, Computer Science");
  });

  it("recognises durations and date-only lines", () => {
    expect(isDurationLine("4 years 5 months")).toBe(true);
    expect(isDurationLine("(10 months)")).toBe(true);
    expect(isDurationLine("1 year")).toBe(true);
    expect(isDurationLine("Senior Engineer")).toBe(false);
    expect(stripDurations("Engineer (2 years 1 month)")).toBe("Engineer");
    expect(isDateOnly("Jan '26 → present")).toBe(true);
    expect(isDateOnly("(2011 - 2016)")).toBe(true);
    expect(isDateOnly("Cloudflare Jan '26")).toBe(false);
  });
});

describe("other languages", () => {
  it.each([
    ["Sept. 2020 – aujourd'hui", { start: "2020-09", end: undefined, ongoing: true, single: false }],
    ["Janv. 2018 – Août 2020", { start: "2018-01", end: "2020-08", ongoing: false, single: false }],
    ["März 2019 – heute", { start: "2019-03", end: undefined, ongoing: true, single: false }],
    ["Mai 2010 bis Dez 2012", { start: "2010-05", end: "2012-12", ongoing: false, single: false }],
    ["enero 2020 - actualidad", { start: "2020-01", end: undefined, ongoing: true, single: false }],
  ])("%s", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });
});

describe("open ranges", () => {
  it("since 2019 and a trailing dash are ongoing", () => {
    expect(range("Engineer, Acme, since 2019")).toEqual({
      start: "2019",
      end: undefined,
      ongoing: true,
      single: false,
    });
    expect(range("Engineer, Acme   2019 –")).toEqual({
      start: "2019",
      end: undefined,
      ongoing: true,
      single: false,
    });
    expect(range("Joined Dec '22 · Promoted Nov '23")).toMatchObject({ start: "2022-12", single: true });
  });
});

describe("apostrophed two-digit years", () => {
  it("read as a range only when paired", () => {
    expect(range("Lead Designer   Studio   ’19—’22")).toEqual({
      start: "2019",
      end: "2022",
      ongoing: false,
      single: false,
    });
    expect(range("'98 - '03")).toEqual({ start: "1998", end: "2003", ongoing: false, single: false });
    expect(range("’22 — now")).toEqual({ start: "2022", end: undefined, ongoing: true, single: false });
    // A name with a year in it is not a date.
    expect(findRange("Rendezvous '19")).toBeUndefined();
    expect(findRange("the ’90s club")).toBeUndefined();
  });
});

describe("full dates and quarters", () => {
  it.each([
    ["01/09/2018 – 31/07/2021", "2018-09", "2021-07"],
    ["01.09.2018 – 31.07.2021", "2018-09", "2021-07"],
    ["09/25/2018 - 07/31/2021", "2018-09", "2021-07"],
    ["1 Sep 2018 – 31 Jul 2021", "2018-09", "2021-07"],
    ["Sep 1, 2018 – Jul 31, 2021", "2018-09", "2021-07"],
    ["March 3rd 2018 – June 21st 2019", "2018-03", "2019-06"],
    ["Q3 2020 – Q1 2022", "2020-07", "2022-01"],
  ])("%s", (text, start, end) => {
    expect(range(text)).toEqual({ start, end, ongoing: false, single: false });
  });
  it("an impossible full date is no date", () => {
    expect(range("45/13/2018")).toBeUndefined();
    expect(range("31/07/2021")).toEqual({ start: "2021-07", end: undefined, ongoing: false, single: true });
  });
});

describe("Asian-style dates and other phrasings", () => {
  it.each([
    ["2019.03 – 2021.06", { start: "2019-03", end: "2021-06", ongoing: false, single: false }],
    ["2019/03~2021/06", { start: "2019-03", end: "2021-06", ongoing: false, single: false }],
    ["2017/4 - 2019/3", { start: "2017-04", end: "2019-03", ongoing: false, single: false }],
    ["2021/07～現在", { start: "2021-07", end: undefined, ongoing: true, single: false }],
    ["2021/07 〜 present", { start: "2021-07", end: undefined, ongoing: true, single: false }],
    ["2019年4月～2021年3月", { start: "2019-04", end: "2021-03", ongoing: false, single: false }],
    ["2016年～至今", { start: "2016", end: undefined, ongoing: true, single: false }],
    ["2021/04~", { start: "2021-04", end: undefined, ongoing: true, single: false }],
    ["Since 2020", { start: "2020", end: undefined, ongoing: true, single: false }],
    ["2018 to date", { start: "2018", end: undefined, ongoing: true, single: false }],
    ["2010 - Till date", { start: "2010", end: undefined, ongoing: true, single: false }],
    ["2016 – till now", { start: "2016", end: undefined, ongoing: true, single: false }],
    ["2015 - 2017 (2 years)", { start: "2015", end: "2017", ongoing: false, single: false }],
    ["Jan 2020 – Present (3 yrs 4 mos)", { start: "2020-01", end: undefined, ongoing: true, single: false }],
  ])("%s", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it("the whole phrase is the span (nothing left over)", () => {
    for (const t of [
      "2019年4月～2021年3月",
      "2010 - Till date",
      "Jan 2020 – Present (3 yrs 4 mos)",
      "2021/07～現在",
    ])
      expect(isDateOnly(t)).toBe(true);
  });

  it("a version or a decimal is no single-digit month", () => {
    expect(range("Python 3.9")).toBeUndefined();
    expect(range("2019.5.1")).toMatchObject({ single: true });
  });

  it("LinkedIn's employment type before a duration is a duration line", () => {
    expect(isDurationLine("Full-time · 3 yrs 4 mos")).toBe(true);
    expect(isDurationLine("Part-time · 10 mos")).toBe(true);
    expect(isDurationLine("Full-time")).toBe(false);
  });
});

describe("a year and two digits", () => {
  it("is a longer span when the two digits cannot be a month, a month when they can", () => {
    expect(range("1981-95: Grammar school")).toEqual({
      start: "1981",
      end: "1995",
      ongoing: false,
      single: false,
    });
    expect(range("2016-18 Acme")).toEqual({ start: "2016", end: "2018", ongoing: false, single: false });
    expect(findRange("1981-07 Acme")?.startDate).toBe("1981-07");
  });
});
