// The refusal of a BLOCKING policy: which enabled, unwaived policies the project fails, with the
// values their checks read.
import type { RuleSeverity } from '../platform/db/generated/prisma/enums.js';
import { DomainError } from '../platform/errors.js';

export interface PolicyFailure {
  policyId: string;
  policyKey: string;
  policyVersion: number;
  severity: RuleSeverity;
  message: string;
  /** The value of every variable the check read. */
  evidence: Record<string, unknown>;
}

export class PolicyViolationError extends DomainError {
  override name = 'PolicyViolationError';
  constructor(
    /** What was refused, e.g. "the move to ACTIVE" or "advancing past design". */
    public readonly refused: string,
    public readonly failingPolicies: PolicyFailure[],
  ) {
    super(
      `Organisation policy refuses ${refused}: ${failingPolicies.map((p) => `${p.policyKey} (${p.message})`).join('; ')}. ` +
        'Fix what the policy checks, or have it waived (waiveRule with ruleKey "policy:<key>").',
      'POLICY_VIOLATION',
    );
  }
}
