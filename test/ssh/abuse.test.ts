/**
 * Strangers' traffic: silent and slow clients, garbage, floods beyond the caps, absurd
 * window sizes, huge pastes, too many sessions or auth attempts. The server must cut what
 * it should, refuse what it should, and keep serving everyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import { randomBytes } from "node:crypto";
import ssh2 from "ssh2";
import { collect, connect, exec, rssOf, shell, startServer, waitFor, type TestServer } from "./helpers.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer(["--login-grace", "2s", "--max-per-ip", "4", "--max-sessions", "20"]);
});
afterAll(async () => {
  await server?.stop();
});

function rawSocket(port: number): Promise<{ socket: net.Socket; received(): string; closed(): boolean }> {
  return new Promise((resolve, reject) => {
    let data = "";
    let closed = false;
    const socket = net.connect(port, "127.0.0.1", () =>
      resolve({ socket, received: () => data, closed: () => closed }),
    );
    socket.on("data", (d) => (data += d.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => (closed = true));
    socket.on("error", reject);
  });
}

describe("the front door", () => {
  it("cuts a client that connects and says nothing, at the login grace timeout", async () => {
    const c = await rawSocket(server.port);
    const port = c.socket.localPort;
    // The server speaks first (its version line), then waits for us.
    await waitFor(() => c.received().startsWith("SSH-2.0-"), "the server's version line");
    await waitFor(() => c.closed(), "the silent client to be cut", 15_000);
    expect(server.alive()).toBe(true);
    await waitFor(
      () => server.connectionLines().find((l) => l.includes(`:${port} `) && l.includes("end=login-grace")),
      "the log line",
    );
  });

  it("cuts a client that sends one byte per second, at the login grace timeout", async () => {
    const c = await rawSocket(server.port);
    const hello = Buffer.from("SSH-2.0-slowpoke_1.0\r\n");
    let i = 0;
    const drip = setInterval(() => {
      if (!c.closed() && i < hello.length) c.socket.write(hello.subarray(i, ++i));
    }, 1000);
    try {
      await waitFor(() => c.closed(), "the slow client to be cut", 15_000);
    } finally {
      clearInterval(drip);
    }
    // It was cut by the timer, not because it finished or misbehaved: it sent only a few bytes.
    expect(i).toBeLessThan(hello.length);
    expect(server.alive()).toBe(true);
  });

  it("survives garbage, resets and half-open handshakes", async () => {
    const garbage = await rawSocket(server.port);
    garbage.socket.write(randomBytes(64 * 1024));
    await waitFor(() => garbage.closed(), "the garbage client to be closed", 15_000);

    const version = await rawSocket(server.port);
    version.socket.write("SSH-2.0-half_open\r\n");
    version.socket.write(randomBytes(10)); // the start of a KEXINIT that never completes
    version.socket.resetAndDestroy();

    const valid = await rawSocket(server.port);
    valid.socket.write("SSH-2.0-x\r\n");
    valid.socket.destroy();

    // Still serving.
    const c = await connect(server.port);
    const r = await exec(c, "list");
    c.end();
    expect(r.code).not.toBeNull();
    expect(server.alive()).toBe(true);
  });

  it("refuses a flood beyond the per-address cap while an existing session keeps working", async () => {
    const existing = await connect(server.port);
    const ch = await shell(existing, { cols: 90, rows: 25 });
    const screen = collect(ch);
    await waitFor(() => screen.text().length > 0, "the first frame");

    const flood = await Promise.all(Array.from({ length: 12 }, () => rawSocket(server.port)));
    await waitFor(() => flood.filter((f) => f.closed()).length >= 9, "the flood to be refused");
    const refused = flood.filter((f) => f.received().includes("too many connections from your network"));
    expect(refused.length).toBeGreaterThanOrEqual(9);
    for (const f of flood) f.socket.destroy();

    // The existing connection still answers: a second session on it runs a command.
    const r = await exec(existing, "list");
    expect(r.code).not.toBeNull();
    expect(r.stdout + r.stderr).not.toBe("");
    // And the browser still reacts to a resize and to input: q ends it with status 0.
    ch.setWindow(30, 100, 0, 0);
    const status = new Promise<number | null>((resolve) =>
      ch.on("exit", (code: number | null) => resolve(code)),
    );
    ch.write("q");
    expect(await status).toBe(0);
    existing.end();
    await waitFor(
      () => server.connectionLines().some((l) => l.includes("refused-per-source")),
      "refusals in the log",
    );
  });
});

describe("inside a connection", () => {
  it("clamps huge and zero window sizes", async () => {
    const c = await connect(server.port, { username: "huge" });
    const ch = await shell(c, { cols: 100_000, rows: 100_000 });
    const screen = collect(ch);
    await waitFor(() => screen.text().length > 0, "a frame at a huge size");
    ch.setWindow(0, 0, 0, 0);
    ch.write("j");
    await new Promise((r) => setTimeout(r, 300));
    c.end();
    const line = await waitFor(
      () => server.connectionLines().find((l) => l.includes('user="huge"')),
      "the log line",
    );
    // The last size: a zero window-change means "unknown", i.e. 80x24, never 0.
    expect(line).toContain("size=80x24");

    const c2 = await connect(server.port, { username: "huge2" });
    const ch2 = await shell(c2, { cols: 100_000, rows: 100_000 });
    const screen2 = collect(ch2);
    await waitFor(() => screen2.text().length > 0, "a frame at a huge size");
    c2.end();
    const line2 = await waitFor(
      () => server.connectionLines().find((l) => l.includes('user="huge2"')),
      "the log line",
    );
    expect(line2).toContain("size=500x200");
    // No frame line is wider than the clamp.
    const widest = Math.max(
      ...screen2
        .text()
        .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, "")
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
        .split(/\r?\n/)
        .map((l) => l.length),
    );
    expect(widest).toBeLessThanOrEqual(500);
  });

  it("drops a 20 MB paste beyond the input budget without ballooning memory", async () => {
    const c = await connect(server.port, { username: "paste" });
    const ch = await shell(c);
    const screen = collect(ch);
    await waitFor(() => screen.text().length > 0, "the first frame");
    const rssBefore = rssOf(server.pid);
    const chunk = Buffer.alloc(1024 * 1024, "a");
    for (let i = 0; i < 20; i++) {
      if (!ch.write(chunk)) await new Promise((r) => ch.once("drain", r));
    }
    // The session is still there and still answers.
    const r = await exec(c, "list");
    expect(r.code).not.toBeNull();
    const rssAfter = rssOf(server.pid);
    expect(rssAfter - rssBefore).toBeLessThan(64 * 1024 * 1024);
    c.end();
    expect(server.alive()).toBe(true);
  });

  it("a session that starts nothing, then closes with its connection, is no internal error", async () => {
    // ssh2 tells its session objects by class name when a channel closes: a bundle that
    // renamed the class would throw here, for every such visitor.
    for (let i = 0; i < 3; i++) {
      const c = await connect(server.port, { username: "idle-channel" });
      c.on("error", () => {});
      // The session channel's open goes out, then the disconnect, before any shell request.
      c.shell(() => {});
      c.end();
    }
    const r = await exec(await connect(server.port), "list");
    expect(r.code).toBe(0);
    await waitFor(
      () => server.connectionLines().filter((l) => l.includes('user="idle-channel"')).length === 3,
      "their log lines",
    );
    expect(server.log()).not.toMatch(/internal error/);
    expect(server.alive()).toBe(true);
  });

  it("allows at most 2 sessions per connection", async () => {
    const c = await connect(server.port, { username: "many" });
    const a = await shell(c);
    const b = await shell(c);
    await expect(shell(c)).rejects.toThrow(/at most 2 sessions per connection/);
    a.write("q");
    b.write("q");
    c.end();
  });

  it("accepts keyboard-interactive with no prompts and any public key with a valid signature; refuses passwords", async () => {
    const kbd = await connect(server.port, {
      tryKeyboard: true,
      authHandler: ["keyboard-interactive"] as never,
    });
    expect((await exec(kbd, "list")).code).not.toBeNull();
    kbd.end();

    const keys = ssh2.utils.generateKeyPairSync("ed25519");
    const pk = await connect(server.port, { privateKey: keys.private, authHandler: ["publickey"] as never });
    expect((await exec(pk, "list")).code).not.toBeNull();
    pk.end();

    await expect(
      connect(server.port, { password: "hunter2", authHandler: ["password"] as never }),
    ).rejects.toThrow(/authentication methods failed/i);
  });

  it("cuts a connection after too many authentication attempts", async () => {
    const attempts: string[] = [];
    const methods = Array.from({ length: 10 }, () => ({ type: "password", username: "x", password: "nope" }));
    await expect(
      connect(server.port, {
        authHandler: ((_methodsLeft: unknown, _partial: unknown, next: (m: unknown) => void) => {
          const m = methods.shift();
          if (m) attempts.push(m.type);
          next(m ?? false);
        }) as never,
      }),
    ).rejects.toThrow();
    expect(attempts.length).toBeLessThanOrEqual(8);
    await waitFor(
      () => server.connectionLines().some((l) => l.includes("too-many-auth-attempts")),
      "the log line",
    );
  });
});
