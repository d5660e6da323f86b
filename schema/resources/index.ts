// The GraphQL skin of the resources domain: the organisation calendar, people's absences and their
// capacity per week.
import { z } from 'zod';
import { AbsenceKind } from '../../server/platform/db/generated/prisma/enums.js';
import { daysBetween } from '../../server/platform/calendar.js';
import { ValidationError } from '../../server/platform/errors.js';
import { canReadPrivate } from '../../server/auth/person-access.js';
import {
  capacityOf,
  createAbsence,
  deleteAbsence,
  MAX_CAPACITY_WEEKS,
  MAX_HOLIDAYS,
  type OrganisationCalendar,
  organisationCalendar,
  updateAbsence,
  updateOrganisationCalendar,
  type WeekCapacity,
} from '../../server/resources/index.js';
import { builder } from '../builder.js';
import './allocations.js';
import './heatmap.js';
export { SkillGapRecommendationsRef } from './heatmap.js';
import './levelling.js';
import { WeekdayEnum } from '../schedule/index.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';

const AbsenceKindEnum = builder.enumType(AbsenceKind, {
  name: 'AbsenceKind',
  description: 'Why a person is away.',
  values: {
    VACATION: { description: 'Holiday leave.' },
    SICK: { description: 'Sick leave (shown as OTHER to anyone but the person and the PMO).' },
    TRAINING: { description: 'Courses and other development.' },
    OTHER: { description: 'Anything else.' },
  },
});

const AbsenceRef = builder.prismaNode('Absence', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'Days a person is away, whole days or some hours of each working day.',
  select: { id: true, userId: true },
  authScopes: (absence) => ({ readPerson: absence.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The person away.' }),
    from: t.expose('from', { type: 'Date', description: 'The first day away.' }),
    to: t.expose('to', { type: 'Date', description: 'The last day away.' }),
    hoursPerDay: t.float({
      nullable: true,
      description: 'Hours away on each working day; null for whole days.',
      select: { hoursPerDay: true },
      resolve: (absence) => (absence.hoursPerDay === null ? null : Number(absence.hoursPerDay)),
    }),
    // Health data is private: others see that the person is away, not why.
    kind: t.field({
      type: AbsenceKindEnum,
      description: 'Why: SICK is shown as OTHER to anyone but the person and the PMO.',
      select: { kind: true },
      resolve: (absence, _args, ctx) => (absence.kind === 'SICK' && !canReadPrivate(ctx, absence.userId) ? 'OTHER' : absence.kind),
    }),
    note: t.string({
      nullable: true,
      description: 'Free text: null for anyone but the person and the PMO.',
      select: { note: true },
      resolve: (absence, _args, ctx) => (canReadPrivate(ctx, absence.userId) ? absence.note : null),
    }),
    recordedBy: t.relation('recordedBy', { nullable: true, description: 'Who recorded it.' }),
    version: t.exposeInt('version', { description: 'Send it back with updateAbsence or deleteAbsence.' }),
  }),
});

const WeekCapacityRef = builder.objectRef<WeekCapacity>('WeekCapacity').implement({
  description: "A person's hours in one week (Monday to Sunday): their pattern, less holidays and absences.",
  fields: (t) => ({
    weekStart: t.field({ type: 'Date', description: 'The Monday the week starts on.', resolve: (week) => week.weekStart }),
    standardHours: t.float({ description: 'Weekly capacity hours spread over the working weekdays (40 on Monday to Friday are 8 a day).', resolve: (week) => week.standardHours }),
    holidayHours: t.float({ description: 'Of those, on organisation holidays.', resolve: (week) => week.holidayHours }),
    absenceHours: t.float({ description: 'Of those, away (absences).', resolve: (week) => week.absenceHours }),
    capacityHours: t.float({ description: 'What is left to book.', resolve: (week) => week.capacityHours }),
  }),
});

const OrganisationCalendarRef = builder.objectRef<OrganisationCalendar>('OrganisationCalendar').implement({
  description: "The organisation's working weekdays and public holidays: everyone's capacity follows them.",
  fields: (t) => ({
    workingDays: t.field({ type: [WeekdayEnum], description: 'Working weekdays, Monday first.', resolve: (calendar) => calendar.calendar.workingDays as never }),
    holidays: t.field({ type: ['Date'], description: 'Public holidays, in order.', resolve: (calendar) => calendar.holidays }),
    version: t.int({ description: '0 while the default (Monday to Friday, no holidays) applies; send it back with updates.', resolve: (calendar) => calendar.version }),
  }),
});

/** A span of days given as from and to, within the weeks allowed. */
function spanOf(args: { from: Date; to: Date }, maxDays: number): { from: Date; to: Date } {
  if (args.to < args.from) throw ValidationError.single(['to'], 'to must not be before from');
  if (daysBetween(args.from, args.to) + 1 > maxDays) throw ValidationError.single(['to'], `At most ${maxDays} days at once`);
  return args;
}

builder.prismaObjectFields('User', (t) => ({
  absences: t.relation('absences', {
    description: 'Absences overlapping the span (default: all), by first day. Only the person, the PMO and those who plan their work read them.',
    args: {
      from: t.arg({ type: 'Date', description: 'Absences ending on or after this day.' }),
      to: t.arg({ type: 'Date', description: 'Absences starting on or before this day.' }),
    },
    authScopes: (user) => ({ readPerson: user.id }),
    query: (args) => ({
      where: { ...(args.from && { to: { gte: args.from } }), ...(args.to && { from: { lte: args.to } }) },
      orderBy: [{ from: 'asc' }, { id: 'asc' }],
      // A person records at most a few hundred a year; a bound keeps a decade of them cheap.
      take: 1000,
    }),
  }),
  capacity: t.field({
    type: [WeekCapacityRef],
    description: `Capacity per week (Monday first) from the week of \`from\` to that of \`to\` (at most ${MAX_CAPACITY_WEEKS} weeks). Only the person, the PMO and those who plan their work read it.`,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'A day of the first week.' }),
      to: t.arg({ type: 'Date', required: true, description: 'A day of the last week.' }),
    },
    authScopes: (user) => ({ readPerson: user.id }),
    select: { id: true },
    resolve: async (user, args, ctx) => (await capacityOf(ctx, spanOf(args, MAX_CAPACITY_WEEKS * 7)).load(user.id)) ?? [],
  }),
}));

