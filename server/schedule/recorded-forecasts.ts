// Recorded forecasts: recordForecast runs a project's Monte Carlo forecast and stores its result,
// so rules (schedule.p80Finish), status reports and later readers use it without running it
// again. The run happens before the write transaction: it may take seconds, and holding the
// project's lock for that long would stall every other schedule change of the project.
import { isoDate } from '../platform/calendar.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext } from '../platform/context.js';
import type { Prisma, ScheduleForecast } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { ValidationError } from '../platform/errors.js';
import { DEFAULT_ITERATIONS, ForecastInputError } from './lib/monte-carlo.js';
import type { ProjectForecast } from './forecast.js';
import { projectForecast } from './project-forecast.js';
import { manageableProject } from './service.js';

export interface RecordForecastInput {
  projectId: string;
  iterations?: number | null;
  seed?: number | null;
}

/** The stored part of a forecast beside its columns. */
export interface ForecastDetail {
  criticality: ProjectForecast['criticality'];
  histogram: { startDate: string; endDate: string; count: number }[];
}

export async function recordForecast(ctx: ServiceContext, input: RecordForecastInput): Promise<ScheduleForecast> {
  const path = ['input', 'projectId'];
  // Refuse early (and without running anything) whoever may not manage the project.
  await transaction(ctx, (tx) => manageableProject(tx, ctx.viewer, input.projectId, path));
  const iterations = input.iterations ?? DEFAULT_ITERATIONS;
  const seed = input.seed ?? 1;
  let forecast: ProjectForecast | null;
  try {
    forecast = await projectForecast(ctx, input.projectId, { iterations, seed });
  } catch (error) {
    if (error instanceof ForecastInputError) throw ValidationError.single(['input', 'iterations'], error.message);
    throw error;
  }
  if (!forecast) {
    throw ValidationError.single(path, 'The project has nothing to forecast: it needs a start date and work tasks, or closed iterations and a scope');
  }
  const detail: ForecastDetail = {
    criticality: forecast.criticality,
    histogram: forecast.histogram.map((bin) => ({ startDate: isoDate(bin.startDate), endDate: isoDate(bin.endDate), count: bin.count })),
  };
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, ctx.viewer, input.projectId, path);
    const target = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { targetEndDate: true } });
    const stored = await tx.scheduleForecast.create({
      data: {
        projectId: project.id,
        mode: forecast.mode,
        iterations: forecast.iterations,
        seed: forecast.seed,
        p50Date: forecast.p50Date,
        p80Date: forecast.p80Date,
        p95Date: forecast.p95Date,
        probabilityByTarget: forecast.probabilityByTarget,
        targetEndDate: target.targetEndDate,
        detail: detail as unknown as Prisma.InputJsonObject,
        recordedById: ctx.viewer.id,
      },
    });
    // The audit keeps the headline figures; the histogram and criticality stay on the row.
    const { detail: _detail, ...headline } = stored;
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'forecast.recorded', entityType: 'ScheduleForecast', entityId: stored.id, projectId: project.id, after: headline });
    projectFactsChanged.announce(tx, [project.id]);
    return stored;
  });
}

/** A stored forecast in the shape project.forecast answers (dates back from their ISO text). */
export function storedForecastOf(
  row: Pick<ScheduleForecast, 'mode' | 'iterations' | 'seed' | 'p50Date' | 'p80Date' | 'p95Date' | 'probabilityByTarget' | 'detail'>,
): Omit<ProjectForecast, 'result'> {
  const detail = row.detail as unknown as ForecastDetail;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return {
    mode: row.mode,
    iterations: row.iterations,
    seed: row.seed,
    p50Date: row.p50Date,
    p80Date: row.p80Date,
    p95Date: row.p95Date,
    probabilityByTarget: row.probabilityByTarget,
    criticality: detail.criticality,
    histogram: detail.histogram.map((bin) => ({ startDate: day(bin.startDate), endDate: day(bin.endDate), count: bin.count })),
  };
}
