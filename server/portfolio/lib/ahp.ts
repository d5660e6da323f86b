// Criteria weights by pairwise comparison: Saaty's analytic hierarchy process (AHP). Pure.
//
// - A comparison "a is v times as important as b" (v on Saaty's 1..9 scale, or its reciprocal)
//   fills a[a][b] = v and a[b][a] = 1/v; the diagonal is 1. Every pair is compared exactly once.
// - The weights are the principal eigenvector of that matrix, normalised to sum to 1 (found by
//   power iteration: the matrix is positive, so it converges to the Perron vector).
// - λmax is the principal eigenvalue; the consistency index CI = (λmax − n) / (n − 1), and the
//   consistency ratio CR = CI / RI with Saaty's random index RI for n criteria. CR < 0.1 is the
//   usual bar for judgements consistent enough to use; n ≤ 2 is always consistent (CR 0).

/** Saaty's random consistency index by matrix size (index n; 0 for n ≤ 2). */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
export const MAX_CRITERIA = RANDOM_INDEX.length - 1;
/** The consistency ratio below which judgements are accepted without forcing. */
export const CONSISTENCY_THRESHOLD = 0.1;
export const MIN_JUDGEMENT = 1 / 9;
export const MAX_JUDGEMENT = 9;

export interface PairwiseComparison {
  /** The criterion that is `value` times as important as `than`. */
  more: string;
  than: string;
  value: number;
}

export interface DerivedWeights {
  /** By criterion key, in the order given, summing to 1. */
  weights: { key: string; weight: number }[];
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
  /** CR < 0.1. */
  consistent: boolean;
}

export class PairwiseInputError extends Error {
  override readonly name = 'PairwiseInputError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

/** The reciprocal matrix of the comparisons over `keys`; every problem is listed at once. */
export function comparisonMatrix(keys: readonly string[], comparisons: readonly PairwiseComparison[]): number[][] {
  const problems: string[] = [];
  const n = keys.length;
  if (n < 2 || n > MAX_CRITERIA) problems.push(`Between 2 and ${MAX_CRITERIA} criteria are compared (${n} given)`);
  const index = new Map(keys.map((key, i) => [key, i]));
  if (index.size !== n) problems.push('Each criterion is named once');
  const matrix: number[][] = keys.map((_, i) => keys.map((__, j) => (i === j ? 1 : 0)));
  for (const { more, than, value } of comparisons) {
    const i = index.get(more);
    const j = index.get(than);
    if (i === undefined || j === undefined) {
      problems.push(`${i === undefined ? more : than} is not one of the criteria`);
      continue;
    }
    if (i === j) {
      problems.push(`${more} is compared with itself`);
      continue;
    }
    if (!Number.isFinite(value) || value < MIN_JUDGEMENT - 1e-9 || value > MAX_JUDGEMENT + 1e-9) {
      problems.push(`${more} over ${than}: a judgement is between 1/9 and 9 (${value} given)`);
      continue;
    }
    if (matrix[i]![j] !== 0) {
      problems.push(`${more} and ${than} are compared more than once`);
      continue;
    }
    matrix[i]![j] = value;
    matrix[j]![i] = 1 / value;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (matrix[i]![j] === 0) problems.push(`${keys[i]} and ${keys[j]} are not compared`);
  }
  if (problems.length) throw new PairwiseInputError(problems);
  return matrix;
}

/** The weights, λmax and consistency of a positive reciprocal matrix. */
export function deriveWeights(keys: readonly string[], comparisons: readonly PairwiseComparison[]): DerivedWeights {
  const matrix = comparisonMatrix(keys, comparisons);
  const n = keys.length;
  let vector = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = matrix.map((row) => row.reduce((sum, a, j) => sum + a * vector[j]!, 0));
    const total = next.reduce((sum, v) => sum + v, 0);
    for (let i = 0; i < n; i++) next[i] = next[i]! / total;
    const moved = next.reduce((most, v, i) => Math.max(most, Math.abs(v - vector[i]!)), 0);
    vector = next;
    if (moved < 1e-15) break;
  }
  const product = matrix.map((row) => row.reduce((sum, a, j) => sum + a * vector[j]!, 0));
  const lambdaMax = product.reduce((sum, v, i) => sum + v / vector[i]!, 0) / n;
  const consistencyIndex = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const consistencyRatio = n > 2 ? consistencyIndex / RANDOM_INDEX[n]! : 0;
  return {
    weights: keys.map((key, i) => ({ key, weight: vector[i]! })),
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    consistent: consistencyRatio < CONSISTENCY_THRESHOLD,
  };
}
