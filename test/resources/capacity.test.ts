// A person's capacity day by day and week by week (server/resources/lib/capacity.ts): weekly
// hours over the working weekdays, holidays, whole and part days away, overlaps, other patterns.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../server/platform/calendar.js';
import { dayCapacity, hoursPerWorkingDay, weekStartOf, weeklyCapacity } from '../../server/resources/lib/capacity.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const MONDAY_TO_FRIDAY = workingCalendar();

describe('capacity', () => {
  it('starts weeks on Monday', () => {
    expect(weekStartOf(day('2026-03-04'))).toEqual(day('2026-03-02')); // a Wednesday
    expect(weekStartOf(day('2026-03-02'))).toEqual(day('2026-03-02')); // a Monday
    expect(weekStartOf(day('2026-03-08'))).toEqual(day('2026-03-02')); // a Sunday
    expect(weekStartOf(day('1970-01-01'))).toEqual(day('1969-12-29')); // before and after the epoch alike
  });

  it('spreads weekly hours evenly over the working weekdays', () => {
    expect(hoursPerWorkingDay(40, MONDAY_TO_FRIDAY)).toBe(8);
    expect(hoursPerWorkingDay(32, workingCalendar({ workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] }))).toBe(8);
    expect(dayCapacity(day('2026-03-07'), 40, MONDAY_TO_FRIDAY, [])).toEqual({ standardHours: 0, holidayHours: 0, absenceHours: 0, capacityHours: 0 }); // Saturday
    expect(weeklyCapacity(day('2026-03-02'), day('2026-03-08'), 40, MONDAY_TO_FRIDAY, [])).toEqual([
      { weekStart: day('2026-03-02'), standardHours: 40, holidayHours: 0, absenceHours: 0, capacityHours: 40 },
    ]);
  });

  it('takes holidays whole and absences whole or in part, each day once', () => {
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    const calendar = workingCalendar({ holidays: [day('2026-04-03'), day('2026-04-06')] });
    const absences = [
      { from: day('2026-03-30'), to: day('2026-03-31'), hoursPerDay: null }, // Monday and Tuesday away
      { from: day('2026-03-31'), to: day('2026-04-01'), hoursPerDay: 4 }, // overlaps Tuesday: the whole day wins
      { from: day('2026-04-07'), to: day('2026-04-10'), hoursPerDay: 2.5 }, // part days
      { from: day('2026-04-09'), to: day('2026-04-09'), hoursPerDay: 20 }, // more than the day has: the day
    ];
    const [first, second] = weeklyCapacity(day('2026-03-30'), day('2026-04-12'), 40, calendar, absences);
    // Week 1: Mon, Tue whole (16), Wed 4, Thu free, Fri holiday (8): 40 − 8 − 20 = 12.
    expect(first).toEqual({ weekStart: day('2026-03-30'), standardHours: 40, holidayHours: 8, absenceHours: 20, capacityHours: 12 });
    // Week 2: Mon holiday (8); Tue, Wed, Fri 2.5 each, Thu the whole day: 40 − 8 − 15.5 = 16.5.
    expect(second).toEqual({ weekStart: day('2026-04-06'), standardHours: 40, holidayHours: 8, absenceHours: 15.5, capacityHours: 16.5 });
  });

  it('counts part-time patterns and every week of a span', () => {
    const fourDays = workingCalendar({ workingDays: ['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] });
    const weeks = weeklyCapacity(day('2026-03-04'), day('2026-03-17'), 30, fourDays, [{ from: day('2026-03-09'), to: day('2026-03-10'), hoursPerDay: null }]);
    expect(weeks.map((week) => [week.weekStart.toISOString().slice(0, 10), week.capacityHours])).toEqual([
      ['2026-03-02', 30],
      ['2026-03-09', 22.5], // Monday is not a working day: only Tuesday (7.5) is lost
      ['2026-03-16', 30],
    ]);
  });
});
