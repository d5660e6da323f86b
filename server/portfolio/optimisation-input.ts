// The optimiser's input for a portfolio, read from the database in a bounded number of
// statements (independent of the number of projects): the candidates, their scores under a
// model, their cost per year, their demand for skills per quarter, the dependencies between
// them, and (when the caller gives none) the capacity of the people who have those skills.
//
// Decisions (README, "Portfolio optimisation"):
// - Candidates: PROPOSED and APPROVED projects, and ACTIVE ones (kept unless allowStopping).
// - Score: the project's score in portfolio.ranking under the model. A project whose score is not
//   complete keeps what its scored criteria give (a missing criterion adds nothing, as the ranking
//   says) and is named in `notes`: a PMO sees it rather than losing it silently.
// - Cost per year: a project with budgeted tasks and a start date costs its planned value
//   (the earned-value plan: each task's budget over its working days) per calendar year; any other
//   project its budget spread evenly over the calendar days from its start to its target end date.
//   An ACTIVE project spreads only what is left (budget − actual cost) from today on: money
//   already spent is not saved by stopping it. Without dates, the whole amount falls in the year
//   of the date it has, or this year.
// - Capacity: the limits given; when none are given, for every skill and quarter a candidate
//   demands, the capacity of the active people who have that skill (capacityOf: working pattern,
//   holidays, absences; a person with several skills counts in each, weeks by the quarter they
//   start in) over the next MAX_CAPACITY_WEEKS weeks from the first quarter demanded; later
//   quarters are left unconstrained (and said so in `notes`).
import { projectReadFilter } from '../auth/access.js';
import type { RequestContext } from '../platform/context.js';
import { addDays, dayNumber, startOfDay } from '../platform/calendar.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import type { ProjectStatus } from '../platform/db/generated/prisma/enums.js';
import { type FieldIssue, ForbiddenError, ValidationError } from '../platform/errors.js';
import { capacityOf, MAX_CAPACITY_WEEKS, organisationCalendarOfRequest } from '../resources/index.js';
import { projectEarnedValueSeries, projectScheduleOf } from '../schedule/index.js';
import type { CandidateProject, OptimiserInput } from './lib/optimiser.js';
import { MAX_AMOUNT, MAX_TIME_LIMIT_SECONDS } from './lib/optimiser.js';
import { portfolioRanking } from './project-scores.js';
import { newestModel } from './scoring-models.js';

export type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

/** What a caller asks (ids are database ids). */
export interface OptimisationParameters {
  modelKey: string;
  budgetLimits?: readonly { year: number; amount: number }[] | null;
  capacityLimits?: readonly { skillKey: string; quarter: string; hours: number }[] | null;
  mustInclude?: readonly string[] | null;
  mustExclude?: readonly string[] | null;
  exclusiveGroups?: readonly (readonly string[])[] | null;
  allowStopping?: boolean | null;
  timeLimitSeconds?: number | null;
}

export interface OptimisationRequest extends OptimisationParameters {
  portfolioId: string;
}

export const CANDIDATE_STATUSES: readonly ProjectStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

export interface CandidateInfo {
  id: string;
  code: string;
  status: ProjectStatus;
  version: number;
  score: number;
  scoreComplete: boolean;
  /** TASKS: planned value of budgeted tasks; BUDGET: the budget spread over the dates. */
  costSource: 'TASKS' | 'BUDGET';
}

