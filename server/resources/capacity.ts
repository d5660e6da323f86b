// People's capacity per week over a span (lib/capacity.ts), read in two statements for every
// person a request asks about: the people, and their absences in the span.
import type { RequestContext } from '../platform/context.js';
import { keyedRequestLoader } from '../platform/loaders.js';
import { organisationCalendarOfRequest } from './calendar.js';
import { type AbsenceSpan, weeklyCapacity, type WeekCapacity } from './lib/capacity.js';

/** The longest span asked at once: two years of weeks. */
export const MAX_CAPACITY_WEEKS = 105;

type Reader = Pick<RequestContext, 'cache' | 'prisma'>;

const capacityLoader = keyedRequestLoader(
  (span: { from: Date; to: Date }) => `${span.from.toISOString()}/${span.to.toISOString()}`,
  async (ctx: Reader, span: { from: Date; to: Date }, userIds: readonly string[]) => {
    const ids = [...userIds];
    const [people, absences, { calendar }] = await Promise.all([
      ctx.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, weeklyCapacityHours: true } }),
      ctx.prisma.absence.findMany({ where: { userId: { in: ids }, from: { lte: span.to }, to: { gte: span.from } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
      organisationCalendarOfRequest(ctx),
    ]);
    const spansOf = new Map<string, AbsenceSpan[]>();
    for (const absence of absences) {
      const list = spansOf.get(absence.userId) ?? [];
      list.push({ from: absence.from, to: absence.to, hoursPerDay: absence.hoursPerDay === null ? null : Number(absence.hoursPerDay) });
      spansOf.set(absence.userId, list);
    }
    const hoursOf = new Map(people.map((person) => [person.id, person.weeklyCapacityHours]));
    return ids.map((id): WeekCapacity[] | null => {
      const hours = hoursOf.get(id);
      return hours === undefined ? null : weeklyCapacity(span.from, span.to, hours, calendar, spansOf.get(id) ?? []);
    });
  },
);

/** `capacityOf(ctx, { from, to }).load(userId)`: the person's capacity for each week (Monday first) from the week of `from` to that of `to`. */
export const capacityOf = (ctx: Reader, span: { from: Date; to: Date }) => capacityLoader(ctx, span);
