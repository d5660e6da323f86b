// The governance domain: organisation-wide oversight across methodologies. The audit log (every
// recorded change, filtered, newest first, and as CSV), change control (change requests, their
// approval and the settings that decide who approves), the decision log, and organisation
// policies (checks over every project's facts, with a dry run, stored beside the methodology's
// results, BLOCKING ones refusing forward moves).
import { onFactsEvaluated, registerAdvanceGuard, registerWaivableRules } from '../methodology/index.js';
import type { Domain } from '../platform/domain.js';
import { registerTransitionGuard } from '../projects/index.js';
import { evaluatePoliciesOnFacts } from './policy-evaluation.js';
import { guardAdvance, guardTransition, waivablePolicies } from './policy-guards.js';

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
export { BLOCKED_TARGETS, POLICY_RULE_PREFIX, policyRuleKey } from './lib/policy-scope.js';
export { createPolicy, type CreatePolicyInput, dryRunPolicy, type PolicyDryRun, type PolicyScopeInput, setPolicyEnabled, updatePolicy, type UpdatePolicyInput } from './policies.js';
export { type PolicyFailure, PolicyViolationError } from './policy-errors.js';
export { type BlockedMove } from './policy-evaluation.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    ChangeRequest: true;
    ChangeControlSettings: true;
    Decision: true;
    Policy: true;
  }
}

export const governanceDomain: Domain = {
  name: 'governance',
  install() {
    // Policy results follow every re-evaluation of a project's facts, in the same transaction.
    onFactsEvaluated(evaluatePoliciesOnFacts);
    registerTransitionGuard(guardTransition);
    registerAdvanceGuard(guardAdvance);
    registerWaivableRules(waivablePolicies);
  },
};
