// Portfolio scenarios: a named what-if selection of a portfolio's projects — the optimiser's
// parameters and its last result — that the portfolio's owner or the PMO works on (DRAFT ⇄
// PROPOSED, or DISCARDED), compares with others, and commits: the selected PROPOSED projects
// are approved and the deselected ACTIVE ones put ON_HOLD through the projects domain's own
// transitionProject (its rules, audit and hooks), all in one transaction: one refusal and
// nothing changes. A scenario whose result no longer describes the portfolio (a candidate
// appeared, went or changed status; a project to transition changed since) is refused as stale.
//
// The optimiser runs outside the transaction (it may take up to a minute), before the write.
import { z } from 'zod';
import { canManagePortfolio } from '../auth/access.js';
import { recordDecision } from '../governance/index.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { PortfolioScenarioStatus, ProjectStatus } from '../platform/db/generated/prisma/enums.js';
import { joinTransaction, transaction } from '../platform/db/transaction.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { transitionProject } from '../projects/index.js';
import { optimiseLoaded, type PortfolioOptimisation } from './optimisation.js';
import { CANDIDATE_STATUSES, canOptimisePortfolio, loadOptimisation, OPTIMISE_FORBIDDEN, type OptimisationParameters, type Reader } from './optimisation-input.js';

export const MAX_SCENARIO_NAME = 200;
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 5;

/** The stored parameters (project ids are database ids), checked whenever they are read. */
export const parametersSchema = z.object({
  modelKey: z.string().min(1),
  budgetLimits: z.array(z.object({ year: z.number().int(), amount: z.number() })).default([]),
  capacityLimits: z.array(z.object({ skillKey: z.string(), quarter: z.string(), hours: z.number() })).default([]),
  mustInclude: z.array(z.string()).default([]),
  mustExclude: z.array(z.string()).default([]),
  exclusiveGroups: z.array(z.array(z.string())).default([]),
  allowStopping: z.boolean().default(false),
  timeLimitSeconds: z.number().nullable().default(null),
});
export type StoredParameters = z.infer<typeof parametersSchema>;

/** The stored result: what compareScenarios and commitScenario read. */
export const resultSchema = z.object({
  status: z.string(),
  optimal: z.boolean(),
  objective: z.number(),
  totalCost: z.number(),
  gap: z.number().nullable(),
  selected: z.array(z.string()),
  stopped: z.array(z.string()),
  costByYear: z.array(z.object({ year: z.number(), amount: z.number(), limit: z.number().nullable() })),
  capacity: z.array(z.object({ skillKey: z.string(), quarter: z.string(), used: z.number(), limit: z.number() })),
  greedyObjective: z.number(),
  /** Every candidate as it was when solved: commit refuses when the portfolio has moved on. */
  candidates: z.array(z.object({ id: z.string(), code: z.string(), status: z.string(), version: z.number() })),
  solvedAt: z.string(),
});
export type StoredResult = z.infer<typeof resultSchema>;

const storedParameters = (parameters: OptimisationParameters): StoredParameters => parametersSchema.parse({
  ...parameters,
  budgetLimits: parameters.budgetLimits ?? [], capacityLimits: parameters.capacityLimits ?? [], mustInclude: parameters.mustInclude ?? [],
  mustExclude: parameters.mustExclude ?? [], exclusiveGroups: parameters.exclusiveGroups ?? [], allowStopping: parameters.allowStopping ?? false,
  timeLimitSeconds: parameters.timeLimitSeconds ?? null,
});

const storedResult = (optimisation: PortfolioOptimisation): StoredResult => ({
  status: optimisation.status, optimal: optimisation.optimal, objective: optimisation.objective, totalCost: optimisation.totalCost, gap: optimisation.gap,
  selected: optimisation.selected, stopped: optimisation.stopped, costByYear: optimisation.costByYear, capacity: optimisation.capacity,
  greedyObjective: optimisation.greedy.objective,
  candidates: optimisation.candidates.map(({ id, code, status, version }) => ({ id, code, status, version })),
  solvedAt: new Date().toISOString(),
});

const FORBIDDEN = "The portfolio's owner and the PMO work on its scenarios";

/** Runs the optimiser for a scenario's parameters (errors at input.parameters). */
async function solveScenario(ctx: ServiceContext, portfolioId: string, parameters: OptimisationParameters) {
  const reader: Reader = { viewer: ctx.viewer, prisma: ctx.prisma, cache: new Map() };
  const at = ['input', 'parameters'];
  const loaded = await loadOptimisation(reader, portfolioId, parameters, at);
  return storedResult(await optimiseLoaded(portfolioId, parameters, loaded, at));
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw ValidationError.single(['input', 'name'], 'A scenario needs a name');
  if (trimmed.length > MAX_SCENARIO_NAME) throw ValidationError.single(['input', 'name'], `must be at most ${MAX_SCENARIO_NAME} characters`);
  return trimmed;
}

