// Unit test of the Monte Carlo forecast (server/schedule/lib/monte-carlo.ts) and of running it in
// a worker thread (server/schedule/forecast-worker.ts): the same seed gives the same answer;
// on one task the runs converge to the PERT-beta distribution (its mean (o + 4m + p)/6 and its
// quantiles, computed here by numerical integration of the beta density); criticality indices on
// parallel paths; percentiles in order; bounds refused; velocity mode against hand-counted
// probabilities; the worker answers as this thread does, and is stopped at its timeout.
import { describe, expect, it } from 'vitest';
import { parseIsoDate, STANDARD_CALENDAR, workingCalendar } from '../../server/platform/calendar.js';
import type { CpmDependency } from '../../server/schedule/lib/cpm.js';
import {
  finishDateOf,
  forecast,
  forecastFromVelocity,
  ForecastInputError,
  type ForecastTask,
  ForecastTimeoutError,
  MAX_ITERATIONS,
  prepareForecast,
  RandomSource,
  targetOffsetOf,
} from '../../server/schedule/lib/monte-carlo.js';
import { runForecast, workOf } from '../../server/schedule/forecast-worker.js';
import { forecastProject } from '../../server/schedule/forecast.js';
import type { ScheduleInput } from '../../server/schedule/loaders.js';

const MONDAY = parseIsoDate('2027-01-04')!;
const fs = (predecessorId: string, successorId: string, lagDays = 0): CpmDependency => ({ predecessorId, successorId, type: 'FS', lagDays });
const network = (tasks: ForecastTask[], dependencies: CpmDependency[] = []) =>
  prepareForecast({ tasks, dependencies, projectStart: MONDAY, calendar: STANDARD_CALENDAR });
const task = (id: string, o: number, m: number, p: number): ForecastTask => ({ id, durationDays: m, optimisticDays: o, mostLikelyDays: m, pessimisticDays: p });

