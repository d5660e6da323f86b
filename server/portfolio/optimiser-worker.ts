// Runs the portfolio optimiser (lib/optimiser.ts: HiGHS, synchronous for up to its time limit)
// in a worker thread (optimiser-runner.ts), so that a 10–60 s solve never blocks the server's
// event loop. Follows schedule/forecast-worker.ts:
// - one worker per solve, terminated when it has not answered by the job's time limit plus
//   MARGIN_MS (loading HiGHS and building the model count too): the call then fails with
//   OptimiserTimeoutError, never hangs;
// - at most MAX_WORKERS solves at once (each takes a core); the others wait their turn, and the
//   wait counts against their bound;
// - under tsx or vitest the worker starts from a bootstrap that registers tsx's ESM loader
//   (worker threads do not inherit it), compiled to .js the runner is the entry as is.
// Errors come back as the classes they were thrown as (OptimiserInputError, InfeasibleError,
// OptimiserSolverError), with their issues.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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

export type RunnerMessage =
  | { ok: OptimiserResult | FrontierPoint[] }
  | { error: { name: string; message: string; issues?: unknown[]; solverStatus?: number } };

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

function startWorker(job: OptimiserJob): Worker {
  if (!RUNNER.pathname.endsWith('.ts')) return new Worker(RUNNER, { workerData: job });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(RUNNER.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/** tsx's ESM API (see schedule/forecast-worker.ts for why the .mjs beside the CommonJS build). */
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

function inWorker(job: OptimiserJob, boundMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
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
    const timer = setTimeout(() => finish(() => reject(new OptimiserTimeoutError(boundMs))), boundMs);
    const start = () => {
      turn = null;
      running++;
      worker = startWorker(job);
      worker.once('message', (message: RunnerMessage) => finish(() => ('ok' in message ? resolve(message.ok) : reject(errorOf(message.error)))));
      worker.once('error', (error) => finish(() => reject(error)));
      worker.once('exit', (code) => finish(() => reject(new Error(`The optimiser worker stopped (exit code ${code}) without an answer`))));
    };
    if (running < MAX_WORKERS) start();
    else {
      turn = start;
      waiting.push(turn);
    }
  });
}

function errorOf(error: Extract<RunnerMessage, { error: unknown }>['error']): Error {
  if (error.name === 'OptimiserInputError') return new OptimiserInputError((error.issues ?? []) as OptimiserInputIssue[]);
  if (error.name === 'InfeasibleError') return new InfeasibleError((error.issues ?? []) as InfeasibleIssue[]);
  if (error.name === 'OptimiserSolverError') return new OptimiserSolverError(error.solverStatus ?? -1, error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}
