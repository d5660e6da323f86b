// Strategic objectives: organisation-wide (PMO) or owned by a portfolio (its owner).
import { canManageObjective } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError } from '../platform/errors.js';
import { changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { getPortfolio } from '../projects/index.js';

export interface CreateObjectiveInput {
  name: string;
  description?: string | null;
  weight?: number | null;
  portfolioId?: string | null;
}

export async function createObjective(ctx: ServiceContext, input: CreateObjectiveInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const portfolio = input.portfolioId ? await getPortfolio(tx, input.portfolioId, ['input', 'portfolioId']) : null;
    if (!canManageObjective(viewer, portfolio)) {
      throw new ForbiddenError('Only the PMO sets organisation objectives; a portfolio owner sets their portfolio\'s');
    }
    const objective = await tx.strategicObjective.create({
      data: { name: input.name, description: input.description ?? '', weight: input.weight ?? 10, portfolioId: portfolio?.id ?? null },
    });
    await recordAudit(tx, {
      actorId: viewer.id, action: 'objective.created', entityType: 'StrategicObjective', entityId: objective.id, after: objective,
    });
    return objective;
  });
}

export interface UpdateObjectiveInput {
  id: string;
  version: number;
  name?: string | null;
  description?: string | null;
  weight?: number | null;
  portfolioId?: string | null;
}

export async function updateObjective(ctx: ServiceContext, input: UpdateObjectiveInput) {
  const { viewer } = ctx;
  const { id, version, ...patch } = input;
  const changes = changesOf(patch);
  rejectNulls(patch, ['name', 'weight', 'description']);
  return transaction(ctx, async (tx) => {
    const before = await tx.strategicObjective.findUnique({ where: { id }, include: { portfolio: { select: { ownerId: true } } } });
    if (!before) throw new NotFoundError('StrategicObjective', id);
    if (!canManageObjective(viewer, before.portfolio)) throw new ForbiddenError('You may not change this objective');
    if ('portfolioId' in changes && changes.portfolioId !== before.portfolioId) {
      // Moving an objective needs authority over where it goes too.
      const target = changes.portfolioId ? await getPortfolio(tx, changes.portfolioId as string, ['input', 'portfolioId']) : null;
      if (!canManageObjective(viewer, target)) throw new ForbiddenError('You may not move the objective there');
    }
    await updateVersioned(tx.strategicObjective, 'objective', { id }, version, changes);
    const after = await tx.strategicObjective.findUniqueOrThrow({ where: { id } });
    const { portfolio: _portfolio, ...beforeRecord } = before;
    await recordAudit(tx, {
      actorId: viewer.id, action: 'objective.updated', entityType: 'StrategicObjective', entityId: id, before: beforeRecord, after,
    });
    // The weight feeds every aligned project's alignment score (a fact rules may read).
    const aligned = await tx.projectObjective.findMany({ where: { objectiveId: id }, select: { projectId: true } });
    projectFactsChanged.announce(tx, aligned.map((row) => row.projectId));
    return after;
  });
}
