// Earned value and earned schedule on worked examples with known answers (pure math, no database).
// Offsets are working days from the project's first working day; "day 3" in a textbook is offset 2.
import { describe, expect, it } from 'vitest';
import {
  earnedSchedule,
  earnedValue,
  earnedValueSeries,
  evmFigures,
  plannedValueAt,
  rollUpEarnedValue,
  type EvmTask,
} from '../../server/schedule/lib/evm.js';

/** Every number of `actual` close to `expected` (full precision kept: 10 digits after the point). */
function expectFigures(actual: object, expected: Record<string, number | null>) {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (value === null) expect(got, key).toBeNull();
    else expect(got, key).toBeCloseTo(value, 10);
  }
}

// The fence (R. Mulcahy, "PMP Exam Prep", chapter Cost Management, the classic EVM exercise):
// four sides, one day and $1,000 each, built one after the other. "Today is the end of day 3":
// side 1 done for $1,000, side 2 done for $1,200, side 3 half done for $600, side 4 not started.
const fence = (): EvmTask[] => [
  { budget: 1000, startOffset: 0, durationDays: 1, progress: [{ offset: 0, percentComplete: 100, actualCost: 1000 }] },
  { budget: 1000, startOffset: 1, durationDays: 1, progress: [{ offset: 1, percentComplete: 100, actualCost: 1200 }] },
  { budget: 1000, startOffset: 2, durationDays: 1, progress: [{ offset: 2, percentComplete: 50, actualCost: 600 }] },
  { budget: 1000, startOffset: 3, durationDays: 1 },
];

describe('earned value on a textbook project', () => {
  it('gives the fence exercise its published answers at the end of day 3', () => {
    // By hand: BAC = 4 × 1000 = 4000; PV = 3 days planned = 3000; EV = 1000 + 1000 + 500 = 2500;
    // AC = 1000 + 1200 + 600 = 2800. CV = 2500 − 2800 = −300; SV = 2500 − 3000 = −500;
    // CPI = 2500 / 2800 = 0.892857…; SPI = 2500 / 3000 = 0.8333…; EAC = BAC / CPI = 4000 × 28/25 = 4480;
    // ETC = 4480 − 2800 = 1680; VAC = 4000 − 4480 = −480 (the book's answers).
    // The other estimates: atypical EAC = 2800 + (4000 − 2500) = 4300; EAC by CPI × SPI =
    // 2800 + 1500 / (25/28 × 5/6) = 2800 + 1500 × 168/125 = 2800 + 2016 = 4816;
    // TCPI to BAC = 1500 / (4000 − 2800) = 1.25; to the EAC = 1500 / 1680 = 0.892857… (= CPI).
    const figures = earnedValue(fence(), 2);
    expectFigures(figures, {
      statusOffset: 2,
      budgetAtCompletion: 4000,
      plannedValue: 3000,
      earnedValue: 2500,
      actualCost: 2800,
      costVariance: -300,
      scheduleVariance: -500,
      cpi: 2500 / 2800,
      spi: 2500 / 3000,
      estimateAtCompletion: 4480,
      estimateAtCompletionAtypical: 4300,
      estimateAtCompletionCpiSpi: 4816,
      estimateToComplete: 1680,
      varianceAtCompletion: -480,
      tcpi: 1.25,
      tcpiToEstimate: 2500 / 2800,
    });
    // Full precision, not rounded for display.
    expect(figures.cpi).toBe(2500 / 2800);
  });

  it('gives the fence its earned schedule: linear PV makes SPI(t) equal SPI', () => {
    // PV(τ) = 1000 τ. EV = 2500: C = 2 (PV 2000 ≤ 2500 < 3000 = PV(3)), ES = 2 + 500/1000 = 2.5 days;
    // AT = 3 (end of day 3), SV(t) = −0.5 days, SPI(t) = 2.5/3 = 0.8333… (= SPI here);
    // PD = 4; IEAC(t) = 4 / 0.8333… = 4.8 days, so the forecast finish is the fifth day (offset 4);
    // TSPI(t) = (4 − 2.5) / (4 − 3) = 1.5.
    expectFigures(earnedValue(fence(), 2), {
      plannedDurationDays: 4,
      actualTimeDays: 3,
      earnedScheduleDays: 2.5,
      scheduleVarianceDays: -0.5,
      spiTime: 2.5 / 3,
      tspiTime: 1.5,
      forecastDurationDays: 4.8,
      forecastFinishOffset: 4,
    });
  });

  it('shows a late finish in time where SV and SPI no longer can (Lipke)', () => {
    // The fence finished at the end of day 6 (offset 5) instead of day 4: EV = PV = BAC, so
    // SV = 0 and SPI = 1, but ES = PD = 4, AT = 6: SV(t) = −2 days, SPI(t) = 4/6, and
    // IEAC(t) = 4 / (4/6) = 6 days, the actual duration (finish offset 5).
    const late = fence().map((task, index) => ({
      ...task,
      progress: [{ offset: index === 3 ? 5 : Math.min(index + 1, 4), percentComplete: 100, actualCost: 1000 }],
    }));
    expectFigures(earnedValue(late, 5), {
      plannedValue: 4000,
      earnedValue: 4000,
      scheduleVariance: 0,
      spi: 1,
      earnedScheduleDays: 4,
      scheduleVarianceDays: -2,
      spiTime: 4 / 6,
      forecastDurationDays: 6,
      forecastFinishOffset: 5,
    });
  });
});