/** ∫₀ˣ t^(a−1) (1 − t)^(b−1) dt by Simpson's rule (the integrand is smooth for a, b ≥ 1). */
function incompleteBeta(x: number, a: number, b: number, intervals = 4000): number {
  const f = (t: number) => t ** (a - 1) * (1 - t) ** (b - 1);
  const h = x / intervals;
  let sum = f(0) + f(x);
  for (let i = 1; i < intervals; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}
/** The q-quantile of Beta(a, b), by bisection on the numerically integrated distribution function. */
function betaQuantile(q: number, a: number, b: number): number {
  const whole = incompleteBeta(1, a, b);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (incompleteBeta(mid, a, b) / whole < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('random numbers', () => {
  it('are the same sequence for the same seed, another for another seed, uniform in (0, 1)', () => {
    const draw = (seed: number) => {
      const random = new RandomSource(seed);
      return Array.from({ length: 5 }, () => random.uniform());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const random = new RandomSource(1);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.uniform();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
  });

  it('draw Beta(α, β) with the right mean and variance', () => {
    const random = new RandomSource(3);
    const [a, b] = [1.5, 4.5];
    const draws = Float64Array.from({ length: 100_000 }, () => random.beta(a, b));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
    expect(mean).toBeCloseTo(a / (a + b), 2.5);
    expect(variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
  });
});

describe('a network forecast', () => {
  const plan = () =>
    network(
      [task('A', 2, 4, 9), task('B', 3, 5, 12), task('C', 1, 1, 1), { id: 'D', durationDays: 3 }, task('E', 2, 6, 7), { id: 'M', durationDays: 0 }],
      [fs('A', 'B'), fs('A', 'C'), fs('B', 'D'), fs('C', 'E', 2), fs('D', 'M'), fs('E', 'M')],
    );

  it('gives the same answer for the same seed, and another for another seed', () => {
    const one = forecast(plan(), { iterations: 2000, seed: 42, target: 15 });
    expect(forecast(plan(), { iterations: 2000, seed: 42, target: 15 })).toEqual(one);
    const other = forecast(plan(), { iterations: 2000, seed: 43, target: 15 });
    expect(other.p50).not.toBe(one.p50);
    expect(other.mean).not.toBe(one.mean);
  });

  it('orders its percentiles within the runs, and its histogram holds every run', () => {
    const result = forecast(plan(), { iterations: 5000, seed: 1 });
    expect(result.min).toBeLessThanOrEqual(result.p50);
    expect(result.p50).toBeLessThan(result.p80);
    expect(result.p80).toBeLessThan(result.p95);
    expect(result.p95).toBeLessThanOrEqual(result.max);
    // Shortest and longest possible: the paths at their optimistic / pessimistic durations.
    expect(result.min).toBeGreaterThanOrEqual(Math.max(2 + 3 + 3, 2 + 1 + 2 + 2));
    expect(result.max).toBeLessThanOrEqual(Math.max(9 + 12 + 3, 9 + 1 + 2 + 7));
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(5000);
    expect(result.histogram[0]!.from).toBeLessThan(result.min);
    expect(result.histogram.at(-1)!.to).toBeGreaterThanOrEqual(result.max);
    for (const [i, bin] of result.histogram.entries()) {
      expect(Number.isInteger(bin.from) && bin.to - bin.from === 1).toBe(true); // whole days, one wide at this spread
      if (i > 0) expect(bin.from).toBe(result.histogram[i - 1]!.to);
    }
    // The deterministic task D and the constant C keep their durations: C's path never beats B's here.
    expect(result.criticality.map((t) => [t.id, t.criticalityIndex])).toEqual(expect.arrayContaining([['A', 1], ['M', 1]]));
  });

  it('makes a task without an estimate keep its duration, and o = p a constant', () => {
    const result = forecast(network([task('A', 4, 4, 4), { id: 'B', durationDays: 3 }], [fs('A', 'B')]), { iterations: 100, seed: 5, target: 7 });
    expect([result.min, result.p50, result.p95, result.max, result.standardDeviation]).toEqual([7, 7, 7, 7, 0]);
    expect(result.probabilityByTarget).toBe(1);
    expect(result.histogram).toEqual([{ from: 6, to: 7, count: 100 }]);
  });

  it('bins wide spreads into at most `bins` bins of whole days', () => {
    const result = forecast(network([task('A', 10, 50, 300)]), { iterations: 3000, seed: 2, bins: 10 });
    expect(result.histogram.length).toBeLessThanOrEqual(10);
    const width = result.histogram[0]!.to - result.histogram[0]!.from;
    expect(width).toBeGreaterThan(1);
    expect(result.histogram.every((bin) => bin.to - bin.from === width)).toBe(true);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(3000);
  });
});

describe('convergence on one task (100,000 iterations)', () => {
  for (const [o, m, p] of [
    [2, 5, 14], // α = 2, β = 4
    [3, 4, 10], // α = 11/7, β = 31/7
    [0, 8, 8], // α = 5, β = 1
  ] as const) {
    it(`o ${o}, m ${m}, p ${p}: the PERT mean (o + 4m + p)/6 and the beta quantiles`, () => {
      const a = 1 + (4 * (m - o)) / (p - o);
      const b = 1 + (4 * (p - m)) / (p - o);
      const result = forecast(network([task('A', o, m, p)]), { iterations: 100_000, seed: 2027, target: m });
      const span = p - o;
      // Standard error of the mean: span · sd(Beta) / √N ≈ 0.007 days here; tolerance ~4 of them.
      expect(Math.abs(result.mean - (o + 4 * m + p) / 6)).toBeLessThan(0.03);
      const sd = span * Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
      expect(Math.abs(result.standardDeviation - sd)).toBeLessThan(0.03);
      for (const [q, got] of [
        [0.5, result.p50],
        [0.8, result.p80],
        [0.95, result.p95],
      ] as const) {
        expect(Math.abs(got - (o + span * betaQuantile(q, a, b)))).toBeLessThan(0.06);
      }
      const byMode = incompleteBeta((m - o) / span, a, b) / incompleteBeta(1, a, b);
      expect(Math.abs(result.probabilityByTarget! - byMode)).toBeLessThan(0.01);
      expect(result.criticality).toEqual([{ id: 'A', criticalityIndex: 1 }]);
    });
  }
});

describe('criticality indices', () => {
  it('give a dominant path 1 and the other 0', () => {
    const result = forecast(network([task('Long', 10, 12, 15), task('Short', 1, 2, 3), task('End', 1, 2, 4)], [fs('Long', 'End'), fs('Short', 'End')]), { iterations: 3000, seed: 9 });
    expect(Object.fromEntries(result.criticality.map((t) => [t.id, t.criticalityIndex]))).toEqual({ Long: 1, Short: 0, End: 1 });
  });

  it('split between two equal parallel paths, summing to 1 (one of them is critical in every run)', () => {
    const result = forecast(
      network([task('A1', 2, 4, 8), task('A2', 1, 3, 6), task('B1', 2, 4, 8), task('B2', 1, 3, 6), { id: 'End', durationDays: 1 }], [fs('A1', 'A2'), fs('B1', 'B2'), fs('A2', 'End'), fs('B2', 'End')]),
      { iterations: 20_000, seed: 10 },
    );
    const index = Object.fromEntries(result.criticality.map((t) => [t.id, t.criticalityIndex]));
    expect(index.A1! + index.B1!).toBeCloseTo(1, 10);
    expect(index.A2).toBe(index.A1);
    expect(index.B2).toBe(index.B1);
    expect(Math.abs(index.A1! - 0.5)).toBeLessThan(0.02); // sd of the share 0.0035
    expect(index.End).toBe(1);
  });

  it('follow the odds of an uneven race: Beta(2,4)·12 + 2 against a constant 6 days', () => {
    // Critical when it is the longer: P(D ≥ 6) = 1 − I(4/12; 2, 4).
    const result = forecast(network([task('Risky', 2, 5, 14), { id: 'Fixed', durationDays: 6 }]), { iterations: 50_000, seed: 11 });
    const [risky, fixed] = ['Risky', 'Fixed'].map((id) => result.criticality.find((t) => t.id === id)!.criticalityIndex);
    const expected = 1 - incompleteBeta(4 / 12, 2, 4) / incompleteBeta(1, 2, 4);
    expect(Math.abs(risky! - expected)).toBeLessThan(0.01);
    expect(risky! + fixed!).toBeCloseTo(1, 10);
  });
});

describe('bounds and refusals', () => {
  const one = () => network([task('A', 1, 2, 3)]);
  it('refuses iterations outside 1..100,000 and malformed options', () => {
    for (const iterations of [0, -1, 1.5, MAX_ITERATIONS + 1, Number.NaN]) {
      expect(() => forecast(one(), { iterations, seed: 1 })).toThrow(ForecastInputError);
    }
    expect(() => forecast(one(), { iterations: 100_001, seed: 1 })).toThrow('iterations must be a whole number from 1 to 100,000, not 100001');
    expect(() => forecast(one(), { iterations: 10, seed: 0.5 })).toThrow('seed must be a whole number');
    expect(() => forecast(one(), { iterations: 10, seed: 1, bins: 0 })).toThrow(ForecastInputError);
    expect(forecast(one(), { iterations: 1, seed: 1 }).iterations).toBe(1);
    expect(forecast(one(), { iterations: MAX_ITERATIONS, seed: 1 }).iterations).toBe(MAX_ITERATIONS);
  });

  it('refuses incomplete or disordered estimates, naming the task', () => {
    expect(() => network([{ id: 'A', durationDays: 2, optimisticDays: 1, mostLikelyDays: 2 }])).toThrow('Task A: a three-point estimate needs');
    expect(() => network([task('A', 3, 2, 5)])).toThrow(ForecastInputError);
    expect(() => network([task('A', -1, 2, 5)])).toThrow(ForecastInputError);
  });

  it('stops at its time budget with a clear error', () => {
    const chain: ForecastTask[] = Array.from({ length: 300 }, (_, i) => task(`T${i}`, 1, 2, 6));
    const links = chain.slice(1).map((t, i) => fs(`T${i}`, t.id));
    const error = (() => {
      try {
        forecast(network(chain, links), { iterations: MAX_ITERATIONS, seed: 1, timeBudgetMs: 5 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ForecastTimeoutError);
    expect((error as Error).message).toMatch(/did not finish within its time budget of 5 ms \(\d+ iterations done\); ask for fewer iterations/);
  });
});

describe('dates of offsets', () => {
  it('reads a finish offset as the working day it ends in, and a target date as the end of that day', () => {
    const calendar = workingCalendar({ holidays: [parseIsoDate('2027-01-08')!] }); // Friday off
    const origin = calendar.workingDayIndex(MONDAY);
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    expect(iso(finishDateOf(1, calendar, origin))).toBe('2027-01-04'); // end of the first working day
    expect(iso(finishDateOf(0.2, calendar, origin))).toBe('2027-01-04');
    expect(iso(finishDateOf(4.5, calendar, origin))).toBe('2027-01-11'); // the 5th working day: Monday after the holiday
    expect(iso(finishDateOf(0, calendar, origin))).toBe('2027-01-04');
    expect(targetOffsetOf(parseIsoDate('2027-01-04')!, calendar, origin)).toBe(1);
    expect(targetOffsetOf(parseIsoDate('2027-01-07')!, calendar, origin)).toBe(4);
    // The holiday and the weekend after Thursday: finished by then is finished by Thursday's end.
    expect(targetOffsetOf(parseIsoDate('2027-01-08')!, calendar, origin)).toBe(4);
    expect(targetOffsetOf(parseIsoDate('2027-01-10')!, calendar, origin)).toBe(4);
  });
});

describe('velocity mode', () => {
  it('counts whole iterations: one velocity gives one answer', () => {
    const result = forecastFromVelocity({ velocities: [10], remainingPoints: 35, iterationDays: 10 }, { iterations: 500, seed: 1, target: 40 });
    expect([result.p50, result.p80, result.p95, result.min, result.max]).toEqual([40, 40, 40, 40, 40]);
    expect(result.probabilityByTarget).toBe(1);
    expect(result.mode).toBe('VELOCITY');
    expect(result.criticality).toEqual([]);
  });

  it('bootstraps the history: velocities 5 and 15 against 20 points finish in 2, 3 or 4 iterations with odds 3/4, 1/8, 1/8', () => {
    // 2 iterations unless both draws are 5 (1/4); then a 15 ends it in 3 (1/8), a 5 needs a 4th (1/8).
    const result = forecastFromVelocity({ velocities: [5, 15], remainingPoints: 20, iterationDays: 10 }, { iterations: 40_000, seed: 3, target: 20 });
    expect([result.p50, result.p80, result.p95]).toEqual([20, 30, 40]);
    expect(Math.abs(result.probabilityByTarget! - 0.75)).toBeLessThan(0.01);
    expect(Math.abs(result.mean - 10 * (2 * 0.75 + 3 * 0.125 + 4 * 0.125))).toBeLessThan(0.1);
    expect(forecastFromVelocity({ velocities: [5, 15], remainingPoints: 20, iterationDays: 10 }, { iterations: 40_000, seed: 3, target: 20 })).toEqual(result);
  });

  it('finishes at once with nothing left, and refuses histories that cannot finish', () => {
    expect(forecastFromVelocity({ velocities: [3], remainingPoints: 0, iterationDays: 5 }, { iterations: 10, seed: 1 }).p95).toBe(0);
    expect(() => forecastFromVelocity({ velocities: [], remainingPoints: 5, iterationDays: 5 }, { iterations: 10, seed: 1 })).toThrow('at least one past iteration');
    expect(() => forecastFromVelocity({ velocities: [0, 0], remainingPoints: 5, iterationDays: 5 }, { iterations: 10, seed: 1 })).toThrow('never finishes');
    expect(() => forecastFromVelocity({ velocities: [0.001], remainingPoints: 1e6, iterationDays: 5 }, { iterations: 10, seed: 1 })).toThrow('need more than 10,000 iterations');
    expect(() => forecastFromVelocity({ velocities: [3], remainingPoints: 5, iterationDays: 0 }, { iterations: 10, seed: 1 })).toThrow(ForecastInputError);
    expect(() => forecastFromVelocity({ velocities: [3], remainingPoints: 5, iterationDays: 5 }, { iterations: 100_001, seed: 1 })).toThrow(ForecastInputError);
  });
});

describe('in a worker thread', () => {
  const chain = () => {
    const tasks = Array.from({ length: 200 }, (_, i) => task(`T${i}`, 1, 2 + (i % 3), 6 + (i % 5)));
    const links = tasks.slice(2).flatMap((t, i) => [fs(`T${i}`, t.id), fs(`T${i + 1}`, t.id, i % 2)]);
    return network(tasks, links);
  };

  it('gives the same answer as this thread for the same seed', async () => {
    const job = { kind: 'network' as const, network: chain(), options: { iterations: 3000, seed: 77, target: 200 } };
    const inline = await runForecast(job, { workerAbove: Number.POSITIVE_INFINITY });
    const worker = await runForecast(job, { workerAbove: 0, timeoutMs: 60_000 });
    expect(worker).toEqual(inline);
    expect(inline).toEqual(forecast(job.network, job.options));
    const velocity = { kind: 'velocity' as const, input: { velocities: [3, 8, 5], remainingPoints: 60, iterationDays: 10 }, options: { iterations: 2000, seed: 5 } };
    expect(await runForecast(velocity, { workerAbove: 0, timeoutMs: 60_000 })).toEqual(forecastFromVelocity(velocity.input, velocity.options));
  });

  it('goes to a worker only above the threshold (2,000,000 task-runs by default)', () => {
    expect(workOf({ kind: 'network', network: chain(), options: { iterations: 10_000, seed: 1 } })).toBe(10_000 * (200 + 396));
  });

  it('passes the errors of the forecast back as they were thrown', async () => {
    await expect(runForecast({ kind: 'network', network: chain(), options: { iterations: 100_001, seed: 1 } }, { workerAbove: 0, timeoutMs: 60_000 })).rejects.toThrow(ForecastInputError);
  });

  it('is terminated at its timeout with a clear error', async () => {
    const started = performance.now();
    const error = await runForecast({ kind: 'network', network: chain(), options: { iterations: MAX_ITERATIONS, seed: 1 } }, { workerAbove: 0, timeoutMs: 150 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForecastTimeoutError);
    expect((error as Error).message).toContain('time budget of 150 ms');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("a project's forecast from its rows", () => {
  const input = (tasks: ScheduleInput['tasks'], dependencies: CpmDependency[] = []): ScheduleInput => ({
    project: { id: 'p', startDate: MONDAY, targetEndDate: parseIsoDate('2027-01-15')! },
    calendar: STANDARD_CALENDAR,
    tasks,
    dependencies,
  });
  const row = (id: string, parentId: string | null, durationDays: number, estimate: [number, number, number] | null = null) => ({
    id, parentId, key: id, name: id, durationDays, startNoEarlierThan: null, budget: { toFixed: () => '0.00' },
    optimisticDays: estimate?.[0] ?? null, mostLikelyDays: estimate?.[1] ?? null, pessimisticDays: estimate?.[2] ?? null,
  });

  it('forecasts the work tasks (not the summaries) and gives dates on the calendar', async () => {
    const rows = [row('S', null, 0), row('A', 'S', 5, [3, 5, 12]), row('B', 'S', 4)];
    const result = (await forecastProject(input(rows, [fs('A', 'B')]), { iterations: 4000, seed: 8 }))!;
    expect(result.mode).toBe('NETWORK');
    expect(result.criticality.map((t) => t.taskId)).toEqual(['A', 'B']);
    // A takes 3..12 days, B 4 after it: 7..16 working days from Monday 4 January.
    expect(result.p50Date >= parseIsoDate('2027-01-12')! && result.p95Date <= parseIsoDate('2027-01-25')!).toBe(true);
    expect(result.p50Date <= result.p80Date && result.p80Date <= result.p95Date).toBe(true);
    // Target Friday 15 January = the end of working day 10: A must take at most 6 days.
    expect(result.probabilityByTarget).toBe(result.result.probabilityByTarget);
    const a = 1 + (4 * 2) / 9;
    const b = 1 + (4 * 7) / 9;
    expect(Math.abs(result.probabilityByTarget! - incompleteBeta(3 / 9, a, b) / incompleteBeta(1, a, b))).toBeLessThan(0.03);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(4000);
    expect(result.histogram[0]!.startDate <= result.p50Date).toBe(true);
  });

  it('uses the velocities when the project has no tasks, and gives nothing without either', async () => {
    const velocity = { velocities: [10], remainingPoints: 25, iterationDays: 10, from: MONDAY };
    const result = (await forecastProject(input([]), { iterations: 100, seed: 1, velocity }))!;
    expect(result.mode).toBe('VELOCITY');
    expect(result.p50Date.toISOString().slice(0, 10)).toBe('2027-02-12'); // 3 iterations = 30 working days: Friday of week 6
    expect(result.probabilityByTarget).toBe(0);
    expect(await forecastProject(input([]), { iterations: 100, seed: 1 })).toBeNull();
  });
});
