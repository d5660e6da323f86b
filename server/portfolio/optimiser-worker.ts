// Runs the portfolio optimiser (lib/optimiser.ts: HiGHS, synchronous for up to its time limit)
// in a worker thread (optimiser-runner.ts), so that a 10–60 s solve never blocks the server's
// event loop. Follows schedule/forecast-worker.ts:
// - one worker per solve, terminated when it has not answered by the job's time limit plus
//   MARGIN_MS (loading HiGHS and building the model count too): the call then fails with
//   OptimiserTimeoutError, never hangs;
// - at most MAX_WORKERS solves at once (each takes a core); the others wait their turn, and the
//   wait counts against their bound;
// - the worker pool (platform/worker-pool.ts) starts the runner under tsx or compiled.
// Errors come back as the classes they were thrown as (OptimiserInputError, InfeasibleError,
// OptimiserSolverError), with their issues.
import os from 'node:os';
import { type RunnerMessage as PoolMessage, workerPool } from '../platform/worker-pool.js';
import {
  DEFAULT_TIME_LIMIT_SECONDS, type FrontierPoint, type FrontierPoints, InfeasibleError, type InfeasibleIssue, loadSolver, type OptimiserInput, OptimiserInputError,
  type OptimiserInputIssue, type OptimiserResult, OptimiserSolverError, solveFrontier, solvePortfolio,
} from './lib/optimiser.js';

/** Time a worker gets beyond the solver's own limit: start-up, loading HiGHS, building the model. */
export const MARGIN_MS = 15_000;
/** Solves running at once. */
export const MAX_WORKERS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

export type OptimiserJob = { kind: 'solve'; input: OptimiserInput } | { kind: 'frontier'; input: OptimiserInput; points: FrontierPoints };
export type OptimiserAnswer<J extends OptimiserJob> = J extends { kind: 'solve' } ? OptimiserResult : FrontierPoint[];

export type RunnerError = { name: string; message: string; issues?: unknown[]; solverStatus?: number };
export type RunnerMessage = PoolMessage<OptimiserResult | FrontierPoint[], RunnerError>;

/** The job in this thread (the runner's body). */
export async function runJob(job: OptimiserJob): Promise<OptimiserResult | FrontierPoint[]> {
  const highs = await loadSolver();
  return job.kind === 'solve' ? solvePortfolio(highs, job.input) : solveFrontier(highs, job.input, job.points);
}

/** The solve took longer than its bound and its worker was stopped. */
export class OptimiserTimeoutError extends Error {
  override readonly name = 'OptimiserTimeoutError';
  constructor(readonly boundMs: number) {
    super(`The optimisation did not finish within ${Math.round(boundMs / 1000)} s and was stopped`);
  }
}

/** Solves `job` in a worker thread, bounded by its time limit plus MARGIN_MS (marginMs for tests). */
export function runOptimiser<J extends OptimiserJob>(job: J, options: { marginMs?: number } = {}): Promise<OptimiserAnswer<J>> {
  const boundMs = (job.input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000 + (options.marginMs ?? MARGIN_MS);
  return inWorker(job, boundMs) as Promise<OptimiserAnswer<J>>;
}

// ---------------------------------------------------------------------------------------------

const RUNNER = new URL(import.meta.url.endsWith('.ts') ? './optimiser-runner.ts' : './optimiser-runner.js', import.meta.url);
const pool = workerPool(MAX_WORKERS);

function inWorker(job: OptimiserJob, boundMs: number): Promise<unknown> {
  return pool.run<unknown, RunnerError>({ runner: RUNNER, data: job, boundMs, timeout: () => new OptimiserTimeoutError(boundMs), errorOf, what: 'optimiser' });
}

/** The runner's error as the class it was thrown as, with its issues. */
function errorOf(error: RunnerError): Error {
  if (error.name === 'OptimiserInputError') return new OptimiserInputError((error.issues ?? []) as OptimiserInputIssue[]);
  if (error.name === 'InfeasibleError') return new InfeasibleError((error.issues ?? []) as InfeasibleIssue[]);
  if (error.name === 'OptimiserSolverError') return new OptimiserSolverError(error.solverStatus ?? -1, error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}
