/**
 * A loader thread: files in, outcomes out (src/library/pool.ts drives it). Bundled as
 * dist/worker.js; under the tests it runs from this source file, the same code.
 */
import { parentPort } from "node:worker_threads";
import { loadFile } from "./load-file.js";
import type { Job, JobResult } from "./pool.js";

parentPort?.on("message", (jobs: Job[]) => {
  const results: JobResult[] = [];
  for (const j of jobs) results.push({ k: j.k, r: loadFile(j.abs, j.file, j.format, j.maxBytes) });
  parentPort!.postMessage(results);
});
