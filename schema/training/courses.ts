// Courses and enrollments: the catalogue (courses, course, createCourse, updateCourse), people's
// enrollments (user.enrollments) and their life cycle (requestEnrollment, approveEnrollment,
// startEnrollment, completeEnrollment, dropEnrollment).
import { z } from 'zod';
import { CourseFormat, EnrollmentStatus } from '../../server/platform/db/generated/prisma/enums.js';
import {
  approveEnrollment,
  completeEnrollment,
  createCourse,
  dropEnrollment,
  MAX_COURSE_HOURS,
  requestEnrollment,
  startEnrollment,
  updateCourse,
} from '../../server/training/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';
import { catalogueKey } from './certifications.js';

export const CourseFormatEnum = builder.enumType(CourseFormat, {
  name: 'CourseFormat',
  description: 'How a course is delivered.',
  values: {
    CLASSROOM: { description: 'In a room, with a trainer.' },
    ONLINE: { description: 'Online, live or self-paced.' },
    COACHING: { description: 'One-to-one or team coaching.' },
    ON_THE_JOB: { description: 'Learning by doing, e.g. a rotation.' },
  },
});

export const EnrollmentStatusEnum = builder.enumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Where an enrollment is: REQUESTED → APPROVED → IN_PROGRESS → COMPLETED, or DROPPED before completion.',
  values: {
    REQUESTED: { description: 'The person asked to attend.' },
    APPROVED: { description: 'A manager of the person (or the PMO) approved it; its days are a TRAINING absence.' },
    IN_PROGRESS: { description: 'Under way.' },
    COMPLETED: { description: 'Completed: its PDUs count toward renewals, its skills are raised to its levels.' },
    DROPPED: { description: 'Dropped; its TRAINING absence is removed.' },
  },
});

const num = (value: unknown) => Number(value);

const CourseRef = builder.prismaNode('Course', {
  id: { field: 'id' },
  nullable: true,
  description: 'A course of the training catalogue.',
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Unique key, e.g. "risk-management-practice".' }),
    title: t.exposeString('title', { description: 'Title.' }),
    provider: t.exposeString('provider', { description: 'Who delivers it; empty when internal.' }),
    format: t.expose('format', { type: CourseFormatEnum, description: 'How it is delivered.' }),
    hours: t.float({ description: 'Hours of learning.', select: { hours: true }, resolve: (row) => num(row.hours) }),
    pdusWaysOfWorking: t.float({ description: 'Education PDUs in Ways of Working.', select: { pdusWaysOfWorking: true }, resolve: (row) => num(row.pdusWaysOfWorking) }),
    pdusPowerSkills: t.float({ description: 'Education PDUs in Power Skills.', select: { pdusPowerSkills: true }, resolve: (row) => num(row.pdusPowerSkills) }),
    pdusBusinessAcumen: t.float({ description: 'Education PDUs in Business Acumen.', select: { pdusBusinessAcumen: true }, resolve: (row) => num(row.pdusBusinessAcumen) }),
    pdusGivingBack: t.float({ description: 'Giving-back PDUs (not education).', select: { pdusGivingBack: true }, resolve: (row) => num(row.pdusGivingBack) }),
    pdus: t.float({
      description: 'Every PDU the course gives: education and giving back.',
      select: { pdusWaysOfWorking: true, pdusPowerSkills: true, pdusBusinessAcumen: true, pdusGivingBack: true },
      resolve: (row) => Math.round((num(row.pdusWaysOfWorking) + num(row.pdusPowerSkills) + num(row.pdusBusinessAcumen) + num(row.pdusGivingBack)) * 100) / 100,
    }),
    skills: t.relation('skills', { description: 'The skills it develops, with the level it brings them to.', query: { orderBy: [{ skill: { name: 'asc' } }, { id: 'asc' }] } }),
    version: t.exposeInt('version', { description: 'Send it back with updateCourse.' }),
  }),
});

builder.prismaObject('CourseSkill', {
  description: 'A skill a course develops, and the level completing it brings the skill to.',
  fields: (t) => ({
    skill: t.relation('skill', { description: 'The skill.' }),
    level: t.exposeInt('level', { description: '1..5.' }),
  }),
});

builder.prismaNode('Enrollment', {
  id: { field: 'id' },
  nullable: true,
  description: 'A person on a course. Read by the person, the PMO and the managers who plan their work.',
  select: { id: true, userId: true },
  authScopes: (row) => ({ readPerson: row.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The person.' }),
    course: t.relation('course', { description: 'The course.' }),
    status: t.expose('status', { type: EnrollmentStatusEnum, description: 'Where it is.' }),
    from: t.expose('from', { type: 'Date', description: 'The first day of the course.' }),
    to: t.expose('to', { type: 'Date', description: 'The last day.' }),
    hoursPerDay: t.float({ nullable: true, description: 'Hours a day on the course; null: whole days.', select: { hoursPerDay: true }, resolve: (row) => (row.hoursPerDay === null ? null : num(row.hoursPerDay)) }),
    result: t.exposeString('result', { description: 'The outcome; empty until completed.' }),
    completedOn: t.expose('completedOn', { type: 'Date', nullable: true, description: 'When it was completed.' }),
    absence: t.relation('absence', { nullable: true, description: 'The TRAINING absence of its days (from approval until dropped).' }),
    requestedBy: t.relation('requestedBy', { nullable: true, description: 'Who requested it.' }),
    approvedBy: t.relation('approvedBy', { nullable: true, description: 'Who approved it.' }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: 'When.' }),
    version: t.exposeInt('version', { description: 'Send it back with the next change.' }),
  }),
});

