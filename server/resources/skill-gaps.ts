// Skill gaps: for each skill the demands of a span ask for, the hours needed against the free
// hours of the people qualified for it (at the demands' lowest minimum level or above), the gap,
// the projects that need it, and what would close it: people one level below who could be
// trained, and mentors (level 4 or more) with the hours they have free. A fixed number of
// statements whatever the number of skills and people.
import { readablePeopleAmong } from '../auth/person-access.js';
import type { RequestContext } from '../platform/context.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { organisationCalendarOfRequest } from './calendar.js';
import type { AbsenceSpan } from './lib/capacity.js';
import { bookedHoursBetween, type BookingSpan, LoadDays, loadCells, periodCountOf } from './lib/load.js';
import { MAX_HEATMAP_WEEKS } from './heatmap.js';

/** The level from which someone may mentor others in a skill (4 Advanced, 5 Expert). */
export const MENTOR_LEVEL = 4;
/** At most this many trainees and mentors listed per skill (the most free hours first). */
const MAX_LISTED = 20;

export interface SkillGapPerson {
  userId: string;
  skillId: string;
  level: number;
  /** Capacity less hard bookings over the span. */
  freeHours: number;
}

export interface SkillGap {
  skillId: string;
  /** The level counted as qualified: the lowest minimum level the demands ask. */
  level: number;
  demandHours: number;
  /** Of those, booked against the demands (soft or hard). */
  bookedHours: number;
  /** Free hours of the qualified people over the span. */
  availableHours: number;
  /** Hours still needed that the qualified people's free hours cannot cover. */
  gapHours: number;
  qualifiedPeople: number;
  projects: { projectId: string; demandHours: number }[];
  /** People one level below the level: training would qualify them. */
  trainees: SkillGapPerson[];
  /** People at level 4 or more who could mentor the trainees. */
  mentors: SkillGapPerson[];
}

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

