import { describe, expect, test } from "vitest";
import { PassThrough, Writable } from "node:stream";
import {
  chooseTheme,
  fromColorFgBg,
  fromOsc11,
  parseThemeName,
  queryBackground,
} from "../../src/tui/background.js";

/** A terminal that answers the browser's questions (or not), as a pty or SSH channel would. */
function terminal(answer: (query: string) => string | undefined) {
  const stdin = new PassThrough() as PassThrough & {
    isTTY: boolean;
    isRaw: boolean;
    setRawMode(m: boolean): void;
  };
  stdin.isTTY = true;
  stdin.isRaw = false;
  stdin.setRawMode = (m: boolean) => {
    stdin.isRaw = m;
  };
  const written: string[] = [];
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      const q = String(chunk);
      written.push(q);
      const reply = answer(q);
      if (reply !== undefined) setImmediate(() => stdin.write(reply));
      cb();
    },
  });
  return { stdin, stdout, written };
}

describe("background detection", () => {
  test("COLORFGBG, OSC 11 replies and theme names", () => {
    expect(fromColorFgBg("0;15")).toBe("light");
    expect(fromColorFgBg("15;0")).toBe("dark");
    expect(fromColorFgBg("0;default;7")).toBe("light");
    expect(fromColorFgBg("nonsense")).toBeUndefined();
    expect(fromOsc11("\u001b]11;rgb:ffff/ffff/ffff\u001b\\")).toBe("light");
    expect(fromOsc11("\u001b]11;rgb:1e1e/1e1e/1e1e\u0007")).toBe("dark");
    expect(parseThemeName("LIGHT")).toBe("light");
    expect(parseThemeName("auto")).toBe("auto");
    expect(parseThemeName("pink")).toBeUndefined();
  });

  test("a light terminal's OSC 11 answer gives light; the replies never reach the input, keys typed meanwhile do", async () => {
    const t = terminal((q) =>
      q.includes("\u001b]11;?") ? "j\u001b]11;rgb:fafa/fafa/fafa\u001b\\\u001b[?62;22c" : undefined,
    );
    const got = await queryBackground(t.stdin as never, t.stdout as never, 2000);
    expect(got).toBe("light");
    expect(t.written.join("")).toContain("\u001b]11;?\u001b\\\u001b[c");
    // what the browser then reads: the key typed, nothing of the replies
    expect(String(t.stdin.read())).toBe("j");
    expect(t.stdin.isRaw).toBe(false);
  });

  test("a terminal that answers only Device Attributes: no theme, no waiting for the timeout", async () => {
    const t = terminal((q) => (q.includes("\u001b[c") ? "\u001b[?1;2c" : undefined));
    // (were it to wait for its 10-minute timeout, the test would time out)
    expect(await queryBackground(t.stdin as never, t.stdout as never, 600_000)).toBeUndefined();
    expect(t.stdin.read()).toBeNull();
  });

  test("a terminal that answers nothing: the query gives up after its timeout", async () => {
    const t = terminal(() => undefined);
    expect(await queryBackground(t.stdin as never, t.stdout as never, 50)).toBeUndefined();
  });

  test("the theme asked for wins; no colour is mono; then COLORFGBG; then the terminal; else dark", async () => {
    const light = async () => "light" as const;
    expect(await chooseTheme({ asked: "dark", color: true, ask: light })).toBe("dark");
    expect(await chooseTheme({ color: false, ask: light })).toBe("mono");
    expect(await chooseTheme({ color: true, colorfgbg: "15;0", ask: light })).toBe("dark");
    expect(await chooseTheme({ color: true, ask: light })).toBe("light");
    expect(await chooseTheme({ color: true, ask: async () => undefined })).toBe("dark");
  });
});

describe("a late reply", () => {
  test("its pieces, as Ink hands them over, are dropped; keys are not", async () => {
    const { lateReplyFilter } = await import("../../src/tui/background.js");
    const late = lateReplyFilter();
    expect(late("[?62;22c")).toBe(true);
    expect(late("11;rgb:ffff/ffff/ffff")).toBe(true);
    expect(late("\\")).toBe(true);
    for (const key of ["j", "]", "\\", "11", "[", "c"]) expect(late(key), key).toBe(false);
  });
});
