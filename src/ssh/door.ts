/**
 * The front door: the TCP listener in front of ssh2, which has no connection caps, no
 * login grace timer and keeps a silent socket open forever. It asks the admission policy
 * (admission.ts) about every new socket, refuses cheaply (no key exchange) with a notice
 * OpenSSH shows at its default verbosity, and destroys a socket that has not logged in
 * within the grace time.
 */
import net from "node:net";
import { Admission, type AdmissionLimits, type Refusal } from "./admission.js";
import { normalizeAddress } from "./limits.js";

export interface FrontDoorOptions {
  limits: AdmissionLimits & { loginGraceMs: number };
  /** Called with every admitted socket (hand it to ssh2 here). */
  admit(socket: net.Socket): void;
  /** A refused connection, or one cut at the login grace timeout. */
  onRefuse?(address: string, why: Refusal | "grace" | "evicted", socket: net.Socket): void;
  /** Dice for the random early drop (tests pass their own). */
  random?: () => number;
  /**
   * When the pre-auth budget or the total is full, a connection that has waited this long
   * without logging in gives its place to the newcomer (visitors log in within a second;
   * sockets held idle do not). Default 2 s.
   */
  evictAfterMs?: number;
}

const NOTICE: Record<Refusal, string> = {
  full: "the server is full",
  startups: "the server is busy",
  "per-source": "too many connections from your network",
  rate: "too many new connections from your network",
};

/** SSH_DISCONNECT_TOO_MANY_CONNECTIONS (RFC 4250). */
const TOO_MANY_CONNECTIONS = 12;

/**
 * What a refused client gets: the notice as a line before the version (shown by clients
 * that show those), our version line, then an unencrypted SSH_MSG_DISCONNECT with the
 * notice, which OpenSSH prints as "Received disconnect from ...: 12: <notice>".
 */
export function refusalBytes(notice: string, ident = "resumes"): Buffer {
  const text = Buffer.from(notice, "utf8");
  const payload = Buffer.alloc(1 + 4 + 4 + text.length + 4);
  let o = payload.writeUInt8(1, 0);
  o = payload.writeUInt32BE(TOO_MANY_CONNECTIONS, o);
  o = payload.writeUInt32BE(text.length, o);
  o += text.copy(payload, o);
  payload.writeUInt32BE(0, o); // language tag: empty
  let padding = 8 - ((4 + 1 + payload.length) % 8);
  if (padding < 4) padding += 8;
  const packet = Buffer.alloc(4 + 1 + payload.length + padding);
  packet.writeUInt32BE(1 + payload.length + padding, 0);
  packet.writeUInt8(padding, 4);
  payload.copy(packet, 5);
  return Buffer.concat([Buffer.from(`resumes: ${notice}\r\nSSH-2.0-${ident}\r\n`, "latin1"), packet]);
}

interface Admitted {
  source: string;
  loggedIn: boolean;
  since: number;
  /** Already given back to the admission policy (evicted). */
  released?: boolean;
  grace?: NodeJS.Timeout;
}

export class FrontDoor {
  readonly server: net.Server;
  readonly admission: Admission;
  private readonly admitted = new Map<net.Socket, Admitted>();
  private readonly byPeer = new Map<string, net.Socket>();

  constructor(private readonly options: FrontDoorOptions) {
    this.admission = new Admission(options.limits, options.random);
    this.server = net.createServer({ pauseOnConnect: true, noDelay: true }, (socket) => this.accept(socket));
    this.server.on("error", () => {
      /* listen errors surface through listen()'s promise */
    });
  }

  get connections(): number {
    return this.admission.connections;
  }
  get startups(): number {
    return this.admission.startups;
  }

  private accept(socket: net.Socket): void {
    // Errors on a socket must never reach the process: resets, half-open handshakes.
    socket.on("error", () => {});
    const address = normalizeAddress(socket.remoteAddress);
    let decision = this.admission.decide(address);
    if (!decision.admit && (decision.why === "startups" || decision.why === "full") && this.evictOldest()) {
      decision = this.admission.decide(address, { paid: true });
    }
    if (!decision.admit) {
      socket.end(refusalBytes(`${NOTICE[decision.why]}, please try again later.`));
      socket.setTimeout(2000, () => socket.destroy());
      this.options.onRefuse?.(address, decision.why, socket);
      return;
    }
    const state: Admitted = { source: decision.source, loggedIn: false, since: performance.now() };
    this.admitted.set(socket, state);
    const peer = `${socket.remoteAddress}|${socket.remotePort}`;
    this.byPeer.set(peer, socket);
    socket.setKeepAlive(true, 30_000);
    state.grace = setTimeout(() => {
      this.options.onRefuse?.(address, "grace", socket);
      socket.destroy();
    }, this.options.limits.loginGraceMs);
    socket.once("close", () => {
      if (state.grace) clearTimeout(state.grace);
      if (!state.released) this.admission.closed(state.source, state.loggedIn);
      this.admitted.delete(socket);
      if (this.byPeer.get(peer) === socket) this.byPeer.delete(peer);
    });
    this.options.admit(socket);
  }

  /** Give the place of the oldest connection still not logged in after `evictAfterMs` back; true if one was. */
  private evictOldest(): boolean {
    const limit = this.options.evictAfterMs ?? 2000;
    const now = performance.now();
    for (const [socket, state] of this.admitted) {
      if (state.loggedIn || state.released) continue;
      // The map keeps insertion order: the first pending one is the oldest.
      if (now - state.since < limit) return false;
      state.released = true;
      this.admission.closed(state.source, false);
      if (state.grace) clearTimeout(state.grace);
      this.options.onRefuse?.(normalizeAddress(socket.remoteAddress), "evicted", socket);
      socket.destroy();
      return true;
    }
    return false;
  }

  /** The socket's visitor is in: stop its login grace timer, out of the pre-auth budget. */
  authenticated(socket: net.Socket): void {
    const state = this.admitted.get(socket);
    if (!state || state.loggedIn || state.released) return;
    state.loggedIn = true;
    if (state.grace) clearTimeout(state.grace);
    this.admission.loggedIn(state.source);
  }

  /** The admitted socket with this remote address and port (live connections only). */
  find(ip: string | undefined, port: number | undefined): net.Socket | undefined {
    return this.byPeer.get(`${ip}|${port}`);
  }

  listen(port: number, host: string): Promise<net.AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server.once("error", onError);
      this.server.listen({ port, host }, () => {
        this.server.off("error", onError);
        resolve(this.server.address() as net.AddressInfo);
      });
    });
  }

  /** Stop accepting; existing sockets stay until `destroyAll()`. */
  stopAccepting(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  destroyAll(): void {
    for (const s of this.admitted.keys()) s.destroy();
  }
}
