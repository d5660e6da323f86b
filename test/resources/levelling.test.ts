// Levelling within float (lib/levelling.ts): a worked example whose answer is known, and random
// networks on which no move ever touches a critical task, exceeds its free float, breaks a link,
// moves the finish or makes anyone more over-allocated.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../server/platform/calendar.js';
import { levelResources, type LevellingInput, type LevellingPerson, type TaskBooking } from '../../server/resources/lib/levelling.js';
import { computeSchedule, type CpmDependency, type CpmInput, type CpmTask, type DependencyType } from '../../server/schedule/lib/cpm.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const calendar = workingCalendar();
const person = (userId: string, weeklyCapacityHours = 40, extra: Partial<LevellingPerson> = {}): LevellingPerson => ({ userId, weeklyCapacityHours, absences: [], fixedBookings: [], ...extra });
const hard = (id: string, taskId: string, userId: string, from: string, to: string, hoursPerWeek = 40): TaskBooking => ({ id, taskId, userId, from: d(from), to: d(to), hoursPerWeek, kind: 'HARD' });

// Monday 2027-01-04. A (5 days) → C (5 days) is the critical path, both Ann's; B (5 days, Ann
// too) runs beside A and has five days of free float before the finish.
const example = (): LevellingInput<CpmInput> => ({
  network: {
    tasks: [{ id: 'A', durationDays: 5 }, { id: 'B', durationDays: 5 }, { id: 'C', durationDays: 5 }],
    dependencies: [{ predecessorId: 'A', successorId: 'C', type: 'FS', lagDays: 0 }],
    projectStart: d('2027-01-04'),
    calendar,
  },
  schedule: computeSchedule,
  taskBookings: [hard('a', 'A', 'ann', '2027-01-04', '2027-01-08'), hard('b', 'B', 'bob', '2027-01-04', '2027-01-08', 10), hard('b2', 'B', 'ann', '2027-01-04', '2027-01-08', 20), hard('c', 'C', 'ann', '2027-01-11', '2027-01-15', 20)],
  people: [person('ann'), person('bob')],
  organisationCalendar: calendar,
  tolerance: 0.1,
  today: d('2027-01-01'),
});

