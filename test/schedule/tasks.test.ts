// The work breakdown through the real API: tasks in a WBS tree (summary budgets roll up), their
// dependencies (cycles and cross-project links refused), the project calendar, who may do what,
// typed errors that change nothing, and statement counts that ignore list lengths.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { AddTaskDependencyInput, CreateTaskInput, UpdateTaskInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId } from '../support/ids.js';
import { asAudited, expectType, expectUnchanged, issue, rootField, SCHEDULE_TABLES, validationError, withNewAuditEvents } from '../support/results.js';
import { type Handle, PEOPLE, type Person, type Scenario, startScenario, type TaskHandle } from '../support/scenarios/index.js';

graphql(`
  fragment TaskFields on Task {
    id key name description durationDays optimisticDays mostLikelyDays pessimisticDays startNoEarlierThan
    milestone summary budget version parent { key } assignee { email } project { code }
  }
`);
const CreateTask = graphql(`
  mutation TaskCreate($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { ...TaskFields } } ...ErrorFields }
  }
`);
const UpdateTask = graphql(`
  mutation TaskUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { ...TaskFields } } ...ErrorFields }
  }
`);
const DeleteTask = graphql(`
  mutation TaskDelete($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      __typename ... on MutationDeleteTaskSuccess { data { deletedTaskId project { tasks { totalCount } } } } ...ErrorFields
    }
  }
`);
const AddDependency = graphql(`
  mutation TaskAddDependency($input: AddTaskDependencyInput!) {
    addTaskDependency(input: $input) {
      __typename ... on MutationAddTaskDependencySuccess { data { id type lagDays predecessor { key } successor { key } } } ...ErrorFields
    }
  }
`);
const RemoveDependency = graphql(`
  mutation TaskRemoveDependency($input: RemoveTaskDependencyInput!) {
    removeTaskDependency(input: $input) {
      __typename ... on MutationRemoveTaskDependencySuccess { data { removedDependencyId successor { key predecessors { id } } } } ...ErrorFields
    }
  }
`);
const UpdateCalendar = graphql(`
  mutation TaskUpdateCalendar($input: UpdateProjectCalendarInput!) {
    updateProjectCalendar(input: $input) {
      __typename ... on MutationUpdateProjectCalendarSuccess { data { calendar { workingDays holidays version } } } ...ErrorFields
    }
  }
`);
const ProjectTasks = graphql(`
  query TaskProjectTasks($id: ID!, $first: Int, $after: String) {
    project(id: $id) {
      calendar { workingDays holidays version }
      tasks(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { key summary budget children { key } predecessors { type lagDays predecessor { key } } successors { successor { key } } } }
      }
    }
  }
`);
const TaskNode = graphql(`
  query TaskNode($id: ID!) { node(id: $id) { id ... on Task { key budget } } }
`);
const TaskNodes = graphql(`
  query TaskNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { key } } }
`);
const PortfolioTasks = graphql(`
  query TaskPortfolioTasks($id: ID!) {
    portfolio(id: $id) {
      projects(first: 5) {
        edges { node { code tasks(first: 60) { totalCount edges { node { key summary budget assignee { name } parent { key } children { key } predecessors { predecessor { key } } } } } } }
      }
    }
  }
`);

