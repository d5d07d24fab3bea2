/**
 * One browser session's own limits, on a fake channel and a fake clock: window changes
 * coalesced and paid from the input budget, the output cap checked on every write and
 * resize, drawing paused for a client that does not read, and cut when it stays so.
 */
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServerChannel } from "ssh2";
import { DEFAULT_LIMITS } from "../../src/ssh/limits.js";
import { runBrowserSession, type BrowserSessionOptions } from "../../src/ssh/session.js";
import { Library } from "../../src/library/library.js";

const emptyLibrary = () => new Library([]);

/** A channel whose client reads only when told to: `pending` is what it has not read. */
function fakeChannel() {
  const ch = new EventEmitter() as EventEmitter & Record<string, unknown>;
  const state = { pending: 0, written: 0, closed: false, exit: undefined as number | undefined };
  Object.assign(ch, {
    writable: true,
    write(data: string) {
      state.pending += Buffer.byteLength(data);
      state.written += Buffer.byteLength(data);
      return true;
    },
    exit: (code: number) => (state.exit = code),
    end: () => {},
    close: () => {
      state.closed = true;
      ch.writable = false;
    },
    stderr: { write: () => true, writableLength: 0 },
  });
  Object.defineProperty(ch, "writableLength", { get: () => state.pending });
  return { channel: ch as unknown as ServerChannel, state };
}

/** A stand-in for the browser: draws a full frame (columns × rows bytes) on every resize. */
function fakeApp(resizes: { columns: number; rows: number }[]): BrowserSessionOptions["start"] {
  return ({ stdout }) => {
    const draw = () => stdout.write("x".repeat(stdout.columns * stdout.rows));
    stdout.on("resize", () => {
      resizes.push({ columns: stdout.columns, rows: stdout.rows });
      draw();
    });
    draw();
    return { waitUntilExit: () => new Promise(() => {}), unmount: () => {} };
  };
}

function open(limits: Partial<typeof DEFAULT_LIMITS> = {}) {
  const { channel, state } = fakeChannel();
  const resizes: { columns: number; rows: number }[] = [];
  const session = runBrowserSession({
    channel,
    library: emptyLibrary(),
    size: { cols: 80, rows: 24 },
    color: false,
    limits: { ...DEFAULT_LIMITS, ...limits },
    start: fakeApp(resizes),
  });
  let end: string | undefined;
  void session.done.then((e) => (end = e));
  return { session, state, resizes, channel, ended: () => end };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("window changes", () => {
  it("1,000 in a burst are drawn once, at the last size", async () => {
    const { session, state, resizes } = open();
    for (let i = 0; i < 1000; i++) session.resize(100 + (i % 50), 30 + (i % 10));
    session.resize(120, 40);
    await vi.advanceTimersByTimeAsync(100);
    expect(resizes).toEqual([{ columns: 120, rows: 40 }]);
    expect(state.written).toBe(80 * 24 + 120 * 40);
  });

  it("a steady storm is drawn at most once per interval, and each draw is paid from the input budget", async () => {
    const { session, resizes } = open({ resizeIntervalMs: 33, resizeCostBytes: 1024 });
    // 10 s of a window change every 2 ms: 5,000 requests; the client reads everything.
    for (let t = 0; t < 5000; t++) {
      session.resize(60 + (t % 100), 20);
      await vi.advanceTimersByTimeAsync(2);
    }
    // The budget (16 KiB/s, 16 KiB burst) pays for 16 draws a second, after the burst.
    expect(resizes.length).toBeGreaterThan(100);
    expect(resizes.length).toBeLessThanOrEqual(16 + 16 * 10 + 1);
  });
});

describe("the output cap", () => {
  it("pauses drawing for a client that stops reading, and ends the session when it stays so", async () => {
    const { session, state, resizes, ended } = open({
      pauseOutputBytes: 64 * 1024,
      stalledTimeoutMs: 15_000,
    });
    state.pending = 100 * 1024; // the client stopped reading
    let t = 0;
    for (; t < 20_000 && !ended(); t += 10) {
      session.resize(100 + ((t / 10) % 50), 50);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(resizes).toEqual([]);
    expect(ended()).toBe("stalled");
    expect(t).toBeLessThanOrEqual(15_100);
    // The first frame, then only the goodbye (a few dozen bytes).
    expect(state.written - 80 * 24).toBeLessThan(100);
  });

  it("draws the last size as soon as the client reads again", async () => {
    const { session, state, resizes } = open({ pauseOutputBytes: 64 * 1024 });
    state.pending = 100 * 1024;
    session.resize(90, 30);
    session.resize(91, 31);
    await vi.advanceTimersByTimeAsync(1000);
    expect(resizes).toEqual([]);
    state.pending = 0;
    await vi.advanceTimersByTimeAsync(100);
    expect(resizes).toEqual([{ columns: 91, rows: 31 }]);
  });

  it("ends the session on the write that crosses the cap, and writes nothing more", async () => {
    const { session, state, ended } = open({ maxOutputBacklogBytes: 200_000, pauseOutputBytes: 10_000_000 });
    // A client that reads nothing and grows its window: each draw is 500 × 200 bytes.
    session.resize(500, 200);
    await vi.advanceTimersByTimeAsync(40);
    session.resize(499, 200);
    await vi.advanceTimersByTimeAsync(40);
    session.resize(498, 200);
    await vi.advanceTimersByTimeAsync(40);
    expect(ended()).toBe("flood");
    const written = state.written;
    expect(written).toBeLessThanOrEqual(80 * 24 + 2 * 100_000);
    session.resize(497, 200);
    await vi.advanceTimersByTimeAsync(1000);
    expect(state.written).toBe(written);
    expect(state.closed).toBe(true);
  });
});
