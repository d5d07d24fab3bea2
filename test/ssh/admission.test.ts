/** The front door's policy, decided without sockets: clock and dice are the test's. */
import { describe, expect, it } from "vitest";
import {
  Admission,
  parseStartups,
  sourceKey,
  truncateAddress,
  type AdmissionLimits,
} from "../../src/ssh/admission.js";

const LIMITS: AdmissionLimits = {
  maxConnections: 100,
  startups: { start: 10, rate: 30, full: 100 },
  perSourceStartups: 3,
  maxPerSource: 5,
  connectionsPerSecond: 2,
  connectionBurst: 20,
};

function admission(limits: Partial<AdmissionLimits> = {}, dice: () => number = () => 0.99) {
  const clock = { t: 0 };
  const a = new Admission({ ...LIMITS, ...limits }, dice, () => clock.t);
  return { a, clock };
}

describe("sources", () => {
  it("group IPv4 by /24 and IPv6 by /64, and truncate for the log to /24 and /48", () => {
    expect(sourceKey("203.0.113.9")).toBe("203.0.113.0/24");
    expect(sourceKey("203.0.113.200")).toBe(sourceKey("203.0.113.9"));
    expect(sourceKey("203.0.114.9")).not.toBe(sourceKey("203.0.113.9"));
    expect(sourceKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(sourceKey("2001:db8:1:2::ffff")).toBe(sourceKey("2001:db8:1:2:aaaa::1"));
    expect(sourceKey("::1")).toBe("0:0:0:0::/64");
    expect(truncateAddress("198.51.100.77")).toBe("198.51.100.0");
    expect(truncateAddress("2001:db8:abcd:12::1")).toBe("2001:db8:abcd::");
  });
  it("reads MaxStartups as OpenSSH writes it", () => {
    expect(parseStartups("10:30:100")).toEqual({ start: 10, rate: 30, full: 100 });
    expect(parseStartups("20")).toEqual({ start: 20, rate: 100, full: 20 });
    expect(parseStartups("10:30")).toBeUndefined();
    expect(parseStartups("50:30:10")).toBeUndefined();
  });
});

describe("admission", () => {
  it("the per-source token bucket refuses a burst beyond its size, then refills", () => {
    const { a, clock } = admission({ maxPerSource: 1000, perSourceStartups: 1000 });
    const decisions = Array.from({ length: 25 }, (_, i) => a.decide(`10.0.0.${i}`));
    expect(decisions.filter((d) => d.admit)).toHaveLength(20);
    expect(decisions.at(-1)).toMatchObject({ admit: false, why: "rate" });
    // Another network has its own bucket.
    expect(a.decide("10.0.1.1").admit).toBe(true);
    clock.t += 1000; // 2 per second
    expect(a.decide("10.0.0.1").admit).toBe(true);
    expect(a.decide("10.0.0.1").admit).toBe(true);
    expect(a.decide("10.0.0.1")).toMatchObject({ admit: false, why: "rate" });
  });

  it("caps pending logins per source, and a login frees the slot for the next", () => {
    const { a } = admission();
    const ins = [1, 2, 3].map((i) => a.decide(`192.0.2.${i}`));
    expect(ins.every((d) => d.admit)).toBe(true);
    expect(a.decide("192.0.2.4")).toMatchObject({ admit: false, why: "per-source" });
    a.loggedIn(ins[0]!.source);
    expect(a.startups).toBe(2);
    expect(a.decide("192.0.2.4").admit).toBe(true);
    // Logged in or not, at most maxPerSource open from one network.
    a.loggedIn(ins[0]!.source);
    a.loggedIn(ins[0]!.source);
    expect(a.decide("192.0.2.5").admit).toBe(true);
    expect(a.decide("192.0.2.6")).toMatchObject({ admit: false, why: "per-source" });
  });

  it("drops early at the MaxStartups rate for a source already waiting, never for a new source before full", () => {
    let roll = 0.5;
    const { a } = admission({ perSourceStartups: 100, maxPerSource: 100, connectionBurst: 1000 }, () => roll);
    for (let i = 0; i < 10; i++) expect(a.decide(`198.51.100.${i}`).admit).toBe(true);
    // At start (10 pending) the drop probability is 30%: a roll of 0.5 gets in, 0.2 does not.
    roll = 0.2;
    expect(a.decide("198.51.100.50")).toMatchObject({ admit: false, why: "startups" });
    roll = 0.5;
    expect(a.decide("198.51.100.51").admit).toBe(true);
    // Halfway to full (55 pending) it is 65%.
    for (let i = 0; i < 44; i++) a.decide(`198.51.100.${100 + i}`);
    roll = 0.99;
    for (let i = 0; i < 44; i++) a.decide(`198.51.100.${100 + i}`);
    expect(a.startups).toBeGreaterThanOrEqual(55);
    // A network with nothing waiting still gets in, whatever the dice.
    roll = 0;
    expect(a.decide("203.0.113.1").admit).toBe(true);
    expect(a.decide("203.0.113.2")).toMatchObject({ admit: false, why: "startups" });
  });

  it("with 20 networks holding idle sockets, new visitors still get in; logged-in visitors leave the budget", () => {
    const { a } = admission({}, () => 0); // the worst dice: every early drop that may happen does
    // 20 networks × 5 idle connections each: at most 3 each wait, the rest are refused.
    for (let n = 0; n < 20; n++) for (let i = 0; i < 5; i++) a.decide(`10.${n}.0.${i}`);
    expect(a.startups).toBeLessThanOrEqual(60);
    let admitted = 0;
    for (let v = 0; v < 24; v++) {
      const d = a.decide(`172.16.${v}.1`);
      if (d.admit) {
        admitted++;
        a.loggedIn(d.source);
      }
    }
    expect(admitted).toBe(24);
    expect(a.connections).toBeLessThanOrEqual(84);
  });

  it("refuses at the total whoever asks, and a closed connection frees its place", () => {
    const { a } = admission({ maxConnections: 2 });
    const one = a.decide("192.0.2.1");
    const two = a.decide("198.51.100.1");
    expect(a.decide("203.0.113.1")).toMatchObject({ admit: false, why: "full" });
    a.loggedIn(one.source);
    a.closed(one.source, true);
    a.closed(two.source, false);
    expect(a.connections).toBe(0);
    expect(a.startups).toBe(0);
    expect(a.decide("203.0.113.1").admit).toBe(true);
  });
});
