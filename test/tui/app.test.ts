import { afterEach, describe, expect, test } from "vitest";
import { KEY, renderApp, type Harness } from "./render.js";
import { libraryOf, longProfile, manyProfiles, person } from "./profiles.js";
import { stripVTControlCharacters } from "node:util";
import { layoutFor } from "../../src/tui/layout.js";

/** Tabs use short titles when the long ones do not fit. */
const SHORT: Record<string, string> = {
  Overview: "About",
  Experience: "Work",
  Projects: "Projects",
  Skills: "Skills",
  Education: "School",
  Interests: "Interests",
  Other: "Other",
};
const tab = (n: number, title: string) => new RegExp(`›${n} (${title}|${SHORT[title] ?? title})`);

let open: Harness[] = [];
function mount(...args: Parameters<typeof renderApp>): Harness {
  const h = renderApp(...args);
  open.push(h);
  return h;
}
afterEach(() => {
  for (const h of open) h.unmount();
  open = [];
});

const three = () =>
  libraryOf([
    person("Ada Lovelace"),
    person("Grace Hopper", { skills: [{ name: "Languages", keywords: ["COBOL", "Kafka"] }] }),
    person(undefined, { basics: { label: "Staff Engineer", email: "anon@example.com" }, work: [] }),
  ]);

/** The list row holding `text` starts with the selection marker. */
function selectedRow(h: Harness): string | undefined {
  return h.lines().find((l) => /^[║│┃]?› \S/.test(l) || /^ › \S/.test(l));
}

