// The capacity heatmap: for each person in scope and each week or month, capacity against hard and
// soft bookings; and per skill, the supply of people who hold it against the demand for it. A
// fixed number of statements whatever the number of people (people, absences, bookings, the
// calendar, the settings, and for skills their demands and holders); the cells are computed
// in lib/load.ts.
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import type { RequestContext } from '../platform/context.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { readablePeopleAmong } from '../auth/person-access.js';
import { organisationCalendarOfRequest } from './calendar.js';
import { type AbsenceSpan } from './lib/capacity.js';
import { bookedHoursBetween, type BookingSpan, type Interval, LoadDays, loadCells, type LoadCell, periodCountOf, periodsOf, type PersonLoad } from './lib/load.js';
import { resourceSettings } from './settings.js';

/** At most this many people in one heatmap (narrow it by portfolio, skill or people). */
export const MAX_HEATMAP_PEOPLE = 2000;
/** At most this many periods: two years of weeks, or of months. */
export const MAX_HEATMAP_WEEKS = 105;
export const MAX_HEATMAP_MONTHS = 24;

export interface HeatmapInput {
  from: Date;
  to: Date;
  interval: Interval;
  portfolioId?: string | null;
  skillKey?: string | null;
  userIds?: readonly string[] | null;
}

export interface HeatmapRow {
  userId: string;
  cells: LoadCell[];
}

export interface SkillCell {
  periodStart: Date;
  /** Capacity of the people in scope who hold the skill at the row's level or above. */
  supplyHours: number;
  /** Of it, not hard-booked (on any project). */
  freeHours: number;
  /** Hours the demands for the skill need in the period. */
  demandHours: number;
  /** Of those, booked against the demands (soft or hard). */
  bookedHours: number;
  /** demandHours − bookedHours: still to be found. */
  openHours: number;
  /** demandHours − supplyHours when positive: more is needed than the people who hold it have. */
  shortfallHours: number;
}

export interface SkillRow {
  skillId: string;
  /** The level counted as supply: the lowest minimum level the demands ask (1 without demands). */
  level: number;
  holders: number;
  cells: SkillCell[];
}

export interface Heatmap {
  periods: Date[];
  rows: HeatmapRow[];
  skills: SkillRow[];
  tolerance: number;
}

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

