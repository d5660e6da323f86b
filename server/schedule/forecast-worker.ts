// Runs a Monte Carlo forecast (lib/monte-carlo.ts) off the event loop when it is large: in a
// worker thread (node:worker_threads, forecast-runner.ts) when iterations × (tasks + links) is
// above WORKER_THRESHOLD, in this thread otherwise (a worker costs a few hundred milliseconds to
// start, far more than a small forecast). Either way the answer is the same for the same seed
// (one code path, lib/monte-carlo.ts, runs in both).
//
// Bounds: the forecast's own time budget (timeoutMs) stops it in either thread with a
// ForecastTimeoutError; a worker that has not answered by timeoutMs (counted from the call, so
// queueing and start-up count too) is terminated and the call fails with the same error. At most
// MAX_WORKERS forecasts run in workers at once (the others wait their turn within their timeout),
// so that forecasts cannot take every core from the requests.
//
// Loading the worker: the server runs TypeScript through tsx (`npm start`), and tests through
// vitest; neither applies its loader to a worker thread (`execArgv: ['--import', 'tsx']` is not
// honoured by worker threads on Node 20). So when this module is a .ts file the worker starts
// from a small bootstrap that registers tsx's ESM loader (tsx/esm/api register()) and then
// imports forecast-runner.ts; compiled to .js, the runner is the worker's entry as is.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_TIME_BUDGET_MS,
  forecast,
  ForecastInputError,
  type ForecastNetwork,
  type ForecastOptions,
  type ForecastResult,
  ForecastTimeoutError,
  forecastFromVelocity,
  type VelocityInput,
} from './lib/monte-carlo.js';

/** Work (iterations × (tasks + links), or × the expected iterations of a velocity run) above which a forecast runs in a worker. */
export const WORKER_THRESHOLD = 2_000_000;
/** Forecasts running in workers at once. */
export const MAX_WORKERS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

export type ForecastJob =
  | { kind: 'network'; network: ForecastNetwork; options: ForecastOptions }
  | { kind: 'velocity'; input: VelocityInput; options: ForecastOptions };

export interface RunForecastOptions {
  /** Milliseconds for the whole forecast; default DEFAULT_TIME_BUDGET_MS (the job's timeBudgetMs is replaced by it). */
  timeoutMs?: number;
  /** Work above which the job goes to a worker; default WORKER_THRESHOLD (0: always a worker, Infinity: never). */
  workerAbove?: number;
}

/** What the runner posts back. */
export type RunnerMessage = { ok: ForecastResult } | { error: { name: string; message: string; taskIds?: readonly string[]; budgetMs?: number; completedIterations?: number | null } };

/** The size of a job in units of work (one task or link in one run). */
export function workOf(job: ForecastJob): number {
  const iterations = Number(job.options.iterations) || 0;
  if (job.kind === 'network') return iterations * Math.max(1, job.network.ids.length + job.network.linkSuccessor.length);
  const { velocities, remainingPoints } = job.input;
  const mean = velocities.length ? velocities.reduce((a, b) => a + b, 0) / velocities.length : 0;
  return iterations * (mean > 0 ? Math.ceil(remainingPoints / mean) + 1 : 1);
}

/** The job in this thread. */
export function runJob(job: ForecastJob): ForecastResult {
  return job.kind === 'network' ? forecast(job.network, job.options) : forecastFromVelocity(job.input, job.options);
}

/** The forecast, in a worker when large (see the header). Rejects with ForecastInputError, ForecastTimeoutError or the schedule's input errors. */
export async function runForecast(job: ForecastJob, options: RunForecastOptions = {}): Promise<ForecastResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIME_BUDGET_MS;
  const bounded: ForecastJob = { ...job, options: { ...job.options, timeBudgetMs: timeoutMs } };
  if (workOf(bounded) <= (options.workerAbove ?? WORKER_THRESHOLD)) return runJob(bounded);
  return inWorker(bounded, timeoutMs);
}

// ---------------------------------------------------------------------------------------------

const RUNNER = new URL(import.meta.url.endsWith('.ts') ? './forecast-runner.ts' : './forecast-runner.js', import.meta.url);

/** A new worker running forecast-runner on `job` (through tsx when the runner is TypeScript). */
function startWorker(job: ForecastJob): Worker {
  if (!RUNNER.pathname.endsWith('.ts')) return new Worker(RUNNER, { workerData: job });
  const tsxApi = tsxEsmApi();
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(RUNNER.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: job });
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

let running = 0;
const waiting: (() => void)[] = [];

function inWorker(job: ForecastJob, timeoutMs: number): Promise<ForecastResult> {
  return new Promise<ForecastResult>((resolve, reject) => {
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
    const timer = setTimeout(() => finish(() => reject(new ForecastTimeoutError(timeoutMs))), timeoutMs);
    const start = () => {
      turn = null;
      running++;
      worker = startWorker(job);
      worker.once('message', (message: RunnerMessage) => finish(() => ('ok' in message ? resolve(message.ok) : reject(errorOf(message.error)))));
      worker.once('error', (error) => finish(() => reject(error)));
      worker.once('exit', (code) => finish(() => reject(new Error(`The forecast worker stopped (exit code ${code}) without an answer`))));
    };
    if (running < MAX_WORKERS) start();
    else {
      turn = start;
      waiting.push(turn);
    }
  });
}

/** The runner's error as the class it was thrown as. */
function errorOf(error: Extract<RunnerMessage, { error: unknown }>['error']): Error {
  if (error.name === 'ForecastTimeoutError') return new ForecastTimeoutError(error.budgetMs ?? 0, error.completedIterations ?? null);
  if (error.name === 'ForecastInputError') return new ForecastInputError(error.message, error.taskIds ?? []);
  return Object.assign(new Error(error.message), { name: error.name });
}
