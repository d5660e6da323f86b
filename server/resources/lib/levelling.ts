// Resource levelling within float (issue 13 §4). Pure.
//
// The question a resource manager asks: which of this project's tasks can start later, without
// moving anything else, so that the people it books are no longer over-allocated? The answer
// follows the classic serial heuristic (Microsoft Project's "level within available slack"):
//
// - Only a non-critical work task with free float moves, by at most its free float: free float
//   is how far a task can slip without moving any successor's early start nor the project's
//   finish, so no dependency is broken, no other task moves and the critical path stays as it
//   is. A task that has started (early start before today, or progress reported) stays.
// - A task takes its bookings with it (the bookings whose task it is), shifted by the same number
//   of working days on the project's calendar. Over-allocation is counted as the alerts count it
//   (lib/load.ts): hard hours of a week above capacity × (1 + tolerance), weeks from today's on.
// - The earliest over-allocated person-week is taken first; the tasks that book that person in
//   that week are tried from the most total float to the least, each at every shift within its
//   free float, and the best shift (fewest over-allocated person-weeks, then fewest hours over)
//   is kept when it improves on today and makes no other person-week over-allocated. The network
//   is scheduled again after each move (floats change), and it stops when nothing improves:
//   every accepted move strictly lowers the count or the excess, so it ends.
// - A moved task is held at its new start by a start-no-earlier-than date, the constraint a
//   scheduler understands; the network with those dates is returned for the caller to check.
// - The critical path method itself is the schedule domain's: the caller passes it in.
import { addDays, dayNumber, type WorkingCalendar } from '../../platform/calendar.js';
import { weekStartOf } from './capacity.js';
import { type BookingSpan, dailyLoad, isOverallocated, LoadDays, periodsOf, type PersonLoad } from './load.js';

/** A booking that moves with its task. */
export interface TaskBooking extends BookingSpan {
  id: string;
  taskId: string;
  userId: string;
}

export interface LevellingPerson {
  userId: string;
  weeklyCapacityHours: number;
  absences: PersonLoad['absences'];
  /** Every other booking of theirs (other tasks' and other projects'), which stays where it is. */
  fixedBookings: readonly BookingSpan[];
}

export interface LevellingTask {
  id: string;
  /** Working days; 0 makes a milestone. */
  durationDays: number;
  startNoEarlierThan?: Date | null;
}

/** A project's work tasks and whatever else its scheduler needs (links, start), on its calendar. */
export interface LevellingNetwork {
  tasks: readonly LevellingTask[];
  calendar: WorkingCalendar;
}

export interface ScheduledTask {
  id: string;
  earlyStart: Date;
  earlyFinish: Date;
  /** Working days. */
  totalFloatDays: number;
  freeFloatDays: number;
  critical: boolean;
}

/** What levelling reads of a computed schedule (the schedule domain's critical path method). */
export interface NetworkSchedule {
  finishDate: Date;
  criticalPath: string[];
  tasks: readonly ScheduledTask[];
}

export interface LevellingInput<Network extends LevellingNetwork = LevellingNetwork> {
  /** The project's work tasks and links, as the schedule computes them. */
  network: Network;
  /** The critical path method: early dates, floats and the critical path of a network. */
  schedule: (network: Network) => NetworkSchedule;
  /** Tasks that must not move whatever their float (e.g. progress reported). */
  pinnedTaskIds?: ReadonlySet<string>;
  taskBookings: readonly TaskBooking[];
  people: readonly LevellingPerson[];
  /** The organisation's calendar, over which hours per week spread (lib/load.ts). */
  organisationCalendar: WorkingCalendar;
  tolerance: number;
  /** Weeks before today's and tasks starting before today are left alone. */
  today: Date;
  /** At most this many moves (bounds the work on a large project). */
  maxMoves?: number;
  /** At most this many person-weeks evaluated in all (DEFAULT_MAX_TRIAL_WEEKS). */
  maxTrialWeeks?: number;
  /** No booking is moved past this day (the project's target end). */
  latestBookingEnd?: Date | null;
}

export interface PersonWeek {
  userId: string;
  weekStart: Date;
}

export interface BookingMove {
  id: string;
  from: Date;
  to: Date;
}

