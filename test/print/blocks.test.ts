import { describe, expect, it } from "vitest";
import { sectionBlocks } from "../../src/print/blocks.js";
import type { Profile } from "../../src/profile/schema.js";

const P: Profile = {
  basics: { name: "A" },
  certificates: [
    { name: "CKA", issuer: "CNCF", date: "2021-04", url: "https://cncf.io/x" },
    { name: "Bare" },
  ],
  publications: [
    {
      name: "On Logs",
      publisher: "ACM\u001b[31m",
      releaseDate: "2019",
      summary: "About\nlogs.",
      url: "https://acm.org/y",
    },
  ],
  awards: [{ title: "Best", awarder: "Org", date: "2020-02-03", summary: "For work." }],
};

const shape = (b: ReturnType<typeof sectionBlocks>[number]) => ({
  title: b.title,
  meta: b.meta,
  dates: b.dates,
  text: b.text,
  url: b.url,
  bullets: b.bullets,
  chips: b.chips,
  children: b.children.length,
});

describe("sectionBlocks: entries with one date", () => {
  it("certificates, publications and awards: title, who, the date, text, url; all text one safe line", () => {
    const empty = { bullets: [], chips: [], children: 0 };
    expect(sectionBlocks(P, "certificates").map(shape)).toEqual([
      { title: "CKA", meta: "CNCF", dates: "Apr '21", text: [], url: "https://cncf.io/x", ...empty },
      { title: "Bare", meta: "", dates: "", text: [], url: "", ...empty },
    ]);
    expect(sectionBlocks(P, "publications").map(shape)).toEqual([
      {
        title: "On Logs",
        meta: "ACM",
        dates: "2019",
        text: ["About logs."],
        url: "https://acm.org/y",
        ...empty,
      },
    ]);
    expect(sectionBlocks(P, "awards").map(shape)).toEqual([
      { title: "Best", meta: "Org", dates: "Feb '20", text: ["For work."], url: "", ...empty },
    ]);
  });
});
