// Earned value management and earned schedule. Pure: no I/O, no dates, no calendar.
//
// Time is in WORKING-DAY OFFSETS: integers counting working days from the project's first
// working day (offset 0). The caller turns dates into offsets with the project calendar and
// turns the offsets returned here (forecastFinishOffset) back into dates; this module never sees
// a date, so it does not depend on the calendar module. A status date that is not a working day
// maps to the offset of the last working day before it.
//
// Conventions (PMBOK 7 / ANSI/EIA-748 formulas; where they leave a choice, Microsoft Project's):
// - Planned value is time-phased linearly over a task's working days: a task with budget B,
//   planned start offset s and duration d > 0 plans B/d on each of the days s .. s+d-1. A
//   milestone (d = 0) plans its whole budget on its day s.
// - The status offset counts to the END of that day: work planned on the status day is planned
//   value (as Microsoft Project does), and a progress entry dated on the status day counts.
// - Earned value is Σ budget × percentComplete / 100 of each task's latest progress entry at or
//   before the status offset; actual cost is Σ the cumulative actualCost of that same entry.
//   Entries on the same offset: the last one in the input order wins.
// - One list of tasks carries both sides: the planned start, duration and budget come from the
//   performance measurement baseline when there is one (the caller picks), progress from the
//   live task. Pass leaf tasks only (summary tasks roll up from their children and would count
//   twice); a task added after the baseline can be passed with budget 0 so its cost still counts.
// - Figures are computed at full precision (round only for display). A division by zero, or any
//   result that is not a finite number, is null: never Infinity or NaN. Nulls propagate.
//
// Earned schedule (Lipke, "Schedule is Different", The Measurable News, 2003; PMI Practice
// Standard for Earned Value Management, 2nd ed., 2011, appendix D), with time in working days:
// - PV(τ) is the cumulative planned value after τ whole working days, i.e. at the end of offset
//   τ - 1 (PV(0) = 0). ES = C + (EV - PV(C)) / (PV(C+1) - PV(C)), C being the last whole period
//   with PV(C) ≤ EV. Where the plan has a plateau at exactly EV (PV(τ) = EV for τ in a..C: no
//   budgeted work planned then, e.g. EV = 0 before the first budgeted day, or every task before
//   a planned pause done and nothing after it begun), every time on it is equally "where EV was
//   planned"; C alone would report the project ahead by the rest of the plateau, a alone behind
//   since its start, so ES = AT clamped to a..C (on schedule while the status is on it). A
//   finished project (EV = BAC) thus earns the planned duration when it finishes late, as in
//   Lipke, and the first day PV reaches the BAC when it finishes early.
// - Actual time AT = statusOffset + 1 (the status day counts, as above), SV(t) = ES - AT,
//   SPI(t) = ES / AT, TSPI(t) = (PD - ES) / (PD - AT), and the independent estimate of the
//   duration IEAC(t) = PD / SPI(t) (= AT + (PD - ES) / SPI(t)). PD, the planned duration, is
//   plannedFinishOffset + 1; by default the last day any task occupies. The forecast finish
//   offset is the day on which IEAC(t) working days end: ceil(IEAC(t)) - 1.

/** A dated progress report of a task: percent complete and cumulative actual cost at that day. */
export interface ProgressEntry {
  /** Working-day offset of the report (may be negative: work reported before offset 0). */
  offset: number;
  /** 0..100. */
  percentComplete: number;
  /** Cumulative actual cost to that day (≥ 0). */
  actualCost: number;
}

export interface EvmTask {
  /** The task's budget (its share of the BAC), ≥ 0. */
  budget: number;
  /** Planned start, as a working-day offset (an integer ≥ 0). */
  startOffset: number;
  /** Planned duration in working days (an integer ≥ 0; 0 makes a milestone). */
  durationDays: number;
  /** Progress entries in any order. */
  progress?: readonly ProgressEntry[];
}

/** The four measured figures every index derives from. */
export interface EvmBase {
  budgetAtCompletion: number;
  plannedValue: number;
  earnedValue: number;
  actualCost: number;
}

/** The same with PV and EV possibly unknown (AgileEVM with no planned iterations or points). */
export interface EvmBaseInput {
  budgetAtCompletion: number;
  plannedValue: number | null;
  earnedValue: number | null;
  actualCost: number;
}

