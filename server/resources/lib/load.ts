// A person's load: capacity against bookings, day by day, summed into weeks or months. Pure.
//
// - A booking's hours per week spread evenly over the calendar's working weekdays: 40 hours on
//   Monday to Friday are 8 on each day the booking covers, so a booking that covers two days of
//   a five-day week books two fifths of its hours there. Holidays book nothing (the capacity of
//   the day is gone too). A booking does not skip a person's absences: booking someone while they
//   are away is exactly what over-allocation must show.
// - Capacity per day follows lib/capacity.ts (the same rules, on arrays for speed: the heatmap
//   computes 1,000 people × 365 days per request).
// - Over-allocation is decided per week (Monday to Sunday): hard hours above capacity × (1 +
//   tolerance). A month is over-allocated when any week that overlaps it is.
import { addDays, dayNumber, type WorkingCalendar } from '../../platform/calendar.js';
import { type AbsenceSpan, hoursPerWorkingDay, weekStartOf } from './capacity.js';

export type Interval = 'WEEK' | 'MONTH';

/** The PMO's default tolerance: hard bookings may exceed capacity by 10% before it counts. */
export const DEFAULT_OVERALLOCATION_TOLERANCE = 0.1;

export interface BookingSpan {
  /** First and last day booked, both included (midnight UTC). */
  from: Date;
  to: Date;
  hoursPerWeek: number;
  kind: 'SOFT' | 'HARD';
}

export interface PersonLoad {
  weeklyCapacityHours: number;
  absences: readonly AbsenceSpan[];
  bookings: readonly BookingSpan[];
}

export interface Period {
  /** The first day (a Monday for weeks, the 1st for months). */
  start: Date;
  /** The last day, included. */
  end: Date;
}

export interface LoadCell {
  periodStart: Date;
  capacityHours: number;
  hardHours: number;
  softHours: number;
  /** Hard hours over capacity (1 = full); null when there is no capacity but hours are booked. */
  utilisation: number | null;
  overAllocated: boolean;
}

export interface OverallocatedWeek {
  weekStart: Date;
  capacityHours: number;
  hardHours: number;
}

/** The periods (weeks from Monday, or calendar months) that cover `from` to `to`. */
export function periodsOf(from: Date, to: Date, interval: Interval): Period[] {
  const periods: Period[] = [];
  if (interval === 'WEEK') {
    for (let start = weekStartOf(from); start <= to; start = addDays(start, 7)) periods.push({ start, end: addDays(start, 6) });
    return periods;
  }
  for (let start = firstOfMonth(from); start <= to; start = firstOfMonth(addDays(start, 32))) {
    periods.push({ start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)) });
  }
  return periods;
}

/** How many periods periodsOf gives, without building them (to refuse a span that is too long). */
export function periodCountOf(from: Date, to: Date, interval: Interval): number {
  if (to < from) return 0;
  if (interval === 'WEEK') return Math.floor((dayNumber(to) - dayNumber(weekStartOf(from))) / 7) + 1;
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
}

/**
 * The days a request computes on: from the Monday of the first period's week to the Sunday of
 * the last period's week, so that every week a period touches is whole (over-allocation).
 */
export class LoadDays {
  readonly first: Date;
  readonly count: number;
  /** working[d]: day d is a working day (a working weekday and not a holiday). */
  readonly working: Uint8Array;
  /** Hours of a working day for a person with 1 hour a week. */
  readonly perWeeklyHour: number;

  constructor(
    readonly periods: readonly Period[],
    readonly calendar: WorkingCalendar,
  ) {
    this.first = weekStartOf(periods[0]!.start);
    const last = addDays(weekStartOf(periods.at(-1)!.end), 6);
    this.count = dayNumber(last) - dayNumber(this.first) + 1;
    this.working = new Uint8Array(this.count);
    for (let d = 0; d < this.count; d++) this.working[d] = calendar.isWorkingDay(addDays(this.first, d)) ? 1 : 0;
    this.perWeeklyHour = hoursPerWorkingDay(1, calendar);
  }

  /** The index of `date` in the days, clamped to them. */
  indexOf(date: Date): number {
    return Math.min(this.count - 1, Math.max(0, dayNumber(date) - dayNumber(this.first)));
  }

  /** Whether [from, to] overlaps the days at all. */
  overlaps(from: Date, to: Date): boolean {
    return dayNumber(to) >= dayNumber(this.first) && dayNumber(from) - dayNumber(this.first) < this.count;
  }
}

interface DailyLoad {
  capacity: Float64Array;
  hard: Float64Array;
  soft: Float64Array;
}

