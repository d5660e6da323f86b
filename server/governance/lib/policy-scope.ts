// Which projects a policy applies to, what it judges, and which moves a BLOCKING policy refuses.
// Pure: the database side (policy-evaluation.ts) selects the same projects in SQL with
// `policyScopeWhere`; this is the in-memory twin for one project (the transition guards).
import type { ProjectStatus } from '../../platform/db/generated/prisma/enums.js';

export interface PolicyScope {
  /** Empty: every portfolio. */
  portfolioIds: readonly string[];
  /** Empty: every status. */
  statuses: readonly ProjectStatus[];
  /** Empty: every project, with or without a methodology. */
  methodologyKeys: readonly string[];
  /** Null: any budget; otherwise budget ≥ minBudget. */
  minBudget: number | null;
}

export interface ScopedProject {
  portfolioId: string;
  status: ProjectStatus;
  methodologyKey: string | null;
  budget: number;
}

/** Whether `project` is in `scope` (every condition given holds). */
export function inScope(scope: PolicyScope, project: ScopedProject): boolean {
  if (scope.portfolioIds.length && !scope.portfolioIds.includes(project.portfolioId)) return false;
  if (scope.statuses.length && !scope.statuses.includes(project.status)) return false;
  if (scope.methodologyKeys.length && (project.methodologyKey === null || !scope.methodologyKeys.includes(project.methodologyKey))) return false;
  return scope.minBudget === null || project.budget >= scope.minBudget;
}

/**
 * The statuses a failing BLOCKING policy refuses to move a project into: the forward moves
 * (approval, start, completion). Never ON_HOLD or CANCELLED: stopping a non-compliant project
 * must stay possible, and so must resuming one (ACTIVE from ON_HOLD is refused too — it is a
 * forward move; the project stays on hold until it complies or is waived).
 */
export const BLOCKED_TARGETS: readonly ProjectStatus[] = ['APPROVED', 'ACTIVE', 'COMPLETED'];

export const blocksTransitionTo = (to: ProjectStatus): boolean => BLOCKED_TARGETS.includes(to);

/** JSON-Logic truthiness (json-logic-js): an empty array is false, the rest as JavaScript. */
export const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : !!value);

/** Policy keys: lower-case kebab-case, 2..64 characters, e.g. "sponsor-above-1m". */
export const POLICY_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_POLICY_KEY = 64;
export const MAX_POLICY_NAME = 200;
export const MAX_POLICY_DESCRIPTION = 4000;
export const MAX_POLICY_MESSAGE = 500;
/** Scope lists are short by nature; a bound keeps the stored row and the SQL small. */
export const MAX_SCOPE_ENTRIES = 100;

/** The ruleKey under which a policy's results (and waivers) are stored beside methodology rules. */
export const POLICY_RULE_PREFIX = 'policy:';
export const policyRuleKey = (policyKey: string): string => POLICY_RULE_PREFIX + policyKey;
