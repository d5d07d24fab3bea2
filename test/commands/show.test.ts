import { beforeEach, describe, expect, it, vi } from "vitest";
import { Library } from "../../src/library/library.js";
import { ESC, fakeIo, testLibrary } from "../cli/helpers.js";

const load = vi.hoisted(() => ({ result: undefined as unknown }));
vi.mock("../../src/library/load.js", () => ({
  loadLibrary: vi.fn(async () => load.result ?? { library: new Library([]), diagnostics: [] }),
}));

const { command } = await import("../../src/commands/show.js");
const { loadLibrary } = await import("../../src/library/load.js");

beforeEach(() => {
  load.result = { library: testLibrary(), diagnostics: [] };
  vi.mocked(loadLibrary).mockClear();
});

describe("show", () => {
  it("shows a whole profile found by a prefix: header, sections, date ranges, bullets", async () => {
    const io = fakeIo();
    expect(await command.run(["lovel"], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^\$ whoami\nAda Lovelace-Byron\nAnalytical Engine Programmer · London, UK\n/);
    expect(out).toContain("Notes · Bernoulli numbers · Poetical science");
    expect(out).toMatch(/Programmer · Analytical Society +Jan '24 → present/);
    expect(out).toMatch(/Correspondent · Royal Society +Aug '20 → Dec '22/);
    expect(out).toContain("    • Argued that the engine could compose music.");
    for (const title of ["Experience", "Projects", "Skills", "Education"])
      expect(out).toContain(`\n${title}\n`);
    expect(out).toContain("Mathematics: Calculus · Probability");
    expect(out).not.toContain(ESC);
  });

  it("wraps long bullets within io.columns on a terminal, with a hanging indent", async () => {
    const io = fakeIo({ isTTY: true, columns: 50 });
    await command.run(["ada", "experience"], io);
    const lines = io.out().trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    const at = lines.findIndex((l) => l.startsWith("    • Translated"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}\S/);
  });

  it("shows one section, by name, alias or prefix", async () => {
    for (const name of ["experience", "work", "exp"]) {
      const io = fakeIo();
      expect(await command.run(["grace", name], io)).toBe(0);
      expect(io.out()).toMatch(/^Experience\n {2}Rear Admiral · Navy +1943 → 1986\n {4}• Found a moth\.\n$/);
    }
    const skills = fakeIo();
    await command.run(["grace", "stack"], skills);
    expect(skills.out()).toBe("Skills\n  Languages: COBOL · FLOW-MATIC\n");
    const { makeEntries } = await import("../../src/library/library.js");
    load.result = {
      library: new Library(
        makeEntries([
          {
            profile: {
              basics: { name: "Lev El" },
              skills: [
                { name: "Expert", level: "Expert", keywords: ["Rust"] },
                { name: "Web", level: "Basic", keywords: ["CSS"] },
              ],
            },
            file: "l.md",
            format: "markdown",
          },
        ]),
      ),
      diagnostics: [],
    };
    const levels = fakeIo();
    await command.run(["lev", "skills"], levels);
    expect(levels.out()).toBe("Skills\n  Expert: Rust\n  Web (Basic): CSS\n");
  });

  it("says when the profile has nothing in that section, exit 1", async () => {
    const io = fakeIo();
    expect(await command.run(["adam", "projects"], io)).toBe(1);
    expect(io.err()).toBe("resumes show: Adam Smith has no projects section\n");
  });

  it("rejects a word that is neither a section nor a path, exit 2", async () => {
    const io = fakeIo();
    expect(await command.run(["adam", "experiance"], io)).toBe(2);
    expect(io.err()).toMatch(/'experiance' is neither a section/);
  });

  it("takes further arguments that look like paths as where to load from", async () => {
    await command.run(["adam", "skills", "./cvs", "more/x.md"], fakeIo({ cwd: "/w" }));
    expect(vi.mocked(loadLibrary)).toHaveBeenCalledWith(["./cvs", "more/x.md"], { cwd: "/w" });
  });

  it("refuses paths where they are not accepted (SSH exec), exit 2, without loading", async () => {
    const io = fakeIo({ acceptsPaths: undefined });
    expect(await command.run(["grace", "/tmp"], io)).toBe(2);
    // Not even whether it exists: the same answer as for any other word.
    expect(io.err()).toMatch(/^resumes show: '\/tmp' is neither a section/);
    expect(vi.mocked(loadLibrary)).not.toHaveBeenCalled();
    const ok = fakeIo({ acceptsPaths: undefined });
    expect(await command.run(["grace", "skills"], ok)).toBe(0);
  });

  it("lists the candidates of an ambiguous WHO and exits 2", async () => {
    const io = fakeIo();
    expect(await command.run(["ad"], io)).toBe(2);
    expect(io.err()).toContain("'ad' matches 2 profiles");
    expect(io.err()).toContain("  ada-lovelace-byron  Ada Lovelace-Byron");
    expect(io.err()).toContain("  adam-smith  Adam Smith");
    expect(io.out()).toBe("");
  });

  it("says no match in one line and exits 1", async () => {
    const io = fakeIo();
    expect(await command.run(["zebra"], io)).toBe(1);
    expect(io.err()).toBe("resumes show: no profile matches 'zebra' (try 'resumes list')\n");
  });

  it("needs a WHO: usage error, exit 2", async () => {
    const io = fakeIo();
    expect(await command.run([], io)).toBe(2);
    expect(io.err()).toMatch(/^resumes show: say whose profile/);
  });

  it("prints the documented JSON shapes", async () => {
    const whole = fakeIo();
    expect(await command.run(["grace", "--json"], whole)).toBe(0);
    const w = JSON.parse(whole.out());
    expect(Object.keys(w)).toEqual(["id", "label", "named", "file", "format", "profile"]);
    expect(w).toMatchObject({
      id: "grace-hopper",
      label: "Grace Hopper",
      named: true,
      file: "cvs/grace.json",
      format: "jsonresume",
    });
    expect(w.profile.work[0].position).toBe("Rear Admiral");

    const part = fakeIo();
    await command.run(["grace", "experience", "-j"], part);
    const p = JSON.parse(part.out());
    expect(Object.keys(p)).toEqual(["id", "label", "named", "file", "format", "section", "content"]);
    expect(p.section).toBe("experience");
    expect(p.content).toEqual([
      {
        name: "Navy",
        position: "Rear Admiral",
        startDate: "1943",
        endDate: "1986",
        highlights: ["Found a moth."],
      },
    ]);

    const overview = fakeIo();
    await command.run(["grace", "overview", "--json"], overview);
    expect(JSON.parse(overview.out()).content).toEqual({ name: "Grace Hopper", label: "Compiler Pioneer" });
  });

  it("colours the name, dates and chips only with io.color", async () => {
    const io = fakeIo({ color: true, isTTY: true });
    await command.run(["ada"], io);
    expect(io.out()).toContain(`${ESC}[32mJan '24 → present${ESC}[39m`);
    expect(io.out()).toContain(`${ESC}[36mCalculus${ESC}[39m`);
  });

  it("shows a profile without a name under its headline", async () => {
    const io = fakeIo();
    expect(await command.run(["platform"], io)).toBe(0);
    expect(io.out()).toMatch(/^\$ whoami\nStaff Platform Engineer\n\nExperience\n/);
  });
});
