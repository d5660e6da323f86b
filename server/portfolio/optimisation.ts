// Portfolio optimisation as the API answers it: the portfolio's candidates loaded
// (optimisation-input.ts), solved exactly by HiGHS in a worker thread (optimiser-worker.ts), and
// the answer laid out for a PMO: what is selected and what it costs per year against each
// budget, the hours per skill and quarter against each capacity, every constraint with whether
// it binds, the active projects stopped, the greedy selection and what optimising gains over it.
// Also the efficient frontier: the best value at a series of total budgets.
import { ValidationError } from '../platform/errors.js';
import { type ConstraintReport, type FrontierPoint, frontierFloor, InfeasibleError, MAX_BUDGET_FACTOR, type OptimiserInput, OptimiserInputError, type OptimiserResult } from './lib/optimiser.js';
import { preparePortfolio } from './lib/portfolio-model.js';
import { OptimisationTimeoutError, PortfolioInfeasibleError, validationOf } from './optimisation-errors.js';
import { type CandidateInfo, loadOptimisation, type LoadedOptimisation, optimisablePortfolio, type OptimisationParameters, type Reader } from './optimisation-input.js';
import { type OptimiserJob, OptimiserTimeoutError, runOptimiser } from './optimiser-worker.js';

export interface PortfolioOptimisation {
  portfolioId: string;
  modelKey: string;
  /** OPTIMAL (proven) or TIME_LIMIT (the best found when the time limit stopped the search). */
  status: OptimiserResult['status'];
  optimal: boolean;
  objective: number;
  totalCost: number;
  /** Selected project ids, in code order. */
  selected: string[];
  /** ACTIVE projects not selected (only with allowStopping). */
  stopped: string[];
  costByYear: { year: number; amount: number; limit: number | null }[];
  capacity: { skillKey: string; quarter: string; used: number; limit: number }[];
  constraints: ConstraintReport[];
  greedy: { objective: number; selected: string[] };
  /** objective − greedy objective. */
  gainOverGreedy: number;
  /** The relative gap to the best bound when not proven optimal; null when optimal or unknown. */
  gap: number | null;
  solveMillis: number;
  capacitySource: LoadedOptimisation['capacitySource'];
  notes: string[];
  candidates: (CandidateInfo & { costByYear: { year: number; amount: number }[]; selected: boolean })[];
}

/**
 * The optimiser names constraints and conflicts with the ids it was given (database ids); a PMO
 * reads project codes.
 */
export function codesFor(candidates: ReadonlyMap<string, { code: string }>): (text: string) => string {
  const ids = [...candidates.keys()];
  if (ids.length === 0) return (text) => text;
  const pattern = new RegExp(ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (id) => candidates.get(id)!.code);
}

/** Runs a job in the worker, turning the optimiser's errors into the API's. */
export async function solveJob<J extends OptimiserJob>(job: J, at: string[], candidates: ReadonlyMap<string, { code: string }> = new Map()) {
  try {
    return await runOptimiser(job);
  } catch (error) {
    if (error instanceof OptimiserInputError) throw validationOf(error, at);
    if (error instanceof InfeasibleError) {
      const named = codesFor(candidates);
      throw new PortfolioInfeasibleError(error.issues.map((issue) => ({ ...issue, constraint: named(issue.constraint), message: named(issue.message) })));
    }
    if (error instanceof OptimiserTimeoutError) throw new OptimisationTimeoutError(error.message);
    throw error;
  }
}

/** The optimisation of a loaded portfolio (the scenarios run it too). */
export async function optimiseLoaded(portfolioId: string, parameters: OptimisationParameters, loaded: LoadedOptimisation, at: string[]): Promise<PortfolioOptimisation> {
  const result = await solveJob({ kind: 'solve', input: loaded.input }, at, loaded.candidates);
  return present(portfolioId, parameters.modelKey, loaded, result);
}

export async function optimizePortfolio(ctx: Reader, request: OptimisationParameters & { portfolioId: string }): Promise<PortfolioOptimisation> {
  await optimisablePortfolio(ctx, request.portfolioId, ['input', 'portfolioId']);
  const loaded = await loadOptimisation(ctx, request.portfolioId, request, ['input']);
  return optimiseLoaded(request.portfolioId, request, loaded, ['input']);
}

