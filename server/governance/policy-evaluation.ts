// Evaluating organisation policies on projects' facts: over everything in a policy's scope (the
// dry run, and storing results when a policy is created, changed or enabled), on the projects
// whose facts just changed (with the methodology's rules, through onFactsEvaluated), and on one
// project about to move (the BLOCKING guards). Results are stored as RuleEvaluation rows with
// source POLICY, so compliance summaries and tallies count them beside the methodology's.
import { evaluateExpression, expressionVariables, loadFacts, type ProjectFacts } from '../methodology/index.js';
import type { Db, Tx } from '../platform/context.js';
import type { Policy, Prisma } from '../platform/db/generated/prisma/client.js';
import type { PolicyMode, ProjectStatus, RuleSeverity } from '../platform/db/generated/prisma/enums.js';
import { allowedTransitions } from '../projects/index.js';
import { blocksTransitionTo, inScope, type PolicyScope, POLICY_RULE_PREFIX, policyRuleKey, truthy } from './lib/policy-scope.js';
import type { PolicyFailure } from './policy-errors.js';

/** What evaluating a policy needs: a stored policy, or the input of a dry run. */
export interface PolicyDefinition {
  key: string;
  scope: PolicyScope;
  check: unknown;
  severity: RuleSeverity;
  message: string;
  mode: PolicyMode;
}

export const scopeOf = (policy: Pick<Policy, 'portfolioIds' | 'statuses' | 'methodologyKeys' | 'minBudget'>): PolicyScope => ({
  portfolioIds: policy.portfolioIds,
  statuses: policy.statuses,
  methodologyKeys: policy.methodologyKeys,
  minBudget: policy.minBudget === null ? null : Number(policy.minBudget),
});

export const definitionOf = (policy: Policy): PolicyDefinition => ({ ...policy, scope: scopeOf(policy) });

/** The projects in `scope`, as SQL (the twin of lib/policy-scope.ts inScope). */
export function policyScopeWhere(scope: PolicyScope): Prisma.ProjectWhereInput {
  return {
    ...(scope.portfolioIds.length ? { portfolioId: { in: [...scope.portfolioIds] } } : {}),
    ...(scope.statuses.length ? { status: { in: [...scope.statuses] } } : {}),
    ...(scope.methodologyKeys.length ? { methodology: { key: { in: [...scope.methodologyKeys] } } } : {}),
    ...(scope.minBudget !== null ? { budget: { gte: scope.minBudget } } : {}),
  };
}

const scopedOf = (facts: ProjectFacts) => ({
  portfolioId: facts.project.portfolioId,
  status: facts.project.status as ProjectStatus,
  methodologyKey: facts.project.methodology?.key ?? null,
  budget: facts.project.budget,
});

/** A policy's check on a project's facts; a check that cannot run fails (as rules do). */
export function judge(check: unknown, facts: ProjectFacts): { passed: boolean; evidence: Record<string, unknown> } {
  const outcome = evaluateExpression(check, facts.facts);
  return { passed: outcome.error === undefined && truthy(outcome.value), evidence: outcome.evidence };
}

export interface PolicyOutcome {
  facts: ProjectFacts;
  passed: boolean;
  /** Failing, but covered by an active waiver of "policy:<key>". */
  waived: boolean;
  evidence: Record<string, unknown>;
}

/**
 * The policy evaluated on every project in its scope, in project-id order: a fixed number of
 * statements whatever the number of projects (the scope, the facts, the policy's waivers).
 */
