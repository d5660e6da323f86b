// Over-allocation is watched from the current week on: the periodic sweep re-checks everyone as
// weeks pass (an over-allocated week that is over resolves its alert), with the risk sweep's interval.
import type { Job } from '../platform/jobs/registry.js';
import type { Reconciled } from '../risks/index.js';
import { reconcileOverallocation } from './overallocation.js';

export const overallocationSweep: Job<Reconciled> = {
  name: 'resource-overallocation-sweep',
  intervalMs: (config) => config.alertSweepIntervalMs,
  run: (tx, now) => reconcileOverallocation(tx, 'everyone', now),
};
