/**
 * The per-connection middlewares on a fake ssh2 connection and a fake clock: the idle
 * clock of a logged-in connection with no channel, the deadline for a session channel to
 * start something, a browser session's idle timeout and the visit's maximum duration, the
 * third session's refusal, and the exec rate per network.
 */
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Connection } from "ssh2";
import { Library } from "../../src/library/library.js";
import { DEFAULT_LIMITS, type Limits } from "../../src/ssh/limits.js";
import { Metrics } from "../../src/ssh/metrics.js";
import { ExecGate, ExecRate } from "../../src/ssh/exec.js";
import type { ConnectionContext, ServerShared } from "../../src/ssh/chain/context.js";
import { guard } from "../../src/ssh/chain/guard.js";
import { sessions } from "../../src/ssh/chain/sessions.js";

function connection(limits: Partial<Limits> = {}) {
  const client = new EventEmitter() as EventEmitter & { authenticated: boolean; end(): void };
  client.authenticated = false;
  const refusals: string[] = [];
  // What ssh2's channelOpenFail receives: the description guard.ts gives a refusal.
  Object.assign(client, {
    _protocol: { channelOpenFail: (_r: unknown, _c: unknown, d: string) => refusals.push(d) },
  });
  const ends: string[] = [];
  const shared: ServerShared = {
    library: new Library([]),
    paths: [],
    cwd: "/",
    limits: { ...DEFAULT_LIMITS, ...limits },
    log: { line: () => {} },
    privacy: {},
    metrics: new Metrics(),
    start: () => ({ waitUntilExit: () => new Promise(() => {}), unmount: () => {} }),
    execGate: new ExecGate(),
    execRate: new ExecRate(30, 10),
    sessions: { open: 0 },
    shuttingDown: () => false,
  };
  const ctx: ConnectionContext = {
    client: client as unknown as Connection,
    socket: undefined,
    source: "127.0.0.0/24",
    record: { address: "127.0.0.1", what: [], startedAt: 0 },
    shared,
    sessions: new Set(),
    outputs: new Set(),
    channels: 0,
    ended: false,
    end: (reason) => {
      ends.push(reason);
      ctx.record.end ??= reason;
    },
    touch: () => {},
    channelsChanged: () => {},
    backlog: () => 0,
    onClose: () => {},
  };
  guard(ctx);
  sessions(ctx);
  const login = () => {
    client.authenticated = true;
    client.emit("ready");
  };
  /** The client opens a session channel: accepted (a fake session) or refused. */
  const openSession = () => {
    const session = new EventEmitter();
    let result: "accepted" | "refused" | undefined;
    client.emit(
      "session",
      () => {
        result = "accepted";
        return session;
      },
      () => {
        result = "refused";
        const p = (client as unknown as { _protocol: { channelOpenFail(...a: unknown[]): void } })._protocol;
        p.channelOpenFail(0, 1, "");
      },
    );
    return { session, result: () => result };
  };
  return { client, ctx, ends, refusals, login, openSession };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the connection's clocks", () => {
  it("ends a logged-in connection that opens no channel after the idle timeout", () => {
    const c = connection({ idleTimeoutMs: 60_000 });
    c.login();
    vi.advanceTimersByTime(59_000);
    expect(c.ends).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(c.ends).toEqual(["idle"]);
  });

  it("ends a visit at the maximum duration, sessions first with a message, then the connection", () => {
    const c = connection({ maxDurationMs: 3_600_000, idleTimeoutMs: 7_200_000 });
    c.login();
    const closed: string[] = [];
    c.ctx.sessions.add({ close: (_r, message) => closed.push(message) });
    vi.advanceTimersByTime(3_599_999);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual(["this visit reached its time limit. Come back any time!"]);
    expect(c.ctx.record.end).toBe("max-duration");
    vi.advanceTimersByTime(500);
    expect(c.ends).toEqual(["max-duration"]);
  });

  it("ends a connection whose session channel never asks for a shell or a command", () => {
    const c = connection({ startDeadlineMs: 10_000, idleTimeoutMs: 600_000 });
    c.login();
    const s = c.openSession();
    expect(s.result()).toBe("accepted");
    s.session.emit(
      "pty",
      () => {},
      () => {},
      { term: "xterm", cols: 80, rows: 24 },
    );
    vi.advanceTimersByTime(9_999);
    expect(c.ends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(c.ends).toEqual(["start-deadline"]);
    expect(c.ctx.record.what).toContain("no-start");
  });

  it("clears the start deadline once a command starts", () => {
    const c = connection({ startDeadlineMs: 10_000 });
    c.login();
    const s = c.openSession();
    const channel = Object.assign(new EventEmitter(), {
      writable: true,
      writableLength: 0,
      stderr: { write: () => true, writableLength: 0 },
      write: () => true,
      exit: () => {},
      end: () => {},
      close: () => {},
      resume: () => {},
    });
    s.session.emit(
      "exec",
      () => channel,
      () => {},
      { command: "nonsense" },
    );
    vi.advanceTimersByTime(60_000);
    expect(c.ends).not.toContain("start-deadline");
  });
});

