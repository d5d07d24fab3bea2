/**
 * What an operator counts: connections and sessions open, refusals by reason, bytes out,
 * visitor key round trip (input to the next output). One line on SIGUSR2, or the
 * Prometheus text format on an opt-in local port (`--metrics-port`).
 */
import http from "node:http";

export interface Gauges {
  connections: number;
  startups: number;
  sessions: number;
}

/** Key round trips kept for the quantiles (a ring: the most recent ones). */
const SAMPLES = 512;

export class Metrics {
  readonly refused = new Map<string, number>();
  readonly ended = new Map<string, number>();
  connectionsTotal = 0;
  sessionsTotal = 0;
  bytesOut = 0;
  logLinesDropped = 0;
  private readonly rtt: number[] = [];
  private next = 0;

  refuse(why: string): void {
    this.refused.set(why, (this.refused.get(why) ?? 0) + 1);
  }
  end(why: string): void {
    const key = why.startsWith("error") ? "error" : why.replace(/[^a-z0-9_-]/gi, "_").slice(0, 32);
    this.ended.set(key, (this.ended.get(key) ?? 0) + 1);
  }
  keyRoundTrip(ms: number): void {
    if (this.rtt.length < SAMPLES) this.rtt.push(ms);
    else this.rtt[this.next] = ms;
    this.next = (this.next + 1) % SAMPLES;
  }
  /** The q-quantile (0..1) of recent key round trips in ms; 0 with no samples. */
  quantile(q: number): number {
    if (this.rtt.length === 0) return 0;
    const sorted = [...this.rtt].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  }

  /** One log line: `connections=3 sessions=2 ... refused_rate=4`. */
  line(g: Gauges): string {
    const parts = [
      `connections=${g.connections}`,
      `startups=${g.startups}`,
      `sessions=${g.sessions}`,
      `connections_total=${this.connectionsTotal}`,
      `sessions_total=${this.sessionsTotal}`,
      `bytes_out=${this.bytesOut}`,
      `key_rtt_p50_ms=${this.quantile(0.5).toFixed(1)}`,
      `key_rtt_p95_ms=${this.quantile(0.95).toFixed(1)}`,
      `log_lines_dropped=${this.logLinesDropped}`,
      ...[...this.refused].map(([k, v]) => `refused_${k}=${v}`),
    ];
    return parts.join(" ");
  }

  /** The Prometheus text exposition format (version 0.0.4). */
  prometheus(g: Gauges): string {
    const out: string[] = [];
    const metric = (name: string, type: string, help: string, rows: [string, number][]) => {
      out.push(`# HELP resumes_${name} ${help}`, `# TYPE resumes_${name} ${type}`);
      for (const [labels, v] of rows) out.push(`resumes_${name}${labels} ${v}`);
    };
    metric("connections", "gauge", "Open SSH connections.", [["", g.connections]]);
    metric("startups", "gauge", "Open connections not logged in yet.", [["", g.startups]]);
    metric("sessions", "gauge", "Open browser and command sessions.", [["", g.sessions]]);
    metric("connections_total", "counter", "Connections admitted.", [["", this.connectionsTotal]]);
    metric("sessions_total", "counter", "Sessions started.", [["", this.sessionsTotal]]);
    metric(
      "refused_total",
      "counter",
      "Connections refused at the door, by reason.",
      [...this.refused].map(([k, v]) => [`{reason="${k}"}`, v]),
    );
    metric(
      "ended_total",
      "counter",
      "Connections ended, by how.",
      [...this.ended].map(([k, v]) => [`{how="${k}"}`, v]),
    );
    metric("bytes_out_total", "counter", "Bytes written to visitors' channels.", [["", this.bytesOut]]);
    metric("log_lines_dropped_total", "counter", "Log lines sampled away or lost.", [
      ["", this.logLinesDropped],
    ]);
    metric("key_round_trip_ms", "summary", "Visitor input to the next output, recent samples.", [
      ['{quantile="0.5"}', this.quantile(0.5)],
      ['{quantile="0.95"}', this.quantile(0.95)],
    ]);
    return `${out.join("\n")}\n`;
  }
}

/** Serve `/metrics` on host:port (loopback by default). */
export function serveMetrics(
  render: () => string,
  port: number,
  host = "127.0.0.1",
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    if (req.url !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(render());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const a = server.address();
      resolve({ server, port: typeof a === "object" && a ? a.port : port });
    });
  });
}
