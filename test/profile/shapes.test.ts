import { describe, expect, it } from "vitest";
import { plain, reshape } from "../../src/profile/shapes.js";

const mapped = (cv: unknown): Record<string, unknown> => {
  const r = reshape({ cv });
  if (r.kind !== "mapped") throw new Error(`not mapped: ${r.kind}`);
  return r.value;
};

describe("RenderCV", () => {
  it("reads its Markdown as the words it shows", () => {
    expect(plain("Cut error by **23%** with *LightGBM* and [Kubeflow](https://kf.example)")).toBe(
      "Cut error by 23% with LightGBM and Kubeflow",
    );
    expect(plain("snake_case and 2 * 3 * 4 stay")).toBe("snake_case and 2 * 3 * 4 stay");
  });

  it("a name written as a link is the name, its address the url", () => {
    const v = mapped({
      sections: { projects: [{ name: "[tidepool](https://git.example/tp)", date: 2021 }] },
    });
    expect(v.projects).toEqual([
      { name: "tidepool", url: "https://git.example/tp", startDate: "2021", endDate: "2021" },
    ]);
  });

  it("one `date` is the whole of a job's time, not its start", () => {
    const v = mapped({
      sections: { experience: [{ company: "Alvsborg AB", position: "Intern", date: "Summer 2019" }] },
    });
    expect(v.work).toEqual([
      { name: "Alvsborg AB", position: "Intern", startDate: "Summer 2019", endDate: "Summer 2019" },
    ]);
  });

  it("one `date` written as a range is its start and its end", () => {
    const v = mapped({
      sections: {
        experience: [
          { company: "Vessel Row", position: "Analyst", date: "2016 – 2019" },
          { company: "Kettleby", position: "Lead", date: "Sep 2019 - present" },
        ],
      },
    });
    expect(v.work).toEqual([
      { name: "Vessel Row", position: "Analyst", startDate: "2016", endDate: "2019" },
      { name: "Kettleby", position: "Lead", startDate: "Sep 2019", endDate: "present" },
    ]);
  });

  it("a section of another name is read by its entries' type, or kept as its lines", () => {
    const v = mapped({
      name: "Ada Quill",
      location: "Gothenburg, Sweden",
      sections: {
        research_positions: [{ company: "Chalmers", position: "Doctoral Researcher", start_date: 2015 }],
        degrees: [{ institution: "Lagos", area: "Physics", degree: "BSc" }],
        talks: [{ name: "Sparse AIS data", location: "PyData", date: "2023-05" }, "Lightning talk, 2022"],
      },
    });
    expect(v.basics).toMatchObject({ location: { city: "Gothenburg", region: "Sweden" } });
    expect(v.work).toEqual([{ name: "Chalmers", position: "Doctoral Researcher", startDate: "2015" }]);
    expect(v.education).toEqual([{ institution: "Lagos", area: "Physics", studyType: "BSc" }]);
    expect(v.extra).toEqual([
      { title: "Talks", lines: ["Sparse AIS data · PyData · 2023-05", "Lightning talk, 2022"] },
    ]);
  });

  it("an open-source section is projects", () => {
    const v = mapped({ sections: { open_source: [{ name: "libtide", highlights: ["Rust crate"] }] } });
    expect(v.projects).toEqual([{ name: "libtide", highlights: ["Rust crate"] }]);
  });

  it("its content without the `cv:` key is RenderCV too; a JSON Resume key beside `sections` is not", () => {
    const r = reshape({
      name: "Ada Quill",
      sections: { experience: [{ company: "Kivi", position: "Dev" }] },
    });
    expect(r.kind === "mapped" && r.value).toMatchObject({
      basics: { name: "Ada Quill" },
      work: [{ name: "Kivi", position: "Dev" }],
    });
    expect(reshape({ name: "x", sections: {}, basics: { name: "Ada" } }).kind).not.toBe("mapped");
  });
});
