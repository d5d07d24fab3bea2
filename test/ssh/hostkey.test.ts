import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import { generateHostKeyPair, loadOrCreateHostKey } from "../../src/ssh/hostkey.js";

const dir = mkdtempSync(join(tmpdir(), "resumes-hostkey-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("host key", () => {
  it("is created once, ed25519, mode 0600, in a folder made for it, and reused", () => {
    const file = join(dir, "nested", "host_ed25519_key");
    const first = loadOrCreateHostKey(file);
    expect(first.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const parsed = ssh2.utils.parseKey(readFileSync(file, "utf8"));
    expect(parsed instanceof Error).toBe(false);
    expect((parsed as ssh2.ParsedKey).type).toBe("ssh-ed25519");
    const again = loadOrCreateHostKey(file);
    expect(again.created).toBe(false);
    expect(again.privateKey).toBe(first.privateKey);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.warning).toBeUndefined();
  });

  it("has the fingerprint ssh-keygen shows", () => {
    const file = join(dir, "k2");
    const key = loadOrCreateHostKey(file);
    const r = spawnSync("ssh-keygen", ["-lf", file], { encoding: "utf8" });
    if (r.status === 0) expect(r.stdout).toContain(key.fingerprint);
    expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it("refuses a key readable by the group or others (as sshd), and a file that is not a key", () => {
    const file = join(dir, "k3");
    loadOrCreateHostKey(file);
    chmodSync(file, 0o644);
    expect(() => loadOrCreateHostKey(file)).toThrow(/readable by others \(mode 644\); chmod 600/);
    chmodSync(file, 0o640);
    expect(() => loadOrCreateHostKey(file)).toThrow(/mode 640/);
    const junk = join(dir, "junk");
    writeFileSync(junk, "not a key\n", { mode: 0o600 });
    expect(() => loadOrCreateHostKey(junk)).toThrow(/cannot read host key/);
  });

  it("never replaces a key another instance created first: the loser loads the winner's", () => {
    const file = join(dir, "shared", "host_key");
    let winner = "";
    // The other instance writes the key between this one's look and its link.
    const key = loadOrCreateHostKey(file, {
      beforeLink: () => {
        winner = loadOrCreateHostKey(file).fingerprint;
      },
    });
    expect(key.created).toBe(false);
    expect(key.fingerprint).toBe(winner);
    expect(loadOrCreateHostKey(file).fingerprint).toBe(winner);
    expect(readdirSync(join(dir, "shared"))).toEqual(["host_key"]);
  });
});

describe("host key generation", () => {
  it("makes only pairs ssh2 reads back (its generator drops a leading zero byte once in 256)", () => {
    // 1,500 pairs: with the bug at 1/256, at least one unreadable pair 99.7 % of the time.
    for (let i = 0; i < 1500; i++) {
      const pair = generateHostKeyPair();
      expect(ssh2.utils.parseKey(pair.private)).not.toBeInstanceOf(Error);
      expect(ssh2.utils.parseKey(pair.public)).not.toBeInstanceOf(Error);
    }
  });
});
