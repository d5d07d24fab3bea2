/**
 * `ssh-audit` (Debian's package; .ci/run installs it) against the server's default
 * algorithms: no failure. Debian's ssh-audit 2.5.0 predates the strict-kex marker
 * (kex-strict-s-v00@openssh.com, the Terrapin mitigation) and calls it "unknown": that is
 * the one warning allowed.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { startServer, type TestServer } from "./helpers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

it("ssh-audit finds no failure in the default configuration", () => {
  const r = spawnSync("ssh-audit", ["-n", "-p", String(server.port), "127.0.0.1"], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.error, "ssh-audit must be installed (apt-get install ssh-audit)").toBeUndefined();
  // Exit codes: 0 good, 1 connection error, 2 warnings, 3 failures.
  expect([0, 2]).toContain(r.status);
  expect(r.stdout).not.toMatch(/\[fail\]/);
  const warnings = r.stdout.split("\n").filter((l) => l.includes("[warn]"));
  for (const w of warnings)
    expect(w).toMatch(/kex-strict-s-v00@openssh\.com\s+-- \[warn\] unknown algorithm/);
  expect(r.stdout).toMatch(/\(kex\) curve25519-sha256 /);
  expect(r.stdout).toMatch(/\(key\) ssh-ed25519 /);
  expect(r.stdout).toMatch(/compression: disabled/);
  expect(r.stdout).not.toMatch(
    /\(enc\) .*-cbc|\(mac\) hmac-sha1|\(mac\) hmac-sha2-256 |diffie-hellman|ecdh-sha2|ssh-rsa/,
  );
});
