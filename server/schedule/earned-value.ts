// Earned value of projects at a status date: the inputs of lib/evm.ts read from the database
// (work tasks with their planned dates and budgets, progress reports) and turned from dates into
// working-day offsets on each project's calendar. Planned dates and budgets come from the
// performance measurement baseline (the one picked with setCurrentBaseline, else the latest),
// from the live schedule when the project has none.
import { type WorkingCalendar } from '../platform/calendar.js';
import type { Db } from '../platform/context.js';
import { earnedValue, type EarnedValue, type EvmTask } from './lib/evm.js';
import type { ScheduledProject } from './lib/project-schedule.js';
import { centsOf, loadScheduleInputs, type ScheduleInput, scheduleFrom } from './loaders.js';

export interface ProjectEarnedValue extends EarnedValue {
  /** Where planned dates and budgets came from. */
  measuredAgainst: { baselineId: string; number: number; name: string } | null;
  /** The date the forecast duration ends on (earned schedule). */
  forecastFinishDate: Date | null;
}

/** What the figures of one project need, with its calendar and where its offsets start. */
export interface EvmProject {
  calendar: WorkingCalendar;
  /** Working-day index of offset 0: the project's first working day. */
  origin: number;
  tasks: EvmTask[];
  plannedFinishOffset: number;
  measuredAgainst: ProjectEarnedValue['measuredAgainst'];
}

/** A baseline as earned value reads it: its identity, planned finish and tasks. */
export interface EvmBaseline {
  id: string;
  number: number;
  name: string;
  finishDate: Date | null;
  tasks: { taskId: string; summary: boolean; startDate: Date | null; durationDays: number; budget: string | { toFixed(digits: number): string } }[];
}

/** A dated progress report as earned value reads it (a project's, in ascending `asOf` order). */
export interface EvmProgress {
  taskId: string;
  asOf: Date;
  percentComplete: number;
  actualCost: string | { toFixed(digits: number): string };
}

/** A project's computed schedule and what its earned value is computed from (null without a start date). */
export interface ScheduleState {
  schedule: ScheduledProject | null;
  evm: EvmProject | null;
}

/**
 * The schedule and earned-value inputs of projects, from their rows: the schedule inputs, the
 * performance measurement baseline and the progress reports (four or five statements for all of
 * them). Projects that do not exist are left out.
 */
export async function loadScheduleStates(db: Db, projectIds: readonly string[]): Promise<Map<string, ScheduleState>> {
  const [inputs, projects, progress] = await Promise.all([
    loadScheduleInputs(db, projectIds),
    db.project.findMany({
      where: { id: { in: [...projectIds] } },
      select: { id: true, currentBaselineId: true, baselines: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
    }),
    db.taskProgress.findMany({ where: { projectId: { in: [...projectIds] } }, select: { taskId: true, asOf: true, percentComplete: true, actualCost: true }, orderBy: { asOf: 'asc' } }),
  ]);
  const baselineIdOf = new Map(projects.map((project) => [project.id, project.currentBaselineId ?? project.baselines[0]?.id ?? null]));
  const baselineIds = [...baselineIdOf.values()].filter((id): id is string => id !== null);
  const baselines = baselineIds.length
    ? await db.scheduleBaseline.findMany({ where: { id: { in: baselineIds } }, select: { id: true, projectId: true, number: true, name: true, finishDate: true, tasks: true } })
    : [];
  const baselineOf = new Map(baselines.map((baseline) => [baseline.projectId, baseline]));
  const progressOf = new Map<string, typeof progress>();
  for (const entry of progress) {
    const list = progressOf.get(entry.taskId);
    if (list) list.push(entry);
    else progressOf.set(entry.taskId, [entry]);
  }

  const states = new Map<string, ScheduleState>();
  for (const [id, input] of inputs) {
    const schedule = scheduleFrom(input);
    states.set(id, { schedule, evm: schedule ? evmProjectOf(input, schedule, baselineOf.get(id), progressOf) : null });
  }
  return states;
}

/**
 * What the earned value of one scheduled project needs, from its rows: planned dates and budgets
 * from `baseline` (its performance measurement baseline) or the live schedule, progress by task
 * id (each task's entries in ascending `asOf` order). Pure.
 */
export function evmProjectOf(
  input: ScheduleInput,
  schedule: ScheduledProject,
  baseline: EvmBaseline | undefined,
  progressOf: ReadonlyMap<string, readonly EvmProgress[]>,
): EvmProject {
  const { calendar } = input;
  const origin = calendar.workingDayIndex(input.project.startDate!);
  const offsetOf = (date: Date) => calendar.workingDayIndex(calendar.workingDayOnOrBefore(date)) - origin;
  const startOffsetOf = (date: Date) => calendar.workingDayIndex(date) - origin;
  const planned = new Map((baseline?.tasks ?? []).filter((task) => !task.summary && task.startDate).map((task) => [task.taskId, task]));
  const summaries = new Set(input.tasks.flatMap((task) => (task.parentId ? [task.parentId] : [])));
  const live = new Set<string>();
  const tasks: EvmTask[] = [];
  for (const task of input.tasks) {
    if (summaries.has(task.id)) continue;
    live.add(task.id);
    const inBaseline = planned.get(task.id);
    const timing = schedule.tasks.get(task.id)!;
    const entries = (progressOf.get(task.id) ?? []).map((entry) => ({
      offset: offsetOf(entry.asOf),
      percentComplete: entry.percentComplete,
      actualCost: centsOf(entry.actualCost) / 100,
    }));
    tasks.push(
      inBaseline
        ? { budget: centsOf(inBaseline.budget) / 100, startOffset: startOffsetOf(inBaseline.startDate!), durationDays: inBaseline.durationDays, progress: entries }
        : // Added since the baseline (or no baseline): planned on the live schedule; with a
          // baseline its budget is not in the BAC the project was measured against.
          { budget: baseline ? 0 : centsOf(task.budget) / 100, startOffset: timing.earlyStartOffset, durationDays: task.durationDays, progress: entries },
    );
  }
  // Work the baseline planned that has been deleted since stays planned value (never earned).
  for (const [taskId, task] of planned) {
    if (!live.has(taskId)) tasks.push({ budget: centsOf(task.budget) / 100, startOffset: startOffsetOf(task.startDate!), durationDays: task.durationDays });
  }
  const plannedFinish = baseline?.finishDate ?? schedule.finishDate;
  return {
    calendar,
    origin,
    tasks,
    plannedFinishOffset: Math.max(offsetOf(plannedFinish), 0),
    measuredAgainst: baseline ? { baselineId: baseline.id, number: baseline.number, name: baseline.name } : null,
  };
}

/** The figures of a project at the end of `statusDate`. Pure. */
export function earnedValueAt(project: EvmProject, statusDate: Date): ProjectEarnedValue {
  const { calendar, origin } = project;
  const statusOffset = calendar.workingDayIndex(calendar.workingDayOnOrBefore(statusDate)) - origin;
  const figures = earnedValue(project.tasks, statusOffset, { plannedFinishOffset: project.plannedFinishOffset });
  return {
    ...figures,
    measuredAgainst: project.measuredAgainst,
    forecastFinishDate: figures.forecastFinishOffset === null ? null : calendar.dateOfWorkingDay(origin + figures.forecastFinishOffset),
  };
}