builder.queryFields((t) => ({
  organisationCalendar: t.field({
    type: OrganisationCalendarRef,
    description: "The organisation's working weekdays and public holidays.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => organisationCalendar(ctx.prisma),
  }),
}));

const hoursPerDay = z.number().gt(0, 'hoursPerDay must be more than 0').max(24, 'hoursPerDay must be at most 24').nullish();
const note = z.string().max(2000, 'must be at most 2000 characters').nullish();

const CreateAbsenceInput = builder.inputType('CreateAbsenceInput', {
  description: 'Days a person is away (the person, or the PMO, records them).',
  validate: inputRules({ hoursPerDay, note }),
  fields: (t) => ({
    userId: t.globalID({ description: 'The person away.', required: true }),
    from: t.field({ type: 'Date', required: true, description: 'The first day away.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day away (not before the first; at most 366 days).' }),
    hoursPerDay: t.float({ description: 'Hours away on each working day; absent or null for whole days.' }),
    kind: t.field({ type: AbsenceKindEnum, required: true, description: 'Why.' }),
    note: t.string({ description: 'Free text for the person and the PMO.' }),
  }),
});

const UpdateAbsenceInput = builder.inputType('UpdateAbsenceInput', {
  description: 'Changes to an absence: only the fields given change (hoursPerDay null makes it whole days).',
  validate: inputRules({ hoursPerDay, note }),
  fields: (t) => ({
    id: t.globalID({ description: 'The absence.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    from: t.field({ type: 'Date', description: 'The first day away.' }),
    to: t.field({ type: 'Date', description: 'The last day away.' }),
    hoursPerDay: t.float({ description: 'Hours away on each working day; null for whole days.' }),
    kind: t.field({ type: AbsenceKindEnum, description: 'Why.' }),
    note: t.string({ description: 'Free text for the person and the PMO.' }),
  }),
});

const DeleteAbsenceInput = builder.inputType('DeleteAbsenceInput', {
  description: 'An absence to delete.',
  fields: (t) => ({
    id: t.globalID({ description: 'The absence.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
  }),
});

const UpdateOrganisationCalendarInput = builder.inputType('UpdateOrganisationCalendarInput', {
  description: 'The organisation calendar as it should be (PMO_ADMIN).',
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read (0 for the default); a stale one gives ConflictError.' }),
    workingDays: t.field({ type: [WeekdayEnum], required: true, description: 'Working weekdays (at least one).' }),
    holidays: t.field({ type: ['Date'], required: true, description: `Public holidays (at most ${MAX_HOLIDAYS}).` }),
  }),
});

const DeletedAbsenceRef = builder.objectRef<{ id: string; userId: string }>('DeletedAbsence').implement({
  description: 'The absence that was deleted.',
  fields: (t) => ({
    deletedAbsenceId: t.globalID({ description: 'The global ID the absence had.', resolve: (absence) => ({ type: 'Absence', id: absence.id }) }),
    user: t.prismaField({ type: 'User', description: 'The person, as they are now.', resolve: (query, absence, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: absence.userId } }) }),
  }),
});

const absenceIdOf = (id: { typename: string; id: string }) => idOf(id, 'Absence', ['input', 'id']);
// `hoursPerDay: null` on update means whole days: distinguish it from a field not sent.
const hoursOf = (input: { hoursPerDay?: number | null }) => ('hoursPerDay' in input ? { hoursPerDay: input.hoursPerDay ?? null } : {});

builder.mutationFields((t) => ({
  createAbsence: t.prismaField({
    type: 'Absence',
    description: 'Records days a person is away (the person themselves, or the PMO).',
    args: { input: t.arg({ description: 'The person, the days and why.', type: CreateAbsenceInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.absence, query, await createAbsence(serviceContextOf(ctx), { ...input, userId: idOf(input.userId, 'User', ['input', 'userId']) })),
  }),
  updateAbsence: t.prismaField({
    type: 'Absence',
    description: 'Changes an absence read at `version`.',
    args: { input: t.arg({ description: 'The absence, its version and the changes.', type: UpdateAbsenceInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { hoursPerDay: _hours, ...rest } = input;
      return reloadRow(ctx.prisma.absence, query, await updateAbsence(serviceContextOf(ctx), { ...rest, ...hoursOf(input), id: absenceIdOf(input.id) }));
    },
  }),
  deleteAbsence: t.field({
    type: DeletedAbsenceRef,
    description: 'Deletes an absence read at `version`.',
    args: { input: t.arg({ description: 'The absence and its version.', type: DeleteAbsenceInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: (_root, { input }, ctx) => deleteAbsence(serviceContextOf(ctx), { ...input, id: absenceIdOf(input.id) }),
  }),
  updateOrganisationCalendar: t.field({
    type: OrganisationCalendarRef,
    description: 'Sets the organisation calendar (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The version, the working weekdays and the holidays.', type: UpdateOrganisationCalendarInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updateOrganisationCalendar(serviceContextOf(ctx), { ...input, workingDays: input.workingDays as never }),
  }),
}));
