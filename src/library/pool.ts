/**
 * Cold loads in parallel: one worker thread per core reads and parses files (worker.ts),
 * handed out in small batches so a slow file holds up no other; outcomes stream back in
 * the order they finish. Without a worker (none wanted, or the worker cannot start), the
 * same code runs in this thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { LoadedFile } from "./load-file.js";
import type { Format } from "./library.js";

export interface Job {
  k: number;
  abs: string;
  file: string;
  format: Format;
  maxBytes: number;
}

export interface JobResult {
  k: number;
  r: LoadedFile;
}

/** Files per message: big enough to amortise the message, small enough to balance. */
const BATCH = 16;

/** Below this many files to parse, threads cost more than they save. */
export const MIN_FOR_WORKERS = 48;

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The worker's entry: dist/worker.js beside the bundle, or worker.ts when run from the sources. */
function workerEntry(): { url: URL; execArgv?: string[] } | undefined {
  const here = import.meta.url;
  if (/\.tsx?$/.test(here)) return { url: new URL("./worker.ts", here), execArgv: ["--import", "tsx"] };
  for (const rel of ["./worker.js", "../worker.js"]) {
    const url = new URL(rel, here);
    if (existsSync(fileURLToPath(url))) return { url };
  }
  return undefined;
}

/**
 * Run `jobs` on `threads` workers (0: in this thread), calling `onResult` as each
 * finishes. Resolves when all are done. A worker that dies hands its jobs back to this thread.
 */
export async function runJobs(
  jobs: Job[],
  threads: number,
  signal: AbortSignal | undefined,
  onResult: (r: JobResult) => void,
): Promise<void> {
  const entry = threads > 0 ? workerEntry() : undefined;
  if (!entry) return runHere(jobs, signal, onResult);
  let next = 0;
  const leftovers: Job[] = [];
  const one = () =>
    new Promise<void>((done) => {
      let worker: Worker;
      try {
        worker = new Worker(entry.url, { execArgv: entry.execArgv });
      } catch {
        return done();
      }
      let current: Job[] = [];
      const send = () => {
        current = signal?.aborted ? [] : jobs.slice(next, next + BATCH);
        next += current.length;
        if (current.length === 0) return void worker.terminate();
        worker.postMessage(current);
      };
      worker.on("message", (results: JobResult[]) => {
        for (const r of results) onResult(r);
        send();
      });
      // A worker that fails (or exits) mid-batch: its batch is done here instead.
      worker.on("error", () => void worker.terminate());
      worker.on("exit", () => {
        leftovers.push(...current);
        current = [];
        done();
      });
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, Math.ceil(jobs.length / BATCH)) }, one));
  // Jobs no worker finished (a worker died, or none could start): here.
  leftovers.push(...jobs.slice(next));
  if (leftovers.length > 0) await runHere(leftovers, signal, onResult);
}

/**
 * One file loaded on a worker thread while this thread waits (blocked): for a profile read
 * lazily whose cached line turns out damaged (src/library/snapshot.ts), where the caller
 * cannot wait for a promise. Undefined when no worker starts or it takes over `timeoutMs`.
 */
export function loadFileSync(job: Omit<Job, "k">, timeoutMs = 120_000): LoadedFile | undefined {
  const entry = workerEntry();
  if (!entry) return undefined;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      workerData: { sync: { port: port2, flag, job } },
      transferList: [port2],
    });
  } catch {
    return undefined;
  }
  try {
    Atomics.wait(flag, 0, 0, timeoutMs);
    return receiveMessageOnPort(port1)?.message as LoadedFile | undefined;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

async function runHere(
  jobs: Job[],
  signal: AbortSignal | undefined,
  onResult: (r: JobResult) => void,
): Promise<void> {
  const { loadFile } = await import("./load-file.js");
  let i = 0;
  for (const j of jobs) {
    if (signal?.aborted) return;
    onResult({ k: j.k, r: await loadFile(j.abs, j.file, j.format, j.maxBytes) });
    // Let the browser draw between files.
    if (++i % 32 === 0) await new Promise<void>((done) => setImmediate(done));
  }
}
