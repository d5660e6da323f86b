// BLOCKING policies refuse forward moves. Projects and methodology do not know governance: they
// call the guards governance registers at start-up (index.ts install), and waiveRule asks
// governance whether a "policy:<key>" rule key can be waived.
import type { AdvanceAttempt, WaivableRules } from '../methodology/index.js';
import type { Tx } from '../platform/context.js';
import type { TransitionAttempt } from '../projects/index.js';
import { blocksTransitionTo, POLICY_RULE_PREFIX } from './lib/policy-scope.js';
import { PolicyViolationError } from './policy-errors.js';
import { policyViolations } from './policy-evaluation.js';

export async function guardTransition(tx: Tx, { project, to }: TransitionAttempt): Promise<void> {
  if (!blocksTransitionTo(to)) return;
  const failing = await policyViolations(tx, project);
  if (failing.length) throw new PolicyViolationError(`the move to ${to}`, failing);
}

export async function guardAdvance(tx: Tx, { project, facts, from }: AdvanceAttempt): Promise<void> {
  const failing = await policyViolations(tx, project, facts);
  if (failing.length) throw new PolicyViolationError(`advancing past the ${from} phase`, failing);
}

/** waiveRule accepts "policy:<key>" for an enabled policy (whatever the project's methodology). */
export const waivablePolicies: WaivableRules = {
  prefix: POLICY_RULE_PREFIX,
  async problem(tx, _project, ruleKey) {
    const policy = await tx.policy.findUnique({ where: { key: ruleKey.slice(POLICY_RULE_PREFIX.length) }, select: { enabled: true } });
    if (!policy) return `No policy "${ruleKey.slice(POLICY_RULE_PREFIX.length)}" exists`;
    return null;
  },
};
