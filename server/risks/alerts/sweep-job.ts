// The periodic risk alert sweep (overdue risks, triggers against today's date), run by the job
// registry on every instance (PMO_ALERT_SWEEP_SECONDS; 0 turns it off).
import type { Job } from '../../platform/jobs/registry.js';
import { sweepAlerts } from './sources.js';
import type { Reconciled } from './store.js';

export const riskAlertSweep: Job<Reconciled> = {
  name: 'risk-alert-sweep',
  intervalMs: (config) => config.alertSweepIntervalMs,
  run: (tx, now) => sweepAlerts(tx, now),
};
