// Progress of tasks (reportTaskProgress, the reports, the rolled-up figures) and baselines
// (captureBaseline, setCurrentBaseline, project.baselines, project.baselineVariance).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { amountOf, type BaselineVariance, baselineVariance, captureBaseline, reportTaskProgress, setCurrentBaseline, taskTreeOf, type TaskVariance } from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules, money, name } from '../shared/validators.js';

builder.prismaObject('TaskProgress', {
  description: 'A dated progress report of a work task.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'The day the figures are true at.' }),
    percentComplete: t.exposeInt('percentComplete', { description: '0..100.' }),
    actualCost: t.expose('actualCost', { ...moneyFieldOptions, type: 'Decimal', description: 'Cumulative to asOf (money). Hidden (null) from team members.' }),
    reportedBy: t.relation('reportedBy', { nullable: true, description: 'Who reported it.' }),
    reportedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was reported.' }),
  }),
});

builder.prismaObjectFields('Task', (t) => {
  const rolled = async (task: { id: string; projectId: string }, ctx: Parameters<typeof taskTreeOf>[0]) => (await taskTreeOf(ctx).load(task.projectId)).get(task.id);
  return {
    progress: t.relation('progress', { description: 'Progress reports, oldest first (none on a summary task).', query: { orderBy: { asOf: 'asc' } } }),
    percentComplete: t.float({
      description: "From the latest progress report; a summary's is its tasks', weighted by duration (as Microsoft Project).",
      resolve: async (task, _args, ctx) => (await rolled(task, ctx))?.percentComplete ?? 0,
    }),
    actualCost: t.field({
      ...moneyFieldOptions,
      type: 'Decimal',
      description: "Cumulative actual cost from the latest progress report; a summary's is the sum of its tasks'. Hidden (null) from team members.",
      resolve: async (task, _args, ctx) => amountOf((await rolled(task, ctx))?.actualCostCents ?? 0),
    }),
    actualStart: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day progress was reported (work done or cost incurred); a summary starts with its first task.',
      resolve: async (task, _args, ctx) => (await rolled(task, ctx))?.actualStart ?? null,
    }),
    actualFinish: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day 100% was reported; a summary finishes with its last task.',
      resolve: async (task, _args, ctx) => (await rolled(task, ctx))?.actualFinish ?? null,
    }),
  };
});

const ReportTaskProgressInput = builder.inputType('ReportTaskProgressInput', {
  description: "A work task's progress at a day (a report of a day already reported replaces it).",
  validate: inputRules({ percentComplete: z.number().int().min(0, 'percentComplete must be between 0 and 100').max(100, 'percentComplete must be between 0 and 100'), actualCost: money }),
  fields: (t) => ({
    taskId: t.globalID({ description: 'The task (a work task, not a summary).', required: true }),
    version: t.int({ required: true, description: 'The version of the task you read; a stale one gives ConflictError.' }),
    asOf: t.field({ type: 'Date', required: true, description: 'The day the figures are true at; not in the future.' }),
    percentComplete: t.int({ required: true, description: '0..100.' }),
    actualCost: t.field({ type: 'Decimal', required: true, description: 'Cumulative actual cost to asOf (money): never less than an earlier report.' }),
  }),
});

const BaselineRef = builder.prismaNode('ScheduleBaseline', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: "A snapshot of the project's schedule, to measure progress against.",
  select: { id: true, projectId: true },
  authScopes: (baseline) => ({ readProject: baseline.projectId }),
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first baseline of the project, then 2, 3, ...' }),
    name: t.exposeString('name', { description: 'What the baseline is for.' }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'The schedule start then (null if unscheduled).' }),
    finishDate: t.expose('finishDate', { type: 'Date', nullable: true, description: 'The schedule finish then (null if unscheduled).' }),
    durationDays: t.exposeInt('durationDays', { description: 'Working days from start to finish then.' }),
    budgetAtCompletion: t.expose('budgetAtCompletion', { ...moneyFieldOptions, type: 'Decimal', description: 'BAC: the sum of the work tasks’ budgets then. Hidden (null) from team members.' }),
    capturedBy: t.relation('capturedBy', { nullable: true, description: 'Who took it.' }),
    capturedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was taken.' }),
    current: t.boolean({
      description: 'Whether it is the performance measurement baseline (the one picked with setCurrentBaseline, else the latest).',
      select: { project: { select: { currentBaselineId: true, baselines: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } } } },
      resolve: (baseline) => (baseline.project.currentBaselineId ?? baseline.project.baselines[0]?.id) === baseline.id,
    }),
    tasks: t.relation('tasks', { description: 'Every task as the baseline holds it, in WBS order of their keys.', query: { orderBy: { key: 'asc' } } }),
  }),
});

