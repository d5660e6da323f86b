// Project scores under a scoring model. Pure.
//
// - Weighted scoring (the usual PMO model): each criterion's value is normalised to 0..1 over
//   its scale, (value − min) / (max − min), clamped, and reversed (1 − that) when lower is
//   better; the score is Σ weight × normalised over Σ weights, so it is 0..1 whatever the
//   weights' scale. A criterion without a value contributes nothing and makes the score
//   incomplete (it is still the weighted sum over all the weights: a missing value is not a
//   better one).
// - WSJF (SAFe's weighted shortest job first): the cost of delay (user-business value + time
//   criticality + risk reduction or opportunity enablement) over the job size, each on the
//   modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. Higher first.

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface Criterion {
  key: string;
  weight: number;
  min: number;
  max: number;
  direction: Direction;
}

export interface Contribution {
  criterionKey: string;
  value: number | null;
  /** 0..1 over the scale (reversed for LOWER_IS_BETTER); null without a value. */
  normalised: number | null;
  weight: number;
  /** What the criterion adds to the score (weight × normalised / Σ weights; for WSJF its share of the cost of delay over the job size). */
  contribution: number;
}

export interface ProjectScore {
  score: number;
  /** Every criterion has a value. */
  complete: boolean;
  contributions: Contribution[];
}

export type ScoringMethod = 'WEIGHTED' | 'WSJF';

/** The modified Fibonacci scale of WSJF's estimates. */
export const FIBONACCI_SCALE: readonly number[] = [1, 2, 3, 5, 8, 13, 20];
/** WSJF's criteria: the three parts of the cost of delay, and the job size. */
export const WSJF_COST_OF_DELAY = ['userBusinessValue', 'timeCriticality', 'riskReduction'] as const;
export const WSJF_JOB_SIZE = 'jobSize';

export const normalised = (criterion: Pick<Criterion, 'min' | 'max' | 'direction'>, value: number): number => {
  const share = Math.min(1, Math.max(0, (value - criterion.min) / (criterion.max - criterion.min)));
  return criterion.direction === 'LOWER_IS_BETTER' ? 1 - share : share;
};

/** Σ weight × normalised / Σ weights over the model's criteria (values by criterion key). */
export function weightedScore(criteria: readonly Criterion[], values: ReadonlyMap<string, number>): ProjectScore {
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  let score = 0;
  let complete = true;
  const contributions = criteria.map((criterion) => {
    const value = values.get(criterion.key) ?? null;
    if (value === null) complete = false;
    const share = value === null ? null : normalised(criterion, value);
    const contribution = share === null || totalWeight === 0 ? 0 : (criterion.weight * share) / totalWeight;
    score += contribution;
    return { criterionKey: criterion.key, value, normalised: share, weight: criterion.weight, contribution };
  });
  return { score, complete, contributions };
}

/** (userBusinessValue + timeCriticality + riskReduction) / jobSize; 0 and incomplete while a value is missing. */
export function wsjfScore(criteria: readonly Criterion[], values: ReadonlyMap<string, number>): ProjectScore {
  const jobSize = values.get(WSJF_JOB_SIZE) ?? null;
  const complete = criteria.every((criterion) => values.has(criterion.key));
  const contributions = criteria.map((criterion) => {
    const value = values.get(criterion.key) ?? null;
    const share = value === null ? null : normalised(criterion, value);
    const isCostOfDelay = (WSJF_COST_OF_DELAY as readonly string[]).includes(criterion.key);
    const contribution = complete && isCostOfDelay && value !== null && jobSize ? value / jobSize : 0;
    return { criterionKey: criterion.key, value, normalised: share, weight: criterion.weight, contribution };
  });
  return { score: complete ? contributions.reduce((sum, part) => sum + part.contribution, 0) : 0, complete, contributions };
}

export const scoreOf = (method: ScoringMethod, criteria: readonly Criterion[], values: ReadonlyMap<string, number>): ProjectScore =>
  (method === 'WSJF' ? wsjfScore : weightedScore)(criteria, values);

/** Best first: higher score, then complete before incomplete, then the tie-break key (e.g. the project code). */
export function rank<T extends { score: ProjectScore; tieBreak: string }>(items: readonly T[]): (T & { rank: number })[] {
  return [...items]
    .sort((a, b) => b.score.score - a.score.score || Number(b.score.complete) - Number(a.score.complete) || a.tieBreak.localeCompare(b.tieBreak))
    .map((item, i) => ({ ...item, rank: i + 1 }));
}
