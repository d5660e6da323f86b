// The GraphQL skin of demands and bookings: ResourceDemand, Allocation, their lists on projects
// and people, and the mutations (create/update/delete, confirm/decline, allocateFromSchedule).
import { z } from 'zod';
import type { Prisma } from '../../server/platform/db/generated/prisma/client.js';
import { AllocationKind, DemandStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { canSeeMoney, projectReadFilter, readsAllProjects } from '../../server/auth/access.js';
import type { Viewer } from '../../server/platform/context.js';
import {
  allocateFromSchedule,
  type AllocatedFromSchedule,
  candidatesForDemand,
  MAX_CANDIDATES,
  type Candidate,
  type RankedCandidate,
  confirmAllocation,
  createAllocation,
  createResourceDemand,
  declineAllocation,
  deleteAllocation,
  deleteResourceDemand,
  MAX_HOURS_PER_WEEK,
  updateAllocation,
  updateResourceDemand,
} from '../../server/resources/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf, optionalIdOf } from '../shared/ids.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';

export const DemandStatusEnum = builder.enumType(DemandStatus, {
  name: 'DemandStatus',
  description: 'How far a demand is met by the bookings made against it (soft or hard, not declined).',
  values: {
    OPEN: { description: 'Nothing booked against it yet.' },
    PARTIALLY_FILLED: { description: 'Some of its hours are booked.' },
    FILLED: { description: 'All of its hours are booked.' },
  },
});

export const AllocationKindEnum = builder.enumType(AllocationKind, {
  name: 'AllocationKind',
  description: 'Whether a booking is tentative or confirmed.',
  values: {
    SOFT: { description: 'Tentative: requested, not yet confirmed; shown apart and not counted against capacity.' },
    HARD: { description: 'Confirmed by the portfolio owner or the PMO: counts against capacity.' },
  },
});

const hoursOf = (value: { toString(): string }) => Number(value);

export const ResourceDemandRef = builder.prismaNode('ResourceDemand', {
  id: { field: 'id' },
  nullable: true,
  description: "A project's need for people: a skill at a minimum level or a project role, some hours a week over a span of days.",
  select: { id: true, projectId: true },
  authScopes: (demand) => ({ readProject: demand.projectId }),
  fields: (t) => ({
    project: t.relation('project', { description: 'The project that needs the hours.' }),
    task: t.relation('task', { nullable: true, description: 'The task the hours are for, if any.' }),
    skill: t.relation('skill', { nullable: true, description: 'The skill needed, if any.' }),
    minLevel: t.exposeInt('minLevel', { nullable: true, description: 'The level the skill is needed at (1..5); null for a role only.' }),
    projectRole: t.exposeString('projectRole', { description: 'The project role needed; empty for a skill only.' }),
    hoursPerWeek: t.float({ description: 'Hours needed in each full working week of the span.', select: { hoursPerWeek: true }, resolve: (demand) => hoursOf(demand.hoursPerWeek) }),
    from: t.expose('from', { type: 'Date', description: 'The first day needed.' }),
    to: t.expose('to', { type: 'Date', description: 'The last day needed.' }),
    status: t.expose('status', { type: DemandStatusEnum, description: 'How far the bookings against it meet it.' }),
    note: t.exposeString('note', { description: 'Free text; empty when none.' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Who raised it.' }),
    version: t.exposeInt('version', { description: 'Send it back with updateResourceDemand or deleteResourceDemand.' }),
  }),
});

export const AllocationRef = builder.prismaNode('Allocation', {
  id: { field: 'id' },
  nullable: true,
  description: "A booking: a person's hours a week on a project over a span of days, spread evenly over the working days of each week.",
  select: { id: true, userId: true },
  authScopes: (booking) => ({ readPerson: booking.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The person booked.' }),
    project: t.relation('project', { description: 'The project booking them.' }),
    task: t.relation('task', { nullable: true, description: 'The task the hours are for, if any.' }),
    demand: t.relation('demand', { nullable: true, description: 'The demand the booking fills, if any.' }),
    from: t.expose('from', { type: 'Date', description: 'The first day booked.' }),
    to: t.expose('to', { type: 'Date', description: 'The last day booked.' }),
    hoursPerWeek: t.float({
      description: 'Hours booked in each full working week (a week the booking covers two of five working days of gets two fifths of them).',
      select: { hoursPerWeek: true },
      resolve: (booking) => hoursOf(booking.hoursPerWeek),
    }),
    kind: t.expose('kind', { type: AllocationKindEnum, description: 'SOFT (requested) or HARD (confirmed).' }),
    declined: t.boolean({ description: 'Whether the soft booking was declined (it then counts nowhere).', select: { declinedAt: true }, resolve: (booking) => booking.declinedAt !== null }),
    note: t.exposeString('note', { description: 'Free text; empty when none.' }),
    requestedBy: t.relation('requestedBy', { nullable: true, description: 'Who requested it.' }),
    confirmedBy: t.relation('confirmedBy', { nullable: true, description: 'Who confirmed it.' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed; null while soft.' }),
    declinedBy: t.relation('declinedBy', { nullable: true, description: 'Who declined it.' }),
    declinedAt: t.expose('declinedAt', { type: 'DateTime', nullable: true, description: 'When it was declined; null unless declined.' }),
    declineReason: t.exposeString('declineReason', { description: 'Why it was declined; empty when not declined or none given.' }),
    fromSchedule: t.exposeBoolean('fromSchedule', { description: 'Made by allocateFromSchedule from a task and its dates (replaced when it runs again).' }),
    version: t.exposeInt('version', { description: 'Send it back with updateAllocation, deleteAllocation, confirmAllocation or declineAllocation.' }),
  }),
});

const AllocationFilterInput = builder.inputType('AllocationFilter', {
  description: 'Narrows a list of bookings; every condition given must hold.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'Bookings ending on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Bookings starting on or before this day.' }),
    kind: t.field({ type: AllocationKindEnum, description: 'Only SOFT or only HARD.' }),
    includeDeclined: t.boolean({ description: 'Include declined bookings (default false).' }),
  }),
});

type AllocationFilter = { from?: Date | null; to?: Date | null; kind?: AllocationKind | null; includeDeclined?: boolean | null } | null | undefined;

const allocationWhere = (filter: AllocationFilter): Prisma.AllocationWhereInput => ({
  ...(!filter?.includeDeclined && { declinedAt: null }),
  ...(filter?.kind && { kind: filter.kind }),
  ...(filter?.from && { to: { gte: filter.from } }),
  ...(filter?.to && { from: { lte: filter.to } }),
});

/**
 * The bookings of a project the viewer reads: all of them for the PMO and for the project's
 * manager and portfolio owner (who plan its people), otherwise only the viewer's own.
 */
function projectBookingsWhere(viewer: Viewer | null): Prisma.AllocationWhereInput {
  if (!viewer) return { id: { in: [] } };
  if (viewer.role === 'PMO_ADMIN') return {};
  if (viewer.role === 'PORTFOLIO_MANAGER' || viewer.role === 'PROJECT_MANAGER') {
    return { OR: [{ userId: viewer.id }, { project: { OR: [{ managerId: viewer.id }, { portfolio: { ownerId: viewer.id } }] } }] };
  }
  return { userId: viewer.id };
}

const BY_START = [{ from: 'asc' }, { id: 'asc' }] satisfies Prisma.AllocationOrderByWithRelationInput[];

const DemandFilterInput = builder.inputType('ResourceDemandFilter', {
  description: 'Narrows a list of demands; every condition given must hold.',
  fields: (t) => ({
    status: t.field({ type: [DemandStatusEnum], description: 'Any of these statuses.' }),
    from: t.field({ type: 'Date', description: 'Demands ending on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Demands starting on or before this day.' }),
  }),
});

const demandWhere = (filter: { status?: DemandStatus[] | null; from?: Date | null; to?: Date | null } | null | undefined): Prisma.ResourceDemandWhereInput => ({
  ...(filter?.status && { status: { in: filter.status } }),
  ...(filter?.from && { to: { gte: filter.from } }),
  ...(filter?.to && { from: { lte: filter.to } }),
});

const AllocationConnection = nodeConnection(AllocationRef, 'Allocation');
const DemandConnection = nodeConnection(ResourceDemandRef, 'ResourceDemand');

builder.prismaObjectFields('Project', (t) => ({
  resourceDemands: t.relatedConnection(
    'resourceDemands',
    {
      cursor: 'id',
      description: 'The people the project needs, by first day.',
      args: { filter: t.arg({ type: DemandFilterInput, description: 'Which demands.' }) },
      totalCount: true,
      query: (args) => ({ where: demandWhere(args.filter), orderBy: [{ from: 'asc' }, { id: 'asc' }] }),
    },
    DemandConnection,
  ),
  allocations: t.relatedConnection(
    'allocations',
    {
      cursor: 'id',
      description: "The project's bookings, by first day: all of them for the PMO, the project's manager and its portfolio owner; your own for anyone else.",
      args: { filter: t.arg({ type: AllocationFilterInput, description: 'Which bookings.' }) },
      totalCount: true,
      query: (args, ctx) => ({ where: { AND: [allocationWhere(args.filter), projectBookingsWhere(ctx.viewer)] }, orderBy: BY_START }),
    },
    AllocationConnection,
  ),
}));

builder.prismaObjectFields('User', (t) => ({
  allocations: t.relatedConnection(
    'allocations',
    {
      cursor: 'id',
      description: "The person's bookings on every project, by first day. Only the person, the PMO and those who plan their work read them.",
      args: { filter: t.arg({ type: AllocationFilterInput, description: 'Which bookings.' }) },
      authScopes: (user) => ({ readPerson: user.id }),
      totalCount: true,
      query: (args) => ({ where: allocationWhere(args.filter), orderBy: BY_START }),
    },
    AllocationConnection,
  ),
}));

const CandidateWeekRef = builder.objectRef<RankedCandidate['weeks'][number]>('CandidateWeek').implement({
  description: "A candidate's free hours in one week of the demand.",
  fields: (t) => ({
    weekStart: t.field({ type: 'Date', description: 'The Monday of the week.', resolve: (week) => week.weekStart }),
    freeHours: t.float({ description: 'Capacity less hard and soft bookings.', resolve: (week) => week.freeHours }),
    neededHours: t.float({ description: 'Hours the demand needs in the week.', resolve: (week) => week.neededHours }),
  }),
});

const CandidateEvidenceRef = builder.objectRef<Candidate>('CandidateEvidence').implement({
  description: 'Why a candidate ranks where they do.',
  fields: (t) => ({
    skillLevel: t.int({ nullable: true, description: 'Their level in the skill (null when they do not hold it, or no skill is asked).', resolve: (c) => c.level }),
    minLevel: t.int({ nullable: true, description: 'The level the demand asks (null for a role only).', resolve: (c) => c.minLevel }),
    meetsLevel: t.boolean({ description: 'Whether their level meets the minimum (those who do not rank after all who do).', resolve: (c) => c.meetsLevel }),
    coverage: t.float({ description: "Share (0..1) of the demand's hours their free hours can take, week by week.", resolve: (c) => c.coverage }),
    roleMatch: t.boolean({ description: 'Whether they already hold the demanded project role on the project.', resolve: (c) => c.roleMatch }),
    freeHoursByWeek: t.field({ type: [CandidateWeekRef], description: 'Their free hours in each week of the demand.', resolve: (c) => c.weeks }),
  }),
});

const DemandCandidateRef = builder.objectRef<Candidate & { rank: number }>('DemandCandidate').implement({
  description: 'A person who could fill a demand, with the evidence.',
  fields: (t) => ({
    rank: t.int({ description: '1 for the best fit.', resolve: (c) => c.rank }),
    user: t.prismaField({ type: 'User', description: 'The person.', resolve: (query, c, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: c.userId } }) }),
    score: t.float({ description: '0.6 × coverage + 0.3 × level fit + 0.1 × role match (0..1).', resolve: (c) => c.score }),
    evidence: t.field({ type: CandidateEvidenceRef, description: 'The level, free hours and role behind the score.', resolve: (c) => c }),
    costRate: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Their cost per hour (money): null for team members.',
      resolve: (c, _args, ctx) => (canSeeMoney(ctx.viewer) ? c.costRate : null),
    }),
  }),
});

