import { describe, expect, it } from "vitest";
import { formatRecord, visible } from "../../src/ssh/log.js";

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
