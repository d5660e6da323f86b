// Iterations (sprints) of agile projects: planned, one active at a time, closed with what was
// completed (then final). Iterations of a project do not overlap. Each change runs in one
// transaction with its audit event; the project's managers make them.
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Iteration } from '../platform/db/generated/prisma/client.js';
import type { IterationStatus } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { IssueList, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { manageableProject } from './service.js';

export interface IterationFieldsInput {
  name?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  committedPoints?: number | null;
  completedPoints?: number | null;
  /** PLANNED or ACTIVE (closeIteration closes). */
  status?: IterationStatus | null;
}

export interface CreateIterationInput extends IterationFieldsInput {
  projectId: string;
  name: string;
  startDate: Date;
  endDate: Date;
}

export async function createIteration(ctx: ServiceContext, input: CreateIterationInput): Promise<Iteration> {
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, ctx.viewer, input.projectId, ['input', 'projectId']);
    await checkIteration(tx, project.id, null, input, input);
    const after = await tx.iteration.create({
      data: {
        projectId: project.id, name: input.name, startDate: input.startDate, endDate: input.endDate,
        committedPoints: input.committedPoints ?? 0, completedPoints: input.completedPoints ?? 0, status: input.status ?? 'PLANNED',
      },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'iteration.created', entityType: 'Iteration', entityId: after.id, projectId: project.id, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export interface UpdateIterationInput extends IterationFieldsInput {
  id: string;
  version: number;
}

export async function updateIteration(ctx: ServiceContext, input: UpdateIterationInput): Promise<Iteration> {
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await loadOpenIteration(tx, id);
    const project = await manageableProject(tx, ctx.viewer, before.projectId, ['input', 'id']);
    const issues = new IssueList();
    await issues.check(() => rejectNulls(patch, ['name', 'startDate', 'endDate', 'committedPoints', 'completedPoints', 'status']));
    const changes = changesOf(patch) as IterationFieldsInput;
    await issues.check(() => checkIteration(tx, project.id, before, changes, { ...before, ...changes }));
    issues.throwIfAny();
    await updateVersioned(tx.iteration, 'iteration', { id }, version, changes as object);
    const after = await tx.iteration.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'iteration.updated', entityType: 'Iteration', entityId: id, projectId: project.id, before, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export interface CloseIterationInput {
  id: string;
  version: number;
  /** What was completed (accepted); default what the iteration holds. */
  completedPoints?: number | null;
}

/** Closes an iteration with its completed points: final (it counts towards velocity from now). */
export async function closeIteration(ctx: ServiceContext, input: CloseIterationInput): Promise<Iteration> {
  return transaction(ctx, async (tx) => {
    const before = await loadOpenIteration(tx, input.id);
    const project = await manageableProject(tx, ctx.viewer, before.projectId, ['input', 'id']);
    await updateVersioned(tx.iteration, 'iteration', { id: before.id }, input.version, {
      status: 'CLOSED' as const,
      completedPoints: input.completedPoints ?? before.completedPoints,
    });
    const after = await tx.iteration.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'iteration.closed', entityType: 'Iteration', entityId: before.id, projectId: project.id, before, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

async function loadOpenIteration(tx: Tx, id: string): Promise<Iteration> {
  const iteration = await tx.iteration.findUnique({ where: { id } });
  if (!iteration) throw new NotFoundError('Iteration', id);
  if (iteration.status === 'CLOSED') throw ValidationError.single(['input', 'id'], `${iteration.name} is closed: it can no longer change`);
  return iteration;
}

/** `given` is what the client sent, `merged` the iteration as it would be (`before` null when new). */
async function checkIteration(tx: Tx, projectId: string, before: Iteration | null, given: IterationFieldsInput, merged: IterationFieldsInput): Promise<void> {
  const issues = new IssueList();
  if (given.status === 'CLOSED') await issues.check(() => ValidationError.throwSingle(['input', 'status'], 'An iteration is closed through closeIteration'));
  if (merged.startDate && merged.endDate && merged.endDate < merged.startDate) {
    await issues.check(() => ValidationError.throwSingle(['input', 'endDate'], 'The iteration must not end before it starts'));
  } else if ((given.startDate || given.endDate) && merged.startDate && merged.endDate) {
    const overlapping = await tx.iteration.findFirst({
      where: { projectId, id: before ? { not: before.id } : undefined, startDate: { lte: merged.endDate }, endDate: { gte: merged.startDate } },
      select: { name: true },
    });
    if (overlapping) await issues.check(() => ValidationError.throwSingle(['input', 'startDate'], `The iteration overlaps ${overlapping.name}`));
  }
  if (given.status === 'ACTIVE') {
    const active = await tx.iteration.findFirst({ where: { projectId, status: 'ACTIVE', id: before ? { not: before.id } : undefined }, select: { name: true } });
    if (active) await issues.check(() => ValidationError.throwSingle(['input', 'status'], `${active.name} is already active: close it first`));
  }
  issues.throwIfAny();
}
