// Development plans and the development view of a person: user.development { plan, goals with
// progress, enrollments, certifications (expiring ones flagged), expiringCertifications,
// mentoring }, and setDevelopmentPlan.
import { goalProgressOf, type GoalProgress, MAX_GOALS, setDevelopmentPlan } from '../../server/training/index.js';
import { dayNumber, startOfDay } from '../../server/platform/calendar.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';
import { z } from 'zod';
import { catalogueKey } from './certifications.js';

const GoalProgressRef = builder.objectRef<GoalProgress & { byDate: Date }>('DevelopmentGoalProgress').implement({
  description: "A goal's progress from the person's current level, the courses completed and the mentoring on its skill.",
  fields: (t) => ({
    currentLevel: t.int({ nullable: true, description: 'The person’s level in the skill now; null when none is recorded.', resolve: (row) => row.currentLevel }),
    progress: t.float({ description: 'current level / target level, 0..1 (1 once reached).', resolve: (row) => row.progress }),
    reached: t.boolean({ description: 'The target level is reached.', resolve: (row) => row.reached }),
    overdue: t.boolean({ description: 'Not reached and past its date.', resolve: (row) => !row.reached && dayNumber(row.byDate) < dayNumber(startOfDay(new Date())) }),
    completedCourses: t.int({ description: 'Courses the person completed that develop the skill.', resolve: (row) => row.completedCourses }),
    mentoring: t.int({ description: 'Mentoring relationships (active or ended) of the person as mentee focused on the skill.', resolve: (row) => row.mentoring }),
  }),
});

builder.prismaObject('DevelopmentGoal', {
  description: 'A goal of a development plan: a skill at a target level by a date.',
  fields: (t) => ({
    skill: t.relation('skill', { description: 'The skill.' }),
    targetLevel: t.exposeInt('targetLevel', { description: '1..5.' }),
    byDate: t.expose('byDate', { type: 'Date', description: 'The day it should be reached by.' }),
    progress: t.field({
      type: GoalProgressRef,
      description: 'Where the person is on it.',
      select: { skillId: true, targetLevel: true, byDate: true, plan: { select: { userId: true } } },
      resolve: async (goal, _args, ctx) => ({ ...(await goalProgressOf(ctx, goal.plan.userId, goal)), byDate: goal.byDate }),
    }),
  }),
});

builder.prismaNode('DevelopmentPlan', {
  id: { field: 'id' },
  nullable: true,
  description: "A person's development plan. Read by the person, the PMO and the managers who plan their work.",
  select: { id: true, userId: true },
  authScopes: (row) => ({ readPerson: row.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The person.' }),
    summary: t.exposeString('summary', { description: 'What the person aims at; empty when none.' }),
    goals: t.relation('goals', { description: 'Its goals, by date.', query: { orderBy: [{ byDate: 'asc' }, { id: 'asc' }] } }),
    updatedBy: t.relation('updatedBy', { nullable: true, description: 'Who last set it.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When.' }),
    version: t.exposeInt('version', { description: 'Send it back with setDevelopmentPlan.' }),
  }),
});

const DevelopmentRef = builder.prismaObject('User', {
  variant: 'Development',
  description: "A person's development: plan and goals, enrollments, certifications, mentoring.",
  fields: (t) => ({
    plan: t.relation('developmentPlan', { nullable: true, description: 'The development plan; null before one is set.' }),
    enrollments: t.relation('enrollments', { description: 'Enrollments, newest first.', query: { orderBy: [{ from: 'desc' }, { id: 'desc' }], take: 200 } }),
    certifications: t.relation('certifications', { description: 'Certifications, newest first (each says whether it is `expiring`).', query: { orderBy: [{ earnedOn: 'desc' }, { id: 'desc' }], take: 200 } }),
    mentoringAsMentee: t.relation('mentoringReceived', { description: 'Mentoring received, newest first.', query: { orderBy: [{ startOn: 'desc' }, { id: 'desc' }], take: 100 } }),
    mentoringAsMentor: t.relation('mentoringGiven', { description: 'Mentoring given, newest first.', query: { orderBy: [{ startOn: 'desc' }, { id: 'desc' }], take: 100 } }),
  }),
});

builder.prismaObjectFields('User', (t) => ({
  development: t.variant(DevelopmentRef, {
    description: "The person's development view. Read by the person, the PMO and the managers who plan their work.",
    authScopes: (user) => ({ readPerson: user.id }),
  }),
}));

const DevelopmentGoalInput = builder.inputType('DevelopmentGoalInput', {
  description: 'A goal: a skill at a target level by a date.',
  fields: (t) => ({
    skillKey: t.string({ required: true, description: 'The skill.', validate: catalogueKey }),
    targetLevel: t.int({ required: true, description: '1..5.' }),
    byDate: t.field({ type: 'Date', required: true, description: 'The day it should be reached by.' }),
  }),
});

const SetDevelopmentPlanInput = builder.inputType('SetDevelopmentPlanInput', {
  description: "A person's development plan as it should be (the person, a manager of theirs, or the PMO); the goals replace the plan's.",
  validate: inputRules({ summary: z.string().max(5000, 'must be at most 5000 characters').nullish(), goals: z.array(z.unknown()).max(MAX_GOALS, `A plan has at most ${MAX_GOALS} goals`) }),
  fields: (t) => ({
    userId: t.globalID({ required: true, description: 'The person.' }),
    version: t.int({ required: true, description: 'The version you read; 0 when the person has no plan yet. A stale one gives ConflictError.' }),
    summary: t.string({ description: 'What the person aims at.' }),
    goals: t.field({ type: [DevelopmentGoalInput], required: true, description: `The goals (at most ${MAX_GOALS}, each skill once).` }),
  }),
});

builder.mutationFields((t) => ({
  setDevelopmentPlan: t.prismaField({
    type: 'DevelopmentPlan',
    description: "Sets a person's development plan (the person, a manager of theirs, or the PMO).",
    args: { input: t.arg({ description: 'The person, the version read, the summary and the goals.', type: SetDevelopmentPlanInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.developmentPlan, query, await setDevelopmentPlan(serviceContextOf(ctx), { ...input, userId: idOf(input.userId, 'User', ['input', 'userId']) })),
  }),
}));
