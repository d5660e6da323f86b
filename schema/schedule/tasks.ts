// The work breakdown: Task (a WBS tree), TaskDependency, the project's calendar, and their
// mutations. Resolvers stay thin: they decode ids, make one service call and reload the result.
import { z } from 'zod';
import {
  addTaskDependency,
  createTask,
  DEFAULT_WORKING_DAYS,
  deleteTask,
  removeTaskDependency,
  amountOf,
  projectScheduleOf,
  type ScheduledProject,
  taskTreeOf,
  type TaskTiming,
  updateProjectCalendar,
  updateTask,
} from '../../server/schedule/index.js';
import { keyedRequestLoader } from '../../server/platform/loaders.js';
import type { Task } from '../../server/platform/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { type AppContext, serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf, optionalIdOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, money, name } from '../shared/validators.js';

const WBS_ORDER = [{ wbsOrder: 'asc' as const }, { id: 'asc' as const }];

const DependencyTypeEnum = builder.enumType('DependencyType', {
  description: 'How the successor is tied to the predecessor.',
  values: {
    FS: { description: 'Finish to start: the successor starts after the predecessor finishes (the usual link).' },
    SS: { description: 'Start to start: the successor starts once the predecessor has started.' },
    FF: { description: 'Finish to finish: the successor finishes once the predecessor has finished.' },
    SF: { description: 'Start to finish: the successor finishes once the predecessor has started.' },
  },
});

export const WeekdayEnum = builder.enumType('Weekday', {
  description: 'A day of the week.',
  values: {
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday.' },
    SUNDAY: { description: 'Sunday.' },
  },
});