export interface LoadedOptimisation {
  input: OptimiserInput;
  /** By id, in code order. */
  candidates: Map<string, CandidateInfo>;
  /** GIVEN: the caller's limits; DEMANDS: from resource demands against people's capacity. */
  capacitySource: 'GIVEN' | 'DEMANDS';
  notes: string[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
export const MAX_EXCLUSIVE_GROUPS = 100;
export const MAX_LIMITS = 1000;

/** Who may optimise a portfolio and read its scenarios: its owner, the PMO, executives (money, the whole portfolio). */
export function canOptimisePortfolio(viewer: Reader['viewer'], portfolio: { ownerId: string }): boolean {
  if (!viewer) return false;
  return viewer.role === 'PMO_ADMIN' || viewer.role === 'EXECUTIVE' || (viewer.role === 'PORTFOLIO_MANAGER' && portfolio.ownerId === viewer.id);
}

/** The scenarios the viewer may read, as a Prisma filter (canOptimisePortfolio, in SQL). */
export function scenarioReadFilter(viewer: Reader['viewer']): Prisma.PortfolioScenarioWhereInput {
  if (viewer?.role === 'PMO_ADMIN' || viewer?.role === 'EXECUTIVE') return {};
  if (viewer?.role === 'PORTFOLIO_MANAGER') return { portfolio: { ownerId: viewer.id } };
  return { id: { in: [] } };
}

export const OPTIMISE_FORBIDDEN = "Optimising a portfolio and its scenarios are for the portfolio's owner, the PMO and executives";

/** The portfolio, checked for the viewer (ValidationError at `path` when there is none). */
export async function optimisablePortfolio(ctx: Reader, portfolioId: string, path: string[]) {
  const portfolio = await ctx.prisma.portfolio.findUnique({ where: { id: portfolioId }, select: { id: true, ownerId: true, name: true } });
  if (!portfolio) throw ValidationError.single(path, 'No portfolio has this id');
  if (!canOptimisePortfolio(ctx.viewer, portfolio)) throw new ForbiddenError(OPTIMISE_FORBIDDEN);
  return portfolio;
}

/** Checks the parameters that need no database (every issue at once), under `at` (['input'] or ['input', 'parameters']). */
export function parameterIssues(parameters: OptimisationParameters, at: string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const push = (path: (string | number)[], message: string) => issues.push({ path: [...at, ...path.map(String)], message });
  const money = (path: (string | number)[], value: number, what: string) => {
    if (!Number.isFinite(value)) push(path, `${what} must be a finite number`);
    else if (value < 0) push(path, `${what} must not be negative`);
    else if (value > MAX_AMOUNT) push(path, `${what} must be at most ${MAX_AMOUNT}`);
  };
  const budgets = parameters.budgetLimits ?? [];
  const capacities = parameters.capacityLimits ?? [];
  if (budgets.length > MAX_LIMITS) push(['budgetLimits'], `at most ${MAX_LIMITS} budget limits`);
  if (capacities.length > MAX_LIMITS) push(['capacityLimits'], `at most ${MAX_LIMITS} capacity limits`);
  const years = new Set<number>();
  budgets.forEach((limit, b) => {
    if (!Number.isInteger(limit.year) || limit.year < 1000 || limit.year > 9999) push(['budgetLimits', b, 'year'], 'a year has four digits');
    else if (years.has(limit.year)) push(['budgetLimits', b, 'year'], `the budget of ${limit.year} is given twice`);
    years.add(limit.year);
    money(['budgetLimits', b, 'amount'], limit.amount, 'a budget');
  });
  const cells = new Set<string>();
  capacities.forEach((limit, c) => {
    if (!limit.skillKey) push(['capacityLimits', c, 'skillKey'], 'a skill key is not empty');
    if (!QUARTER.test(limit.quarter)) push(['capacityLimits', c, 'quarter'], `a quarter is written like 2027-Q1 (got "${limit.quarter}")`);
    const key = `${limit.skillKey} ${limit.quarter}`;
    if (cells.has(key)) push(['capacityLimits', c], `the capacity of ${limit.skillKey} in ${limit.quarter} is given twice`);
    cells.add(key);
    money(['capacityLimits', c, 'hours'], limit.hours, 'a capacity');
  });
  const seconds = parameters.timeLimitSeconds;
  if (seconds != null && !(Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_TIME_LIMIT_SECONDS)) {
    push(['timeLimitSeconds'], `the time limit is more than 0 and at most ${MAX_TIME_LIMIT_SECONDS} seconds`);
  }
  if ((parameters.exclusiveGroups ?? []).length > MAX_EXCLUSIVE_GROUPS) push(['exclusiveGroups'], `at most ${MAX_EXCLUSIVE_GROUPS} groups`);
  (parameters.exclusiveGroups ?? []).forEach((group, g) => { if (group.length < 2) push(['exclusiveGroups', g], 'a group has at least two projects'); });
  return issues;
}

/**
 * The optimiser input of the portfolio for `parameters` (validated first; ValidationError with
 * paths under `at`). Assumes the viewer may optimise it (optimisablePortfolio).
 */
export async function loadOptimisation(ctx: Reader, portfolioId: string, parameters: OptimisationParameters, at: string[]): Promise<LoadedOptimisation> {
  const early = parameterIssues(parameters, at);
  if (early.length) throw new ValidationError(early);
  const [, rows] = await Promise.all([
    newestModel(ctx.prisma, parameters.modelKey, [...at, 'modelKey']),
    ctx.prisma.project.findMany({
      where: { AND: [projectReadFilter(ctx.viewer), { portfolioId, status: { in: [...CANDIDATE_STATUSES] } }] },
      select: { id: true, code: true, status: true, version: true, budget: true, actualCost: true, startDate: true, targetEndDate: true },
      orderBy: { code: 'asc' },
    }),
  ]);
  const ids = rows.map((row) => row.id);
  const idSet = new Set(ids);
  const issues: FieldIssue[] = [];
  const known = (list: readonly string[] | null | undefined, path: string[]) =>
    (list ?? []).forEach((id, i) => { if (!idSet.has(id)) issues.push({ path: [...at, ...path, String(i)], message: 'Not a candidate project of this portfolio (PROPOSED, APPROVED or ACTIVE)' }); });
  known(parameters.mustInclude, ['mustInclude']);
  known(parameters.mustExclude, ['mustExclude']);
  (parameters.exclusiveGroups ?? []).forEach((group, g) => known(group, ['exclusiveGroups', String(g)]));
  if (issues.length) throw new ValidationError(issues);

  const notes: string[] = [];
  const today = startOfDay(new Date());
  const [ranking, dependencies, budgeted, demands, schedules] = await Promise.all([
    portfolioRanking(ctx, portfolioId, parameters.modelKey),
    ids.length
      ? ctx.prisma.projectDependency.findMany({
          where: { OR: [{ projectId: { in: ids } }, { needsProjectId: { in: ids } }] },
          select: { projectId: true, needsProjectId: true, project: { select: { code: true } }, needsProject: { select: { code: true, status: true } } },
        })
      : [],
    ids.length ? ctx.prisma.task.groupBy({ by: ['projectId'], where: { projectId: { in: ids }, budget: { gt: 0 } } }) : [],
    ids.length
      ? ctx.prisma.resourceDemand.findMany({
          where: { projectId: { in: ids }, skillId: { not: null } },
          select: { projectId: true, skillId: true, hoursPerWeek: true, from: true, to: true, skill: { select: { key: true } } },
        })
      : [],
    Promise.all(ids.map((id) => projectScheduleOf(ctx).load(id))),
  ]);
  const scoreOf = new Map(ranking.map((row) => [row.projectId, row]));
  const withTasks = new Set(budgeted.map((row) => row.projectId));

  // Cost per year.
  const costs = new Map<string, { year: number; amount: number }[]>();
  const sources = new Map<string, 'TASKS' | 'BUDGET'>();
  await Promise.all(rows.map(async (row, index) => {
    const schedule = schedules[index];
    if (withTasks.has(row.id) && schedule) {
      const first = schedule.startDate.getUTCFullYear();
      const last = schedule.finishDate.getUTCFullYear();
      const ends = Array.from({ length: last - first }, (_, k) => new Date(Date.UTC(first + k, 11, 31)));
      ends.push(schedule.finishDate);
      const series = await projectEarnedValueSeries(ctx, row.id, ends);
      if (series) {
        let before = 0;
        const profile = series.map((point, k) => {
          const amount = Math.max(0, point.plannedValue - before);
          before = Math.max(before, point.plannedValue);
          return { year: first + k, amount };
        }).filter((cost) => cost.amount > 0);
        costs.set(row.id, profile);
        sources.set(row.id, 'TASKS');
        return;
      }
    }
    const budget = Number(row.budget);
    const amount = row.status === 'ACTIVE' ? Math.max(0, budget - Number(row.actualCost)) : budget;
    let start = row.startDate;
    if (row.status === 'ACTIVE' && start && start < today) start = today;
    costs.set(row.id, spreadOverYears(amount, start, row.targetEndDate, today));
    sources.set(row.id, 'BUDGET');
  }));

  // Skill demand per quarter.
  const { calendar } = await organisationCalendarOfRequest(ctx);
  const workingDaysPerWeek = Math.max(1, calendar.workingDays.length);
  const useOf = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]));
  const demandedSkills = new Map<string, string>(); // skill key → id
  const demandedQuarters = new Set<string>();
  for (const demand of demands) {
    const perDay = Number(demand.hoursPerWeek) / workingDaysPerWeek;
    const uses = useOf.get(demand.projectId)!;
    const key = demand.skill!.key;
    demandedSkills.set(key, demand.skillId!);
    for (let day = demand.from; day <= demand.to; day = addDays(day, 1)) {
      if (!calendar.isWorkingDay(day)) continue;
      const quarter = quarterOf(day);
      demandedQuarters.add(quarter);
      const cell = `${key}\u0000${quarter}`;
      uses.set(cell, (uses.get(cell) ?? 0) + perDay);
    }
  }

  let capacityLimits = [...(parameters.capacityLimits ?? [])];
  let capacitySource: LoadedOptimisation['capacitySource'] = 'GIVEN';
  if (capacityLimits.length === 0 && demandedSkills.size > 0) {
    capacitySource = 'DEMANDS';
    capacityLimits = await capacityFromPeople(ctx, demandedSkills, [...demandedQuarters].sort(), notes);
  }

  // Dependencies between candidates; one on a project that is not a candidate: a COMPLETED one is
  // met, any other (ON_HOLD, CANCELLED) cannot be met, so the dependent project is left out.
  const optimiserDependencies: { projectId: string; needsProjectId: string }[] = [];
  const blocked = new Set<string>();
  for (const dependency of dependencies) {
    if (!idSet.has(dependency.projectId)) continue;
    if (idSet.has(dependency.needsProjectId)) optimiserDependencies.push({ projectId: dependency.projectId, needsProjectId: dependency.needsProjectId });
    else if (dependency.needsProject.status !== 'COMPLETED') {
      blocked.add(dependency.projectId);
      notes.push(`${dependency.project.code} needs ${dependency.needsProject.code}, which is ${dependency.needsProject.status}: it is left out`);
    }
  }

  const candidates = new Map<string, CandidateInfo>();
  const projects: CandidateProject[] = rows.map((row) => {
    const ranked = scoreOf.get(row.id);
    const score = Math.max(0, ranked?.score ?? 0);
    const complete = ranked?.complete ?? false;
    if (!complete) notes.push(`${row.code} has no complete score under "${parameters.modelKey}": it counts ${Number(score.toFixed(4))} (what its scored criteria give)`);
    candidates.set(row.id, { id: row.id, code: row.code, status: row.status, version: row.version, score, scoreComplete: complete, costSource: sources.get(row.id)! });
    return {
      id: row.id, score, active: row.status === 'ACTIVE', costByYear: costs.get(row.id)!,
      capacityUse: [...useOf.get(row.id)!].map(([cell, hours]) => {
        const [skillKey, quarter] = cell.split('\u0000') as [string, string];
        return { skillKey, quarter, hours };
      }),
    };
  });
  const mustExclude = [...new Set([...(parameters.mustExclude ?? []), ...[...blocked].filter((id) => !(parameters.mustExclude ?? []).includes(id))])];
  return {
    input: {
      projects,
      budgetLimits: [...(parameters.budgetLimits ?? [])],
      capacityLimits,
      mustInclude: [...(parameters.mustInclude ?? [])],
      mustExclude,
      dependencies: optimiserDependencies,
      exclusiveGroups: (parameters.exclusiveGroups ?? []).map((group) => [...group]),
      allowStopping: parameters.allowStopping ?? false,
      ...(parameters.timeLimitSeconds != null && { timeLimitSeconds: parameters.timeLimitSeconds }),
    },
    candidates,
    capacitySource,
    notes,
  };
}

