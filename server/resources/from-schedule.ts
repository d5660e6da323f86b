// Bookings from the schedule: each work task with an assignee books them from its early start to
// its early finish (the critical path's dates). A task has no effort of its own, so it books the
// assignee at 100% units over its working days, as Microsoft Project assigns a resource by
// default: their weekly capacity hours, spread over the working days the task covers. Running it
// again replaces the soft bookings it made (confirmed ones stay, and their tasks are skipped), so
// the bookings follow the schedule as it changes. One transaction, one audit event.
import { canGovernProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { personLoadChanged, projectFactsChanged } from '../platform/changes.js';
import { isoDate } from '../platform/calendar.js';
import type { ServiceContext } from '../platform/context.js';
import type { AllocationKind } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { loadScheduleInputs, scheduleFrom } from '../schedule/index.js';
import { bookingProject } from './bookable.js';

export interface SkippedTask {
  taskId: string;
  reason: string;
}

export interface AllocatedFromSchedule {
  projectId: string;
  /** The ids of the bookings made. */
  created: string[];
  /** Soft bookings of an earlier run that were replaced. */
  replaced: number;
  skipped: SkippedTask[];
}

export async function allocateFromSchedule(ctx: ServiceContext, input: { projectId: string; kind?: AllocationKind | null }): Promise<AllocatedFromSchedule> {
  return transaction(ctx, async (tx) => {
    const project = await bookingProject(tx, ctx, input.projectId, ['input', 'projectId']);
    const kind = input.kind ?? 'SOFT';
    if (kind === 'HARD' && !canGovernProject(ctx.viewer, project)) {
      throw new ForbiddenError('Only the portfolio owner and the PMO (PMO_ADMIN) make hard bookings: request soft ones and have them confirmed');
    }
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${project.id}::uuid FOR UPDATE`;
    const inputs = (await loadScheduleInputs(tx, [project.id])).get(project.id);
    const schedule = inputs ? scheduleFrom(inputs) : null;
    if (!schedule) throw ValidationError.single(['input', 'projectId'], 'The project has no start date: it has no schedule to book from');

    const [tasks, kept] = await Promise.all([
      tx.task.findMany({
        where: { projectId: project.id, assigneeId: { not: null }, durationDays: { gt: 0 }, children: { none: {} } },
        select: { id: true, key: true, assignee: { select: { id: true, active: true, weeklyCapacityHours: true } } },
        orderBy: { wbsOrder: 'asc' },
      }),
      tx.allocation.findMany({ where: { projectId: project.id, fromSchedule: true, OR: [{ kind: 'HARD' }, { declinedAt: { not: null } }] }, select: { taskId: true } }),
    ]);
    const keptTasks = new Set(kept.map((booking) => booking.taskId));
    const replaced = await tx.allocation.findMany({ where: { projectId: project.id, fromSchedule: true, kind: 'SOFT', declinedAt: null }, select: { id: true, userId: true } });
    await tx.allocation.deleteMany({ where: { id: { in: replaced.map((booking) => booking.id) } } });

    const skipped: SkippedTask[] = [];
    const rows = [];
    for (const task of tasks) {
      const timing = schedule.tasks.get(task.id);
      const assignee = task.assignee!;
      if (!timing) continue;
      if (keptTasks.has(task.id)) skipped.push({ taskId: task.id, reason: `Task ${task.key} already has a confirmed or declined booking from the schedule` });
      else if (!assignee.active) skipped.push({ taskId: task.id, reason: `The assignee of task ${task.key} is deactivated` });
      else if (assignee.weeklyCapacityHours <= 0) skipped.push({ taskId: task.id, reason: `The assignee of task ${task.key} has no weekly capacity hours` });
      else if (project.targetEndDate && timing.earlyFinish > project.targetEndDate) {
        skipped.push({ taskId: task.id, reason: `Task ${task.key} finishes on ${isoDate(timing.earlyFinish)}, after the project's target end (${isoDate(project.targetEndDate)})` });
      } else {
        rows.push({
          userId: assignee.id, projectId: project.id, taskId: task.id, from: timing.earlyStart, to: timing.earlyFinish, hoursPerWeek: assignee.weeklyCapacityHours,
          kind, fromSchedule: true, requestedById: ctx.viewer.id, ...(kind === 'HARD' && { confirmedById: ctx.viewer.id, confirmedAt: new Date() }),
        });
      }
    }
    const created = rows.length ? await tx.allocation.createManyAndReturn({ data: rows, select: { id: true } }) : [];
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'allocations.fromSchedule', entityType: 'Project', entityId: project.id, projectId: project.id,
      after: { kind, created: created.length, replaced: replaced.length, skipped: skipped.length, bookings: rows.map((row) => ({ taskId: row.taskId, userId: row.userId, from: isoDate(row.from), to: isoDate(row.to), hoursPerWeek: row.hoursPerWeek })) },
    });
    personLoadChanged.announce(tx, [...new Set([...rows.map((row) => row.userId), ...replaced.map((booking) => booking.userId)])]);
    projectFactsChanged.announce(tx, [project.id]);
    return { projectId: project.id, created: created.map((row) => row.id), replaced: replaced.length, skipped };
  });
}