describe('earned schedule with an uneven plan', () => {
  // By hand. A: 300 over offsets 0..2 (100 a day); B: 600 over offsets 3..4 (300 a day);
  // C: a milestone worth 100 on offset 5. PV after τ days: 0, 100, 200, 300, 600, 900, 1000; PD = 6.
  // Status: end of offset 4 (AT = 5). A is done (cost 320), B is a quarter done (cost 200).
  const plan = (): EvmTask[] => [
    { budget: 300, startOffset: 0, durationDays: 3, progress: [{ offset: 2, percentComplete: 100, actualCost: 320 }] },
    { budget: 600, startOffset: 3, durationDays: 2, progress: [{ offset: 4, percentComplete: 25, actualCost: 200 }] },
    { budget: 100, startOffset: 5, durationDays: 0 },
  ];

  it('interpolates inside the period where PV passes EV', () => {
    // EV = 300 + 0.25 × 600 = 450, PV = 300 + 600 = 900, AC = 520: SPI = 0.5.
    // C = 3 (PV 300 ≤ 450 < 600 = PV(4)), ES = 3 + (450 − 300)/(600 − 300) = 3.5 days;
    // SV(t) = 3.5 − 5 = −1.5 days, SPI(t) = 3.5/5 = 0.7 (the cost-based SPI of 0.5 overstates the
    // delay: B is the expensive part). IEAC(t) = 6 / 0.7 = 8.571428… days → finish offset 8;
    // TSPI(t) = (6 − 3.5)/(6 − 5) = 2.5.
    expectFigures(earnedValue(plan(), 4), {
      plannedValue: 900,
      earnedValue: 450,
      actualCost: 520,
      spi: 0.5,
      plannedDurationDays: 6,
      actualTimeDays: 5,
      earnedScheduleDays: 3.5,
      scheduleVarianceDays: -1.5,
      spiTime: 0.7,
      tspiTime: 2.5,
      forecastDurationDays: 6 / 0.7,
      forecastFinishOffset: 8,
    });
  });

  it('reads an earned value on a whole period as that period, and the full budget as the planned duration', () => {
    expect(earnedSchedule(plan(), 4, 600).earnedScheduleDays).toBe(4);
    expect(earnedSchedule(plan(), 4, 0).earnedScheduleDays).toBe(0);
    expect(earnedSchedule(plan(), 4, 1000).earnedScheduleDays).toBe(6);
    // Done late (AT 9 > PD 6): ES = PD, as in Lipke.
    expect(earnedSchedule(plan(), 8, 1000).earnedScheduleDays).toBe(6);
  });

  it('puts an earned value on a plateau of the plan at the actual time clamped to the plateau', () => {
    // A planned finish two days after the last budgeted day (a trailing task without budget):
    // PV = 1000 for τ = 6..8. With everything done, any τ in 6..8 is where EV was planned.
    expect(earnedSchedule(plan(), 4, 1000, { plannedFinishOffset: 7 })).toMatchObject({ plannedDurationDays: 8, earnedScheduleDays: 6 });
    expect(earnedSchedule(plan(), 6, 1000, { plannedFinishOffset: 7 })).toMatchObject({ earnedScheduleDays: 7, spiTime: 1 });
    expect(earnedSchedule(plan(), 9, 1000, { plannedFinishOffset: 7 })).toMatchObject({ earnedScheduleDays: 8 });
    // A planned pause: A (300, offsets 0..2), nothing on 3..5, B (600, offsets 6..7). A done, B not
    // begun: PV = 300 for τ = 3..6. At the end of offset 4 (AT 5) the project is on schedule
    // (ES 5; C alone would say 6, a day ahead), at the end of offset 7 (AT 8) it is two days late.
    const paused: EvmTask[] = [
      { budget: 300, startOffset: 0, durationDays: 3 },
      { budget: 600, startOffset: 6, durationDays: 2 },
    ];
    expect(earnedSchedule(paused, 4, 300)).toMatchObject({ earnedScheduleDays: 5, scheduleVarianceDays: 0 });
    expect(earnedSchedule(paused, 7, 300)).toMatchObject({ earnedScheduleDays: 6, scheduleVarianceDays: -2 });
    expect(earnedSchedule(paused, 1, 300)).toMatchObject({ earnedScheduleDays: 3, scheduleVarianceDays: 1 });
    // Past the pause the interpolation is the usual one: EV 450 → 6 + 150/300 = 6.5.
    expect(earnedSchedule(paused, 7, 450).earnedScheduleDays).toBe(6.5);
    // Budgets that do not sum exactly in floating point (0.1 + 0.2 ≠ 0.3) still finish on time.
    const tenths: EvmTask[] = [0.1, 0.2, 0.3].map((budget, day) => ({ budget, startOffset: day, durationDays: 1 }));
    expect(earnedSchedule(tenths, 2, 0.6).earnedScheduleDays).toBe(3);
  });
});

