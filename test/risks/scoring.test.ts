// Unit test of the pure risk scoring (server/risks/lib/scoring.ts): the score, which statuses
// are open, and the 5 × 5 grid the riskMatrix query returns.
import { describe, expect, it } from 'vitest';
import { isOpenRisk, matrixCells, riskScore } from '../../server/risks/lib/scoring.js';

describe('risk scoring', () => {
  it('scores probability × impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });

  it('treats IDENTIFIED, ASSESSED and MITIGATING as open, CLOSED and REALIZED as final', () => {
    expect((['IDENTIFIED', 'ASSESSED', 'MITIGATING', 'CLOSED', 'REALIZED'] as const).map(isOpenRisk)).toEqual([true, true, true, false, false]);
  });

  it('lays out every cell, probability 5 down to 1, each from impact 1 to 5, with the risks in the order given', () => {
    const cells = matrixCells([
      { id: 'a', probability: 5, impact: 1 },
      { id: 'b', probability: 1, impact: 5 },
      { id: 'c', probability: 5, impact: 1 },
      { id: 'd', probability: 3, impact: 3 },
    ]);
    expect(cells).toHaveLength(25);
    expect(cells.map((cell) => `${cell.probability}x${cell.impact}`).slice(0, 6)).toEqual(['5x1', '5x2', '5x3', '5x4', '5x5', '4x1']);
    expect(cells.at(-1)).toEqual({ probability: 1, impact: 5, score: 5, count: 1, riskIds: ['b'] });
    expect(cells[0]).toEqual({ probability: 5, impact: 1, score: 5, count: 2, riskIds: ['a', 'c'] });
    expect(cells[12]).toEqual({ probability: 3, impact: 3, score: 9, count: 1, riskIds: ['d'] });
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(4);
    expect(cells.every((cell) => cell.score === cell.probability * cell.impact)).toBe(true);
  });
});
