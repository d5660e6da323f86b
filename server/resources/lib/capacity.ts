// A person's capacity, day by day and week by week. Pure.
//
// - A person's weekly hours (weeklyCapacityHours) spread evenly over the organisation calendar's
//   working weekdays: 40 hours on Monday to Friday are 8 a day.
// - A holiday of the organisation calendar on a working weekday takes the whole day.
// - An absence takes each working day it covers: the whole day, or `hoursPerDay` of it (never more
//   than the day has). Absences that overlap take each day once, the largest share of it.
// - Weeks start on Monday (ISO 8601), as the heatmap's do.
import { addDays, dayNumber, weekdayOf, type WorkingCalendar } from '../../platform/calendar.js';

export interface AbsenceSpan {
  /** First and last day away, both included (midnight UTC). */
  from: Date;
  to: Date;
  /** Hours away on each working day; null means whole days. */
  hoursPerDay: number | null;
}

export interface DayCapacity {
  /** Hours of the day on the working pattern (0 on a non-working weekday). */
  standardHours: number;
  /** Of those, taken by an organisation holiday. */
  holidayHours: number;
  /** Of those, taken by absences. */
  absenceHours: number;
  /** What is left to book: standard − holiday − absence. */
  capacityHours: number;
}

export interface WeekCapacity extends DayCapacity {
  /** The Monday the week starts on. */
  weekStart: Date;
}

const DAY = 86_400_000;

/** The Monday of the week `date` is in. */
export function weekStartOf(date: Date): Date {
  // Day 0 of the epoch (1970-01-01) was a Thursday: Monday is 3 days before it.
  const day = dayNumber(date);
  return new Date((day - ((((day + 3) % 7) + 7) % 7)) * DAY);
}

/** The hours of one working weekday for someone with `weeklyHours` on `calendar`. */
export const hoursPerWorkingDay = (weeklyHours: number, calendar: WorkingCalendar): number => weeklyHours / calendar.workingDays.length;

/** One day's capacity. `absences` may be any of the person's: those not covering the day are ignored. */
export function dayCapacity(date: Date, weeklyHours: number, calendar: WorkingCalendar, absences: readonly AbsenceSpan[]): DayCapacity {
  if (!calendar.workingDays.includes(weekdayOf(date))) return { standardHours: 0, holidayHours: 0, absenceHours: 0, capacityHours: 0 };
  const standardHours = hoursPerWorkingDay(weeklyHours, calendar);
  if (!calendar.isWorkingDay(date)) return { standardHours, holidayHours: standardHours, absenceHours: 0, capacityHours: 0 };
  let away = 0;
  for (const absence of absences) {
    if (date < absence.from || date > absence.to) continue;
    away = Math.max(away, absence.hoursPerDay === null ? standardHours : Math.min(absence.hoursPerDay, standardHours));
  }
  return { standardHours, holidayHours: 0, absenceHours: away, capacityHours: standardHours - away };
}

/** The capacity of each week from the week of `from` to the week of `to`. */
export function weeklyCapacity(from: Date, to: Date, weeklyHours: number, calendar: WorkingCalendar, absences: readonly AbsenceSpan[]): WeekCapacity[] {
  const weeks: WeekCapacity[] = [];
  for (let weekStart = weekStartOf(from); weekStart <= to; weekStart = addDays(weekStart, 7)) {
    const week: WeekCapacity = { weekStart, standardHours: 0, holidayHours: 0, absenceHours: 0, capacityHours: 0 };
    for (let d = 0; d < 7; d++) {
      const day = dayCapacity(addDays(weekStart, d), weeklyHours, calendar, absences);
      week.standardHours += day.standardHours;
      week.holidayHours += day.holidayHours;
      week.absenceHours += day.absenceHours;
      week.capacityHours += day.capacityHours;
    }
    weeks.push(week);
  }
  return weeks;
}
