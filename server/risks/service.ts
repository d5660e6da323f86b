// Risk register use cases: raise, update (optimistic concurrency), close and realize. Each runs in
// one transaction with its assessment history, its audit event and the project's re-evaluation.
//
// Every use case returns a RiskChange (the risk before and after) and goes through `commit`, which
// raises the change's alerts (a score at a threshold, a realized or overdue risk) in the same
// transaction.
import { canEditRisk, canRaiseRisk, canReassignRisk } from '../auth/access.js';
import { PROJECT_ACCESS, type ProjectAccess } from '../auth/project-access.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx, Viewer } from '../platform/context.js';
import type { Prisma, Risk } from '../platform/db/generated/prisma/client.js';
import type { RiskCategory, RiskResponseStrategy, RiskStatus, Role } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, IssueList, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { requireUser } from '../users/index.js';
import { alertOnRiskChange } from './alerts/sources.js';
import { isOpenRisk, riskScore } from './lib/scoring.js';

export type RiskAction = 'risk.created' | 'risk.updated' | 'risk.closed' | 'risk.realized';

export interface RiskChange {
  action: RiskAction;
  /** The risk as it was (null when it was just raised). */
  before: Risk | null;
  after: Risk;
  /** Why it was closed or realized, when the client said. */
  reason?: string | null;
}

/** Executives are read-only, so they cannot own (work on) a risk. */
const RISK_OWNER_ROLES: readonly Role[] = ['PMO_ADMIN', 'PORTFOLIO_MANAGER', 'PROJECT_MANAGER', 'TEAM_MEMBER'];

export interface RiskFieldsInput {
  title?: string | null;
  description?: string | null;
  category?: RiskCategory | null;
  probability?: number | null;
  impact?: number | null;
  ownerId?: string | null;
  status?: RiskStatus | null;
  responseStrategy?: RiskResponseStrategy | null;
  mitigationPlan?: string | null;
  contingencyPlan?: string | null;
  dueDate?: Date | null;
  residualProbability?: number | null;
  residualImpact?: number | null;
}

export interface CreateRiskInput extends RiskFieldsInput {
  projectId: string;
  title: string;
  category: RiskCategory;
  probability: number;
  impact: number;
}

export async function createRisk(ctx: ServiceContext, input: CreateRiskInput): Promise<RiskChange> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: PROJECT_ACCESS });
    if (!project) throw ValidationError.single(['input', 'projectId'], 'No project has this id');
    if (!canRaiseRisk(viewer, project)) throw new ForbiddenError('You may only raise risks on projects you manage or work on');
    const issues = new IssueList();
    if (project.status === 'COMPLETED' || project.status === 'CANCELLED') {
      await issues.check(() => ValidationError.throwSingle(['input', 'projectId'], 'The project is closed: no new risks can be raised on it'));
    }
    await issues.check(() => checkFields(tx, project, input, input));
    issues.throwIfAny();
    const after = await tx.risk.create({
      data: {
        projectId: project.id,
        title: input.title,
        description: input.description ?? '',
        category: input.category,
        probability: input.probability,
        impact: input.impact,
        score: riskScore(input.probability, input.impact),
        ownerId: input.ownerId ?? null,
        status: input.status ?? 'IDENTIFIED',
        responseStrategy: input.responseStrategy ?? null,
        mitigationPlan: input.mitigationPlan ?? '',
        contingencyPlan: input.contingencyPlan ?? '',
        dueDate: input.dueDate ?? null,
        residualProbability: input.residualProbability ?? null,
        residualImpact: input.residualImpact ?? null,
        createdById: viewer.id,
      },
    });
    await recordAssessment(tx, viewer, null, after);
    return commit(tx, viewer, { action: 'risk.created', before: null, after });
  });
}

export interface ExistingRiskInput extends CreateRiskInput {
  /** Who raised it (and made its first assessment). */
  createdById: string;
  /** When the risk stands realized, why: it raises the realized alert as realizeRisk does. */
  realizedReason?: string;
}

