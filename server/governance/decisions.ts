// The decision log: what was decided on a project or a portfolio, why, by whom and when, linked
// to the change requests, phase gates and portfolio scenarios it concerns. The portfolio owner and the PMO record
// decisions; a project's manager records those on their project (they run its board). Approving
// a change request records one itself (change-requests-approval.ts), and so does committing a
// portfolio scenario (portfolio/scenarios.ts).
import { canManagePortfolio, canManageProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, ValidationError } from '../platform/errors.js';

export interface RecordDecisionInput {
  projectId?: string | null;
  portfolioId?: string | null;
  title: string;
  rationale: string;
  /** Default now; never in the future. */
  decidedAt?: Date | null;
  changeRequestIds?: readonly string[] | null;
  phaseIds?: readonly string[] | null;
  /** Scenarios of the portfolio (of the project's portfolio, for a project decision). */
  scenarioIds?: readonly string[] | null;
}

/** The most links of each kind one decision holds. */
export const MAX_DECISION_LINKS = 100;

export async function recordDecision(ctx: ServiceContext, input: RecordDecisionInput) {
  if (!input.projectId === !input.portfolioId) throw ValidationError.single(['input'], 'Give exactly one of projectId and portfolioId');
  const now = new Date();
  const decidedAt = input.decidedAt ?? now;
  return transaction(ctx, async (tx) => {
    let projectIds: string[];
    let portfolioId: string;
    if (input.projectId) {
      const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true, managerId: true, portfolioId: true, portfolio: { select: { ownerId: true } } } });
      if (!project) throw ValidationError.single(['input', 'projectId'], 'No project has this id');
      if (!canManageProject(ctx.viewer, project)) throw new ForbiddenError("The project's manager, its portfolio owner or the PMO records its decisions");
      projectIds = [project.id];
      portfolioId = project.portfolioId;
    } else {
      const portfolio = await tx.portfolio.findUnique({ where: { id: input.portfolioId! }, select: { id: true, ownerId: true } });
      if (!portfolio) throw ValidationError.single(['input', 'portfolioId'], 'No portfolio has this id');
      if (!canManagePortfolio(ctx.viewer, portfolio)) throw new ForbiddenError("The portfolio's owner or the PMO records its decisions");
      projectIds = (await tx.project.findMany({ where: { portfolioId: portfolio.id }, select: { id: true } })).map((row) => row.id);
      portfolioId = portfolio.id;
    }
    const issues: FieldIssue[] = [];
    const add = (path: string[], message: string) => issues.push({ path, message });
    const changeRequestIds = [...new Set(input.changeRequestIds ?? [])];
    const phaseIds = [...new Set(input.phaseIds ?? [])];
    const scenarioIds = [...new Set(input.scenarioIds ?? [])];
    // A decision in the future is a plan, not a decision (a minute of tolerance for clocks).
    if (decidedAt.getTime() > now.getTime() + 60_000) add(['input', 'decidedAt'], 'must not be in the future');
    for (const [field, ids] of [['changeRequestIds', changeRequestIds], ['phaseIds', phaseIds], ['scenarioIds', scenarioIds]] as const) {
      if (ids.length > MAX_DECISION_LINKS) add(['input', field], `at most ${MAX_DECISION_LINKS}`);
    }
    const scope = { projectId: { in: projectIds } };
    const [requests, phases, scenarios] = await Promise.all([
      tx.changeRequest.findMany({ where: { id: { in: changeRequestIds }, ...scope }, select: { id: true } }),
      tx.projectPhase.findMany({ where: { id: { in: phaseIds }, ...scope }, select: { id: true } }),
      tx.portfolioScenario.findMany({ where: { id: { in: scenarioIds }, portfolioId }, select: { id: true } }),
    ]);
    const where = input.projectId ? 'the project' : "the portfolio's projects";
    if (requests.length < changeRequestIds.length) add(['input', 'changeRequestIds'], `Every change request must be one of ${where}`);
    if (phases.length < phaseIds.length) add(['input', 'phaseIds'], `Every phase must be one of ${where}`);
    if (scenarios.length < scenarioIds.length) add(['input', 'scenarioIds'], `Every scenario must be one of ${input.projectId ? "the project's portfolio" : 'the portfolio'}`);
    if (issues.length) throw new ValidationError(issues);
    const decision = await tx.decision.create({
      data: {
        projectId: input.projectId ?? null, portfolioId: input.portfolioId ?? null, title: input.title, rationale: input.rationale,
        decidedById: ctx.viewer.id, decidedAt,
        changeRequests: { connect: changeRequestIds.map((id) => ({ id })) },
        phases: { connect: phaseIds.map((id) => ({ id })) },
        scenarios: { connect: scenarioIds.map((id) => ({ id })) },
      },
    });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'decision.recorded', entityType: 'Decision', entityId: decision.id, projectId: decision.projectId,
      after: { ...decision, changeRequestIds, phaseIds, scenarioIds },
    });
    return decision;
  });
}
