// Portfolio optimisation: the exact selection of projects, solved as a 0-1 MIP by HiGHS
// (compiled to WebAssembly, the `highs` package). Pure: no I/O; the solver is passed in, or
// loaded once per process by loadSolver().
//
// Model (portfolio-model.ts prepares and validates it): a binary x_p per candidate project,
//   maximise   Σ score_p · x_p
//   subject to Σ cost_{p,y} · x_p ≤ budget_y         for every limited year        (budget_<year>)
//              Σ hours_{p,s,q} · x_p ≤ limit_{s,q}   for every capacity limit      (capacity_<i>)
//              x_B − x_A ≤ 0                          for every dependency B needs A (dep_<i>)
//              Σ_{p ∈ G} x_p ≤ 1                      for every exclusive group    (group_<i>)
//              x_p = 1 for the fixed-in projects (must-include, kept active, what they need),
//              x_p = 0 for the must-excluded ones.
// It is written as a CPLEX LP-format string (columns x0..x<n−1>, named rows as above) and solved
// by HiGHS's branch-and-cut with:
// - mip_rel_gap = 0 (HiGHS's default is 1e-4): 'OPTIMAL' then means proven optimal, not "within
//   0.01 %". On a portfolio worth 10,000 points the default would let HiGHS stop 1 point short,
//   which is a different selection the PMO would be told is optimal. The absolute gap stays at
//   HiGHS's default 1e-6, far below any score difference that matters. The extra search is
//   bounded by the time limit, and a stopped search says so (TIME_LIMIT, with its gap);
// - time_limit = timeLimitSeconds (10 s by default, at most 60): a solve never hangs;
// - the greedy selection as its starting solution, so the incumbent is never worse than greedy,
//   even when the time limit stops the search (and the better of the two is returned).
// Infeasibility is decided before solving (checkFixedIn), precisely: with every coefficient ≥ 0
// the model is feasible exactly when the fixed-in projects alone are. HiGHS's own verdict of
// infeasibility (only possible through numerical trouble) is reported with the rows its
// irreducible infeasible subsystem names.
// The selection read back (x > 0.5) is checked against every constraint before it is returned;
// a selection HiGHS accepted within its feasibility tolerance but that breaks a limit after
// rounding is refused in favour of the starting one (and the result is not called optimal).
import type { Highs } from 'highs';
import {
  checkFixedIn, type ConstraintReport, constraintReports, forcedIn, greedySelection, InfeasibleError, type InfeasibleIssue, objectiveOf, type OptimiserInput, OptimiserInputError,
  type PreparedPortfolio, preparePortfolio, scaleBudgets, violations,
} from './portfolio-model.js';

export {
  BINDING_TOLERANCE, type CandidateProject, type ConstraintKind, type ConstraintReport, DEFAULT_TIME_LIMIT_SECONDS, GREEDY_EPSILON, InfeasibleError, type InfeasibleIssue, MAX_AMOUNT,
  MAX_PROJECTS, MAX_TIME_LIMIT_SECONDS, type OptimiserInput, OptimiserInputError, type OptimiserInputIssue, type PortfolioDependency,
} from './portfolio-model.js';

export type { Highs } from 'highs';

export type OptimiserStatus = 'OPTIMAL' | 'TIME_LIMIT';

export interface OptimiserResult {
  /** OPTIMAL: proven optimal; TIME_LIMIT: feasible (never worse than greedy), optimality not proven. */
  status: OptimiserStatus;
  optimal: boolean;
  /** Σ score of the selection. */
  objective: number;
  /** Selected project ids, in input order. */
  selected: string[];
  /** The selection's cost over every year. */
  totalCost: number;
  /** The selection's cost per year: every year a project costs in or a budget limits, ascending. */
  costByYear: { year: number; amount: number }[];
  /** Every constraint: budgets by year, capacities in input order, dependencies, groups. */
  constraints: ConstraintReport[];
  /** The benefit/cost heuristic's answer, to show what optimisation gains. */
  greedy: { objective: number; selected: string[] };
  /** Wall-clock time of the whole call (preparation, greedy, model building, solving). */
  solveMillis: number;
  /** (best bound − objective) / objective: 0 when proven optimal; null when no bound is known. */
  mipGap: number | null;
  /** The best objective any selection could reach, as proven by the solver (null if unknown). */
  bestBound: number | null;
}

/** HiGHS failed (a load, model or solver error): not the input's fault, nor infeasibility. */
export class OptimiserSolverError extends Error {
  override readonly name = 'OptimiserSolverError';
  constructor(readonly solverStatus: number, detail = '') {
    super(`The MIP solver failed (HiGHS model status ${solverStatus})${detail ? `: ${detail}` : ''}`);
  }
}

let solver: Promise<Highs> | undefined;