const TaskRef = builder.prismaNode('Task', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'A task of the work breakdown. A task with children is a summary: its budget rolls up from them.',
  select: { id: true, projectId: true },
  // Tasks follow their project's visibility (lists already filter in SQL; node() returns null).
  authScopes: (task) => ({ readProject: task.projectId }),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Unique in the project, e.g. a WBS code "1.2.3".' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    durationDays: t.exposeInt('durationDays', { description: 'Working days; 0 is a milestone.' }),
    optimisticDays: t.exposeInt('optimisticDays', { nullable: true, description: 'Three-point estimate: the best case, in working days.' }),
    mostLikelyDays: t.exposeInt('mostLikelyDays', { nullable: true, description: 'Three-point estimate: the most likely, in working days.' }),
    pessimisticDays: t.exposeInt('pessimisticDays', { nullable: true, description: 'Three-point estimate: the worst case, in working days.' }),
    startNoEarlierThan: t.expose('startNoEarlierThan', { type: 'Date', nullable: true, description: 'The task may not start before this date.' }),
    milestone: t.boolean({ description: 'Whether the task is a milestone (no duration).', select: { durationDays: true }, resolve: (task) => task.durationDays === 0 }),
    summary: t.boolean({
      description: 'Whether the task has children (then it is a summary task).',
      resolve: async (task, _args, ctx) => (await taskTreeOf(ctx).load(task.projectId)).get(task.id)?.summary ?? false,
    }),
    budget: t.field({
      ...moneyFieldOptions,
      type: 'Decimal',
      description: "The task's share of the budget at completion (BAC); a summary's is the sum of its children's. Hidden (null) from team members.",
      select: { budget: true },
      resolve: async (task, _args, ctx) => {
        const rolledUp = (await taskTreeOf(ctx).load(task.projectId)).get(task.id);
        return rolledUp ? amountOf(rolledUp.budgetCents) : task.budget;
      },
    }),
    version: t.exposeInt('version', { description: 'Send it back with updates (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    project: t.relation('project'),
    parent: t.relation('parent', { nullable: true, description: 'The summary task above; null at the top of the WBS.' }),
    children: t.relation('children', { description: 'The tasks directly under this one, in WBS order.', query: { orderBy: WBS_ORDER } }),
    assignee: t.relation('assignee', { nullable: true }),
    predecessors: t.relation('predecessors', {
      description: 'The dependencies this task is the successor of (what it waits for), oldest first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    successors: t.relation('successors', {
      description: 'The dependencies this task is the predecessor of (what waits for it), oldest first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const TaskConnection = nodeConnection(TaskRef, 'Task');

// The task's place in the critical path; null while the project has no start date.
builder.prismaObjectFields('Task', (t) => {
  const timing = async (task: { id: string; projectId: string }, ctx: AppContext) => (await projectScheduleOf(ctx).load(task.projectId))?.tasks.get(task.id) ?? null;
  const date = (description: string, pick: (timing: TaskTiming) => Date) =>
    t.field({ type: 'Date', nullable: true, description: `${description} Null while the project has no start date.`, resolve: async (task, _args, ctx) => { const found = await timing(task, ctx); return found ? pick(found) : null; } });
  const days = (description: string, pick: (timing: TaskTiming) => number) =>
    t.int({ nullable: true, description: `${description} Null while the project has no start date.`, resolve: async (task, _args, ctx) => { const found = await timing(task, ctx); return found ? pick(found) : null; } });
  return {
    earlyStart: date('The earliest the task can start (critical path, forward pass).', (found) => found.earlyStart),
    earlyFinish: date('The earliest the task can finish.', (found) => found.earlyFinish),
    lateStart: date('The latest the task can start without delaying the project (backward pass).', (found) => found.lateStart),
    lateFinish: date('The latest the task can finish without delaying the project.', (found) => found.lateFinish),
    totalFloatDays: days('Working days the task can slip without delaying the project.', (found) => found.totalFloatDays),
    freeFloatDays: days('Working days the task can slip without delaying any successor.', (found) => found.freeFloatDays),
    critical: t.boolean({
      nullable: true,
      description: 'Whether the task is on the critical path (total float ≤ 0; a summary when one of its tasks is). Null while the project has no start date.',
      resolve: async (task, _args, ctx) => (await timing(task, ctx))?.critical ?? null,
    }),
  };
});

/**
 * Tasks by id for every schedule of the request at once. Keyed by the planned query, so lists
 * selecting different fields each get the relations they asked for.
 */
export const tasksById = keyedRequestLoader<AppContext, object, string, Task | null>(
  (query) => JSON.stringify(query),
  async (ctx, query, ids) => {
    const rows = await ctx.prisma.task.findMany({ ...query, where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  },
);

const ProjectScheduleRef = builder.objectRef<{ projectId: string; schedule: ScheduledProject }>('ProjectSchedule').implement({
  description: "The project's critical path schedule, from its start date, its tasks, their dependencies and its calendar.",
  fields: (t) => ({
    startDate: t.field({ type: 'Date', description: 'The earliest start of its tasks (the project start date without tasks).', resolve: ({ schedule }) => schedule.startDate }),
    finishDate: t.field({ type: 'Date', description: 'The latest early finish of its tasks.', resolve: ({ schedule }) => schedule.finishDate }),
    durationDays: t.int({ description: 'Working days from start to finish, both included (0 with milestones only).', resolve: ({ schedule }) => schedule.durationDays }),
    criticalPath: t.prismaField({
      type: ['Task'],
      description: 'The critical work tasks, by early start.',
      resolve: async (query, { schedule }, _args, ctx) =>
        (await tasksById(ctx, query).loadMany(schedule.criticalPath)).flatMap((task) => (task && !(task instanceof Error) ? [task] : [])),
    }),
    finishesAfterTarget: t.boolean({ nullable: true, description: "Whether the finish is later than the project's target end date; null without one.", resolve: ({ schedule }) => schedule.finishesAfterTarget }),
    slipDays: t.int({ nullable: true, description: 'Working days the finish is past the target end date (0 when on time); null without a target.', resolve: ({ schedule }) => schedule.slipDays }),
  }),
});

builder.prismaNode('TaskDependency', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'The successor depends on the predecessor.',
  select: { id: true, projectId: true },
  authScopes: (dependency) => ({ readProject: dependency.projectId }),
  fields: (t) => ({
    predecessor: t.relation('predecessor'),
    successor: t.relation('successor'),
    type: t.expose('type', { type: DependencyTypeEnum }),
    lagDays: t.exposeInt('lagDays', { description: 'Working days between the two; negative is a lead.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ProjectCalendarRef = builder.objectRef<{ workingDays: string[]; holidays: Date[]; version: number }>('ProjectCalendar').implement({
  description: "The project's working calendar: all day arithmetic of its schedule goes through it.",
  fields: (t) => ({
    workingDays: t.field({ type: [WeekdayEnum], description: 'Working weekdays, Monday first.', resolve: (calendar) => calendar.workingDays as never }),
    holidays: t.field({ type: ['Date'], description: 'Days off, in date order.', resolve: (calendar) => calendar.holidays }),
    version: t.int({ description: '0 while the project uses the default calendar.', resolve: (calendar) => calendar.version }),
  }),
});

const DEFAULT_CALENDAR = { workingDays: [...DEFAULT_WORKING_DAYS], holidays: [], version: 0 };

builder.prismaObjectFields('Project', (t) => ({
  tasks: t.relatedConnection(
    'tasks',
    {
      cursor: 'id',
      description: "The project's tasks, summaries and work tasks alike, in WBS order.",
      totalCount: true,
      query: { orderBy: WBS_ORDER },
    },
    TaskConnection,
  ),
  schedule: t.field({
    type: ProjectScheduleRef,
    // Schedules every task of the project (the critical path).
    extensions: { cost: 20 },
    nullable: true,
    description: 'The critical path schedule; null while the project has no start date.',
    resolve: async (project, _args, ctx) => {
      const schedule = await projectScheduleOf(ctx).load(project.id);
      return schedule ? { projectId: project.id, schedule } : null;
    },
  }),
  calendar: t.field({
    type: ProjectCalendarRef,
    description: 'Working weekdays and holidays (Monday to Friday without holidays until set).',
    select: { calendar: { select: { workingDays: true, holidays: true, version: true } } },
    resolve: (project) => project.calendar ?? DEFAULT_CALENDAR,
  }),
}));

const days = (field: string) =>
  z.number().int(`${field} must be a whole number of working days`).min(0, `${field} must not be negative`).max(100_000, `${field} must be at most 100000`);
const taskKey = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?$/, 'must be 1-40 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit');

const taskFieldRules = {
  description: description.nullish(),
  durationDays: days('durationDays').nullish(),
  optimisticDays: days('optimisticDays').nullish(),
  mostLikelyDays: days('mostLikelyDays').nullish(),
  pessimisticDays: days('pessimisticDays').nullish(),
  budget: money.nullish(),
};

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  description: "A new task in a project's work breakdown.",
  validate: inputRules({ ...taskFieldRules, key: taskKey, name }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    key: t.string({ description: 'Unique in the project, e.g. a WBS code "1.2.3".', required: true }),
    name: t.string({ description: 'Short name.', required: true }),
    description: t.string({ description: 'Free text.' }),
    parentId: t.globalID({ description: 'The summary task to put it under (a task of the same project without dependencies).' }),
    durationDays: t.int({ description: 'Working days (default 0: a milestone).' }),
    optimisticDays: t.int({ description: 'Three-point estimate (all three or none): best case.' }),
    mostLikelyDays: t.int({ description: 'Three-point estimate: most likely.' }),
    pessimisticDays: t.int({ description: 'Three-point estimate: worst case.' }),
    startNoEarlierThan: t.field({ type: 'Date', description: 'The task may not start before this date.' }),
    budget: t.field({ type: 'Decimal', description: "The task's share of the budget at completion (money; default 0)." }),
    assigneeId: t.globalID({ description: 'Who does it: the project manager or a member of the team.' }),
  }),
});

const UpdateTaskInput = builder.inputType('UpdateTaskInput', {
  description: 'Changes to a task: only the fields given change (null clears an optional one).',
  validate: inputRules({ ...taskFieldRules, key: taskKey.nullish(), name: name.nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The task.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    key: t.string({ description: 'Unique in the project.' }),
    name: t.string({ description: 'Short name.' }),
    description: t.string({ description: 'Free text.' }),
    parentId: t.globalID({ description: 'The summary task to move it under; null moves it to the top.' }),
    durationDays: t.int({ description: 'Working days; 0 is a milestone.' }),
    optimisticDays: t.int({ description: 'Three-point estimate: best case.' }),
    mostLikelyDays: t.int({ description: 'Three-point estimate: most likely.' }),
    pessimisticDays: t.int({ description: 'Three-point estimate: worst case.' }),
    startNoEarlierThan: t.field({ type: 'Date', description: 'The task may not start before this date; null removes it.' }),
    budget: t.field({ type: 'Decimal', description: "The task's share of the budget at completion (money)." }),
    assigneeId: t.globalID({ description: 'Who does it; null unassigns.' }),
  }),
});

const DeleteTaskInput = builder.inputType('DeleteTaskInput', {
  description: 'A task to delete (with its dependencies); a summary task must be emptied first.',
  fields: (t) => ({
    id: t.globalID({ description: 'The task.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
  }),
});

const AddTaskDependencyInput = builder.inputType('AddTaskDependencyInput', {
  description: 'Makes one task of a project depend on another; a link that would close a cycle is refused.',
  validate: inputRules({ lagDays: z.number().int('lagDays must be a whole number of working days').min(-10_000, 'lagDays must be at least -10000').max(10_000, 'lagDays must be at most 10000').nullish() }),
  fields: (t) => ({
    predecessorId: t.globalID({ description: 'The task depended on.', required: true }),
    successorId: t.globalID({ description: 'The task that depends on it (same project).', required: true }),
    type: t.field({ type: DependencyTypeEnum, description: 'Default FS (finish to start).' }),
    lagDays: t.int({ description: 'Working days (default 0); negative is a lead.' }),
  }),
});

const RemoveTaskDependencyInput = builder.inputType('RemoveTaskDependencyInput', {
  description: 'A dependency to remove.',
  fields: (t) => ({ id: t.globalID({ description: 'The dependency.', required: true }) }),
});

const UpdateProjectCalendarInput = builder.inputType('UpdateProjectCalendarInput', {
  description: "Sets a project's working weekdays and holidays; what is not given keeps its value.",
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    workingDays: t.field({ type: [WeekdayEnum], description: 'Working weekdays (at least one).' }),
    holidays: t.field({ type: ['Date'], description: 'Days off (at most 1000); replaces the list.' }),
  }),
});

const DeletedTaskRef = builder.objectRef<{ id: string; projectId: string }>('DeletedTask').implement({
  description: 'The task that was deleted.',
  fields: (t) => ({
    deletedTaskId: t.globalID({ description: 'The global ID the task had.', resolve: (task) => ({ type: 'Task', id: task.id }) }),
    project: t.prismaField({ type: 'Project', description: 'The project, as it is now.', resolve: (query, task, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: task.projectId } }) }),
  }),
});

const RemovedTaskDependencyRef = builder.objectRef<{ id: string; predecessorId: string; successorId: string }>('RemovedTaskDependency').implement({
  description: 'The dependency that was removed.',
  fields: (t) => ({
    removedDependencyId: t.globalID({ description: 'The global ID the dependency had.', resolve: (link) => ({ type: 'TaskDependency', id: link.id }) }),
    predecessor: t.prismaField({ type: 'Task', description: 'The task that was depended on.', resolve: (query, link, _args, ctx) => ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: link.predecessorId } }) }),
    successor: t.prismaField({ type: 'Task', description: 'The task that depended on it.', resolve: (query, link, _args, ctx) => ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: link.successorId } }) }),
  }),
});

