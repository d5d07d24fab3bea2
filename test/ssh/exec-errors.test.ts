import { EventEmitter } from "node:events";
import type { ServerChannel } from "ssh2";
import { describe, expect, it, vi } from "vitest";

// A command that fails with control characters in its message (as an error quoting data could).
vi.mock("../../src/command/queries.js", () => ({
  QUERY_COMMANDS: {
    list: async () => ({
      command: {
        summary: "",
        help: "",
        run: async () => {
          throw new Error("bad \u001b]0;owned\u0007 title \u001b[2J\nsecond line");
        },
      },
    }),
  },
}));

const { runExec } = await import("../../src/ssh/exec.js");

describe("exec failures", () => {
  it("reach the visitor as one line with no control characters", async () => {
    let err = "";
    let code: number | undefined;
    const ch = Object.assign(new EventEmitter(), {
      writable: true,
      resume: () => undefined,
      write: () => true,
      stderr: { write: (s: string) => ((err += s), true) },
      exit: (c: number) => (code = c),
      end: () => undefined,
    }) as unknown as ServerChannel;
    await runExec({ channel: ch, command: "list", paths: [], cwd: "/" });
    expect(code).toBe(1);
    expect(err).toBe("resumes: list failed: bad  ]0;owned  title  [2J\n");
    // eslint-disable-next-line no-control-regex
    expect(err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
