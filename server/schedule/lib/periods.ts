// Period ends for time series (S-curves): weeks end on Sunday (ISO weeks start on Monday),
// months on their last day. The last point is `to` itself when it falls inside a period.
import { addDays, dayNumber, weekdayOf } from '../../platform/calendar.js';

export type Interval = 'WEEK' | 'MONTH';

/** At most this many points in one series. */
export const MAX_PERIODS = 520;

/** The period ends from `from` to `to` (both midnight UTC, from ≤ to), `to` last. */
export function periodEnds(from: Date, to: Date, interval: Interval): Date[] {
  const ends: Date[] = [];
  let end = interval === 'WEEK' ? addDays(from, (7 - WEEK_INDEX[weekdayOf(from)]!) % 7) : lastDayOfMonth(from);
  while (end < to && ends.length < MAX_PERIODS) {
    ends.push(end);
    end = interval === 'WEEK' ? addDays(end, 7) : lastDayOfMonth(addDays(end, 1));
  }
  if (dayNumber(ends.at(-1) ?? addDays(to, -1)) !== dayNumber(to)) ends.push(to);
  return ends;
}

/** How many points periodEnds gives, without building them (to refuse a series that is too long). */
export function periodCount(from: Date, to: Date, interval: Interval): number {
  const days = dayNumber(to) - dayNumber(from);
  return interval === 'WEEK' ? Math.floor(days / 7) + 2 : (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
}

const WEEK_INDEX: Record<string, number> = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };

function lastDayOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}
