import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/library/diagnostic.js";
import { Library } from "../../src/library/library.js";
import { liveLibrary } from "../../src/library/live.js";
import type { LoadProgress } from "../../src/library/load.js";

const progress = (p: Partial<Omit<LoadProgress, "library">> & { library: Library }): LoadProgress => ({
  phase: "loading",
  total: 10,
  done: 3,
  failed: 0,
  cached: 0,
  truncated: [],
  maxFiles: 5,
  ...p,
  library: () => p.library,
});

describe("liveLibrary", () => {
  it("is watched once a view first subscribes (the browser starts its load then), not before", async () => {
    const live = liveLibrary(new Library([]));
    let watched = false;
    void live.watched.then(() => (watched = true));
    await new Promise((done) => setImmediate(done));
    expect(watched).toBe(false);
    const off = live.subscribe(() => undefined);
    await new Promise((done) => setImmediate(done));
    expect(watched).toBe(true);
    off();
  });

  it("says how far the load has got, then hands over the load's problems when it finishes", () => {
    const empty = new Library([]);
    const live = liveLibrary(empty);
    let changes = 0;
    live.subscribe(() => changes++);
    expect(live.get()).toMatchObject({ loading: true, progress: "finding files…" });
    expect(live.get().diagnostics).toBeUndefined();

    const loaded = new Library([]);
    live.onProgress(progress({ library: loaded, failed: 1 }));
    expect(live.get()).toMatchObject({
      library: loaded,
      loading: true,
      progress: "loading 3/10 files · 1 failed",
    });
    live.onProgress(progress({ library: loaded, failed: 1 })); // nothing new: no change said
    expect(changes).toBe(1);

    live.onProgress(progress({ library: loaded, phase: "done", done: 10, truncated: ["/cvs"] }));
    const problems: Diagnostic[] = [{ file: "cvs/broken.json", message: "invalid JSON", severity: "error" }];
    live.finish(problems, loaded);
    expect(changes).toBe(3);
    expect(live.get()).toEqual({
      library: loaded,
      loading: false,
      // a limit reached is still said after the load
      progress: "only the first 5 files of a folder (--max-files N for more)",
      diagnostics: problems,
    });
  });

  it("finish before the last progress: loaded, no progress line, the problems kept by later progress", () => {
    const live = liveLibrary(new Library([]));
    const loaded = new Library([]);
    live.finish([], loaded);
    expect(live.get()).toEqual({ library: loaded, loading: false, progress: undefined, diagnostics: [] });
    live.onProgress(progress({ library: loaded, phase: "done" }));
    expect(live.get().diagnostics).toEqual([]);
  });
});
