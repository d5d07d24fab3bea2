import { describe, expect, it } from "vitest";
import {
  TokenBucket,
  clampSize,
  formatDuration,
  normalizeAddress,
  parseDuration,
  DEFAULT_LIMITS,
} from "../../src/ssh/limits.js";

describe("parseDuration", () => {
  it("reads seconds, minutes, hours and combinations", () => {
    expect(parseDuration("90")).toBe(90_000);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("10m")).toBe(600_000);
    expect(parseDuration("1h")).toBe(3_600_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("1.5s")).toBe(1500);
  });
  it("refuses what is not a duration", () => {
    for (const bad of ["", "m", "10x", "ten minutes", "10m junk", "-5s", "5 s"])
      expect(parseDuration(bad)).toBeUndefined();
  });
  it("formats back in the largest fitting unit", () => {
    expect(formatDuration(600_000)).toBe("10m");
    expect(formatDuration(1500)).toBe("1.5s");
    expect(formatDuration(3_600_000)).toBe("1h");
    expect(formatDuration(20)).toBe("20ms");
  });
});

describe("clampSize", () => {
  it("keeps ordinary sizes", () => {
    expect(clampSize(120, 40, DEFAULT_LIMITS)).toEqual({ columns: 120, rows: 40 });
  });
  it("treats zero or missing as unknown: 80x24, never 0", () => {
    expect(clampSize(0, 0, DEFAULT_LIMITS)).toEqual({ columns: 80, rows: 24 });
    expect(clampSize(undefined, NaN, DEFAULT_LIMITS)).toEqual({ columns: 80, rows: 24 });
  });
  it("clamps absurd sizes both ways", () => {
    expect(clampSize(4_294_967_295, 65_535, DEFAULT_LIMITS)).toEqual({
      columns: DEFAULT_LIMITS.maxColumns,
      rows: DEFAULT_LIMITS.maxRows,
    });
    expect(clampSize(1, 1, DEFAULT_LIMITS)).toEqual({ columns: 16, rows: 4 });
  });
});

describe("TokenBucket", () => {
  it("grants a burst, then only the refill rate", () => {
    let now = 0;
    const bucket = new TokenBucket(1000, 4000, () => now);
    expect(bucket.take(3000)).toBe(3000);
    expect(bucket.take(3000)).toBe(1000);
    expect(bucket.take(10)).toBe(0);
    now += 500; // half a second: 500 bytes
    expect(bucket.take(10_000)).toBe(500);
    now += 60_000; // a long pause refills only up to the burst
    expect(bucket.take(1_000_000)).toBe(4000);
  });
  it("never grants more than asked", () => {
    const bucket = new TokenBucket(10, 10, () => 0);
    expect(bucket.take(3)).toBe(3);
  });
});

describe("normalizeAddress", () => {
  it("counts an IPv4-mapped IPv6 address as the IPv4 one", () => {
    expect(normalizeAddress("::ffff:10.0.0.7")).toBe("10.0.0.7");
    expect(normalizeAddress("::1")).toBe("::1");
    expect(normalizeAddress(undefined)).toBe("unknown");
  });
});
