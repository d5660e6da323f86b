// The schedules and earned value requests read, computed once per change instead of once per
// request: each server keeps the computed schedule (critical path, roll-ups) and earned-value
// inputs of the projects it has read, keyed by the project's ScheduleStamp, which database
// triggers move with every statement that changes anything they are computed from (tasks, links,
// calendar, progress, baselines, start and target dates; see the schedule_stamps migration).
// A request reads the stamps of its projects (one statement) and loads again only the projects
// whose stamp moved, so a change through any instance, or by hand in SQL, shows on the next read.
//
// Why: the dashboard of a portfolio reads every project's network; loading and scheduling 200
// projects of 50 tasks took about half a second per request, for figures that change only when
// someone edits a schedule or reports progress (bench:schedule, part dashboard).
//
// What is cached is never changed by its readers (the schedule and the EvmProject are read-only
// by convention); reads inside a transaction do not use the cache, since they may see rows that
// are not committed.
import type { Db, RequestContext } from '../platform/context.js';
import { requestLoader } from '../platform/loaders.js';
import { earnedValueAt, type EvmProject, loadScheduleStates, type ProjectEarnedValue, type ScheduleState } from './earned-value.js';
import { earnedValueSeries, type EvmFigures, type EvmPoint, rollUpEarnedValue } from './lib/evm.js';
import type { ScheduledProject } from './lib/project-schedule.js';

/** The most projects a server keeps computed schedules of (the least recently read go first). */
export const MAX_CACHED_SCHEDULES = 5_000;

interface Cached {
  stamp: number;
  state: ScheduleState;
}

/** One cache per database client: a server's, or a test's (tests run several in one process). */
const caches = new WeakMap<object, Map<string, Cached>>();

/** An interactive transaction's client has no $transaction of its own. */
const isTransaction = (db: Db) => typeof (db as { $transaction?: unknown }).$transaction !== 'function';

async function scheduleStates(db: Db, projectIds: readonly string[]): Promise<(ScheduleState | null)[]> {
  if (isTransaction(db)) {
    const loaded = await loadScheduleStates(db, projectIds);
    return projectIds.map((id) => loaded.get(id) ?? null);
  }
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  // Stamps first: the rows loaded afterwards are at least as new as the stamp they are kept under,
  // so an entry can be older than its data (loaded again next time) but never newer.
  // A project without a stamp row has never changed since it was created (version 0); an id with
  // no row at all is not (or no longer) a project.
  const stamps = await db.$queryRaw<{ projectId: string; version: number | null }[]>`
    SELECT p.id::text AS "projectId", s."version" FROM "Project" p LEFT JOIN "ScheduleStamp" s ON s."projectId" = p.id
    WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
  const stampOf = new Map(stamps.map((row) => [row.projectId, row.version ?? 0]));
  for (const id of projectIds) if (!stampOf.has(id)) cache.delete(id);
  const stale = projectIds.filter((id) => stampOf.has(id) && cache.get(id)?.stamp !== stampOf.get(id));
  const loaded = stale.length ? await loadScheduleStates(db, stale) : new Map<string, ScheduleState>();
  const staleIds = new Set(stale);
  return projectIds.map((id) => {
    const state = loaded.get(id);
    const entry = staleIds.has(id) ? state && { stamp: stampOf.get(id)!, state } : cache.get(id);
    // Map order is the recency order: the entry read now goes last.
    cache.delete(id);
    if (!entry) return null; // not (or no longer) a project
    cache.set(id, entry);
    if (cache.size > MAX_CACHED_SCHEDULES) cache.delete(cache.keys().next().value!);
    return entry.state;
  });
}

const scheduleStateOf = requestLoader(async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectIds: readonly string[]) => scheduleStates(ctx.prisma, projectIds));

/**
 * `projectScheduleOf(ctx).load(projectId)`: the project's critical path and rolled-up summaries,
 * computed from its tasks, dependencies and calendar; null while the project has no start date.
 */
export const projectScheduleOf = (ctx: Pick<RequestContext, 'cache' | 'prisma'>) => ({
  load: async (projectId: string): Promise<ScheduledProject | null> => (await scheduleStateOf(ctx).load(projectId))?.schedule ?? null,
});

const evmProjectOfRequest = async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectId: string): Promise<EvmProject | null> =>
  (await scheduleStateOf(ctx).load(projectId))?.evm ?? null;

/** The project's earned value at the end of `statusDate`; null while it has no start date. */
export async function projectEarnedValue(ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectId: string, statusDate: Date): Promise<ProjectEarnedValue | null> {
  const project = await evmProjectOfRequest(ctx, projectId);
  return project && earnedValueAt(project, statusDate);
}

/** PV, EV and AC at the end of each of `periodEnds` (dates, in order). */
export async function projectEarnedValueSeries(
  ctx: Pick<RequestContext, 'cache' | 'prisma'>,
  projectId: string,
  periodEnds: readonly Date[],
): Promise<(EvmPoint & { periodEnd: Date })[] | null> {
  const project = await evmProjectOfRequest(ctx, projectId);
  if (!project) return null;
  const { calendar, origin } = project;
  const offsets = periodEnds.map((date) => calendar.workingDayIndex(calendar.workingDayOnOrBefore(date)) - origin);
  return earnedValueSeries(project.tasks, offsets).map((point, index) => ({ ...point, periodEnd: periodEnds[index]! }));
}

/**
 * The sums of PV, EV, AC and BAC over the projects (those with a schedule), with the indices
 * derived from the sums; the projects' own figures beside them.
 */
export async function portfolioEarnedValue(
  ctx: Pick<RequestContext, 'cache' | 'prisma'>,
  projectIds: readonly string[],
  statusDate: Date,
): Promise<{ figures: EvmFigures; projects: Map<string, ProjectEarnedValue> }> {
  const figures = await Promise.all(projectIds.map((id) => projectEarnedValue(ctx, id, statusDate)));
  const projects = new Map<string, ProjectEarnedValue>();
  figures.forEach((part, index) => part && projects.set(projectIds[index]!, part));
  const sums = rollUpEarnedValue([...projects.values()].map(({ budgetAtCompletion, plannedValue, earnedValue: ev, actualCost }) => ({ budgetAtCompletion, plannedValue, earnedValue: ev, actualCost })));
  return { figures: sums, projects };
}