export const CourseConnection = nodeConnection(CourseRef, 'Course');

builder.queryFields((t) => ({
  courses: t.prismaConnection(
    {
      type: 'Course',
      cursor: 'id',
      description: 'The course catalogue, by title.',
      totalCount: (_root, _args, ctx) => ctx.prisma.course.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.course.findMany({ ...query, orderBy: [{ title: 'asc' }, { id: 'asc' }] }),
    },
    CourseConnection,
  ),
  course: t.prismaField({
    type: 'Course',
    nullable: true,
    description: 'The course with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'Its key.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.course.findUnique({ ...query, where: { key: args.key } }),
  }),
}));

builder.prismaObjectFields('User', (t) => ({
  enrollments: t.relation('enrollments', {
    description: "The person's enrollments, newest first. Read by the person, the PMO and the managers who plan their work.",
    authScopes: (user) => ({ readPerson: user.id }),
    query: { orderBy: [{ from: 'desc' }, { id: 'desc' }], take: 200 },
  }),
}));

const pdus = z.number().min(0, 'must not be negative').max(200, 'must be at most 200').nullish();
const title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const provider = z.string().max(200, 'must be at most 200 characters').nullish();
const hours = z.number().gt(0, 'hours must be more than 0').max(MAX_COURSE_HOURS, `hours must be at most ${MAX_COURSE_HOURS}`);

const CourseSkillInput = builder.inputType('CourseSkillInput', {
  description: 'A skill a course develops and the level it brings it to.',
  fields: (t) => ({
    skillKey: t.string({ required: true, description: 'The skill.', validate: catalogueKey }),
    level: t.int({ required: true, description: '1..5.' }),
  }),
});

const CreateCourseInput = builder.inputType('CreateCourseInput', {
  description: 'A course for the catalogue (PMO_ADMIN).',
  validate: inputRules({ key: catalogueKey, title, provider, hours, pdusWaysOfWorking: pdus, pdusPowerSkills: pdus, pdusBusinessAcumen: pdus, pdusGivingBack: pdus }),
  fields: (t) => ({
    key: t.string({ required: true, description: 'Unique key: lower-case kebab-case; it never changes.' }),
    title: t.string({ required: true, description: 'Title.' }),
    provider: t.string({ description: 'Who delivers it.' }),
    format: t.field({ type: CourseFormatEnum, required: true, description: 'How it is delivered.' }),
    hours: t.float({ required: true, description: 'Hours of learning.' }),
    pdusWaysOfWorking: t.float({ description: 'Education PDUs in Ways of Working (default 0).' }),
    pdusPowerSkills: t.float({ description: 'Education PDUs in Power Skills (default 0).' }),
    pdusBusinessAcumen: t.float({ description: 'Education PDUs in Business Acumen (default 0).' }),
    pdusGivingBack: t.float({ description: 'Giving-back PDUs (default 0).' }),
    skills: t.field({ type: [CourseSkillInput], description: 'The skills it develops (at most 20).' }),
  }),
});

const UpdateCourseInput = builder.inputType('UpdateCourseInput', {
  description: 'Changes to a course (PMO_ADMIN): only the fields given change; skills, given, replace the list.',
  validate: inputRules({ title: title.nullish(), provider, hours: hours.nullish(), pdusWaysOfWorking: pdus, pdusPowerSkills: pdus, pdusBusinessAcumen: pdus, pdusGivingBack: pdus }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The course.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    title: t.string({ description: 'Title.' }),
    provider: t.string({ description: 'Who delivers it.' }),
    format: t.field({ type: CourseFormatEnum, description: 'How it is delivered.' }),
    hours: t.float({ description: 'Hours of learning.' }),
    pdusWaysOfWorking: t.float({ description: 'Education PDUs in Ways of Working.' }),
    pdusPowerSkills: t.float({ description: 'Education PDUs in Power Skills.' }),
    pdusBusinessAcumen: t.float({ description: 'Education PDUs in Business Acumen.' }),
    pdusGivingBack: t.float({ description: 'Giving-back PDUs.' }),
    skills: t.field({ type: [CourseSkillInput], description: 'The skills it develops (replaces the list).' }),
  }),
});

