import { describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { formatRecord, streamLogger, visible } from "../../src/ssh/log.js";

describe("connection log line", () => {
  it("has address, user, size, duration and how it ended on one line", () => {
    const line = formatRecord(
      {
        address: "203.0.113.9",
        port: 51000,
        user: "marta",
        size: "120x40",
        term: "xterm",
        what: ["browse"],
        startedAt: 1000,
        end: "quit",
      },
      4000,
    );
    expect(line).toMatch(
      /ssh 203\.0\.113\.9:51000 user="marta" term=xterm size=120x40 duration=3s did=browse end=quit$/,
    );
    expect(line).not.toContain("\n");
  });
  it("escapes a hostile user name", () => {
    const line = formatRecord(
      { address: "x", user: "a\x1b]0;pwned\x07\nb\u202e", what: [], startedAt: 0 },
      0,
    );
    expect(line).not.toMatch(/[\x00-\x1f\x7f\u202e]/);
    expect(line).toContain("\\x1b");
    expect(visible("y".repeat(100)).length).toBeLessThanOrEqual(41);
  });
});

describe("the log stream", () => {
  it("keeps a sampled share under load and says how many lines it dropped", () => {
    const clock = { t: 0 };
    const written: string[] = [];
    const log = streamLogger(
      { write: (s: string) => written.push(s) },
      { linesPerSecond: 3, now: () => clock.t },
    );
    for (let i = 0; i < 10; i++) log.line(`line ${i}`);
    expect(written).toEqual(["line 0\n", "line 1\n", "line 2\n"]);
    expect(log.dropped).toBe(7);
    clock.t += 1000;
    log.line("after");
    expect(written.slice(3)).toEqual([
      expect.stringMatching(/log sampled under load: 7 line\(s\) dropped\n$/),
      "after\n",
    ]);
  });

  it("stops writing into a stream that failed, tells once, and never throws", () => {
    const out = new EventEmitter() as EventEmitter & { write(s: string): boolean };
    let writes = 0;
    out.write = () => {
      writes++;
      return true;
    };
    let broken = 0;
    const log = streamLogger(out, { onBroken: () => broken++ });
    log.line("one");
    out.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    out.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    for (let i = 0; i < 1000; i++) log.line("lost");
    expect(writes).toBe(1);
    expect(broken).toBe(1);
    expect(log.broken).toBe(true);
    // A stream that throws on write counts as failed too.
    const thrower = streamLogger(
      {
        write: () => {
          throw new Error("EPIPE");
        },
      },
      { onBroken: () => broken++ },
    );
    expect(() => thrower.line("x")).not.toThrow();
    expect(broken).toBe(2);
  });

  it("truncates addresses and drops user names when asked, and logs exec visits without a terminal size", () => {
    const r = {
      address: "203.0.113.9",
      port: 51000,
      user: "marta",
      what: ["exec list"],
      startedAt: 0,
      end: "exit-0",
    };
    const line = formatRecord(r, 0, { truncateAddresses: true, dropUsers: true });
    expect(line).toMatch(/ ssh 203\.0\.113\.0 user=\* duration=0ms did=exec list end=exit-0$/);
    expect(line).not.toContain("marta");
    expect(formatRecord(r, 0)).not.toMatch(/term=|size=/);
  });
});
