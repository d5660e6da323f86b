// Runs the risk alert sweep periodically on every instance (the alert lock makes concurrent
// sweeps harmless: the second finds the first's alerts and raises nothing twice).
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import type { AlertPublisher } from '../services/service-context.js';
import { transaction } from '../services/transaction.js';
import { sweepAlerts } from './sources.js';

/** Sweeps once now, then every `intervalMs`; returns a function that stops it (after a sweep in flight). */
export function startAlertSweep(options: {
  prisma: PrismaClient;
  alerts: AlertPublisher;
  intervalMs: number;
  log: Logger;
}): () => Promise<void> {
  const { intervalMs, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const sweep = async () => {
    try {
      const result = await transaction(options, (tx) => sweepAlerts(tx));
      if (result.raised || result.resolved) log.info(result, 'risk alert sweep');
    } catch (error) {
      log.error({ err: error }, 'risk alert sweep failed (it runs again at the next interval)');
    }
    if (!stopped) timer = setTimeout(run, intervalMs).unref();
  };
  const run = () => {
    running = sweep();
  };
  timer = setTimeout(run, 0).unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
