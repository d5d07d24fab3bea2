/**
 * A loader thread: files in, outcomes out (src/library/pool.ts drives it). Bundled as
 * dist/worker.js; under the tests it runs from this source file, the same code.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { guardStderr } from "../text/stderr.js";
import { loadFile } from "./load-file.js";
import type { Job, JobResult } from "./pool.js";

// A parser's warning about a document (a YAML collection key) is one sanitized line.
guardStderr();

// One file for a thread that waits for it (pool.ts's loadFileSync): the outcome on the
// port, then the flag raised.
const sync = (workerData as { sync?: { port: MessagePort; flag: Int32Array; job: Omit<Job, "k"> } } | null)
  ?.sync;
if (sync) {
  const { port, flag, job } = sync;
  void Promise.resolve(loadFile(job.abs, job.file, job.format, job.maxBytes)).then((r) => {
    port.postMessage(r);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}

parentPort?.on("message", async (jobs: Job[]) => {
  const results: JobResult[] = [];
  // A PDF or Word document is read asynchronously (one at a time here); text at once.
  for (const j of jobs) results.push({ k: j.k, r: await loadFile(j.abs, j.file, j.format, j.maxBytes) });
  parentPort!.postMessage(results);
});
