/**
 * The front door on loopback, in this process: a refused OpenSSH client is told why at
 * its default verbosity, and the per-network rate bucket refuses a burst.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FrontDoor, refusalBytes } from "../../src/ssh/door.js";
import { DEFAULT_LIMITS } from "../../src/ssh/limits.js";
import { SSH_OPTS } from "./helpers.js";

const doors: FrontDoor[] = [];
afterEach(async () => {
  for (const d of doors.splice(0)) {
    d.destroyAll();
    await d.stopAccepting();
  }
});

async function door(limits: Partial<typeof DEFAULT_LIMITS>, evictAfterMs?: number) {
  const refused: string[] = [];
  const held: net.Socket[] = [];
  const d = new FrontDoor({
    limits: { ...DEFAULT_LIMITS, maxPerSource: DEFAULT_LIMITS.maxPerIp, ...limits },
    admit: (socket) => held.push(socket), // admitted, then silent: a login that never ends
    onRefuse: (_a, why) => refused.push(why),
    evictAfterMs,
  });
  doors.push(d);
  const { port } = await d.listen(0, "127.0.0.1");
  return { port, refused, held };
}

describe("the front door", () => {
  it("tells a refused OpenSSH client why, at its default verbosity", async () => {
    const { port, refused } = await door({ perSourceStartups: 1 });
    const first = net.connect(port, "127.0.0.1");
    first.on("error", () => {});
    await new Promise((r) => first.once("connect", r));
    const r = await new Promise<{ stderr: string; status: number | null }>((resolve) => {
      const child = spawn("ssh", [...SSH_OPTS, "-p", String(port), "127.0.0.1", "list"], {
        stdio: ["ignore", "ignore", "pipe"],
        timeout: 15_000,
      });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ stderr, status }));
    });
    first.destroy();
    expect(r.stderr).toMatch(
      /Received disconnect from 127\.0\.0\.1 port \d+:12: too many connections from your network/,
    );
    expect(r.status).toBe(255);
    expect(refused).toEqual(["per-source"]);
  });

  it("refuses a burst of new connections from one network beyond its bucket", async () => {
    const { port, refused } = await door({
      connectionsPerSecond: 1,
      connectionBurst: 3,
      perSourceStartups: 100,
      maxPerIp: 100,
    });
    const got = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<string>((resolve) => {
            const s = net.connect(port, "127.0.0.1");
            let data = "";
            s.on("data", (d) => (data += d.toString("latin1")));
            s.on("error", () => resolve(data));
            s.on("end", () => resolve(data));
            setTimeout(() => {
              s.destroy();
              resolve(data);
            }, 500);
          }),
      ),
    );
    expect(got.filter((d) => d.includes("too many new connections from your network"))).toHaveLength(3);
    expect(refused).toEqual(["rate", "rate", "rate"]);
  });

  it("when full, gives the place of the oldest connection not logged in to a newcomer", async () => {
    const { port, refused, held } = await door({ maxConnections: 2, perSourceStartups: 10, maxPerIp: 10 }, 0);
    const open = () =>
      new Promise<{ closed: () => boolean }>((resolve) => {
        let closed = false;
        const s = net.connect(port, "127.0.0.1", () => resolve({ closed: () => closed }));
        s.on("error", () => {});
        s.on("close", () => (closed = true));
      });
    const first = await open();
    const second = await open();
    while (held.length < 2) await new Promise((r) => setTimeout(r, 5));
    const third = await open();
    while (held.length < 3) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 100 && !first.closed(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(refused).toEqual(["evicted"]);
    expect(first.closed()).toBe(true);
    expect(second.closed()).toBe(false);
    expect(third.closed()).toBe(false);
    expect(doors[0]!.connections).toBe(2);
  });

  it("builds a well-formed SSH_MSG_DISCONNECT after the version line", () => {
    const bytes = refusalBytes("the server is full, please try again later.");
    const text = bytes.toString("latin1");
    const at = text.indexOf("SSH-2.0-resumes\r\n") + "SSH-2.0-resumes\r\n".length;
    expect(text.startsWith("resumes: the server is full")).toBe(true);
    const packet = bytes.subarray(at);
    const length = packet.readUInt32BE(0);
    expect(packet.length).toBe(length + 4);
    expect((length + 4) % 8).toBe(0);
    expect(packet[4]).toBeGreaterThanOrEqual(4); // padding
    expect(packet[5]).toBe(1); // SSH_MSG_DISCONNECT
    expect(packet.readUInt32BE(6)).toBe(12); // too many connections
  });
});
