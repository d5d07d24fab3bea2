import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerChannel } from "ssh2";
import { describe, expect, it, vi } from "vitest";
import { Library, makeEntries } from "../../src/library/library.js";

// Count every load: with the server's library handed over, exec commands must not load.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/library/load.js", async (importActual) => {
  const actual = await importActual<typeof import("../../src/library/load.js")>();
  return {
    ...actual,
    loadLibrary: vi.fn(async (...args: Parameters<typeof actual.loadLibrary>) => {
      loads.count++;
      return actual.loadLibrary(...args);
    }),
  };
});

const { runExec } = await import("../../src/ssh/exec.js");

/** A channel that records what a command writes and how it exits. */
function fakeChannel() {
  const ch = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let out = "";
  let err = "";
  let code: number | undefined;
  Object.assign(ch, {
    writable: true,
    resume: () => ch,
    write: (s: string) => ((out += s), true),
    stderr: { write: (s: string) => ((err += s), true) },
    exit: (c: number) => (code = c),
    end: () => undefined,
  });
  return { channel: ch as unknown as ServerChannel, out: () => out, err: () => err, code: () => code };
}

// The files on disk say one thing, the server's (already loaded) library another.
const dir = mkdtempSync(join(tmpdir(), "resumes-exec-"));
writeFileSync(join(dir, "on-disk.md"), "# Disk Person\n\nStorage engineer\n");
const library = new Library(
  makeEntries([
    {
      profile: { basics: { name: "Loaded Person", label: "Kafka wrangler" }, skills: [{ name: "Kafka" }] },
      file: join(dir, "loaded.md"),
      format: "markdown",
    },
  ]),
);

async function exec(command: string, withLibrary = true, lib = library, maxOutputBytes?: number) {
  const ch = fakeChannel();
  await runExec({
    channel: ch.channel,
    command,
    paths: [dir],
    cwd: dir,
    library: withLibrary ? lib : undefined,
    maxOutputBytes,
  });
  return { out: ch.out(), err: ch.err(), code: ch.code() };
}

describe("exec on the server's loaded library", () => {
  it("list, show, search and export use it and read no file", async () => {
    loads.count = 0;
    const list = await exec("list");
    expect(list.code).toBe(0);
    expect(list.out).toContain("Loaded Person");
    expect(list.out).not.toContain("Disk Person");
    expect((await exec("show loaded")).out).toContain("Kafka wrangler");
    const search = await exec("search kafka --json");
    expect(JSON.parse(search.out).hits[0].label).toBe("Loaded Person");
    expect((await exec("export loaded --format markdown")).out).toContain("# Loaded Person");
    expect(loads.count).toBe(0);
  });

  it("without it, loads the server's paths (as before)", async () => {
    loads.count = 0;
    const list = await exec("list", false);
    expect(list.out).toContain("Disk Person");
    expect(loads.count).toBe(1);
  });

  it("still refuses files named by the visitor", async () => {
    for (const line of ["list /etc", "export loaded --out /tmp/x", "show loaded experience /etc/passwd"]) {
      const r = await exec(line);
      expect(r.code, line).toBe(1);
      expect(r.out, line).toBe("");
    }
  });

  it("streams a large export, the same JSON as one document, and stops it at the size cap", async () => {
    const many = new Library(
      makeEntries(
        Array.from({ length: 40 }, (_, i) => ({
          profile: { basics: { name: `Person ${i}`, label: "Engineer ".repeat(20) } },
          file: join(dir, `p${i}.md`),
          format: "markdown" as const,
        })),
      ),
    );
    const whole = await exec("export", true, many);
    expect(whole.code).toBe(0);
    const docs = JSON.parse(whole.out);
    expect(docs).toHaveLength(40);
    expect(whole.out).toBe(`${JSON.stringify(docs, null, 2)}\n`);
    const cut = await exec("export", true, many, 4096);
    expect(cut.code).toBe(1);
    expect(cut.out.length).toBeLessThanOrEqual(4096);
    expect(cut.out.length).toBeGreaterThan(1000);
    expect(cut.err).toMatch(/output stopped at .*ask for one profile/);
  });
});
