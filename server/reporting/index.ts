// The reporting domain: derived health with its evidence and thresholds, and status reports.
import type { Domain } from '../platform/domain.js';

export { healthThresholds, projectHealth, type ProjectHealth, type Thresholds, updateHealthThresholds, type UpdateHealthThresholdsInput } from './health.js';
export { DEFAULT_THRESHOLDS, type DimensionVerdict, type HealthThresholds } from './lib/health.js';
export { submitStatusReport, type SubmitStatusReportInput } from './status-reports.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    StatusReport: true;
    HealthThresholds: true;
  }
}

export const reportingDomain: Domain = { name: 'reporting' };
