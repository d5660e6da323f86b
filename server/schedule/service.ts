// Schedule use cases: the work breakdown (tasks), the dependencies between tasks and the project's
// working calendar. Each runs in one transaction with its checks, its audit event and typed errors;
// whoever may manage the project (its manager, its portfolio owner, the PMO) may make them.
import { canManageProject } from '../auth/access.js';
import { PROJECT_ACCESS, type ProjectAccess } from '../auth/project-access.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import { DEFAULT_WORKING_DAYS, MAX_HOLIDAYS, normalisedCalendar } from '../platform/calendar.js';
import type { ServiceContext, Tx, Viewer } from '../platform/context.js';
import type { Prisma, ProjectCalendar, Task, TaskDependency } from '../platform/db/generated/prisma/client.js';
import type { DependencyType, Weekday } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, IssueList, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';
import { requireUser } from '../users/index.js';
import { cycleClosedBy, wbsOrderOf, wouldNestUnderItself } from './lib/wbs.js';

/** What deciding who may change a project's schedule needs: what the access policy reads. */
export type ManagedProject = ProjectAccess;

const FORBIDDEN = 'Only the managers of the project (its manager, its portfolio owner, the PMO) may change its schedule';

export interface TaskFieldsInput {
  key?: string | null;
  name?: string | null;
  description?: string | null;
  parentId?: string | null;
  durationDays?: number | null;
  optimisticDays?: number | null;
  mostLikelyDays?: number | null;
  pessimisticDays?: number | null;
  startNoEarlierThan?: Date | null;
  budget?: string | null;
  assigneeId?: string | null;
}

export interface CreateTaskInput extends TaskFieldsInput {
  projectId: string;
  key: string;
  name: string;
}

export interface UpdateTaskInput extends TaskFieldsInput {
  id: string;
  version: number;
}

export interface TaskChange {
  before: Task | null;
  after: Task;
}

export async function createTask(ctx: ServiceContext, input: CreateTaskInput): Promise<TaskChange> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, viewer, input.projectId, ['input', 'projectId']);
    await checkTask(tx, project, null, input, input);
    const after = await tx.task.create({
      data: {
        projectId: project.id,
        key: input.key,
        wbsOrder: wbsOrderOf(input.key),
        name: input.name,
        description: input.description ?? '',
        parentId: input.parentId ?? null,
        durationDays: input.durationDays ?? 0,
        optimisticDays: input.optimisticDays ?? null,
        mostLikelyDays: input.mostLikelyDays ?? null,
        pessimisticDays: input.pessimisticDays ?? null,
        startNoEarlierThan: input.startNoEarlierThan ?? null,
        budget: input.budget ?? '0',
        assigneeId: input.assigneeId ?? null,
      },
    });
    await audit(tx, viewer, 'task.created', after.id, project.id, null, after);
    return { before: null, after };
  });
}

/** Fields a task cannot do without: null in an update would clear them. */
const REQUIRED_FIELDS = ['key', 'name', 'description', 'durationDays', 'budget'] as const;

export async function updateTask(ctx: ServiceContext, input: UpdateTaskInput): Promise<TaskChange> {
  const { viewer } = ctx;
  const { id, version, ...patch } = input;
  const changes = changesOf(patch) as TaskFieldsInput;
  return transaction(ctx, async (tx) => {
    const before = await loadTask(tx, id);
    const project = await manageableProject(tx, viewer, before.projectId, ['input', 'id']);
    const issues = new IssueList();
    await issues.check(() => rejectNulls(patch, [...REQUIRED_FIELDS]));
    await issues.check(() => checkTask(tx, project, before, changes, { ...before, budget: before.budget.toString(), ...changes }));
    issues.throwIfAny();
    const data: Prisma.TaskUncheckedUpdateManyInput = { ...(changes as Prisma.TaskUncheckedUpdateManyInput) };
    if (changes.key) data.wbsOrder = wbsOrderOf(changes.key);
    await updateVersioned(tx.task, 'task', { id }, version, data);
    const after = await tx.task.findUniqueOrThrow({ where: { id } });
    await audit(tx, viewer, 'task.updated', id, project.id, before, after);
    return { before, after };
  });
}

export interface DeleteTaskInput {
  id: string;
  version: number;
}

/** Deletes a work task or an empty summary task, with its dependencies. */
export async function deleteTask(ctx: ServiceContext, input: DeleteTaskInput): Promise<Task> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const before = await loadTask(tx, input.id);
    const project = await manageableProject(tx, viewer, before.projectId, ['input', 'id']);
    const children = await tx.task.count({ where: { parentId: before.id } });
    if (children > 0) {
      throw ValidationError.single(['input', 'id'], `Task ${before.key} is a summary of ${children} task(s): delete or move them first`);
    }
    // The version check and the delete in one statement: a stale version deletes nothing.
    const { count } = await tx.task.deleteMany({ where: { id: before.id, version: input.version } });
    if (count === 0) throw await staleVersion('task', () => tx.task.findUnique({ where: { id: before.id }, select: { version: true } }));
    await audit(tx, viewer, 'task.deleted', before.id, project.id, before, null);
    return before;
  });
}

