import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { startBrowser } from "../../src/tui/start.js";
import { FakeStdin, FakeStdout, KEY, waitFor } from "./render.js";
import { libraryOf, person } from "./profiles.js";

const ENTER_ALT = "\u001b[?1049h";
const LEAVE_ALT = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";

function mountBrowser(options: { tty?: boolean; columns?: number; rows?: number } = {}) {
  const stdout = new FakeStdout(options.columns ?? 100, options.rows ?? 30);
  stdout.isTTY = options.tty ?? true;
  const stdin = new FakeStdin();
  const handle = startBrowser({
    library: libraryOf([person("Ada Lovelace"), person("Grace Hopper")]),
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    color: false,
  });
  const all = () => stdout.writes.join("");
  return { stdout, stdin, handle, all };
}

describe("startBrowser", () => {
  test("enters the alternate screen, and on q leaves it, shows the cursor, resolves", async () => {
    const { stdin, handle, all } = mountBrowser();
    await waitFor(() => all().includes("Ada Lovelace"), all);
    expect(all().startsWith(ENTER_ALT)).toBe(true);
    let done = false;
    const exit = handle.waitUntilExit().then(() => (done = true));
    stdin.send("q");
    await exit;
    expect(done).toBe(true);
    const out = all();
    const leave = out.lastIndexOf(LEAVE_ALT);
    expect(leave).toBeGreaterThan(0);
    expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(leave);
    // nothing is drawn after leaving the alternate screen (showing the cursor is fine)
    expect(
      out
        .slice(leave + LEAVE_ALT.length)
        .split(SHOW_CURSOR)
        .join(""),
    ).toBe("");
  });

  test("Ctrl-C quits from the search bar too", async () => {
    const { stdin, handle, all } = mountBrowser();
    await waitFor(() => all().includes("Ada Lovelace"), all);
    stdin.send("/");
    await waitFor(() => all().includes("Type to search"), all);
    stdin.send("q");
    await waitFor(() => stripVTControlCharacters(all()).includes("/q"), all);
    stdin.send(KEY.ctrlC);
    await handle.waitUntilExit();
    expect(all()).toContain(LEAVE_ALT);
  });

  test("unmount() restores the terminal and resolves waitUntilExit", async () => {
    const { handle, all } = mountBrowser();
    await waitFor(() => all().includes("Ada Lovelace"), all);
    handle.unmount();
    await handle.waitUntilExit();
    expect(all()).toContain(LEAVE_ALT);
    handle.unmount(); // twice is harmless
  });

  test("not a TTY: no alternate screen", async () => {
    const { handle, all } = mountBrowser({ tty: false });
    await waitFor(() => all().includes("Ada Lovelace"), all);
    handle.unmount();
    await handle.waitUntilExit();
    expect(all()).not.toContain(ENTER_ALT);
    expect(all()).not.toContain(LEAVE_ALT);
  });

  test("many browsers at once, each on its own streams and size", async () => {
    const a = mountBrowser({ columns: 120, rows: 40 });
    const b = mountBrowser({ columns: 50, rows: 15 });
    await waitFor(
      () => a.all().includes("$ whoami") && b.all().includes("People"),
      () => a.all() + b.all(),
    );
    expect(b.all()).not.toContain("$ whoami");
    b.stdin.send("q");
    await b.handle.waitUntilExit();
    a.stdin.send("j");
    await waitFor(() => a.all().includes("2/2"), a.all);
    a.stdin.send("q");
    await a.handle.waitUntilExit();
  });
});

describe("the browser never touches the process", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
  }
  test("no process.* in src/tui", () => {
    for (const f of files("src/tui")) {
      const code = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, f).not.toMatch(/\bprocess\s*[.[]/);
    }
  });
});
