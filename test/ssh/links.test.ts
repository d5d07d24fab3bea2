/**
 * `resumes serve` on a folder with links leading out of it: the server says each refusal on
 * its log and never serves what they point to; `--follow-links` serves it (a real ssh client).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sshRun, startServer } from "./helpers.js";

const tmp = realpathSync(mkdtempSync(join(tmpdir(), "resumes-ssh-links-")));
mkdirSync(join(tmp, "secret"));
mkdirSync(join(tmp, "cvs"));
writeFileSync(join(tmp, "secret", "private.txt"), "Hidden Person\nhidden@example.org\n");
writeFileSync(join(tmp, "cvs", "ada.txt"), "Ada Quill\nada@example.org\n");
symlinkSync(join(tmp, "secret"), join(tmp, "cvs", "secret"));
symlinkSync("..", join(tmp, "cvs", "x"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("serve and links out of the folder served", () => {
  it("refuses them, says so once each, and serves the rest", async () => {
    const server = await startServer([], [join(tmp, "cvs")]);
    try {
      const list = sshRun(server.port, ["list"]);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain("Ada Quill");
      expect(list.stdout).not.toContain("Hidden");
      expect(sshRun(server.port, ["search", "hidden"]).stdout).not.toContain("Hidden");
      const said = server
        .log()
        .split("\n")
        .filter((l) => l.includes("not followed"));
      expect(said).toEqual([
        `resumes: ${join(tmp, "cvs", "secret")}: a link to ${join(tmp, "secret")}, outside ${join(tmp, "cvs")}: not followed (--follow-links follows it)`,
        `resumes: ${join(tmp, "cvs", "x")}: a link to ${tmp}, outside ${join(tmp, "cvs")}: not followed (--follow-links follows it)`,
      ]);
    } finally {
      await server.stop();
    }
  });

  it("--follow-links serves what they point to", async () => {
    const server = await startServer(["--follow-links"], [join(tmp, "cvs")]);
    try {
      expect(sshRun(server.port, ["list"]).stdout).toContain("Hidden Person");
      expect(server.log()).not.toContain("not followed");
    } finally {
      await server.stop();
    }
  });
});