export interface CreatePortfolioScenarioInput {
  portfolioId: string;
  name: string;
  parameters: OptimisationParameters;
}

export async function createPortfolioScenario(ctx: ServiceContext, input: CreatePortfolioScenarioInput) {
  const portfolio = await ctx.prisma.portfolio.findUnique({ where: { id: input.portfolioId }, select: { id: true, ownerId: true } });
  if (!portfolio) throw ValidationError.single(['input', 'portfolioId'], 'No portfolio has this id');
  if (!canManagePortfolio(ctx.viewer, portfolio)) throw new ForbiddenError(FORBIDDEN);
  const name = checkName(input.name);
  const result = await solveScenario(ctx, portfolio.id, input.parameters);
  return transaction(ctx, async (tx) => {
    const after = await withUniqueAsConflict(
      () => tx.portfolioScenario.create({ data: { portfolioId: portfolio.id, name, parameters: storedParameters(input.parameters), result, createdById: ctx.viewer.id } }),
      `The portfolio already has a scenario named "${name}"`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'scenario.created', entityType: 'PortfolioScenario', entityId: after.id, after });
    return after;
  });
}

export interface UpdatePortfolioScenarioInput {
  id: string;
  version: number;
  name?: string | null;
  parameters?: OptimisationParameters | null;
  status?: PortfolioScenarioStatus | null;
}

/** The status changes updatePortfolioScenario makes (COMMITTED only through commitScenario). */
const STATUS_CHANGES: Record<PortfolioScenarioStatus, readonly PortfolioScenarioStatus[]> = {
  DRAFT: ['PROPOSED', 'DISCARDED'],
  PROPOSED: ['DRAFT', 'DISCARDED'],
  COMMITTED: [],
  DISCARDED: [],
};

async function scenarioFor(ctx: ServiceContext, db: ServiceContext['prisma'] | Parameters<Parameters<typeof transaction>[1]>[0], id: string) {
  const scenario = await db.portfolioScenario.findUnique({ where: { id }, include: { portfolio: { select: { ownerId: true } } } });
  if (!scenario) throw new NotFoundError('PortfolioScenario', id);
  if (!canManagePortfolio(ctx.viewer, scenario.portfolio)) throw new ForbiddenError(FORBIDDEN);
  return scenario;
}

export async function updatePortfolioScenario(ctx: ServiceContext, input: UpdatePortfolioScenarioInput) {
  const current = await scenarioFor(ctx, ctx.prisma, input.id);
  assertVersion('scenario', current, input.version);
  if (STATUS_CHANGES[current.status].length === 0) throw ValidationError.single(['input', 'id'], `A ${current.status} scenario does not change`);
  if (input.status && input.status !== current.status && !STATUS_CHANGES[current.status].includes(input.status)) {
    throw ValidationError.single(['input', 'status'], `A ${current.status} scenario can become ${STATUS_CHANGES[current.status].join(' or ')}${input.status === 'COMMITTED' ? ' (commit it with commitScenario)' : ''}`);
  }
  const name = input.name == null ? undefined : checkName(input.name);
  const parameters = input.parameters ? storedParameters(input.parameters) : undefined;
  const rerun = parameters !== undefined && JSON.stringify(parameters) !== JSON.stringify(current.parameters);
  const result = rerun ? await solveScenario(ctx, current.portfolioId, input.parameters!) : undefined;
  return transaction(ctx, async (tx) => {
    const { portfolio: _portfolio, ...before } = await scenarioFor(ctx, tx, input.id);
    await withUniqueAsConflict(
      () => updateVersioned(tx.portfolioScenario, 'scenario', { id: before.id }, input.version, {
        ...(name !== undefined && { name }),
        ...(rerun && { parameters, result }),
        ...(input.status && { status: input.status }),
      }),
      `The portfolio already has a scenario named "${name}"`,
    );
    const after = await tx.portfolioScenario.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'scenario.updated', entityType: 'PortfolioScenario', entityId: after.id, before, after });
    return after;
  });
}

export interface CommitScenarioInput {
  id: string;
  version: number;
}

