// Organisation policies: the PMO creates, changes, enables and disables them (versioned,
// audited), and dry-runs one before saving it. Every change makes the policy's stored results
// current in the same transaction (policy-evaluation.ts storePolicyResults).
import { isAdmin } from '../auth/access.js';
import { organisationExpressionProblems } from '../methodology/index.js';
import { recordAudit } from '../platform/audit.js';
import type { Db, ServiceContext, Viewer } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { Policy, Prisma } from '../platform/db/generated/prisma/client.js';
import type { PolicyMode, ProjectStatus, RuleSeverity } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import {
  MAX_POLICY_DESCRIPTION,
  MAX_POLICY_KEY,
  MAX_POLICY_MESSAGE,
  MAX_POLICY_NAME,
  MAX_SCOPE_ENTRIES,
  POLICY_KEY,
  type PolicyScope,
} from './lib/policy-scope.js';
import { blockedMovesOf, type BlockedMove, evaluatePolicyOver, type PolicyDefinition, storePolicyResults } from './policy-evaluation.js';

export interface PolicyScopeInput {
  portfolioIds?: string[] | null;
  statuses?: ProjectStatus[] | null;
  methodologyKeys?: string[] | null;
  /** Money, as a decimal string. */
  minBudget?: string | null;
}

export interface CreatePolicyInput {
  key: string;
  name: string;
  description?: string | null;
  scope?: PolicyScopeInput | null;
  check: unknown;
  severity: RuleSeverity;
  message: string;
  mode: PolicyMode;
}

export type UpdatePolicyInput = { id: string; version: number } & { [K in keyof CreatePolicyInput]?: CreatePolicyInput[K] | null };

function forbidUnlessAdmin(viewer: Viewer | null): void {
  if (!isAdmin(viewer)) throw new ForbiddenError('Only the PMO manages organisation policies');
}

/** The stored columns of a scope input (absent lists: no condition). */
function scopeColumns(scope: PolicyScopeInput | null | undefined) {
  return {
    portfolioIds: [...new Set(scope?.portfolioIds ?? [])],
    statuses: [...new Set(scope?.statuses ?? [])],
    methodologyKeys: [...new Set(scope?.methodologyKeys ?? [])],
    minBudget: scope?.minBudget ?? null,
  };
}

const scopeOfInput = (scope: PolicyScopeInput | null | undefined): PolicyScope => {
  const columns = scopeColumns(scope);
  return { ...columns, minBudget: columns.minBudget === null ? null : Number(columns.minBudget) };
};

/**
 * Every problem of the fields given (a full create input, or the fields an update sets), under
 * `at` (["input"] for create and update, ["input", "policy"] for a dry run). Unknown portfolios
 * and methodologies cost one statement each, only when some are named.
 */
async function policyIssues(db: Db, input: Partial<CreatePolicyInput>, at: string[]): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ path: [...at, ...path.map(String)], message });
  if (input.key !== undefined) {
    if (input.key.length > MAX_POLICY_KEY || !POLICY_KEY.test(input.key)) issue(['key'], `must be lower-case kebab-case (a-z, 0-9, "-"), at most ${MAX_POLICY_KEY} characters`);
  }
  if (input.name !== undefined && (!input.name.trim() || input.name.length > MAX_POLICY_NAME)) issue(['name'], `must be 1 to ${MAX_POLICY_NAME} characters`);
  if (input.description != null && input.description.length > MAX_POLICY_DESCRIPTION) issue(['description'], `must be at most ${MAX_POLICY_DESCRIPTION} characters`);
  if (input.message !== undefined && (!input.message.trim() || input.message.length > MAX_POLICY_MESSAGE)) issue(['message'], `must be 1 to ${MAX_POLICY_MESSAGE} characters`);
  if (input.check !== undefined) {
    if (input.check === null) issue(['check'], 'A policy needs a check (JSON-Logic over the facts)');
    else for (const problem of organisationExpressionProblems(input.check)) issue(['check', ...problem.path], problem.message);
  }
  const scope = input.scope;
  if (scope) {
    for (const list of ['portfolioIds', 'statuses', 'methodologyKeys'] as const) {
      if ((scope[list]?.length ?? 0) > MAX_SCOPE_ENTRIES) issue(['scope', list], `at most ${MAX_SCOPE_ENTRIES} entries`);
    }
    if (scope.minBudget != null && !(Number(scope.minBudget) >= 0)) issue(['scope', 'minBudget'], 'must not be negative');
    const portfolioIds = scope.portfolioIds ?? [];
    if (portfolioIds.length) {
      const known = new Set((await db.portfolio.findMany({ where: { id: { in: portfolioIds } }, select: { id: true } })).map((p) => p.id));
      portfolioIds.forEach((id, i) => known.has(id) || issue(['scope', 'portfolioIds', i], 'No portfolio has this id'));
    }
    const keys = scope.methodologyKeys ?? [];
    if (keys.length) {
      const known = new Set((await db.methodology.findMany({ where: { key: { in: keys } }, select: { key: true }, distinct: ['key'] })).map((m) => m.key));
      keys.forEach((key, i) => known.has(key) || issue(['scope', 'methodologyKeys', i], `No methodology "${key}" is installed`));
    }
  }
  return issues;
}