/**
 * Enters a risk that already stands in the register as it is today (the demo organisation, an
 * import): the risk, its first assessment and the alerts it raises now, through the same alert
 * sources as createRisk and realizeRisk (score thresholds, overdue, realized). Unlike them it
 * records no audit event (nobody made this change through the API) and does not check a user's
 * rights. The caller announces the project's changed facts, once for all the risks it enters.
 */
export async function enterExistingRisk(tx: Tx, input: ExistingRiskInput): Promise<Risk> {
  const { createdById, realizedReason, projectId, ...fields } = input;
  const after = await tx.risk.create({
    data: {
      ...fields,
      projectId,
      description: fields.description ?? '',
      mitigationPlan: fields.mitigationPlan ?? '',
      contingencyPlan: fields.contingencyPlan ?? '',
      status: realizedReason ? 'REALIZED' : (fields.status ?? 'IDENTIFIED'),
      score: riskScore(input.probability, input.impact),
      createdById,
    },
  });
  await recordAssessment(tx, { id: createdById }, null, after);
  await alertOnRiskChange(tx, realizedReason ? { action: 'risk.realized', before: null, after, reason: realizedReason } : { action: 'risk.created', before: null, after });
  return after;
}

export interface UpdateRiskInput extends RiskFieldsInput {
  id: string;
  version: number;
}

/** Fields a risk cannot do without: null in an update would clear them. */
const REQUIRED_FIELDS = ['title', 'description', 'category', 'probability', 'impact', 'status', 'mitigationPlan', 'contingencyPlan'] as const;

export async function updateRisk(ctx: ServiceContext, input: UpdateRiskInput): Promise<RiskChange> {
  const { viewer } = ctx;
  const { id, version, ...patch } = input;
  const changes = changesOf(patch) as RiskFieldsInput;
  return transaction(ctx, async (tx) => {
    const { project, ...before } = await loadRisk(tx, id);
    if (!canEditRisk(viewer, project, before)) throw new ForbiddenError('Only the managers of the project and the risk owner may change this risk');
    if ('ownerId' in changes && changes.ownerId !== before.ownerId && !canReassignRisk(viewer, project)) {
      throw new ForbiddenError('Only the managers of the project may hand the risk to another owner');
    }
    assertOpen(before);
    const issues = new IssueList();
    await issues.check(() => rejectNulls(patch, [...REQUIRED_FIELDS]));
    const probability = changes.probability ?? before.probability;
    const impact = changes.impact ?? before.impact;
    await issues.check(() => checkFields(tx, project, changes, { ...before, ...changes, probability, impact }));
    issues.throwIfAny();
    // Nulls of required fields were rejected above.
    await updateVersioned(tx.risk, 'risk', { id }, version, { ...(changes as Prisma.RiskUncheckedUpdateManyInput), score: riskScore(probability, impact) });
    const after = await tx.risk.findUniqueOrThrow({ where: { id } });
    if (after.probability !== before.probability || after.impact !== before.impact) await recordAssessment(tx, viewer, before, after);
    return commit(tx, viewer, { action: 'risk.updated', before, after });
  });
}

export interface EndRiskInput {
  id: string;
  version: number;
  reason?: string | null;
}

/** The risk no longer threatens the project (mitigated, avoided or passed). */
export function closeRisk(ctx: ServiceContext, input: EndRiskInput): Promise<RiskChange> {
  return endRisk(ctx, input, 'CLOSED', 'risk.closed');
}

/** The risk happened: it becomes an issue to handle (its contingency plan applies). */
export function realizeRisk(ctx: ServiceContext, input: EndRiskInput): Promise<RiskChange> {
  return endRisk(ctx, input, 'REALIZED', 'risk.realized');
}

