/**
 * Issue 12, "the browser as a daily tool", on the BUILT CLI in a real terminal (tmux):
 * a folder of 700 people and a broken file, emoji, date ranges, entry names in hits,
 * help and q, SIGTERM, no colour, a light background, copy (OSC 52) and the mouse.
 * Every wait is a bounded poll on the screen, never a sleep.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SOCKET = `resumes-e2e-daily-${process.pid}`;
let big: string;
let small: string;
let deep: string;

const env = { ...process.env };
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;
delete env.NO_COLOR;
delete env.FORCE_COLOR;
delete env.COLORFGBG;
delete env.RESUMES_THEME;
env.TERM = "xterm-256color";

const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { env, encoding: "utf8" });
const screen = (s: string, escapes = false) =>
  tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", s);

async function waitFor(
  s: string,
  ok: (x: string) => boolean,
  what: string,
  escapes = false,
): Promise<string> {
  const until = Date.now() + 30_000;
  let last = "";
  while (Date.now() < until) {
    last = screen(s, escapes);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}
const waitText = (s: string, t: string | RegExp) =>
  waitFor(s, (x) => (typeof t === "string" ? x.includes(t) : t.test(x)), String(t));
const keys = (s: string, ...k: string[]) => k.forEach((key) => tmux("send-keys", "-t", s, key));
const type = (s: string, text: string) => tmux("send-keys", "-t", s, "-l", text);
/**
 * Escape, then wait until the browser has drawn its effect: an Escape and the key after it
 * in one read are one keypress (Alt and that key), as in any terminal program.
 */
async function escape(s: string): Promise<void> {
  const before = screen(s);
  keys(s, "Escape");
  await waitFor(s, (x) => x !== before, "Escape taken");
}

function start(s: string, cols: number, rows: number, dir: string, vars = "", args = "", cwd = ROOT): void {
  const cmd = `echo BEFORE; ${vars} node ${JSON.stringify(CLI)} browse ${args} ${JSON.stringify(dir)}; echo EXITED:$?; sleep 600`;
  tmux("new-session", "-d", "-s", s, "-c", cwd, "-x", String(cols), "-y", String(rows), "sh", "-c", cmd);
}
const alternateOn = (s: string) => tmux("display-message", "-p", "-t", s, "#{alternate_on}").trim();
const inside = (sc: string, cols: number) =>
  sc
    .split("\n")
    .every((l) => [...l].reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : 1), 0) <= cols);

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  const root = mkdtempSync(join(tmpdir(), "resumes-e2e-daily-"));
  big = join(root, "big");
  small = join(root, "small");
  deep = join(root, "a-rather-long-folder-name", "with", "several", "levels");
  mkdirSync(big);
  mkdirSync(small);
  mkdirSync(deep, { recursive: true });
  // 700 people, each a Zephyrologist (the word every one of them has, and nothing else)
  for (let i = 0; i < 700; i++)
    writeFileSync(
      join(big, `p${String(i).padStart(3, "0")}.json`),
      JSON.stringify({
        basics: { name: `Person ${i} Example`, label: "Zephyrologist" },
        work: [{ name: `Firm ${i}`, position: "Analyst", startDate: "2010", endDate: "2012" }],
      }),
    );
  writeFileSync(join(big, "zz-broken.json"), '{"basics": {"name": "Broken');
  // Not UTF-8 (é as one byte): read as Windows-1252, with a warning
  writeFileSync(join(big, "zz-latin1.md"), Buffer.from("# Jos\xe9 Lat\xedn\n\nNurse\n", "latin1"));
  writeFileSync(
    join(small, "ada.json"),
    JSON.stringify({
      basics: {
        name: "Ada Lovelace 👍🏽",
        label: "Analytical Engineer 👩🏽‍💻",
        email: "ada@example.com",
        url: "https://ada.example.com",
      },
      work: [
        {
          name: "Engines Ltd and the Very Long Company Name of Analytical Machines Incorporated",
          position: "Principal Engineer of Difference and Analytical Engines",
          location: "London, United Kingdom of Great Britain",
          startDate: "2008",
          endDate: "2012",
          highlights: ["Built engines 👍🏽 with Rust"],
        },
      ],
      projects: [
        { name: "Notification Engine", description: "A Rust service that sends notifications" },
        { name: "Difference Engine", description: "Rust bindings for the engine" },
      ],
    }),
  );
  writeFileSync(
    join(small, "grace.json"),
    JSON.stringify({ basics: { name: "Grace Hopper", label: "Compiler Pioneer" } }),
  );
  writeFileSync(
    join(deep, "grace.json"),
    JSON.stringify({ basics: { name: "Grace Hopper", label: "Compiler Pioneer" } }),
  );
});

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"], { env });
  if (big) rmSync(resolve(big, ".."), { recursive: true, force: true });
});

