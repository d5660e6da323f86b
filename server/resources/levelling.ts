// levelResources: the moves of a project's non-critical tasks, within their free float, that
// remove the over-allocation of the people its tasks book (lib/levelling.ts decides them). A dry
// run answers the moves and changes nothing; otherwise they are applied in one transaction: each
// moved task gets a start-no-earlier-than date at its new start, its bookings move with it, one
// audit event lists every move, and the people's over-allocation alerts are re-checked.
//
// Who: the project's managers see the moves (dry run) and apply those that move only tentative
// (SOFT) bookings; moving a confirmed (HARD) booking is for the portfolio owner or the PMO, as
// changing one by hand is.
import { canGovernProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { addDays, isoDate } from '../platform/calendar.js';
import { personLoadChanged, projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { computeSchedule, loadScheduleInputs } from '../schedule/index.js';
import { bookingProject } from './bookable.js';
import { organisationCalendar } from './calendar.js';
import { weekStartOf } from './lib/capacity.js';
import { levelResources as levelWithinFloat, type LevellingMove, type PersonWeek } from './lib/levelling.js';
import { resourceSettings } from './settings.js';

export interface LevelResourcesInput {
  projectId: string;
  dryRun?: boolean | null;
}

export interface ResourceLevelling {
  projectId: string;
  dryRun: boolean;
  /** Whether the moves were applied (false on a dry run, and when there is nothing to move). */
  applied: boolean;
  moves: LevellingMove[];
  overallocatedBefore: PersonWeek[];
  overallocatedAfter: PersonWeek[];
  /** The project's scheduled finish: the same before and after. */
  finishDate: Date;
  /** False when levelling stopped at its work bound before trying everything: run it again to go on. */
  complete: boolean;
}

export async function levelResources(ctx: ServiceContext, input: LevelResourcesInput, now = new Date()): Promise<ResourceLevelling> {
  const dryRun = input.dryRun ?? true;
  return transaction(ctx, async (tx) => {
    const project = await bookingProject(tx, ctx, input.projectId, ['input', 'projectId']);
    if (!dryRun) {
      // The project, then the people it books (in id order, as bookings lock them one by one):
      // nobody's bookings change between what is read here and the moves written below.
      await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${project.id}::uuid FOR UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id IN (SELECT "userId" FROM "Allocation" WHERE "projectId" = ${project.id}::uuid) ORDER BY id FOR UPDATE`;
    }
    const schedule = (await loadScheduleInputs(tx, [project.id])).get(project.id)!;
    if (!schedule.project.startDate) throw ValidationError.single(['input', 'projectId'], 'The project has no start date: it has no schedule to level');

    const today = weekStartOf(now);
    const parents = new Set(schedule.tasks.flatMap((task) => (task.parentId ? [task.parentId] : [])));
    const work = schedule.tasks.filter((task) => !parents.has(task.id));
    const [taskBookings, progressed] = await Promise.all([
      tx.allocation.findMany({
        where: { projectId: project.id, taskId: { not: null }, declinedAt: null, to: { gte: today } },
        select: { id: true, taskId: true, userId: true, from: true, to: true, hoursPerWeek: true, kind: true },
        orderBy: { id: 'asc' },
      }),
      tx.taskProgress.findMany({ where: { projectId: project.id, percentComplete: { gt: 0 } }, select: { taskId: true }, distinct: ['taskId'] }),
    ]);
    const userIds = [...new Set(taskBookings.filter((booking) => booking.kind === 'HARD').map((booking) => booking.userId))];
    const horizon = addDays(today, 3 * 366);
    const [people, otherBookings, absences, { calendar }, { overallocationTolerance }] = await Promise.all([
      tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, weeklyCapacityHours: true }, orderBy: { id: 'asc' } }),
      tx.allocation.findMany({
        where: { userId: { in: userIds }, kind: 'HARD', declinedAt: null, to: { gte: today }, from: { lte: horizon }, id: { notIn: taskBookings.map((booking) => booking.id) } },
        select: { userId: true, from: true, to: true, hoursPerWeek: true },
      }),
      tx.absence.findMany({ where: { userId: { in: userIds }, to: { gte: today }, from: { lte: horizon } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
      organisationCalendar(tx),
      resourceSettings(tx),
    ]);

    const result = levelWithinFloat({
      network: { tasks: work, dependencies: schedule.dependencies, projectStart: schedule.project.startDate, calendar: schedule.calendar },
      schedule: computeSchedule,
      pinnedTaskIds: new Set(progressed.map((row) => row.taskId)),
      taskBookings: taskBookings.map((booking) => ({ ...booking, taskId: booking.taskId!, hoursPerWeek: Number(booking.hoursPerWeek) })),
      people: people.map((person) => ({
        userId: person.id,
        weeklyCapacityHours: person.weeklyCapacityHours,
        absences: absences.filter((absence) => absence.userId === person.id).map((absence) => ({ ...absence, hoursPerDay: absence.hoursPerDay === null ? null : Number(absence.hoursPerDay) })),
        fixedBookings: otherBookings.filter((booking) => booking.userId === person.id).map((booking) => ({ ...booking, hoursPerWeek: Number(booking.hoursPerWeek), kind: 'HARD' as const })),
      })),
      organisationCalendar: calendar,
      tolerance: overallocationTolerance,
      today: now,
      latestBookingEnd: project.targetEndDate,
    });
    const answer = { projectId: project.id, dryRun, moves: result.moves, overallocatedBefore: result.overallocatedBefore, overallocatedAfter: result.overallocatedAfter, finishDate: result.schedule.finishDate, complete: result.complete };
    if (dryRun || result.moves.length === 0) return { ...answer, applied: false };

    const kindOf = new Map(taskBookings.map((booking) => [booking.id, booking.kind]));
    const movesHard = result.moves.some((move) => move.bookings.some((booking) => kindOf.get(booking.id) === 'HARD'));
    if (movesHard && !canGovernProject(ctx.viewer, project)) {
      throw new ForbiddenError('These moves change confirmed (HARD) bookings: the portfolio owner or the PMO (PMO_ADMIN) applies them; a dry run shows them');
    }
    await applyMoves(tx, result.moves, result.network.tasks);
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'resources.levelled', entityType: 'Project', entityId: project.id, projectId: project.id,
      after: {
        moves: result.moves.map((move) => ({
          taskId: move.taskId, fromStart: isoDate(move.fromStart), toStart: isoDate(move.toStart), shiftDays: move.shiftDays,
          resolves: move.resolves.map((week) => ({ userId: week.userId, weekStart: isoDate(week.weekStart) })),
          bookings: move.bookings.map((booking) => ({ id: booking.id, from: isoDate(booking.from), to: isoDate(booking.to) })),
        })),
        overallocatedBefore: result.overallocatedBefore.length,
        overallocatedAfter: result.overallocatedAfter.length,
      },
    });
    personLoadChanged.announce(tx, [...new Set(taskBookings.map((booking) => booking.userId))]);
    projectFactsChanged.announce(tx, [project.id]);
    return { ...answer, applied: true };
  });
}

/** Each moved task's start-no-earlier-than and its bookings' new dates (a task moved twice ends where it was last put). */
async function applyMoves(tx: Tx, moves: readonly LevellingMove[], tasks: readonly { id: string; startNoEarlierThan?: Date | null }[]): Promise<void> {
  const movedTasks = new Set(moves.map((move) => move.taskId));
  const bookings = new Map(moves.flatMap((move) => move.bookings.map((booking) => [booking.id, booking] as const)));
  for (const task of tasks) {
    if (movedTasks.has(task.id)) await tx.task.update({ where: { id: task.id }, data: { startNoEarlierThan: task.startNoEarlierThan ?? null, version: { increment: 1 } } });
  }
  for (const booking of bookings.values()) await tx.allocation.update({ where: { id: booking.id }, data: { from: booking.from, to: booking.to, version: { increment: 1 } } });
}