builder.queryFields((t) => ({
  candidatesForDemand: t.field({
    type: [DemandCandidateRef],
    description: 'People who could fill a demand (holding its skill or its project role), best fit first, each with the evidence: for the PMO, portfolio owners and project managers.',
    args: {
      demandId: t.arg.globalID({ required: true, description: 'The demand.' }),
      first: t.arg.int({ description: `How many (default 10, at most ${MAX_CANDIDATES}).` }),
    },
    resolve: async (_root, args, ctx) =>
      (await candidatesForDemand(ctx, idOf(args.demandId, 'ResourceDemand', ['demandId']), args.first ?? 10)).map((candidate, i) => ({ ...candidate, rank: i + 1 })),
  }),
  resourceDemands: t.prismaConnection(
    {
      type: 'ResourceDemand',
      cursor: 'id',
      description: 'Demands for people across the projects you read, by first day.',
      args: {
        filter: t.arg({ type: DemandFilterInput, description: 'Which demands.' }),
        skillKey: t.arg.string({ description: 'Only demands for this skill.' }),
        portfolioId: t.arg.globalID({ description: 'Only demands of this portfolio’s projects.' }),
      },
      totalCount: (_root, args, ctx) => ctx.prisma.resourceDemand.count({ where: demandsWhere(ctx.viewer, args) }),
      resolve: (query, _root, args, ctx) => ctx.prisma.resourceDemand.findMany({ ...filteredPage(query, demandsWhere(ctx.viewer, args)), orderBy: [{ from: 'asc' }, { id: 'asc' }] }),
    },
    DemandConnection,
  ),
}));