export async function evaluatePolicyOver(
  db: Db,
  policy: PolicyDefinition,
  now = new Date(),
  /** Whose phases to know: every project's (stored results name the phase) or the failing ones' (the dry run's blocked moves). */
  options: { phasesOf: 'all' | 'failing' } = { phasesOf: 'all' },
): Promise<PolicyOutcome[]> {
  const ids = (await db.project.findMany({ where: policyScopeWhere(policy.scope), select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id);
  if (ids.length === 0) return [];
  // Only the facts the check reads: what keeps 10,000 projects within the dry run's budget.
  const variables = expressionVariables(policy.check);
  const factsById = await loadFacts(db, ids, now, { variables });
  const waived = await waivedProjects(db, policyRuleKey(policy.key), now);
  const outcomes: PolicyOutcome[] = [];
  for (const id of ids) {
    const facts = factsById.get(id);
    if (!facts) continue; // deleted meanwhile
    const { passed, evidence } = judge(policy.check, facts);
    outcomes.push({ facts, passed, waived: !passed && waived.has(id), evidence });
  }
  // The phases (the current one for stored results, the next one for blocked advances) when the
  // check did not read phase.* and the facts came without them: one statement, for the projects asked.
  if (!variables.some((variable) => variable.startsWith('phase.'))) {
    const wanted = options.phasesOf === 'failing' ? outcomes.filter((o) => !o.passed) : outcomes;
    await attachPhases(db, wanted.map((o) => o.facts));
  }
  return outcomes;
}

async function attachPhases(db: Db, facts: ProjectFacts[]): Promise<void> {
  if (facts.length === 0) return;
  const rows = await db.projectPhase.findMany({
    where: { projectId: { in: facts.map((f) => f.project.id) } },
    select: { projectId: true, key: true, name: true, position: true, status: true, startedAt: true },
    orderBy: [{ projectId: 'asc' }, { position: 'asc' }],
  });
  const byProject = new Map<string, typeof rows>();
  for (const row of rows) (byProject.get(row.projectId) ?? byProject.set(row.projectId, []).get(row.projectId)!).push(row);
  for (const f of facts) {
    f.project.phases = (byProject.get(f.project.id) ?? []).map(({ projectId: _p, ...phase }) => phase);
    f.phaseKey = f.project.phases.find((phase) => phase.status === 'ACTIVE')?.key ?? null;
  }
}

/** The projects with an active waiver of this rule key. */
async function waivedProjects(db: Db, ruleKey: string, now: Date): Promise<Set<string>> {
  const rows = await db.ruleWaiver.findMany({ where: { ruleKey, revokedAt: null, expiresAt: { gt: now } }, select: { projectId: true } });
  return new Set(rows.map((row) => row.projectId));
}

export interface BlockedMove {
  projectId: string;
  kind: 'STATUS' | 'PHASE';
  from: string;
  /** Null for the advance that completes the last phase. */
  to: string | null;
}

/**
 * The moves a failing, unwaived BLOCKING policy refuses a project today: the forward lifecycle
 * transitions its status allows (lib/policy-scope.ts BLOCKED_TARGETS) and, when it has an
 * active phase, advancing past it.
 */
export function blockedMovesOf(facts: ProjectFacts): BlockedMove[] {
  const { project } = facts;
  const status = project.status as ProjectStatus;
  const moves: BlockedMove[] = allowedTransitions(status)
    .filter(blocksTransitionTo)
    .map((to) => ({ projectId: project.id, kind: 'STATUS', from: status, to }));
  const phases = [...project.phases].sort((a, b) => a.position - b.position);
  const current = phases.findIndex((phase) => phase.status === 'ACTIVE');
  if (current >= 0 && status !== 'COMPLETED' && status !== 'CANCELLED') {
    moves.push({ projectId: project.id, kind: 'PHASE', from: phases[current]!.key, to: phases[current + 1]?.key ?? null });
  }
  return moves;
}

type ResultRow = Prisma.RuleEvaluationCreateManyInput;

function resultRow(policy: Policy, outcome: PolicyOutcome, now: Date): ResultRow {
  return {
    projectId: outcome.facts.project.id,
    ruleKey: policyRuleKey(policy.key),
    source: 'POLICY',
    policyId: policy.id,
    policyVersion: policy.version,
    kind: 'COMPLIANCE',
    severity: policy.severity,
    passed: outcome.passed,
    waived: outcome.waived,
    message: policy.message,
    evidence: outcome.evidence as Prisma.InputJsonValue,
    phaseKey: outcome.facts.phaseKey,
    latest: true,
    evaluatedAt: now,
  };
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at 14 columns a row. */
const INSERT_CHUNK = 2000;

async function insertResults(tx: Tx, rows: ResultRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.ruleEvaluation.createMany({ data: rows.slice(i, i + INSERT_CHUNK) });
}

/**
 * Makes the policy's stored results current: its earlier results leave the latest ones (they
 * stay as history), and, when it is enabled, its result on every project in scope enters them.
 * Run in the transaction that created, changed or enabled the policy, so compliance never shows
 * a policy as it was. Cost: the dry run's, plus one INSERT per 2,000 projects in scope.
 */
export async function storePolicyResults(tx: Tx, policy: Policy, now = new Date()): Promise<number> {
  await tx.ruleEvaluation.updateMany({ where: { policyId: policy.id, latest: true }, data: { latest: false } });
  if (!policy.enabled) return 0;
  const rows = (await evaluatePolicyOver(tx, definitionOf(policy), now)).map((outcome) => resultRow(policy, outcome, now));
  await insertResults(tx, rows);
  return rows.length;
}

/**
 * onFactsEvaluated: the enabled policies on the projects whose facts were just evaluated, stored
 * beside the methodology's results. One statement when no policy is enabled; four otherwise.
 */
export async function evaluatePoliciesOnFacts(tx: Tx, factsById: ReadonlyMap<string, ProjectFacts>, now: Date): Promise<void> {
  if (factsById.size === 0) return;
  const policies = await tx.policy.findMany({ where: { enabled: true }, orderBy: { key: 'asc' } });
  if (policies.length === 0) return;
  const ids = [...factsById.keys()];
  const waivers = await tx.ruleWaiver.findMany({
    where: { projectId: { in: ids }, ruleKey: { startsWith: POLICY_RULE_PREFIX }, revokedAt: null, expiresAt: { gt: now } },
    select: { projectId: true, ruleKey: true },
  });
  const waived = new Set(waivers.map((w) => `${w.projectId} ${w.ruleKey}`));
  const rows: ResultRow[] = [];
  for (const facts of factsById.values()) {
    for (const policy of policies) {
      if (!inScope(scopeOf(policy), scopedOf(facts))) continue;
      const { passed, evidence } = judge(policy.check, facts);
      const isWaived = !passed && waived.has(`${facts.project.id} ${policyRuleKey(policy.key)}`);
      rows.push(resultRow(policy, { facts, passed, waived: isWaived, evidence }, now));
    }
  }
  await tx.ruleEvaluation.updateMany({ where: { projectId: { in: ids }, source: 'POLICY', latest: true }, data: { latest: false } });
  await insertResults(tx, rows);
}

/**
 * The enabled BLOCKING policies that `project` fails and that are not waived, evaluated now on
 * its current facts (`facts`, or loaded): what refuses its forward moves.
 */
export async function policyViolations(
  tx: Tx,
  project: { id: string; portfolioId: string; status: ProjectStatus },
  facts?: ProjectFacts,
  now = new Date(),
): Promise<PolicyFailure[]> {
  const policies = (await tx.policy.findMany({ where: { enabled: true, mode: 'BLOCKING' }, orderBy: { key: 'asc' } })).filter((policy) => {
    const scope = scopeOf(policy);
    return (!scope.portfolioIds.length || scope.portfolioIds.includes(project.portfolioId)) && (!scope.statuses.length || scope.statuses.includes(project.status));
  });
  if (policies.length === 0) return [];
  const loaded = facts ?? (await loadFacts(tx, [project.id], now)).get(project.id);
  if (!loaded) return [];
  const failing = policies
    .filter((policy) => inScope(scopeOf(policy), scopedOf(loaded)))
    .map((policy) => ({ policy, ...judge(policy.check, loaded) }))
    .filter((result) => !result.passed);
  if (failing.length === 0) return [];
  const waivers = await tx.ruleWaiver.findMany({
    where: { projectId: project.id, ruleKey: { in: failing.map(({ policy }) => policyRuleKey(policy.key)) }, revokedAt: null, expiresAt: { gt: now } },
    select: { ruleKey: true },
  });
  const waived = new Set(waivers.map((w) => w.ruleKey));
  return failing
    .filter(({ policy }) => !waived.has(policyRuleKey(policy.key)))
    .map(({ policy, evidence }) => ({
      policyId: policy.id, policyKey: policy.key, policyVersion: policy.version, severity: policy.severity, message: policy.message, evidence,
    }));
}
