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
// The worker pool (platform/worker-pool.ts) starts the workers and enforces the bound.
import os from 'node:os';
import { type RunnerMessage as PoolMessage, workerPool } from '../platform/worker-pool.js';
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
export type RunnerError = { name: string; message: string; taskIds?: readonly string[]; budgetMs?: number; completedIterations?: number | null };
export type RunnerMessage = PoolMessage<ForecastResult, RunnerError>;

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
const pool = workerPool(MAX_WORKERS);

function inWorker(job: ForecastJob, timeoutMs: number): Promise<ForecastResult> {
  return pool.run<ForecastResult, RunnerError>({ runner: RUNNER, data: job, boundMs: timeoutMs, timeout: () => new ForecastTimeoutError(timeoutMs), errorOf, what: 'forecast' });
}

/** The runner's error as the class it was thrown as. */
function errorOf(error: RunnerError): Error {
  if (error.name === 'ForecastTimeoutError') return new ForecastTimeoutError(error.budgetMs ?? 0, error.completedIterations ?? null);
  if (error.name === 'ForecastInputError') return new ForecastInputError(error.message, error.taskIds ?? []);
  return Object.assign(new Error(error.message), { name: error.name });
}
