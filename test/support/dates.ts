// Dates relative to now, as the API's scalars write them (day arithmetic: the server's calendar).
import { addDays, isoDate } from '../../server/platform/calendar.js';

/** A calendar date `days` from today (UTC), as the Date scalar writes it. */
export const daysFromToday = (days: number) => isoDate(addDays(new Date(), days));
/** The instant `days` from now, as the DateTime scalar writes it. */
export const inDays = (days: number) => addDays(new Date(), days).toISOString();
