// Mentoring: relationships (MentoringRelationship: mentor, mentee, focus skills, dates, status)
// with dated sessions whose notes only the mentor, the mentee and the PMO read (null for anyone
// else who reads the relationship); proposeMentoring, acceptMentoring, endMentoring,
// recordMentoringSession; user.mentoringAsMentor and user.mentoringAsMentee.
import { z } from 'zod';
import { MentoringStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { acceptMentoring, canReadMentoringNotes, endMentoring, MAX_NOTES, proposeMentoring, recordMentoringSession } from '../../server/training/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';
import { SkillRef } from '../skills/index.js';
import { catalogueKey } from './certifications.js';

const MentoringStatusEnum = builder.enumType(MentoringStatus, {
  name: 'MentoringStatus',
  description: 'Where a mentoring relationship is.',
  values: {
    PROPOSED: { description: 'Proposed, waiting for the other party (or the PMO) to accept.' },
    ACTIVE: { description: 'Under way: sessions are recorded.' },
    ENDED: { description: 'Over.' },
  },
});

// Whoever reads the mentor or the mentee reads the relationship (its notes are another matter).
builder.prismaNode('Mentoring', {
  id: { field: 'id' },
  name: 'MentoringRelationship',
  nullable: true,
  description: 'A mentor and a mentee working on some skills. Read by whoever reads the mentor or the mentee; session notes by the two of them and the PMO only.',
  select: { id: true, mentorId: true, menteeId: true },
  authScopes: (row) => ({ $any: { readPerson: row.menteeId, $all: { readPerson: row.mentorId } } }),
  fields: (t) => ({
    mentor: t.relation('mentor', { description: 'The mentor.' }),
    mentee: t.relation('mentee', { description: 'The mentee.' }),
    status: t.expose('status', { type: MentoringStatusEnum, description: 'Where it is.' }),
    startOn: t.expose('startOn', { type: 'Date', description: 'The first day.' }),
    endOn: t.expose('endOn', { type: 'Date', nullable: true, description: 'The last day; null while open-ended.' }),
    focusSkills: t.field({
      type: [SkillRef],
      description: 'The skills it focuses on, by name.',
      select: { focus: { select: { skill: true }, orderBy: [{ skill: { name: 'asc' } }] } },
      resolve: (row) => row.focus.map((focus) => focus.skill),
    }),
    sessions: t.relation('sessions', { description: 'Its sessions, newest first.', query: { orderBy: [{ heldOn: 'desc' }, { id: 'desc' }], take: 200 } }),
    viewerReadsNotes: t.boolean({ description: 'Whether you read the notes of its sessions (the mentor, the mentee, the PMO).', resolve: (row, _args, ctx) => canReadMentoringNotes(ctx, row) }),
    version: t.exposeInt('version', { description: 'Send it back with acceptMentoring or endMentoring.' }),
  }),
});

builder.prismaObject('MentoringSession', {
  description: 'One mentoring session.',
  fields: (t) => ({
    heldOn: t.expose('heldOn', { type: 'Date', description: 'The day it was held.' }),
    minutes: t.exposeInt('minutes', { description: 'How long.' }),
    notes: t.string({
      nullable: true,
      description: 'Private notes: null for anyone but the mentor, the mentee and the PMO.',
      select: { notes: true, mentoring: { select: { mentorId: true, menteeId: true } } },
      resolve: (row, _args, ctx) => (canReadMentoringNotes(ctx, row.mentoring) ? row.notes : null),
    }),
    recordedBy: t.relation('recordedBy', { nullable: true, description: 'Who recorded it.' }),
  }),
});

builder.prismaObjectFields('User', (t) => ({
  mentoringAsMentor: t.relation('mentoringGiven', {
    description: 'Mentoring relationships where the person is the mentor, newest first. Read by the person, the PMO and the managers who plan their work.',
    authScopes: (user) => ({ readPerson: user.id }),
    query: { orderBy: [{ startOn: 'desc' }, { id: 'desc' }], take: 100 },
  }),
  mentoringAsMentee: t.relation('mentoringReceived', {
    description: 'Mentoring relationships where the person is the mentee, newest first. Read by the person, the PMO and the managers who plan their work.',
    authScopes: (user) => ({ readPerson: user.id }),
    query: { orderBy: [{ startOn: 'desc' }, { id: 'desc' }], take: 100 },
  }),
}));

const ProposeMentoringInput = builder.inputType('ProposeMentoringInput', {
  description: 'A mentoring relationship to propose (the mentor, the mentee, a manager of the mentee, or the PMO).',
  fields: (t) => ({
    mentorId: t.globalID({ required: true, description: 'The mentor.' }),
    menteeId: t.globalID({ required: true, description: 'The mentee.' }),
    focusSkillKeys: t.stringList({ required: true, description: 'The skills it focuses on (1 to 10).', validate: z.array(catalogueKey).max(10, 'Focus on 1 to 10 skills') }),
    startOn: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    endOn: t.field({ type: 'Date', description: 'The last day, if planned.' }),
  }),
});

const MentoringStepInput = (name: string, what: string, withEnd = false) =>
  builder.inputType(name, {
    description: `${what}, at the version you read.`,
    fields: (t) => ({
      id: t.globalID({ required: true, description: 'The mentoring relationship.' }),
      version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
      ...(withEnd ? { endOn: t.field({ type: 'Date', description: 'The last day (default today).' }) } : {}),
    }),
  });
const AcceptMentoringInput = MentoringStepInput('AcceptMentoringInput', 'A proposed mentoring relationship to accept');
const EndMentoringInput = MentoringStepInput('EndMentoringInput', 'A mentoring relationship to end', true);

const RecordMentoringSessionInput = builder.inputType('RecordMentoringSessionInput', {
  description: 'A session of an active mentoring relationship (the mentor, the mentee, or the PMO).',
  validate: inputRules({ notes: z.string().max(MAX_NOTES, `must be at most ${MAX_NOTES} characters`).nullish() }),
  fields: (t) => ({
    mentoringId: t.globalID({ required: true, description: 'The mentoring relationship.' }),
    heldOn: t.field({ type: 'Date', required: true, description: 'The day it was held (within the relationship’s dates, not in the future).' }),
    minutes: t.int({ required: true, description: 'How long, 5..480 minutes.' }),
    notes: t.string({ description: 'Private notes: only the mentor, the mentee and the PMO read them; the audit trail does not keep them.' }),
  }),
});

const mentoringIdOf = (id: { typename: string; id: string }, field = 'id') => idOf(id, 'MentoringRelationship', ['input', field]);

builder.mutationFields((t) => ({
  proposeMentoring: t.prismaField({
    type: 'Mentoring',
    description: 'Proposes a mentoring relationship (PROPOSED until the other party, or the PMO, accepts it).',
    args: { input: t.arg({ description: 'The mentor, the mentee, the focus and the dates.', type: ProposeMentoringInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.mentoring, query, await proposeMentoring(serviceContextOf(ctx), {
        ...input, mentorId: idOf(input.mentorId, 'User', ['input', 'mentorId']), menteeId: idOf(input.menteeId, 'User', ['input', 'menteeId']),
      })),
  }),
  acceptMentoring: t.prismaField({
    type: 'Mentoring',
    description: 'Accepts a proposed mentoring relationship (the party who did not propose it, or the PMO): it becomes ACTIVE.',
    args: { input: t.arg({ description: 'The relationship and its version.', type: AcceptMentoringInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.mentoring, query, await acceptMentoring(serviceContextOf(ctx), { ...input, id: mentoringIdOf(input.id) })),
  }),
  endMentoring: t.prismaField({
    type: 'Mentoring',
    description: 'Ends a mentoring relationship (the mentor, the mentee, or the PMO).',
    args: { input: t.arg({ description: 'The relationship, its version and the last day.', type: EndMentoringInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.mentoring, query, await endMentoring(serviceContextOf(ctx), { ...(input as { id: { typename: string; id: string }; version: number; endOn?: Date | null }), id: mentoringIdOf(input.id) })),
  }),
  recordMentoringSession: t.prismaField({
    type: 'Mentoring',
    description: 'Records a session of an active mentoring relationship (the mentor, the mentee, or the PMO); answers the relationship.',
    args: { input: t.arg({ description: 'The relationship, the day, the length and the notes.', type: RecordMentoringSessionInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => {
      const session = await recordMentoringSession(serviceContextOf(ctx), { ...input, mentoringId: mentoringIdOf(input.mentoringId, 'mentoringId') });
      return reloadRow(ctx.prisma.mentoring, query, { id: session.mentoringId });
    },
  }),
}));
