// Calendar dates and day arithmetic: the one place that knows how long a day is.
//
// Dates in the API and in facts are calendar dates, "YYYY-MM-DD", held as Dates at midnight UTC.
// On UTC midnights day arithmetic is exact (UTC has no daylight saving), so it needs no date
// library. A working calendar (WorkingCalendar: working weekdays and holidays) counts working
// days on top of these functions; schedulers use it for every date they compute.

const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of the day `instant` falls on. */
export const startOfDay = (instant: Date): Date => new Date(dayNumber(instant) * DAY_MS);

/** Days since 1970-01-01 (UTC) of the day `instant` falls on. */
export const dayNumber = (instant: Date): number => Math.floor(instant.getTime() / DAY_MS);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number => dayNumber(to) - dayNumber(from);

/** The same time of day, `days` calendar days later (earlier when negative). */
export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** "YYYY-MM-DD" of the UTC day of `date`; null stays null. */
export function isoDate(date: Date): string;
export function isoDate(date: Date | null): string | null;
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The calendar date "YYYY-MM-DD" as midnight UTC, or null when it is not a real day (2026-02-30). */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls over (2026-02-30 is 2026-03-02); a real day reads back the same.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Whether `value` is a real calendar day written "YYYY-MM-DD". */
export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== null;

// ---------------------------------------------------------------------------------------------
// Working calendar: working weekdays (default Monday to Friday) and holidays.
//
// Working days are numbered on one scale: the working-day index of a day is the number of
// working days from a fixed reference (Monday 1969-12-29) up to, not including, that day. A
// working day and the index are in one-to-one correspondence; a non-working day (weekend,
// holiday) has the index of the first working day after it. Offsets from an origin are
// differences of indices, so the conversions both ways cost O(log holidays) and allocate nothing
// but the Date they return:
//   index(day)   = whole weeks × working days a week + working weekdays earlier in its week
//                  − holidays (on working weekdays) before the day         (binary search)
//   day(index)   = the weekly ordinal index + h, where h counts the holidays j whose weekly
//                  ordinal minus j is ≤ index                               (binary search)
// ---------------------------------------------------------------------------------------------

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** The days of the week in ISO order, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A calendar's working weekdays when none are given: Monday to Friday. */
export const DEFAULT_WORKING_DAYS: readonly Weekday[] = WEEKDAYS.slice(0, 5);

/** The most holidays a stored calendar holds (decades of public holidays). */
export const MAX_HOLIDAYS = 1000;

/** A calendar as it is stored: working weekdays in week order, each once; holidays each once, in order. */
export function normalisedCalendar(workingDays: readonly Weekday[], holidays: readonly Date[]): { workingDays: Weekday[]; holidays: Date[] } {
  return {
    workingDays: WEEKDAYS.filter((day) => workingDays.includes(day)),
    holidays: [...new Map(holidays.map((day) => [dayNumber(day), startOfDay(day)])).values()].sort((a, b) => a.getTime() - b.getTime()),
  };
}

/** Day number of the Monday the working-day scale counts from (1969-12-29; 1970-01-01 was a Thursday). */
const REFERENCE_MONDAY = -3;

/** a mod b, never negative. */
const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** 0 for Monday … 6 for Sunday, of the day numbered `day`. */
const weekdayNumber = (day: number): number => mod(day - REFERENCE_MONDAY, 7);

/** The day of the week of the UTC day of `instant`. */
export const weekdayOf = (instant: Date): Weekday => WEEKDAYS[weekdayNumber(dayNumber(instant))]!;

/** A calendar that cannot schedule anything (no working weekday, an unknown weekday, an invalid holiday). */
export class InvalidCalendarError extends Error {
  override readonly name = 'InvalidCalendarError';
}

export interface WorkingCalendarInput {
  /** Working weekdays, in any order, repeats ignored; default Monday to Friday. At least one. */
  workingDays?: readonly Weekday[];
  /** Non-working dates (any time of day counts as its UTC day); repeats and weekend dates are harmless. */
  holidays?: readonly Date[];
}

