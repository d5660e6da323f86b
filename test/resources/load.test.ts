// The pure load rules: hours spread over the working days a booking covers, capacity as
// lib/capacity.ts computes it, over-allocation with the tolerance, and candidate ranking.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../server/platform/calendar.js';
import { weeklyCapacity } from '../../server/resources/lib/capacity.js';
import { rankCandidates } from '../../server/resources/lib/candidates.js';
import { bookedHoursBetween, isOverallocated, LoadDays, loadCells, overallocatedWeeks, periodsOf } from '../../server/resources/lib/load.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const calendar = workingCalendar({ holidays: [d('2026-03-04')] }); // a Wednesday
const weeks = (from: string, to: string) => new LoadDays(periodsOf(d(from), d(to), 'WEEK'), calendar);

describe('a person’s load', () => {
  it('spreads a booking’s weekly hours over the working days it covers; a holiday books nothing', () => {
    const days = weeks('2026-03-09', '2026-03-15');
    // Wednesday and Thursday of a five-day week: two fifths of 40 hours.
    const [cell] = loadCells(days, { weeklyCapacityHours: 40, absences: [], bookings: [{ from: d('2026-03-11'), to: d('2026-03-12'), hoursPerWeek: 40, kind: 'HARD' }] }, 0.1);
    expect(cell).toEqual({ periodStart: d('2026-03-09'), capacityHours: 40, hardHours: 16, softHours: 0, utilisation: 0.4, overAllocated: false });
    expect(bookedHoursBetween(calendar, { from: d('2026-03-02'), to: d('2026-03-08'), hoursPerWeek: 40 }, d('2026-03-02'), d('2026-03-08'))).toBe(32);
  });

  it('has the capacity lib/capacity.ts computes, with holidays and partial and overlapping absences', () => {
    const absences = [
      { from: d('2026-03-02'), to: d('2026-03-03'), hoursPerDay: 4 },
      { from: d('2026-03-03'), to: d('2026-03-03'), hoursPerDay: null },
      { from: d('2026-03-16'), to: d('2026-03-20'), hoursPerDay: 2 },
    ];
    const days = weeks('2026-03-02', '2026-03-22');
    const cells = loadCells(days, { weeklyCapacityHours: 37.5, absences, bookings: [] }, 0.1);
    expect(cells.map((cell) => cell.capacityHours)).toEqual(weeklyCapacity(d('2026-03-02'), d('2026-03-22'), 37.5, calendar, absences).map((week) => week.capacityHours));
    expect(cells.map((cell) => cell.capacityHours)).toEqual([18.5, 37.5, 27.5]);
  });

  it('is over-allocated only beyond the tolerance, week by week, and a month when any of its weeks is', () => {
    expect(isOverallocated(44, 40, 0.1)).toBe(false);
    expect(isOverallocated(44.01, 40, 0.1)).toBe(true);
    expect(isOverallocated(40.5, 40, 0)).toBe(true);
    const load = { weeklyCapacityHours: 40, absences: [], bookings: [
      { from: d('2026-03-09'), to: d('2026-03-13'), hoursPerWeek: 30, kind: 'HARD' as const },
      { from: d('2026-03-09'), to: d('2026-03-13'), hoursPerWeek: 15, kind: 'HARD' as const },
      { from: d('2026-03-16'), to: d('2026-03-20'), hoursPerWeek: 60, kind: 'SOFT' as const },
    ] };
    expect(overallocatedWeeks(weeks('2026-03-02', '2026-03-22'), load, 0.1)).toEqual([{ weekStart: d('2026-03-09'), capacityHours: 40, hardHours: 45 }]);
    expect(overallocatedWeeks(weeks('2026-03-02', '2026-03-22'), load, 0.125)).toEqual([]);
    const months = loadCells(new LoadDays(periodsOf(d('2026-03-01'), d('2026-04-30'), 'MONTH'), calendar), load, 0.1);
    expect(months.map((cell) => [cell.periodStart, cell.overAllocated])).toEqual([[d('2026-03-01'), true], [d('2026-04-01'), false]]);
  });
});

describe('candidate ranking', () => {
  const demand = { minLevel: 3, weeks: [{ weekStart: d('2026-03-02'), neededHours: 20 }, { weekStart: d('2026-03-09'), neededHours: 20 }] };
  it('puts time first among those at the level, and those below the level last, with the evidence', () => {
    const ranked = rankCandidates(demand, [
      { userId: 'a', level: 5, roleMatch: false, freeHours: [0, 10] },
      { userId: 'b', level: 3, roleMatch: true, freeHours: [20, 40] },
      { userId: 'c', level: 2, roleMatch: true, freeHours: [40, 40] },
      { userId: 'd', level: 4, roleMatch: false, freeHours: [20, 20] },
    ]);
    expect(ranked.map((c) => [c.userId, c.score, c.coverage, c.meetsLevel])).toEqual([
      ['b', 1, 1, true],
      ['d', 0.9, 1, true],
      ['a', 0.45, 0.25, true],
      ['c', 0.9, 1, false],
    ]);
    expect(ranked[2]!.weeks).toEqual([{ weekStart: d('2026-03-02'), freeHours: 0, neededHours: 20 }, { weekStart: d('2026-03-09'), freeHours: 10, neededHours: 20 }]);
  });
  it('breaks ties by level, then id', () => {
    const ranked = rankCandidates({ minLevel: null, weeks: demand.weeks }, [
      { userId: 'z', level: null, roleMatch: false, freeHours: [20, 20] },
      { userId: 'y', level: null, roleMatch: false, freeHours: [20, 20] },
    ]);
    expect(ranked.map((c) => c.userId)).toEqual(['y', 'z']);
  });
});
