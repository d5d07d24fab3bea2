import { describe, expect, it } from "vitest";
import { parseServeArgs, serverColorLevel } from "../../src/commands/serve.js";
import { DEFAULT_LIMITS } from "../../src/ssh/limits.js";

describe("resumes serve arguments", () => {
  it("has the documented defaults", () => {
    const r = parseServeArgs([]);
    expect(r.ok && r.config).toEqual({
      paths: [],
      port: 2222,
      listen: "0.0.0.0",
      hostKeyFile: undefined,
      limits: DEFAULT_LIMITS,
      privacy: { truncateAddresses: false, dropUsers: false },
      metricsPort: undefined,
      followLinks: false,
    });
    expect(parseServeArgs(["--follow-links"])).toMatchObject({ ok: true, config: { followLinks: true } });
    expect(DEFAULT_LIMITS).toMatchObject({
      maxConnections: 100,
      maxPerIp: 5,
      loginGraceMs: 20_000,
      idleTimeoutMs: 600_000,
      maxDurationMs: 3_600_000,
      maxSessionsPerConnection: 2,
      maxAuthAttempts: 6,
      startups: { start: 10, rate: 30, full: 100 },
      perSourceStartups: 3,
      connectionsPerSecond: 2,
      connectionBurst: 20,
      clientAliveIntervalMs: 0,
    });
  });
  it("reads the admission, keepalive, log and metrics flags", () => {
    const r = parseServeArgs(
      "--max-startups 5:50:20 --startups-per-network 7 --connection-rate 4:8 --client-alive 30s --log-truncate-addresses --log-no-users --metrics-port 9100".split(
        " ",
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.limits).toMatchObject({
      startups: { start: 5, rate: 50, full: 20 },
      perSourceStartups: 7,
      connectionsPerSecond: 4,
      connectionBurst: 8,
      clientAliveIntervalMs: 30_000,
    });
    expect(r.config.privacy).toEqual({ truncateAddresses: true, dropUsers: true });
    expect(r.config.metricsPort).toBe(9100);
  });
  it("reads every flag", () => {
    const r = parseServeArgs(
      "docs more --port 0 --listen 127.0.0.1 --host-key k --max-sessions 9 --max-per-ip 2 --idle-timeout 90s --max-duration 1h30m --login-grace 5s".split(
        " ",
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({
      paths: ["docs", "more"],
      port: 0,
      listen: "127.0.0.1",
      hostKeyFile: "k",
    });
    expect(r.config.limits).toMatchObject({
      maxConnections: 9,
      maxPerIp: 2,
      idleTimeoutMs: 90_000,
      maxDurationMs: 5_400_000,
      loginGraceMs: 5000,
    });
  });
  it("refuses bad values with a message", () => {
    for (const argv of [
      ["--port", "70000"],
      ["--port", "x"],
      ["--max-per-ip", "0"],
      ["--idle-timeout", "soon"],
      ["--max-startups", "30:10:5"],
      ["--connection-rate", "0"],
      ["--metrics-port", "99999"],
      ["--bogus"],
    ]) {
      const r = parseServeArgs(argv);
      expect(r.ok, argv.join(" ")).toBe(false);
      if (!r.ok) expect(r.error).not.toBe("");
    }
    const help = parseServeArgs(["--help"]);
    expect(!help.ok && help.help).toBe(true);
  });
  it("decides one colour depth for the server: 256 colours unless FORCE_COLOR says otherwise", () => {
    expect(serverColorLevel({})).toBe(2);
    expect(serverColorLevel({ FORCE_COLOR: "3" })).toBe(3);
    expect(serverColorLevel({ FORCE_COLOR: "0" })).toBe(0);
    expect(serverColorLevel({ NO_COLOR: "1" })).toBe(2); // the server's own NO_COLOR is not the visitors'
  });
});
