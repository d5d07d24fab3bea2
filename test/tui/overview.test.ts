/** The header's chips and the Overview tab (a `whoami` summary), asserted on the frame. */
import { afterEach, describe, expect, test } from "vitest";
import type { Profile } from "../../src/profile/schema.js";
import { libraryOf as ofList, person } from "./profiles.js";
import { renderApp, type Harness } from "./render.js";

const libraryOf = (...profiles: Profile[]) => ofList(profiles);

let h: Harness | undefined;
afterEach(() => h?.unmount());

describe("header", () => {
  test("a tag equal to the headline (any case) or to another tag is shown once", async () => {
    const p = person("Ada Lovelace");
    p.basics!.tags = ["systems ENGINEER", "Rust", "rust", "Kernel"];
    h = renderApp(libraryOf(p), { columns: 120, rows: 40 });
    await h.waitForText("Ada Lovelace");
    const line = h.lines().find((l) => l.includes("Systems Engineer") && l.includes("Kernel"))!;
    expect(line).toBeDefined();
    expect(line.match(/systems engineer/gi)).toHaveLength(1);
    expect(line.match(/rust/gi)).toHaveLength(1);
  });
});

describe("overview", () => {
  test("summary, current role with dates, team and place, education, stack chips, counts; no repeated contacts", async () => {
    h = renderApp(libraryOf(person("Ada Lovelace")), { columns: 120, rows: 40 });
    await h.waitForText("Now");
    const f = h.frame();
    expect(f).toContain("Ada Lovelace builds fast, boring infrastructure.");
    expect(f).toMatch(/Systems Engineer · Cloudflare\s+Jan '26 → present/);
    expect(f).toContain("Rulesets Engine · London, UK");
    expect(f).toMatch(/Education\s+B\.Tech Mechanical · Indian Institute of Technology, Delhi/);
    // a date range is one unit: never `Jul` / `'16 → Jul '20`
    expect(h.lines().some((l) => l.includes("Jul '16 → Jul '20"))).toBe(true);
    expect(f).toContain("Location  London, UK");
    // Stack: each group's keywords in turn, each said once.
    expect(f).toMatch(/\[Rust\] \[Python\] \[Go\] \[Spark\] \[Tokio\]/);
    expect(f).toContain("3 roles · 2 projects · 1 school");
    // The header shows the contacts: the Overview does not repeat them (nor the name).
    expect(f.match(/ada\.lovelace@example\.com/g)).toHaveLength(1);
    expect(f.match(/Ada Lovelace(?! builds)/g)!.length).toBe(2); // list row + header
  });

  test("a past job only: 'Latest'; missing fields leave their lines out", async () => {
    const p: Profile = {
      basics: { name: "Bo Min" },
      work: [{ name: "Acme", position: "Clerk", startDate: "2019-01", endDate: "2020-02" }],
    };
    h = renderApp(libraryOf(p), { columns: 120, rows: 40 });
    await h.waitForText("Latest");
    const f = h.frame();
    expect(f).toMatch(/Clerk · Acme\s+Jan '19 → Feb '20/);
    expect(f).not.toContain("Now");
    expect(f).not.toContain("Education");
    expect(f).not.toContain("Stack");
    expect(f).toContain("1 role");
  });

  test("a name alone: the tab still says something", async () => {
    h = renderApp(libraryOf({ basics: { name: "Cy Nobody" } }), { columns: 120, rows: 40 });
    await h.waitForText("Nothing here.");
  });

  test("when the header has no room for contacts, the Overview shows them", async () => {
    h = renderApp(libraryOf(person("Ada Lovelace")), { columns: 40, rows: 12 });
    await h.waitForText("Ada Lovelace");
    await h.press("\r");
    await h.waitForText("Now");
    // Scroll to the end of the Overview.
    await h.press("G");
    await h.waitForText("ada.lovelace@example.com");
  });
});

describe("skills tab", () => {
  test("a group named by its level says it once; a different level follows the name", async () => {
    const p: Profile = {
      basics: { name: "Di Level" },
      skills: [
        { name: "Expert", level: "expert", keywords: ["Rust"] },
        { name: "Databases", level: "Advanced", keywords: ["PostgreSQL"] },
      ],
    };
    h = renderApp(libraryOf(p), { columns: 120, rows: 40 });
    await h.waitForText("Di Level");
    await h.press("4");
    await h.waitForText("PostgreSQL");
    const f = h.frame();
    expect(f.match(/expert/gi)).toHaveLength(1);
    expect(h.lines().find((l) => l.includes("Expert"))).not.toContain("·");
    expect(f).toContain("Databases · Advanced");
  });
});
