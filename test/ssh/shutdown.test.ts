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
  } finally {
    await server.stop();
  }
});
