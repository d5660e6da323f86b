// Runs jobs in worker threads (node:worker_threads), bounded, for work that would otherwise block
// the event loop (Monte Carlo forecasts, MIP solves). A pool:
// - starts one worker per job, from a runner module that posts back `{ ok }` or `{ error }` once;
// - terminates a worker that has not answered within the job's bound (counted from the call, so
//   waiting for a turn and start-up count too): the call then fails with the pool's timeout
//   error, never hangs;
// - runs at most `maxWorkers` jobs at once (each takes a core); the others wait their turn.
//
// Loading the runner: the server runs TypeScript through tsx (`npm start`), and tests through
// vitest; neither applies its loader to a worker thread (`execArgv: ['--import', 'tsx']` is not
// honoured by worker threads on Node 20). So when the runner is a .ts file the worker starts from
// a small bootstrap that registers tsx's ESM loader (tsx/esm/api register()) and then imports the
// runner; compiled to .js, the runner is the worker's entry as is.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a runner posts back: its answer, or the error it ended with as plain data. */
export type RunnerMessage<T, E extends { name: string; message: string }> = { ok: T } | { error: E };

export interface WorkerJob<E extends { name: string; message: string }> {
  /** The runner module (a .ts or .js URL); its workerData is `data`. */
  runner: URL;
  data: unknown;
  /** Milliseconds from the call to the answer. */
  boundMs: number;
  /** The error when the bound passes (the worker is then terminated). */
  timeout: () => Error;
  /** The runner's error as the class it was thrown as. */
  errorOf: (error: E) => Error;
  /** What the worker does, for the error when it exits without an answer ("forecast"). */
  what: string;
}

export interface WorkerPool {
  run<T, E extends { name: string; message: string }>(job: WorkerJob<E>): Promise<T>;
}

/** A pool running at most `maxWorkers` workers at once. */
export function workerPool(maxWorkers: number): WorkerPool {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    run<T, E extends { name: string; message: string }>(job: WorkerJob<E>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let worker: Worker | null = null;
        let settled = false;
        let turn: (() => void) | null = null;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (turn) waiting.splice(waiting.indexOf(turn), 1);
          if (worker) {
            void worker.terminate();
            running--;
            waiting.shift()?.();
          }
          outcome();
        };
        const timer = setTimeout(() => finish(() => reject(job.timeout())), job.boundMs);
        const start = () => {
          turn = null;
          running++;
          worker = startWorker(job.runner, job.data);
          worker.once('message', (message: RunnerMessage<T, E>) => finish(() => ('ok' in message ? resolve(message.ok) : reject(job.errorOf(message.error)))));
          worker.once('error', (error) => finish(() => reject(error)));
          worker.once('exit', (code) => finish(() => reject(new Error(`The ${job.what} worker stopped (exit code ${code}) without an answer`))));
        };
        if (running < maxWorkers) start();
        else {
          turn = start;
          waiting.push(turn);
        }
      });
    },
  };
}

/** A new worker running `runner` on `data` (through tsx when the runner is TypeScript). */
function startWorker(runner: URL, data: unknown): Worker {
  if (!runner.pathname.endsWith('.ts')) return new Worker(runner, { workerData: data });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(runner.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * The URL of tsx's ESM API (its package export "./esm/api", import condition), found from this
 * module. import.meta.resolve gives it under tsx; vitest's module runner may not offer it, and
 * require.resolve gives the CommonJS build (whose ESM register() does not load from a worker), so
 * then the import build beside it.
 */
function tsxEsmApi(): string {
  if (typeof import.meta.resolve === 'function') {
    try {
      return import.meta.resolve('tsx/esm/api');
    } catch {
      // fall through
    }
  }
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}