describe("issue 12 in a real terminal", () => {
  for (const [cols, rows] of [
    [120, 40],
    [50, 15],
  ] as const) {
    test(`${cols}×${rows}: a search over 700 people reaches all 700; the broken file is named at once and by !`, async () => {
      const s = `big${cols}`;
      start(s, cols, rows, big);
      let sc = await waitText(s, "could not be read");
      expect(sc).toContain("1 file could not be read");
      if (cols >= 100) expect(sc).toContain("1 warning (! lists them)");
      keys(s, "!");
      // a long path wraps in the view (its reason is never cut): read it joined
      const joined = (x: string) => x.replace(/[║│\s]+/g, "");
      sc = await waitFor(s, (x) => joined(x).includes("zz-broken.json"), "the broken file named");
      expect(joined(sc)).toMatch(/invalidJSON/);
      expect(joined(sc)).toContain("zz-latin1.md:warning:notvalidUTF-8;readasWindows-1252");
      keys(s, "q");
      await waitFor(s, (x) => !joined(x).includes("zz-broken.json"), "problems closed");
      keys(s, "/");
      type(s, "zephyrologist");
      sc = await waitText(s, /hits? in 700 profiles/);
      expect(sc).not.toMatch(/\+ hits|profiles\+/);
      keys(s, "Enter", "Tab", "G");
      // the last person of the 700 is reachable in the list
      await waitText(s, "700/700");
      keys(s, "q");
      await waitText(s, "EXITED:2"); // a file failed to load: exit 2 (an error), as the CLI does
      expect(alternateOn(s)).toBe("0");
    });

    test(`${cols}×${rows}: 👍🏽 keeps the frame inside; /rust names the project; ? then q leaves it running; SIGTERM restores`, async () => {
      const s = `small${cols}`;
      start(s, cols, rows, small);
      let sc = await waitText(s, "Ada Lovelace");
      if (cols < 100) {
        keys(s, "Enter");
        sc = await waitText(s, "$ whoami");
      }
      expect(inside(sc, cols)).toBe(true);
      expect(sc.trimEnd().split("\n").length).toBeLessThanOrEqual(rows);
      if (cols >= 100) {
        expect(sc.split("\n")[0]).toMatch(/^[╔╭┌]/); // the top border did not scroll away
        expect(sc).toMatch(/[╚╰└]/);
      }
      keys(s, "/");
      type(s, "rust");
      await waitText(s, "Projects › Notification Engine");
      await escape(s);
      keys(s, "?");
      await waitText(s, "Keys · Esc, q or ? closes");
      keys(s, "q");
      sc = await waitFor(s, (x) => !x.includes("Keys · Esc") && x.includes("Ada Lovelace"), "help closed");
      expect(sc).not.toContain("EXITED");
      const pid = tmux("display-message", "-p", "-t", s, "#{pane_pid}").trim();
      const child = execFileSync("pgrep", ["-P", pid, "-f", "dist/cli.js"], { encoding: "utf8" })
        .trim()
        .split("\n")[0]!;
      process.kill(Number(child), "SIGTERM");
      sc = await waitText(s, "EXITED:143");
      expect(sc).toContain("BEFORE");
      expect(alternateOn(s)).toBe("0");
      expect(tmux("display-message", "-p", "-t", s, "#{cursor_flag}").trim()).toBe("1");
    });
  }

  for (const cols of [120, 200]) {
    test(`${cols} columns: 2008 → 2012 stays on one line`, async () => {
      const s = `dates${cols}`;
      start(s, cols, 40, small);
      await waitText(s, "Ada Lovelace");
      keys(s, "2");
      const sc = await waitText(s, "Principal Engineer");
      expect(sc).toContain("2008 → 2012");
      keys(s, "q");
      await waitText(s, "EXITED:0");
    });
  }

  test("the file a profile came from: relative to where you are at 120×40, cut from its start at 40×12", async () => {
    const root = resolve(big, "..");
    const rel = "a-rather-long-folder-name/with/several/levels/grace.json";
    start("file120", 120, 40, deep, "", "", root);
    start("file40", 40, 12, deep, "", "", root);
    let sc = await waitText("file120", rel);
    expect(sc).not.toContain(root); // relative, not the absolute path
    await waitText("file40", "Grace Hopper");
    keys("file40", "Enter");
    sc = await waitText("file40", "$ whoami");
    const lines = sc.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(inside(sc, 40)).toBe(true);
    // the line above the status bar: the end of the path, cut at a separator
    const footer = lines[lines.length - 2]!.trim();
    expect(footer).toMatch(/^…\/.*\/levels\/grace\.json$/);
    expect(rel.endsWith(footer.slice(1))).toBe(true);
    expect(sc).toMatch(/›1 About/); // the tabs are still there
    for (const s of ["file120", "file40"]) keys(s, "q");
    await waitText("file120", "EXITED:0");
    await waitText("file40", "EXITED:0");
  });

  test("the search box edits as readline does and takes a bracketed paste as text; SIGHUP restores the screen", async () => {
    const s = "readline";
    start(s, 120, 40, small);
    await waitText(s, "Ada Lovelace");
    keys(s, "/");
    type(s, "ada lovelace");
    await waitText(s, "/ada lovelace");
    keys(s, "C-w"); // the last word
    await waitFor(s, (x) => /\/ada \s/.test(x) && !x.includes("/ada lovelace"), "Ctrl-W");
    keys(s, "C-a");
    type(s, "x");
    await waitText(s, "/xada");
    keys(s, "C-e");
    type(s, "y");
    await waitText(s, "/xada y");
    keys(s, "Left", "Left");
    type(s, "<");
    await waitText(s, "/xada< y");
    keys(s, "Right");
    type(s, ">");
    await waitText(s, "/xada< >y");
    keys(s, "C-u"); // the whole line
    await waitFor(s, (x) => !x.includes("xada"), "Ctrl-U");
    // a paste with a newline: text (the newline a space), not Enter and more keys
    tmux("set-buffer", "-b", "p", "notification\nengine");
    tmux("paste-buffer", "-p", "-b", "p", "-t", s);
    const sc = await waitText(s, "/notification engine");
    expect(sc).toContain("Projects › Notification Engine");
    expect(sc).not.toMatch(/hit \d+\//); // still typing: nothing was opened
    const pid = tmux("display-message", "-p", "-t", s, "#{pane_pid}").trim();
    const child = execFileSync("pgrep", ["-P", pid, "-f", "dist/cli.js"], { encoding: "utf8" })
      .trim()
      .split("\n")[0]!;
    process.kill(Number(child), "SIGHUP");
    await waitText(s, "EXITED:129");
    expect(alternateOn(s)).toBe("0");
  });

  for (const [cols, rows, vars] of [
    [50, 15, "NO_COLOR=1"],
    [50, 15, "COLORFGBG='0;15'"],
    [120, 40, ""],
  ] as const) {
    test(`${cols}×${rows} ${vars || "default"}: f filters, s sorts, v shows the whole profile with the missing sections dimmed, ↑ recalls the last query`, async () => {
      const s = `keys${cols}${vars.replace(/\W/g, "")}`;
      start(s, cols, rows, small, vars);
      await waitText(s, "Ada Lovelace");
      keys(s, "f");
      type(s, "grace");
      await waitText(s, 'People (filter "grace")');
      keys(s, "Enter");
      let sc = await waitText(s, "Grace Hopper");
      expect(sc).not.toContain("Ada Lovelace");
      keys(s, "Escape"); // the filter goes
      await waitText(s, "Ada Lovelace");
      keys(s, "s");
      await waitText(s, "People (by name)");
      keys(s, "g");
      if (cols < 100) keys(s, "Enter");
      keys(s, "v");
      sc = await waitText(s, "whole · ");
      expect(sc).toContain("── Overview");
      expect(inside(sc, cols)).toBe(true);
      // Ada has no skills nor education: their numbers are drawn dim (not by colour alone)
      sc = await waitFor(s, (x) => /\u001b\[[0-9;]*2m[^\u001b]*4/.test(x), "a dimmed missing section", true);
      if (vars.startsWith("NO_COLOR")) expect(sc).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7])m/);
      keys(s, "v");
      await waitFor(s, (x) => !x.includes("whole · "), "the whole view closed");
      if (cols < 100) await escape(s);
      keys(s, "/");
      type(s, "engine");
      keys(s, "Enter");
      await waitText(s, "hit 1/");
      await escape(s);
      keys(s, "/");
      await waitFor(s, (x) => !x.includes("hit 1/"), "a new, empty query");
      keys(s, "Up"); // from an empty query, the last one
      await waitText(s, "/engine");
      await escape(s); // the query closes: the list and its keys are back
      await waitFor(s, (x) => !x.includes("/engine") && x.includes("q quit"), "the query closed");
      keys(s, "q");
      await waitText(s, "EXITED:0");
    });
  }

  test("in a long section Ctrl-D/Ctrl-U move half a page, Space/b a page, and the mouse wheel scrolls", async () => {
    const s = "scroll";
    start(s, 120, 40, join(ROOT, "seeds"));
    await waitText(s, "Abhirag Awasthi");
    keys(s, "2", "Tab"); // Experience, and the focus on the profile
    const at = (x: string) => /(\d+)–\d+\/(\d+) ║/.exec(x);
    let sc = await waitFor(s, (x) => at(x)?.[1] === "1", "a long section at its top");
    const total = Number(at(sc)![2]);
    const step = async (key: string, ok: (first: number) => boolean, what: string) => {
      if (key.startsWith("\u001b")) tmux("send-keys", "-t", s, "-l", key);
      else keys(s, key);
      sc = await waitFor(s, (x) => !!at(x) && ok(Number(at(x)![1])), what);
      return Number(at(sc)![1]);
    };
    const half = await step("C-d", (f) => f > 1, "Ctrl-D");
    await step("C-u", (f) => f === 1, "Ctrl-U");
    const page = await step("Space", (f) => f > half, "Space");
    expect(page).toBeLessThanOrEqual(total);
    await step("b", (f) => f === 1, "b");
    const wheel = await step("\u001b[<65;60;20M", (f) => f > 1, "the wheel down");
    expect(wheel).toBeLessThan(half);
    await step("\u001b[<64;60;20M", (f) => f === 1, "the wheel up");
    keys(s, "q");
    await waitText(s, "EXITED:0");
  });

  test("the mouse is asked for by default and not with --no-mouse (so the terminal's own selection works)", async () => {
    const flag = (s: string) =>
      tmux("display-message", "-p", "-t", s, "#{mouse_sgr_flag}#{mouse_button_flag}#{mouse_any_flag}").trim();
    start("mouseon", 120, 40, small);
    start("mouseoff", 120, 40, small, "", "--no-mouse");
    await waitText("mouseon", "Ada Lovelace");
    await waitText("mouseoff", "Ada Lovelace");
    expect(flag("mouseon")).toMatch(/^1/); // SGR mouse reports on
    expect(flag("mouseoff")).toBe("000");
    for (const s of ["mouseon", "mouseoff"]) keys(s, "q");
    await waitText("mouseon", "EXITED:0");
    await waitText("mouseoff", "EXITED:0");
  });

  test("o opens a link of the profile with the system's opener (local only), from the chooser", async () => {
    const bin = join(resolve(big, ".."), "fake-bin");
    mkdirSync(bin, { recursive: true });
    const opened = join(bin, "opened");
    writeFileSync(join(bin, "xdg-open"), `#!/bin/sh\necho "$@" > ${JSON.stringify(opened)}\n`);
    chmodSync(join(bin, "xdg-open"), 0o755);
    const s = "open";
    start(s, 120, 40, small, `PATH=${JSON.stringify(bin)}:$PATH`);
    await waitText(s, "Ada Lovelace");
    keys(s, "o");
    await waitText(s, "Open · 1–9 or Enter");
    keys(s, "1");
    const until = Date.now() + 30_000;
    const said = () => (existsSync(opened) ? readFileSync(opened, "utf8") : "");
    while (!said().endsWith("\n") && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(said().trim()).toBe("mailto:ada@example.com");
    keys(s, "q");
    await waitText(s, "EXITED:0");
  });

  test("n and N inside a profile walk its hits in reading order, every one of them, and back", async () => {
    const s = "walk";
    start(s, 120, 40, small);
    await waitText(s, "Ada Lovelace");
    keys(s, "/");
    type(s, "engine");
    keys(s, "Enter");
    const hitOf = (x: string) => /hit (\d+)\/(\d+)/.exec(x);
    let sc = await waitFor(s, (x) => !!hitOf(x), "the first hit");
    const total = Number(hitOf(sc)![2]);
    expect(total).toBeGreaterThan(2);
    const seen = [Number(hitOf(sc)![1])];
    for (let k = 1; k < total; k++) {
      const before = hitOf(sc)![1];
      keys(s, "n");
      sc = await waitFor(s, (x) => !!hitOf(x) && hitOf(x)![1] !== before, `n number ${k}`);
      expect(sc).toContain("Ada Lovelace");
      seen.push(Number(hitOf(sc)![1]));
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const last = hitOf(sc)![1];
    keys(s, "N");
    sc = await waitFor(s, (x) => !!hitOf(x) && hitOf(x)![1] !== last, "N");
    expect(Number(hitOf(sc)![1])).toBe(seen[seen.length - 2]);
    await escape(s);
    keys(s, "q");
    await waitText(s, "EXITED:0");
  });

  test("below the smallest size one line says how small; a resize brings the browser back", async () => {
    const s = "tiny";
    start(s, 30, 5, small);
    let sc = await waitText(s, "too small");
    expect(sc).toContain("30×5");
    expect(sc.trim().split("\n")).toHaveLength(1);
    tmux("resize-window", "-t", s, "-x", "40", "-y", "12");
    sc = await waitText(s, "Ada Lovelace");
    expect(sc).not.toContain("too small");
    keys(s, "q");
    await waitText(s, "EXITED:0");
  });

  test("NO_COLOR / FORCE_COLOR=0 / TERM=dumb: matches still marked (inverse, bold, underline)", async () => {
    for (const vars of ["NO_COLOR=1", "FORCE_COLOR=0", "TERM=dumb"]) {
      const s = `mono${vars.replace(/\W/g, "")}`;
      start(s, 120, 40, small, vars);
      await waitText(s, "Ada Lovelace");
      keys(s, "/");
      type(s, "notification");
      keys(s, "Enter");
      await waitText(s, "hit 1/");
      const sc = await waitFor(
        s,
        (x) => /\u001b\[[0-9;]*7[0-9;]*m[^\u001b]*[Nn]otification/.test(x),
        "a marked match",
        true,
      );
      // no colour at all
      expect(sc).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|4[0-7])m/);
      keys(s, "q");
      await waitText(s, "EXITED:0");
    }
  });

  test("a light background (COLORFGBG, or the terminal's OSC 11 answer): the light theme, no white names; --theme mono forces mono", async () => {
    const s = "light";
    start(s, 120, 40, small, "COLORFGBG='0;15'");
    await waitText(s, "Ada Lovelace");
    const sc = screen(s, true);
    // the dark theme draws names bright cyan (96) and subheadings white; the light one blue
    expect(sc).not.toMatch(/\u001b\[[0-9;]*(96|97)m/);
    expect(sc).not.toMatch(/\u001b\[37m[^\u001b]*Ada Lovelace/);
    expect(sc).toMatch(/\u001b\[[0-9;]*34m/);
    keys(s, "q");
    await waitText(s, "EXITED:0");
    // No COLORFGBG: the terminal is asked (OSC 11), and tmux answers with its window style
    // (the browser starts once the style is set: the shell waits for a line first)
    const o = "osc11light";
    start(o, 120, 40, small, "read _go;");
    tmux("set-option", "-t", o, "window-style", "bg=#ffffff,fg=#000000");
    keys(o, "Enter");
    await waitText(o, "Ada Lovelace");
    const lit = screen(o, true);
    expect(lit).not.toMatch(/\u001b\[[0-9;]*(96|97)m/);
    expect(lit).toMatch(/\u001b\[[0-9;]*34m/);
    keys(o, "q");
    await waitText(o, "EXITED:0");
    const m = "forcedmono";
    start(m, 120, 40, small, "COLORFGBG='0;15'", "--theme mono");
    await waitText(m, "Ada Lovelace");
    expect(screen(m, true)).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7])m/);
    keys(m, "q");
    await waitText(m, "EXITED:0");
  });

  test("e hands the terminal to $EDITOR and reloads the profile after; Ctrl-Z suspends to the shell and fg resumes; Ctrl-L redraws", async () => {
    const root = resolve(big, "..");
    const dir = join(root, "edit");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "grace.json"),
      JSON.stringify({ basics: { name: "Grace Hopper", label: "Compiler Pioneer" } }),
    );
    // An editor that asks on the terminal what to write: it gets the keys, not the browser
    const editor = join(root, "ed.sh");
    writeFileSync(
      editor,
      `#!/bin/sh\nprintf 'editing %s\\n' "$1"\nread answer\nsed -i "s/Compiler Pioneer/$answer/" "$1"\n`,
    );
    chmodSync(editor, 0o755);
    const s = "edit";
    // an interactive shell, for job control (Ctrl-Z)
    tmux(
      "new-session",
      "-d",
      "-s",
      s,
      "-x",
      "120",
      "-y",
      "40",
      "env",
      "PS1=READY> ",
      "bash",
      "--norc",
      "--noprofile",
      "-i",
    );
    type(s, `EDITOR=${editor} node ${JSON.stringify(CLI)} browse ${JSON.stringify(dir)}`);
    keys(s, "Enter");
    await waitText(s, "Compiler Pioneer");
    keys(s, "e");
    await waitText(s, "editing");
    expect(alternateOn(s)).toBe("0"); // the editor has the normal screen
    type(s, "Rear Admiral");
    keys(s, "Enter");
    const sc = await waitText(s, "Reloaded after editing");
    expect(sc).toContain("Rear Admiral");
    expect(alternateOn(s)).toBe("1");
    keys(s, "C-z");
    await waitText(s, /Stopped/);
    expect(alternateOn(s)).toBe("0");
    type(s, "fg");
    keys(s, "Enter");
    // drawn again whole at once, not at the next key
    await waitFor(s, (x) => x.includes("Rear Admiral") && !x.includes("Stopped"), "the browser back");
    expect(alternateOn(s)).toBe("1");
    // Ctrl-L draws every line again: over what something else wrote on the terminal
    const tty = tmux("display-message", "-p", "-t", s, "#{pane_tty}").trim();
    writeFileSync(tty, "\u001b[2J\u001b[HGARBAGE");
    await waitText(s, "GARBAGE");
    keys(s, "C-l");
    await waitFor(s, (x) => x.includes("Rear Admiral") && !x.includes("GARBAGE"), "Ctrl-L to redraw");
    keys(s, "q");
    // back at the shell (its prompt, once the browser has exited): fg's status is the browser's
    const prompt = (x: string) => x.trimEnd().split("\n").at(-1) === "READY>";
    await waitFor(s, (x) => alternateOn(s) === "0" && prompt(x), "the shell's prompt");
    type(s, "echo STATUS:$?");
    keys(s, "Enter");
    await waitText(s, "STATUS:0");
  });

  test("y copies the e-mail with OSC 52 (tmux's clipboard), and a click selects a person", async () => {
    const s = "copy";
    tmux("start-server");
    start(s, 120, 40, small);
    tmux("set-option", "-g", "set-clipboard", "on");
    await waitText(s, "Ada Lovelace");
    keys(s, "y");
    await waitText(s, "Copy · 1–9 or Enter");
    keys(s, "1");
    await waitText(s, "Copied E-mail");
    expect(tmux("show-buffer").trim()).toBe("ada@example.com");
    // a click on Grace's row (border, title, Ada, Grace: row 4, 1-based) selects her
    tmux("send-keys", "-t", s, "-l", "\u001b[<0;5;4M\u001b[<0;5;4m");
    await waitText(s, /› Grace Hopper/);
    keys(s, "q");
    await waitText(s, "EXITED:0");
  });
});
