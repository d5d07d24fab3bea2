import { describe, expect, it } from "vitest";
import { planExec, splitWords } from "../../src/ssh/exec.js";

describe("splitWords", () => {
  it("splits on whitespace and keeps quoted text together", () => {
    expect(splitWords(`search "kafka streams"  rust`)).toEqual({
      ok: true,
      words: ["search", "kafka streams", "rust"],
    });
    expect(splitWords(`show 'o''brien'`)).toEqual({ ok: true, words: ["show", "obrien"] });
    expect(splitWords(`show "say \\"hi\\""`)).toEqual({ ok: true, words: ["show", 'say "hi"'] });
    expect(splitWords(`a\\ b c`)).toEqual({ ok: true, words: ["a b", "c"] });
    expect(splitWords(`x ""`)).toEqual({ ok: true, words: ["x", ""] });
  });
  it("treats shell syntax as plain text", () => {
    expect(splitWords("list; rm -rf / $(id) `id` | cat > f")).toEqual({
      ok: true,
      words: ["list;", "rm", "-rf", "/", "$(id)", "`id`", "|", "cat", ">", "f"],
    });
  });
  it("reports unterminated quotes and absurd lines", () => {
    expect(splitWords(`search "kafka`).ok).toBe(false);
    expect(splitWords("x".repeat(5000)).ok).toBe(false);
    expect(splitWords(Array(100).fill("a").join(" ")).ok).toBe(false);
  });
});

describe("planExec", () => {
  it("runs the read-only commands with their own flags", () => {
    expect(planExec("list")).toEqual({ ok: true, name: "list", argv: [] });
    expect(planExec("list --json")).toEqual({ ok: true, name: "list", argv: ["--json"] });
    expect(planExec("show marta experience")).toEqual({
      ok: true,
      name: "show",
      argv: ["--", "marta", "experience"],
    });
    expect(planExec("export marta --format markdown")).toEqual({
      ok: true,
      name: "export",
      argv: ["--format", "markdown", "--", "marta"],
    });
  });
  it("joins the words of a search into one query", () => {
    expect(planExec("search kafka streams")).toEqual({
      ok: true,
      name: "search",
      argv: ["--", "kafka streams"],
    });
  });
  it("refuses other commands", () => {
    for (const line of ["rm -rf /", "serve", "parse /etc/passwd", "bash", "", "sh -c id"]) {
      const plan = planExec(line);
      expect(plan.ok, line).toBe(false);
    }
  });
  it("never lets a visitor name files or write any", () => {
    expect(planExec("list /etc").ok).toBe(false);
    expect(planExec("show marta experience /etc/passwd").ok).toBe(false);
    expect(planExec("export marta --out /tmp/x").ok).toBe(false);
    expect(planExec("export marta /etc/passwd").ok).toBe(false);
    expect(planExec("list --verbose").ok).toBe(false);
  });
  it("caps a visitor's search --limit", () => {
    expect(planExec("search kafka --limit 200")).toEqual({
      ok: true,
      name: "search",
      argv: ["--limit", "200", "--", "kafka"],
    });
    expect(planExec("search kafka --limit 201")).toEqual({
      ok: false,
      error: "search: --limit is at most 200 here",
    });
  });
  it("keeps a positional that looks like a flag a positional", () => {
    const plan = planExec("show -- --json");
    expect(plan).toEqual({ ok: true, name: "show", argv: ["--", "--json"] });
  });
});

describe("ExecGate", () => {
  it("runs at most N at once, queues some, refuses beyond", async () => {
    const { ExecGate } = await import("../../src/ssh/exec.js");
    const gate = new ExecGate(2, 1);
    const a = await gate.enter();
    const b = await gate.enter();
    expect(a && b).toBeTruthy();
    let thirdIn = false;
    const third = gate.enter().then((r) => {
      thirdIn = true;
      return r;
    });
    expect(await gate.enter()).toBeUndefined(); // queue of 1 is full
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    a!();
    a!(); // releasing twice frees one slot only
    const c = await third;
    expect(c).toBeTruthy();
    expect(thirdIn).toBe(true);
    expect(await Promise.race([gate.enter(), new Promise((r) => setTimeout(() => r("waiting"), 50))])).toBe(
      "waiting",
    );
  });
});
