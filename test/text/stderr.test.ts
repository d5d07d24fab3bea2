import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { FORBIDDEN } from "../../src/text/sanitize.js";
import { guardStderr, warningLine } from "../../src/text/stderr.js";

/** A stream that records what reaches it, and a process that emits warnings. */
function fakes() {
  const seen: string[] = [];
  const out = {
    write: (chunk: string, done?: () => void) => {
      seen.push(chunk);
      done?.();
      return true;
    },
  };
  const proc = new EventEmitter();
  let printed = 0;
  proc.on("warning", () => printed++); // stands for Node's own printer
  guardStderr(out as never, proc as never);
  return { out, proc, seen, printed: () => printed };
}

describe("guardStderr", () => {
  it("sanitizes every write: strings, bytes, other encodings", () => {
    const { out, seen } = fakes();
    out.write("a.yaml: \u001b]52;c;aGk=\u0007bad \u009b31mkey\u202e\n");
    out.write(Buffer.from("\u001b[2Jbytes \u0085\n") as never);
    out.write(Buffer.from("\u001b[31mhex\n").toString("hex"), "hex" as never);
    expect(seen).toEqual(["a.yaml: bad key\n", "bytes \n", "hex\n"]);
    for (const s of seen) expect(FORBIDDEN.test(s)).toBe(false);
  });

  it("keeps a UTF-8 character split across two writes whole", () => {
    const { out, seen } = fakes();
    const bytes = Buffer.from("José\n");
    out.write(bytes.subarray(0, 4) as never);
    out.write(bytes.subarray(4) as never);
    expect(seen.join("")).toBe("José\n");
  });

  it("calls the write's callback, with or without an encoding", () => {
    const { out } = fakes();
    let calls = 0;
    out.write("x", (() => calls++) as never);
    (out.write as unknown as (c: string, e: string, d: () => void) => boolean)("y", "utf8", () => calls++);
    expect(calls).toBe(2);
  });

  it("lets the cursor be shown again (Ink's exit handler), nothing else of the kind", () => {
    const { out, seen } = fakes();
    out.write("\u001b[?25h");
    out.write("\u001b[?25l");
    expect(seen).toEqual(["\u001b[?25h", ""]);
  });

  it("says a warning as one sanitized line, instead of Node's printer", () => {
    const { proc, seen, printed } = fakes();
    const w = new Error(
      'Keys with collection values will be stringified: "[ \\"a\u009b31mX\u001b]0;pwned\u0007\\", b ]".\nSecond line',
    );
    w.name = "Warning";
    proc.emit("warning", w);
    expect(printed()).toBe(0);
    expect(seen).toEqual([
      'resumes: warning: Keys with collection values will be stringified: "[ \\"aX\\", b ]".\n',
    ]);
  });

  it("names a warning's kind when it has one", () => {
    const w = new Error("buffer() is deprecated");
    w.name = "DeprecationWarning";
    expect(warningLine(w)).toBe("resumes: warning: DeprecationWarning: buffer() is deprecated\n");
  });
});
