/**
 * What only the local browser may do, with the process and the desktop: stop itself
 * (Ctrl-Z), open a link, edit a profile's file in $EDITOR and load the library again.
 * The SSH server gives its sessions none of this.
 */
import { spawn, spawnSync } from "node:child_process";
import type { Io } from "../command/io.js";
import type { Library } from "../library/library.js";
import type { LoadOptions } from "../library/load.js";

/** `load`: the command's loader options (`--max-files`, `--follow-links`...), for reload. */
export function localActions(
  paths: readonly string[],
  io: Io,
  load: Pick<LoadOptions, "maxFiles" | "maxBytes" | "followLinks"> = {},
) {
  return {
    /** SIGTSTP stops the process (the shell's job control); resolves once continued. */
    suspend: () =>
      new Promise<void>((resolve) => {
        process.once("SIGCONT", () => resolve());
        process.kill(process.pid, "SIGTSTP");
      }),
    openUrl: (url: string) =>
      new Promise<void>((resolve, reject) => {
        if (!/^(https?:|mailto:)/i.test(url)) return reject(new Error("not a web or mail link"));
        const opener =
          process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
        const child = spawn(opener, [url], { stdio: "ignore", detached: true });
        child.once("error", (e) => reject(new Error(`${opener}: ${e.message}`)));
        child.once("spawn", () => {
          child.unref();
          resolve();
        });
      }),
    /**
     * The editor runs synchronously: the event loop (and so the browser's input reader)
     * is still while it owns the terminal, so no keystroke meant for it is taken.
     */
    edit: async (file: string) => {
      const editor = (io.env.VISUAL || io.env.EDITOR || "vi").trim();
      const [cmd, ...args] = editor.split(/\s+/);
      const r = spawnSync(cmd!, [...args, file], { stdio: "inherit" });
      if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
    },
    reload: async (): Promise<Library | undefined> => {
      const { loadLibrary } = await import("../library/load.js");
      const loaded = await loadLibrary([...paths], { ...load, cwd: io.cwd });
      return loaded.library.entries.length ? loaded.library : undefined;
    },
  };
}