function demandsWhere(viewer: Viewer | null, args: { filter?: Parameters<typeof demandWhere>[0]; skillKey?: string | null; portfolioId?: { typename: string; id: string } | null }): Prisma.ResourceDemandWhereInput {
  return {
    // (Only when it filters: an empty relation filter inside the cursor's OR would match no row.)
    ...(!readsAllProjects(viewer) && { AND: [{ project: projectReadFilter(viewer) }] }),
    ...demandWhere(args.filter),
    ...(args.skillKey && { skill: { key: args.skillKey } }),
    ...(args.portfolioId && { project: { portfolioId: idOf(args.portfolioId, 'Portfolio', ['portfolioId']) } }),
  };
}

const hoursPerWeek = z.number().gt(0, 'hoursPerWeek must be more than 0').max(MAX_HOURS_PER_WEEK, `hoursPerWeek must be at most ${MAX_HOURS_PER_WEEK}`);
const note = z.string().max(2000, 'must be at most 2000 characters').nullish();

const CreateAllocationInput = builder.inputType('CreateAllocationInput', {
  description: "Books a person on a project: a project manager requests SOFT bookings on their projects; the portfolio owner and the PMO book HARD ones.",
  validate: inputRules({ hoursPerWeek, note }),
  fields: (t) => ({
    userId: t.globalID({ description: 'The person (active).', required: true }),
    projectId: t.globalID({ description: 'The project.', required: true }),
    taskId: t.globalID({ description: 'The task of the project the hours are for.' }),
    demandId: t.globalID({ description: 'The demand of the project the booking fills.' }),
    from: t.field({ type: 'Date', required: true, description: "The first day (not before the project's start)." }),
    to: t.field({ type: 'Date', required: true, description: "The last day (not after the project's target end; at most three years after from)." }),
    hoursPerWeek: t.float({ required: true, description: 'Hours in each full working week (more than 0, in hundredths).' }),
    kind: t.field({ type: AllocationKindEnum, description: 'SOFT (default) or HARD (portfolio owner and PMO only).' }),
    note: t.string({ description: 'Free text.' }),
  }),
});

