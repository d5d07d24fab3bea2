/**
 * A big folder in a real terminal (tmux's pty): the browser draws from its first frame,
 * says how far the load has got, shows the people as they load, and says when a limit
 * left files out (no silent limits).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { synthFolder } from "../../bench/synth.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SOCKET = `resumes-big-${process.pid}`;
const N = 800;
let root: string;
let dir: string;

const env = { ...process.env };
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;
delete env.NO_COLOR;
env.TERM = "xterm-256color";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { env, encoding: "utf8" });
}

async function waitFor(session: string, test: (s: string) => boolean, what: string, timeout = 120_000) {
  const until = Date.now() + timeout;
  let last = "";
  while (Date.now() < until) {
    last = tmux("capture-pane", "-p", "-t", session);
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}

function start(session: string, args: string): void {
  const home = join(root, `home-${session}`);
  const cmd = `HOME=${JSON.stringify(home)} RESUMES_CACHE=0 node ${JSON.stringify(CLI)} ${args} 2>${JSON.stringify(join(root, `${session}.err`))}; echo EXITED:$?; sleep 600`;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", "sh", "-c", cmd);
}

beforeAll(async () => {
  if (!existsSync(CLI)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  root = mkdtempSync(join(tmpdir(), "resumes-big-"));
  dir = await synthFolder(root, N);
}, 120_000);

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
  rmSync(root, { recursive: true, force: true });
});

describe("a big folder in the browser", () => {
  test(
    "progress from the first frame, the people as they load, all of them at the end",
    { timeout: 300_000 },
    async () => {
      start("cold", `browse ${JSON.stringify(dir)}`);
      // A frame while loading: the count of files read so far, of the total, and people.
      const loading = await waitFor(
        "cold",
        (s) => {
          const m = new RegExp(`loading (\\d+)/${N} files`).exec(s);
          return m !== null && Number(m[1]) < N && /People\s+1\/\d+/.test(s);
        },
        "a frame with progress and the first people",
      );
      const shown = Number(/People\s+1\/(\d+)/.exec(loading)![1]);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(N);
      // Usable while loading: the cursor moves. (A key pressed in the instant before the
      // terminal is in raw mode waits for Enter in the tty, so press again until it moves.)
      let moved = "";
      for (let tries = 0; tries < 20 && !moved; tries++) {
        tmux("send-keys", "-t", "cold", "j");
        moved = await waitFor(
          "cold",
          (s) => /People\s+[2-9]\d*\/\d+/.test(s),
          "the cursor moved",
          2000,
        ).catch(() => "");
      }
      expect(moved).toMatch(new RegExp(`loading \\d+/${N} files`));
      // Then everyone, and the progress line is gone.
      const done = await waitFor(
        "cold",
        (s) => new RegExp(`People\\s+[2-9]\\d*/${N}\\b`).test(s) && !s.includes("loading "),
        "all loaded",
      );
      expect(done).not.toMatch(/only the first/);
      tmux("send-keys", "-t", "cold", "q");
      await waitFor("cold", (s) => s.includes("EXITED:0"), "exit");
    },
  );

  test(
    "a limit reached is said in the browser and on stderr, not only with -v",
    { timeout: 300_000 },
    async () => {
      // A limit far below the folder's size: only the files it lets in are parsed.
      start("limit", `browse --max-files 20 ${JSON.stringify(dir)}`);
      const s = await waitFor(
        "limit",
        (t) => /People\s+1\/20\b/.test(t) && t.includes("only the first 20 files"),
        "the limit on screen",
      );
      expect(s).toContain("--max-files");
      tmux("send-keys", "-t", "limit", "q");
      await waitFor("limit", (t) => t.includes("EXITED:0"), "exit");
      const { readFileSync } = await import("node:fs");
      expect(readFileSync(join(root, "limit.err"), "utf8")).toMatch(
        /more than 20 résumé files in this folder: only the first 20 \(in sorted order\) are loaded; --max-files N raises the limit/,
      );
    },
  );
});