describe("wide layout", () => {
  test("header in the spirit of a terminal portfolio, list beside it", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    const f = h.frame();
    expect(f).toContain("People");
    expect(f).toContain("Ada Lovelace");
    expect(f).toContain("Grace Hopper");
    // the unnamed profile is listed by its headline
    expect(f).toContain("Staff Engineer");
    // headline, tags as ·-separated chips, contact line
    expect(f).toContain("Systems Engineer · Rust · Distributed systems · London");
    expect(f).toContain("ada.lovelace@example.com · https://ada.lovelace.example.com · London, UK");
    expect(selectedRow(h)).toContain("Ada Lovelace");
  });

  test("j/k, G/g and arrows move the selection marker", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("j");
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Grace Hopper"));
    await h.press("G");
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Staff Engineer"));
    await h.press("k");
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Grace Hopper"));
    await h.press("g");
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Ada Lovelace"));
    await h.press(KEY.down, KEY.down, KEY.down);
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Staff Engineer"));
    await h.press(KEY.home);
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Ada Lovelace"));
    // the detail pane follows the selection
    await h.press(KEY.end);
    await h.waitForText("$ whoami");
    expect(h.frame()).toContain("anon@example.com");
  });

  test("keys that arrive in one chunk are each applied", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("jj2");
    await h.waitUntil(() => (selectedRow(h) ?? "").includes("Staff Engineer"));
  });

  test("Tab and ←/→ move the focus between panes (double border = focused)", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    expect(h.lines()[0]!.startsWith("╔")).toBe(true);
    await h.press(KEY.tab);
    await h.waitUntil(() => h.lines()[0]!.startsWith("┌"));
    expect(h.lines()[0]).toContain("╔");
    await h.press(KEY.shiftTab);
    await h.waitUntil(() => h.lines()[0]!.startsWith("╔"));
    await h.press("l");
    await h.waitUntil(() => h.lines()[0]!.startsWith("┌"));
    await h.press(KEY.left);
    await h.waitUntil(() => h.lines()[0]!.startsWith("╔"));
    await h.press(KEY.enter);
    await h.waitUntil(() => h.lines()[0]!.startsWith("┌"));
    await h.press(KEY.escape);
    await h.waitUntil(() => h.lines()[0]!.startsWith("╔"));
  });

  test("every section opens with its number and shows its content", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    const expected: [string, string, string[]][] = [
      ["1", "Overview", ["builds fast, boring infrastructure"]],
      [
        "2",
        "Experience",
        [
          "Systems Engineer · Cloudflare (Rulesets Engine)",
          "London, UK · Jan '26 → present",
          "• Working on the rules engine",
          "[Rust] [Go] [Tokio]",
          "▸ Trading Platform",
          "Joined Dec '22 · Promoted Nov '23",
          "Dublin, IE · Dec '22 → Jan '26",
        ],
      ],
      ["3", "Projects", ["directories", "crate · 22M downloads", "fork"]],
      ["4", "Skills", ["Current stack", "[Clickhouse]", "Previous stack"]],
      [
        "5",
        "Education",
        ["Indian Institute of Technology, Delhi", "B.Tech · Mechanical · Jul '16 → Jul '20", "• Top 3"],
      ],
      // one number per kind of section in every profile: Interests is always 7
      ["7", "Interests", ["Reading", "Photography"]],
    ];
    for (const [key, title, texts] of expected) {
      await h.press(key);
      await h.waitForText(new RegExp(`›${key} (${title}|${SHORT[title]})`));
      for (const t of texts) expect(h.frame(), `${title}: ${t}`).toContain(t);
    }
    // ] and [ cycle through the sections this profile has, Other (no number) included
    await h.press("]");
    await h.waitForText(/›· Other/);
    expect(h.frame()).toContain("RustConf 2024");
    await h.press("]");
    await h.waitForText(tab(1, "Overview"));
    await h.press("[");
    await h.waitForText(/›· Other/);
    // a kind this profile lacks says so instead of failing silently (its number is dimmed)
    await h.press("6");
    await h.waitForText("No Languages in this profile");
  });

  test("long content scrolls, with a position indicator", async () => {
    const h = mount(libraryOf([longProfile("Scroll Person", 30)]), { columns: 120, rows: 30 });
    await h.waitForText("$ whoami");
    await h.press("2", KEY.tab);
    await h.waitForText(/ 1–\d+\/\d+ /);
    const total = Number(/1–\d+\/(\d+)/.exec(h.frame())![1]);
    expect(total).toBeGreaterThan(100);
    expect(h.frame()).toContain("Engineer 1 · Company 1");
    expect(h.frame()).not.toContain("Company 30");
    await h.press("j", "j");
    await h.waitForText(/ 3–\d+\/\d+ /);
    await h.press(KEY.pageDown);
    await h.waitUntil((f) => !f.includes("Engineer 1 · Company 1"));
    await h.press(KEY.pageUp);
    await h.waitForText(/ 3–\d+\/\d+ /);
    // Ctrl-D / Ctrl-U: half a page down and back
    await h.press(KEY.ctrlD);
    await h.waitUntil((f) => !/ 3–\d+\/\d+ /.test(f));
    await h.press(KEY.ctrlU);
    await h.waitForText(/ 3–\d+\/\d+ /);
    await h.press("G");
    await h.waitForText(new RegExp(`–${total}/${total} `));
    expect(h.frame()).toContain("marker-30");
    await h.press("g");
    await h.waitForText(/ 1–\d+\/\d+ /);
    await h.press(KEY.ctrlD);
    await h.waitUntil((f) => !/ 1–\d+\/\d+ /.test(f));
  });

  test("? shows the help generated from the keymap; Esc closes it, and so does q (as in lazygit)", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("?");
    await h.waitForText("Keys · Esc, q or ? closes");
    for (const t of [
      "move down / scroll down",
      "PgDn Space",
      "g Home",
      "Shift-Tab",
      "1–9",
      "next hit",
      "half a page down",
    ]) {
      expect(h.frame()).toContain(t);
    }
    await h.press(KEY.escape);
    await h.waitUntil((f) => !f.includes("Keys · Esc, q or ? closes"));
    await h.press("?");
    await h.waitForText("Keys · Esc, q or ? closes");
    await h.press("q");
    await h.waitUntil((f) => !f.includes("Keys · Esc, q or ? closes") && f.includes("$ whoami"));
    expect(h.quits).toBe(0);
    await h.press("q");
    await h.waitUntil(() => h.quits === 1);
  });

  test("the help scrolls on a short terminal", async () => {
    const h = mount(three(), { columns: 60, rows: 12 });
    await h.waitForText("People");
    await h.press("?");
    await h.waitForText(/Keys · Esc, q or \? closes\s+1–\d+\/\d+/);
    expect(h.frame()).not.toContain("quit, from anywhere");
    await h.press("G");
    await h.waitForText("suspend (fg resumes");
  });
});

