/**
 * CLI conventions (as gh, ripgrep, bat): --color, shell completion, the man page, --version,
 * "did you mean", grep's exit codes, and `resumes --json` when piped.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyColorOption, commandInfos, overallHelp, runCli } from "../../src/cli/main.js";
import { completionScript, helpOptions } from "../../src/cli/completion.js";
import { manPage } from "../../src/cli/man.js";
import { didYouMean } from "../../src/command/suggest.js";
import { EXIT } from "../../src/command/io.js";
import { fakeIo } from "./helpers.js";

const seeds = join(import.meta.dirname, "..", "..", "seeds");

async function cli(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo({ env: { RESUMES_PATH: seeds }, ...options });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("--color", () => {
  it("always and never override the terminal test and NO_COLOR / FORCE_COLOR; auto keeps them", () => {
    const io = fakeIo({ color: false });
    const on = applyColorOption(["list", "--color=always"], io);
    expect(on).toMatchObject({ argv: ["list"], io: { color: true } });
    const off = applyColorOption(["--color", "never", "list"], { ...io, color: true });
    expect(off).toMatchObject({ argv: ["list"], io: { color: false } });
    expect(applyColorOption(["--color=auto"], { ...io, color: true })).toMatchObject({ io: { color: true } });
    // After `--` it is a positional, not an option.
    expect(applyColorOption(["search", "--", "--color=never"], io)).toMatchObject({
      argv: ["search", "--", "--color=never"],
    });
    expect(applyColorOption(["--color=rainbow"], io)).toEqual({
      error: "option --color must be one of auto, always, never; got 'rainbow'",
    });
  });

  it("colours piped output with --color=always and strips it with --color=never", async () => {
    const always = await cli(["list", "--color=always"]);
    expect(always.code).toBe(0);
    expect(always.out).toContain("\u001b[1m");
    const never = await cli(["--color=never", "list"], { color: true });
    expect(never.out).not.toContain("\u001b[");
    const bad = await cli(["--color=sometimes", "list"]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--color must be one of auto, always, never/);
  });
});

describe("exit codes, as grep: 0 found, 1 nothing found, 2 an error", () => {
  it("0 when found, 1 when nothing matches, 2 for a usage error", async () => {
    expect((await cli(["search", "engineer"])).code).toBe(0);
    expect((await cli(["search", "zzqqxxnothing"])).code).toBe(1);
    expect((await cli(["show", "nobody-by-this-name"])).code).toBe(1);
    expect((await cli(["list", "--no-such-flag"])).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
  });

  it("2 when a file could not be loaded, even when others were and something was found", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resumes-exit-"));
    try {
      writeFileSync(join(dir, "broken.json"), "{ not json");
      writeFileSync(
        join(dir, "ok.md"),
        "# Grace Hopper\n\nRear Admiral\n\n## Experience\n\nNavy, 1943 - 1986\n- Found a moth\n",
      );
      const found = await cli(["search", "grace", dir]);
      expect(found.out).toContain("Grace Hopper");
      expect(found.err).toMatch(/broken\.json/);
      expect(found.code).toBe(2);
      expect((await cli(["search", "zzqqxxnothing", dir])).code).toBe(2);
      expect((await cli(["list", dir])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("did you mean", () => {
  it("answers a typo with the one close candidate, and stays quiet when unsure", () => {
    expect(didYouMean("jsn", ["json", "verbose", "help"])).toBe("json");
    expect(didYouMean("experiance", ["experience", "education", "skills"])).toBe("experience");
    expect(didYouMean("ed", ["experience", "education"])).toBe("education");
    expect(didYouMean("zzz", ["json", "verbose"])).toBeUndefined();
    expect(didYouMean("e", ["experience", "education"])).toBeUndefined();
  });

  it("for options, commands, sections and shells", async () => {
    expect((await cli(["list", "--jsn"])).err).toMatch(/unknown option '--jsn'; did you mean '--json'\?/);
    expect((await cli(["serach", "kafka"])).err).toMatch(/did you mean 'search'\?/);
    const section = await cli(["show", "abhirag", "experiance"]);
    expect(section.code).toBe(2);
    expect(section.err).toMatch(/did you mean 'experience'\?/);
    const shell = await cli(["completion", "zhs"]);
    expect(shell.code).toBe(2);
    expect(shell.err).toMatch(/did you mean 'zsh'\?/);
  });
});

describe("resumes --json, piped", () => {
  it("runs list --json when stdout is not a terminal", async () => {
    const r = await cli(["--json"]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as { id: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.id)).toContain("abhirag-awasthi");
  });
});

describe("completion", () => {
  it("takes each command's options from its help text", async () => {
    const infos = await commandInfos();
    const list = infos.find((c) => c.name === "list")!;
    expect(helpOptions(list.help)).toEqual(expect.arrayContaining(["--json", "--verbose", "--help"]));
    expect(infos.map((c) => c.name)).toEqual(
      expect.arrayContaining(["list", "show", "search", "completion"]),
    );
  });

  it.each(["bash", "zsh", "fish"] as const)(
    "%s: a script the shell accepts, naming commands and options",
    async (shell) => {
      const r = await cli(["completion", shell]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(completionScript(shell, await commandInfos()));
      const option = (o: string) => (shell === "fish" ? `-l ${o}` : `--${o}`);
      for (const word of ["search", "show", option("json"), option("color")]) expect(r.out).toContain(word);
      const has = spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
      if (shell === "bash" || has) {
        // The shell parses it (and bash completes `resumes se` to `search`).
        const check =
          shell === "bash"
            ? spawnSync(
                "bash",
                ["-c", `${r.out}\nCOMP_WORDS=(resumes se); COMP_CWORD=1; _resumes; echo "\${COMPREPLY[*]}"`],
                {
                  encoding: "utf8",
                },
              )
            : spawnSync(shell, ["-n"], { input: r.out, encoding: "utf8" });
        expect(check.status, check.stderr).toBe(0);
        if (shell === "bash") expect(check.stdout.trim()).toBe("search serve");
      }
    },
  );
});

describe("man page", () => {
  it("is made from the help texts and man/resumes.1 is up to date (npm run man)", async () => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
    );
    const page = manPage(`resumes ${version}`, await overallHelp(), await commandInfos());
    expect(readFileSync(join(import.meta.dirname, "..", "..", "man", "resumes.1"), "utf8")).toBe(page);
    for (const c of await commandInfos()) expect(page).toContain(`.SS ${c.name}`);
    // man renders it, when man is there.
    if (spawnSync("sh", ["-c", "command -v man"]).status === 0) {
      const r = spawnSync("man", ["-l", "-"], {
        input: page,
        encoding: "utf8",
        env: { ...process.env, MANWIDTH: "80" },
      });
      expect(r.stdout).toMatch(/RESUMES\(1\)/);
      expect(r.stdout).toMatch(/Exit codes: 0 found, 1 nothing found, 2 an error/);
    }
  });
});

describe("--version", () => {
  it("names the version, and the build when bundled", async () => {
    const r = await cli(["--version"]);
    expect(r.out).toMatch(/^resumes \d+\.\d+\.\d+ \(from source\)\n$/);
    const built = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "..", "..", "dist", "cli.js"), "--version"],
      {
        encoding: "utf8",
      },
    );
    expect(built.stdout).toMatch(/^resumes \d+\.\d+\.\d+ \((?:[0-9a-f]{7,} |built )\d{4}-\d{2}-\d{2}\)\n$/);
  });
});
