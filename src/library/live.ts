/**
 * A library as it loads, for a view that draws from the first frame: the profiles so far
 * (loader's LoadProgress), a line saying how far it has got, and change notifications.
 * After the load, the line stays only when a limit was reached (no silent limits), and the
 * load's problems are handed over (`finish`) for the view to say and list.
 */
import type { Diagnostic } from "./diagnostic.js";
import type { Library } from "./library.js";
import type { LoadProgress } from "./load.js";

export interface LiveState {
  library: Library;
  loading: boolean;
  progress?: string;
  /** The load's problems, once it has finished (files that could not be read, warnings). */
  diagnostics?: readonly Diagnostic[];
}

/** What a view of a loading library reads: the state now, and word when it changes. */
export interface LiveLibrary {
  get(): LiveState;
  /** Calls `listener` whenever `get()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** "loading 812/10000 files", or what a finished load must still say. */
export function progressLine(p: LoadProgress): string | undefined {
  const failed = p.failed ? ` · ${p.failed} failed` : "";
  if (p.phase === "finding") return `finding files… ${p.total}`;
  if (p.phase === "loading") return `loading ${p.done}/${p.total} files${failed}`;
  if (p.truncated.length > 0)
    return `only the first ${p.maxFiles} files of a folder (--max-files N for more)`;
  return undefined;
}

export function liveLibrary(empty: Library): LiveLibrary & {
  /** Settles when a view first subscribes: it has drawn its first frame (the load can start). */
  watched: Promise<void>;
  onProgress(p: LoadProgress): void;
  /** The load is over: its problems, and its library (the last progress may not have come). */
  finish(diagnostics: readonly Diagnostic[], library?: Library): void;
} {
  let state: LiveState = { library: empty, loading: true, progress: "finding files…" };
  const listeners = new Set<() => void>();
  let seen!: () => void;
  const watched = new Promise<void>((done) => (seen = done));
  const set = (next: LiveState) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    watched,
    subscribe(listener) {
      listeners.add(listener);
      seen();
      return () => listeners.delete(listener);
    },
    onProgress(p) {
      const next: LiveState = {
        library: p.library(),
        loading: p.phase !== "done",
        progress: progressLine(p),
        diagnostics: state.diagnostics,
      };
      if (
        next.library === state.library &&
        next.loading === state.loading &&
        next.progress === state.progress
      )
        return;
      set(next);
    },
    finish(diagnostics, library) {
      set({
        library: library ?? state.library,
        loading: false,
        progress: state.loading ? undefined : state.progress,
        diagnostics,
      });
    },
  };
}
