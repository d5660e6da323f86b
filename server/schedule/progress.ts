// Progress of work tasks: dated reports of percentage complete and cumulative actual cost. The
// reports of a task form its actual-cost curve, so a report may not say less was spent by a day
// than an earlier report says, nor more than a later one.
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import { startOfDay } from '../platform/calendar.js';
import type { ServiceContext } from '../platform/context.js';
import type { Task } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { IssueList, NotFoundError, ValidationError } from '../platform/errors.js';
import { updateVersioned } from '../platform/versioning.js';
import { amountOf, centsOf } from './loaders.js';
import { manageableProject } from './service.js';

export interface ReportTaskProgressInput {
  taskId: string;
  version: number;
  asOf: Date;
  percentComplete: number;
  /** Cumulative to `asOf` (money). */
  actualCost: string;
}

/** Records (or, for a day already reported, replaces) a task's progress at `asOf`. */
export async function reportTaskProgress(ctx: ServiceContext, input: ReportTaskProgressInput, today = new Date()): Promise<Task> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const before = await tx.task.findUnique({ where: { id: input.taskId }, include: { _count: { select: { children: true } } } });
    if (!before) throw new NotFoundError('Task', input.taskId);
    const project = await manageableProject(tx, viewer, before.projectId, ['input', 'taskId']);
    const issues = new IssueList();
    if (before._count.children > 0) {
      await issues.check(() => ValidationError.throwSingle(['input', 'taskId'], `Task ${before.key} is a summary task: its progress rolls up from the tasks under it`));
    }
    if (input.asOf > startOfDay(today)) {
      await issues.check(() => ValidationError.throwSingle(['input', 'asOf'], 'Progress cannot be reported for a day that has not come yet'));
    }
    const cost = centsOf(input.actualCost);
    const others = await tx.taskProgress.findMany({ where: { taskId: before.id, asOf: { not: input.asOf } }, select: { asOf: true, actualCost: true } });
    const earlier = others.filter((entry) => entry.asOf < input.asOf).map((entry) => centsOf(entry.actualCost));
    const later = others.filter((entry) => entry.asOf > input.asOf).map((entry) => centsOf(entry.actualCost));
    if (earlier.length && cost < Math.max(...earlier)) {
      await issues.check(() =>
        ValidationError.throwSingle(['input', 'actualCost'], `The actual cost is cumulative: an earlier report already says ${amountOf(Math.max(...earlier))}`),
      );
    } else if (later.length && cost > Math.min(...later)) {
      await issues.check(() =>
        ValidationError.throwSingle(['input', 'actualCost'], `The actual cost is cumulative: a later report says only ${amountOf(Math.min(...later))}`),
      );
    }
    issues.throwIfAny();
    // The task's version moves with its progress (concurrent reporters see each other's).
    await updateVersioned(tx.task, 'task', { id: before.id }, input.version, {});
    const entry = await tx.taskProgress.upsert({
      where: { taskId_asOf: { taskId: before.id, asOf: input.asOf } },
      create: { taskId: before.id, projectId: project.id, asOf: input.asOf, percentComplete: input.percentComplete, actualCost: input.actualCost, reportedById: viewer.id },
      update: { percentComplete: input.percentComplete, actualCost: input.actualCost, reportedById: viewer.id },
    });
    await recordAudit(tx, { actorId: viewer.id, action: 'task.progressReported', entityType: 'Task', entityId: before.id, projectId: project.id, after: entry });
    projectFactsChanged.announce(tx, [project.id]);
    return tx.task.findUniqueOrThrow({ where: { id: before.id } });
  });
}