export async function skillGaps(ctx: Reader, input: { from: Date; to: Date; portfolioId?: string | null }): Promise<SkillGap[]> {
  const viewer = ctx.viewer!;
  if (viewer.role === 'TEAM_MEMBER') throw new ForbiddenError('Skill gaps are for the PMO, executives, portfolio and project managers');
  if (input.to < input.from) throw ValidationError.single(['input', 'to'], 'to must not be before from');
  if (periodCountOf(input.from, input.to, 'WEEK') > MAX_HEATMAP_WEEKS) throw ValidationError.single(['input', 'to'], `At most ${MAX_HEATMAP_WEEKS} weeks at once`);
  const demands = await ctx.prisma.resourceDemand.findMany({
    where: { skillId: { not: null }, from: { lte: input.to }, to: { gte: input.from }, ...(input.portfolioId && { project: { portfolioId: input.portfolioId } }) },
    select: { skillId: true, minLevel: true, projectId: true, from: true, to: true, hoursPerWeek: true, allocations: { where: { declinedAt: null }, select: { from: true, to: true, hoursPerWeek: true } } },
  });
  if (demands.length === 0) return [];
  const skillIds = [...new Set(demands.map((demand) => demand.skillId!))];
  const [{ calendar }, holders] = await Promise.all([
    organisationCalendarOfRequest(ctx),
    ctx.prisma.userSkill.findMany({ where: { skillId: { in: skillIds }, user: { active: true } }, select: { skillId: true, userId: true, level: true, user: { select: { weeklyCapacityHours: true } } } }),
  ]);
  const userIds = [...new Set(holders.map((holder) => holder.userId))];
  const [absences, bookings, readable] = await Promise.all([
    ctx.prisma.absence.findMany({ where: { userId: { in: userIds }, from: { lte: input.to }, to: { gte: input.from } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
    ctx.prisma.allocation.findMany({ where: { userId: { in: userIds }, kind: 'HARD', declinedAt: null, from: { lte: input.to }, to: { gte: input.from } }, select: { userId: true, from: true, to: true, hoursPerWeek: true, kind: true } }),
    readablePeopleAmong(ctx, userIds),
  ]);
  // Free hours of each holder over the span, from the same day-by-day load as the heatmap.
  const days = new LoadDays([{ start: input.from, end: input.to }], calendar);
  const absencesOf = groupBy(absences, (absence): AbsenceSpan => ({ from: absence.from, to: absence.to, hoursPerDay: absence.hoursPerDay === null ? null : Number(absence.hoursPerDay) }));
  const bookingsOf = groupBy(bookings, (booking): BookingSpan => ({ from: booking.from, to: booking.to, hoursPerWeek: Number(booking.hoursPerWeek), kind: booking.kind }));
  const freeOf = new Map<string, number>();
  for (const holder of holders) {
    if (freeOf.has(holder.userId)) continue;
    const [cell] = loadCells(days, { weeklyCapacityHours: holder.user.weeklyCapacityHours, absences: absencesOf.get(holder.userId) ?? [], bookings: bookingsOf.get(holder.userId) ?? [] }, 0);
    freeOf.set(holder.userId, Math.max(0, round(cell!.capacityHours - cell!.hardHours)));
  }
  const hoursIn = (span: { from: Date; to: Date; hoursPerWeek: { toString(): string } }, within: { from: Date; to: Date }) =>
    bookedHoursBetween(calendar, { from: span.from, to: span.to, hoursPerWeek: Number(span.hoursPerWeek) }, within.from > input.from ? within.from : input.from, within.to < input.to ? within.to : input.to);

  const gaps = skillIds.map((skillId): SkillGap => {
    const own = demands.filter((demand) => demand.skillId === skillId);
    const level = Math.min(...own.map((demand) => demand.minLevel ?? 1));
    const byProject = new Map<string, number>();
    let demandHours = 0;
    let bookedHours = 0;
    for (const demand of own) {
      const hours = hoursIn(demand, demand);
      demandHours += hours;
      byProject.set(demand.projectId, (byProject.get(demand.projectId) ?? 0) + hours);
      for (const booking of demand.allocations) bookedHours += hoursIn(booking, demand);
    }
    const ofSkill = holders.filter((holder) => holder.skillId === skillId);
    const qualified = ofSkill.filter((holder) => holder.level >= level);
    const availableHours = qualified.reduce((sum, holder) => sum + freeOf.get(holder.userId)!, 0);
    const person = (holder: (typeof holders)[number]): SkillGapPerson => ({ userId: holder.userId, skillId, level: holder.level, freeHours: freeOf.get(holder.userId)! });
    const listed = (people: typeof holders) =>
      people.filter((holder) => readable.has(holder.userId)).map(person).sort((a, b) => b.freeHours - a.freeHours || a.userId.localeCompare(b.userId)).slice(0, MAX_LISTED);
    return {
      skillId,
      level,
      demandHours: round(demandHours),
      bookedHours: round(bookedHours),
      availableHours: round(availableHours),
      gapHours: round(Math.max(0, demandHours - bookedHours - availableHours)),
      qualifiedPeople: qualified.length,
      projects: [...byProject].map(([projectId, hours]) => ({ projectId, demandHours: round(hours) })).sort((a, b) => b.demandHours - a.demandHours || a.projectId.localeCompare(b.projectId)),
      trainees: level > 1 ? listed(ofSkill.filter((holder) => holder.level === level - 1)) : [],
      mentors: listed(ofSkill.filter((holder) => holder.level >= MENTOR_LEVEL)),
    };
  });
  // The largest gaps first, then the largest demand.
  return gaps.sort((a, b) => b.gapHours - a.gapHours || b.demandHours - a.demandHours || a.skillId.localeCompare(b.skillId));
}

function groupBy<Row extends { userId: string }, T>(rows: readonly Row[], map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.userId, [...(groups.get(row.userId) ?? []), map(row)]);
  return groups;
}

const round = (value: number): number => Math.round(value * 100) / 100;
