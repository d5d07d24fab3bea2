import { afterEach, describe, expect, test } from "vitest";
import { renderApp, type Harness } from "./render.js";
import { libraryOf, person } from "./profiles.js";

let open: Harness[] = [];
afterEach(() => {
  for (const h of open) h.unmount();
  open = [];
});

describe("v: the whole profile on one page", () => {
  test("shows every section of the profile under its title, and the tabs line says so", async () => {
    const h = renderApp(
      libraryOf([
        person("Ada Lovelace", {
          work: [{ name: "Engines Ltd", position: "Analyst", startDate: "2010" }],
          skills: [{ name: "Languages", keywords: ["COBOL", "Kafka"] }],
        }),
      ]),
      { columns: 120, rows: 40 },
    );
    open.push(h);
    await h.waitForText("Ada Lovelace");
    await h.press("v");
    await h.waitForText("── Experience");
    const f = h.frame();
    expect(f).toContain("Engines Ltd");
    // every line fits the pane (a line wider than the pane made Ink cut the whole text)
    expect(f).toContain("$ whoami");
    expect(f).toMatch(/whole · 1–\d+\/\d+/);
    expect(h.lines().every((l) => [...l].length <= 120)).toBe(true);
    await h.press("G");
    await h.waitForText("── Skills");
    expect(h.frame()).toContain("Kafka");
  });
});