export interface EvmIndices {
  /** EV − AC. */
  costVariance: number | null;
  /** EV − PV. */
  scheduleVariance: number | null;
  /** EV / AC. */
  cpi: number | null;
  /** EV / PV. */
  spi: number | null;
  /** BAC / CPI (typical: the cost efficiency so far continues). */
  estimateAtCompletion: number | null;
  /** AC + (BAC − EV) (atypical: the rest goes to plan). */
  estimateAtCompletionAtypical: number | null;
  /** AC + (BAC − EV) / (CPI × SPI). */
  estimateAtCompletionCpiSpi: number | null;
  /** EAC − AC (from the typical EAC). */
  estimateToComplete: number | null;
  /** BAC − EAC (from the typical EAC). */
  varianceAtCompletion: number | null;
  /** To-complete performance index to reach the BAC: (BAC − EV) / (BAC − AC). */
  tcpi: number | null;
  /** To-complete performance index to reach the typical EAC: (BAC − EV) / (EAC − AC). */
  tcpiToEstimate: number | null;
}

export type EvmFigures<Base extends EvmBaseInput = EvmBase> = Base & EvmIndices;

export interface EarnedSchedule {
  /** PD: planned duration in working days (plannedFinishOffset + 1). */
  plannedDurationDays: number;
  /** AT: working days elapsed to the end of the status day (statusOffset + 1, at least 0). */
  actualTimeDays: number;
  /** ES in working days (null when the budget is 0: there is no value to earn). */
  earnedScheduleDays: number | null;
  /** SV(t) = ES − AT, in working days. */
  scheduleVarianceDays: number | null;
  /** SPI(t) = ES / AT. */
  spiTime: number | null;
  /** TSPI(t) = (PD − ES) / (PD − AT): the schedule efficiency needed from now to finish on plan. */
  tspiTime: number | null;
  /** IEAC(t) = PD / SPI(t): the forecast duration in working days (fractional). */
  forecastDurationDays: number | null;
  /** The working-day offset on which the forecast duration ends: ceil(IEAC(t)) − 1. */
  forecastFinishOffset: number | null;
}

export type EarnedValue = EvmFigures & EarnedSchedule & { statusOffset: number };

export interface EvmPoint {
  offset: number;
  plannedValue: number;
  earnedValue: number;
  actualCost: number;
}

export interface EarnedValueOptions {
  /** The planned finish (a working-day offset); by default the last day any task occupies. */
  plannedFinishOffset?: number;
}

// ---------------------------------------------------------------------------------------------
// Null-propagating arithmetic: a null operand or a result that is not finite gives null.

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

function add(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : finite(a + b);
}

function sub(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : finite(a - b);
}

function mul(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : finite(a * b);
}

/** a / b, null when b is 0 (whatever a is: 0 / 0 has no meaning either). */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return finite(a / b);
}

// ---------------------------------------------------------------------------------------------
// Input checks: these are programming errors (the service validates what users send).

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

const isOffset = (value: number) => Number.isInteger(value);

interface Prepared {
  budget: number;
  startOffset: number;
  durationDays: number;
  /** Sorted by offset (stable: same-offset entries keep their input order). */
  progress: ProgressEntry[];
}

function prepare(tasks: readonly EvmTask[]): Prepared[] {
  return tasks.map((task, index) => {
    const where = `task ${index}`;
    check(Number.isFinite(task.budget) && task.budget >= 0, `${where}: budget must be a finite number ≥ 0`);
    check(isOffset(task.startOffset) && task.startOffset >= 0, `${where}: startOffset must be an integer ≥ 0`);
    check(isOffset(task.durationDays) && task.durationDays >= 0, `${where}: durationDays must be an integer ≥ 0`);
    const progress = [...(task.progress ?? [])];
    for (const entry of progress) {
      check(isOffset(entry.offset), `${where}: a progress offset must be an integer`);
      check(
        Number.isFinite(entry.percentComplete) && entry.percentComplete >= 0 && entry.percentComplete <= 100,
        `${where}: percentComplete must be within 0..100`,
      );
      check(Number.isFinite(entry.actualCost) && entry.actualCost >= 0, `${where}: actualCost must be a finite number ≥ 0`);
    }
    progress.sort((a, b) => a.offset - b.offset);
    return { budget: task.budget, startOffset: task.startOffset, durationDays: task.durationDays, progress };
  });
}

