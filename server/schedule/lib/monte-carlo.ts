// Monte Carlo schedule forecast (issue 12 §6): the finish of a task network when each task's
// duration is uncertain, and the finish of an agile project from its historical velocities.
// Pure: no I/O, no clock but the optional time budget. The same input and seed give the same
// answer, in this thread or in a worker (server/schedule/forecast-worker.ts).
//
// Network mode (forecast):
// - Each work task with a three-point estimate (optimistic o ≤ most likely m ≤ pessimistic p,
//   working days) takes, in every run, a duration drawn from the PERT-beta distribution on
//   [o, p] with mode m: D = o + (p − o)·B, B ~ Beta(α, β) with
//       α = 1 + 4(m − o)/(p − o),   β = 1 + 4(p − m)/(p − o)    (so α + β = 6),
//   whose mean is the classic PERT estimate (o + 4m + p)/6 (Malcolm, Roseboom, Clark & Fazar,
//   "Application of a technique for research and development program evaluation", Operations
//   Research 7(5), 1959; the α/β form as in Vose, "Risk Analysis", 3rd ed., 2008, §9.1.4).
//   o = p is a constant duration. A task without an estimate (none of the three, as the service
//   stores them) keeps its durationDays, milestones stay milestones. Durations are fractional
//   working days; the passes are those of the critical path (cpm.ts runPasses, same links,
//   lags, project start and startNoEarlierThan bounds), so the deterministic schedule is the
//   run in which every task takes its durationDays.
// - Beta draws: X ~ Gamma(α), Y ~ Gamma(β), B = X / (X + Y) (Devroye, "Non-Uniform Random
//   Variate Generation", 1986, ch. IX.4); Gamma by Marsaglia & Tsang, "A simple method for
//   generating gamma variables", ACM TOMS 26(3), 2000 (valid for shape ≥ 1, and PERT shapes are
//   1..5); its normal deviates by Marsaglia's polar method (Marsaglia & Bray, SIAM Review 6(3),
//   1964).
// - Uniform numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator from PractRand,
//   128-bit state; the JavaScript form of bryc, github.com/bryc/code, jshash/PRNGs.md), its four
//   words seeded from the 32-bit seed by splitmix32 (the same page), first 15 outputs discarded as
//   that page advises. uniform() = (32 random bits + 0.5) / 2³², never 0 nor 1.
// - Every run draws the stochastic tasks in topological order (position), runs both passes and
//   records the project finish and which tasks were critical: total float (late start − early
//   start) ≤ CRITICAL_EPSILON working days (sums of fractional durations carry rounding).
//   A task's criticality index is the share of runs in which it was critical.
//
// Offsets and percentiles: finishes are working-day boundary offsets from the project's first
// working day, as cpm.ts's passes count them: a project finishing at offset f works through
// working day ceil(f) − 1 (offset 10 is the end of the 10th working day, 9.2 ends during the
// 10th). finishDateOf turns one into a date; targetOffsetOf turns a target date into the
// offset "finished by the end of that day". Percentile q is the nearest-rank one: the least
// finish F such that at least q % of runs finish by F (sorted[ceil(q·N) − 1]). The probability
// of finishing by a target offset t is the share of runs with finish ≤ t + CRITICAL_EPSILON. The
// histogram counts runs per bin of whole working days (from, to]: a run in it finishes on one
// of the working days from .. to − 1; bins are one day wide unless the spread needs more than
// `bins` of them (then each is the same whole number of days wide).
//
// Velocity mode (forecastFromVelocity): an agile project with no tasks but closed iterations. A
// run draws iteration velocities at random, with replacement, from the history (bootstrap, as
// in Magennis, "Forecasting and Simulating Software Development Projects", 2011) and counts the
// iterations until the remaining scope is done; its finish offset is that count × the
// iteration length in working days (whole iterations: scope is delivered at iteration ends).
//
// Bounds: iterations are a whole number 1..MAX_ITERATIONS (ForecastInputError above); a run
// that exceeds timeBudgetMs (default DEFAULT_TIME_BUDGET_MS, checked every few runs) stops with
// a ForecastTimeoutError. Work: O(iterations × (tasks + links)) time, O(tasks) memory besides
// the iterations' finishes (8 bytes each).
import { addDays, type WorkingCalendar } from '../../platform/calendar.js';
import { type CpmInput, type CpmTask, type PassNetwork, prepareNetwork, runPasses } from './cpm.js';

