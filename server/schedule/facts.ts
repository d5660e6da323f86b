// The schedule domain's sections of the facts document (`schedule.*`, `evm.*`, `agile.*`),
// contributed to the methodology engine: one statement reads, per project, everything the
// critical path, earned value at today and velocity need (tasks, dependencies, calendar, progress,
// the performance measurement baseline, the iterations and the latest recorded forecast,
// aggregated as JSON), and `build`
// computes the figures with the same pure code as project.schedule, project.earnedValue and
// project.agileMetrics.
import { isoDate, workingCalendar, type Weekday } from '../platform/calendar.js';
import type { FactsSection } from '../methodology/index.js';
import type { DependencyType } from '../platform/db/generated/prisma/enums.js';
import { earnedValueAt, type EvmBaseline, type EvmProgress, evmProjectOf } from './earned-value.js';
import { velocity, type IterationStatus } from './lib/agile-evm.js';
import { slipDaysOf } from './lib/project-schedule.js';
import { type ScheduleInput, scheduleFrom } from './loaders.js';

/** A project's row: its own columns, its relations as JSON (dates as ISO text, money as text). */
interface ScheduleFactsRow {
  id: string;
  startDate: Date | null;
  targetEndDate: Date | null;
  scopePoints: number | null;
  workingDays: Weekday[] | null;
  holidays: string[] | null;
  tasks: { id: string; parentId: string | null; key: string; name: string; durationDays: number; startNoEarlierThan: string | null; budget: string }[] | null;
  /** [predecessorId, successorId, type, lagDays]. */
  dependencies: [string, string, DependencyType, number][] | null;
  /** [taskId, asOf, percentComplete, actualCost], by asOf. */
  progress: [string, string, number, string][] | null;
  hasBaseline: boolean;
  baseline: { id: string; number: number; name: string; finishDate: string | null } | null;
  baselineTasks: { taskId: string; summary: boolean; startDate: string | null; durationDays: number; budget: string }[] | null;
  /** [status, committedPoints, completedPoints], by start date. */
  iterations: [IterationStatus, number, number][] | null;
  /** The latest recorded forecast. */
  forecast: { p80Date: string; recordedAt: string } | null;
}

const dateOf = (value: string | null): Date | null => (value === null ? null : new Date(`${value.slice(0, 10)}T00:00:00Z`));
const round = (value: number | null, digits: number): number | null => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const money = (value: number | null) => round(value, 2);
const index = (value: number | null) => round(value, 4);

const NO_EVM = { bac: null, pv: null, ev: null, ac: null, cv: null, sv: null, cpi: null, spi: null, eac: null, spiTime: null };