const UpdateAllocationInput = builder.inputType('UpdateAllocationInput', {
  description: 'Changes to a booking: only the fields given change (a HARD booking is changed by the portfolio owner or the PMO).',
  validate: inputRules({ hoursPerWeek: hoursPerWeek.nullish(), note }),
  fields: (t) => ({
    id: t.globalID({ description: 'The booking.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    taskId: t.globalID({ description: 'The task (null: none).' }),
    demandId: t.globalID({ description: 'The demand it fills (null: none).' }),
    from: t.field({ type: 'Date', description: 'The first day.' }),
    to: t.field({ type: 'Date', description: 'The last day.' }),
    hoursPerWeek: t.float({ description: 'Hours in each full working week.' }),
    note: t.string({ description: 'Free text.' }),
  }),
});

const VersionedIdInput = (name: string, what: string, mutation: string) =>
  builder.inputType(name, {
    description: `The ${what} to ${mutation}.`,
    fields: (t) => ({
      id: t.globalID({ description: `The ${what}.`, required: true }),
      version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    }),
  });

const DeleteAllocationInput = VersionedIdInput('DeleteAllocationInput', 'booking', 'delete');
const DeleteResourceDemandInput = VersionedIdInput('DeleteResourceDemandInput', 'demand', 'delete');

const ConfirmAllocationInput = builder.inputType('ConfirmAllocationInput', {
  description: 'A soft booking to confirm (make HARD).',
  fields: (t) => ({
    id: t.globalID({ description: 'The booking.', required: true }),
    version: t.int({ description: 'The version you read (optional); a stale one gives ConflictError.' }),
  }),
});

const DeclineAllocationInput = builder.inputType('DeclineAllocationInput', {
  description: 'A soft booking to decline: it stays for the record and counts nowhere.',
  fields: (t) => ({
    id: t.globalID({ description: 'The booking.', required: true }),
    version: t.int({ description: 'The version you read (optional); a stale one gives ConflictError.' }),
    reason: t.string({ description: 'Why, for the requester.', validate: z.string().max(2000, 'must be at most 2000 characters') }),
  }),
});

const skillKey = z.string().max(100).nullish();
const projectRole = z.string().max(200, 'must be at most 200 characters').nullish();

const CreateResourceDemandInput = builder.inputType('CreateResourceDemandInput', {
  description: "A project's need for people: a skill (with a minimum level), a project role, or both.",
  validate: inputRules({ hoursPerWeek, note, skillKey, projectRole }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    taskId: t.globalID({ description: 'The task of the project the hours are for.' }),
    skillKey: t.string({ description: 'The skill needed (its key).' }),
    minLevel: t.int({ description: 'The level the skill is needed at, 1..5 (default 1).' }),
    projectRole: t.string({ description: 'The project role needed, e.g. "Business analyst".' }),
    hoursPerWeek: t.float({ required: true, description: 'Hours needed in each full working week.' }),
    from: t.field({ type: 'Date', required: true, description: 'The first day needed.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day needed.' }),
    note: t.string({ description: 'Free text.' }),
  }),
});

const UpdateResourceDemandInput = builder.inputType('UpdateResourceDemandInput', {
  description: 'Changes to a demand: only the fields given change.',
  validate: inputRules({ hoursPerWeek: hoursPerWeek.nullish(), note, skillKey, projectRole }),
  fields: (t) => ({
    id: t.globalID({ description: 'The demand.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    taskId: t.globalID({ description: 'The task (null: none).' }),
    skillKey: t.string({ description: 'The skill needed (null: none).' }),
    minLevel: t.int({ description: 'The level the skill is needed at, 1..5.' }),
    projectRole: t.string({ description: 'The project role needed (empty or null: none).' }),
    hoursPerWeek: t.float({ description: 'Hours needed in each full working week.' }),
    from: t.field({ type: 'Date', description: 'The first day needed.' }),
    to: t.field({ type: 'Date', description: 'The last day needed.' }),
    note: t.string({ description: 'Free text.' }),
  }),
});

const DeletedAllocationRef = builder.objectRef<{ id: string; projectId: string }>('DeletedAllocation').implement({
  description: 'The booking that was deleted.',
  fields: (t) => ({
    deletedAllocationId: t.globalID({ description: 'The global ID the booking had.', resolve: (booking) => ({ type: 'Allocation', id: booking.id }) }),
    project: t.prismaField({ type: 'Project', description: 'The project, as it is now.', resolve: (query, booking, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: booking.projectId } }) }),
  }),
});

const DeletedResourceDemandRef = builder.objectRef<{ id: string; projectId: string }>('DeletedResourceDemand').implement({
  description: 'The demand that was deleted (bookings made against it stay, unlinked).',
  fields: (t) => ({
    deletedResourceDemandId: t.globalID({ description: 'The global ID the demand had.', resolve: (demand) => ({ type: 'ResourceDemand', id: demand.id }) }),
    project: t.prismaField({ type: 'Project', description: 'The project, as it is now.', resolve: (query, demand, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: demand.projectId } }) }),
  }),
});