export const MAX_ITERATIONS = 100_000;
export const DEFAULT_ITERATIONS = 10_000;
/** Default time budget of one forecast, milliseconds. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;
/** Total float at or below this (working days) counts as critical; finishes within it of a target are on time. */
export const CRITICAL_EPSILON = 1e-6;
export const DEFAULT_HISTOGRAM_BINS = 30;
export const MAX_HISTOGRAM_BINS = 500;
/** Velocity mode refuses a forecast whose expected number of iterations is above this. */
export const MAX_VELOCITY_ITERATIONS_PER_RUN = 10_000;
/** How many runs between two looks at the clock. */
const CLOCK_EVERY = 64;

/** The forecast cannot run as asked (bounds, estimates, velocities). */
export class ForecastInputError extends Error {
  override readonly name = 'ForecastInputError';
  constructor(
    message: string,
    readonly taskIds: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The forecast ran past its time budget (or its worker's timeout) and was stopped. */
export class ForecastTimeoutError extends Error {
  override readonly name = 'ForecastTimeoutError';
  constructor(
    readonly budgetMs: number,
    readonly completedIterations: number | null = null,
  ) {
    super(
      `The forecast did not finish within its time budget of ${budgetMs} ms` +
        (completedIterations === null ? '' : ` (${completedIterations} iterations done)`) +
        '; ask for fewer iterations',
    );
  }
}

export interface ThreePointEstimate {
  optimisticDays?: number | null;
  mostLikelyDays?: number | null;
  pessimisticDays?: number | null;
}

export type ForecastTask = CpmTask & ThreePointEstimate;

export interface ForecastInput extends CpmInput {
  tasks: readonly ForecastTask[];
}

/**
 * A network ready for forecasts: the critical path's pass arrays (by position, topological
 * order) and the estimates, in plain arrays only, so it is cheap to send to a worker thread
 * (structured clone). Made by prepareForecast.
 */
export interface ForecastNetwork extends PassNetwork {
  /** Task ids by position. */
  readonly ids: readonly string[];
  /** Positions of the tasks whose duration is drawn (o < p), in position order. */
  readonly stochastic: Int32Array;
  /** Per stochastic task (same index as `stochastic`): o, p − o, α and β. */
  readonly optimistic: Float64Array;
  readonly span: Float64Array;
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  /** Working-day index (calendar scale) of offset 0, for finishDateOf / targetOffsetOf. */
  readonly origin: number;
}

export interface ForecastOptions {
  /** 1..MAX_ITERATIONS. */
  iterations: number;
  /** Any integer; taken modulo 2³². */
  seed: number;
  /** Boundary offset to finish by (targetOffsetOf); null or absent: no probability. */
  target?: number | null;
  /** Milliseconds; default DEFAULT_TIME_BUDGET_MS. */
  timeBudgetMs?: number;
  /** Most bins of the histogram, 1..MAX_HISTOGRAM_BINS; default DEFAULT_HISTOGRAM_BINS. */
  bins?: number;
}

export interface HistogramBin {
  /** Boundary offsets, whole working days: runs with from < finish ≤ to. */
  from: number;
  to: number;
  count: number;
}

export interface TaskCriticality {
  id: string;
  /** Share of runs in which the task was critical, 0..1. */
  criticalityIndex: number;
}

export interface ForecastResult {
  mode: 'NETWORK' | 'VELOCITY';
  iterations: number;
  seed: number;
  /** Finish offsets (working-day boundaries from the project's first working day). */
  p50: number;
  p80: number;
  p95: number;
  mean: number;
  standardDeviation: number;
  min: number;
  max: number;
  /** Share of runs finished by options.target; null without a target. */
  probabilityByTarget: number | null;
  /** Network mode: every task of the network, in position (topological) order; velocity mode: none. */
  criticality: TaskCriticality[];
  histogram: HistogramBin[];
}

// ---------------------------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------------------------

/** sfc32 seeded by splitmix32 (see the header), with the normal and gamma deviates drawn from it. */
export class RandomSource {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    let state = seed | 0;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    for (let i = 0; i < 15; i++) this.next32();
  }

  /** 32 random bits, as an unsigned integer. */
  next32(): number {
    let { a, b, c, d } = this;
    const t0 = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const t = (t0 + d) | 0;
    c = (c + t) | 0;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return t >>> 0;
  }

  /** Uniform in (0, 1), never 0 nor 1. */
  uniform(): number {
    return (this.next32() + 0.5) / 4294967296;
  }

  /** A whole number in 0 .. n − 1 (n ≤ 2³²; the bias of the multiply is below n / 2³²). */
  below(n: number): number {
    return Math.floor((this.next32() / 4294967296) * n);
  }

  /** Standard normal (Marsaglia's polar method; the second deviate is kept for the next call). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }

  /** Gamma(shape, 1) for shape ≥ 1 (Marsaglia & Tsang); d = shape − 1/3, c = 1 / √(9d). */
  gamma(d: number, c: number): number {
    for (;;) {
      let x: number, v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Beta(α, β) for α, β ≥ 1, from two gamma draws. */
  beta(alpha: number, beta: number): number {
    const da = alpha - 1 / 3;
    const db = beta - 1 / 3;
    const x = this.gamma(da, 1 / Math.sqrt(9 * da));
    const y = this.gamma(db, 1 / Math.sqrt(9 * db));
    return x / (x + y);
  }
}

// ---------------------------------------------------------------------------------------------
// Network mode
// ---------------------------------------------------------------------------------------------

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Checks the estimates and prepares the network (cpm.ts prepareNetwork: its checks and errors,
 * ScheduleInputError and ScheduleCycleError, apply). A task gives all three estimates or none;
 * each ≥ 0 with optimistic ≤ most likely ≤ pessimistic, or a ForecastInputError naming it.
 */
export function prepareForecast(input: ForecastInput): ForecastNetwork {
  const estimates: ({ o: number; m: number; p: number } | null)[] = input.tasks.map((task) => {
    const values = [task.optimisticDays, task.mostLikelyDays, task.pessimisticDays];
    const given = values.filter((value) => value != null).length;
    if (given === 0) return null;
    if (given < 3) throw new ForecastInputError(`Task ${task.id}: a three-point estimate needs optimisticDays, mostLikelyDays and pessimisticDays together`, [task.id]);
    const [o, m, p] = values as number[];
    if (!finite(o) || !finite(m) || !finite(p) || o < 0 || !(o <= m && m <= p)) {
      throw new ForecastInputError(`Task ${task.id}: the estimate must hold 0 ≤ optimisticDays ≤ mostLikelyDays ≤ pessimisticDays, not ${o}, ${m}, ${p}`, [task.id]);
    }
    return { o: o!, m: m!, p: p! };
  });
  const network = prepareNetwork(input);
  const n = network.ids.length;
  const durations = Float64Array.from(network.durations);
  const positions: number[] = [];
  for (let k = 0; k < n; k++) {
    const estimate = estimates[network.inputIndex[k]!];
    if (!estimate) continue;
    if (estimate.o === estimate.p) durations[k] = estimate.o;
    else positions.push(k);
  }
  const count = positions.length;
  const optimistic = new Float64Array(count);
  const span = new Float64Array(count);
  const alpha = new Float64Array(count);
  const beta = new Float64Array(count);
  positions.forEach((k, j) => {
    const { o, m, p } = estimates[network.inputIndex[k]!]!;
    optimistic[j] = o;
    span[j] = p - o;
    alpha[j] = 1 + (4 * (m - o)) / (p - o);
    beta[j] = 1 + (4 * (p - m)) / (p - o);
  });
  const { ids, lowerBounds, firstLink, linkSuccessor, linkLag, linkFromFinish, linkToFinish, origin } = network;
  return { ids, durations, lowerBounds, firstLink, linkSuccessor, linkLag, linkFromFinish, linkToFinish, origin, stochastic: Int32Array.from(positions), optimistic, span, alpha, beta };
}

function checkOptions(options: ForecastOptions): { iterations: number; seed: number; target: number | null; budget: number; bins: number } {
  const { iterations, seed } = options;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new ForecastInputError(`iterations must be a whole number from 1 to ${MAX_ITERATIONS.toLocaleString('en')}, not ${iterations}`);
  }
  if (!Number.isSafeInteger(seed)) throw new ForecastInputError(`seed must be a whole number, not ${seed}`);
  const target = options.target ?? null;
  if (target !== null && !finite(target)) throw new ForecastInputError(`target must be a finite offset, not ${target}`);
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (!(budget > 0)) throw new ForecastInputError(`timeBudgetMs must be above 0, not ${budget}`);
  const bins = options.bins ?? DEFAULT_HISTOGRAM_BINS;
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_HISTOGRAM_BINS) throw new ForecastInputError(`bins must be a whole number from 1 to ${MAX_HISTOGRAM_BINS}, not ${bins}`);
  return { iterations, seed, target, budget, bins };
}

/** A deadline on the clock, looked at every CLOCK_EVERY runs. */
function deadline(budgetMs: number): (done: number) => void {
  const start = performance.now();
  return (done) => {
    if (done % CLOCK_EVERY === 0 && performance.now() - start > budgetMs) throw new ForecastTimeoutError(budgetMs, done);
  };
}

/** The network's finish distribution and each task's criticality index (see the header). */
export function forecast(network: ForecastNetwork, options: ForecastOptions): ForecastResult {
  const { iterations, seed, target, budget, bins } = checkOptions(options);
  const { ids, stochastic, optimistic, span, alpha, beta } = network;
  const n = ids.length;
  const count = stochastic.length;
  // Marsaglia–Tsang constants of each task's two gamma shapes.
  const dA = new Float64Array(count);
  const cA = new Float64Array(count);
  const dB = new Float64Array(count);
  const cB = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    dA[j] = alpha[j]! - 1 / 3;
    cA[j] = 1 / Math.sqrt(9 * dA[j]!);
    dB[j] = beta[j]! - 1 / 3;
    cB[j] = 1 / Math.sqrt(9 * dB[j]!);
  }
  const random = new RandomSource(seed);
  const durations = Float64Array.from(network.durations);
  const buffers = { earlyStart: new Float64Array(n), lateStart: new Float64Array(n) };
  const criticalRuns = new Int32Array(n);
  const finishes = new Float64Array(iterations);
  const check = deadline(budget);
  for (let run = 0; run < iterations; run++) {
    check(run);
    for (let j = 0; j < count; j++) {
      const x = random.gamma(dA[j]!, cA[j]!);
      const y = random.gamma(dB[j]!, cB[j]!);
      durations[stochastic[j]!] = optimistic[j]! + (span[j]! * x) / (x + y);
    }
    const { earlyStart, lateStart, finish } = runPasses(network, durations, buffers);
    finishes[run] = finish;
    for (let u = 0; u < n; u++) if (lateStart[u]! - earlyStart[u]! <= CRITICAL_EPSILON) criticalRuns[u]!++;
  }
  const criticality = Array.from(ids, (id, u): TaskCriticality => ({ id, criticalityIndex: criticalRuns[u]! / iterations }));
  return { mode: 'NETWORK', seed, ...summarise(finishes, target, bins), criticality };
}

/** Percentiles, moments, probability and histogram of the runs' finishes (sorts them). */
function summarise(finishes: Float64Array, target: number | null, maxBins: number): Omit<ForecastResult, 'mode' | 'seed' | 'criticality'> {
  const iterations = finishes.length;
  let sum = 0;
  for (let i = 0; i < iterations; i++) sum += finishes[i]!;
  const mean = sum / iterations;
  let squares = 0;
  for (let i = 0; i < iterations; i++) squares += (finishes[i]! - mean) ** 2;
  finishes.sort();
  const percentile = (q: number) => finishes[Math.max(0, Math.ceil(q * iterations) - 1)]!;
  let probabilityByTarget: number | null = null;
  if (target !== null) {
    // Runs finished by the target: the sorted finishes up to the first one past it.
    let lo = 0;
    let hi = iterations;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (finishes[mid]! <= target + CRITICAL_EPSILON) lo = mid + 1;
      else hi = mid;
    }
    probabilityByTarget = lo / iterations;
  }
  const min = finishes[0]!;
  const max = finishes[iterations - 1]!;
  // Bins of whole working days (from, to]: the first holds min, the last max.
  const first = Math.ceil(min - CRITICAL_EPSILON) - 1;
  const last = Math.max(first + 1, Math.ceil(max - CRITICAL_EPSILON));
  const width = Math.ceil((last - first) / maxBins);
  const binCount = Math.ceil((last - first) / width);
  const histogram: HistogramBin[] = Array.from({ length: binCount }, (_, b) => ({ from: first + b * width, to: first + (b + 1) * width, count: 0 }));
  for (let i = 0; i < iterations; i++) {
    const b = Math.min(binCount - 1, Math.max(0, Math.ceil((finishes[i]! - CRITICAL_EPSILON - first) / width) - 1));
    histogram[b]!.count++;
  }
  return {
    iterations,
    p50: percentile(0.5),
    p80: percentile(0.8),
    p95: percentile(0.95),
    mean,
    standardDeviation: iterations > 1 ? Math.sqrt(squares / (iterations - 1)) : 0,
    min,
    max,
    probabilityByTarget,
    histogram,
  };
}

