/**
 * A loader thread: files in, outcomes out (src/library/pool.ts drives it). Bundled as
 * dist/worker.js; under the tests it runs from this source file, the same code.
 */
import { parentPort } from "node:worker_threads";
import { guardStderr } from "../text/stderr.js";
import { loadFile } from "./load-file.js";
import type { Job, JobResult } from "./pool.js";

// A parser's warning about a document (a YAML collection key) is one sanitized line.
guardStderr();

parentPort?.on("message", async (jobs: Job[]) => {
  const results: JobResult[] = [];
  // A PDF or Word document is read asynchronously (one at a time here); text at once.
  for (const j of jobs) results.push({ k: j.k, r: await loadFile(j.abs, j.file, j.format, j.maxBytes) });
  parentPort!.postMessage(results);
});