describe('the status date', () => {
  const tenDays: EvmTask[] = [
    { budget: 1000, startOffset: 0, durationDays: 10 },
    { budget: 500, startOffset: 5, durationDays: 0 },
  ];

  it('counts to the end of the day: work planned on the status day is planned value', () => {
    expect(plannedValueAt(tenDays, -1)).toBe(0);
    expect(plannedValueAt(tenDays, 0)).toBe(100); // day 0's work, not 0
    expect(plannedValueAt(tenDays, 4)).toBe(500);
    expect(plannedValueAt(tenDays, 5)).toBe(1100); // 600 + the milestone planned on day 5
    expect(plannedValueAt(tenDays, 9)).toBe(1500);
    expect(plannedValueAt(tenDays, 30)).toBe(1500);
  });

  it('counts a progress entry dated on the status day, and the latest one at or before it', () => {
    const task: EvmTask = {
      budget: 1000,
      startOffset: 0,
      durationDays: 10,
      progress: [
        { offset: 6, percentComplete: 60, actualCost: 700 },
        { offset: 3, percentComplete: 20, actualCost: 250 },
        { offset: 3, percentComplete: 30, actualCost: 300 }, // same day, later: this one counts
      ],
    };
    expectFigures(earnedValue([task], 2), { earnedValue: 0, actualCost: 0 });
    expectFigures(earnedValue([task], 3), { earnedValue: 300, actualCost: 300 });
    expectFigures(earnedValue([task], 5), { earnedValue: 300, actualCost: 300 });
    expectFigures(earnedValue([task], 6), { earnedValue: 600, actualCost: 700 });
  });
});

