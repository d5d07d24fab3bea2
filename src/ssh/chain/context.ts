/**
 * One connection as the middleware chain sees it (as Charm's wish composes ssh handlers):
 * each stage (guard, auth, logging, sessions) gets the same context, in order, and adds
 * its handlers to the connection. A stage never reaches into another's state; what they
 * share is here.
 */
import type net from "node:net";
import type { Connection } from "ssh2";
import type { Library } from "../../library/library.js";
import type { Limits } from "../limits.js";
import type { ConnectionRecord, Logger, Privacy } from "../log.js";
import type { Metrics } from "../metrics.js";
import type { BrowserSessionOptions } from "../session.js";
import type { ExecGate, ExecRate } from "../exec.js";

/** A session the server can end from its side (shutdown, maximum duration). */
export interface Closable {
  close(reason: "shutdown", message: string): void;
}

/** What every connection shares: the server's configuration and its counters. */
export interface ServerShared {
  library: Library;
  paths: readonly string[];
  cwd: string;
  limits: Limits;
  log: Logger;
  privacy: Privacy;
  metrics: Metrics;
  start: BrowserSessionOptions["start"];
  execGate: ExecGate;
  execRate: ExecRate;
  /** Browser and exec sessions open on the whole server. */
  sessions: { open: number };
  shuttingDown(): boolean;
}

export interface ConnectionContext {
  readonly client: Connection;
  /** The raw socket from the front door (undefined only if ssh2 got it elsewhere). */
  readonly socket: net.Socket | undefined;
  /** The source network it counts against (admission.ts's `sourceKey`). */
  readonly source: string;
  readonly record: ConnectionRecord;
  readonly shared: ServerShared;
  /** Browser and exec sessions open on this connection. */
  readonly sessions: Set<Closable>;
  /** Session channels accepted and not yet closed (started or not). */
  channels: number;
  /** Streams writing to the client, for `backlog()` (each channel and its stderr). */
  readonly outputs: Set<{ readonly writableLength: number }>;
  /** The reason the next channel refusal gives the visitor (see guard.ts). */
  refusal?: string;
  ended: boolean;
  /** End the connection (idempotent); `reason` becomes the log line's `end=` unless one is set. */
  end(reason: string): void;
  /** Visitor input arrived on one of its sessions: the connection is not idle. */
  touch(): void;
  /** A channel opened or closed: the connection's idle clock re-arms. */
  channelsChanged(): void;
  /** Bytes waiting to reach the client: every channel's and the socket's. */
  backlog(): number;
  /** The connection closed: run on close, once, in the order added. */
  onClose(fn: () => void): void;
}

export type Middleware = (ctx: ConnectionContext) => void;
