// Scoring models and AHP weights on worked examples with known answers.
import { describe, expect, it } from 'vitest';
import { deriveWeights, PairwiseInputError } from '../../server/portfolio/lib/ahp.js';
import { type Criterion, normalised, rank, weightedScore, wsjfScore } from '../../server/portfolio/lib/scoring.js';

const criterion = (key: string, weight: number, min = 0, max = 10, direction: Criterion['direction'] = 'HIGHER_IS_BETTER'): Criterion => ({ key, weight, min, max, direction });
const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('weighted scoring', () => {
  it('normalises over the scale, reversed when lower is better, clamped to it', () => {
    expect(normalised(criterion('value', 1, 1, 5), 4)).toBe(0.75);
    expect(normalised(criterion('risk', 1, 1, 5, 'LOWER_IS_BETTER'), 4)).toBe(0.25);
    expect(normalised(criterion('value', 1, 1, 5), 9)).toBe(1);
    expect(normalised(criterion('value', 1, 1, 5), -3)).toBe(0);
  });

  it('is Σ weight × normalised over Σ weights, with each criterion’s contribution', () => {
    // Strategic fit 8/10 (weight 5), value 3/5 on 1..5 (weight 3), risk 2 on 1..5 lower-better (weight 2):
    // (5 × 0.8 + 3 × 0.5 + 2 × 0.75) / 10 = (4 + 1.5 + 1.5) / 10 = 0.7.
    const criteria = [criterion('fit', 5), criterion('value', 3, 1, 5), criterion('risk', 2, 1, 5, 'LOWER_IS_BETTER')];
    const scored = weightedScore(criteria, values({ fit: 8, value: 3, risk: 2 }));
    expect(scored.score).toBeCloseTo(0.7, 12);
    expect(scored.complete).toBe(true);
    expect(scored.contributions.map((part) => [part.criterionKey, part.normalised, part.contribution])).toEqual([
      ['fit', 0.8, 0.4], ['value', 0.5, 0.15], ['risk', 0.75, 0.15],
    ]);
    // The weights' scale does not matter.
    expect(weightedScore(criteria.map((c) => ({ ...c, weight: c.weight / 10 })), values({ fit: 8, value: 3, risk: 2 })).score).toBeCloseTo(0.7, 12);
    // A missing value adds nothing and marks the score incomplete.
    const partial = weightedScore(criteria, values({ fit: 8, value: 3 }));
    expect([partial.score, partial.complete]).toEqual([0.55, false]);
  });

  it('orders by WSJF = cost of delay over job size, best first', () => {
    const wsjf = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'].map((key) => criterion(key, 1, 1, 20));
    const features = [
      { code: 'A', score: wsjfScore(wsjf, values({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 })) }, // 16 / 5 = 3.2
      { code: 'B', score: wsjfScore(wsjf, values({ userBusinessValue: 13, timeCriticality: 8, riskReduction: 2, jobSize: 13 })) }, // 23 / 13 ≈ 1.77
      { code: 'C', score: wsjfScore(wsjf, values({ userBusinessValue: 5, timeCriticality: 13, riskReduction: 8, jobSize: 3 })) }, // 26 / 3 ≈ 8.67
      { code: 'D', score: wsjfScore(wsjf, values({ userBusinessValue: 20, timeCriticality: 20 })) }, // not estimated yet
    ];
    expect(features[0]!.score.score).toBeCloseTo(3.2, 12);
    expect(features[2]!.score.contributions.map((part) => part.contribution)).toEqual([5 / 3, 13 / 3, 8 / 3, 0]);
    expect(rank(features.map((feature) => ({ ...feature, tieBreak: feature.code }))).map((feature) => [feature.rank, feature.code])).toEqual([[1, 'C'], [2, 'A'], [3, 'B'], [4, 'D']]);
    expect(features[3]!.score).toMatchObject({ score: 0, complete: false });
  });
});

describe('AHP weights by pairwise comparison', () => {
  const compare = (more: string, than: string, value: number) => ({ more, than, value });

  it('gives the principal eigenvector and the consistency ratio of the textbook 3 × 3 example', () => {
    // A is 3 times as important as B and 5 times C; B is 3 times C.
    const derived = deriveWeights(['A', 'B', 'C'], [compare('A', 'B', 3), compare('A', 'C', 5), compare('B', 'C', 3)]);
    expect(derived.weights.map((w) => Number(w.weight.toFixed(4)))).toEqual([0.637, 0.2583, 0.1047]);
    expect(derived.lambdaMax).toBeCloseTo(3.0385, 4);
    expect(derived.consistencyIndex).toBeCloseTo(0.0193, 4);
    expect(derived.consistencyRatio).toBeCloseTo(0.0332, 4);
    expect(derived.consistent).toBe(true);
  });

  it('recovers exact weights from consistent judgements (CR 0), and flags contradictory ones', () => {
    // Weights 0.4, 0.3, 0.2, 0.1: every judgement is their ratio.
    const w: Record<string, number> = { a: 0.4, b: 0.3, c: 0.2, d: 0.1 };
    const keys = Object.keys(w);
    const pairs = keys.flatMap((x, i) => keys.slice(i + 1).map((y) => compare(x, y, w[x]! / w[y]!)));
    const exact = deriveWeights(keys, pairs);
    exact.weights.forEach((weight) => expect(weight.weight).toBeCloseTo(w[weight.key]!, 10));
    expect(exact.consistencyRatio).toBeCloseTo(0, 10);
    // A over B, B over C, and C over A, each strongly: no weights make sense of that.
    const cyclic = deriveWeights(['A', 'B', 'C'], [compare('A', 'B', 9), compare('B', 'C', 9), compare('C', 'A', 9)]);
    expect(cyclic.consistencyRatio).toBeGreaterThan(1);
    expect(cyclic.consistent).toBe(false);
    // Two criteria are always consistent.
    expect(deriveWeights(['x', 'y'], [compare('x', 'y', 4)])).toMatchObject({ weights: [{ key: 'x', weight: 0.8 }, { key: 'y', weight: 0.2 }], consistencyRatio: 0 });
  });

  it('refuses incomplete, repeated, out-of-scale or unknown comparisons, listing every problem', () => {
    const problems = (keys: string[], comparisons: ReturnType<typeof compare>[]) => {
      try {
        deriveWeights(keys, comparisons);
      } catch (error) {
        expect(error).toBeInstanceOf(PairwiseInputError);
        return (error as PairwiseInputError).problems;
      }
      throw new Error('accepted');
    };
    expect(problems(['A', 'B', 'C'], [compare('A', 'B', 3), compare('B', 'A', 2), compare('A', 'Z', 2), compare('B', 'C', 12), compare('C', 'C', 1)])).toEqual([
      'B and A are compared more than once',
      'Z is not one of the criteria',
      'B over C: a judgement is between 1/9 and 9 (12 given)',
      'C is compared with itself',
      'A and C are not compared',
      'B and C are not compared',
    ]);
    expect(problems(['A'], [])).toEqual(['Between 2 and 15 criteria are compared (1 given)']);
  });
});