async function endRisk(ctx: ServiceContext, input: EndRiskInput, status: RiskStatus, action: RiskAction): Promise<RiskChange> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const { project, ...before } = await loadRisk(tx, input.id);
    if (!canEditRisk(viewer, project, before)) throw new ForbiddenError('Only the managers of the project and the risk owner may change this risk');
    assertOpen(before);
    assertVersion('risk', before, input.version);
    await updateVersioned(tx.risk, 'risk', { id: before.id }, before.version, { status });
    const after = await tx.risk.findUniqueOrThrow({ where: { id: before.id } });
    return commit(tx, viewer, { action, before, after, reason: input.reason ?? null });
  });
}

/**
 * What every change of a risk does before its transaction commits: the audit event (in the
 * project's trail), the risk's own alerts, and the announcement that the project's facts changed
 * (they count risks: its rules and triggers are re-evaluated before the commit).
 */
async function commit(tx: Tx, viewer: Viewer, change: RiskChange): Promise<RiskChange> {
  const { after } = change;
  await recordAudit(tx, {
    actorId: viewer.id,
    action: change.action,
    entityType: 'Risk',
    entityId: after.id,
    projectId: after.projectId,
    before: change.before,
    after: change.reason === undefined ? after : { ...after, reason: change.reason },
  });
  await alertOnRiskChange(tx, change);
  projectFactsChanged.announce(tx, [after.projectId]);
  return change;
}

async function loadRisk(tx: Tx, id: string) {
  const risk = await tx.risk.findUnique({ where: { id }, include: { project: { select: PROJECT_ACCESS } } });
  if (!risk) throw new NotFoundError('Risk', id);
  return risk;
}

function assertOpen(risk: Risk): void {
  if (!isOpenRisk(risk.status)) {
    throw ValidationError.single(['input', 'id'], `The risk is ${risk.status.toLowerCase()}: it can no longer change`);
  }
}

/**
 * History of the assessment: a row whenever probability or impact changes (and the first one),
 * stamped with the time the risk itself records for the change.
 */
async function recordAssessment(tx: Tx, viewer: Pick<Viewer, 'id'>, before: Risk | null, after: Risk): Promise<void> {
  await tx.riskAssessment.create({
    data: {
      riskId: after.id,
      assessedById: viewer.id,
      createdAt: before ? after.updatedAt : after.createdAt,
      previousProbability: before?.probability ?? null,
      previousImpact: before?.impact ?? null,
      previousScore: before?.score ?? null,
      probability: after.probability,
      impact: after.impact,
      score: after.score,
    },
  });
}

/**
 * Checks that need the database or several fields at once; `given` is what the client sent,
 * `merged` the risk as it would be. Ranges and lengths are checked by the API layer already.
 */
async function checkFields(tx: Tx, project: ProjectAccess, given: RiskFieldsInput, merged: RiskFieldsInput): Promise<void> {
  const issues = new IssueList();
  if (given.status && !isOpenRisk(given.status)) {
    await issues.check(() =>
      ValidationError.throwSingle(['input', 'status'], `A risk becomes ${given.status} through ${given.status === 'CLOSED' ? 'closeRisk' : 'realizeRisk'}`),
    );
  }
  if (given.ownerId) await issues.check(() => checkOwner(tx, project, given.ownerId!));
  // The residual rating is what remains once the response is in place: never worse than now.
  for (const [residual, current] of [['residualProbability', 'probability'], ['residualImpact', 'impact']] as const) {
    const value = merged[residual];
    const limit = merged[current];
    if (value != null && limit != null && value > limit && (given[residual] != null || given[current] != null)) {
      await issues.check(() => ValidationError.throwSingle(['input', residual], `${residual} must not exceed ${current} (${limit})`));
    }
  }
  issues.throwIfAny();
}

async function checkOwner(tx: Tx, project: ProjectAccess, ownerId: string): Promise<void> {
  const user = await requireUser(tx, ownerId, ['input', 'ownerId'], RISK_OWNER_ROLES, 'owner');
  if (user.role === 'TEAM_MEMBER' && !project.members.some((member) => member.userId === user.id)) {
    throw ValidationError.single(['input', 'ownerId'], 'A team member can only own risks of projects they work on');
  }
}