const taskIdOf = (id: { typename: string; id: string }) => idOf(id, 'Task', ['input', 'id']);
const parentIdOf = (id: { typename: string; id: string } | null | undefined) => optionalIdOf(id, 'Task', ['input', 'parentId']);
const assigneeIdOf = (id: { typename: string; id: string } | null | undefined) => optionalIdOf(id, 'User', ['input', 'assigneeId']);

builder.mutationFields((t) => ({
  createTask: t.prismaField({
    type: 'Task',
    description: "Adds a task to a project's work breakdown (the managers of the project may).",
    args: { input: t.arg({ description: 'The new task.', type: CreateTaskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const change = await createTask(serviceContextOf(ctx), {
        ...input,
        projectId: idOf(input.projectId, 'Project', ['input', 'projectId']),
        parentId: parentIdOf(input.parentId),
        assigneeId: assigneeIdOf(input.assigneeId),
      });
      return reloadRow(ctx.prisma.task, query, change.after);
    },
  }),
  updateTask: t.prismaField({
    type: 'Task',
    description: 'Changes a task read at `version` (the managers of the project may).',
    args: { input: t.arg({ description: 'The task, its version and the changes.', type: UpdateTaskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const change = await updateTask(serviceContextOf(ctx), {
        ...input,
        id: taskIdOf(input.id),
        parentId: parentIdOf(input.parentId),
        assigneeId: assigneeIdOf(input.assigneeId),
      });
      return reloadRow(ctx.prisma.task, query, change.after);
    },
  }),
  deleteTask: t.field({
    type: DeletedTaskRef,
    description: 'Deletes a task and its dependencies (a summary task must be emptied first).',
    args: { input: t.arg({ description: 'The task and its version.', type: DeleteTaskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (_root, { input }, ctx) => deleteTask(serviceContextOf(ctx), { id: taskIdOf(input.id), version: input.version }),
  }),
  addTaskDependency: t.prismaField({
    type: 'TaskDependency',
    description: 'Makes a task depend on another task of the same project.',
    args: { input: t.arg({ description: 'The two tasks, the type and the lag.', type: AddTaskDependencyInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const link = await addTaskDependency(serviceContextOf(ctx), {
        ...input,
        predecessorId: idOf(input.predecessorId, 'Task', ['input', 'predecessorId']),
        successorId: idOf(input.successorId, 'Task', ['input', 'successorId']),
      });
      return reloadRow(ctx.prisma.taskDependency, query, link);
    },
  }),
  removeTaskDependency: t.field({
    type: RemovedTaskDependencyRef,
    description: 'Removes a dependency between two tasks.',
    args: { input: t.arg({ description: 'The dependency.', type: RemoveTaskDependencyInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (_root, { input }, ctx) => removeTaskDependency(serviceContextOf(ctx), { id: idOf(input.id, 'TaskDependency', ['input', 'id']) }),
  }),
  updateProjectCalendar: t.prismaField({
    type: 'Project',
    description: "Sets a project's working weekdays and holidays (the managers of the project may).",
    args: { input: t.arg({ description: 'The project and its calendar.', type: UpdateProjectCalendarInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const calendar = await updateProjectCalendar(serviceContextOf(ctx), {
        ...input,
        projectId: idOf(input.projectId, 'Project', ['input', 'projectId']),
      });
      return reloadRow(ctx.prisma.project, query, { id: calendar.projectId });
    },
  }),
}));
