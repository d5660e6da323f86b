// The governance domain: organisation-wide oversight across methodologies. The audit log (every
// recorded change, filtered, newest first, and as CSV), change control (change requests, their
// approval and the settings that decide who approves) and the decision log.
import type { Domain } from '../platform/domain.js';

export { assertReadsAuditLog, AUDIT_LOG_ORDER, type AuditEventFilter, auditEventsCsv, auditEventWhere, MAX_CSV_ROWS } from './audit-log.js';
export {
  createChangeRequest,
  type CreateChangeRequestInput,
  submitChangeRequest,
  updateChangeRequest,
  type UpdateChangeRequestInput,
  withdrawChangeRequest,
} from './change-requests.js';
export { approveChangeRequest, type DecideChangeRequestInput, rejectChangeRequest, rolesOf } from './change-requests-approval.js';
export { ChangeRequestStatusError } from './change-requests-errors.js';
export { type ChangeControlSettings, changeControlSettings, DEFAULT_PMO_APPROVAL_ABOVE_BUDGET_DELTA, updateChangeControlSettings } from './change-requests-settings.js';
export { type ApproverRole, centsOf, requiredRoles } from './lib/change-requests.js';
export { MAX_DECISION_LINKS, recordDecision, type RecordDecisionInput } from './decisions.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    ChangeRequest: true;
    ChangeControlSettings: true;
    Decision: true;
  }
}

export const governanceDomain: Domain = { name: 'governance' };
