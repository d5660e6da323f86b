// Per-request batching of the schedule domain: the WBS tree of every project a request reads
// tasks of, in a fixed number of statements for all of them, and the rows schedules are computed
// from (computed-schedules.ts keeps the computed ones).
import { type WorkingCalendar, workingCalendar } from '../platform/calendar.js';
import type { Db, RequestContext } from '../platform/context.js';
import type { CpmDependency } from './lib/cpm.js';
import type { ThreePointEstimate } from './lib/monte-carlo.js';
import { type ScheduledProject, scheduleProject, type ScheduleTaskRow } from './lib/project-schedule.js';
import { requestLoader } from '../platform/loaders.js';
import { type RolledUp, rollUp, type TreeRow } from './lib/rollup.js';

/** Whole cents of a Decimal(14, 2) amount, exactly (through its two-decimal text). */
export const centsOf = (amount: string | { toFixed(digits: number): string }): number =>
  Number((typeof amount === 'string' ? Number(amount).toFixed(2) : amount.toFixed(2)).replace('.', ''));
/** The amount of whole cents as a Decimal scalar's text. */
export const amountOf = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/**
 * `taskTreeOf(ctx).load(projectId)`: the rolled-up figures of each of the project's tasks
 * (budget, progress, actual cost and dates), two statements for every project of the request.
 */
export const taskTreeOf = requestLoader(async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectIds: readonly string[]) => {
  const ids = [...projectIds];
  const [rows, progress] = await Promise.all([
    ctx.prisma.task.findMany({ where: { projectId: { in: ids } }, select: { id: true, parentId: true, budget: true, durationDays: true, projectId: true } }),
    ctx.prisma.$queryRaw<{ taskId: string; percentComplete: number; actualCost: string; actualStart: Date | null; actualFinish: Date | null }[]>`
      SELECT "taskId"::text AS "taskId",
             (array_agg("percentComplete" ORDER BY "asOf" DESC))[1] AS "percentComplete",
             ((array_agg("actualCost" ORDER BY "asOf" DESC))[1])::text AS "actualCost",
             min("asOf") FILTER (WHERE "percentComplete" > 0 OR "actualCost" > 0) AS "actualStart",
             min("asOf") FILTER (WHERE "percentComplete" = 100) AS "actualFinish"
      FROM "TaskProgress" WHERE "projectId" = ANY(${ids}::uuid[]) GROUP BY "taskId"`,
  ]);
  const latest = new Map(progress.map((entry) => [entry.taskId, entry]));
  const byProject = new Map<string, TreeRow[]>(projectIds.map((id) => [id, []]));
  for (const row of rows) {
    const entry = latest.get(row.id);
    byProject.get(row.projectId)?.push({
      id: row.id,
      parentId: row.parentId,
      budgetCents: centsOf(row.budget),
      durationDays: row.durationDays,
      percentComplete: entry?.percentComplete ?? 0,
      actualCostCents: entry ? centsOf(entry.actualCost) : 0,
      actualStart: entry?.actualStart ?? null,
      actualFinish: entry?.actualFinish ?? null,
    });
  }
  return projectIds.map((id): Map<string, RolledUp> => rollUp(byProject.get(id)!));
});

export interface ScheduleInput {
  project: { id: string; startDate: Date | null; targetEndDate: Date | null };
  calendar: WorkingCalendar;
  tasks: (ScheduleTaskRow & ThreePointEstimate & { key: string; name: string; budget: { toFixed(digits: number): string } })[];
  dependencies: CpmDependency[];
}

/** The rows that scheduling the projects needs, by project id (a missing project is absent). */
export async function loadScheduleInputs(db: Db, projectIds: readonly string[]): Promise<Map<string, ScheduleInput>> {
  const ids = [...projectIds];
  const [projects, tasks, dependencies] = await Promise.all([
    db.project.findMany({
      where: { id: { in: ids } },
      select: { id: true, startDate: true, targetEndDate: true, calendar: { select: { workingDays: true, holidays: true } } },
    }),
    db.task.findMany({
      where: { projectId: { in: ids } },
      select: {
        id: true, projectId: true, parentId: true, key: true, name: true, durationDays: true, startNoEarlierThan: true, budget: true,
        optimisticDays: true, mostLikelyDays: true, pessimisticDays: true,
      },
      orderBy: [{ wbsOrder: 'asc' }, { id: 'asc' }],
    }),
    db.taskDependency.findMany({
      where: { projectId: { in: ids } },
      select: { projectId: true, predecessorId: true, successorId: true, type: true, lagDays: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const inputs = new Map<string, ScheduleInput>();
  for (const { calendar, ...project } of projects) {
    inputs.set(project.id, { project, calendar: workingCalendar(calendar ?? {}), tasks: [], dependencies: [] });
  }
  for (const task of tasks) inputs.get(task.projectId)?.tasks.push(task);
  for (const link of dependencies) inputs.get(link.projectId)?.dependencies.push(link);
  return inputs;
}

/** The schedule of one project's rows; null while the project has no start date. */
export function scheduleFrom(input: ScheduleInput): ScheduledProject | null {
  const { project } = input;
  if (!project.startDate) return null;
  return scheduleProject({ startDate: project.startDate, targetEndDate: project.targetEndDate }, input.tasks, input.dependencies, input.calendar);
}
