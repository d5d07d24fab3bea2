/**
 * The built CLI in a real terminal: tmux provides the pty (so this runs in CI, with
 * CI=true and no terminal of its own), we press real keys and read the screen.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SOCKET = `resumes-e2e-${process.pid}`;
let dir: string;

// The child must decide interactivity from its own pty, not from the CI variable.
const env = { ...process.env };
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;
delete env.NO_COLOR;
env.TERM = "xterm-256color";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { env, encoding: "utf8" });
}

function screen(session: string): string {
  return tmux("capture-pane", "-p", "-t", session);
}

async function waitFor(
  session: string,
  test: (s: string) => boolean,
  what: string,
  timeout = 20_000,
): Promise<string> {
  const until = Date.now() + timeout;
  let last = "";
  while (Date.now() < until) {
    last = screen(session);
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}
const waitText = (session: string, text: string | RegExp) =>
  waitFor(session, (s) => (typeof text === "string" ? s.includes(text) : text.test(s)), String(text));

function keys(session: string, ...k: string[]): void {
  for (const key of k) tmux("send-keys", "-t", session, key);
}

function start(session: string, cols: number, rows: number): void {
  const cmd = `echo BEFORE-BROWSER; node ${JSON.stringify(CLI)} browse ${JSON.stringify(dir)}; echo EXITED:$?; sleep 600`;
  tmux("new-session", "-d", "-s", session, "-x", String(cols), "-y", String(rows), "sh", "-c", cmd);
}

const alternateOn = (session: string) =>
  tmux("display-message", "-p", "-t", session, "#{alternate_on}").trim();

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "resumes-e2e-"));
  const work = Array.from({ length: 25 }, (_, i) => ({
    name: `Company ${i + 1}`,
    position: `Engineer ${i + 1}`,
    startDate: `${2000 + i}-01`,
    endDate: `${2001 + i}-01`,
    highlights: [`Shipped project ${i + 1}`, `Kept service-${i + 1} running`],
  }));
  writeFileSync(
    join(dir, "ada.json"),
    JSON.stringify({
      basics: {
        name: "Ada Lovelace",
        label: "Analytical Engineer",
        email: "ada@example.com",
        tags: ["Rust", "London"],
      },
      work: [
        {
          name: "Engines Ltd",
          position: "Principal Engineer",
          startDate: "2026-01",
          highlights: ["Streams with Kafka at scale"],
          keywords: ["Rust", "Kafka"],
        },
        ...work,
      ],
      skills: [{ name: "Current stack", keywords: ["Rust", "Go"] }],
    }),
  );
  writeFileSync(
    join(dir, "grace.json"),
    JSON.stringify({
      basics: { name: "Grace Hopper", label: "Compiler Pioneer" },
      work: [{ name: "Navy", position: "Rear Admiral", startDate: "1943", endDate: "1986" }],
      projects: [{ name: "COBOL", type: "language", description: "A business language" }],
    }),
  );
});

test("not on a terminal, browse prints the list instead", () => {
  const out = spawnSync("node", [CLI, "browse", dir], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(out.status).toBe(0);
  expect(out.stdout).toContain("Ada Lovelace");
  expect(out.stdout).toContain("Grace Hopper");
  expect(out.stdout).not.toContain("\u001b[?1049h");
});

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"], { env });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("resumes browse in a real terminal (tmux)", () => {
  test("120×40: list beside detail, keys, search, help; q exits and restores the screen", async () => {
    const s = "wide";
    start(s, 120, 40);
    // The first frame comes before the load ("Loading…"): wait for the people.
    let sc = await waitText(s, "Analytical Engineer · Rust · London");
    expect(sc).toContain("People");
    expect(sc).toContain("Ada Lovelace");
    expect(sc).toContain("Grace Hopper");
    expect(sc).toContain("Analytical Engineer · Rust · London");
    expect(sc).not.toContain("BEFORE-BROWSER"); // on the alternate screen
    expect(alternateOn(s)).toBe("1");

    keys(s, "j");
    await waitText(s, "$ whoami");
    await waitFor(s, (x) => /› Grace Hopper/.test(x) && x.includes("Compiler Pioneer"), "Grace selected");

    keys(s, "k");
    await waitFor(s, (x) => /› Ada Lovelace/.test(x), "Ada selected");
    keys(s, "2");
    sc = await waitText(s, /›2 (Experience|Work)/);
    expect(sc).toContain("Principal Engineer · Engines Ltd");
    expect(sc).toContain("Jan '26");
    keys(s, "Tab");
    keys(s, "G");
    sc = await waitText(s, /\d+–(\d+)\/\1/);
    expect(sc).toContain("service-25");

    keys(s, "/");
    await waitText(s, "Type to search every profile");
    for (const ch of "kafka") keys(s, ch);
    sc = await waitText(s, 'Matches for "kafka"');
    expect(sc).toMatch(/hits? in 1 profile/);
    expect(sc).not.toContain("Grace Hopper");
    keys(s, "Enter");
    sc = await waitText(s, "hit 1/");
    expect(sc).toContain("Kafka");

    keys(s, "?");
    sc = await waitText(s, "Keys · Esc, q or ? closes");
    expect(sc).toContain("half a page down");
    keys(s, "Escape");
    await waitFor(s, (x) => !x.includes("Keys · Esc, q or ? closes"), "help closed");

    keys(s, "q");
    sc = await waitText(s, "EXITED:0");
    expect(sc).toContain("BEFORE-BROWSER");
    expect(sc).not.toContain("$ whoami");
    expect(sc).not.toContain("People");
    expect(alternateOn(s)).toBe("0");
  });

  test("50×15: one pane at a time, Enter drills in, Esc back, resize to wide; Ctrl-C exits", async () => {
    const s = "narrow";
    start(s, 50, 15);
    let sc = await waitText(s, "Ada Lovelace");
    expect(sc).not.toContain("$ whoami");
    expect(sc).toContain("Ada Lovelace");
    keys(s, "Enter");
    sc = await waitText(s, "$ whoami Ada Lovelace");
    expect(sc).not.toContain("Grace Hopper");
    for (const line of sc.split("\n")) expect([...line.trimEnd()].length).toBeLessThanOrEqual(50);
    keys(s, "2");
    await waitText(s, /›2 (Experience|Work)/);
    keys(s, "Escape");
    await waitText(s, "Grace Hopper");

    tmux("resize-window", "-t", s, "-x", "120", "-y", "40");
    await waitFor(s, (x) => x.includes("$ whoami") && x.includes("People"), "wide after resize");

    keys(s, "C-c");
    sc = await waitText(s, "EXITED:0");
    expect(sc).toContain("BEFORE-BROWSER");
    expect(sc).not.toContain("$ whoami");
    expect(alternateOn(s)).toBe("0");
  });
});
