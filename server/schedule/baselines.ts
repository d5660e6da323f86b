// Baselines: snapshots of a project's schedule (every task's dates, duration and budget) that
// progress is measured against. The latest is the performance measurement baseline unless
// setCurrentBaseline picks another; approving a project captures one.
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { ScheduleBaseline } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { NotFoundError, ValidationError } from '../platform/errors.js';
import { rollUp } from './lib/rollup.js';
import { amountOf, centsOf, loadScheduleInputs, scheduleFrom } from './loaders.js';
import { manageableProject } from './service.js';

export interface CaptureBaselineInput {
  projectId: string;
  name: string;
}

export async function captureBaseline(ctx: ServiceContext, input: CaptureBaselineInput): Promise<ScheduleBaseline> {
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, ctx.viewer, input.projectId, ['input', 'projectId']);
    const baseline = await snapshotSchedule(tx, project.id, input.name, ctx.viewer.id);
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'baseline.captured', entityType: 'ScheduleBaseline', entityId: baseline.id, projectId: project.id, after: baseline,
    });
    projectFactsChanged.announce(tx, [project.id]);
    return baseline;
  });
}

/**
 * Stores the project's schedule as it is now as its next baseline, taken by `actorId` (the
 * caller audits it: captureBaseline as its own event, approval as part of the transition). Task
 * dates are those of the critical path (null while the project has no start date); a summary's
 * duration is the working days its children span, its budget theirs.
 */
export async function snapshotSchedule(tx: Tx, projectId: string, name: string, actorId: string): Promise<ScheduleBaseline> {
  const input = (await loadScheduleInputs(tx, [projectId])).get(projectId);
  if (!input) throw new NotFoundError('Project', projectId);
  const schedule = scheduleFrom(input);
  const budgets = rollUp(
    input.tasks.map((task) => ({
      id: task.id, parentId: task.parentId, budgetCents: centsOf(task.budget), durationDays: task.durationDays,
      percentComplete: 0, actualCostCents: 0, actualStart: null, actualFinish: null,
    })),
  );
  const last = await tx.scheduleBaseline.findFirst({ where: { projectId }, orderBy: { number: 'desc' }, select: { number: true } });
  const leavesCents = [...budgets.values()].filter((task) => !task.summary).reduce((sum, task) => sum + task.budgetCents, 0);
  const baseline = await tx.scheduleBaseline.create({
    data: {
      projectId,
      number: (last?.number ?? 0) + 1,
      name,
      startDate: schedule?.startDate ?? null,
      finishDate: schedule?.finishDate ?? null,
      durationDays: schedule?.durationDays ?? 0,
      budgetAtCompletion: amountOf(leavesCents),
      capturedById: actorId,
      tasks: {
        create: input.tasks.map((task) => {
          const timing = schedule?.tasks.get(task.id);
          const rolled = budgets.get(task.id)!;
          return {
            taskId: task.id,
            key: task.key,
            name: task.name,
            summary: rolled.summary,
            startDate: timing?.earlyStart ?? null,
            finishDate: timing?.earlyFinish ?? null,
            durationDays: rolled.summary && timing ? input.calendar.workingDaysBetween(timing.earlyStart, timing.earlyFinish) + 1 : task.durationDays,
            budget: amountOf(rolled.budgetCents),
          };
        }),
      },
    },
  });
  return baseline;
}

export interface SetCurrentBaselineInput {
  baselineId: string;
}

/** Makes a baseline the project's performance measurement baseline (until another is picked). */
export async function setCurrentBaseline(ctx: ServiceContext, input: SetCurrentBaselineInput): Promise<ScheduleBaseline> {
  return transaction(ctx, async (tx) => {
    const baseline = await tx.scheduleBaseline.findUnique({ where: { id: input.baselineId } });
    if (!baseline) throw ValidationError.single(['input', 'baselineId'], 'No baseline has this id');
    const project = await manageableProject(tx, ctx.viewer, baseline.projectId, ['input', 'baselineId']);
    const before = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { currentBaselineId: true } });
    await tx.project.update({ where: { id: project.id }, data: { currentBaselineId: baseline.id } });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'baseline.madeCurrent', entityType: 'ScheduleBaseline', entityId: baseline.id, projectId: project.id,
      before, after: { currentBaselineId: baseline.id },
    });
    projectFactsChanged.announce(tx, [project.id]);
    return baseline;
  });
}