describe.each(backends())('work breakdown on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Schedule fixture' }));
  });
  afterAll(() => server?.close());

  const newProject = async () => seed.projects.team(await seed.portfolio.create(), ['member']);
  const create = async (as: Person, input: CreateTaskInput) => rootField(await server.exec(PEOPLE[as], CreateTask, { input }));
  const created = async (as: Person, input: CreateTaskInput) => expectType(await create(as, input), 'MutationCreateTaskSuccess').data;
  const update = async (as: Person, input: UpdateTaskInput) => rootField(await server.exec(PEOPLE[as], UpdateTask, { input }));
  const link = async (as: Person, input: AddTaskDependencyInput) => rootField(await server.exec(PEOPLE[as], AddDependency, { input }));
  const tasksOf = async (project: Handle, as: Person = 'admin') => rootField(await server.exec(PEOPLE[as], ProjectTasks, { id: project.gid, first: 100 }))!;
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, SCHEDULE_TABLES, work);

  describe('tasks', () => {
    it('creates a task with every field, audited in the project trail', async () => {
      const project = await newProject();
      const { result: task, events } = await withNewAuditEvents(prisma, () =>
        created('manager', {
          projectId: project.gid, key: '1.1', name: 'Design', description: 'Solution design', durationDays: 10,
          optimisticDays: 8, mostLikelyDays: 10, pessimisticDays: 15, startNoEarlierThan: '2027-02-01', budget: '12500.50',
          assigneeId: seed.people.gid('member'),
        }),
      );
      expect(task).toEqual({
        id: expect.any(String), key: '1.1', name: 'Design', description: 'Solution design', durationDays: 10, optimisticDays: 8,
        mostLikelyDays: 10, pessimisticDays: 15, startNoEarlierThan: '2027-02-01', milestone: false, summary: false, budget: '12500.50',
        version: 1, parent: null, assignee: { email: PEOPLE.member }, project: { code: project.code },
      });
      const row = await prisma.task.findUniqueOrThrow({ where: { id: dbId(task.id) } });
      expect(events).toMatchObject([{ action: 'task.created', entityType: 'Task', entityId: row.id, projectId: project.id, before: null, after: asAudited(row) }]);
    });

    it('lists tasks in WBS order (1.2 before 1.10), rolls summary budgets up and pages them', async () => {
      const project = await newProject();
      const root = await seed.schedule.task(project, '1', { durationDays: 0 });
      for (const key of ['1.10', '1.2', '1.1']) await seed.schedule.task(project, key, { parentId: root.gid, budget: '100.25' });
      await seed.schedule.task(project, '2', { budget: '50' });
      const listed = (await tasksOf(project)).tasks;
      expect(listed.totalCount).toBe(5);
      expect(listed.edges.map((edge) => [edge.node.key, edge.node.summary, edge.node.budget])).toEqual([
        ['1', true, '300.75'], ['1.1', false, '100.25'], ['1.2', false, '100.25'], ['1.10', false, '100.25'], ['2', false, '50.00'],
      ]);
      expect(listed.edges[0]!.node.children.map((child) => child.key)).toEqual(['1.1', '1.2', '1.10']);
      // A walk of pages of two gives the same list.
      const walked: string[] = [];
      let after: string | null | undefined = null;
      do {
        const page: { edges: { node: { key: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = rootField(
          await server.exec(PEOPLE.manager, ProjectTasks, { id: project.gid, first: 2, after }),
        )!.tasks;
        walked.push(...page.edges.map((edge) => edge.node.key));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(walked).toEqual(['1', '1.1', '1.2', '1.10', '2']);
    });

    it('hides budgets from team members, who still read the tasks; outsiders do not see them at all', async () => {
      const project = await newProject();
      const task = await seed.schedule.task(project, 'A', { budget: '999' });
      expect((await tasksOf(project, 'member')).tasks.edges.map((edge) => edge.node)).toMatchObject([{ key: 'A', budget: null }]);
      expect(rootField(await server.exec(PEOPLE.member, TaskNode, { id: task.gid }))).toEqual({ id: task.gid, key: 'A', budget: null });
      expect(rootField(await server.exec(PEOPLE.analyst, TaskNode, { id: task.gid }))).toBeNull();
      expect(rootField(await server.exec(PEOPLE.owner, TaskNode, { id: task.gid }))).toEqual({ id: task.gid, key: 'A', budget: '999.00' });
    });

    it('updates with the current version; a stale version, a clash of keys or a bad estimate change nothing', async () => {
      const project = await newProject();
      const a = await seed.schedule.task(project, 'A');
      await seed.schedule.task(project, 'B');
      const v2 = expectType(await update('manager', { id: a.gid, version: 1, name: 'Build', durationDays: 0 }), 'MutationUpdateTaskSuccess').data;
      expect(v2).toMatchObject({ name: 'Build', durationDays: 0, milestone: true, version: 2 });
      expect(await unchanged(() => update('manager', { id: a.gid, version: 1, name: 'Lost update' }))).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
      expect(await unchanged(() => update('manager', { id: a.gid, version: 2, key: 'B', optimisticDays: 3, mostLikelyDays: 2, pessimisticDays: 4 }))).toEqual(
        validationError(issue('key', 'The project already has a task B'), issue('mostLikelyDays', 'The estimate must hold optimisticDays ≤ mostLikelyDays ≤ pessimisticDays')),
      );
      expect(await unchanged(() => update('manager', { id: a.gid, version: 2, optimisticDays: 3 }))).toEqual(
        validationError(issue('mostLikelyDays', 'A three-point estimate needs optimisticDays, mostLikelyDays and pessimisticDays together')),
      );
      expect(await unchanged(() => update('manager', { id: a.gid, version: 2, name: null, durationDays: -1 }))).toMatchObject({ __typename: 'ValidationError' });
    });

    it('refuses to put a task under itself or under its own descendant', async () => {
      const project = await newProject();
      const top = await seed.schedule.task(project, '1');
      const middle = await seed.schedule.task(project, '1.1', { parentId: top.gid });
      const bottom = await seed.schedule.task(project, '1.1.1', { parentId: middle.gid });
      expect(await unchanged(() => update('manager', { id: top.gid, version: 1, parentId: bottom.gid }))).toEqual(
        validationError(issue('parentId', 'Task 1.1.1 is 1 itself or under it: a task cannot be its own summary')),
      );
      expect(await unchanged(() => update('manager', { id: top.gid, version: 1, parentId: top.gid }))).toMatchObject({ __typename: 'ValidationError' });
      // Moving to the top of the WBS is fine.
      expect(await update('manager', { id: bottom.gid, version: 1, parentId: null })).toMatchObject({ data: { parent: null, version: 2 } });
    });

    it('deletes a work task with its dependencies, refuses a summary and a stale version', async () => {
      const project = await newProject();
      const summary = await seed.schedule.task(project, '1');
      const child = await seed.schedule.task(project, '1.1', { parentId: summary.gid });
      const other = await seed.schedule.task(project, '2');
      await seed.schedule.link(child, other);
      const remove = (id: string, version: number) => server.exec(PEOPLE.manager, DeleteTask, { input: { id, version } }).then(rootField);
      expect(await unchanged(() => remove(summary.gid, 1))).toEqual(validationError({ path: ['input', 'id'], message: 'Task 1 is a summary of 1 task(s): delete or move them first' }));
      expect(await unchanged(() => remove(child.gid, 7))).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
      const deleted = expectType(await remove(child.gid, 1), 'MutationDeleteTaskSuccess').data;
      expect(deleted).toEqual({ deletedTaskId: child.gid, project: { tasks: { totalCount: 2 } } });
      expect(await prisma.taskDependency.count({ where: { projectId: project.id } })).toBe(0);
      // The deleted task is no node any more, alone or beside one that exists.
      expect(rootField(await server.exec(PEOPLE.admin, TaskNode, { id: child.gid }))).toBeNull();
      expect(rootField(await server.exec(PEOPLE.admin, TaskNodes, { ids: [child.gid, other.gid] }))).toEqual([null, { id: other.gid, key: '2' }]);
    });
  });

  describe('dependencies', () => {
    it('links tasks with all four types and lags, and lists predecessors and successors', async () => {
      const project = await newProject();
      const [a, b, c] = [await seed.schedule.task(project, 'A'), await seed.schedule.task(project, 'B'), await seed.schedule.task(project, 'C')];
      const ab = expectType(await link('manager', { predecessorId: a.gid, successorId: b.gid }), 'MutationAddTaskDependencySuccess').data;
      expect(ab).toMatchObject({ type: 'FS', lagDays: 0, predecessor: { key: 'A' }, successor: { key: 'B' } });
      for (const [type, lag] of [['SS', 2], ['FF', -1], ['SF', 0]] as const) {
        const x = await seed.schedule.task(project, `X-${type}`);
        expect(await link('manager', { predecessorId: c.gid, successorId: x.gid, type, lagDays: lag })).toMatchObject({ data: { type, lagDays: lag } });
      }
      const nodes = (await tasksOf(project)).tasks.edges.map((edge) => edge.node);
      expect(nodes.find((node) => node.key === 'B')!.predecessors).toEqual([{ type: 'FS', lagDays: 0, predecessor: { key: 'A' } }]);
      expect(nodes.find((node) => node.key === 'C')!.successors.map((s) => s.successor.key)).toEqual(['X-SS', 'X-FF', 'X-SF']);
      const removed = expectType(rootField(await server.exec(PEOPLE.manager, RemoveDependency, { input: { id: ab.id } })), 'MutationRemoveTaskDependencySuccess').data;
      expect(removed).toEqual({ removedDependencyId: ab.id, successor: { key: 'B', predecessors: [] } });
    });

    it('refuses a cycle naming its tasks, a self link, a duplicate, a link across projects and a link to a summary', async () => {
      const project = await newProject();
      const [a, b, c] = [await seed.schedule.task(project, 'A'), await seed.schedule.task(project, 'B'), await seed.schedule.task(project, 'C')];
      await seed.schedule.link(a, b);
      await seed.schedule.link(b, c);
      expect(await unchanged(() => link('manager', { predecessorId: c.gid, successorId: a.gid }))).toEqual(
        validationError(issue('successorId', 'The dependency would make a cycle: A → B → C → A')),
      );
      expect(await unchanged(() => link('manager', { predecessorId: a.gid, successorId: a.gid }))).toEqual(
        validationError(issue('successorId', 'The dependency would make a cycle: A → A')),
      );
      expect(await unchanged(() => link('manager', { predecessorId: a.gid, successorId: b.gid, type: 'SS' }))).toEqual(
        validationError(issue('successorId', 'Task B already depends on A: change or remove that dependency')),
      );
      const elsewhere = await seed.schedule.task(await newProject(), 'Z');
      expect(await unchanged(() => link('manager', { predecessorId: a.gid, successorId: elsewhere.gid }))).toEqual(
        validationError(issue('successorId', 'Tasks A and Z belong to different projects: a dependency links tasks of one project')),
      );
      const summary = await seed.schedule.task(project, 'S');
      await seed.schedule.task(project, 'S.1', { parentId: summary.gid });
      expect(await unchanged(() => link('manager', { predecessorId: summary.gid, successorId: c.gid }))).toEqual(
        validationError(issue('predecessorId', 'Task S is a summary task: link the tasks under it instead')),
      );
      // A task with dependencies cannot become a summary.
      expect(await unchanged(() => create('manager', { projectId: project.gid, key: 'A.1', name: 'Under A', parentId: a.gid }))).toEqual(
        validationError(issue('parentId', 'Task A has dependencies: a summary task cannot (remove them first)')),
      );
      expect(await unchanged(() => link('manager', { predecessorId: a.gid, successorId: c.gid, lagDays: 10_001 }))).toMatchObject({ __typename: 'ValidationError' });
    });
  });

  describe('calendar', () => {
    it('is Monday to Friday until set; sets weekdays and holidays; refuses a week without working days', async () => {
      const project = await newProject();
      expect((await tasksOf(project)).calendar).toEqual({ workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: [], version: 0 });
      const set = (input: { workingDays?: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'SUNDAY')[]; holidays?: string[] }, as: Person = 'manager') =>
        server.exec(PEOPLE[as], UpdateCalendar, { input: { projectId: project.gid, ...input } }).then(rootField);
      expect(await set({ workingDays: ['THURSDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY'], holidays: ['2027-12-25', '2027-01-01', '2027-12-25'] })).toMatchObject({
        data: { calendar: { workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'SUNDAY'], holidays: ['2027-01-01', '2027-12-25'], version: 1 } },
      });
      expect(await set({ holidays: [] })).toMatchObject({ data: { calendar: { workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'SUNDAY'], holidays: [], version: 2 } } });
      expect(await unchanged(() => set({ workingDays: [] }))).toEqual(validationError(issue('workingDays', 'A calendar needs at least one working weekday')));
      expect(await unchanged(() => set({ holidays: [] }, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    });
  });

  describe('who may change the schedule', () => {
    it('the managers of the project and the PMO; not team members, executives or other managers', async () => {
      const project = await newProject();
      const input = { projectId: project.gid, key: 'K', name: 'Kick-off' };
      for (const person of ['member', 'executive', 'otherManager', 'otherOwner'] as const) {
        expect(await unchanged(() => create(person, input))).toMatchObject({ __typename: 'ForbiddenError' });
      }
      for (const [person, key] of [['manager', 'K1'], ['owner', 'K2'], ['admin', 'K3']] as const) {
        expect(await create(person, { ...input, key })).toMatchObject({ __typename: 'MutationCreateTaskSuccess' });
      }
      const task = await seed.schedule.task(project, 'T');
      expect(await unchanged(() => update('member', { id: task.gid, version: 1, name: 'Mine now' }))).toMatchObject({ __typename: 'ForbiddenError' });
      // An assignee works on the project.
      expect(await unchanged(() => create('manager', { ...input, key: 'K4', assigneeId: seed.people.gid('analyst') }))).toEqual(
        validationError(issue('assigneeId', 'The assignee must be the project manager or a member of the project team')),
      );
    });
  });

  describe('statements per request', () => {
    async function statements<V>(as: Person, document: TypedDocumentNode<unknown, V>, variables: V) {
      return server.countStatements(async () => {
        const result = await server.exec(PEOPLE[as], document, variables);
        expect(result.errors).toBeUndefined();
      });
    }

    it('are the same for 5 and 50 tasks per project, for the portfolio owner and a team member', async () => {
      const portfolio = await seed.portfolio.create();
      const projects = [await seed.projects.team(portfolio, ['member']), await seed.projects.team(portfolio, ['member'])];
      const last = new Map<string, TaskHandle>();
      const add = async (from: number, to: number) => {
        for (const project of projects) {
          for (let i = from; i < to; i++) {
            // Every tenth task a summary of the next ones, the rest chained finish to start.
            const previous = last.get(project.id);
            const summary = i % 10 === 0;
            const task = await seed.schedule.task(project, `T${String(i).padStart(2, '0')}`, { assigneeId: seed.people.gid('member'), budget: '10' });
            if (previous && !summary) await seed.schedule.link(previous, task);
            if (!summary) last.set(project.id, task);
          }
        }
      };
      const measure = async () => ({
        owner: await statements('owner', PortfolioTasks, { id: portfolio.gid }),
        member: await statements('member', PortfolioTasks, { id: portfolio.gid }),
      });
      await add(0, 5);
      const small = await measure();
      await add(5, 50);
      const large = await measure();
      const listed = rootField(await server.exec(PEOPLE.member, PortfolioTasks, { id: portfolio.gid }))!;
      expect(listed.projects.edges.map((edge) => edge.node.tasks.totalCount)).toEqual([50, 50]);
      expect(large).toEqual(small);
      console.info(`[schedule] statements for 5 and for 50 tasks per project: ${JSON.stringify(small)}`);
    });
  });
});
