// AgileEVM and velocity. Pure: no I/O, no dates.
//
// AgileEVM (Sulaiman, Barton & Blackburn, "AgileEVM – Earned Value Management in Scrum
// Projects", Proceedings of AGILE 2006, IEEE): a release is measured in iterations (sprints) and
// story points instead of days and task progress, so that agile and waterfall projects report in
// one KPI model:
//   PPC (planned percent complete) = n / planned iterations, n = iterations completed so far;
//   APC (actual percent complete)  = points completed / points planned for the release;
//   PV = PPC × BAC, EV = APC × BAC, AC = actual cost to date (BAC = the release budget);
// then CPI, SPI, CV, SV and the estimates exactly as in evm.ts (evmFigures), and the forecast
// number of iterations planned iterations / SPI (the paper's "expected completion" in sprints).
// Ratios are kept as fractions (0.4, not 40 %). A division by zero is null (a release with no
// planned points or iterations has no PV or EV), never Infinity or NaN.
//
// Iterations are identified by their position only: the caller maps index i of a series to the
// end date of the i-th iteration (index 0 is the start of the first iteration).
import { evmFigures, ratio, type EvmFigures } from './evm.js';

export interface AgileEvmInput {
  /** BAC of the release. */
  releaseBudget: number;
  /** Story points planned for the release (PRP; the current figure when scope changed). */
  plannedPoints: number;
  /** Iterations planned for the release (PRS). */
  plannedIterations: number;
  /** n: iterations completed so far. */
  completedIterations: number;
  /** Story points completed (accepted) to the end of iteration n. */
  completedPoints: number;
  /** Cumulative actual cost to the end of iteration n. */
  actualCost: number;
}

export type AgileEvm = EvmFigures<{
  budgetAtCompletion: number;
  plannedValue: number | null;
  earnedValue: number | null;
  actualCost: number;
}> & {
  completedIterations: number;
  /** PPC = n / planned iterations. */
  plannedPercentComplete: number | null;
  /** APC = completed points / planned points. */
  actualPercentComplete: number | null;
  /** Planned iterations / SPI: how many iterations the release takes at the pace so far. */
  forecastIterations: number | null;
};

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

const nonNegative = (value: number) => Number.isFinite(value) && value >= 0;

/** The AgileEVM figures at the end of iteration n. */
export function agileEarnedValue(input: AgileEvmInput): AgileEvm {
  for (const key of ['releaseBudget', 'plannedPoints', 'plannedIterations', 'completedIterations', 'completedPoints', 'actualCost'] as const) {
    check(nonNegative(input[key]), `${key} must be a finite number ≥ 0`);
  }
  const plannedPercentComplete = ratio(input.completedIterations, input.plannedIterations);
  const actualPercentComplete = ratio(input.completedPoints, input.plannedPoints);
  const figures = evmFigures({
    budgetAtCompletion: input.releaseBudget,
    plannedValue: plannedPercentComplete === null ? null : plannedPercentComplete * input.releaseBudget,
    earnedValue: actualPercentComplete === null ? null : actualPercentComplete * input.releaseBudget,
    actualCost: input.actualCost,
  });
  return {
    ...figures,
    completedIterations: input.completedIterations,
    plannedPercentComplete,
    actualPercentComplete,
    forecastIterations: ratio(input.plannedIterations, figures.spi),
  };
}

// ---------------------------------------------------------------------------------------------
// Velocity and burn charts

export type IterationStatus = 'PLANNED' | 'ACTIVE' | 'CLOSED';

export interface IterationPoints {
  /** PLANNED, ACTIVE or CLOSED; absent counts as CLOSED. */
  status?: IterationStatus;
  committedPoints?: number | null;
  completedPoints: number;
}

