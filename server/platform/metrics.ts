// Process-wide Prometheus instruments that code below the HTTP layer feeds: SQL statements (the
// database wrapper), alert delivery lag (the alert hub) and rate-limit refusals (the limiter).
// They live here so that a domain or the database can count without knowing about HTTP; every
// app's /metrics registry (http/metrics.ts) registers them beside the per-instance ones.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter, Histogram, type Metric } from 'prom-client';

/** Risk alerts from their commit to their delivery to this instance's subscribers. */
const alertDeliveryLag = new Histogram({
  name: 'pmo_alert_delivery_lag_seconds',
  help: 'Time from a risk alert being raised (its transaction) to its delivery to the subscribers of this instance',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [],
});

const rateLimitRefusals = new Counter({
  name: 'pmo_rate_limit_refusals_total',
  help: 'Requests refused by a rate or cost limit, by limit',
  labelNames: ['limit'],
  registers: [],
});

/** The instruments every app's registry exposes. */
export const sharedMetrics: readonly Metric[] = [alertDeliveryLag, rateLimitRefusals];

/** Counts one refused request; `limit` names the limit that refused it. */
export function countRateLimitRefusal(limit: 'rate' | 'cost'): void {
  rateLimitRefusals.inc({ limit });
}

/** Records how long an alert raised at `raisedAt` took to reach this instance's subscribers. */
export function observeAlertDeliveryLag(raisedAt: Date): void {
  alertDeliveryLag.observe(Math.max(0, Date.now() - raisedAt.getTime()) / 1000);
}

/**
 * Statements sent by one GraphQL operation. The operation runs inside `statementTally.run`
 * (http/metrics.ts), and every statement sent from its async context is added to its tally, so
 * concurrent operations do not count each other's statements.
 */
export const statementTally = new AsyncLocalStorage<{ statements: number }>();

/** Called by the database wrapper for every statement it sends. */
export function noteStatement(): void {
  const tally = statementTally.getStore();
  if (tally) tally.statements += 1;
}