const RequestEnrollmentInput = builder.inputType('RequestEnrollmentInput', {
  description: 'A request to attend a course (for yourself).',
  validate: inputRules({ hoursPerDay: z.number().gt(0, 'hoursPerDay must be more than 0').max(24, 'hoursPerDay must be at most 24').nullish() }),
  fields: (t) => ({
    userId: t.globalID({ required: true, description: 'The person (yourself).' }),
    courseKey: t.string({ required: true, description: 'The course.', validate: catalogueKey }),
    from: t.field({ type: 'Date', required: true, description: 'The first day of the course.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day (not before the first).' }),
    hoursPerDay: t.float({ description: 'Hours a day on the course; absent: whole days.' }),
  }),
});

const EnrollmentStepInput = (name: string, what: string) =>
  builder.inputType(name, {
    description: `${what}, at the version you read.`,
    fields: (t) => ({
      id: t.globalID({ required: true, description: 'The enrollment.' }),
      version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    }),
  });
const ApproveEnrollmentInput = EnrollmentStepInput('ApproveEnrollmentInput', 'An enrollment to approve');
const StartEnrollmentInput = EnrollmentStepInput('StartEnrollmentInput', 'An enrollment to start');
const DropEnrollmentInput = EnrollmentStepInput('DropEnrollmentInput', 'An enrollment to drop');
const CompleteEnrollmentInput = builder.inputType('CompleteEnrollmentInput', {
  description: 'An enrollment completed, at the version you read.',
  validate: inputRules({ result: z.string().max(500, 'must be at most 500 characters').nullish() }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The enrollment.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    result: t.string({ description: 'The outcome, e.g. "Passed, 87%".' }),
    completedOn: t.field({ type: 'Date', description: 'The day it was completed (default today; not before it started, not in the future).' }),
  }),
});

const enrollmentIdOf = (id: { typename: string; id: string }) => idOf(id, 'Enrollment', ['input', 'id']);
type Step = (ctx: ReturnType<typeof serviceContextOf>, input: { id: string; version: number }) => Promise<{ id: string }>;

builder.mutationFields((t) => {
  const step = (description: string, input: typeof ApproveEnrollmentInput, run: Step) =>
    t.prismaField({
      type: 'Enrollment',
      description,
      args: { input: t.arg({ description: 'The enrollment and its version.', type: input, required: true }) },
      errors: mutationErrors(),
      authScopes: { authenticated: true },
      resolve: async (query, _root, { input: args }, ctx) => reloadRow(ctx.prisma.enrollment, query, await run(serviceContextOf(ctx), { ...args, id: enrollmentIdOf(args.id) })),
    });
  return {
    createCourse: t.prismaField({
      type: 'Course',
      description: 'Adds a course to the catalogue (PMO_ADMIN).',
      args: { input: t.arg({ description: 'The course.', type: CreateCourseInput, required: true }) },
      errors: mutationErrors(),
      authScopes: { admin: true },
      resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.course, query, await createCourse(serviceContextOf(ctx), input)),
    }),
    updateCourse: t.prismaField({
      type: 'Course',
      description: 'Changes a course read at `version` (PMO_ADMIN).',
      args: { input: t.arg({ description: 'The course, its version and the changes.', type: UpdateCourseInput, required: true }) },
      errors: mutationErrors(),
      authScopes: { admin: true },
      resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.course, query, await updateCourse(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Course', ['input', 'id']) })),
    }),
    requestEnrollment: t.prismaField({
      type: 'Enrollment',
      description: 'Asks to attend a course (for yourself): REQUESTED until a manager of yours (or the PMO) approves it.',
      args: { input: t.arg({ description: 'The person, the course and the days.', type: RequestEnrollmentInput, required: true }) },
      errors: mutationErrors(),
      authScopes: { authenticated: true },
      resolve: async (query, _root, { input }, ctx) =>
        reloadRow(ctx.prisma.enrollment, query, await requestEnrollment(serviceContextOf(ctx), { ...input, userId: idOf(input.userId, 'User', ['input', 'userId']) })),
    }),
    approveEnrollment: step('Approves a requested enrollment (a manager of the person, or the PMO); its days become a TRAINING absence.', ApproveEnrollmentInput, approveEnrollment),
    startEnrollment: step('Marks an approved enrollment started (the person, a manager of theirs, or the PMO).', StartEnrollmentInput, startEnrollment),
    completeEnrollment: t.prismaField({
      type: 'Enrollment',
      description: "Records a completion (a manager of the person, or the PMO): raises the person's skills the course develops to its levels when lower.",
      args: { input: t.arg({ description: 'The enrollment, its version and the outcome.', type: CompleteEnrollmentInput, required: true }) },
      errors: mutationErrors(),
      authScopes: { authenticated: true },
      resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.enrollment, query, await completeEnrollment(serviceContextOf(ctx), { ...input, id: enrollmentIdOf(input.id) })),
    }),
    dropEnrollment: step('Drops an open enrollment (the person, a manager of theirs, or the PMO); its TRAINING absence is removed.', DropEnrollmentInput, dropEnrollment),
  };
});
