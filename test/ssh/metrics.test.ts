import { describe, expect, it } from "vitest";
import { Metrics, serveMetrics } from "../../src/ssh/metrics.js";

describe("metrics", () => {
  it("counts refusals by reason, bytes out and key round trips, in the Prometheus text format", async () => {
    const m = new Metrics();
    m.refuse("rate");
    m.refuse("rate");
    m.refuse("startups");
    m.end("quit");
    m.end("error: read ECONNRESET");
    m.bytesOut += 1234;
    for (let i = 1; i <= 100; i++) m.keyRoundTrip(i);
    const text = m.prometheus({ connections: 3, startups: 1, sessions: 2 });
    expect(text).toContain('resumes_refused_total{reason="rate"} 2');
    expect(text).toContain('resumes_refused_total{reason="startups"} 1');
    expect(text).toContain('resumes_ended_total{how="error"} 1');
    expect(text).toContain("resumes_sessions 2");
    expect(text).toContain("resumes_bytes_out_total 1234");
    expect(text).toContain('resumes_key_round_trip_ms{quantile="0.95"} 96');
    expect(text).toMatch(/^# TYPE resumes_connections gauge$/m);
    expect(m.line({ connections: 3, startups: 1, sessions: 2 })).toMatch(
      /^connections=3 startups=1 sessions=2 .*refused_rate=2/,
    );

    const { server, port } = await serveMetrics(() => text, 0);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.headers.get("content-type")).toContain("text/plain");
      expect(await res.text()).toBe(text);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
