/**
 * One log line per connection, when it closes: who, what they did, how it ended (see
 * log.ts for the format and the privacy options). Errors on the connection name the end.
 */
import { formatRecord } from "../log.js";
import type { Middleware } from "./context.js";

export const logging: Middleware = (ctx) => {
  const { client, record, shared } = ctx;
  client.on("error", (err: Error & { level?: string }) => {
    if (err.level === "client-timeout") record.end = "client-alive-timeout";
    else if (!record.end) record.end = `error: ${err.message.slice(0, 60)}`;
  });
  ctx.onClose(() => {
    if (!client.authenticated && !record.end) record.end = "closed-before-login";
    shared.metrics.end(record.end ?? "disconnect");
    shared.log.line(formatRecord(record, Date.now(), shared.privacy));
  });
};