test("initialId opens that profile directly", async () => {
  const lib = three();
  const h = mount(lib, { columns: 50, rows: 15, initialId: lib.entries[1]!.id });
  await h.waitForText("$ whoami Grace Hopper");
});

test("an empty library says what to do instead of failing", async () => {
  const h = mount(libraryOf([]), { columns: 120, rows: 20 });
  await h.waitForText("No profiles loaded");
  await h.press("j", KEY.enter, "2", "/");
  await h.type("x");
  await h.waitForText('No matches for "x"');
  await h.press(KEY.escape, "q");
  await h.waitUntil(() => h.quits === 1);
});

describe("narrow layout", () => {
  test("one pane at a time: Enter drills in, Esc goes back", async () => {
    const h = mount(three(), { columns: 50, rows: 15 });
    await h.waitForText("People");
    expect(h.frame()).not.toContain("$ whoami");
    await h.press("j", KEY.enter);
    await h.waitForText("$ whoami Grace Hopper");
    expect(h.frame()).not.toContain("Ada Lovelace");
    await h.press("2");
    await h.waitForText("›2 Work");
    await h.press(KEY.escape);
    await h.waitForText("People");
    expect(selectedRow(h)).toContain("Grace Hopper");
    // a section number opens the detail at that section
    await h.press("3");
    await h.waitForText(tab(3, "Projects"));
    await h.press("h");
    await h.waitForText("People");
  });

  test("usable at 40×12: nothing wider than the terminal, nothing taller", async () => {
    const h = mount(libraryOf([longProfile("A Person With A Rather Long Name Indeed", 10)]), {
      columns: 40,
      rows: 12,
    });
    await h.waitForText("People");
    const check = () => {
      const lines = h.lines();
      expect(lines.length).toBeLessThanOrEqual(11);
      for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(40);
    };
    check();
    await h.press(KEY.enter, "2");
    await h.waitForText("›2 Work");
    check();
    await h.press("G");
    await h.waitForText(/\/\d+$/m);
    check();
    await h.press("/");
    await h.type("marker");
    await h.waitForText("hits");
    check();
  });

  test("below 20×6 one line says the terminal is too small, and its size", async () => {
    for (const [columns, rows] of [
      [16, 4],
      [19, 30],
      [80, 5],
      [1, 1],
    ] as const) {
      const h = mount(three(), { columns, rows });
      await h.waitForText(/Terminal too small|Termina|T/);
      const line = `Terminal too small: ${columns}×${rows} (needs 20×6)`.slice(0, columns);
      expect(h.lines().filter((l) => l.trim())).toEqual([line]);
      h.unmount();
    }
  });

  test("small and absurd sizes still draw the browser", async () => {
    // A terminal that claims more than 1000×500 is laid out (and drawn) as 1000×500, so
    // absurd claims cost no more than that; the SSH server clamps its sessions to 500×200.
    expect(layoutFor(5000, 3000)).toEqual(layoutFor(1000, 500));
    expect(layoutFor(1_000_000, 1_000_000)).toEqual(layoutFor(1000, 500));
    for (const [columns, rows] of [
      [20, 6],
      [30, 8],
      [0, 0],
      [500, 200],
    ] as const) {
      const h = mount(three(), { columns, rows });
      await h.waitForText("People");
      await h.press(KEY.enter, "2", "G", "/");
      await h.type("ada");
      await h.press(KEY.enter);
      await h.waitForText(/hit 1\/|No matches/);
      if (columns >= 16 && rows >= 4 && columns <= 1000 && rows <= 500) {
        expect(h.lines().length).toBeLessThanOrEqual(rows - 1);
        for (const l of h.lines()) expect([...l].length).toBeLessThanOrEqual(columns);
      }
      h.unmount();
    }
  }, 180_000);

  test("re-lays itself out on resize", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    expect(h.frame()).toContain("People");
    await h.resize(50, 15);
    await h.waitUntil((f) => !f.includes("$ whoami") && f.includes("People"));
    expect(Math.max(...h.lines().map((l) => [...l].length))).toBeLessThanOrEqual(50);
    await h.press(KEY.enter);
    await h.waitForText("$ whoami Ada Lovelace");
    await h.resize(130, 30);
    await h.waitUntil((f) => f.includes("People") && f.includes("$ whoami"));
    expect(Math.max(...h.lines().map((l) => [...l].length))).toBeGreaterThan(100);
  });
});

