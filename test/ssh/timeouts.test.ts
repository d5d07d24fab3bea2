/** Idle timeout (visitor input only) and maximum duration, configured small. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { collect, connect, shell, startServer, waitFor, type TestServer } from "./helpers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer(["--idle-timeout", "2s", "--max-duration", "6s"]);
});
afterAll(async () => {
  await server?.stop();
});

it("closes a browser that gets no input for the idle timeout, with a message and status 1", async () => {
  const c = await connect(server.port, { username: "idler" });
  c.on("error", () => {});
  const ch = await shell(c);
  const out = collect(ch);
  const status = new Promise<number | null>((r) => ch.on("exit", (code: number | null) => r(code)));
  // Output from the server (a resize redraw) is not input: it does not keep the session alive.
  ch.setWindow(20, 70, 0, 0);
  expect(await status).toBe(1);
  expect(out.text()).toContain("closed after a while without input");
  await waitFor(() => server.connectionLines().find((l) => l.includes('user="idler"')), "the log line");
});

it("keeps a typing visitor past the idle timeout, then ends the visit at the maximum duration", async () => {
  const c = await connect(server.port, { username: "typist" });
  c.on("error", () => {});
  const ch = await shell(c);
  const out = collect(ch);
  let exit: number | null | undefined;
  ch.on("exit", (code: number | null) => (exit = code));
  const typing = setInterval(() => ch.write(Math.random() < 0.5 ? "j" : "k"), 500);
  try {
    await waitFor(() => exit !== undefined, "the maximum duration", 20_000);
  } finally {
    clearInterval(typing);
  }
  expect(exit).toBe(1);
  expect(out.text()).toContain("this visit reached its time limit");
  const line = await waitFor(
    () => server.connectionLines().find((l) => l.includes('user="typist"')),
    "the log line",
  );
  expect(line).toContain("end=max-duration");
  expect(line).not.toContain("idle");
});

// A logged-in connection that opens no channel: test/ssh/chain.test.ts, on a fake clock.