/** A person's capacity and booked hours on each of the days. */
export function dailyLoad(days: LoadDays, person: PersonLoad): DailyLoad {
  const standard = person.weeklyCapacityHours * days.perWeeklyHour;
  const capacity = new Float64Array(days.count);
  for (let d = 0; d < days.count; d++) capacity[d] = days.working[d] ? standard : 0;
  if (person.absences.length) {
    // Overlapping absences take each day once, the largest share of it.
    const away = new Float64Array(days.count);
    for (const absence of person.absences) {
      if (!days.overlaps(absence.from, absence.to)) continue;
      const share = absence.hoursPerDay === null ? standard : Math.min(absence.hoursPerDay, standard);
      for (let d = days.indexOf(absence.from), end = days.indexOf(absence.to); d <= end; d++) if (days.working[d] && share > away[d]!) away[d] = share;
    }
    for (let d = 0; d < days.count; d++) capacity[d] = capacity[d]! - away[d]!;
  }
  const hard = new Float64Array(days.count);
  const soft = new Float64Array(days.count);
  for (const booking of person.bookings) {
    if (!days.overlaps(booking.from, booking.to)) continue;
    const target = booking.kind === 'HARD' ? hard : soft;
    const perDay = booking.hoursPerWeek * days.perWeeklyHour;
    for (let d = days.indexOf(booking.from), end = days.indexOf(booking.to); d <= end; d++) if (days.working[d]) target[d] = target[d]! + perDay;
  }
  return { capacity, hard, soft };
}

/** Whether hard hours exceed capacity beyond the tolerance (to the hundredth of an hour). */
export const isOverallocated = (hardHours: number, capacityHours: number, tolerance: number): boolean =>
  hardHours - capacityHours * (1 + tolerance) > 0.005;

/** Hard hours over capacity; null when hours are booked on no capacity. */
export const utilisationOf = (hardHours: number, capacityHours: number): number | null =>
  capacityHours > 0 ? round(hardHours / capacityHours, 4) : hardHours > 0 ? null : 0;

/** The whole weeks of the days with their capacity and hard hours. */
function weeksOf(days: LoadDays, load: DailyLoad): OverallocatedWeek[] {
  const weeks: OverallocatedWeek[] = [];
  for (let w = 0; w * 7 < days.count; w++) {
    let capacityHours = 0;
    let hardHours = 0;
    for (let d = w * 7; d < w * 7 + 7; d++) {
      capacityHours += load.capacity[d]!;
      hardHours += load.hard[d]!;
    }
    weeks.push({ weekStart: addDays(days.first, w * 7), capacityHours: round(capacityHours, 2), hardHours: round(hardHours, 2) });
  }
  return weeks;
}

/** The person's cells, one per period. */
export function loadCells(days: LoadDays, person: PersonLoad, tolerance: number): LoadCell[] {
  const load = dailyLoad(days, person);
  const weeks = weeksOf(days, load);
  return days.periods.map((period) => {
    let capacityHours = 0;
    let hardHours = 0;
    let softHours = 0;
    for (let d = days.indexOf(period.start), end = days.indexOf(period.end); d <= end; d++) {
      capacityHours += load.capacity[d]!;
      hardHours += load.hard[d]!;
      softHours += load.soft[d]!;
    }
    const firstWeek = Math.floor(days.indexOf(period.start) / 7);
    const lastWeek = Math.floor(days.indexOf(period.end) / 7);
    let overAllocated = false;
    for (let w = firstWeek; w <= lastWeek && !overAllocated; w++) overAllocated = isOverallocated(weeks[w]!.hardHours, weeks[w]!.capacityHours, tolerance);
    capacityHours = round(capacityHours, 2);
    hardHours = round(hardHours, 2);
    return { periodStart: period.start, capacityHours, hardHours, softHours: round(softHours, 2), utilisation: utilisationOf(hardHours, capacityHours), overAllocated };
  });
}

/** The weeks (of the days) in which the person's hard bookings exceed capacity beyond the tolerance. */
export function overallocatedWeeks(days: LoadDays, person: PersonLoad, tolerance: number): OverallocatedWeek[] {
  return weeksOf(days, dailyLoad(days, person)).filter((week) => isOverallocated(week.hardHours, week.capacityHours, tolerance));
}

/** Hours a booking puts on the working days of [from, to] (both included). */
export function bookedHoursBetween(calendar: WorkingCalendar, booking: Pick<BookingSpan, 'from' | 'to' | 'hoursPerWeek'>, from: Date, to: Date): number {
  const start = booking.from > from ? booking.from : from;
  const end = booking.to < to ? booking.to : to;
  if (end < start) return 0;
  const workingDays = calendar.workingDaysBetween(start, addDays(end, 1));
  return round(workingDays * booking.hoursPerWeek * hoursPerWorkingDay(1, calendar), 2);
}

function firstOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
