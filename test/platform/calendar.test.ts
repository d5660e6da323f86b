// Unit test of the working calendar (server/platform/calendar.ts): working weekdays, holidays,
// working-day offsets both ways, and the calendar days underneath. Expected dates are worked out
// by hand from a wall calendar (2027-01-01 is a Friday) in the comments.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEFAULT_WORKING_DAYS,
  InvalidCalendarError,
  isoDate,
  parseIsoDate,
  STANDARD_CALENDAR,
  weekdayOf,
  WEEKDAYS,
  workingCalendar,
  type Weekday,
} from '../../server/platform/calendar.js';

const day = (iso: string): Date => parseIsoDate(iso)!;
const iso = (date: Date): string => isoDate(date);

describe('calendar days', () => {
  it('names weekdays from UTC midnights, before 1970 too', () => {
    expect(weekdayOf(day('2027-01-01'))).toBe('FRIDAY');
    expect(weekdayOf(day('2027-01-03'))).toBe('SUNDAY');
    expect(weekdayOf(day('1970-01-01'))).toBe('THURSDAY');
    expect(weekdayOf(day('1969-12-29'))).toBe('MONDAY');
    expect(weekdayOf(new Date('2027-01-04T23:59:59Z'))).toBe('MONDAY');
    expect(DEFAULT_WORKING_DAYS).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
  });
});

