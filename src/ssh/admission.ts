/**
 * Who gets in at the TCP accept, before ssh2 sees a byte. Pure decisions (clock and dice
 * injected), so the policy is tested without sockets:
 *
 * - sources are grouped by network (/24 for IPv4, /64 for IPv6): one host with many
 *   addresses counts once;
 * - a per-source connection-rate token bucket (as wish's `ratelimiter`);
 * - a budget for connections that have not logged in yet, with random early drop as
 *   OpenSSH's `MaxStartups start:rate:full`; a source that holds no pending login is only
 *   refused at `full`, so a few networks holding idle sockets cannot lock the others out;
 * - at most `perSource` pending logins per source (OpenSSH's `PerSourceMaxStartups`);
 * - authenticated visitors leave the pre-auth budget (they count in the total only).
 */
import { isIP } from "node:net";
import { TokenBucket } from "./limits.js";

/** `10:30:100`: early drop starts at `start` pending logins with `rate`%, rising linearly to 100% at `full`. */
export interface Startups {
  start: number;
  rate: number;
  full: number;
}

/** `10:30:100` or `10` → Startups; undefined when malformed. */
export function parseStartups(text: string): Startups | undefined {
  const m = /^(\d+)(?::(\d+):(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  if (m[2] === undefined) return start > 0 ? { start, rate: 100, full: start } : undefined;
  const rate = Number(m[2]);
  const full = Number(m[3]);
  if (start < 1 || rate > 100 || full < start) return undefined;
  return { start, rate, full };
}

/** The network a visitor's address belongs to: `192.0.2.0/24`, `2001:db8:1:2::/64`. */
export function sourceKey(address: string): string {
  if (isIP(address) === 4) return `${address.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(address) === 6) return `${ipv6Prefix(address, 4)}::/64`;
  return address;
}

/** The address cut to /24 (IPv4) or /48 (IPv6), for logs that must not keep whole addresses. */
export function truncateAddress(address: string): string {
  if (isIP(address) === 4) return `${address.split(".").slice(0, 3).join(".")}.0`;
  if (isIP(address) === 6) return `${ipv6Prefix(address, 3)}::`;
  return address;
}

/** The first `groups` 16-bit groups of an IPv6 address, expanded (`::` filled in). */
function ipv6Prefix(address: string, groups: number): string {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const all = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return all
    .slice(0, groups)
    .map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? Number.parseInt(g, 16).toString(16) : "0"))
    .join(":");
}

export interface AdmissionLimits {
  maxConnections: number;
  startups: Startups;
  /** Pending logins from one source. */
  perSourceStartups: number;
  /** Open connections from one source, logged in or not. */
  maxPerSource: number;
  /** New connections per second from one source, and the burst allowed at once. */
  connectionsPerSecond: number;
  connectionBurst: number;
}

export type Refusal = "full" | "startups" | "per-source" | "rate";

export type Decision = { admit: true; source: string } | { admit: false; source: string; why: Refusal };

/** Sources remembered for their rate bucket; the oldest are forgotten beyond this. */
const MAX_TRACKED_SOURCES = 10_000;

export class Admission {
  private open = 0;
  private pending = 0;
  private readonly openBy = new Map<string, number>();
  private readonly pendingBy = new Map<string, number>();
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get connections(): number {
    return this.open;
  }
  /** Connections that have not logged in yet. */
  get startups(): number {
    return this.pending;
  }

  /** A new connection from `address`: in (counted as pending) or out, and why. `paid`: asked again, the rate already paid. */
  decide(address: string, options: { paid?: boolean } = {}): Decision {
    const source = sourceKey(address);
    const l = this.limits;
    if (!options.paid && !this.bucketFor(source).tryTake(1)) return { admit: false, source, why: "rate" };
    if (this.open >= l.maxConnections) return { admit: false, source, why: "full" };
    if ((this.openBy.get(source) ?? 0) >= l.maxPerSource) return { admit: false, source, why: "per-source" };
    const mine = this.pendingBy.get(source) ?? 0;
    if (mine >= l.perSourceStartups) return { admit: false, source, why: "per-source" };
    if (this.pending >= l.startups.full) return { admit: false, source, why: "startups" };
    if (mine > 0 && this.pending >= l.startups.start) {
      const span = Math.max(1, l.startups.full - l.startups.start);
      const p =
        (l.startups.rate + ((100 - l.startups.rate) * (this.pending - l.startups.start)) / span) / 100;
      if (this.random() < p) return { admit: false, source, why: "startups" };
    }
    this.open++;
    this.pending++;
    bump(this.openBy, source, 1);
    bump(this.pendingBy, source, 1);
    return { admit: true, source };
  }

  /** The connection logged in: it leaves the pre-auth budget. */
  loggedIn(source: string): void {
    this.pending--;
    bump(this.pendingBy, source, -1);
  }

  /** The connection closed (`loggedIn` says whether it had left the pre-auth budget). */
  closed(source: string, loggedIn: boolean): void {
    this.open--;
    bump(this.openBy, source, -1);
    if (!loggedIn) this.loggedIn(source);
  }

  private bucketFor(source: string): TokenBucket {
    let bucket = this.buckets.get(source);
    if (bucket) {
      this.buckets.delete(source);
    } else {
      bucket = new TokenBucket(this.limits.connectionsPerSecond, this.limits.connectionBurst, this.now);
      if (this.buckets.size >= MAX_TRACKED_SOURCES) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(source, bucket);
    return bucket;
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const v = (map.get(key) ?? 0) + by;
  if (v <= 0) map.delete(key);
  else map.set(key, v);
}
