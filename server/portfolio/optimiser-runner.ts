// The worker thread's entry for optimiser-worker.ts: solves the job it was started with
// (workerData) and posts the result, or the error it ended with (and its issues), back once.
import { parentPort, workerData } from 'node:worker_threads';
import { type OptimiserJob, type RunnerMessage, runJob } from './optimiser-worker.js';

if (!parentPort) throw new Error('optimiser-runner.ts runs in a worker thread started by optimiser-worker.ts');
const port = parentPort;

runJob(workerData as OptimiserJob).then(
  (ok) => port.postMessage({ ok } satisfies RunnerMessage),
  (error: unknown) => {
    const { name, message, issues, solverStatus } = error as Error & { issues?: unknown[]; solverStatus?: number };
    port.postMessage({ error: { name: name ?? 'Error', message: message ?? String(error), issues: issues ? [...issues] : undefined, solverStatus } } satisfies RunnerMessage);
  },
);
