// Variance of the schedule against a baseline: per task, how many working days its start and
// finish moved and how its budget changed; per project, the finish slip.
import type { RequestContext } from '../platform/context.js';
import { NotFoundError } from '../platform/errors.js';
import { projectScheduleOf } from './computed-schedules.js';
import { amountOf, centsOf, taskTreeOf } from './loaders.js';

export type VarianceStatus = 'UNCHANGED' | 'CHANGED' | 'ADDED' | 'REMOVED';

export interface TaskVariance {
  taskId: string;
  key: string;
  status: VarianceStatus;
  /** Working days the start moved (positive: later); null when a side has no date. */
  startVarianceDays: number | null;
  finishVarianceDays: number | null;
  /** Now minus then (money, two decimals); null for a task added since. */
  budgetVariance: string | null;
}

export interface BaselineVariance {
  baselineId: string;
  /** Working days the project finish moved (positive: later); null when a side is unscheduled. */
  finishSlipDays: number | null;
  tasks: TaskVariance[];
}

export async function baselineVariance(ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectId: string, baselineId: string): Promise<BaselineVariance> {
  const baseline = await ctx.prisma.scheduleBaseline.findFirst({ where: { id: baselineId, projectId }, include: { tasks: true } });
  if (!baseline) throw new NotFoundError('ScheduleBaseline', baselineId);
  const [schedule, tree, live] = await Promise.all([
    projectScheduleOf(ctx).load(projectId),
    taskTreeOf(ctx).load(projectId),
    ctx.prisma.task.findMany({ where: { projectId }, select: { id: true, key: true }, orderBy: [{ wbsOrder: 'asc' }, { id: 'asc' }] }),
  ]);
  const moved = (then: Date | null, now: Date | null | undefined) =>
    schedule && then && now ? schedule.calendar.workingDaysBetween(then, now) : null;
  const then = new Map(baseline.tasks.map((task) => [task.taskId, task]));
  const tasks: TaskVariance[] = live.map((task) => {
    const old = then.get(task.id);
    const timing = schedule?.tasks.get(task.id);
    const budgetNow = tree.get(task.id)?.budgetCents ?? 0;
    if (!old) return { taskId: task.id, key: task.key, status: 'ADDED', startVarianceDays: null, finishVarianceDays: null, budgetVariance: null };
    const startVarianceDays = moved(old.startDate, timing?.earlyStart);
    const finishVarianceDays = moved(old.finishDate, timing?.earlyFinish);
    const budgetCents = budgetNow - centsOf(old.budget);
    const changed = startVarianceDays !== 0 || finishVarianceDays !== 0 || budgetCents !== 0;
    return { taskId: task.id, key: task.key, status: changed ? 'CHANGED' : 'UNCHANGED', startVarianceDays, finishVarianceDays, budgetVariance: amountOf(budgetCents) };
  });
  const liveIds = new Set(live.map((task) => task.id));
  for (const old of baseline.tasks) {
    if (!liveIds.has(old.taskId)) {
      tasks.push({ taskId: old.taskId, key: old.key, status: 'REMOVED', startVarianceDays: null, finishVarianceDays: null, budgetVariance: amountOf(-centsOf(old.budget)) });
    }
  }
  return { baselineId, finishSlipDays: moved(baseline.finishDate, schedule?.finishDate), tasks };
}