const AllocateFromScheduleInput = builder.inputType('AllocateFromScheduleInput', {
  description: "Books each assigned work task's assignee over the task's scheduled dates.",
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    kind: t.field({ type: AllocationKindEnum, description: 'SOFT (default) or HARD (portfolio owner and PMO only).' }),
  }),
});

const SkippedTaskRef = builder.objectRef<AllocatedFromSchedule['skipped'][number]>('SkippedScheduleTask').implement({
  description: 'An assigned task that was not booked, and why.',
  fields: (t) => ({
    task: t.prismaField({ type: 'Task', description: 'The task.', resolve: (query, skipped, _args, ctx) => ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: skipped.taskId } }) }),
    reason: t.string({ description: 'Why it was not booked.', resolve: (skipped) => skipped.reason }),
  }),
});

const AllocatedFromScheduleRef = builder.objectRef<AllocatedFromSchedule>('AllocatedFromSchedule').implement({
  description: 'The bookings allocateFromSchedule made.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, result, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: result.projectId } }) }),
    allocations: t.prismaField({
      type: ['Allocation'],
      description: 'The bookings made, one per assigned work task, in WBS order.',
      resolve: (query, result, _args, ctx) => ctx.prisma.allocation.findMany({ ...query, where: { id: { in: result.created } }, orderBy: { task: { wbsOrder: 'asc' } } }),
    }),
    replaced: t.int({ description: 'Soft bookings of an earlier run that these replace.', resolve: (result) => result.replaced }),
    skipped: t.field({ type: [SkippedTaskRef], description: 'Assigned tasks that were not booked, and why.', resolve: (result) => result.skipped }),
  }),
});

