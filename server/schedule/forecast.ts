// A project's Monte Carlo forecast (issue 12 §6) from its stored rows (loadScheduleInputs): the
// network of its work tasks when it has some, else its historical velocities against the
// remaining scope; offsets turned into dates on the project's calendar. The math is
// lib/monte-carlo.ts; forecast-worker.ts decides the thread.
import type { WorkingCalendar } from '../platform/calendar.js';
import { runForecast, type RunForecastOptions } from './forecast-worker.js';
import type { ScheduleInput } from './loaders.js';
import {
  DEFAULT_ITERATIONS,
  finishDateOf,
  type ForecastResult,
  projectForecastNetwork,
  targetOffsetOf,
  type VelocityInput,
} from './lib/monte-carlo.js';

export interface ForecastHistogramBin {
  /** The runs in this bin finish on a working day from startDate to endDate (both included). */
  startDate: Date;
  endDate: Date;
  count: number;
}

export interface ProjectForecast {
  mode: 'NETWORK' | 'VELOCITY';
  iterations: number;
  seed: number;
  p50Date: Date;
  p80Date: Date;
  p95Date: Date;
  /** Share of runs finished by the project's targetEndDate; null without one. */
  probabilityByTarget: number | null;
  /** Network mode: each work task's share of runs in which it was critical (topological order). */
  criticality: { taskId: string; criticalityIndex: number }[];
  histogram: ForecastHistogramBin[];
  /** The offsets and moments behind the dates (working days from the first working day counted). */
  result: ForecastResult;
}

export interface ProjectForecastOptions extends RunForecastOptions {
  iterations?: number;
  seed: number;
  /**
   * Velocity mode, used when the project has no work tasks: the velocities of its closed
   * iterations, the remaining points, the iteration length in working days, and the date the
   * remaining work starts from (e.g. today, or the start of the next iteration).
   */
  velocity?: VelocityInput & { from: Date };
}

/** The forecast of one project's rows; null when it has neither a start date and tasks nor a velocity history. */
export async function forecastProject(input: ScheduleInput, options: ProjectForecastOptions): Promise<ProjectForecast | null> {
  const { project, calendar } = input;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const parents = new Set(input.tasks.flatMap((task) => (task.parentId ? [task.parentId] : [])));
  const hasWork = input.tasks.some((task) => !parents.has(task.id));
  let origin: number;
  let result: ForecastResult;
  if (hasWork && project.startDate) {
    const network = projectForecastNetwork(project.startDate, input.tasks, input.dependencies, calendar);
    origin = network.origin;
    const target = project.targetEndDate ? targetOffsetOf(project.targetEndDate, calendar, origin) : null;
    result = await runForecast({ kind: 'network', network, options: { iterations, seed: options.seed, target } }, options);
  } else if (!hasWork && options.velocity) {
    const { from, ...velocity } = options.velocity;
    origin = calendar.workingDayIndex(from);
    const target = project.targetEndDate ? targetOffsetOf(project.targetEndDate, calendar, origin) : null;
    result = await runForecast({ kind: 'velocity', input: velocity, options: { iterations, seed: options.seed, target } }, options);
  } else {
    return null;
  }
  return datesOf(result, calendar, origin);
}

/** The result's offsets as dates on the calendar, offset 0 being working day `origin`. */
export function datesOf(result: ForecastResult, calendar: WorkingCalendar, origin: number): ProjectForecast {
  const day = (offset: number) => calendar.dateOfWorkingDay(origin + Math.max(0, offset));
  return {
    mode: result.mode,
    iterations: result.iterations,
    seed: result.seed,
    p50Date: finishDateOf(result.p50, calendar, origin),
    p80Date: finishDateOf(result.p80, calendar, origin),
    p95Date: finishDateOf(result.p95, calendar, origin),
    probabilityByTarget: result.probabilityByTarget,
    criticality: result.criticality.map(({ id, criticalityIndex }) => ({ taskId: id, criticalityIndex })),
    histogram: result.histogram.map((bin) => ({ startDate: day(bin.from), endDate: day(bin.to - 1), count: bin.count })),
    result,
  };
}
