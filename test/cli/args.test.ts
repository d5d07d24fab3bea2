import { describe, expect, it } from "vitest";
import { formatFlags, parseArgs, type ArgSpec } from "../../src/command/args.js";

const spec: ArgSpec = {
  flags: [
    { name: "json", short: "j", description: "json" },
    { name: "verbose", short: "v", description: "verbose" },
    { name: "limit", short: "n", kind: "int", value: "N", description: "limit" },
    { name: "format", short: "f", kind: "string", choices: ["text", "markdown"], description: "format" },
    { name: "out", short: "o", kind: "string", value: "FILE", description: "out" },
  ],
};

const ok = (argv: string[]) => {
  const r = parseArgs(argv, spec);
  if (!r.ok) throw new Error(`unexpected usage error: ${r.error}`);
  return r;
};
const bad = (argv: string[]) => {
  const r = parseArgs(argv, spec);
  if (r.ok) throw new Error(`expected a usage error for ${argv.join(" ")}`);
  return r.error;
};

describe("parseArgs", () => {
  it("reads values given as --name value and --name=value", () => {
    expect(ok(["--limit", "5"]).flags.limit).toBe(5);
    expect(ok(["--limit=7"]).flags.limit).toBe(7);
    expect(ok(["--out=a=b.md"]).flags.out).toBe("a=b.md");
    expect(ok(["--out", "-"]).flags.out).toBe("-");
  });

  it("reads short options alone, clustered and with attached values", () => {
    expect(ok(["-j"]).flags).toEqual({ json: true });
    expect(ok(["-jv"]).flags).toEqual({ json: true, verbose: true });
    expect(ok(["-n", "3"]).flags.limit).toBe(3);
    expect(ok(["-n3"]).flags.limit).toBe(3);
    expect(ok(["-jn", "4"]).flags).toEqual({ json: true, limit: 4 });
  });

  it("keeps positionals in order around options", () => {
    const r = ok(["kafka", "--json", "a/b", "-n", "2", "c"]);
    expect(r.positionals).toEqual(["kafka", "a/b", "c"]);
    expect(r.flags).toEqual({ json: true, limit: 2 });
  });

  it("treats everything after -- as positional, and a lone - as positional", () => {
    const r = ok(["--json", "--", "--verbose", "-n", "-"]);
    expect(r.flags).toEqual({ json: true });
    expect(r.positionals).toEqual(["--verbose", "-n", "-"]);
    expect(ok(["-"]).positionals).toEqual(["-"]);
  });

  it("knows --help and -h for every spec", () => {
    expect(ok(["--help"]).flags.help).toBe(true);
    expect(ok(["x", "-h"]).flags.help).toBe(true);
  });

  it("rejects unknown options, long and short", () => {
    expect(bad(["--nope"])).toMatch(/unknown option '--nope'/);
    expect(bad(["-x"])).toMatch(/unknown option '-x'/);
    expect(bad(["-jx"])).toMatch(/unknown option '-x'/);
  });

  it("rejects a missing value, a value on a boolean, a bad number and a bad choice", () => {
    expect(bad(["--limit"])).toMatch(/--limit needs a value/);
    expect(bad(["--limit", "--json"])).toMatch(/--limit needs a value/);
    expect(bad(["-n"])).toMatch(/-n needs a value/);
    expect(bad(["--json=yes"])).toMatch(/--json takes no value/);
    expect(bad(["--limit", "five"])).toMatch(/whole number/);
    expect(bad(["--format", "pdf"])).toMatch(/one of text, markdown/);
  });

  it("accepts a negative number as an option value and as a positional", () => {
    expect(ok(["--limit", "-1"]).flags.limit).toBe(-1);
    expect(ok(["-5"]).positionals).toEqual(["-5"]);
  });

  it("never echoes control characters from argv in its errors", () => {
    const e = bad(["--\u001b]0;pwned\u0007"]);
    expect(e).not.toMatch(/[\u0000-\u001f]/);
  });

  it("is pure: the same argv gives the same result, and argv is not modified", () => {
    const argv = ["a", "--limit", "2", "--", "-b"];
    const copy = [...argv];
    expect(parseArgs(argv, spec)).toEqual(parseArgs(argv, spec));
    expect(argv).toEqual(copy);
  });
});

describe("formatFlags", () => {
  it("lists every option with its value placeholder, plus --help", () => {
    const text = formatFlags(spec);
    expect(text).toContain("-n, --limit N");
    expect(text).toContain("-f, --format text|markdown");
    expect(text).toContain("-h, --help");
  });
});