export async function capacityHeatmap(ctx: Reader, input: HeatmapInput): Promise<Heatmap> {
  const viewer = ctx.viewer!;
  checkSpan(input);
  const periods = periodsOf(input.from, input.to, input.interval);
  const [{ calendar }, { overallocationTolerance }, skill] = await Promise.all([
    organisationCalendarOfRequest(ctx),
    resourceSettings(ctx.prisma),
    input.skillKey ? ctx.prisma.skill.findUnique({ where: { key: input.skillKey }, select: { id: true } }) : null,
  ]);
  if (input.skillKey && !skill) throw ValidationError.single(['input', 'skillKey'], `No skill has the key "${input.skillKey}"`);
  const days = new LoadDays(periods, calendar);
  const spanFrom = days.first;
  const spanTo = periods.at(-1)!.end;

  const people = await ctx.prisma.user.findMany({
    where: peopleWhere(input, skill?.id ?? null, spanFrom, spanTo),
    select: { id: true, name: true, weeklyCapacityHours: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: MAX_HEATMAP_PEOPLE + 1,
  });
  if (people.length > MAX_HEATMAP_PEOPLE) {
    throw ValidationError.single(['input'], `More than ${MAX_HEATMAP_PEOPLE} people are in scope: narrow it by portfolioId, skillKey or userIds`);
  }
  const readable = await readablePeopleAmong(ctx, [...people.map((person) => person.id), ...(input.userIds ?? [])]);
  if (input.userIds) {
    const refused = input.userIds.find((id) => !readable.has(id));
    if (refused) throw new ForbiddenError('You may read the load of yourself and of the people whose work you plan');
  }
  const aggregates = viewer.role !== 'TEAM_MEMBER';
  // Skill rows count everyone in scope; person rows only those the viewer may read.
  const counted = aggregates ? people : people.filter((person) => readable.has(person.id));
  const ids = counted.map((person) => person.id);
  const [absences, bookings] = await Promise.all([
    ctx.prisma.absence.findMany({ where: { userId: { in: ids }, from: { lte: spanTo }, to: { gte: spanFrom } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
    ctx.prisma.allocation.findMany({
      where: { userId: { in: ids }, declinedAt: null, from: { lte: spanTo }, to: { gte: spanFrom } },
      select: { userId: true, from: true, to: true, hoursPerWeek: true, kind: true },
    }),
  ]);
  const loads = new Map<string, { absences: AbsenceSpan[]; bookings: BookingSpan[] }>(ids.map((id) => [id, { absences: [], bookings: [] }]));
  for (const absence of absences) loads.get(absence.userId)!.absences.push({ from: absence.from, to: absence.to, hoursPerDay: absence.hoursPerDay === null ? null : Number(absence.hoursPerDay) });
  for (const booking of bookings) loads.get(booking.userId)!.bookings.push({ from: booking.from, to: booking.to, hoursPerWeek: Number(booking.hoursPerWeek), kind: booking.kind });

  const cellsOf = new Map<string, LoadCell[]>();
  for (const person of counted) {
    const load: PersonLoad = { weeklyCapacityHours: person.weeklyCapacityHours, ...loads.get(person.id)! };
    cellsOf.set(person.id, loadCells(days, load, overallocationTolerance));
  }
  const rows = counted.filter((person) => readable.has(person.id)).map((person) => ({ userId: person.id, cells: cellsOf.get(person.id)! }));
  const skills = aggregates ? await skillRows(ctx, input, skill?.id ?? null, days, cellsOf, spanFrom, spanTo) : [];
  return { periods: periods.map((period) => period.start), rows, skills, tolerance: overallocationTolerance };
}

function checkSpan(input: HeatmapInput): void {
  if (input.to < input.from) throw ValidationError.single(['input', 'to'], 'to must not be before from');
  const count = periodCountOf(input.from, input.to, input.interval);
  const max = input.interval === 'WEEK' ? MAX_HEATMAP_WEEKS : MAX_HEATMAP_MONTHS;
  if (count > max) throw ValidationError.single(['input', 'to'], `At most ${max} ${input.interval === 'WEEK' ? 'weeks' : 'months'} at once`);
  if (input.userIds && input.userIds.length > MAX_HEATMAP_PEOPLE) throw ValidationError.single(['input', 'userIds'], `At most ${MAX_HEATMAP_PEOPLE} people`);
}

/** The people in scope: those named, those working on the portfolio in the span, those holding the skill (every condition given). */
function peopleWhere(input: HeatmapInput, skillId: string | null, from: Date, to: Date): Prisma.UserWhereInput {
  const conditions: Prisma.UserWhereInput[] = [{ active: true }];
  if (input.userIds) conditions.push({ id: { in: [...input.userIds] } });
  if (skillId) conditions.push({ skills: { some: { skillId } } });
  if (input.portfolioId) {
    conditions.push({
      OR: [
        { allocations: { some: { declinedAt: null, from: { lte: to }, to: { gte: from }, project: { portfolioId: input.portfolioId } } } },
        { memberships: { some: { project: { portfolioId: input.portfolioId, status: { in: ['APPROVED', 'ACTIVE', 'ON_HOLD'] } } } } },
      ],
    });
  }
  return { AND: conditions };
}

async function skillRows(
  ctx: Reader,
  input: HeatmapInput,
  skillId: string | null,
  days: LoadDays,
  cellsOf: ReadonlyMap<string, LoadCell[]>,
  from: Date,
  to: Date,
): Promise<SkillRow[]> {
  const demands = await ctx.prisma.resourceDemand.findMany({
    where: {
      skillId: skillId ?? { not: null },
      from: { lte: to },
      to: { gte: from },
      ...(input.portfolioId && { project: { portfolioId: input.portfolioId } }),
    },
    select: { skillId: true, minLevel: true, from: true, to: true, hoursPerWeek: true, allocations: { where: { declinedAt: null }, select: { from: true, to: true, hoursPerWeek: true } } },
  });
  const skillIds = [...new Set([...(skillId ? [skillId] : []), ...demands.map((demand) => demand.skillId!)])];
  if (skillIds.length === 0) return [];
  const holders = await ctx.prisma.userSkill.findMany({ where: { skillId: { in: skillIds }, userId: { in: [...cellsOf.keys()] } }, select: { skillId: true, userId: true, level: true } });
  const calendar = days.calendar;
  return skillIds.map((id): SkillRow => {
    const own = demands.filter((demand) => demand.skillId === id);
    const level = own.length ? Math.min(...own.map((demand) => demand.minLevel ?? 1)) : 1;
    const qualified = holders.filter((holder) => holder.skillId === id && holder.level >= level).map((holder) => cellsOf.get(holder.userId)!);
    const cells = days.periods.map((period, p): SkillCell => {
      let supplyHours = 0;
      let freeHours = 0;
      for (const cells of qualified) {
        supplyHours += cells[p]!.capacityHours;
        freeHours += Math.max(0, cells[p]!.capacityHours - cells[p]!.hardHours);
      }
      let demandHours = 0;
      let bookedHours = 0;
      for (const demand of own) {
        demandHours += bookedHoursBetween(calendar, { ...demand, hoursPerWeek: Number(demand.hoursPerWeek) }, maxDate(period.start, demand.from), minDate(period.end, demand.to));
        for (const booking of demand.allocations) {
          bookedHours += bookedHoursBetween(calendar, { ...booking, hoursPerWeek: Number(booking.hoursPerWeek) }, maxDate(period.start, demand.from), minDate(period.end, demand.to));
        }
      }
      const r = (value: number) => Math.round(value * 100) / 100;
      return {
        periodStart: period.start,
        supplyHours: r(supplyHours),
        freeHours: r(freeHours),
        demandHours: r(demandHours),
        bookedHours: r(bookedHours),
        openHours: r(Math.max(0, demandHours - bookedHours)),
        shortfallHours: r(Math.max(0, demandHours - supplyHours)),
      };
    });
    return { skillId: id, level, holders: qualified.length, cells };
  });
}

const maxDate = (a: Date, b: Date): Date => (a > b ? a : b);
const minDate = (a: Date, b: Date): Date => (a < b ? a : b);
