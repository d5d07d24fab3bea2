/**
 * What a visitor's own terminal decides, with a real OpenSSH client in tmux against the
 * built server: the theme from the terminal's answer to OSC 11 (tmux answers it with its
 * window style's background), a profile's file named relative to the served folder, and
 * the copy (OSC 52) and mouse that reach the visitor's terminal through ssh.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SSH_OPTS, startServer, Tmux, waitFor, type TestServer } from "./helpers.js";

let server: TestServer;
let served: string;

beforeAll(async () => {
  served = mkdtempSync(join(tmpdir(), "resumes-ssh-served-"));
  mkdirSync(join(served, "team"));
  writeFileSync(
    join(served, "team", "ada.json"),
    JSON.stringify({ basics: { name: "Ada Example", label: "Engine Programmer", email: "ada@example.org" } }),
  );
  writeFileSync(join(served, "grace.json"), JSON.stringify({ basics: { name: "Grace Example" } }));
  server = await startServer([], [served]);
});
afterAll(async () => {
  await server?.stop();
  if (served) rmSync(served, { recursive: true, force: true });
});

const ssh = (user: string, port: number) =>
  `ssh -tt ${SSH_OPTS.join(" ")} -o LogLevel=ERROR -p ${port} ${user}@127.0.0.1; echo EXIT=$?; sleep 60`;

describe("a visitor's terminal over ssh", () => {
  it("a light background (the OSC 11 answer) gets the light theme, a dark one the dark; the file is named relative to the served folder; y copies, a click selects", async () => {
    const light = new Tmux();
    const dark = new Tmux();
    try {
      light.start(ssh("ada", server.port), 100, 30, {
        "window-style": "bg=#ffffff,fg=#000000",
        "set-clipboard": "on",
      });
      dark.start(ssh("ada", server.port), 100, 30, { "window-style": "bg=#000000,fg=#ffffff" });
      for (const t of [light, dark])
        await waitFor(() => t.screen().includes("ada@example.org"), "Ada's profile over ssh");
      // The dark theme draws names bright cyan (96); the light one never bright cyan or
      // white (97), and uses blue (34).
      const lit = light.screen(true);
      expect(lit).not.toMatch(/\u001b\[[0-9;]*(96|97)m/);
      expect(lit).toMatch(/\u001b\[[0-9;]*34m/);
      expect(dark.screen(true)).toMatch(/\u001b\[[0-9;]*96m[^\u001b]*Ada Example/);
      // The file, as the visitor may see it: inside the served folder, nothing of where it is.
      const screen = light.screen();
      expect(screen).toContain("team/ada.json");
      expect(screen).not.toContain(served);
      expect(screen).not.toMatch(/resumes-ssh-served-|~\//);
      // y copies to the visitor's own clipboard (OSC 52 through ssh, here tmux's buffer)
      light.keys("y");
      await waitFor(() => light.screen().includes("Copy · 1–9 or Enter"), "the copy chooser");
      light.keys("1");
      await waitFor(() => light.screen().includes("Copied E-mail"), "the copy");
      expect(light.buffer().trim()).toBe("ada@example.org");
      // a click on Grace's row in the list selects her (1-based row and column)
      const row = light
        .screen()
        .split("\n")
        .findIndex((l) => l.includes("Grace Example"));
      expect(row).toBeGreaterThan(0);
      light.keys("-l", `\u001b[<0;5;${row + 1}M\u001b[<0;5;${row + 1}m`);
      await waitFor(() => /› Grace Example/.test(light.screen()), "a click to select Grace");
      for (const t of [light, dark]) t.keys("q");
      for (const t of [light, dark]) await waitFor(() => t.screen().includes("EXIT=0"), "ssh to exit with 0");
    } finally {
      light.kill();
      dark.kill();
    }
  });
});
