/** No silent limits: a limit the load reached is said by every command, without -v. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakeIo } from "../cli/helpers.js";

const { command: list } = await import("../../src/commands/list.js");
const { command: search } = await import("../../src/commands/search.js");

const dir = mkdtempSync(join(tmpdir(), "resumes-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, "cvs"));
for (const name of ["Ada Byron", "Bea Curie", "Cy Dirac"])
  writeFileSync(
    join(dir, "cvs", `${name.split(" ")[0]!.toLowerCase()}.md`),
    `# ${name}\n\n## Skills\n\n- Kafka\n`,
  );

const NOTICE =
  "cvs: warning: more than 2 résumé files in this folder: only the first 2 (in sorted order) are loaded; --max-files N raises the limit\n";

describe("--max-files", () => {
  it("list says on stderr that the folder was cut, without -v, and lists the first files", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await list.run(["--max-files", "2", "cvs"], io)).toBe(0);
    expect(io.err()).toBe(NOTICE);
    expect(
      io
        .out()
        .trimEnd()
        .split("\n")
        .map((l) => l.split(/\s{2,}/)[0]),
    ).toEqual(["Ada Byron", "Bea Curie"]);
  });

  it("search says it too (its hits are only among the files loaded)", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await search.run(["kafka", "cvs", "--max-files", "2"], io)).toBe(0);
    expect(io.err()).toBe(NOTICE);
    expect(io.out()).not.toContain("Cy Dirac");
  });

  it("says nothing when the folder fits", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await list.run(["--max-files", "3", "cvs"], io)).toBe(0);
    expect(io.err()).toBe("");
  });

  it("refuses a limit that is not a positive number (exit 2)", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await list.run(["--max-files", "0", "cvs"], io)).toBe(2);
    expect(io.err()).toMatch(/--max-files needs a positive number/);
  });

  it("is in each command's help, with its default", () => {
    expect(list.help).toMatch(
      /--max-files N\s+load at most N résumé files per folder named \(default 250000/,
    );
    expect(search.help).toMatch(/--max-bytes N/);
  });
});
