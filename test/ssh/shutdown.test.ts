import { expect, it } from "vitest";
import { collect, connect, shell, startServer, waitFor } from "./helpers.js";

it("SIGTERM ends every session with a short message, restores the terminal and exits", async () => {
  const server = await startServer();
  try {
    const a = await connect(server.port, { username: "guest-one" });
    const b = await connect(server.port, { username: "guest-two" });
    const chA = await shell(a, { cols: 90, rows: 25 });
    const chB = await shell(b, { cols: 60, rows: 20 });
    const outA = collect(chA);
    const outB = collect(chB);
    await waitFor(() => outA.text().includes("Marta") && outB.text().includes("Marta"), "both browsers");
    const statusA = new Promise<number | null>((r) => chA.on("exit", (code: number | null) => r(code)));
    const closedB = new Promise((r) => chB.on("close", r));
    a.on("error", () => {});
    b.on("error", () => {});

    server.child.kill("SIGTERM");
    const code = await waitFor(
      () => (server.alive() ? undefined : { code: server.child.exitCode }),
      "the server to exit",
      10_000,
    );
    expect(code.code).toBe(0);
    await closedB;
    expect(await statusA).toBe(1);
    for (const out of [outA.text(), outB.text()]) {
      expect(out).toContain("the server is restarting; please reconnect in a moment.");
      // Cursor shown and alternate screen left before the message.
      expect(out.lastIndexOf("\x1b[?1049l")).toBeLessThan(out.lastIndexOf("the server is restarting"));
      expect(out).toContain("\x1b[?25h");
    }
    expect(server.log()).toMatch(/SIGTERM: closing 2 session\(s\)/);
    expect(server.connectionLines().filter((l) => l.includes("end=shutdown"))).toHaveLength(2);
    // The log is a log, not a terminal: no escape sequence in it, at shutdown or before.
    expect(server.log()).not.toContain("\x1b");
  } finally {
    await server.stop();
  }
});

it("SIGHUP is a SIGTERM: the browser gets its goodbye and the server exits 0", async () => {
  const server = await startServer(["--log-truncate-addresses", "--log-no-users"]);
  try {
    const a = await connect(server.port, { username: "visitor-name-hup" });
    a.on("error", () => {});
    const ch = await shell(a);
    const out = collect(ch);
    await waitFor(() => out.text().includes("Marta"), "the browser");
    server.child.kill("SIGHUP");
    const code = await waitFor(
      () => (server.alive() ? undefined : { code: server.child.exitCode }),
      "exit",
      10_000,
    );
    expect(code.code).toBe(0);
    expect(out.text()).toContain("the server is restarting");
    expect(server.log()).toMatch(/SIGHUP: closing 1 session/);
    // The log options: the address cut to its /24, no port, no user name.
    const line = await waitFor(() => server.connectionLines()[0], "the log line");
    expect(line).toMatch(/ ssh 127\.0\.0\.0 user=\* /);
    expect(server.log()).not.toContain("visitor-name-hup");
  } finally {
    await server.stop();
  }
});

it("exits with status 1 for its supervisor when the log's reader goes away, instead of spinning", async () => {
  const server = await startServer();
  try {
    server.child.stderr!.destroy();
    // Something to log: a connection that ends.
    const c = await connect(server.port, { username: "after-the-log" });
    c.end();
    const code = await waitFor(
      () => (server.alive() ? undefined : { code: server.child.exitCode }),
      "exit",
      10_000,
    );
    expect(code.code).toBe(2); // EXIT.error: non-zero, for the supervisor
  } finally {
    await server.stop();
  }
});
