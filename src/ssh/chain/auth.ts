/**
 * Authentication: visitors need no account. "none" and keyboard-interactive with no
 * prompts are accepted, and so is any public key with a valid signature (it proves
 * nothing but costs nothing); passwords are never asked for. Too many attempts end the
 * connection. A visitor who is in leaves the front door's pre-auth budget.
 */
import ssh2 from "ssh2";
import type { AuthContext } from "ssh2";
import type { Middleware } from "./context.js";

export function auth(onLoggedIn: (ctx: Parameters<Middleware>[0]) => void): Middleware {
  return (ctx) => {
    const { client, record, shared } = ctx;
    let attempts = 0;
    client.on("authentication", (auth: AuthContext) => {
      attempts++;
      record.user ??= auth.username;
      if (attempts > shared.limits.maxAuthAttempts) {
        record.end = "too-many-auth-attempts";
        auth.reject();
        ctx.end("too-many-auth-attempts");
        return;
      }
      record.user = auth.username;
      switch (auth.method) {
        case "none":
          // Anonymous by design: OpenSSH tries "none" first, and accepting it means no key
          // of the visitor's is ever sent or seen.
          auth.accept();
          return;
        case "keyboard-interactive":
          auth.prompt([], (answers) => {
            if (!(answers instanceof Error)) auth.accept();
          });
          return;
        case "publickey": {
          const key = ssh2.utils.parseKey(auth.key.data);
          if (key instanceof Error || Array.isArray(key))
            return auth.reject(["publickey", "keyboard-interactive"]);
          // No signature: the client asks whether this key would do. Yes: then it signs.
          if (!auth.signature || !auth.blob) return auth.accept();
          if (key.verify(auth.blob, auth.signature, auth.hashAlgo) !== true) {
            return auth.reject(["publickey", "keyboard-interactive"]);
          }
          auth.accept();
          return;
        }
        default:
          // Passwords are never asked for nor accepted: a visitor needs no account.
          auth.reject(["publickey", "keyboard-interactive"]);
      }
    });
    client.on("ready", () => onLoggedIn(ctx));
  };
}
