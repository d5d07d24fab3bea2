/**
 * The connection's own limits: the idle clock (a logged-in connection with no channel
 * open), the maximum duration, and the reasons given when a channel is refused.
 */
import type { Connection } from "ssh2";
import type { Middleware } from "./context.js";

export const FORWARDING_REFUSED = "port forwarding is disabled on this server";

/**
 * ssh2 refuses port forwards (-L, -W) and unknown channel types itself, with an empty
 * description, and offers no public way to give one (its `reject()` takes no reason).
 * This wraps the connection's `channelOpenFail` so the visitor reads why: `nextRefusal`
 * when a stage set one (too many sessions), else that forwarding is disabled. It is the
 * one use of ssh2 internals; without the method (another ssh2) refusals stay wordless,
 * and test/ssh/openssh.test.ts fails on the missing text.
 */
export function describeRefusals(
  client: Connection,
  reason: () => string | undefined,
  onForward: () => void,
): void {
  const proto = (client as unknown as { _protocol?: { channelOpenFail?: (...a: unknown[]) => unknown } })
    ._protocol;
  if (!proto || typeof proto.channelOpenFail !== "function") return;
  const original = proto.channelOpenFail.bind(proto);
  proto.channelOpenFail = (recipient: unknown, code: unknown, description?: unknown) => {
    if (description) return original(recipient, code, description);
    const why = reason();
    if (!why) onForward();
    return original(recipient, code, why ?? FORWARDING_REFUSED);
  };
}

export const guard: Middleware = (ctx) => {
  const { client, shared, record } = ctx;
  const { limits } = shared;
  let idleTimer: NodeJS.Timeout | undefined;
  let durationTimer: NodeJS.Timeout | undefined;

  describeRefusals(
    client,
    () => ctx.refusal,
    () => record.what.push("refused forward"),
  );

  // The connection's idle clock runs while no channel is open; each channel has its own.
  const armIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    if (ctx.channels === 0 && !ctx.ended && client.authenticated)
      idleTimer = setTimeout(() => ctx.end("idle"), limits.idleTimeoutMs);
  };
  ctx.channelsChanged = armIdle;
  ctx.touch = () => idleTimer?.refresh();

  client.on("ready", () => {
    durationTimer = setTimeout(() => {
      record.end = "max-duration";
      for (const s of ctx.sessions)
        s.close("shutdown", "this visit reached its time limit. Come back any time!");
      // Let the sessions' last words and exit statuses go out before the disconnect.
      setTimeout(() => ctx.end("max-duration"), 500).unref();
    }, limits.maxDurationMs);
    armIdle();
  });

  client.on("request", (_accept, reject, name) => {
    record.what.push(`refused ${name}`);
    reject?.();
  });

  ctx.onClose(() => {
    if (idleTimer) clearTimeout(idleTimer);
    if (durationTimer) clearTimeout(durationTimer);
  });
};