describe('a Monday-to-Friday calendar with holidays', () => {
  // Christmas Friday 2026-12-25 and New Year Friday 2027-01-01 off; 2026-12-26 (a Saturday) is
  // listed too and changes nothing; the repeat of New Year is ignored.
  const calendar = workingCalendar({ holidays: [day('2027-01-01'), day('2026-12-25'), day('2026-12-26'), new Date('2027-01-01T15:00:00Z')] });

  it('keeps its weekdays in week order and its holidays once each, sorted, at midnight', () => {
    expect(calendar.workingDays).toEqual(DEFAULT_WORKING_DAYS);
    expect(calendar.holidays.map(iso)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });

  it('tells working days from weekends and holidays', () => {
    expect(calendar.isWorkingDay(day('2026-12-24'))).toBe(true); // Thursday
    expect(calendar.isWorkingDay(day('2026-12-25'))).toBe(false); // holiday
    expect(calendar.isWorkingDay(day('2026-12-27'))).toBe(false); // Sunday
    expect(calendar.isWorkingDay(day('2026-12-28'))).toBe(true); // Monday
    expect(calendar.isWorkingDay(new Date('2027-01-01T12:00:00Z'))).toBe(false);
    expect(STANDARD_CALENDAR.isWorkingDay(day('2027-01-01'))).toBe(true);
  });

  it('counts working days forwards and backwards across weekends and holidays', () => {
    // Thu 12-24 (0), Mon 12-28 (1), Tue (2), Wed (3), Thu 12-31 (4), Mon 01-04 (5), Tue 01-05 (6).
    expect(iso(calendar.addWorkingDays(day('2026-12-24'), 0))).toBe('2026-12-24');
    expect(iso(calendar.addWorkingDays(day('2026-12-24'), 1))).toBe('2026-12-28');
    expect(iso(calendar.addWorkingDays(day('2026-12-24'), 5))).toBe('2027-01-04');
    expect(iso(calendar.addWorkingDays(day('2026-12-24'), 6))).toBe('2027-01-05');
    expect(iso(calendar.addWorkingDays(day('2027-01-05'), -6))).toBe('2026-12-24');
    expect(iso(calendar.addWorkingDays(day('2027-01-04'), -1))).toBe('2026-12-31');
    // From a non-working day, offset 0 is the next working day: from Christmas, 0 is Mon 12-28,
    // 1 Tue 12-29, −1 Thu 12-24.
    expect(iso(calendar.addWorkingDays(day('2026-12-25'), 0))).toBe('2026-12-28');
    expect(iso(calendar.addWorkingDays(day('2026-12-25'), 1))).toBe('2026-12-29');
    expect(iso(calendar.addWorkingDays(day('2026-12-25'), -1))).toBe('2026-12-24');
  });

  it('counts the working days of a half-open span, negative when reversed', () => {
    // [Thu 12-24, Tue 01-05): 12-24, 12-28, 12-29, 12-30, 12-31, 01-04 = 6.
    expect(calendar.workingDaysBetween(day('2026-12-24'), day('2027-01-05'))).toBe(6);
    expect(calendar.workingDaysBetween(day('2027-01-05'), day('2026-12-24'))).toBe(-6);
    expect(calendar.workingDaysBetween(day('2026-12-25'), day('2026-12-28'))).toBe(0); // holiday and weekend
    expect(calendar.workingDaysBetween(day('2026-12-28'), day('2026-12-28'))).toBe(0);
    // Without holidays, Monday to the next Monday is a week of 5.
    expect(STANDARD_CALENDAR.workingDaysBetween(day('2027-01-04'), day('2027-01-11'))).toBe(5);
  });

  it('finds the next and previous working days, strictly and on-or-', () => {
    expect(iso(calendar.nextWorkingDay(day('2026-12-24')))).toBe('2026-12-28');
    expect(iso(calendar.nextWorkingDay(day('2026-12-31')))).toBe('2027-01-04');
    expect(iso(calendar.previousWorkingDay(day('2026-12-28')))).toBe('2026-12-24');
    expect(iso(calendar.previousWorkingDay(day('2027-01-02')))).toBe('2026-12-31');
    expect(iso(calendar.workingDayOnOrAfter(day('2026-12-25')))).toBe('2026-12-28');
    expect(iso(calendar.workingDayOnOrAfter(day('2026-12-24')))).toBe('2026-12-24');
    expect(iso(calendar.workingDayOnOrBefore(day('2026-12-27')))).toBe('2026-12-24');
    expect(iso(calendar.workingDayOnOrBefore(new Date('2026-12-24T18:00:00Z')))).toBe('2026-12-24');
  });
});

describe('other weeks', () => {
  it('schedules a Sunday-to-Thursday week with a holiday', () => {
    // Sun 01-03 (0), Mon 01-04 (1), Tue 01-05 holiday, Wed 01-06 (2), Thu 01-07 (3), Fri and Sat
    // off, Sun 01-10 (4).
    const calendar = workingCalendar({ workingDays: ['THURSDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'SUNDAY'], holidays: [day('2027-01-05')] });
    expect(calendar.workingDays).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'SUNDAY']);
    expect(calendar.isWorkingDay(day('2027-01-08'))).toBe(false);
    expect(calendar.isWorkingDay(day('2027-01-03'))).toBe(true);
    expect(iso(calendar.addWorkingDays(day('2027-01-03'), 2))).toBe('2027-01-06');
    expect(iso(calendar.addWorkingDays(day('2027-01-03'), 4))).toBe('2027-01-10');
    expect(iso(calendar.addWorkingDays(day('2027-01-10'), -4))).toBe('2027-01-03');
    expect(calendar.workingDaysBetween(day('2027-01-03'), day('2027-01-10'))).toBe(4);
    expect(iso(calendar.nextWorkingDay(day('2027-01-07')))).toBe('2027-01-10');
  });

  it('schedules a one-day week, and dates before 1970', () => {
    const wednesdays = workingCalendar({ workingDays: ['WEDNESDAY'] });
    expect(iso(wednesdays.workingDayOnOrAfter(day('2027-01-01')))).toBe('2027-01-06');
    expect(iso(wednesdays.addWorkingDays(day('2027-01-06'), 3))).toBe('2027-01-27');
    expect(iso(wednesdays.addWorkingDays(day('2027-01-06'), -1))).toBe('2026-12-30');
    // 1969-12-31 was a Wednesday, the week before 1970-01-07.
    expect(iso(wednesdays.previousWorkingDay(day('1970-01-07')))).toBe('1969-12-31');
    expect(wednesdays.workingDaysBetween(day('1969-12-01'), day('1970-01-01'))).toBe(5); // 12-03, 10, 17, 24, 31
  });

  it('refuses a week without working days, and unknown weekdays', () => {
    expect(() => workingCalendar({ workingDays: [] })).toThrow(InvalidCalendarError);
    expect(() => workingCalendar({ workingDays: [] })).toThrow('A working calendar needs at least one working weekday');
    expect(() => workingCalendar({ workingDays: ['FUNDAY' as Weekday] })).toThrow('"FUNDAY" is not a weekday (MONDAY to SUNDAY)');
    expect(() => workingCalendar({ holidays: [new Date('nope')] })).toThrow(InvalidCalendarError);
  });
});

describe('offsets and dates agree with a day-by-day count', () => {
  /** A small deterministic generator (mulberry32). */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('on 100 random calendars, every day of two years', () => {
    const next = random(12);
    const origin = day('2026-03-01');
    for (let trial = 0; trial < 100; trial++) {
      const weekdays = WEEKDAYS.filter(() => next() < 0.6);
      if (weekdays.length === 0) weekdays.push('FRIDAY');
      const holidays = Array.from({ length: Math.floor(next() * 40) }, () => addDays(origin, Math.floor(next() * 500) - 100));
      const calendar = workingCalendar({ workingDays: weekdays, holidays });
      const off = new Set(holidays.map(iso));
      const start = calendar.workingDayIndex(origin);
      let index = start;
      let last: Date | null = null;
      const wrong: string[] = []; // one expect per calendar: expect() on every day is slow
      for (let k = 0; k < 730; k++) {
        const date = addDays(origin, k);
        const works = weekdays.includes(weekdayOf(date)) && !off.has(iso(date));
        if (calendar.isWorkingDay(date) !== works) wrong.push(`${iso(date)} working`);
        if (calendar.workingDayIndex(date) !== index) wrong.push(`${iso(date)} index`);
        if (calendar.workingDaysBetween(origin, date) !== index - start) wrong.push(`${iso(date)} between`);
        if (last && iso(calendar.previousWorkingDay(date)) !== iso(last)) wrong.push(`${iso(date)} previous`);
        if (works) {
          if (iso(calendar.dateOfWorkingDay(index)) !== iso(date)) wrong.push(`${iso(date)} date of index`);
          if (iso(calendar.addWorkingDays(origin, index - start)) !== iso(date)) wrong.push(`${iso(date)} add`);
          last = date;
          index++;
        }
      }
      expect({ weekdays, wrong }).toEqual({ weekdays, wrong: [] });
    }
  });
});