export const scheduleFactsSection: FactsSection<ScheduleFactsRow> = {
  keys: ['schedule', 'evm', 'agile'],
  async load(db, projectIds) {
    // The baseline is the current one (setCurrentBaseline), else the latest, as earned value reads it.
    const rows = await db.$queryRaw<ScheduleFactsRow[]>`
      SELECT p.id::text AS id, p."startDate", p."targetEndDate", p."scopePoints",
             to_json(c."workingDays") AS "workingDays", to_json(c.holidays) AS holidays,
             (SELECT json_agg(json_build_object('id', t.id, 'parentId', t."parentId", 'key', t.key, 'name', t.name, 'durationDays', t."durationDays",
                                                'startNoEarlierThan', t."startNoEarlierThan", 'budget', t.budget::text) ORDER BY t."wbsOrder", t.id)
              FROM "Task" t WHERE t."projectId" = p.id) AS tasks,
             (SELECT json_agg(json_build_array(d."predecessorId", d."successorId", d.type, d."lagDays") ORDER BY d.id)
              FROM "TaskDependency" d WHERE d."projectId" = p.id) AS dependencies,
             (SELECT json_agg(json_build_array(g."taskId", g."asOf", g."percentComplete", g."actualCost"::text) ORDER BY g."asOf", g.id)
              FROM "TaskProgress" g WHERE g."projectId" = p.id) AS progress,
             EXISTS (SELECT 1 FROM "ScheduleBaseline" sb WHERE sb."projectId" = p.id) AS "hasBaseline",
             (SELECT json_build_object('id', b.id, 'number', b.number, 'name', b.name, 'finishDate', b."finishDate") FROM "ScheduleBaseline" b WHERE b.id = pmb.id) AS baseline,
             (SELECT json_agg(json_build_object('taskId', bt."taskId", 'summary', bt.summary, 'startDate', bt."startDate", 'durationDays', bt."durationDays",
                                                'budget', bt.budget::text) ORDER BY bt."taskId")
              FROM "BaselineTask" bt WHERE bt."baselineId" = pmb.id) AS "baselineTasks",
             (SELECT json_agg(json_build_array(i.status, i."committedPoints", i."completedPoints") ORDER BY i."startDate", i.id)
              FROM "Iteration" i WHERE i."projectId" = p.id) AS iterations,
             (SELECT json_build_object('p80Date', f."p80Date", 'recordedAt', f."createdAt") FROM "ScheduleForecast" f
              WHERE f."projectId" = p.id ORDER BY f."createdAt" DESC, f.id DESC LIMIT 1) AS forecast
      FROM "Project" p
      LEFT JOIN "ProjectCalendar" c ON c."projectId" = p.id
      LEFT JOIN LATERAL (
        SELECT COALESCE(p."currentBaselineId", (SELECT l.id FROM "ScheduleBaseline" l WHERE l."projectId" = p.id ORDER BY l.number DESC LIMIT 1)) AS id
      ) pmb ON true
      WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
    return new Map(rows.map((row) => [row.id, row]));
  },
  build: (row, today) => scheduleFacts(row, today),
};

/** schedule.p80Finish and what goes with it, from the latest recorded forecast. */
function forecastFacts(row: ScheduleFactsRow | undefined, input: ScheduleInput | null) {
  const forecast = row?.forecast ?? null;
  if (!forecast || !input) return { p80Finish: null, p80SlipDays: null, forecastRecordedOn: null };
  const p80 = dateOf(forecast.p80Date)!;
  return {
    p80Finish: isoDate(p80),
    p80SlipDays: slipDaysOf(p80, input.project.targetEndDate, input.calendar),
    forecastRecordedOn: forecast.recordedAt.slice(0, 10),
  };
}

/** The three sections of one project's row. Pure. */
function scheduleFacts(row: ScheduleFactsRow | undefined, today: Date): Record<'schedule' | 'evm' | 'agile', Record<string, unknown>> {
  const taskRows = row?.tasks ?? [];
  const input: ScheduleInput | null = row
    ? {
        project: { id: row.id, startDate: row.startDate, targetEndDate: row.targetEndDate },
        calendar: workingCalendar({ workingDays: row.workingDays ?? undefined, holidays: (row.holidays ?? []).map((day) => dateOf(day)!) }),
        tasks: taskRows.map((task) => ({ ...task, startNoEarlierThan: dateOf(task.startNoEarlierThan), budget: { toFixed: (digits: number) => Number(task.budget).toFixed(digits) } })),
        dependencies: (row.dependencies ?? []).map(([predecessorId, successorId, type, lagDays]) => ({ predecessorId, successorId, type, lagDays })),
      }
    : null;
  const schedule = input && taskRows.length > 0 ? scheduleFrom(input) : null;

  let evm: Record<string, number | null> = NO_EVM;
  if (input && schedule) {
    const progressOf = new Map<string, EvmProgress[]>();
    for (const [taskId, asOf, percentComplete, actualCost] of row!.progress ?? []) {
      const entry = { taskId, asOf: dateOf(asOf)!, percentComplete, actualCost };
      const list = progressOf.get(taskId);
      if (list) list.push(entry);
      else progressOf.set(taskId, [entry]);
    }
    const baseline: EvmBaseline | undefined = row!.baseline
      ? {
          ...row!.baseline,
          finishDate: dateOf(row!.baseline.finishDate),
          tasks: (row!.baselineTasks ?? []).map((task) => ({ ...task, startDate: dateOf(task.startDate) })),
        }
      : undefined;
    const figures = earnedValueAt(evmProjectOf(input, schedule, baseline, progressOf), today);
    evm = {
      bac: money(figures.budgetAtCompletion),
      pv: money(figures.plannedValue),
      ev: money(figures.earnedValue),
      ac: money(figures.actualCost),
      cv: money(figures.costVariance),
      sv: money(figures.scheduleVariance),
      cpi: index(figures.cpi),
      spi: index(figures.spi),
      eac: money(figures.estimateAtCompletion),
      spiTime: index(figures.spiTime),
    };
  }

  const iterations = (row?.iterations ?? []).map(([status, committedPoints, completedPoints]) => ({ status, committedPoints, completedPoints }));
  const pace = velocity(iterations);
  const completedPoints = iterations.filter((iteration) => iteration.status === 'CLOSED').reduce((sum, iteration) => sum + iteration.completedPoints, 0);
  const scopePoints = row?.scopePoints ?? null;
  return {
    schedule: {
      tasks: taskRows.length,
      finishDate: schedule ? isoDate(schedule.finishDate) : null,
      slipDays: schedule?.slipDays ?? null,
      criticalTasks: schedule ? schedule.criticalPath.length : null,
      hasBaseline: row?.hasBaseline ?? false,
      ...forecastFacts(row, input),
    },
    evm: { ...evm },
    agile: {
      closedIterations: pace.iterations,
      completedPoints,
      remainingPoints: scopePoints === null ? null : scopePoints - completedPoints,
      velocityMean: index(pace.mean),
      velocityLastThreeMean: index(pace.lastThreeMean),
      velocityCoefficientOfVariation: index(pace.coefficientOfVariation),
    },
  };
}
