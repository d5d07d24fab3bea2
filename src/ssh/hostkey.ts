/**
 * The server's ed25519 host key: generated on first start with ssh2's own generator (ssh2
 * does not accept Node's PKCS#8 export) and kept with mode 0600, so visitors never see a
 * changed-key warning after a restart. Several instances behind a load balancer share one
 * file (`--host-key`).
 */
import { createHash, randomBytes } from "node:crypto";
import {
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
  closeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import envPaths from "env-paths";
import ssh2 from "ssh2";

export interface HostKey {
  /** The private key in OpenSSH format, as ssh2's `hostKeys` takes it. */
  privateKey: string;
  file: string;
  created: boolean;
  /** `SHA256:...`, as `ssh-keygen -lf` and OpenSSH's prompts show it. */
  fingerprint: string;
  /** A warning to log. */
  warning?: string;
}

/** The default location: `<data dir>/host_ed25519_key` (`~/.local/share/resumes/` on Linux). */
export function defaultHostKeyFile(): string {
  return join(envPaths("resumes", { suffix: "" }).data, "host_ed25519_key");
}

export function fingerprintOf(privateKey: string): string {
  const parsed = ssh2.utils.parseKey(privateKey);
  if (parsed instanceof Error) throw new Error(`cannot read host key: ${parsed.message}`);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key) throw new Error("cannot read host key: empty");
  const digest = createHash("sha256")
    .update(key.getPublicSSH())
    .digest("base64")
    .replace(/={1,300}$/, "");
  return `SHA256:${digest}`;
}

/**
 * A new ed25519 pair that ssh2 reads back. Its generator strips a public key's leading zero
 * bytes, so about one pair in 256 is one its own parser refuses ("Malformed OpenSSH private
 * key", mscdex/ssh2#1390): such a pair is made again.
 */
export function generateHostKeyPair(): { private: string; public: string } {
  for (let attempt = 0; attempt < 16; attempt++) {
    const pair = ssh2.utils.generateKeyPairSync("ed25519", { comment: "resumes host key" });
    if (
      !(ssh2.utils.parseKey(pair.private) instanceof Error) &&
      !(ssh2.utils.parseKey(pair.public) instanceof Error)
    )
      return pair;
  }
  throw new Error("cannot generate a host key that ssh2 reads back");
}

/** Read the host key at `file`, or create it (and its folder) when it does not exist. */
export function loadOrCreateHostKey(
  file: string = defaultHostKeyFile(),
  hooks: { beforeLink?: () => void } = {},
): HostKey {
  const existing = readKey(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const pair = generateHostKeyPair();
  // Written whole beside it with mode 0600 from the start, then linked to the final name,
  // which fails if the name exists (as O_EXCL): never a half-written key, never a moment
  // readable by others, and of two instances started together on one shared file, the
  // second loads the first's key instead of replacing it.
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  const fd = openSync(tmp, "wx", 0o600);
  try {
    writeSync(fd, pair.private);
  } finally {
    closeSync(fd);
  }
  try {
    hooks.beforeLink?.();
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") {
      unlinkSync(tmp);
      throw new Error(`cannot create host key ${file}: ${(err as Error).message}`);
    }
    unlinkSync(tmp);
    const winner = readKey(file);
    if (!winner) throw new Error(`cannot read host key ${file}`);
    return winner;
  }
  unlinkSync(tmp);
  return { privateKey: pair.private, file, created: true, fingerprint: fingerprintOf(pair.private) };
}

/** The key at `file`; undefined when there is none. Throws when it is not a usable private key. */
function readKey(file: string): HostKey | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`cannot read host key ${file}: ${(err as Error).message}`);
  }
  // As sshd: a private key others can read is refused, not used.
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077)
    throw new Error(`host key ${file} is readable by others (mode ${mode.toString(8)}); chmod 600 it`);
  const parsed = ssh2.utils.parseKey(text);
  if (parsed instanceof Error) throw new Error(`cannot read host key ${file}: ${parsed.message}`);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || !key.isPrivateKey()) throw new Error(`host key ${file} is not a private key`);
  if (key.type !== "ssh-ed25519")
    throw new Error(`host key ${file} is ${key.type}; this server uses ssh-ed25519`);
  return { privateKey: text, file, created: false, fingerprint: fingerprintOf(text) };
}