/** How many values of the sorted `values` are < `limit` (or ≤ when `inclusive`). */
function countBelow(values: Float64Array, limit: number, inclusive: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle]!;
    if (value < limit || (inclusive && value === limit)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A working calendar. Days are calendar days (midnight UTC, as the rest of this module); any
 * time of day given is read as its UTC day. Build one with `workingCalendar(...)`.
 */
export class WorkingCalendar {
  /** The working weekdays, in week order (Monday first). */
  readonly workingDays: readonly Weekday[];
  /** The holidays, each once, sorted, at midnight UTC (including any that fall on a non-working weekday). */
  readonly holidays: readonly Date[];

  /** Working days a week. */
  readonly #perWeek: number;
  /** works[w]: weekday w (0 Monday … 6 Sunday) is a working weekday. */
  readonly #works: boolean[];
  /** before[w]: working weekdays earlier in the week than weekday w. */
  readonly #before: number[];
  /** nth[r]: the weekday number of the week's r-th working weekday (from 0). */
  readonly #nth: number[];
  /** Day numbers of the holidays on working weekdays, sorted: the ones that remove a working day. */
  readonly #holidayDays: Float64Array;
  readonly #holidaySet: Set<number>;
  /** Per such holiday j: its weekly ordinal minus j (non-decreasing), for day(index). */
  readonly #holidayShift: Float64Array;

  constructor(input: WorkingCalendarInput = {}) {
    const given = input.workingDays ?? DEFAULT_WORKING_DAYS;
    for (const day of given) {
      if (!WEEKDAYS.includes(day)) throw new InvalidCalendarError(`"${String(day)}" is not a weekday (MONDAY to SUNDAY)`);
    }
    this.#works = WEEKDAYS.map((day) => given.includes(day));
    this.workingDays = WEEKDAYS.filter((_, w) => this.#works[w]);
    this.#perWeek = this.workingDays.length;
    if (this.#perWeek === 0) throw new InvalidCalendarError('A working calendar needs at least one working weekday');
    this.#before = [];
    this.#nth = [];
    for (let w = 0, count = 0; w < 7; w++) {
      this.#before.push(count);
      if (this.#works[w]) {
        this.#nth.push(w);
        count++;
      }
    }

    const days = new Set<number>();
    for (const holiday of input.holidays ?? []) {
      if (!(holiday instanceof Date) || Number.isNaN(holiday.getTime())) throw new InvalidCalendarError(`A holiday must be a valid date, not ${String(holiday)}`);
      days.add(dayNumber(holiday));
    }
    const sorted = [...days].sort((a, b) => a - b);
    this.holidays = sorted.map((day) => new Date(day * DAY_MS));
    const removing = sorted.filter((day) => this.#works[weekdayNumber(day)]);
    this.#holidayDays = Float64Array.from(removing);
    this.#holidaySet = new Set(removing);
    this.#holidayShift = Float64Array.from(removing, (day, j) => this.#weeklyIndex(day) - j);
  }

  /** Working weekdays (holidays not counted) from the reference Monday up to, not including, `day`. */
  #weeklyIndex(day: number): number {
    const fromReference = day - REFERENCE_MONDAY;
    const weeks = Math.floor(fromReference / 7);
    return weeks * this.#perWeek + this.#before[fromReference - weeks * 7]!;
  }

  #isWorking(day: number): boolean {
    return this.#works[weekdayNumber(day)]! && !this.#holidaySet.has(day);
  }

  #index(day: number): number {
    return this.#weeklyIndex(day) - countBelow(this.#holidayDays, day, false);
  }

  #day(index: number): number {
    const weekly = index + countBelow(this.#holidayShift, index, true);
    const weeks = Math.floor(weekly / this.#perWeek);
    return REFERENCE_MONDAY + weeks * 7 + this.#nth[weekly - weeks * this.#perWeek]!;
  }

  /** Whether the day of `date` is a working day: a working weekday and not a holiday. */
  isWorkingDay(date: Date): boolean {
    return this.#isWorking(dayNumber(date));
  }

  /**
   * The working-day index of the day of `date`: working days from a fixed reference up to it. A
   * non-working day has the index of the next working day. Differences of indices are offsets.
   */
  workingDayIndex(date: Date): number {
    return this.#index(dayNumber(date));
  }

  /** The working day (midnight UTC) whose working-day index is `index` (an integer). */
  dateOfWorkingDay(index: number): Date {
    if (!Number.isInteger(index)) throw new RangeError(`A working-day index is an integer, not ${index}`);
    return new Date(this.#day(index) * DAY_MS);
  }

  /**
   * The working day `n` working days after `date` (before it when negative). Offset 0 is `date`
   * itself when it is a working day, else the next working day: from a Saturday, 0 is the
   * Monday, 1 the Tuesday, −1 the Friday (Monday to Friday). The inverse of workingDaysBetween:
   * workingDaysBetween(date, addWorkingDays(date, n)) === n.
   */
  addWorkingDays(date: Date, n: number): Date {
    return this.dateOfWorkingDay(this.workingDayIndex(date) + n);
  }

  /**
   * Working days in [from, to): from included, to excluded; negative when `to` is earlier.
   * Monday to the next Monday is 5; a task from Monday to Friday inclusive spans
   * workingDaysBetween(monday, saturday) = 5.
   */
  workingDaysBetween(from: Date, to: Date): number {
    return this.workingDayIndex(to) - this.workingDayIndex(from);
  }

  /** `date`'s day when it is a working day, else the first working day after it. */
  workingDayOnOrAfter(date: Date): Date {
    return new Date(this.#day(this.workingDayIndex(date)) * DAY_MS);
  }

  /** `date`'s day when it is a working day, else the last working day before it. */
  workingDayOnOrBefore(date: Date): Date {
    const day = dayNumber(date);
    return this.#isWorking(day) ? new Date(day * DAY_MS) : new Date(this.#day(this.#index(day) - 1) * DAY_MS);
  }

  /** The first working day after the day of `date` (strictly after). */
  nextWorkingDay(date: Date): Date {
    return new Date(this.#day(this.#index(dayNumber(date) + 1)) * DAY_MS);
  }

  /** The last working day before the day of `date` (strictly before). */
  previousWorkingDay(date: Date): Date {
    return new Date(this.#day(this.#index(dayNumber(date)) - 1) * DAY_MS);
  }
}

/** A working calendar; throws InvalidCalendarError when it has no working weekday. */
export const workingCalendar = (input: WorkingCalendarInput = {}): WorkingCalendar => new WorkingCalendar(input);

/** Monday to Friday, no holidays. */
export const STANDARD_CALENDAR: WorkingCalendar = new WorkingCalendar();
