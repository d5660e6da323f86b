// The server keeps computed schedules between requests, keyed by each project's ScheduleStamp
// (server/schedule/computed-schedules.ts). These tests read a project's schedule and earned value,
// change one input of it in every way there is (through the API, and by hand in SQL as another
// instance or a migration would), and read again: every change shows on the next read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dataOf, expectType, rootField } from '../support/results.js';
import { PEOPLE, type ProjectHandle, type Scenario, startScenario, type TaskHandle } from '../support/scenarios/index.js';

const Read = graphql(`
  query ComputedScheduleRead($id: ID!) {
    project(id: $id) {
      schedule { finishDate slipDays criticalPath { key } }
      earnedValue(statusDate: "2026-03-31") { budgetAtCompletion plannedValue earnedValue actualCost measuredAgainst }
    }
  }
`);
const UpdateTask = graphql(`
  mutation ComputedScheduleUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }
  }
`);
const DeleteTask = graphql(`
  mutation ComputedScheduleDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) { __typename ...ErrorFields }
  }
`);
const RemoveLink = graphql(`
  mutation ComputedScheduleRemoveLink($input: RemoveTaskDependencyInput!) {
    removeTaskDependency(input: $input) { __typename ...ErrorFields }
  }
`);
const UpdateCalendar = graphql(`
  mutation ComputedScheduleCalendar($input: UpdateProjectCalendarInput!) {
    updateProjectCalendar(input: $input) { __typename ...ErrorFields }
  }
`);
const Progress = graphql(`
  mutation ComputedScheduleProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }
  }
`);
const Capture = graphql(`
  mutation ComputedScheduleCapture($input: CaptureBaselineInput!) {
    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { id } } ...ErrorFields }
  }
`);
const SetCurrent = graphql(`
  mutation ComputedScheduleSetCurrent($input: SetCurrentBaselineInput!) {
    setCurrentBaseline(input: $input) { __typename ...ErrorFields }
  }
`);

describe.each(backends())('computed schedules kept between requests on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Computed schedules' }));
  });
  afterAll(() => server?.close());

  const read = async (project: { gid: string }) => dataOf(await server.exec(PEOPLE.manager, Read, { id: project.gid })).project!;
  const ok = async (result: Promise<{ data?: object | null }>) => expect((rootField(await result) as { __typename: string }).__typename).toMatch(/Success$/);

  it('shows every kind of change on the next read', async () => {
    let project: ProjectHandle = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05', targetEndDate: '2026-01-09' });
    const a: TaskHandle = await seed.schedule.task(project, 'A', { durationDays: 3, budget: '3000' });
    const b: TaskHandle = await seed.schedule.task(project, 'B', { durationDays: 2, budget: '2000' });
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-07', slipDays: 0 }); // A and B side by side
    await read(project); // read twice: the second is served from what the server kept

    const link = await seed.schedule.link(a, b);
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-09', criticalPath: [{ key: 'A' }, { key: 'B' }] });

    const updated = expectType(rootField(await server.exec(PEOPLE.manager, UpdateTask, { input: { id: b.gid, version: b.version, durationDays: 4 } })), 'MutationUpdateTaskSuccess');
    b.version = updated.data.version;
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-13', slipDays: 2 });

    await ok(server.exec(PEOPLE.manager, UpdateCalendar, { input: { projectId: project.gid, workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: ['2026-01-06'] } }));
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-14', slipDays: 3 });

    project = await seed.projects.update(project, { targetEndDate: '2026-01-14' });
    expect((await read(project)).schedule).toMatchObject({ slipDays: 0 });
    project = await seed.projects.update(project, { startDate: '2026-01-12' });
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-20' }); // A 12–14, B 15–20

    expect((await read(project)).earnedValue).toMatchObject({ earnedValue: '0.00', actualCost: '0.00', measuredAgainst: null });
    const reported = expectType(
      rootField(await server.exec(PEOPLE.manager, Progress, { input: { taskId: a.gid, version: a.version, asOf: '2026-01-14', percentComplete: 100, actualCost: '3300' } })),
      'MutationReportTaskProgressSuccess',
    );
    a.version = reported.data.version;
    expect((await read(project)).earnedValue).toMatchObject({ earnedValue: '3000.00', actualCost: '3300.00' });

    const first = expectType(rootField(await server.exec(PEOPLE.manager, Capture, { input: { projectId: project.gid, name: 'Plan' } })), 'MutationCaptureBaselineSuccess');
    expect((await read(project)).earnedValue).toMatchObject({ measuredAgainst: 'Baseline 1: Plan' });
    await ok(server.exec(PEOPLE.manager, Capture, { input: { projectId: project.gid, name: 'Re-plan' } }));
    expect((await read(project)).earnedValue).toMatchObject({ measuredAgainst: 'Baseline 2: Re-plan' });
    await ok(server.exec(PEOPLE.manager, SetCurrent, { input: { baselineId: first.data.id } }));
    expect((await read(project)).earnedValue).toMatchObject({ measuredAgainst: 'Baseline 1: Plan' });

    await ok(server.exec(PEOPLE.manager, RemoveLink, { input: { id: link.gid } }));
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-15' }); // B (4 days) from Monday
    await ok(server.exec(PEOPLE.manager, DeleteTask, { input: { id: b.gid, version: b.version } }));
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-14', criticalPath: [{ key: 'A' }] });

    // By hand in SQL, as another server or a migration would: the triggers move the stamp all the same.
    await prisma.$executeRaw`UPDATE "Task" SET "durationDays" = 5 WHERE id = ${a.id}::uuid`;
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-16' });
    await prisma.$executeRaw`DELETE FROM "TaskProgress" WHERE "taskId" = ${a.id}::uuid`;
    expect((await read(project)).earnedValue).toMatchObject({ earnedValue: '0.00', actualCost: '0.00' });
  });

  it('forgets a deleted project that never changed after its creation', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05' });
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-05' }); // kept under stamp 0
    await seed.projects.deleteDirectly(project);
    expect(dataOf(await server.exec(PEOPLE.admin, Read, { id: project.gid })).project).toBeNull();
    const { projectScheduleOf } = await import('../../server/schedule/index.js');
    expect(await projectScheduleOf({ prisma, cache: new Map() } as never).load(project.id)).toBeNull();
  });

  it('moves the stamp once per statement, and forgets a deleted project', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05' });
    const stamp = async () => (await prisma.scheduleStamp.findUnique({ where: { projectId: project.id } }))?.version ?? 0;
    expect(await stamp()).toBe(0);
    await prisma.task.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ projectId: project.id, key: `T${i}`, wbsOrder: `T${i}`, name: `Task ${i}`, durationDays: 1 })) });
    expect(await stamp()).toBe(1);
    await prisma.project.update({ where: { id: project.id }, data: { name: 'Renamed' } }); // not an input of the schedule
    expect(await stamp()).toBe(1);
    expect((await read(project)).schedule).toMatchObject({ finishDate: '2026-01-05' });
    await seed.projects.deleteDirectly(project);
    expect(await prisma.scheduleStamp.count({ where: { projectId: project.id } })).toBe(0);
    expect(dataOf(await server.exec(PEOPLE.admin, Read, { id: project.gid })).project).toBeNull();
  });
});
