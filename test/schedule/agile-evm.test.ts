// AgileEVM, velocity and burn charts on examples computed by hand (pure math, no database).
import { describe, expect, it } from 'vitest';
import { agileEarnedValue, burnSeries, velocity } from '../../server/schedule/lib/agile-evm.js';

function expectFigures(actual: object, expected: Record<string, number | null>) {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (value === null) expect(got, key).toBeNull();
    else expect(got, key).toBeCloseTo(value, 10);
  }
}

describe('AgileEVM (Sulaiman, Barton & Blackburn, AGILE 2006)', () => {
  it('computes PPC, APC, PV, EV and the indices after iteration n', () => {
    // The paper's formulas, by hand: a release of 120 points in 10 sprints for $100,000. After
    // sprint 4, 42 points are done and $45,000 spent.
    // PPC = 4/10 = 0.4; APC = 42/120 = 0.35; PV = 0.4 × 100,000 = 40,000; EV = 0.35 × 100,000 = 35,000;
    // AC = 45,000. CPI = 35,000/45,000 = 0.7778; SPI = 35,000/40,000 = 0.875; CV = −10,000; SV = −5,000;
    // EAC = 100,000/0.7778 = 128,571.43; ETC = 83,571.43; VAC = −28,571.43;
    // atypical EAC = 45,000 + 65,000 = 110,000; EAC by CPI × SPI = 45,000 + 65,000/(7/9 × 7/8)
    // = 45,000 + 65,000 × 72/49 = 140,510.20; TCPI = 65,000/55,000 = 1.1818;
    // forecast sprints = 10 / 0.875 = 11.43 (the release needs a twelfth sprint).
    const figures = agileEarnedValue({
      releaseBudget: 100_000,
      plannedPoints: 120,
      plannedIterations: 10,
      completedIterations: 4,
      completedPoints: 42,
      actualCost: 45_000,
    });
    expectFigures(figures, {
      completedIterations: 4,
      plannedPercentComplete: 0.4,
      actualPercentComplete: 0.35,
      budgetAtCompletion: 100_000,
      plannedValue: 40_000,
      earnedValue: 35_000,
      actualCost: 45_000,
      cpi: 35 / 45,
      spi: 0.875,
      costVariance: -10_000,
      scheduleVariance: -5_000,
      estimateAtCompletion: (100_000 * 45) / 35,
      estimateToComplete: (100_000 * 45) / 35 - 45_000,
      varianceAtCompletion: 100_000 - (100_000 * 45) / 35,
      estimateAtCompletionAtypical: 110_000,
      estimateAtCompletionCpiSpi: 45_000 + (65_000 * 72) / 49,
      tcpi: 65_000 / 55_000,
      forecastIterations: 10 / 0.875,
    });
    expect(figures.estimateAtCompletion).toBeCloseTo(128_571.43, 2);
    expect(figures.estimateAtCompletionCpiSpi).toBeCloseTo(140_510.2, 2);
  });

  it('gives null for what divides by zero', () => {
    // Before the first sprint: PPC = 0 so PV = 0 and SPI = 0/0; nothing spent so CPI = 0/0.
    expectFigures(
      agileEarnedValue({ releaseBudget: 50_000, plannedPoints: 100, plannedIterations: 5, completedIterations: 0, completedPoints: 0, actualCost: 0 }),
      { plannedValue: 0, earnedValue: 0, cpi: null, spi: null, estimateAtCompletion: null, forecastIterations: null, estimateAtCompletionAtypical: 50_000 },
    );
    // No plan at all: no PPC, APC, PV or EV, and nothing derived from them.
    expectFigures(
      agileEarnedValue({ releaseBudget: 50_000, plannedPoints: 0, plannedIterations: 0, completedIterations: 2, completedPoints: 10, actualCost: 9_000 }),
      {
        plannedPercentComplete: null,
        actualPercentComplete: null,
        plannedValue: null,
        earnedValue: null,
        cpi: null,
        spi: null,
        costVariance: null,
        estimateAtCompletionAtypical: null,
        tcpi: null,
        forecastIterations: null,
      },
    );
  });
});

describe('velocity', () => {
  it('averages the closed iterations, and the last three', () => {
    // Closed: 20, 25, 30, 22 (the ACTIVE one's 5 points so far do not count).
    // Mean = 97/4 = 24.25; last three = 25, 30, 22, mean 77/3 = 25.67;
    // sample SD = √((18.0625 + 0.5625 + 33.0625 + 5.0625)/3) = √(56.75/3) = 4.349;
    // CV = 4.349/24.25 = 0.1794; reliability = 97 / (24 + 24 + 28 + 24) = 0.97.
    const result = velocity([
      { status: 'CLOSED', committedPoints: 24, completedPoints: 20 },
      { status: 'CLOSED', committedPoints: 24, completedPoints: 25 },
      { status: 'CLOSED', committedPoints: 28, completedPoints: 30 },
      { status: 'CLOSED', committedPoints: 24, completedPoints: 22 },
      { status: 'ACTIVE', committedPoints: 25, completedPoints: 5 },
      { status: 'PLANNED', committedPoints: null, completedPoints: 0 },
    ]);
    expect(result.iterations).toBe(4);
    expect(result.lastThree).toEqual([25, 30, 22]);
    expectFigures(result, {
      mean: 24.25,
      lastThreeMean: 77 / 3,
      standardDeviation: Math.sqrt(56.75 / 3),
      coefficientOfVariation: Math.sqrt(56.75 / 3) / 24.25,
      commitmentReliability: 0.97,
    });
  });

  it('has no mean without closed iterations, and no spread with one', () => {
    expect(velocity([])).toMatchObject({ iterations: 0, mean: null, lastThree: [], lastThreeMean: null, standardDeviation: null, coefficientOfVariation: null, commitmentReliability: null });
    expect(velocity([{ completedPoints: 0 }])).toMatchObject({ mean: 0, standardDeviation: null, coefficientOfVariation: null });
  });
});

describe('burn-up and burn-down', () => {
  it('accumulates completed points against the scope, with the ideal line', () => {
    // Scope 100 in 4 iterations; 20 and 30 done, the third active with 10 so far, the fourth planned;
    // scope grows to 110 in the third. Ideal: 100 × (1 − i/4) = 100, 75, 50, 25.
    expect(
      burnSeries(
        [
          { status: 'CLOSED', completedPoints: 20 },
          { status: 'CLOSED', completedPoints: 30 },
          { status: 'ACTIVE', completedPoints: 10 },
          { status: 'PLANNED', completedPoints: 0 },
        ],
        { scopePoints: 100, scopeAtIteration: [null, null, 110], plannedIterations: 4 },
      ),
    ).toEqual([
      { iteration: 0, scopePoints: 100, completedPoints: 0, remainingPoints: 100, idealRemainingPoints: 100 },
      { iteration: 1, scopePoints: 100, completedPoints: 20, remainingPoints: 80, idealRemainingPoints: 75 },
      { iteration: 2, scopePoints: 100, completedPoints: 50, remainingPoints: 50, idealRemainingPoints: 50 },
      { iteration: 3, scopePoints: 110, completedPoints: 60, remainingPoints: 50, idealRemainingPoints: 25 },
    ]);
    expect(burnSeries([{ completedPoints: 5 }], { scopePoints: 10 })[1]).toMatchObject({ remainingPoints: 5, idealRemainingPoints: null });
  });
});