describe('division by zero', () => {
  it('gives null, never Infinity or NaN', () => {
    // Before any work and any cost: PV = EV = AC = 0.
    const figures = earnedValue([{ budget: 1000, startOffset: 5, durationDays: 5 }], 2);
    expectFigures(figures, {
      plannedValue: 0,
      earnedValue: 0,
      actualCost: 0,
      costVariance: 0,
      scheduleVariance: 0,
      cpi: null,
      spi: null,
      estimateAtCompletion: null,
      estimateAtCompletionCpiSpi: null,
      estimateToComplete: null,
      varianceAtCompletion: null,
      tcpiToEstimate: null,
      estimateAtCompletionAtypical: 1000,
      tcpi: 1,
    });
    // Cost but no earned value: CPI = 0, so BAC / CPI and the CPI × SPI estimate divide by zero.
    expectFigures(evmFigures({ budgetAtCompletion: 1000, plannedValue: 200, earnedValue: 0, actualCost: 150 }), {
      cpi: 0,
      spi: 0,
      estimateAtCompletion: null,
      estimateAtCompletionCpiSpi: null,
      estimateAtCompletionAtypical: 1150,
    });
    // Spent exactly the budget: TCPI to BAC divides by zero.
    expectFigures(evmFigures({ budgetAtCompletion: 1000, plannedValue: 1000, earnedValue: 800, actualCost: 1000 }), { tcpi: null, cpi: 0.8 });
    // No budget at all: no earned schedule, and a status before the start has no SPI(t).
    expectFigures(earnedValue([{ budget: 0, startOffset: 0, durationDays: 3 }], 1), { earnedScheduleDays: null, spiTime: null, forecastFinishOffset: null });
    expectFigures(earnedValue(fenceOnly(), -1), { actualTimeDays: 0, earnedScheduleDays: 0, spiTime: null, forecastDurationDays: null });
    expectFigures(earnedValue([], 3), { budgetAtCompletion: 0, cpi: null, tcpi: null, earnedScheduleDays: null });

    for (const value of Object.values(figures)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    // Nothing earned before the first planned work (offset 5), status at the end of offset 2:
    // on schedule (ES = AT = 3), not 5 days earned for doing nothing.
    expectFigures(figures, { earnedScheduleDays: 3, spiTime: 1 });
  });

  const fenceOnly = () => fence().map(({ progress: _, ...task }) => task);
});

describe('series and roll-up', () => {
  it('gives PV, EV and AC at each period end for S-curves', () => {
    expect(earnedValueSeries(fence(), [-1, 0, 1, 2, 3])).toEqual([
      { offset: -1, plannedValue: 0, earnedValue: 0, actualCost: 0 },
      { offset: 0, plannedValue: 1000, earnedValue: 1000, actualCost: 1000 },
      { offset: 1, plannedValue: 2000, earnedValue: 2000, actualCost: 2200 },
      { offset: 2, plannedValue: 3000, earnedValue: 2500, actualCost: 2800 },
      { offset: 3, plannedValue: 4000, earnedValue: 2500, actualCost: 2800 },
    ]);
  });

  it('sums the projects and derives the indices from the sums, not from the mean of the indices', () => {
    // Project 1: PV 3000, EV 2500, AC 2800 (CPI 0.89); project 2: PV 100, EV 100, AC 50 (CPI 2).
    // Portfolio: BAC 5000, PV 3100, EV 2600, AC 2850: CPI = 2600/2850 = 0.912…, not (0.89 + 2)/2.
    const portfolio = rollUpEarnedValue([
      { budgetAtCompletion: 4000, plannedValue: 3000, earnedValue: 2500, actualCost: 2800 },
      { budgetAtCompletion: 1000, plannedValue: 100, earnedValue: 100, actualCost: 50 },
    ]);
    expectFigures(portfolio, {
      budgetAtCompletion: 5000,
      plannedValue: 3100,
      earnedValue: 2600,
      actualCost: 2850,
      costVariance: -250,
      scheduleVariance: -500,
      cpi: 2600 / 2850,
      spi: 2600 / 3100,
      estimateAtCompletion: 5000 / (2600 / 2850),
      estimateAtCompletionAtypical: 2850 + 2400,
      tcpi: 2400 / 2150,
    });
    expectFigures(rollUpEarnedValue([]), { budgetAtCompletion: 0, cpi: null, spi: null });
  });
});

describe('input checks', () => {
  it('refuses what the service should have refused', () => {
    expect(() => earnedValue([{ budget: 1, startOffset: 0, durationDays: 1.5 }], 0)).toThrow(RangeError);
    expect(() => earnedValue([{ budget: -1, startOffset: 0, durationDays: 1 }], 0)).toThrow(RangeError);
    expect(() => earnedValue([{ budget: 1, startOffset: 0, durationDays: 1, progress: [{ offset: 0, percentComplete: 101, actualCost: 0 }] }], 0)).toThrow(
      /percentComplete/,
    );
    expect(() => earnedValue(fence(), 0.5)).toThrow(/statusOffset/);
  });
});