export interface AddTaskDependencyInput {
  predecessorId: string;
  successorId: string;
  type?: DependencyType | null;
  lagDays?: number | null;
}

export async function addTaskDependency(ctx: ServiceContext, input: AddTaskDependencyInput): Promise<TaskDependency> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const [predecessor, successor] = await Promise.all([
      tx.task.findUnique({ where: { id: input.predecessorId }, include: { _count: { select: { children: true } } } }),
      tx.task.findUnique({ where: { id: input.successorId }, include: { _count: { select: { children: true } } } }),
    ]);
    const issues = new IssueList();
    if (!predecessor) await issues.check(() => ValidationError.throwSingle(['input', 'predecessorId'], 'No task has this id'));
    if (!successor) await issues.check(() => ValidationError.throwSingle(['input', 'successorId'], 'No task has this id'));
    issues.throwIfAny();
    const project = await manageableProject(tx, viewer, predecessor!.projectId, ['input', 'predecessorId']);
    if (successor!.projectId !== predecessor!.projectId) {
      throw ValidationError.single(['input', 'successorId'], `Tasks ${predecessor!.key} and ${successor!.key} belong to different projects: a dependency links tasks of one project`);
    }
    for (const [task, field] of [[predecessor!, 'predecessorId'], [successor!, 'successorId']] as const) {
      if (task._count.children > 0) {
        await issues.check(() => ValidationError.throwSingle(['input', field], `Task ${task.key} is a summary task: link the tasks under it instead`));
      }
    }
    issues.throwIfAny();
    const links = await tx.taskDependency.findMany({ where: { projectId: project.id }, select: { predecessorId: true, successorId: true } });
    if (links.some((link) => link.predecessorId === predecessor!.id && link.successorId === successor!.id)) {
      throw ValidationError.single(['input', 'successorId'], `Task ${successor!.key} already depends on ${predecessor!.key}: change or remove that dependency`);
    }
    const cycle = cycleClosedBy({ predecessorId: predecessor!.id, successorId: successor!.id }, links);
    if (cycle) {
      const keys = await tx.task.findMany({ where: { id: { in: cycle } }, select: { id: true, key: true } });
      const keyOf = new Map(keys.map((task) => [task.id, task.key]));
      const loop = [...cycle, cycle[0]!].map((taskId) => keyOf.get(taskId) ?? taskId).join(' → ');
      throw ValidationError.single(['input', 'successorId'], `The dependency would make a cycle: ${loop}`);
    }
    const after = await tx.taskDependency.create({
      data: { projectId: project.id, predecessorId: predecessor!.id, successorId: successor!.id, type: input.type ?? 'FS', lagDays: input.lagDays ?? 0 },
    });
    await recordAudit(tx, { actorId: viewer.id, action: 'taskDependency.added', entityType: 'TaskDependency', entityId: after.id, projectId: project.id, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export async function removeTaskDependency(ctx: ServiceContext, input: { id: string }): Promise<TaskDependency> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const before = await tx.taskDependency.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError('TaskDependency', input.id);
    await manageableProject(tx, viewer, before.projectId, ['input', 'id']);
    await tx.taskDependency.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: viewer.id, action: 'taskDependency.removed', entityType: 'TaskDependency', entityId: before.id, projectId: before.projectId, before });
    projectFactsChanged.announce(tx, [before.projectId]);
    return before;
  });
}


export interface UpdateProjectCalendarInput {
  projectId: string;
  workingDays?: Weekday[] | null;
  holidays?: Date[] | null;
}