/** '2027-Q2' for a day. */
export const quarterOf = (day: Date) => `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;

function quarterStart(quarter: string): Date {
  const [, year, q] = QUARTER.exec(quarter)!;
  return new Date(Date.UTC(Number(year), (Number(q) - 1) * 3, 1));
}

/**
 * `amount` spread evenly over the calendar days from `start` to `end` (both included), per
 * calendar year; all of it in one year when a date is missing or the end is before the start.
 */
export function spreadOverYears(amount: number, start: Date | null, end: Date | null, today: Date): { year: number; amount: number }[] {
  if (amount <= 0) return [];
  if (!start || !end || end < start) return [{ year: (end ?? start ?? today).getUTCFullYear(), amount }];
  const days = dayNumber(end) - dayNumber(start) + 1;
  const out: { year: number; amount: number }[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    const from = Math.max(dayNumber(start), dayNumber(new Date(Date.UTC(year, 0, 1))));
    const to = Math.min(dayNumber(end), dayNumber(new Date(Date.UTC(year, 11, 31))));
    out.push({ year, amount: (amount * (to - from + 1)) / days });
  }
  return out;
}

/** The capacity of the active people with each skill in each quarter (see the header). */
async function capacityFromPeople(ctx: Reader, skills: Map<string, string>, quarters: string[], notes: string[]) {
  const from = quarterStart(quarters[0]!);
  const horizon = addDays(from, MAX_CAPACITY_WEEKS * 7 - 1);
  const lastQuarter = quarters[quarters.length - 1]!;
  const lastEnd = addDays(quarterStart(nextQuarter(lastQuarter)), -1);
  const to = lastEnd < horizon ? lastEnd : horizon;
  const holders = await ctx.prisma.userSkill.findMany({ where: { skillId: { in: [...skills.values()] }, user: { active: true } }, select: { userId: true, skillId: true } });
  const weeks = await Promise.all(holders.map((holder) => capacityOf(ctx, { from, to }).load(holder.userId)));
  const hours = new Map<string, number>();
  holders.forEach((holder, index) => {
    for (const week of weeks[index] ?? []) {
      const cell = `${holder.skillId} ${quarterOf(week.weekStart)}`;
      hours.set(cell, (hours.get(cell) ?? 0) + week.capacityHours);
    }
  });
  const limits: { skillKey: string; quarter: string; hours: number }[] = [];
  for (const [skillKey, skillId] of skills) {
    for (const quarter of quarters) {
      if (quarterStart(quarter) > to) continue;
      limits.push({ skillKey, quarter, hours: hours.get(`${skillId} ${quarter}`) ?? 0 });
    }
  }
  const beyond = quarters.filter((quarter) => quarterStart(quarter) > to);
  if (beyond.length) notes.push(`Capacity is known for ${MAX_CAPACITY_WEEKS} weeks from ${quarters[0]}: ${beyond.join(', ')} are not limited`);
  return limits;
}

function nextQuarter(quarter: string): string {
  const [, year, q] = QUARTER.exec(quarter)!;
  return Number(q) === 4 ? `${Number(year) + 1}-Q1` : `${year}-Q${Number(q) + 1}`;
}
