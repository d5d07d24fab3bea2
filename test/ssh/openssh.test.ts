/**
 * A real OpenSSH client against the built server on 127.0.0.1: the browser in tmux, the
 * read-only commands without a pty, and everything that must be refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CLI,
  FIXTURES,
  connect,
  exec,
  shell,
  collect,
  SSH_OPTS,
  sshRun,
  startServer,
  Tmux,
  waitFor,
  type TestServer,
} from "./helpers.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function sshCommand(user: string, extra = ""): string {
  return `ssh -tt ${SSH_OPTS.join(" ")} -o LogLevel=ERROR ${extra} -p ${server.port} ${user}@127.0.0.1; echo EXIT=$?; sleep 60`;
}

describe("a visitor with a terminal (OpenSSH in tmux)", () => {
  it("browses: the list appears, keys work, a resize re-lays it out, q ends with status 0", async () => {
    const tmux = new Tmux();
    try {
      tmux.start(sshCommand("visitor"), 100, 30);
      const first = await waitFor(() => {
        const s = tmux.screen();
        return s.includes("Marta Lindqvist") && s.includes("Tomasz Brandt") && s;
      }, "the browser");
      expect(first).not.toContain("EXIT=");

      tmux.keys("j");
      await waitFor(() => tmux.screen() !== first, "the screen to change after a key");

      const beforeResize = tmux.screen();
      tmux.resize(70, 20);
      const after = await waitFor(() => {
        const s = tmux.screen();
        return s !== beforeResize && s.includes("Tomasz Brandt") && s;
      }, "the browser to re-lay out at 70x20");
      expect(after.split("\n").every((line) => line.length <= 70)).toBe(true);

      tmux.keys("q");
      const end = await waitFor(() => {
        const s = tmux.screen();
        return s.includes("EXIT=") && s;
      }, "ssh to exit");
      expect(end).toContain("EXIT=0");
      // The visitor's terminal is back: the alternate screen is gone with the browser.
      expect(end).not.toContain("Marta Lindqvist");
      const line = await waitFor(
        () => server.connectionLines().find((l) => l.includes('user="visitor"') && l.includes("browse")),
        "the log line",
      );
      expect(line).toContain("size=70x20");
      expect(line).toContain("end=quit");
      expect(line).toMatch(/term=\S+/);
    } finally {
      tmux.kill();
    }
  });

  it("shows a visitor exactly what the local browser shows, key for key and size for size", async () => {
    const remote = new Tmux();
    const local = new Tmux();
    try {
      remote.start(sshCommand("visitor"), 100, 30);
      // From inside the served folder: the local browser names files relative to it, as the
      // server names them to a visitor.
      local.start(`cd ${FIXTURES} && ${process.execPath} ${CLI} .; echo EXIT=$?; sleep 60`, 100, 30);
      const ready = (t: Tmux) =>
        waitFor(() => t.screen().includes("Tomasz Brandt") && t.screen(), "the browser");
      // Both settle on the same new frame (each redraws at its own pace).
      let previous = "";
      const same = async (what: string) => {
        // Equal, new, and still so a moment later (not two passing intermediate frames).
        const settled = async () => {
          const r = remote.screen();
          if (r === previous || r !== local.screen()) return false;
          await new Promise((res) => setTimeout(res, 300));
          return remote.screen() === r && local.screen() === r && r;
        };
        const screen = await waitFor(settled, `the same screen ${what}`, 10_000).catch(() => undefined);
        expect(remote.screen(), what).toBe(local.screen());
        previous = screen || remote.screen();
      };
      await ready(remote);
      await ready(local);
      await same("at first");
      for (const t of [remote, local]) t.keys("j");
      await same("after j");
      for (const t of [remote, local]) t.keys("2");
      await same("after 2 (Experience)");
      for (const t of [remote, local]) t.resize(72, 22);
      await same("at 72x22");
    } finally {
      remote.kill();
      local.kill();
    }
  });

  it("opens the profile a user name names (deep link); any other name opens the list", async () => {
    const tmux = new Tmux();
    try {
      tmux.start(sshCommand("tomasz"), 100, 30);
      const screen = await waitFor(() => {
        const s = tmux.screen();
        return s.includes("tomasz.brandt@example.net") && s;
      }, "Tomasz's profile");
      expect(screen).not.toContain("marta.lindqvist@example.org");
      tmux.keys("q");
      await waitFor(() => tmux.screen().includes("EXIT=0"), "ssh to exit with 0");
    } finally {
      tmux.kill();
    }
    const tmux2 = new Tmux();
    try {
      tmux2.start(sshCommand("nobody-in-particular"), 100, 30);
      const screen = await waitFor(() => {
        const s = tmux2.screen();
        return s.includes("Marta Lindqvist") && s.includes("Tomasz Brandt") && s;
      }, "the list");
      expect(screen).not.toContain("tomasz.brandt@example.net");
      tmux2.keys("C-c");
      await waitFor(() => tmux2.screen().includes("EXIT=0"), "Ctrl-C to end the session with 0");
    } finally {
      tmux2.kill();
    }
  });

  it("gives a client that sends NO_COLOR a monochrome browser", async () => {
    const frame = async (env?: Record<string, string>) => {
      const c = await connect(server.port);
      const ch = await new Promise<import("ssh2").ClientChannel>((resolve, reject) =>
        c.shell({ cols: 100, rows: 30, term: "xterm-256color" }, env ? { env } : {}, (err, s) =>
          err ? reject(err) : resolve(s),
        ),
      );
      const out = collect(ch);
      await waitFor(() => out.text().includes("Tomasz Brandt"), "a frame");
      ch.write("q");
      await new Promise((r) => ch.on("close", r));
      c.end();
      return out.text();
    };
    const colourSgr = /\x1b\[(?:3[0-79]|4[0-79]|9[0-7]|10[0-7]|38;|48;)/;
    expect(await frame()).toMatch(colourSgr);
    expect(await frame({ NO_COLOR: "1" })).not.toMatch(colourSgr);
  });
});

describe("a visitor without a terminal", () => {
  it("runs list, show and export as plain text", () => {
    const list = sshRun(server.port, ["list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("Marta Lindqvist");
    expect(list.stdout).toContain("Tomasz Brandt");
    expect(list.stdout).not.toContain("\x1b");

    const show = sshRun(server.port, ["show", "tomasz"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("Lumen Studio");
    expect(show.stdout).not.toContain("\x1b");

    const json = sshRun(server.port, ["list", "--json"]);
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();

    const md = sshRun(server.port, ["export", "marta", "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Tidewater Logistics");
  });

  it("refuses other commands, paths and writes with one clear line and status 1", () => {
    const rm = sshRun(server.port, ["rm", "-rf", "/"]);
    expect(rm.code).toBe(1);
    expect(rm.stderr.trim().split("\n")).toHaveLength(1);
    expect(rm.stderr).toMatch(/'rm' is not available here; try: list, show, search, export/);

    const paths = sshRun(server.port, ["list", "/etc"]);
    expect(paths.code).toBe(1);
    expect(paths.stdout).toBe("");

    const out = join(server.dir, "written-by-a-visitor.md");
    const write = sshRun(server.port, ["export", "marta", "--out", out]);
    expect(write.code).toBe(1);
    expect(existsSync(out)).toBe(false);

    const serve = sshRun(server.port, ["serve", "--port", "2223"]);
    expect(serve.code).toBe(1);

    const shellNoPty = sshRun(server.port, [], { extra: ["-T"] });
    expect(shellNoPty.code).toBe(1);
    expect(shellNoPty.stderr).toMatch(/interactive portfolio/);
  });

  it("refuses sftp, -W and -R forwarding, -L forwarding and X11 with a reason", async () => {
    const sftp = spawnSync(
      "sftp",
      [...SSH_OPTS, "-o", "LogLevel=ERROR", "-P", String(server.port), "-b", "-", "visitor@127.0.0.1"],
      {
        encoding: "utf8",
        input: "ls\n",
        timeout: 30_000,
      },
    );
    if (!sftp.error) {
      expect(sftp.status).not.toBe(0);
      expect(sftp.stderr).toContain("sftp is not available on this server");
    }

    const w = sshRun(server.port, [], { logLevel: "INFO", extra: ["-W", "127.0.0.1:22"] });
    expect(w.code).toBe(255);
    expect(w.stderr).toContain("port forwarding is disabled on this server");

    const r = sshRun(server.port, ["list"], {
      extra: ["-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9"],
    });
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/remote port forwarding failed/);

    // -L with OpenSSH: something connects to the forwarded local port; ssh says why not.
    const free = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const forward = spawn(
      "ssh",
      [
        ...SSH_OPTS,
        "-o",
        "LogLevel=INFO",
        "-N",
        "-L",
        `${free}:127.0.0.1:22`,
        "-p",
        String(server.port),
        "visitor@127.0.0.1",
      ],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let forwardErr = "";
    forward.stderr!.setEncoding("utf8").on("data", (d: string) => (forwardErr += d));
    try {
      await waitFor(
        () =>
          new Promise<boolean>((resolve) => {
            const sock = net.connect(free, "127.0.0.1", () =>
              setTimeout(() => (sock.destroy(), resolve(true)), 300),
            );
            sock.on("error", () => resolve(false));
          }),
        "the local forward to listen",
      );
      await waitFor(
        () => forwardErr.includes("port forwarding is disabled on this server"),
        "ssh to report the refusal",
      );
    } finally {
      forward.kill();
    }

    // -A: agent forwarding is refused (the client asks without wanting a reply).
    const agentDir = mkdtempSync(join(tmpdir(), "resumes-agent-"));
    const agent = spawnSync("ssh-agent", ["-a", join(agentDir, "sock")], { encoding: "utf8" });
    const agentPid = /SSH_AGENT_PID=(\d+)/.exec(agent.stdout)?.[1];
    try {
      if (agentPid) {
        const withAgent = spawnSync(
          "ssh",
          [
            ...SSH_OPTS,
            "-o",
            "LogLevel=ERROR",
            "-A",
            "-p",
            String(server.port),
            "agent-user@127.0.0.1",
            "list",
          ],
          {
            encoding: "utf8",
            timeout: 30_000,
            env: { ...process.env, SSH_AUTH_SOCK: join(agentDir, "sock") },
          },
        );
        expect(withAgent.status).toBe(0);
        await waitFor(
          () =>
            server
              .connectionLines()
              .some((l) => l.includes('user="agent-user"') && l.includes("refused agent")),
          "the agent refusal in the log",
        );
      }
    } finally {
      if (agentPid) process.kill(Number(agentPid));
      rmSync(agentDir, { recursive: true, force: true });
    }

    // -L: what the client asks for when something connects to its local port.
    const c = await connect(server.port, { username: "forwarder" });
    const err = await new Promise<Error | undefined>((resolve) =>
      c.forwardOut("127.0.0.1", 5000, "127.0.0.1", 22, (e) => resolve(e ?? undefined)),
    );
    expect(err?.message).toMatch(/prohibited|disabled/i);
    // X11 on a session is refused; the session itself still works.
    const x11 = await new Promise<Error | undefined>((resolve) =>
      c.exec("list", { x11: true }, (e, ch) => {
        if (ch) ch.on("close", () => resolve(undefined)).resume();
        else resolve(e ?? undefined);
      }),
    );
    expect(x11?.message ?? "").toMatch(/x11|^$/i);
    c.end();
    await waitFor(
      () =>
        server.connectionLines().some((l) => l.includes('user="forwarder"') && l.includes("refused forward")),
      "the log",
    );
  });

  it("has a second session on a connection while the first is open, and the log says what happened", async () => {
    const c = await connect(server.port, { username: "two" });
    const browser = await shell(c, { cols: 80, rows: 24 });
    const screen = collect(browser);
    const r = await exec(c, "list");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tomasz Brandt");
    await waitFor(() => screen.text().includes("Tomasz Brandt"), "the browser's first frame");
    browser.write("q");
    await new Promise((res) => browser.on("close", res));
    c.end();
    const line = await waitFor(
      () => server.connectionLines().find((l) => l.includes('user="two"')),
      "the log line",
    );
    expect(line).toMatch(/did=\S*browse/);
    expect(line).toContain("exec list");
    expect(line).toMatch(/duration=\S+/);
  });
});
