// Calendar dates and day arithmetic: the one place that knows how long a day is.
//
// Dates in the API and in facts are calendar dates, "YYYY-MM-DD", held as Dates at midnight UTC.
// On UTC midnights day arithmetic is exact (UTC has no daylight saving), so it needs no date
// library; a working-day calendar (weekdays, holidays) will build on these functions.

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