export interface LevellingMove {
  taskId: string;
  fromStart: Date;
  toStart: Date;
  fromFinish: Date;
  toFinish: Date;
  /** Working days later on the project's calendar. */
  shiftDays: number;
  /** The task's free float before the move (working days): the shift never exceeds it. */
  freeFloatDays: number;
  /** The person-weeks that were over-allocated before this move and are not after it. */
  resolves: PersonWeek[];
  /** The task's bookings at their new dates. */
  bookings: BookingMove[];
}

export interface LevellingResult<Network extends LevellingNetwork = LevellingNetwork> {
  moves: LevellingMove[];
  /** Over-allocated person-weeks (from today's week) of the people the project's tasks book, before and after. */
  overallocatedBefore: PersonWeek[];
  overallocatedAfter: PersonWeek[];
  /** The network with each moved task's start-no-earlier-than set. */
  network: Network;
  /** Its schedule: the same finish and critical path as before. */
  schedule: NetworkSchedule;
  /** False when the work bound (maxMoves, maxTrialWeeks) stopped it first: running it again on the result goes on. */
  complete: boolean;
}

export const DEFAULT_MAX_MOVES = 200;
/** Person-weeks evaluated over all tried shifts: bounds the work (about a second) whatever the project. */
export const DEFAULT_MAX_TRIAL_WEEKS = 20_000_000;
/** A task moves at most a year of working days at once. */
export const MAX_SHIFT_DAYS = 260;

interface Score {
  weeks: number;
  excess: number;
}

/** One person's daily capacity and hard hours, with the sums per week kept up to date. */
class PersonLedger {
  readonly weekCapacity: Float64Array;
  readonly weekHard: Float64Array;

  constructor(
    readonly userId: string,
    private readonly days: LoadDays,
    load: PersonLoad,
  ) {
    const daily = dailyLoad(days, load);
    const weeks = days.count / 7;
    this.weekCapacity = new Float64Array(weeks);
    this.weekHard = new Float64Array(weeks);
    for (let d = 0; d < days.count; d++) {
      const week = Math.floor(d / 7);
      this.weekCapacity[week] = this.weekCapacity[week]! + daily.capacity[d]!;
      this.weekHard[week] = this.weekHard[week]! + daily.hard[d]!;
    }
  }

  /** Adds (sign 1) or removes (sign −1) a hard booking's hours. */
  book(booking: Pick<BookingSpan, 'from' | 'to' | 'hoursPerWeek'>, sign: 1 | -1): void {
    const { days } = this;
    if (!days.overlaps(booking.from, booking.to)) return;
    const perDay = booking.hoursPerWeek * days.perWeeklyHour * sign;
    const first = Math.max(0, dayNumber(booking.from) - dayNumber(days.first));
    const last = Math.min(days.count - 1, dayNumber(booking.to) - dayNumber(days.first));
    for (let d = first; d <= last; d++) {
      if (days.working[d]) this.weekHard[Math.floor(d / 7)] = this.weekHard[Math.floor(d / 7)]! + perDay;
    }
  }

  over(week: number, tolerance: number): boolean {
    return isOverallocated(this.weekHard[week]!, this.weekCapacity[week]!, tolerance);
  }

  excess(week: number, tolerance: number): number {
    return Math.max(0, this.weekHard[week]! - this.weekCapacity[week]! * (1 + tolerance));
  }
}