describe('levelling within float', () => {
  it('moves the non-critical task into the week where its person has room, and says what it resolves', () => {
    const result = levelResources(example());
    expect(result.overallocatedBefore).toEqual([{ userId: 'ann', weekStart: d('2027-01-04') }]);
    expect(result.moves).toEqual([{
      // Four days later: one day of B (4 hours) stays in the first week, 44 hours on 40 is within
      // the 10% tolerance, and the least shift wins among equally good ones.
      taskId: 'B', fromStart: d('2027-01-04'), toStart: d('2027-01-08'), fromFinish: d('2027-01-08'), toFinish: d('2027-01-14'), shiftDays: 4, freeFloatDays: 5,
      resolves: [{ userId: 'ann', weekStart: d('2027-01-04') }],
      bookings: [{ id: 'b', from: d('2027-01-08'), to: d('2027-01-14') }, { id: 'b2', from: d('2027-01-08'), to: d('2027-01-14') }],
    }]);
    expect(result.overallocatedAfter).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.network.tasks.find((task) => task.id === 'B')!.startNoEarlierThan).toEqual(d('2027-01-08'));
    expect(result.schedule.finishDate).toEqual(d('2027-01-15'));
    expect(result.schedule.criticalPath).toEqual(['A', 'C']);
  });

  it('lowers the hours over when it cannot resolve a week, never making another week over-allocated', () => {
    const input = example();
    // Ann has 30 hours of C in the second week. B's 4 hours a day: 4 days later the first week is
    // within tolerance (44) but the second is over (46); 3 days later the first has 48 (4 over,
    // down from 16) and the second 42. So B moves 3 days and the first week stays over.
    input.taskBookings = input.taskBookings.map((booking) => (booking.id === 'c' ? { ...booking, hoursPerWeek: 30 } : booking));
    const result = levelResources(input);
    expect(result.moves.map((move) => [move.taskId, move.shiftDays, move.resolves])).toEqual([['B', 3, []]]);
    expect(result.overallocatedAfter).toEqual([{ userId: 'ann', weekStart: d('2027-01-04') }]);
  });

  it('never moves a critical task, a started or pinned one, nor beyond free float; leaves what it cannot resolve', () => {
    const started = example();
    started.today = d('2027-01-05');
    const none = levelResources(started);
    expect(none.moves).toEqual([]);
    expect(none.overallocatedAfter).toEqual(none.overallocatedBefore);

    const pinned = levelResources({ ...example(), pinnedTaskIds: new Set(['B']) });
    expect(pinned.moves).toEqual([]);

    // B needs the successor D right after it: no free float, so nothing moves.
    const linked = example();
    linked.network = { ...linked.network, tasks: [...linked.network.tasks, { id: 'D', durationDays: 5 }], dependencies: [...linked.network.dependencies, { predecessorId: 'B', successorId: 'D', type: 'FS', lagDays: 0 }] };
    expect(levelResources(linked).moves).toEqual([]);
  });

  it('stops at its work bound and says so; run again on the result, it goes on', () => {
    const bounded = levelResources({ ...example(), maxTrialWeeks: 3 });
    expect([bounded.moves, bounded.complete]).toEqual([[], false]);
    expect(levelResources(example()).complete).toBe(true);
    // One move clears everything: nothing was left undone at the bound.
    const oneMove = levelResources({ ...example(), maxMoves: 1 });
    expect([oneMove.moves.length, oneMove.complete]).toEqual([1, true]);
  });

  it('counts over-allocation as the alerts do: beyond the tolerance, and on capacity after absences', () => {
    const within = example();
    within.taskBookings = within.taskBookings.map((booking) => (booking.id === 'b2' ? { ...booking, hoursPerWeek: 4 } : booking));
    expect(levelResources(within).overallocatedBefore).toEqual([]); // 44 hours on 40: within 10%
    expect(levelResources(within).moves).toEqual([]);
    // Away on the Monday and Tuesday of the second week: 24 hours there, so B (20) plus C (20)
    // would be over; B only partly fits, and Ann stays over-allocated in one of the two weeks.
    const away = example();
    away.people = [person('ann', 40, { absences: [{ from: d('2027-01-11'), to: d('2027-01-12'), hoursPerDay: null }] }), person('bob')];
    const result = levelResources(away);
    expect(result.overallocatedAfter.length).toBeLessThanOrEqual(result.overallocatedBefore.length);
    for (const week of result.overallocatedAfter) expect(result.overallocatedBefore).toContainEqual(week);
  });

  it('keeps every link, every critical task and the finish on random networks, and never makes things worse', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const types: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
    let movesMade = 0;
    for (let round = 0; round < 60; round++) {
      const count = 4 + Math.floor(random() * 12);
      const tasks: CpmTask[] = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, durationDays: 1 + Math.floor(random() * 8) }));
      const dependencies: CpmDependency[] = [];
      for (let i = 1; i < count; i++) {
        for (let j = 0; j < i; j++) if (random() < 0.2) dependencies.push({ predecessorId: `t${j}`, successorId: `t${i}`, type: types[Math.floor(random() * 4)]!, lagDays: Math.floor(random() * 3) });
      }
      const network = { tasks, dependencies, projectStart: d('2027-01-04'), calendar };
      const schedule = computeSchedule(network);
      const people = ['p', 'q', 'r'];
      const taskBookings = schedule.tasks.map((timing, i) => ({
        id: `b${i}`, taskId: timing.id, userId: people[Math.floor(random() * 3)]!, from: timing.earlyStart, to: timing.earlyFinish, hoursPerWeek: 10 + Math.floor(random() * 4) * 10, kind: 'HARD' as const,
      }));
      const result = levelResources({ network, schedule: computeSchedule, taskBookings, people: people.map((id) => person(id)), organisationCalendar: calendar, tolerance: 0.1, today: d('2027-01-01') });

      // The levelled network scheduled afresh: its start-no-earlier-than dates are what is stored.
      const after = new Map(computeSchedule(result.network).tasks.map((timing) => [timing.id, timing]));
      const start = (id: string) => after.get(id)!.earlyStartOffset;
      const length = (id: string) => tasks.find((task) => task.id === id)!.durationDays;
      for (const link of dependencies) {
        const { predecessorId: p, successorId: s, lagDays: lag } = link;
        const holds = {
          FS: start(s) >= start(p) + length(p) + lag,
          SS: start(s) >= start(p) + lag,
          FF: start(s) + length(s) >= start(p) + length(p) + lag,
          SF: start(s) + length(s) >= start(p) + lag,
        }[link.type];
        expect(holds, `${link.type} ${p} → ${s} in round ${round}`).toBe(true);
      }
      expect(result.schedule.finishDate).toEqual(schedule.finishDate);
      const moved = new Map(result.moves.map((move) => [move.taskId, move]));
      for (const timing of schedule.tasks) {
        if (timing.critical) expect(moved.has(timing.id)).toBe(false);
        // A task moves once or more, each time within the free float it had then; tasks that did
        // not move keep their dates.
        if (!moved.has(timing.id)) expect(after.get(timing.id)!.earlyStart).toEqual(timing.earlyStart);
      }
      for (const move of result.moves) expect(move.shiftDays).toBeLessThanOrEqual(move.freeFloatDays);
      for (const week of result.overallocatedAfter) expect(result.overallocatedBefore).toContainEqual(week);
      if (result.moves.length) expect(result.overallocatedAfter.length).toBeLessThanOrEqual(result.overallocatedBefore.length);
      movesMade += result.moves.length;
    }
    expect(movesMade).toBeGreaterThan(20); // the rounds exercise moves, not only networks with nothing to do
  });
});