describe("search", () => {
  test("letters are query text, results update per key, Enter jumps and marks the hit", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("/");
    await h.waitForText("Type to search every profile");
    await h.type("kafka");
    await h.waitForText(/\d+ hits? in 1 profile/);
    // the list is filtered to profiles with hits
    expect(h.frame()).toContain('Matches for "kafka"');
    expect(h.frame()).toContain("Grace Hopper");
    expect(h.frame()).not.toContain("Ada Lovelace");
    // the result row: who · section, then the snippet with the match bold+underlined
    expect(h.frame()).toContain("Grace Hopper · Skills");
    expect(h.raw()).toMatch(
      /\u001b\[1m\u001b\[4m[^\n]*Kafka|\u001b\[4m\u001b\[1m[^\n]*Kafka|\u001b\[1;4m[^\n]*Kafka/,
    );
    await h.press(KEY.enter);
    await h.waitForText(tab(4, "Skills"));
    expect(h.frame()).toContain("hit 1/");
    // the match is marked in the detail pane (bold + underline + inverse in monochrome)
    const row = h
      .raw()
      .split("\n")
      .find((l) => l.includes("Kafka"))!;
    expect(row).toMatch(/\u001b\[(1|4|7)m/);
  });

  test("q is text while typing; Backspace and Ctrl-W edit; Esc restores the previous view", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("j", "3");
    await h.waitForText(tab(3, "Projects"));
    await h.press("/");
    await h.type("qx");
    await h.waitForText("/qx");
    expect(h.quits).toBe(0);
    await h.press(KEY.backspace);
    await h.waitForText(/\/q\s/);
    await h.press(KEY.ctrlW);
    await h.waitForText("Type to search every profile");
    await h.type("cobol");
    await h.waitForText('Matches for "cobol"');
    await h.press(KEY.escape);
    await h.waitForText(tab(3, "Projects"));
    expect(selectedRow(h)).toContain("Grace Hopper");
    expect(h.frame()).toContain("People");
    expect(h.frame()).toContain("Ada Lovelace");
  });

  test("n/N go to the next/previous hit across profiles", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("n");
    await h.waitForText("No search: press / to search");
    await h.press("/");
    await h.type("london");
    await h.waitForText(/\d+ hits in 2 profiles/);
    const count = Number(/(\d+) hits in/.exec(h.frame())![1]);
    await h.press(KEY.enter);
    await h.waitForText(`hit 1/${count}`);
    // in the profile, n walks its hits in reading order, N back
    await h.press("n");
    await h.waitUntil((f) => /hit \d+\//.test(f) && !f.includes(`hit 1/${count}`));
    await h.press("N");
    await h.waitForText(`hit 1/${count}`);
    // from the list, n and N go by rank
    await h.press(KEY.tab);
    await h.press("n");
    await h.waitForText(`hit 2/${count}`);
    await h.press(KEY.tab, "N");
    await h.waitForText(`hit 1/${count}`);
    await h.press(KEY.tab, "N");
    await h.waitForText(`hit ${count}/${count}`);
    // Esc from the detail pane goes to the (still filtered) list; again clears the search
    await h.press(KEY.escape);
    await h.waitUntil(() => h.lines()[0]!.startsWith("╔"));
    expect(h.frame()).toContain('Matches for "london"');
    await h.press(KEY.escape);
    await h.waitForText("People");
  });

  test("↑/↓ choose a result and the list follows its profile", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("/");
    await h.type("london");
    await h.waitForText(/hits in 2 profiles/);
    const first = selectedRow(h);
    let moved = false;
    for (let i = 0; i < 20 && !moved; i++) {
      await h.press(KEY.down);
      moved = selectedRow(h) !== first;
    }
    expect(moved).toBe(true);
  });

  test("Ctrl-C quits from the search bar", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("/");
    await h.type("ab");
    await h.press(KEY.ctrlC);
    await h.waitUntil(() => h.quits === 1);
  });

  test("narrow: the results take the pane, Enter opens the hit", async () => {
    const h = mount(three(), { columns: 50, rows: 15 });
    await h.waitForText("People");
    await h.press("/");
    await h.type("cobol");
    await h.waitForText("Grace Hopper · Skills");
    await h.press(KEY.enter);
    await h.waitForText("$ whoami Grace Hopper");
    expect(h.frame()).toMatch(tab(4, "Skills"));
  });
});

describe("rendering data safely", () => {
  test("emails and URLs are OSC 8 hyperlinks showing the address itself", async () => {
    const h = mount(three(), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    const raw = h.raw();
    expect(raw).toContain("\u001b]8;;mailto:ada.lovelace@example.com\u0007ada.lovelace@example.com");
    expect(raw).toContain("\u001b]8;;https://ada.lovelace.example.com\u0007https://ada.lovelace.example.com");
  });

  test("control characters in data never reach the terminal", async () => {
    const evil = person("Mallory \u001b]0;pwned\u0007Evil", {
      work: [
        {
          name: "Ev\u001b[2Jil\u009b31m Corp",
          position: "Boss\u0007",
          highlights: ["clip\u001b]52;c;ZXZpbA==\u0007board", "bidi \u202eoverride"],
        },
      ],
      basics: { name: "Mallory", email: "m@example.com", url: "javascript:alert(1)" },
    });
    const h = mount(libraryOf([evil]), { columns: 120, rows: 40 });
    await h.waitForText("$ whoami");
    await h.press("2");
    await h.waitForText(tab(2, "Experience"));
    for (const frame of [h.raw()]) {
      // remove what we emit ourselves: SGR styles and OSC 8 links with safe targets
      const rest = frame.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[^\u0007\u001b]*\u0007/g, "");
      expect(rest).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(h.frame()).toContain("Boss");
    // a javascript: URL is shown, never linked
    await h.press("1");
    await h.waitForText("javascript:alert(1)");
    expect(h.raw()).not.toContain("\u001b]8;;javascript");
  });

  test("the monochrome theme shows selection without colour", async () => {
    const h = mount(three(), { columns: 120, rows: 40, color: false });
    await h.waitForText("$ whoami");
    const row = h
      .raw()
      .split("\n")
      .find((l) => stripVTControlCharacters(l).includes("› Ada Lovelace"))!;
    expect(row).toContain("\u001b[7m"); // inverse
    expect(row).not.toMatch(/\u001b\[(3[0-79]|4[0-79]|9[0-7])m/); // no colour codes
  });

  test("the colour theme colours and still marks", async () => {
    const h = mount(three(), { columns: 120, rows: 40, color: true });
    await h.waitForText("$ whoami");
    expect(h.raw()).toMatch(/\u001b\[(3[0-7]|9[0-7])m/);
    expect(selectedRow(h)).toContain("Ada Lovelace");
  });
});

describe("scale", () => {
  test("10,000 profiles: only the visible window is drawn; End reaches the last", async () => {
    const h = mount(libraryOf(manyProfiles(10_000)), { columns: 120, rows: 40 });
    await h.waitForText("1/10000");
    const names = () => h.lines().filter((l) => /Person \d{5}/.test(l.split("║│")[0] ?? l)).length;
    expect(names()).toBeLessThanOrEqual(36);
    await h.press("G");
    await h.waitForText("10000/10000");
    expect(selectedRow(h)).toContain("Person 10000");
    await h.press(KEY.pageUp);
    await h.waitForText(/\b(99[0-9]{2})\/10000/);
    expect(names()).toBeLessThanOrEqual(36);
  });
});