/** The HiGHS WebAssembly module, loaded once per process (a failed load is retried next time). */
export function loadSolver(): Promise<Highs> {
  solver ??= import('highs').then((module: unknown) => loaderOf(module)()).catch((error: unknown) => {
    solver = undefined;
    throw error;
  });
  return solver;
}

type Loader = () => Promise<Highs>;

/**
 * The loader of the imported module. Node loads highs.mjs, whose default export is the loader;
 * TypeScript reads the package's CommonJS declarations, in which that default is one level down.
 */
function loaderOf(module: unknown): Loader {
  const outer = (module as { default?: unknown }).default;
  if (typeof outer === 'function') return outer as Loader;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  if (typeof inner === 'function') return inner as Loader;
  throw new Error('The highs package exports no loader');
}

/** Optimises the portfolio with the process's solver (loadSolver). */
export async function optimisePortfolio(input: OptimiserInput): Promise<OptimiserResult> {
  return solvePortfolio(await loadSolver(), input);
}

/**
 * Optimises the portfolio with a loaded solver, synchronously (blocks up to the time limit: run
 * it in a worker thread to keep a server responsive). Throws OptimiserInputError,
 * InfeasibleError or OptimiserSolverError.
 */
export function solvePortfolio(highs: Highs, input: OptimiserInput): OptimiserResult {
  const started = performance.now();
  const model = preparePortfolio(input);
  const solved = solveModel(highs, model, model.timeLimitSeconds);
  return {
    status: solved.status,
    optimal: solved.status === 'OPTIMAL',
    objective: objectiveOf(model, solved.selected),
    selected: idsOf(model, solved.selected),
    totalCost: totalCostOf(model, solved.selected),
    costByYear: model.years.map(({ year, cost }) => ({ year, amount: dot(cost, solved.selected) })),
    constraints: constraintReports(model, solved.selected),
    greedy: { objective: objectiveOf(model, solved.greedy), selected: idsOf(model, solved.greedy) },
    solveMillis: performance.now() - started,
    mipGap: solved.mipGap,
    bestBound: solved.bestBound,
  };
}

interface Solved {
  status: OptimiserStatus;
  selected: Uint8Array;
  greedy: Uint8Array;
  mipGap: number | null;
  bestBound: number | null;
}

const idsOf = (model: PreparedPortfolio, selected: Uint8Array) => model.ids.filter((_, p) => selected[p] === 1);
const dot = (values: Float64Array, selected: Uint8Array) => values.reduce((sum, value, p) => (selected[p] ? sum + value : sum), 0);
const totalCostOf = (model: PreparedPortfolio, selected: Uint8Array) => dot(model.totalCost, selected);
const gapOf = (bound: number, objective: number) => Math.max(0, bound - objective) / Math.max(Math.abs(objective), 1e-9);

/** HiGHS model status codes (highs.constants.modelStatus). */
const MODEL_STATUS = { empty: 6, optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, timeLimit: 13, iterationLimit: 14, solutionLimit: 16, interrupted: 17 } as const;
const STOPPED: readonly number[] = [MODEL_STATUS.timeLimit, MODEL_STATUS.iterationLimit, MODEL_STATUS.solutionLimit, MODEL_STATUS.interrupted];
/** HiGHS's primal_solution_status for a feasible solution. */
const FEASIBLE_SOLUTION = 2;

/** The MIP for the prepared model; throws InfeasibleError when the fixed-in projects alone break a constraint. */
function solveModel(highs: Highs, model: PreparedPortfolio, timeLimitSeconds: number, warmStart?: Uint8Array): Solved {
  const fixed = checkFixedIn(model);
  const greedy = greedySelection(model, fixed);
  let start = greedy;
  if (warmStart !== undefined && violations(model, warmStart).length === 0 && objectiveOf(model, warmStart) > objectiveOf(model, greedy)) start = warmStart;
  const n = model.ids.length;
  const free = model.ids.some((_, p) => !fixed.has(p) && !model.mustExclude.has(p));
  if (!free) return { status: 'OPTIMAL', selected: start, greedy, mipGap: 0, bestBound: objectiveOf(model, start) };

  const lp = buildLp(model, fixed);
  return highs.withModel({ format: 'lp', data: lp.text }, (mip) => {
    mip.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 });
    const column = new Int32Array(n);
    for (let c = 0; c < n; c++) column[c] = Number(mip.getColName(c).slice(1));
    const colValue = new Float64Array(n);
    for (let c = 0; c < n; c++) colValue[c] = start[column[c]!]!;
    mip.setSolution({ colValue });
    mip.run();
    const status = mip.getModelStatus();
    if (status === MODEL_STATUS.infeasible || status === MODEL_STATUS.unboundedOrInfeasible) throw solverInfeasible(mip, lp.rowNames);
    const optimal = status === MODEL_STATUS.optimal || status === MODEL_STATUS.empty;
    if (!optimal && !STOPPED.includes(status)) throw new OptimiserSolverError(status);
    const startObjective = objectiveOf(model, start);
    let selected = start;
    let proven = optimal;
    if (Number(mip.info.get('primal_solution_status')) === FEASIBLE_SOLUTION) {
      const values = mip.getSolution().colValue;
      const found = new Uint8Array(n);
      for (let c = 0; c < n; c++) if (values[c]! > 0.5) found[column[c]!] = 1;
      if (violations(model, found).length > 0) proven = false; // rounding broke a limit: keep the start
      else if (objectiveOf(model, found) >= startObjective) selected = found;
    } else {
      proven = false;
    }
    const objective = objectiveOf(model, selected);
    const rawBound = Number(mip.info.get('mip_dual_bound'));
    const bestBound = proven ? objective : Number.isFinite(rawBound) ? Math.max(rawBound, objective) : null;
    const result: Solved = { status: proven ? 'OPTIMAL' : 'TIME_LIMIT', selected, greedy, mipGap: bestBound === null ? null : proven ? 0 : gapOf(bestBound, objective), bestBound };
    return result;
  });
}

