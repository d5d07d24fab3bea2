/**
 * The server's ed25519 host key: generated on first start with ssh2's own generator (ssh2
 * does not accept Node's PKCS#8 export) and kept with mode 0600, so visitors never see a
 * changed-key warning after a restart. Several instances behind a load balancer share one
 * file (`--host-key`).
 */
import { createHash } from "node:crypto";
import {
  chmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
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
  /** A warning to log, e.g. when the key file is readable by others. */
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
  const digest = createHash("sha256").update(key.getPublicSSH()).digest("base64").replace(/={1,300}$/, "");
  return `SHA256:${digest}`;
}

/** Read the host key at `file`, or create it (and its folder) when it does not exist. */
export function loadOrCreateHostKey(file: string = defaultHostKeyFile()): HostKey {
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(`cannot read host key ${file}: ${(err as Error).message}`);
    }
  }
  if (text !== undefined) {
    const parsed = ssh2.utils.parseKey(text);
    if (parsed instanceof Error) throw new Error(`cannot read host key ${file}: ${parsed.message}`);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || !key.isPrivateKey()) throw new Error(`host key ${file} is not a private key`);
    if (key.type !== "ssh-ed25519")
      throw new Error(`host key ${file} is ${key.type}; this server uses ssh-ed25519`);
    const mode = statSync(file).mode & 0o777;
    const warning =
      mode & 0o077
        ? `host key ${file} is readable by others (mode ${mode.toString(8)}); chmod 600 it`
        : undefined;
    return { privateKey: text, file, created: false, fingerprint: fingerprintOf(text), warning };
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const pair = ssh2.utils.generateKeyPairSync("ed25519", { comment: "resumes host key" });
  // Write beside it with mode 0600 from the start, then rename: never a half-written key,
  // never a moment where the key is readable by others.
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, "wx", 0o600);
  try {
    writeSync(fd, pair.private);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
  return { privateKey: pair.private, file, created: true, fingerprint: fingerprintOf(pair.private) };
}
