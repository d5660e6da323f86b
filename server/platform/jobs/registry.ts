// Periodic work (sweeps, expiries, snapshots), all run by one set of rules:
//  - start: each job runs once when the instance starts, then `intervalMs` after each run ends
//    (a slow run never overlaps the next); an interval of 0 disables the job;
//  - across instances: a run takes the job's advisory lock in its transaction, so among the
//    instances that share a database at most one runs a job at a time; the others skip that
//    round (their next one comes at their own interval);
//  - failure: a failing run is logged and rolled back; the job runs again at the next interval;
//  - stop: no new run starts, and a run in flight is awaited.
// A job's run is one transaction (platform/db/transaction.ts): what it raises is published once
// it commits, as for any write.
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Tx } from '../context.js';
import type { EventPublisher } from '../events/bus.js';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { transaction } from '../db/transaction.js';

export interface Job<Result = unknown> {
  /** Unique; names the job's lock and its log lines. */
  name: string;
  /** How often it runs, from the configuration; 0 means never. */
  intervalMs(config: Config): number;
  /** One run, in its own transaction. A result that is not empty is logged. */
  run(tx: Tx, now: Date): Promise<Result>;
}

export interface JobDeps {
  prisma: PrismaClient;
  events: EventPublisher;
  config: Config;
  log: Logger;
}

export interface RunningJobs {
  /** Stops every job, waiting for runs in flight. */
  stop(): Promise<void>;
}

// The first key of every job lock: job locks never meet another advisory lock of the app.
const JOB_LOCK_CLASS = 7_424_170;

/** Runs `job` once now, in its transaction and under its lock; `skipped` when another instance holds the lock. */
export async function runJobOnce<Result>(job: Job<Result>, deps: Pick<JobDeps, 'prisma' | 'events'>, now = new Date()) {
  return transaction(deps, async (tx): Promise<{ skipped: true } | { skipped: false; result: Result }> => {
    const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK_CLASS}::int, hashtext(${job.name})) AS locked`;
    if (!locked) return { skipped: true };
    return { skipped: false, result: await job.run(tx, now) };
  });
}

export function startJobs(jobs: readonly Job[], deps: JobDeps): RunningJobs {
  const running = jobs.flatMap((job) => {
    const intervalMs = job.intervalMs(deps.config);
    return intervalMs > 0 ? [schedule(job, intervalMs, deps)] : [];
  });
  return { stop: async () => void (await Promise.all(running.map((stop) => stop()))) };
}

function schedule(job: Job, intervalMs: number, deps: JobDeps): () => Promise<void> {
  const log = deps.log.child({ job: job.name });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const runOnce = async () => {
    try {
      const outcome = await runJobOnce(job, deps);
      if (outcome.skipped) log.debug('skipped: another instance is running it');
      else if (isWorthLogging(outcome.result)) log.info(outcome.result as object, job.name);
    } catch (error) {
      log.error({ err: error }, `${job.name} failed (it runs again at the next interval)`);
    }
    if (!stopped) timer = setTimeout(start, intervalMs).unref();
  };
  const start = () => {
    inFlight = runOnce();
  };
  timer = setTimeout(start, 0).unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
  };
}

/** A result with only zeros (nothing raised, nothing resolved) is not worth a log line. */
function isWorthLogging(result: unknown): boolean {
  if (result === undefined || result === null) return false;
  if (typeof result !== 'object') return true;
  return Object.values(result).some((value) => value !== 0 && value !== null && value !== undefined);
}