/** Sets the project's working weekdays and holidays (what is not given keeps its value). */
export async function updateProjectCalendar(ctx: ServiceContext, input: UpdateProjectCalendarInput): Promise<ProjectCalendar> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, viewer, input.projectId, ['input', 'projectId']);
    const before = await tx.projectCalendar.findUnique({ where: { projectId: project.id } });
    const { workingDays, holidays } = normalisedCalendar(input.workingDays ?? before?.workingDays ?? DEFAULT_WORKING_DAYS, input.holidays ?? before?.holidays ?? []);
    if (workingDays.length === 0) throw ValidationError.single(['input', 'workingDays'], 'A calendar needs at least one working weekday');
    if (holidays.length > MAX_HOLIDAYS) throw ValidationError.single(['input', 'holidays'], `At most ${MAX_HOLIDAYS} holidays`);
    const after = await tx.projectCalendar.upsert({
      where: { projectId: project.id },
      create: { projectId: project.id, workingDays, holidays },
      update: { workingDays, holidays, version: { increment: 1 } },
    });
    await recordAudit(tx, { actorId: viewer.id, action: 'projectCalendar.updated', entityType: 'ProjectCalendar', entityId: project.id, projectId: project.id, before, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export async function manageableProject(tx: Tx, viewer: Viewer, projectId: string, path: string[]): Promise<ManagedProject> {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: PROJECT_ACCESS });
  if (!project) throw ValidationError.single(path, 'No project has this id');
  if (!canManageProject(viewer, project)) throw new ForbiddenError(FORBIDDEN);
  if (project.status === 'COMPLETED' || project.status === 'CANCELLED') {
    throw ValidationError.single(path, `The project is ${project.status.toLowerCase()}: its schedule can no longer change`);
  }
  // One schedule change of a project at a time: the cycle checks (dependencies, the WBS tree)
  // read the project's links and then write one, and two concurrent writers could each pass
  // their check and together close a loop.
  await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${project.id}::uuid FOR UPDATE`;
  return project;
}

async function loadTask(tx: Tx, id: string): Promise<Task> {
  const task = await tx.task.findUnique({ where: { id } });
  if (!task) throw new NotFoundError('Task', id);
  return task;
}

/**
 * Checks that need the database or several fields at once; `given` is what the client sent,
 * `merged` the task as it would be (`before` null when it is new). Ranges and lengths are checked
 * by the API layer already.
 */
async function checkTask(tx: Tx, project: ManagedProject, before: Task | null, given: TaskFieldsInput, merged: TaskFieldsInput): Promise<void> {
  const issues = new IssueList();
  if (given.key && given.key !== before?.key) {
    const clash = await tx.task.findUnique({ where: { projectId_key: { projectId: project.id, key: given.key } }, select: { id: true } });
    if (clash) await issues.check(() => ValidationError.throwSingle(['input', 'key'], `The project already has a task ${given.key}`));
  }
  if (given.parentId) await issues.check(() => checkParent(tx, project, before, given.parentId!));
  if (given.assigneeId) await issues.check(() => checkAssignee(tx, project, given.assigneeId!));
  const estimates = [merged.optimisticDays, merged.mostLikelyDays, merged.pessimisticDays];
  const givenEstimate = given.optimisticDays !== undefined || given.mostLikelyDays !== undefined || given.pessimisticDays !== undefined;
  if (givenEstimate && estimates.some((days) => days != null) && estimates.some((days) => days == null)) {
    await issues.check(() => ValidationError.throwSingle(['input', 'mostLikelyDays'], 'A three-point estimate needs optimisticDays, mostLikelyDays and pessimisticDays together'));
  } else if (givenEstimate && estimates.every((days) => days != null)) {
    const [optimistic, mostLikely, pessimistic] = estimates as number[];
    if (!(optimistic! <= mostLikely! && mostLikely! <= pessimistic!)) {
      await issues.check(() => ValidationError.throwSingle(['input', 'mostLikelyDays'], 'The estimate must hold optimisticDays ≤ mostLikelyDays ≤ pessimisticDays'));
    }
  }
  issues.throwIfAny();
}

async function checkParent(tx: Tx, project: ManagedProject, before: Task | null, parentId: string): Promise<void> {
  const parent = await tx.task.findUnique({ where: { id: parentId }, select: { id: true, projectId: true, key: true } });
  if (!parent || parent.projectId !== project.id) ValidationError.throwSingle(['input', 'parentId'], 'No task of this project has this id');
  const linked = await tx.taskDependency.count({ where: { OR: [{ predecessorId: parent.id }, { successorId: parent.id }] } });
  if (linked > 0) ValidationError.throwSingle(['input', 'parentId'], `Task ${parent.key} has dependencies: a summary task cannot (remove them first)`);
  if (!before) return;
  const tasks = await tx.task.findMany({ where: { projectId: project.id }, select: { id: true, parentId: true } });
  if (wouldNestUnderItself(before.id, parent.id, new Map(tasks.map((task) => [task.id, task.parentId])))) {
    ValidationError.throwSingle(['input', 'parentId'], `Task ${parent.key} is ${before.key} itself or under it: a task cannot be its own summary`);
  }
}

/** An assignee works on the project: its manager or a member of its team. */
async function checkAssignee(tx: Tx, project: ManagedProject, assigneeId: string): Promise<void> {
  const user = await requireUser(tx, assigneeId, ['input', 'assigneeId'], undefined, 'assignee');
  if (user.id !== project.managerId && !project.members.some((member) => member.userId === user.id)) {
    ValidationError.throwSingle(['input', 'assigneeId'], 'The assignee must be the project manager or a member of the project team');
  }
}

/** The audit event of a task's change; the project's facts changed (schedule.*, evm.*). */
function audit(tx: Tx, viewer: Viewer, action: string, entityId: string, projectId: string, before: Task | null, after: Task | null) {
  projectFactsChanged.announce(tx, [projectId]);
  return recordAudit(tx, { actorId: viewer.id, action, entityType: 'Task', entityId, projectId, before, after });
}