function present(portfolioId: string, modelKey: string, loaded: LoadedOptimisation, result: OptimiserResult): PortfolioOptimisation {
  const selected = new Set(result.selected);
  const order = [...loaded.candidates.keys()];
  const limitOf = new Map(loaded.input.budgetLimits.map((limit) => [limit.year, limit.amount]));
  const named = codesFor(loaded.candidates);
  return {
    portfolioId,
    modelKey,
    status: result.status,
    optimal: result.optimal,
    objective: result.objective,
    totalCost: result.totalCost,
    selected: order.filter((id) => selected.has(id)),
    stopped: order.filter((id) => loaded.candidates.get(id)!.status === 'ACTIVE' && !selected.has(id)),
    costByYear: result.costByYear.map((cost) => ({ ...cost, limit: limitOf.get(cost.year) ?? null })),
    capacity: result.constraints.filter((row) => row.kind === 'CAPACITY').map((row) => ({ skillKey: row.skillKey!, quarter: row.quarter!, used: row.used, limit: row.limit })),
    constraints: result.constraints.map((row) => (row.kind === 'DEPENDENCY' ? { ...row, constraint: named(row.constraint) } : row)),
    greedy: { objective: result.greedy.objective, selected: order.filter((id) => result.greedy.selected.includes(id)) },
    gainOverGreedy: result.objective - result.greedy.objective,
    gap: result.optimal ? null : result.mipGap,
    solveMillis: result.solveMillis,
    capacitySource: loaded.capacitySource,
    notes: loaded.notes,
    candidates: loaded.input.projects.map((project) => ({ ...loaded.candidates.get(project.id)!, costByYear: [...project.costByYear], selected: selected.has(project.id) })),
  };
}

export const DEFAULT_FRONTIER_POINTS = 10;
export const MAX_PORTFOLIO_FRONTIER_POINTS = 25;

export interface FrontierRequest extends OptimisationParameters {
  portfolioId: string;
  points?: number | null;
  budgetFrom?: number | null;
  budgetTo?: number | null;
}

/**
 * The best value at `points` total budgets evenly spaced from budgetFrom (default: the least
 * budget that what must be in — kept active projects, must-includes and what they need — fits,
 * since every level below it is infeasible; 0 when nothing must be in) to budgetTo (default: the
 * sum of the budget limits, or without limits what every candidate costs). Each
 * level scales every year's limit in proportion (without limits: each year's cost of all the
 * candidates), so the shape of the budget over the years is kept. The time limit is for the
 * whole frontier.
 */
export async function portfolioFrontier(ctx: Reader, request: FrontierRequest): Promise<(FrontierPoint & { selected: string[] })[]> {
  await optimisablePortfolio(ctx, request.portfolioId, ['input', 'portfolioId']);
  const points = request.points ?? DEFAULT_FRONTIER_POINTS;
  if (!Number.isInteger(points) || points < 2 || points > MAX_PORTFOLIO_FRONTIER_POINTS) {
    throw ValidationError.single(['input', 'points'], `from 2 to ${MAX_PORTFOLIO_FRONTIER_POINTS} points`);
  }
  const loaded = await loadOptimisation(ctx, request.portfolioId, request, ['input']);
  let input: OptimiserInput = loaded.input;
  if (input.budgetLimits.length === 0) {
    const byYear = new Map<number, number>();
    for (const project of input.projects) for (const cost of project.costByYear) byYear.set(cost.year, (byYear.get(cost.year) ?? 0) + cost.amount);
    input = { ...input, budgetLimits: [...byYear].map(([year, amount]) => ({ year, amount })) };
  }
  const base = input.budgetLimits.reduce((sum, limit) => sum + limit.amount, 0);
  const from = request.budgetFrom ?? base * leastFeasibleFactor(input);
  const to = request.budgetTo ?? base;
  const issues: { path: string[]; message: string }[] = [];
  if (!(from >= 0)) issues.push({ path: ['input', 'budgetFrom'], message: 'must not be negative' });
  if (!(to > from)) issues.push({ path: ['input', 'budgetTo'], message: 'must be more than budgetFrom' });
  if (base <= 0) issues.push({ path: ['input', 'budgetLimits'], message: 'no budget to scale: the limits are 0 and no candidate costs anything' });
  else if (to > base * MAX_BUDGET_FACTOR) issues.push({ path: ['input', 'budgetTo'], message: `at most ${MAX_BUDGET_FACTOR} times the budget limits (${base * MAX_BUDGET_FACTOR})` });
  if (issues.length) throw new ValidationError(issues);
  const factors = Array.from({ length: points }, (_, k) => Math.min(MAX_BUDGET_FACTOR, (from + ((to - from) * k) / (points - 1)) / base));
  const frontier = await solveJob({ kind: 'frontier', input, points: factors }, ['input'], loaded.candidates);
  const order = [...loaded.candidates.keys()];
  return frontier.map((point) => ({ ...point, selected: order.filter((id) => point.selected.includes(id)) }));
}

/** frontierFloor of the input, below 1 (else 0: even the full budgets are infeasible, show them all); 0 for input the solver will refuse. */
function leastFeasibleFactor(input: OptimiserInput): number {
  try {
    const floor = frontierFloor(preparePortfolio(input));
    return floor < 1 ? floor : 0;
  } catch (error) {
    if (error instanceof OptimiserInputError) return 0; // the solve reports it, with its paths
    throw error;
  }
}