export interface Velocity {
  /** Closed iterations counted. */
  iterations: number;
  /** Mean completed points per closed iteration (null with none). */
  mean: number | null;
  /** Completed points of the last three closed iterations, oldest first (fewer when there are fewer). */
  lastThree: number[];
  /** Mean of lastThree (null with none). */
  lastThreeMean: number | null;
  /** Sample standard deviation of the closed iterations' points (null with fewer than two). */
  standardDeviation: number | null;
  /** standardDeviation / mean (null when either is null or the mean is 0). */
  coefficientOfVariation: number | null;
  /** Σ completed / Σ committed over closed iterations that state a commitment (null with none). */
  commitmentReliability: number | null;
}

const closed = (iteration: IterationPoints) => (iteration.status ?? 'CLOSED') === 'CLOSED';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Velocity of a project's iterations (in order, oldest first); only CLOSED iterations count. */
export function velocity(iterations: readonly IterationPoints[]): Velocity {
  const done = iterations.filter(closed);
  const points = done.map((iteration) => iteration.completedPoints);
  const average = mean(points);
  const lastThree = points.slice(-3);
  let standardDeviation: number | null = null;
  if (points.length >= 2 && average !== null) {
    const squares = points.reduce((sum, value) => sum + (value - average) ** 2, 0);
    standardDeviation = Math.sqrt(squares / (points.length - 1));
  }
  const committed = done.filter((iteration) => iteration.committedPoints !== null && iteration.committedPoints !== undefined);
  return {
    iterations: done.length,
    mean: average,
    lastThree,
    lastThreeMean: mean(lastThree),
    standardDeviation,
    coefficientOfVariation: ratio(standardDeviation, average),
    commitmentReliability: committed.length
      ? ratio(
          committed.reduce((sum, iteration) => sum + iteration.completedPoints, 0),
          committed.reduce((sum, iteration) => sum + iteration.committedPoints!, 0),
        )
      : null,
  };
}

export interface BurnPoint {
  /** 0 = before the first iteration; i = the end of the i-th iteration of the input (1-based). */
  iteration: number;
  /** Scope at that point. */
  scopePoints: number;
  /** Cumulative completed points (burn-up). */
  completedPoints: number;
  /** scopePoints − completedPoints (burn-down). */
  remainingPoints: number;
  /** The ideal burn-down: scope × (1 − i / planned iterations), at least 0 (null without a plan). */
  idealRemainingPoints: number | null;
}

export interface BurnOptions {
  /** The release's scope in points. */
  scopePoints: number;
  /** Per iteration (same index as iterations), the scope at its end when scope changed; else scopePoints. */
  scopeAtIteration?: readonly (number | null | undefined)[];
  /** Planned iterations, for the ideal line. */
  plannedIterations?: number | null;
}

/**
 * Burn-up and burn-down series (one array; a burn-up chart plots scopePoints and completedPoints,
 * a burn-down chart remainingPoints and idealRemainingPoints). The iterations come in order,
 * oldest first; PLANNED ones are left out (no work is reported for them yet), an ACTIVE one shows
 * the points completed so far.
 */
export function burnSeries(iterations: readonly IterationPoints[], options: BurnOptions): BurnPoint[] {
  const plan = options.plannedIterations ?? null;
  const ideal = (index: number, scope: number) => {
    const share = ratio(index, plan);
    return share === null ? null : Math.max(scope * (1 - share), 0);
  };
  const points: BurnPoint[] = [
    { iteration: 0, scopePoints: options.scopePoints, completedPoints: 0, remainingPoints: options.scopePoints, idealRemainingPoints: ideal(0, options.scopePoints) },
  ];
  let completed = 0;
  iterations.forEach((iteration, index) => {
    if (iteration.status === 'PLANNED') return;
    completed += iteration.completedPoints;
    const scope = options.scopeAtIteration?.[index] ?? options.scopePoints;
    const number = index + 1;
    points.push({ iteration: number, scopePoints: scope, completedPoints: completed, remainingPoints: scope - completed, idealRemainingPoints: ideal(number, options.scopePoints) });
  });
  return points;
}