function checkStatus(statusOffset: number): void {
  check(isOffset(statusOffset), 'statusOffset must be an integer');
}

/** A task's planned value to the end of day `offset`. */
function taskPlannedValue(task: Prepared, offset: number): number {
  if (task.durationDays === 0) return offset >= task.startOffset ? task.budget : 0;
  const days = Math.min(Math.max(offset - task.startOffset + 1, 0), task.durationDays);
  // Multiply before dividing: a finished task plans exactly its budget (B × d / d = B).
  return days === task.durationDays ? task.budget : (task.budget * days) / task.durationDays;
}

/** The latest entry at or before `offset` (the last of equal offsets), or undefined. */
function latestEntry(progress: readonly ProgressEntry[], offset: number): ProgressEntry | undefined {
  let low = 0;
  let high = progress.length; // first index whose offset > `offset`
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (progress[middle]!.offset <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : progress[low - 1];
}

function pointOf(tasks: readonly Prepared[], offset: number): EvmPoint {
  let plannedValue = 0;
  let earnedValue = 0;
  let actualCost = 0;
  for (const task of tasks) {
    plannedValue += taskPlannedValue(task, offset);
    const entry = latestEntry(task.progress, offset);
    if (entry) {
      earnedValue += (task.budget * entry.percentComplete) / 100;
      actualCost += entry.actualCost;
    }
  }
  return { offset, plannedValue, earnedValue, actualCost };
}

const budgetOf = (tasks: readonly Prepared[]) => tasks.reduce((sum, task) => sum + task.budget, 0);

/** The last day a task occupies: s + d − 1, or s for a milestone. */
const lastDayOf = (task: Prepared) => task.startOffset + Math.max(task.durationDays, 1) - 1;

// ---------------------------------------------------------------------------------------------
// Public API

/** Planned value (BCWS) to the end of day `statusOffset`. */
export function plannedValueAt(tasks: readonly EvmTask[], statusOffset: number): number {
  checkStatus(statusOffset);
  return pointOf(prepare(tasks), statusOffset).plannedValue;
}

/** The indices and estimates derived from BAC, PV, EV and AC (PMBOK formulas, nulls for x / 0). */
export function evmFigures<Base extends EvmBaseInput>(base: Base): EvmFigures<Base> {
  const { budgetAtCompletion: bac, plannedValue: pv, earnedValue: ev, actualCost: ac } = base;
  const cpi = ratio(ev, ac);
  const spi = ratio(ev, pv);
  const remainingWork = sub(bac, ev);
  const estimateAtCompletion = ratio(bac, cpi);
  const estimateToComplete = sub(estimateAtCompletion, ac);
  return {
    ...base,
    costVariance: sub(ev, ac),
    scheduleVariance: sub(ev, pv),
    cpi,
    spi,
    estimateAtCompletion,
    estimateAtCompletionAtypical: add(ac, remainingWork),
    estimateAtCompletionCpiSpi: add(ac, ratio(remainingWork, mul(cpi, spi))),
    estimateToComplete,
    varianceAtCompletion: sub(bac, estimateAtCompletion),
    tcpi: ratio(remainingWork, sub(bac, ac)),
    tcpiToEstimate: ratio(remainingWork, estimateToComplete),
  };
}

/**
 * Earned schedule at the end of day `statusOffset` for an earned value `earnedValue` (normally
 * the tasks' own EV at that day; earnedValue() passes it).
 */
export function earnedSchedule(
  tasks: readonly EvmTask[],
  statusOffset: number,
  earnedValue: number,
  options: EarnedValueOptions = {},
): EarnedSchedule {
  checkStatus(statusOffset);
  check(Number.isFinite(earnedValue) && earnedValue >= 0, 'earnedValue must be a finite number ≥ 0');
  return earnedScheduleOf(prepare(tasks), statusOffset, earnedValue, options);
}

function earnedScheduleOf(tasks: readonly Prepared[], statusOffset: number, earnedValue: number, options: EarnedValueOptions): EarnedSchedule {
  const lastDay = tasks.reduce((last, task) => Math.max(last, lastDayOf(task)), -1);
  const plannedFinishOffset = options.plannedFinishOffset ?? lastDay;
  check(isOffset(plannedFinishOffset) && plannedFinishOffset >= -1, 'plannedFinishOffset must be an integer ≥ -1');
  const plannedDurationDays = plannedFinishOffset + 1;
  const actualTimeDays = Math.max(statusOffset + 1, 0);
  const bac = budgetOf(tasks);

  let earnedScheduleDays: number | null = null;
  if (bac > 0) {
    // PV(τ) = planned value after τ whole days, nondecreasing in τ; it reaches the BAC at the
    // end of the last budgeted day, so C lies in 0..horizon.
    const pvAfter = (days: number) => (days <= 0 ? 0 : tasks.reduce((sum, task) => sum + taskPlannedValue(task, days - 1), 0));
    const budgetedEnd = tasks.reduce((end, task) => (task.budget > 0 ? Math.max(end, lastDayOf(task) + 1) : end), 0);
    const horizon = Math.max(budgetedEnd, plannedDurationDays);
    // EV and PV are sums of the same budgets in different orders: allow for rounding, so that a
    // finished project earns exactly the planned duration.
    const tolerance = bac * 1e-12;
    // C = the last τ in 0..horizon with PV(τ) ≤ EV (binary search; PV(0) = 0 ≤ EV).
    let low = 0;
    let high = horizon;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (pvAfter(middle) <= earnedValue + tolerance) low = middle;
      else high = middle - 1;
    }
    const last = low;
    // The first τ with PV(τ) ≥ EV: when it is before C, PV equals EV on the whole plateau
    // first..last and any time on it earned EV (see the header).
    low = 0;
    high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (pvAfter(middle) >= earnedValue - tolerance) high = middle;
      else low = middle + 1;
    }
    const first = low;
    if (first < last || last >= horizon) {
      earnedScheduleDays = Math.min(Math.max(actualTimeDays, first), last);
    } else {
      const before = pvAfter(last);
      const after = pvAfter(last + 1); // > EV, so > before
      const fraction = Math.min(Math.max((earnedValue - before) / (after - before), 0), 1);
      earnedScheduleDays = last + fraction;
    }
  }

  const spiTime = ratio(earnedScheduleDays, actualTimeDays);
  const forecastDurationDays = ratio(plannedDurationDays, spiTime);
  return {
    plannedDurationDays,
    actualTimeDays,
    earnedScheduleDays,
    scheduleVarianceDays: sub(earnedScheduleDays, actualTimeDays),
    spiTime,
    tspiTime: ratio(sub(plannedDurationDays, earnedScheduleDays), plannedDurationDays - actualTimeDays),
    forecastDurationDays,
    // A tolerance so that 20.000000000000004 days still ends on day 19.
    forecastFinishOffset: forecastDurationDays === null ? null : Math.max(Math.ceil(forecastDurationDays - 1e-9) - 1, 0),
  };
}

