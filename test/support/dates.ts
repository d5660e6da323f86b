// Dates relative to now, as the API's scalars write them.
const DAY_MS = 24 * 60 * 60 * 1000;
/** A calendar date `days` from today (UTC), as the Date scalar writes it. */
export const daysFromToday = (days: number) => inDays(days).slice(0, 10);
/** The instant `days` from now, as the DateTime scalar writes it. */
export const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