builder.mutationFields((t) => ({
  allocateFromSchedule: t.field({
    type: AllocatedFromScheduleRef,
    description:
      "Books each assigned work task's assignee from its early start to its early finish, at their weekly capacity hours (100% units), replacing the soft bookings an earlier run made.",
    args: { input: t.arg({ type: AllocateFromScheduleInput, required: true, description: 'The project and the kind of booking.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => allocateFromSchedule(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) }),
  }),
  createAllocation: t.prismaField({
    type: 'Allocation',
    description: 'Books a person on a project (SOFT by default; HARD by the portfolio owner or the PMO).',
    args: { input: t.arg({ type: CreateAllocationInput, required: true, description: 'The person, project, days and hours.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { userId, projectId, taskId: _task, demandId: _demand, ...rest } = input;
      const booking = await createAllocation(serviceContextOf(ctx), {
        ...rest,
        userId: idOf(userId, 'User', ['input', 'userId']),
        projectId: idOf(projectId, 'Project', ['input', 'projectId']),
        taskId: optionalIdOf(input.taskId, 'Task', ['input', 'taskId']),
        demandId: optionalIdOf(input.demandId, 'ResourceDemand', ['input', 'demandId']),
      });
      return reloadRow(ctx.prisma.allocation, query, booking);
    },
  }),
  updateAllocation: t.prismaField({
    type: 'Allocation',
    description: 'Changes a booking read at `version`.',
    args: { input: t.arg({ type: UpdateAllocationInput, required: true, description: 'The booking, its version and the changes.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, taskId: _task, demandId: _demand, ...rest } = input;
      const booking = await updateAllocation(serviceContextOf(ctx), {
        ...rest,
        id: idOf(id, 'Allocation', ['input', 'id']),
        taskId: optionalIdOf(input.taskId, 'Task', ['input', 'taskId']),
        demandId: optionalIdOf(input.demandId, 'ResourceDemand', ['input', 'demandId']),
      });
      return reloadRow(ctx.prisma.allocation, query, booking);
    },
  }),
  deleteAllocation: t.field({
    type: DeletedAllocationRef,
    description: 'Deletes a booking read at `version`.',
    args: { input: t.arg({ type: DeleteAllocationInput, required: true, description: 'The booking and its version.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => deleteAllocation(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Allocation', ['input', 'id']) }),
  }),
  confirmAllocation: t.prismaField({
    type: 'Allocation',
    description: 'Confirms a soft booking (it becomes HARD and counts against capacity): the portfolio owner or the PMO.',
    args: { input: t.arg({ type: ConfirmAllocationInput, required: true, description: 'The booking.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.allocation, query, await confirmAllocation(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Allocation', ['input', 'id']) })),
  }),
  declineAllocation: t.prismaField({
    type: 'Allocation',
    description: 'Declines a soft booking (it stays for the record and counts nowhere): the portfolio owner or the PMO.',
    args: { input: t.arg({ type: DeclineAllocationInput, required: true, description: 'The booking and why.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.allocation, query, await declineAllocation(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Allocation', ['input', 'id']) })),
  }),
  createResourceDemand: t.prismaField({
    type: 'ResourceDemand',
    description: "Raises a project's need for people (its manager, its portfolio owner, the PMO).",
    args: { input: t.arg({ type: CreateResourceDemandInput, required: true, description: 'The project, what it needs, when and how much.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { projectId, taskId: _task, ...rest } = input;
      const demand = await createResourceDemand(serviceContextOf(ctx), { ...rest, projectId: idOf(projectId, 'Project', ['input', 'projectId']), taskId: optionalIdOf(input.taskId, 'Task', ['input', 'taskId']) });
      return reloadRow(ctx.prisma.resourceDemand, query, demand);
    },
  }),
  updateResourceDemand: t.prismaField({
    type: 'ResourceDemand',
    description: 'Changes a demand read at `version`.',
    args: { input: t.arg({ type: UpdateResourceDemandInput, required: true, description: 'The demand, its version and the changes.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, taskId: _task, ...rest } = input;
      const demand = await updateResourceDemand(serviceContextOf(ctx), { ...rest, id: idOf(id, 'ResourceDemand', ['input', 'id']), taskId: optionalIdOf(input.taskId, 'Task', ['input', 'taskId']) });
      return reloadRow(ctx.prisma.resourceDemand, query, demand);
    },
  }),
  deleteResourceDemand: t.field({
    type: DeletedResourceDemandRef,
    description: 'Deletes a demand read at `version` (bookings made against it stay, unlinked).',
    args: { input: t.arg({ type: DeleteResourceDemandInput, required: true, description: 'The demand and its version.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => deleteResourceDemand(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'ResourceDemand', ['input', 'id']) }),
  }),
}));