export function levelResources<Network extends LevellingNetwork>(input: LevellingInput<Network>): LevellingResult<Network> {
  const { network, tolerance, organisationCalendar } = input;
  const computeSchedule = input.schedule;
  const projectCalendar = network.calendar;
  const maxMoves = input.maxMoves ?? DEFAULT_MAX_MOVES;
  const pinned = input.pinnedTaskIds ?? new Set<string>();
  let schedule = computeSchedule(network);
  const finish = schedule.finishDate.getTime();
  const tasks = new Map<string, LevellingTask>(network.tasks.map((task) => [task.id, { ...task }]));

  // Bookings at their current dates; only the hard ones weigh on over-allocation.
  const bookings = new Map(input.taskBookings.map((booking) => [booking.id, { ...booking }]));
  const bookingsOfTask = new Map<string, string[]>();
  for (const booking of bookings.values()) {
    const list = bookingsOfTask.get(booking.taskId);
    if (list) list.push(booking.id);
    else bookingsOfTask.set(booking.taskId, [booking.id]);
  }

  // The days: from today's week to the last day any booking could reach after a move (within its task's free float).
  const firstWeek = weekStartOf(input.today);
  let lastDay = new Date(Math.max(finish, firstWeek.getTime()));
  for (const person of input.people) for (const booking of person.fixedBookings) if (booking.to > lastDay) lastDay = booking.to;
  const floatOf = new Map(schedule.tasks.map((timing) => [timing.id, Math.min(timing.freeFloatDays, MAX_SHIFT_DAYS)]));
  for (const booking of bookings.values()) {
    const furthest = projectCalendar.addWorkingDays(projectCalendar.workingDayOnOrBefore(booking.to), floatOf.get(booking.taskId) ?? 0);
    if (furthest > lastDay) lastDay = furthest;
  }
  const days = new LoadDays(periodsOf(firstWeek, lastDay, 'WEEK'), organisationCalendar);
  const weekCount = days.count / 7;

  const ledgers = new Map<string, PersonLedger>();
  for (const person of input.people) {
    const own = [...bookings.values()].filter((booking) => booking.userId === person.userId);
    ledgers.set(person.userId, new PersonLedger(person.userId, days, { ...person, bookings: [...person.fixedBookings, ...own] }));
  }
  const hardBookingsOf = (taskId: string) =>
    (bookingsOfTask.get(taskId) ?? []).map((id) => bookings.get(id)!).filter((booking) => booking.kind === 'HARD' && ledgers.has(booking.userId));

  const overallocated = (): PersonWeek[] => {
    const weeks: PersonWeek[] = [];
    for (const ledger of ledgers.values()) {
      for (let w = 0; w < weekCount; w++) if (ledger.over(w, tolerance)) weeks.push({ userId: ledger.userId, weekStart: addDays(days.first, w * 7) });
    }
    return weeks.sort((a, b) => a.weekStart.getTime() - b.weekStart.getTime() || a.userId.localeCompare(b.userId));
  };
  /** Over-allocated weeks and hours over, in weeks w0..w1 (a move changes nothing outside them). */
  const scoreOf = (people: readonly PersonLedger[], w0: number, w1: number): Score => {
    let weeks = 0;
    let excess = 0;
    for (const ledger of people) {
      for (let w = w0; w <= w1; w++) {
        if (ledger.over(w, tolerance)) weeks++;
        excess += ledger.excess(w, tolerance);
      }
    }
    return { weeks, excess: Math.round(excess * 100) / 100 };
  };
  const overSet = (people: readonly PersonLedger[], w0: number, w1: number): Set<string> => {
    const set = new Set<string>();
    for (const ledger of people) for (let w = w0; w <= w1; w++) if (ledger.over(w, tolerance)) set.add(`${ledger.userId}/${w}`);
    return set;
  };
  const weekOf = (date: Date) => Math.min(weekCount - 1, Math.max(0, Math.floor((dayNumber(date) - dayNumber(days.first)) / 7)));

  const shifted = (booking: BookingSpan, shift: number): { from: Date; to: Date } => ({
    from: projectCalendar.addWorkingDays(booking.from, shift),
    to: projectCalendar.dateOfWorkingDay(projectCalendar.workingDayIndex(projectCalendar.workingDayOnOrBefore(booking.to)) + shift),
  });
  const moveBookings = (taskBookings: readonly TaskBooking[], shift: number, sign: 1 | -1) => {
    for (const booking of taskBookings) {
      const ledger = ledgers.get(booking.userId)!;
      ledger.book(booking, sign === 1 ? -1 : 1);
      ledger.book({ ...booking, ...shifted(booking, shift) }, sign);
    }
  };

  const before = overallocated();
  const moves: LevellingMove[] = [];
  const hopeless = new Set<string>();
  const todayNumber = dayNumber(input.today);

  let budget = input.maxTrialWeeks ?? DEFAULT_MAX_TRIAL_WEEKS;
  let complete = true;
  search: while (moves.length < maxMoves) {
    const timings = new Map(schedule.tasks.map((timing) => [timing.id, timing]));
    const target = overallocated().find((week) => !hopeless.has(`${week.userId}/${week.weekStart.getTime()}`));
    if (!target) break;
    const weekEnd = addDays(target.weekStart, 6);
    const candidates = [...tasks.values()]
      .filter((task) => {
        const timing = timings.get(task.id)!;
        return task.durationDays > 0 && !pinned.has(task.id) && !timing.critical && timing.freeFloatDays > 0 && dayNumber(timing.earlyStart) >= todayNumber
          && hardBookingsOf(task.id).some((booking) => booking.userId === target.userId && booking.from <= weekEnd && booking.to >= target.weekStart);
      })
      .sort((a, b) => timings.get(b.id)!.totalFloatDays - timings.get(a.id)!.totalFloatDays || a.id.localeCompare(b.id));

    let accepted: LevellingMove | null = null;
    for (const task of candidates) {
      const timing = timings.get(task.id)!;
      const taskBookings = hardBookingsOf(task.id);
      const people = [...new Set(taskBookings.map((booking) => booking.userId))].map((userId) => ledgers.get(userId)!);
      const allBookings = (bookingsOfTask.get(task.id) ?? []).map((id) => bookings.get(id)!);
      // Shifts that keep every booking of the task within the project, at most a year of working days.
      let maxShift = Math.min(timing.freeFloatDays, MAX_SHIFT_DAYS);
      while (maxShift > 0 && input.latestBookingEnd && allBookings.some((booking) => shifted(booking, maxShift).to > input.latestBookingEnd!)) maxShift--;
      if (maxShift === 0 || taskBookings.length === 0) continue;
      const w0 = weekOf(taskBookings.reduce((first, booking) => (booking.from < first ? booking.from : first), taskBookings[0]!.from));
      const w1 = weekOf(taskBookings.reduce((last, booking) => {
        const end = shifted(booking, maxShift).to;
        return end > last ? end : last;
      }, taskBookings[0]!.to));
      const trialCost = (w1 - w0 + 1) * people.length;
      if (budget < trialCost * maxShift) {
        complete = false;
        break search;
      }
      budget -= trialCost * maxShift;
      const now = scoreOf(people, w0, w1);
      const overNow = overSet(people, w0, w1);
      let best: { shift: number; score: Score } | null = null;
      for (let shift = 1; shift <= maxShift; shift++) {
        moveBookings(taskBookings, shift, 1);
        const score = scoreOf(people, w0, w1);
        const improves = score.weeks < now.weeks || (score.weeks === now.weeks && score.excess < now.excess);
        const better = !best || score.weeks < best.score.weeks || (score.weeks === best.score.weeks && score.excess < best.score.excess);
        if (improves && better && [...overSet(people, w0, w1)].every((key) => overNow.has(key))) best = { shift, score };
        moveBookings(taskBookings, shift, -1);
      }
      if (!best) continue;
      moveBookings(taskBookings, best.shift, 1);
      const overAfter = overSet(people, w0, w1);
      const resolves = [...overNow].filter((key) => !overAfter.has(key)).map((key) => {
        const [userId, week] = key.split('/');
        return { userId: userId!, weekStart: addDays(days.first, Number(week) * 7) };
      });
      const toStart = projectCalendar.addWorkingDays(timing.earlyStart, best.shift);
      const movedBookings = (bookingsOfTask.get(task.id) ?? []).map((id) => {
        const booking = bookings.get(id)!;
        Object.assign(booking, shifted(booking, best.shift));
        return { id, from: booking.from, to: booking.to };
      });
      tasks.set(task.id, { ...task, startNoEarlierThan: toStart });
      accepted = {
        taskId: task.id, fromStart: timing.earlyStart, toStart, fromFinish: timing.earlyFinish, toFinish: projectCalendar.addWorkingDays(timing.earlyFinish, best.shift),
        shiftDays: best.shift, freeFloatDays: timing.freeFloatDays, resolves, bookings: movedBookings,
      };
      break;
    }
    if (!accepted) {
      hopeless.add(`${target.userId}/${target.weekStart.getTime()}`);
      continue;
    }
    moves.push(accepted);
    schedule = computeSchedule({ ...network, tasks: network.tasks.map((task) => tasks.get(task.id)!) });
    // Within free float nothing else moves; the finish staying put is the proof.
    if (schedule.finishDate.getTime() !== finish) throw new Error(`Levelling moved the project's finish (task ${accepted.taskId})`);
  }

  const levelled = { ...network, tasks: network.tasks.map((task) => tasks.get(task.id)!) };
  const after = overallocated();
  if (moves.length === maxMoves && after.length > 0) complete = false;
  return { moves, overallocatedBefore: before, overallocatedAfter: after, network: levelled, schedule, complete };
}