describe("refusals", () => {
  it("refuses a third session with its reason, and forwards as disabled", () => {
    const c = connection();
    c.login();
    expect(c.openSession().result()).toBe("accepted");
    expect(c.openSession().result()).toBe("accepted");
    expect(c.openSession().result()).toBe("refused");
    expect(c.refusals).toEqual(["at most 2 sessions per connection"]);
    // ssh2 refusing a forward itself (no description): the visitor reads why.
    (
      c.client as unknown as { _protocol: { channelOpenFail(...a: unknown[]): void } }
    )._protocol.channelOpenFail(0, 1, "");
    expect(c.refusals.at(-1)).toBe("port forwarding is disabled on this server");
    expect(c.ctx.record.what).toContain("refused forward");
  });

  it("limits exec commands per network with a token bucket", () => {
    const clock = { t: 0 };
    const rate = new ExecRate(30, 10, () => clock.t);
    const granted = Array.from({ length: 15 }, () => rate.take("203.0.113.0/24"));
    expect(granted.filter(Boolean)).toHaveLength(10);
    expect(rate.take("198.51.100.0/24")).toBe(true);
    clock.t += 2000; // 30 a minute: one every 2 s
    expect(rate.take("203.0.113.0/24")).toBe(true);
    expect(rate.take("203.0.113.0/24")).toBe(false);
  });
});

describe("a browser session's clocks", () => {
  /** A browser on a fake channel: what the visitor is sent, and the exit status. */
  function browse(c: ReturnType<typeof connection>) {
    // A stand-in for the browser that draws a frame on every window change (output).
    c.ctx.shared.start = ({ stdout }) => {
      stdout.on("resize", () => stdout.write("x".repeat(stdout.columns)));
      stdout.write("first frame");
      return { waitUntilExit: () => new Promise(() => {}), unmount: () => {} };
    };
    const s = c.openSession();
    const sent: string[] = [];
    let exit: number | undefined;
    const channel = Object.assign(new EventEmitter(), {
      writable: true,
      writableLength: 0,
      stderr: { write: () => true, writableLength: 0 },
      write: (d: string) => (sent.push(String(d)), true),
      exit: (code: number) => (exit = code),
      end: () => {},
      close: () => {},
      resume: () => {},
    });
    s.session.emit(
      "pty",
      () => {},
      () => {},
      { term: "xterm", cols: 80, rows: 24 },
    );
    s.session.emit("shell", () => channel);
    const windowChange = (cols: number, rows: number) =>
      s.session.emit(
        "window-change",
        () => {},
        () => {},
        { cols, rows },
      );
    return { channel, sent: () => sent.join(""), exit: () => exit, windowChange };
  }

  it("closes a browser that gets no input for the idle timeout, with a message and status 1; output is not input", async () => {
    const c = connection({ idleTimeoutMs: 2_000, maxDurationMs: 6_000 });
    c.login();
    const b = browse(c);
    await vi.advanceTimersByTimeAsync(1_000);
    b.windowChange(70, 20); // a redraw goes out: the visitor did nothing
    await vi.advanceTimersByTimeAsync(500);
    expect(b.sent()).toContain("x".repeat(70));
    await vi.advanceTimersByTimeAsync(499);
    expect(b.exit()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(b.exit()).toBe(1);
    expect(b.sent()).toContain("closed after a while without input");
    await vi.advanceTimersByTimeAsync(0);
    expect(c.ctx.record.end).toBe("idle");
  });

  it("keeps a typing visitor past the idle timeout, then ends the visit at the maximum duration", async () => {
    const c = connection({ idleTimeoutMs: 2_000, maxDurationMs: 6_000 });
    c.login();
    const b = browse(c);
    for (let t = 0; t < 5_500; t += 500) {
      b.channel.emit("data", Buffer.from(t % 1000 ? "j" : "k"));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(b.exit()).toBeUndefined(); // past the idle timeout, twice over
    await vi.advanceTimersByTimeAsync(500);
    expect(b.exit()).toBe(1);
    expect(b.sent()).toContain("this visit reached its time limit");
    await vi.advanceTimersByTimeAsync(500);
    expect(c.ends).toEqual(["max-duration"]);
    expect(c.ctx.record.end).toBe("max-duration");
    expect(c.ctx.record.what.join(" ")).not.toContain("idle");
  });
});
