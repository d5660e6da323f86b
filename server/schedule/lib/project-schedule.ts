// A project's whole schedule from its stored rows: the critical path over its work tasks, the
// summary tasks rolled up from their children, and the finish against the target end date.
// Pure: the loader (loaders.ts) reads the rows.
import { type WorkingCalendar } from '../../platform/calendar.js';
import { computeSchedule, type CpmDependency, rollUpSummaries, type ScheduleDates } from './cpm.js';

export interface ScheduleTaskRow {
  id: string;
  parentId: string | null;
  durationDays: number;
  startNoEarlierThan: Date | null;
}

export interface TaskTiming extends ScheduleDates {
  /** Working days; for a summary, the least of its work tasks'. */
  totalFloatDays: number;
  freeFloatDays: number;
  /** Total float ≤ 0; a summary is critical when one of its work tasks is. */
  critical: boolean;
  /** Working-day offsets of the early dates from the project's first working day. */
  earlyStartOffset: number;
  earlyFinishOffset: number;
}

export interface ScheduledProject {
  startDate: Date;
  finishDate: Date;
  durationDays: number;
  /** Work task ids, by early start. */
  criticalPath: string[];
  /** Null without a target end date. */
  finishesAfterTarget: boolean | null;
  /** Working days the finish is after the target end date (0 when on time); null without a target. */
  slipDays: number | null;
  tasks: Map<string, TaskTiming>;
  /** The calendar the schedule was computed on (for variances in working days). */
  calendar: WorkingCalendar;
}

export function scheduleProject(
  project: { startDate: Date; targetEndDate: Date | null },
  tasks: readonly ScheduleTaskRow[],
  dependencies: readonly CpmDependency[],
  calendar: WorkingCalendar,
): ScheduledProject {
  const parents = new Set(tasks.flatMap((task) => (task.parentId ? [task.parentId] : [])));
  const work = tasks.filter((task) => !parents.has(task.id));
  const schedule = computeSchedule({ tasks: work, dependencies, projectStart: project.startDate, calendar });
  const timings = new Map<string, TaskTiming>();
  for (const task of schedule.tasks) {
    timings.set(task.id, {
      earlyStart: task.earlyStart, earlyFinish: task.earlyFinish, lateStart: task.lateStart, lateFinish: task.lateFinish,
      totalFloatDays: task.totalFloatDays, freeFloatDays: task.freeFloatDays, critical: task.critical,
      earlyStartOffset: task.earlyStartOffset, earlyFinishOffset: task.earlyFinishOffset,
    });
  }
  const summaries = rollUpSummaries(tasks, timings);
  // Floats and offsets of a summary: the most critical of the work tasks anywhere below it.
  const below = workTasksBelow(tasks, parents);
  for (const [id, dates] of summaries) {
    const children = (below.get(id) ?? []).map((taskId) => timings.get(taskId)!);
    timings.set(id, {
      ...dates,
      totalFloatDays: Math.min(...children.map((child) => child.totalFloatDays)),
      freeFloatDays: Math.min(...children.map((child) => child.freeFloatDays)),
      critical: children.some((child) => child.critical),
      earlyStartOffset: Math.min(...children.map((child) => child.earlyStartOffset)),
      earlyFinishOffset: Math.max(...children.map((child) => child.earlyFinishOffset)),
    });
  }
  const target = project.targetEndDate;
  return {
    startDate: schedule.startDate,
    finishDate: schedule.finishDate,
    durationDays: schedule.durationDays,
    criticalPath: schedule.criticalPath,
    finishesAfterTarget: target === null ? null : schedule.finishDate > target,
    slipDays: slipDaysOf(schedule.finishDate, target, calendar),
    tasks: timings,
    calendar,
  };
}

/** For each summary task, the work tasks anywhere below it. */
function workTasksBelow(tasks: readonly ScheduleTaskRow[], parents: ReadonlySet<string>): Map<string, string[]> {
  const parentOf = new Map(tasks.map((task) => [task.id, task.parentId]));
  const below = new Map<string, string[]>();
  for (const task of tasks) {
    if (parents.has(task.id)) continue;
    const seen = new Set<string>();
    for (let at = task.parentId; at && !seen.has(at); at = parentOf.get(at) ?? null) {
      seen.add(at);
      const list = below.get(at);
      if (list) list.push(task.id);
      else below.set(at, [task.id]);
    }
  }
  return below;
}

/** Working days after the target day up to and including the finish day: 0 when on time, null without a target. */
export function slipDaysOf(finish: Date, target: Date | null, calendar: WorkingCalendar): number | null {
  if (target === null) return null;
  return finish > target ? calendar.workingDaysBetween(calendar.nextWorkingDay(target), finish) + 1 : 0;
}