// ---------------------------------------------------------------------------------------------
// Velocity mode
// ---------------------------------------------------------------------------------------------

export interface VelocityInput {
  /** Completed points of past iterations (each ≥ 0, at least one above 0). */
  velocities: readonly number[];
  /** Points left to deliver (≥ 0). */
  remainingPoints: number;
  /** Working days per iteration (a whole number ≥ 1). */
  iterationDays: number;
}

/** The finish of the remaining scope from sampled historical velocities (see the header). */
export function forecastFromVelocity(input: VelocityInput, options: ForecastOptions): ForecastResult {
  const { iterations, seed, target, budget, bins } = checkOptions(options);
  const { velocities, remainingPoints, iterationDays } = input;
  if (velocities.length === 0) throw new ForecastInputError('A velocity forecast needs the velocity of at least one past iteration');
  if (velocities.some((v) => !finite(v) || v < 0)) throw new ForecastInputError('Velocities must be finite numbers ≥ 0');
  if (!finite(remainingPoints) || remainingPoints < 0) throw new ForecastInputError(`remainingPoints must be a finite number ≥ 0, not ${remainingPoints}`);
  if (!Number.isInteger(iterationDays) || iterationDays < 1) throw new ForecastInputError(`iterationDays must be a whole number ≥ 1, not ${iterationDays}`);
  const mean = velocities.reduce((a, b) => a + b, 0) / velocities.length;
  if (remainingPoints > 0 && mean === 0) throw new ForecastInputError('Every past velocity is 0: the remaining scope never finishes');
  if (remainingPoints / mean > MAX_VELOCITY_ITERATIONS_PER_RUN) {
    throw new ForecastInputError(`At the mean velocity (${mean}) the remaining ${remainingPoints} points need more than ${MAX_VELOCITY_ITERATIONS_PER_RUN.toLocaleString('en')} iterations`);
  }
  const history = Float64Array.from(velocities);
  const random = new RandomSource(seed);
  const finishes = new Float64Array(iterations);
  const check = deadline(budget);
  for (let run = 0; run < iterations; run++) {
    check(run);
    let left = remainingPoints;
    let count = 0;
    while (left > CRITICAL_EPSILON) {
      left -= history[random.below(history.length)]!;
      count++;
      // A run of bad draws far beyond the mean's count: refused rather than looping on.
      if (count > 10 * MAX_VELOCITY_ITERATIONS_PER_RUN) throw new ForecastInputError(`A run needed more than ${(10 * MAX_VELOCITY_ITERATIONS_PER_RUN).toLocaleString('en')} iterations`);
    }
    finishes[run] = count * iterationDays;
  }
  return { mode: 'VELOCITY', seed, ...summarise(finishes, target, bins), criticality: [] };
}