/** What the rows of HiGHS's irreducible infeasible subsystem are, in readable names. */
function solverInfeasible(mip: { getIis(): { rowIndex: Int32Array } }, rowNames: readonly string[]): InfeasibleError {
  let named: string[] = [];
  try {
    named = [...mip.getIis().rowIndex].map((r) => rowNames[r]).filter((name): name is string => name !== undefined);
  } catch {
    // no subsystem: name nothing in particular
  }
  const issues: InfeasibleIssue[] = named.length > 0
    ? named.map((constraint) => ({ constraint, kind: 'SOLVER', projectIds: [], message: `${constraint} is part of a conflict the solver found` }))
    : [{ constraint: 'portfolio', kind: 'SOLVER', projectIds: [], message: 'the solver found the constraints infeasible' }];
  return new InfeasibleError(issues);
}

/** Numbers as the LP reader reads them (no exponent unless needed; never NaN: inputs are validated). */
const num = (value: number) => String(value);

/** The CPLEX LP text of the model; rowNames[r] is the readable name of row r. */
export function buildLp(model: PreparedPortfolio, fixed: ReadonlySet<number>): { text: string; rowNames: string[] } {
  const n = model.ids.length;
  const lines: string[] = ['Maximize'];
  const terms = (pairs: readonly string[], head: string) => {
    // A few terms a line: the reader takes continuation lines.
    for (let k = 0; k < pairs.length; k += 20) lines.push(`${k === 0 ? head : ' '} ${pairs.slice(k, k + 20).join(' ')}`);
  };
  const objective: string[] = [];
  for (let p = 0; p < n; p++) objective.push(`${p === 0 ? '' : '+ '}${num(model.score[p]!)} x${p}`);
  terms(objective, ' obj:');
  lines.push('Subject To');
  const rowNames: string[] = [];
  const row = (lpName: string, name: string, pairs: string[], rhs: string) => {
    if (pairs.length === 0) return;
    pairs[pairs.length - 1] += ` <= ${rhs}`;
    terms(pairs, ` ${lpName}:`);
    rowNames.push(name);
  };
  for (const resource of [...model.budgets, ...model.capacities]) {
    row(resource.lpName, resource.name, resource.index.map((p, k) => `${k === 0 ? '' : '+ '}${num(resource.coef[k]!)} x${p}`), num(resource.limit));
  }
  for (const dependency of model.dependencies) row(dependency.lpName, dependency.name, [`x${dependency.dependent}`, `- x${dependency.needed}`], '0');
  for (const group of model.groups) if (group.members.length > 1) row(group.lpName, group.name, group.members.map((p, k) => `${k === 0 ? '' : '+ '}x${p}`), '1');
  lines.push('Bounds');
  for (let p = 0; p < n; p++) lines.push(fixed.has(p) ? ` x${p} = 1` : model.mustExclude.has(p) ? ` x${p} = 0` : ` 0 <= x${p} <= 1`);
  lines.push('General');
  const columns: string[] = [];
  for (let p = 0; p < n; p++) columns.push(`x${p}`);
  terms(columns, '');
  lines.push('End');
  return { text: lines.join('\n'), rowNames };
}

/** The budget levels of an efficient frontier: a count of evenly spaced factors from 0 to 1, or the factors themselves. */
export type FrontierPoints = number | readonly number[];

export const MAX_FRONTIER_POINTS = 51;
/** The largest budget factor accepted (10 × the given budgets: what more money would buy). */
export const MAX_BUDGET_FACTOR = 10;