/** Which projects a commit moves, and where (code order). */
export function commitPlan(result: StoredResult): { id: string; code: string; version: number; to: ProjectStatus }[] {
  const selected = new Set(result.selected);
  return result.candidates
    .filter((candidate) => (selected.has(candidate.id) ? candidate.status === 'PROPOSED' : candidate.status === 'ACTIVE'))
    .map((candidate) => ({ id: candidate.id, code: candidate.code, version: candidate.version, to: selected.has(candidate.id) ? 'APPROVED' as const : 'ON_HOLD' as const }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export async function commitScenario(ctx: ServiceContext, input: CommitScenarioInput) {
  return transaction(ctx, async (tx) => {
    const { portfolio: _portfolio, ...before } = await scenarioFor(ctx, tx, input.id);
    assertVersion('scenario', before, input.version);
    if (before.status === 'DISCARDED' || before.status === 'COMMITTED') throw ValidationError.single(['input', 'id'], `A ${before.status} scenario cannot be committed`);
    const result = resultSchema.parse(before.result);
    // Stale: the candidates now are not the ones the result chose among.
    const now = await tx.project.findMany({ where: { portfolioId: before.portfolioId, status: { in: [...CANDIDATE_STATUSES] } }, select: { id: true, code: true, status: true } });
    const then = new Map(result.candidates.map((candidate) => [candidate.id, candidate]));
    const changed = [
      ...now.filter((project) => then.get(project.id)?.status !== project.status).map((project) => `${project.code} is ${project.status}${then.has(project.id) ? ` (was ${then.get(project.id)!.status})` : ' (new)'}`),
      ...result.candidates.filter((candidate) => !now.some((project) => project.id === candidate.id)).map((candidate) => `${candidate.code} is no longer a candidate`),
    ];
    if (changed.length) throw new ConflictError(`The portfolio changed since the scenario was optimised (${changed.join('; ')}): optimise it again (updatePortfolioScenario with its parameters)`);
    const plan = commitPlan(result);
    const inner = joinTransaction(ctx, tx);
    // Each through the lifecycle's own rules; a project changed since the result (its version) is refused there.
    for (const step of plan) await transitionProject(inner, { id: step.id, status: step.to, version: step.version, reason: `Portfolio scenario "${before.name}" committed` });
    await updateVersioned(tx.portfolioScenario, 'scenario', { id: before.id }, before.version, { status: 'COMMITTED' as const, committedAt: new Date() });
    const approved = plan.filter((step) => step.to === 'APPROVED').length;
    await recordDecision(inner, {
      portfolioId: before.portfolioId,
      title: `Committed portfolio scenario "${before.name}"`,
      rationale: `Selected by the optimiser (${result.optimal ? 'proven optimal' : 'not proven optimal'}, total score ${result.objective}): ${approved} proposed project(s) approved, ${plan.length - approved} active project(s) put on hold.`,
      scenarioIds: [before.id],
    });
    const after = await tx.portfolioScenario.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'scenario.committed', entityType: 'PortfolioScenario', entityId: after.id,
      before: { status: before.status }, after: { status: after.status, approved: plan.filter((step) => step.to === 'APPROVED').map((step) => step.id), onHold: plan.filter((step) => step.to === 'ON_HOLD').map((step) => step.id) },
    });
    return after;
  }, { timeout: 120_000, maxWait: 10_000 });
}

export interface ScenarioComparison {
  portfolioId: string;
  scenarios: { id: string; name: string; status: PortfolioScenarioStatus; result: StoredResult }[];
  /** Selected in some of the scenarios but not all (code order). */
  differing: string[];
  /** Selected in every one. */
  common: string[];
}

export async function compareScenarios(ctx: Reader, ids: readonly string[]): Promise<ScenarioComparison> {
  const unique = [...new Set(ids)];
  if (unique.length < MIN_COMPARED || unique.length > MAX_COMPARED) throw ValidationError.single(['ids'], `Compare ${MIN_COMPARED} to ${MAX_COMPARED} different scenarios`);
  const rows = await ctx.prisma.portfolioScenario.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, status: true, result: true, portfolioId: true, portfolio: { select: { ownerId: true } } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = unique.map((id, i) => [id, i] as const).filter(([id]) => !byId.has(id));
  if (missing.length) throw new ValidationError(missing.map(([, i]) => ({ path: ['ids', String(i)], message: 'No scenario has this id' })));
  const portfolioIds = new Set(rows.map((row) => row.portfolioId));
  if (portfolioIds.size > 1) throw ValidationError.single(['ids'], 'The scenarios compared belong to one portfolio');
  if (!canOptimisePortfolio(ctx.viewer, rows[0]!.portfolio)) throw new ForbiddenError(OPTIMISE_FORBIDDEN);
  const scenarios = unique.map((id) => {
    const row = byId.get(id)!;
    return { id, name: row.name, status: row.status, result: resultSchema.parse(row.result) };
  });
  const counts = new Map<string, number>();
  const codeOf = new Map<string, string>();
  for (const scenario of scenarios) {
    for (const candidate of scenario.result.candidates) codeOf.set(candidate.id, candidate.code);
    for (const id of scenario.result.selected) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const byCode = (a: string, b: string) => (codeOf.get(a) ?? a).localeCompare(codeOf.get(b) ?? b);
  return {
    portfolioId: rows[0]!.portfolioId,
    scenarios,
    differing: [...counts].filter(([, count]) => count < scenarios.length).map(([id]) => id).sort(byCode),
    common: [...counts].filter(([, count]) => count === scenarios.length).map(([id]) => id).sort(byCode),
  };
}