builder.prismaObject('BaselineTask', {
  description: 'A task as a baseline holds it (the task may have changed or gone since).',
  fields: (t) => ({
    taskId: t.field({ type: 'ID', description: 'The global ID of the task (it may have been deleted since).', select: { taskId: true }, resolve: (row) => encodeGlobalID('Task', row.taskId) }),
    key: t.exposeString('key', { description: 'The task key then.' }),
    name: t.exposeString('name', { description: 'The task name then.' }),
    summary: t.exposeBoolean('summary', { description: 'Whether it was a summary task then.' }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'Its early start then.' }),
    finishDate: t.expose('finishDate', { type: 'Date', nullable: true, description: 'Its early finish then.' }),
    durationDays: t.exposeInt('durationDays', { description: 'Working days then.' }),
    budget: t.expose('budget', { ...moneyFieldOptions, type: 'Decimal', description: 'Its budget then. Hidden (null) from team members.' }),
  }),
});

const VarianceStatusEnum = builder.enumType('VarianceStatus', {
  description: 'How a task compares with the baseline.',
  values: {
    UNCHANGED: { description: 'Same dates and budget.' },
    CHANGED: { description: 'Its dates or budget moved.' },
    ADDED: { description: 'Not in the baseline: added since.' },
    REMOVED: { description: 'In the baseline, deleted since.' },
  },
});

const TaskVarianceRef = builder.objectRef<TaskVariance>('TaskVariance').implement({
  description: 'One task against the baseline.',
  fields: (t) => ({
    taskId: t.globalID({ description: 'The task (it may have been deleted since).', resolve: (row) => ({ type: 'Task', id: row.taskId }) }),
    key: t.string({ description: 'The task key (now, or then for a removed task).', resolve: (row) => row.key }),
    status: t.field({ type: VarianceStatusEnum, description: 'How it compares.', resolve: (row) => row.status }),
    startVarianceDays: t.int({ nullable: true, description: 'Working days the early start moved (positive: later).', resolve: (row) => row.startVarianceDays }),
    finishVarianceDays: t.int({ nullable: true, description: 'Working days the early finish moved (positive: later).', resolve: (row) => row.finishVarianceDays }),
    budgetVariance: t.field({ ...moneyFieldOptions, type: 'Decimal', description: 'Budget now minus then (money). Hidden (null) from team members.', resolve: (row) => row.budgetVariance }),
  }),
});

const BaselineVarianceRef = builder.objectRef<BaselineVariance>('BaselineVariance').implement({
  description: 'The schedule now against a baseline.',
  fields: (t) => ({
    finishSlipDays: t.int({ nullable: true, description: 'Working days the project finish moved (positive: later); null when either is unscheduled.', resolve: (row) => row.finishSlipDays }),
    tasks: t.field({ type: [TaskVarianceRef], description: 'Every task now in WBS order, then the ones removed since.', resolve: (row) => row.tasks }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  baselines: t.relation('baselines', { description: 'Baselines of the schedule, newest first.', query: { orderBy: { number: 'desc' } } }),
  baselineVariance: t.field({
    type: BaselineVarianceRef,
    extensions: { cost: 20 },
    description: 'The schedule now against one of its baselines.',
    args: { baselineId: t.arg.globalID({ description: 'The baseline (of this project).', required: true }) },
    resolve: (project, args, ctx) => baselineVariance(ctx, project.id, idOf(args.baselineId, 'ScheduleBaseline', ['baselineId'])),
  }),
}));

const CaptureBaselineInput = builder.inputType('CaptureBaselineInput', {
  description: "Takes a baseline of the project's schedule as it is now.",
  validate: inputRules({ name }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    name: t.string({ description: 'What the baseline is for, e.g. "Re-plan after change request 7".', required: true }),
  }),
});

const SetCurrentBaselineInput = builder.inputType('SetCurrentBaselineInput', {
  description: 'Makes a baseline the performance measurement baseline of its project.',
  fields: (t) => ({ baselineId: t.globalID({ description: 'The baseline.', required: true }) }),
});

builder.mutationFields((t) => ({
  reportTaskProgress: t.prismaField({
    type: 'Task',
    description: "Records a work task's progress at a day (the managers of the project may).",
    args: { input: t.arg({ description: 'The task, its version and the figures.', type: ReportTaskProgressInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const task = await reportTaskProgress(serviceContextOf(ctx), { ...input, taskId: idOf(input.taskId, 'Task', ['input', 'taskId']) });
      return reloadRow(ctx.prisma.task, query, task);
    },
  }),
  captureBaseline: t.prismaField({
    type: 'ScheduleBaseline',
    description: "Takes a baseline of the project's schedule (the managers of the project may).",
    args: { input: t.arg({ description: 'The project and a name.', type: CaptureBaselineInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const baseline = await captureBaseline(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) });
      return reloadRow(ctx.prisma.scheduleBaseline, query, baseline);
    },
  }),
  setCurrentBaseline: t.prismaField({
    type: 'ScheduleBaseline',
    description: 'Makes a baseline the performance measurement baseline of its project (the managers of the project may).',
    args: { input: t.arg({ description: 'The baseline.', type: SetCurrentBaselineInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const baseline = await setCurrentBaseline(serviceContextOf(ctx), { baselineId: idOf(input.baselineId, 'ScheduleBaseline', ['input', 'baselineId']) });
      return reloadRow(ctx.prisma.scheduleBaseline, query, baseline);
    },
  }),
}));

export { BaselineRef };