// ---------------------------------------------------------------------------------------------
// Offsets and dates
// ---------------------------------------------------------------------------------------------

/** The date a project finishing at boundary offset `offset` finishes on: working day ceil(offset) − 1 (offset 0: the first working day). */
export function finishDateOf(offset: number, calendar: WorkingCalendar, origin: number): Date {
  return calendar.dateOfWorkingDay(origin + Math.max(0, Math.ceil(offset - CRITICAL_EPSILON) - 1));
}

/** The boundary offset of "finished by the end of `date`" (a non-working date: by the end of the last working day before it). */
export function targetOffsetOf(date: Date, calendar: WorkingCalendar, origin: number): number {
  return calendar.workingDayIndex(addDays(date, 1)) - origin;
}

// ---------------------------------------------------------------------------------------------
// A project's stored tasks
// ---------------------------------------------------------------------------------------------

export interface ForecastTaskRow extends ThreePointEstimate {
  id: string;
  parentId: string | null;
  durationDays: number;
  startNoEarlierThan: Date | null;
}

/** The forecast network of a project's rows: its work tasks (summaries, tasks with children, are not in the network, as in project-schedule.ts). */
export function projectForecastNetwork(
  projectStart: Date,
  tasks: readonly ForecastTaskRow[],
  dependencies: CpmInput['dependencies'],
  calendar: WorkingCalendar,
): ForecastNetwork {
  const parents = new Set(tasks.flatMap((task) => (task.parentId ? [task.parentId] : [])));
  return prepareForecast({ tasks: tasks.filter((task) => !parents.has(task.id)), dependencies, projectStart, calendar });
}