export async function createPolicy(ctx: ServiceContext, input: CreatePolicyInput): Promise<Policy> {
  forbidUnlessAdmin(ctx.viewer);
  return transaction(ctx, async (tx) => {
    const issues = await policyIssues(tx, input, ['input']);
    if (issues.length) throw new ValidationError(issues);
    if (await tx.policy.findUnique({ where: { key: input.key }, select: { id: true } })) throw new ConflictError(`A policy "${input.key}" exists already`);
    const policy = await withUniqueAsConflict(
      () =>
        tx.policy.create({
          data: {
            key: input.key, name: input.name.trim(), description: input.description ?? '', ...scopeColumns(input.scope),
            check: input.check as object, severity: input.severity, message: input.message.trim(), mode: input.mode, enabled: true,
            createdById: ctx.viewer.id,
          },
        }),
      `A policy "${input.key}" exists already`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'policy.created', entityType: 'Policy', entityId: policy.id, after: policy });
    await storePolicyResults(tx, policy);
    return policy;
  });
}

async function currentPolicy(db: Db, id: string): Promise<Policy> {
  const policy = await db.policy.findUnique({ where: { id } });
  if (!policy) throw new NotFoundError('Policy', id);
  return policy;
}

export async function updatePolicy(ctx: ServiceContext, input: UpdatePolicyInput): Promise<Policy> {
  forbidUnlessAdmin(ctx.viewer);
  const { id, version, ...patch } = input;
  const changes = changesOf(patch);
  return transaction(ctx, async (tx) => {
    const before = await currentPolicy(tx, id);
    assertVersion('policy', before, version);
    rejectNulls(patch, ['key', 'name', 'check', 'severity', 'message', 'mode']);
    const issues = await policyIssues(tx, changes as Partial<CreatePolicyInput>, ['input']);
    if (issues.length) throw new ValidationError(issues);
    if (changes.key && changes.key !== before.key && (await tx.policy.findUnique({ where: { key: changes.key as string }, select: { id: true } }))) {
      throw new ConflictError(`A policy "${String(changes.key)}" exists already`);
    }
    const fields = changes as Partial<CreatePolicyInput>;
    const data: Prisma.PolicyUpdateManyMutationInput = {
      ...(fields.key ? { key: fields.key } : {}),
      ...(fields.name ? { name: fields.name.trim() } : {}),
      ...(fields.message ? { message: fields.message.trim() } : {}),
      ...(fields.severity ? { severity: fields.severity } : {}),
      ...(fields.mode ? { mode: fields.mode } : {}),
      ...('description' in changes ? { description: fields.description ?? '' } : {}),
      ...('check' in changes ? { check: fields.check as object } : {}),
      ...('scope' in changes ? scopeColumns(fields.scope) : {}),
    };
    await withUniqueAsConflict(() => updateVersioned(tx.policy, 'policy', { id }, version, data), `A policy "${String(changes.key)}" exists already`);
    const after = await tx.policy.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'policy.updated', entityType: 'Policy', entityId: id, before, after });
    await storePolicyResults(tx, after);
    return after;
  });
}

export async function setPolicyEnabled(ctx: ServiceContext, input: { id: string; enabled: boolean; version?: number | null }): Promise<Policy> {
  forbidUnlessAdmin(ctx.viewer);
  return transaction(ctx, async (tx) => {
    const before = await currentPolicy(tx, input.id);
    if (input.version != null) assertVersion('policy', before, input.version);
    if (before.enabled === input.enabled) return before; // nothing to change, nothing to audit
    await updateVersioned(tx.policy, 'policy', { id: before.id }, before.version, { enabled: input.enabled });
    const after = await tx.policy.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: input.enabled ? 'policy.enabled' : 'policy.disabled', entityType: 'Policy', entityId: before.id,
      before: { enabled: before.enabled, version: before.version }, after: { enabled: after.enabled, version: after.version },
    });
    await storePolicyResults(tx, after);
    return after;
  });
}

export interface PolicyDryRun {
  evaluated: number;
  failing: { projectId: string; evidence: Record<string, unknown>; waived: boolean }[];
  blockedTransitions: BlockedMove[];
}

/**
 * What the policy would report if it were enabled now, without saving anything: the projects in
 * scope evaluated, the failing ones with their evidence, and — in BLOCKING mode — the moves it
 * would refuse (of the failing, unwaived projects). The same evaluation storing uses.
 */
export async function dryRunPolicy(ctx: { prisma: Db; viewer: Viewer | null }, input: { policy: CreatePolicyInput }): Promise<PolicyDryRun> {
  forbidUnlessAdmin(ctx.viewer);
  const issues = await policyIssues(ctx.prisma, input.policy, ['input', 'policy']);
  if (issues.length) throw new ValidationError(issues);
  const definition: PolicyDefinition = { ...input.policy, scope: scopeOfInput(input.policy.scope) };
  const outcomes = await evaluatePolicyOver(ctx.prisma, definition, new Date(), { phasesOf: 'failing' });
  const failing = outcomes.filter((outcome) => !outcome.passed);
  return {
    evaluated: outcomes.length,
    failing: failing.map(({ facts, evidence, waived }) => ({ projectId: facts.project.id, evidence, waived })),
    blockedTransitions: definition.mode === 'BLOCKING' ? failing.filter((outcome) => !outcome.waived).flatMap((outcome) => blockedMovesOf(outcome.facts)) : [],
  };
}
