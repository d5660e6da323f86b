// Candidates for a resource demand: the people who hold the skill (any level) or the project
// role, each with the evidence a resource manager decides on — their level against the minimum,
// their free hours in each week of the demand — ranked by lib/candidates.ts. A fixed number of
// statements whatever the number of candidates.
import type { RequestContext } from '../platform/context.js';
import { ForbiddenError, NotFoundError } from '../platform/errors.js';
import { addDays } from '../platform/calendar.js';
import { canReadProject } from '../auth/project-access.js';
import { organisationCalendarOfRequest } from './calendar.js';
import { type AbsenceSpan } from './lib/capacity.js';
import { rankCandidates, type RankedCandidate } from './lib/candidates.js';
import { bookedHoursBetween, type BookingSpan, LoadDays, loadCells, periodsOf } from './lib/load.js';

/** At most this many candidates answered (and considered: the pool is bounded too). */
export const MAX_CANDIDATES = 50;
const MAX_POOL = 2000;

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

export type Candidate = RankedCandidate & { costRate: string; minLevel: number | null };

export async function candidatesForDemand(ctx: Reader, demandId: string, first: number): Promise<Candidate[]> {
  const viewer = ctx.viewer!;
  if (viewer.role !== 'PMO_ADMIN' && viewer.role !== 'PORTFOLIO_MANAGER' && viewer.role !== 'PROJECT_MANAGER') {
    throw new ForbiddenError('Candidates are searched by the PMO, portfolio owners and project managers');
  }
  const demand = await ctx.prisma.resourceDemand.findUnique({ where: { id: demandId }, select: { id: true, projectId: true, skillId: true, minLevel: true, projectRole: true, from: true, to: true, hoursPerWeek: true } });
  if (!demand || !(await canReadProject(ctx, demand.projectId))) throw new NotFoundError('ResourceDemand', demandId);
  const role = demand.projectRole;
  const pool = await ctx.prisma.user.findMany({
    where: {
      active: true,
      OR: [
        ...(demand.skillId ? [{ skills: { some: { skillId: demand.skillId } } }] : []),
        ...(role ? [{ memberships: { some: { projectRole: { equals: role, mode: 'insensitive' as const } } } }] : []),
      ],
    },
    select: {
      id: true, weeklyCapacityHours: true, costRate: true,
      skills: { where: { skillId: demand.skillId ?? undefined }, select: { level: true }, take: demand.skillId ? 1 : 0 },
      memberships: { where: { projectId: demand.projectId, ...(role && { projectRole: { equals: role, mode: 'insensitive' } }) }, select: { id: true }, take: role ? 1 : 0 },
    },
    orderBy: { id: 'asc' },
    take: MAX_POOL,
  });
  const ids = pool.map((person) => person.id);
  const [{ calendar }, absences, bookings] = await Promise.all([
    organisationCalendarOfRequest(ctx),
    ctx.prisma.absence.findMany({ where: { userId: { in: ids }, from: { lte: demand.to }, to: { gte: demand.from } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
    ctx.prisma.allocation.findMany({ where: { userId: { in: ids }, declinedAt: null, from: { lte: demand.to }, to: { gte: demand.from } }, select: { userId: true, from: true, to: true, hoursPerWeek: true, kind: true } }),
  ]);
  const periods = periodsOf(demand.from, demand.to, 'WEEK');
  const days = new LoadDays(periods, calendar);
  const span = { from: demand.from, to: demand.to, hoursPerWeek: Number(demand.hoursPerWeek) };
  const weeks = periods.map((week) => ({ weekStart: week.start, neededHours: bookedHoursBetween(calendar, span, week.start, addDays(week.start, 6)) }));
  const absencesOf = new Map<string, AbsenceSpan[]>();
  for (const a of absences) absencesOf.set(a.userId, [...(absencesOf.get(a.userId) ?? []), { from: a.from, to: a.to, hoursPerDay: a.hoursPerDay === null ? null : Number(a.hoursPerDay) }]);
  const bookingsOf = new Map<string, BookingSpan[]>();
  for (const b of bookings) bookingsOf.set(b.userId, [...(bookingsOf.get(b.userId) ?? []), { from: b.from, to: b.to, hoursPerWeek: Number(b.hoursPerWeek), kind: b.kind }]);
  const minLevel = demand.skillId ? (demand.minLevel ?? 1) : null;
  const costOf = new Map(pool.map((person) => [person.id, person.costRate.toFixed(2)]));
  const ranked = rankCandidates(
    { minLevel, weeks },
    pool.map((person) => {
      const cells = loadCells(days, { weeklyCapacityHours: person.weeklyCapacityHours, absences: absencesOf.get(person.id) ?? [], bookings: bookingsOf.get(person.id) ?? [] }, 0);
      return {
        userId: person.id,
        level: person.skills[0]?.level ?? null,
        roleMatch: !!role && person.memberships.length > 0,
        // Free hours count only in the weeks the demand needs hours (coverage caps them at the need).
        freeHours: cells.map((cell, w) => (weeks[w]!.neededHours > 0 ? cell.capacityHours - cell.hardHours - cell.softHours : 0)),
      };
    }),
  );
  return ranked.slice(0, Math.max(0, Math.min(first, MAX_CANDIDATES))).map((candidate) => ({ ...candidate, costRate: costOf.get(candidate.userId)!, minLevel }));
}