export interface FrontierPoint {
  /** Every year's budget is the given limit × this factor (capacities are not scaled). */
  budgetFactor: number;
  /** Σ of the scaled budgets over the limited years. */
  budget: number;
  /** INFEASIBLE: the fixed-in projects alone do not fit this budget (see conflicts). */
  status: OptimiserStatus | 'INFEASIBLE';
  optimal: boolean;
  /** The best value at this budget; null when infeasible. */
  objective: number | null;
  selected: string[];
  totalCost: number | null;
  conflicts?: InfeasibleIssue[];
}

/** The efficient frontier with the process's solver (loadSolver). */
export async function efficientFrontier(input: OptimiserInput, points: FrontierPoints): Promise<FrontierPoint[]> {
  return solveFrontier(await loadSolver(), input, points);
}

/**
 * The efficient frontier (value against budget, as Microsoft Project's portfolio analysis draws
 * it): the optimal objective when every year's budget is scaled by each factor, ascending.
 * `points`: a count n (2..51) of factors evenly spaced from the least budget that what must be
 * in fits (frontierFloor) to the given budgets (factor 1) — levels below it would all be
 * infeasible and tell the PMO nothing; or the factors themselves (each 0..10, at most 51). Capacities, dependencies, groups and fixings stay as given. The time limit
 * (timeLimitSeconds) is for the whole frontier, shared among the points still to solve. Each
 * point starts from the previous one's selection (still feasible with more budget), so the
 * objective never goes down, even when a point stops at its time limit.
 */
export function solveFrontier(highs: Highs, input: OptimiserInput, points: FrontierPoints): FrontierPoint[] {
  const model = preparePortfolio(input);
  const factors = frontierFactors(points, model);
  const deadline = performance.now() + model.timeLimitSeconds * 1000;
  const frontier: FrontierPoint[] = [];
  let previous: Uint8Array | undefined;
  factors.forEach((factor, k) => {
    const scaled = scaleBudgets(model, factor);
    const budget = scaled.budgets.reduce((sum, row) => sum + row.limit, 0);
    const seconds = Math.max(0.01, (deadline - performance.now()) / 1000 / (factors.length - k));
    try {
      const solved = solveModel(highs, scaled, seconds, previous);
      previous = solved.selected;
      frontier.push({ budgetFactor: factor, budget, status: solved.status, optimal: solved.status === 'OPTIMAL', objective: objectiveOf(model, solved.selected), selected: idsOf(model, solved.selected), totalCost: totalCostOf(model, solved.selected) });
    } catch (error) {
      if (!(error instanceof InfeasibleError)) throw error;
      frontier.push({ budgetFactor: factor, budget, status: 'INFEASIBLE', optimal: false, objective: null, selected: [], totalCost: null, conflicts: [...error.issues] });
    }
  });
  return frontier;
}

/**
 * The least factor of the budgets at which the fixed-in projects (must-includes, kept actives and
 * what they need) fit every year's budget: 0 when nothing is fixed in or nothing is budgeted.
 * At least 1 when they do not fit the given budgets themselves.
 */
export function frontierFloor(model: PreparedPortfolio): number {
  const fixed = forcedIn(model);
  let floor = 0;
  for (const row of model.budgets) {
    let cost = 0;
    row.index.forEach((p, k) => { if (fixed.has(p)) cost += row.coef[k]!; });
    if (cost > 0) floor = Math.max(floor, row.limit > 0 ? cost / row.limit : Number.POSITIVE_INFINITY);
  }
  return floor;
}

function frontierFactors(points: FrontierPoints, model: PreparedPortfolio): number[] {
  if (typeof points === 'number') {
    if (!Number.isInteger(points) || points < 2 || points > MAX_FRONTIER_POINTS) throw new OptimiserInputError([{ path: 'points', message: `the number of frontier points must be an integer from 2 to ${MAX_FRONTIER_POINTS} (got ${points})` }]);
    // When even the given budgets are too small, the whole range 0..1 is shown infeasible.
    const floor = frontierFloor(model);
    const from = floor < 1 ? floor : 0;
    return Array.from({ length: points }, (_, k) => (k === points - 1 ? 1 : from + ((1 - from) * k) / (points - 1)));
  }
  const issues = points.flatMap((factor, k) => (typeof factor === 'number' && Number.isFinite(factor) && factor >= 0 && factor <= MAX_BUDGET_FACTOR ? [] : [{ path: `points[${k}]`, message: `a budget factor must be from 0 to ${MAX_BUDGET_FACTOR} (got ${String(factor)})` }]));
  if (points.length === 0 || points.length > MAX_FRONTIER_POINTS) issues.push({ path: 'points', message: `give from 1 to ${MAX_FRONTIER_POINTS} budget factors (got ${points.length})` });
  if (issues.length > 0) throw new OptimiserInputError(issues);
  return [...new Set(points)].sort((a, b) => a - b);
}
