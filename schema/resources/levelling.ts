// The GraphQL skin of levelResources: the moves of non-critical tasks within their free float
// that remove over-allocation, answered as a dry run or applied.
import { type BookingMove, levelResources, type LevellingMove, type PersonWeek, type ResourceLevelling } from '../../server/resources/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';

const PersonWeekRef = builder.objectRef<PersonWeek>('OverallocatedPersonWeek').implement({
  description: 'A week in which a person’s hard bookings exceed their capacity beyond the PMO’s tolerance.',
  fields: (t) => ({
    user: t.prismaField({ type: 'User', description: 'The person.', resolve: (query, week, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: week.userId } }) }),
    weekStart: t.field({ type: 'Date', description: 'The Monday of the week.', resolve: (week) => week.weekStart }),
  }),
});

const BookingMoveRef = builder.objectRef<BookingMove>('LevellingBookingMove').implement({
  description: 'A booking of a moved task, and the days it moves to.',
  fields: (t) => ({
    allocation: t.prismaField({ type: 'Allocation', description: 'The booking (as stored: its old days on a dry run).', resolve: (query, move, _args, ctx) => ctx.prisma.allocation.findUniqueOrThrow({ ...query, where: { id: move.id } }) }),
    from: t.field({ type: 'Date', description: 'Its first day after the move.', resolve: (move) => move.from }),
    to: t.field({ type: 'Date', description: 'Its last day after the move.', resolve: (move) => move.to }),
  }),
});

const LevellingMoveRef = builder.objectRef<LevellingMove>('LevellingMove').implement({
  description: 'A non-critical task started later, within its free float: no successor and not the finish move.',
  fields: (t) => ({
    task: t.prismaField({ type: 'Task', description: 'The task.', resolve: (query, move, _args, ctx) => ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: move.taskId } }) }),
    fromStart: t.field({ type: 'Date', description: 'Its early start before the move.', resolve: (move) => move.fromStart }),
    toStart: t.field({ type: 'Date', description: 'Its start after the move (set as its start-no-earlier-than date when applied).', resolve: (move) => move.toStart }),
    fromFinish: t.field({ type: 'Date', description: 'Its early finish before the move.', resolve: (move) => move.fromFinish }),
    toFinish: t.field({ type: 'Date', description: 'Its finish after the move.', resolve: (move) => move.toFinish }),
    shiftDays: t.int({ description: 'Working days later, on the project calendar.', resolve: (move) => move.shiftDays }),
    freeFloatDays: t.int({ description: 'The free float it had (the shift is never more).', resolve: (move) => move.freeFloatDays }),
    resolves: t.field({ type: [PersonWeekRef], description: 'The over-allocated person-weeks this move clears.', resolve: (move) => move.resolves }),
    bookings: t.field({ type: [BookingMoveRef], description: 'The task’s bookings, which move with it.', resolve: (move) => move.bookings }),
  }),
});

const ResourceLevellingRef = builder.objectRef<ResourceLevelling>('ResourceLevelling').implement({
  description: 'What levelling within float does to a project: the moves, and the over-allocation before and after.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, result, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: result.projectId } }) }),
    dryRun: t.boolean({ description: 'Whether this was a dry run.', resolve: (result) => result.dryRun }),
    applied: t.boolean({ description: 'Whether the moves were applied (never on a dry run).', resolve: (result) => result.applied }),
    moves: t.field({ type: [LevellingMoveRef], description: 'The moves, in the order they were chosen (the earliest over-allocation first).', resolve: (result) => result.moves }),
    overallocatedBefore: t.field({
      type: [PersonWeekRef],
      description: 'Over-allocated person-weeks, from this week on, of the people the project’s tasks book, before levelling.',
      resolve: (result) => result.overallocatedBefore,
    }),
    overallocatedAfter: t.field({ type: [PersonWeekRef], description: 'The same after the moves: what levelling within float cannot clear.', resolve: (result) => result.overallocatedAfter }),
    finishDate: t.field({ type: 'Date', description: 'The project’s scheduled finish, unchanged by levelling.', resolve: (result) => result.finishDate }),
    complete: t.boolean({
      description: 'False when levelling stopped at its work bound (200 moves, or the person-weeks it evaluates) before trying everything: apply and run it again to go on.',
      resolve: (result) => result.complete,
    }),
  }),
});

const LevelResourcesInput = builder.inputType('LevelResourcesInput', {
  description: 'A project to level within float.',
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    dryRun: t.boolean({ description: 'true (the default): answer the moves and change nothing; false: apply them (audited).', defaultValue: true }),
  }),
});

builder.mutationFields((t) => ({
  levelResources: t.field({
    type: ResourceLevellingRef,
    description:
      "Moves the project's non-critical tasks within their free float (and their bookings with them) to remove the over-allocation of the people they book. A dry run (default) changes nothing; applying moves of confirmed bookings is for the portfolio owner and the PMO.",
    args: { input: t.arg({ type: LevelResourcesInput, required: true, description: 'The project and whether to apply.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => levelResources(serviceContextOf(ctx), { projectId: idOf(input.projectId, 'Project', ['input', 'projectId']), dryRun: input.dryRun }),
  }),
}));
