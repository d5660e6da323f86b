// Every write runs through `transaction`: one database transaction, and the alerts it raised
// published only once it has committed (never an alert for a change that rolled back, and never
// one a subscriber could not read back from the database).
import { collectAlerts } from '../alerts/store.js';
import type { AlertMessage } from '../events/alert-bus.js';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import type { AlertPublisher, Tx } from './service-context.js';

export async function transaction<T>(ctx: { prisma: PrismaClient; alerts: AlertPublisher }, work: (tx: Tx) => Promise<T>): Promise<T> {
  const raised: AlertMessage[] = [];
  const result = await ctx.prisma.$transaction(async (tx) => {
    collectAlerts(tx, raised);
    return work(tx);
  });
  if (raised.length) ctx.alerts.publish(raised);
  return result;
}