/** Every earned value figure at the end of day `statusOffset`, earned schedule included. */
export function earnedValue(tasks: readonly EvmTask[], statusOffset: number, options: EarnedValueOptions = {}): EarnedValue {
  checkStatus(statusOffset);
  const prepared = prepare(tasks);
  const point = pointOf(prepared, statusOffset);
  const figures = evmFigures({
    budgetAtCompletion: budgetOf(prepared),
    plannedValue: point.plannedValue,
    earnedValue: point.earnedValue,
    actualCost: point.actualCost,
  });
  return { statusOffset, ...figures, ...earnedScheduleOf(prepared, statusOffset, point.earnedValue, options) };
}

/** PV, EV and AC at the end of each of `periodEndOffsets` (in the order given), for S-curves. */
export function earnedValueSeries(tasks: readonly EvmTask[], periodEndOffsets: readonly number[]): EvmPoint[] {
  periodEndOffsets.forEach(checkStatus);
  const prepared = prepare(tasks);
  return periodEndOffsets.map((offset) => pointOf(prepared, offset));
}

/**
 * A roll-up over projects (a portfolio): BAC, PV, EV and AC summed, and the indices derived from
 * the sums (not averaged), so a large project weighs as much as its money.
 */
export function rollUpEarnedValue(parts: readonly EvmBase[]): EvmFigures {
  const sum = (pick: (part: EvmBase) => number) => parts.reduce((total, part) => total + pick(part), 0);
  return evmFigures({
    budgetAtCompletion: sum((part) => part.budgetAtCompletion),
    plannedValue: sum((part) => part.plannedValue),
    earnedValue: sum((part) => part.earnedValue),
    actualCost: sum((part) => part.actualCost),
  });
}
