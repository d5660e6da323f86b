// The worker thread's entry for forecast-worker.ts: runs the job it was started with
// (workerData) and posts the result, or the error it ended with, back once.
import { parentPort, workerData } from 'node:worker_threads';
import { type ForecastJob, type RunnerMessage, runJob } from './forecast-worker.js';

if (!parentPort) throw new Error('forecast-runner.ts runs in a worker thread started by forecast-worker.ts');

let message: RunnerMessage;
try {
  message = { ok: runJob(workerData as ForecastJob) };
} catch (error) {
  const { name, message: text, taskIds, budgetMs, completedIterations } = error as Error & { taskIds?: string[]; budgetMs?: number; completedIterations?: number | null };
  message = { error: { name: name ?? 'Error', message: text ?? String(error), taskIds, budgetMs, completedIterations } };
}
parentPort.postMessage(message);
