// Microsoft Project XML (MSPDI) through the real API: importing MPXJ's real-world sample into a
// project (tasks in their WBS tree, durations, links with lag, the calendar, the first baseline),
// the round trip through project.scheduleExport, all-or-nothing refusals that change nothing,
// who may import, money hidden from team members in the export, and a fixed number of
// statements whatever the size of the file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { readMspdi, writeMspdi, type MspdiTask } from '../../server/schedule/lib/mspdi.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { expectType, expectUnchanged, issue, rootField, SCHEDULE_TABLES, validationError, withNewAuditEvents } from '../support/results.js';
import { type Handle, PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const ImportSchedule = graphql(`
  mutation InterchangeImport($input: ImportScheduleInput!) {
    importSchedule(input: $input) {
      __typename
      ... on MutationImportScheduleSuccess {
        data {
          tasksImported dependenciesImported baselineNumber warnings
          project {
            calendar { workingDays holidays }
            tasks(first: 100) {
              totalCount
              edges { node { key name description durationDays milestone summary budget startNoEarlierThan parent { key } predecessors { type lagDays predecessor { key } } } }
            }
          }
        }
      }
      ...ErrorFields
    }
  }
`);
const ScheduleExport = graphql(`
  query InterchangeExport($id: ID!) { project(id: $id) { scheduleExport(format: MSPDI) } }
`);
const PortfolioExports = graphql(`
  query InterchangePortfolioExports($id: ID!) { portfolio(id: $id) { projects(first: 10) { edges { node { code scheduleExport(format: MSPDI) } } } } }
`);

const SAMPLE = readFileSync(new URL('./fixtures/mpxj-sample1.xml', import.meta.url), 'utf8');
/** The sample with a first baseline on two work tasks and two holidays in its calendar (Project 2003 form). */
const SAMPLE_WITH_BASELINE = SAMPLE.replace(
  '<Name>Second Task</Name>',
  '<Name>Second Task</Name><Baseline><Number>0</Number><Start>2003-01-07T08:00:00</Start><Finish>2003-05-27T17:00:00</Finish><Duration>PT800H0M0S</Duration><Cost>350000</Cost></Baseline>',
)
  .replace(
    '<Name>Assigned Task 1</Name>',
    '<Name>Assigned Task 1</Name><Baseline><Number>0</Number><Start>2003-01-07T08:00:00</Start><Finish>2003-01-13T17:00:00</Finish><Duration>PT40H0M0S</Duration><Cost>40000</Cost></Baseline>',
  )
  .replace(
    '</WeekDays>',
    '<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2003-04-18T00:00:00</FromDate><ToDate>2003-04-21T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays>',
  );

describe.each(backends())('schedule files (MSPDI) on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Interchange fixture' }));
  });
  afterAll(() => server?.close());

  const newProject = async () => seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2003-01-07' });
  const importInto = async (project: Handle, document: string, as: Person = 'manager') =>
    rootField(await server.exec(PEOPLE[as], ImportSchedule, { input: { projectId: project.gid, format: 'MSPDI', document } }));
  const imported = async (project: Handle, document: string, as: Person = 'manager') =>
    expectType(await importInto(project, document, as), 'MutationImportScheduleSuccess').data;
  const exported = async (project: Handle, as: Person = 'manager') => rootField(await server.exec(PEOPLE[as], ScheduleExport, { id: project.gid }))!.scheduleExport!;
  const TABLES = [...SCHEDULE_TABLES, 'baselines'] as const;
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, TABLES, work);

  it("imports MPXJ's sample: the WBS tree, durations, constraints, links with lag, the calendar and the first baseline, audited once", async () => {
    const project = await newProject();
    const { result, events } = await withNewAuditEvents(prisma, () => imported(project, SAMPLE_WITH_BASELINE));
    expect(result).toMatchObject({ tasksImported: 22, dependenciesImported: 6, baselineNumber: 1, warnings: [] });
    const tasks = result.project.tasks.edges.map((edge) => edge.node);
    expect(result.project.tasks.totalCount).toBe(22);
    expect(tasks.map((task) => task.key).slice(0, 7)).toEqual(['1', '1.1', '1.2', '1.3', '1.3.1', '1.3.2', '3']);
    const byKey = new Map(tasks.map((task) => [task.key, task]));
    expect(byKey.get('1')).toMatchObject({ name: 'First Task', summary: true, parent: null, description: 'Test Task Notes', budget: '3526.25' });
    expect(byKey.get('1.1')).toMatchObject({ name: 'Second Task', durationDays: 100, summary: false, parent: { key: '1' }, budget: '3526.25' });
    expect(byKey.get('1.2')).toMatchObject({ name: 'Third task', durationDays: 0, milestone: true });
    expect(byKey.get('3.13')).toMatchObject({ name: 'Resource Assignments', summary: true, parent: { key: '3' }, budget: '645.00' });
    expect(byKey.get('3.13.1')).toMatchObject({ durationDays: 5, parent: { key: '3.13' }, budget: '430.00' });
    expect(byKey.get('3.11')).toMatchObject({ startNoEarlierThan: '2003-01-08' });
    expect(byKey.get('3.4')!.predecessors).toEqual([{ type: 'FS', lagDays: 1, predecessor: { key: '3.3' } }]);
    expect(byKey.get('3.6')!.predecessors).toEqual([{ type: 'FS', lagDays: -1, predecessor: { key: '3.5' } }]);
    expect(byKey.get('3.12')!.predecessors).toEqual([{ type: 'SF', lagDays: 0, predecessor: { key: '3.11' } }]);
    expect(result.project.calendar).toEqual({
      workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      holidays: ['2003-04-18', '2003-04-19', '2003-04-20', '2003-04-21'],
    });
    const baseline = await prisma.scheduleBaseline.findFirstOrThrow({ where: { projectId: project.id }, include: { tasks: { orderBy: { key: 'asc' } } } });
    expect(baseline).toMatchObject({ number: 1, name: 'Imported baseline', budgetAtCompletion: expect.anything() });
    expect(baseline.startDate!.toISOString().slice(0, 10)).toBe('2003-01-07');
    expect(baseline.finishDate!.toISOString().slice(0, 10)).toBe('2003-05-27');
    expect(baseline.budgetAtCompletion.toString()).toBe('3900');
    expect(baseline.tasks.map((row) => [row.key, row.durationDays, row.budget.toString(), row.startDate!.toISOString().slice(0, 10), row.finishDate!.toISOString().slice(0, 10)])).toEqual([
      ['1.1', 100, '3500', '2003-01-07', '2003-05-27'],
      ['3.13.1', 5, '400', '2003-01-07', '2003-01-13'],
    ]);
    expect(events.map((event) => event.action)).toEqual(['schedule.imported']);
    expect(events[0]).toMatchObject({ entityType: 'Project', entityId: project.id, projectId: project.id, after: { format: 'MSPDI', tasks: 22, dependencies: 6, baselineNumber: 1 } });
  });

  it('round-trips: the export reads back as the same tasks, links, calendar and baseline, and imports again', async () => {
    const source = await newProject();
    await imported(source, SAMPLE_WITH_BASELINE);
    const original = readMspdi(SAMPLE_WITH_BASELINE).schedule!;
    const back = readMspdi(await exported(source));
    expect(back.problems).toEqual([]);
    const schedule = back.schedule!;
    const keyOf = (tasks: MspdiTask[]) => new Map(tasks.map((task) => [task.uid, task.key]));
    const shape = (tasks: MspdiTask[]) => {
      const keys = keyOf(tasks);
      return tasks
        .map((task) => ({
          key: task.key, name: task.name, description: task.description, parent: task.parentUid === null ? null : keys.get(task.parentUid),
          summary: task.summary, startNoEarlierThan: task.startNoEarlierThan,
          // A summary's duration and cost are those of its tasks (the export writes them rolled up).
          durationDays: task.summary ? null : task.durationDays, budget: task.summary ? null : task.budget,
          baseline: task.baseline && { ...task.baseline, start: task.baseline.start, finish: task.baseline.finish },
        }))
        .sort((a, b) => a.key.localeCompare(b.key));
    };
    expect(shape(schedule.tasks)).toEqual(shape(original.tasks));
    const links = (read: typeof original) => {
      const keys = keyOf(read.tasks);
      return read.links.map((link) => [keys.get(link.predecessorUid), keys.get(link.successorUid), link.type, link.lagDays]).sort();
    };
    expect(links(schedule)).toEqual(links(original));
    expect(schedule.calendar).toEqual(original.calendar);
    expect(schedule.name).toBe(source.name);
    // The critical path dates are written: Second Task (100 working days from Tuesday 7 January, Good Friday and Easter Monday off) ends Wednesday 28 May.
    expect(schedule.tasks.find((task) => task.key === '1.1')).toMatchObject({ start: '2003-01-07', finish: '2003-05-28' });
    // And the export is a file the API reads again.
    const copy = await newProject();
    expect(await imported(copy, await exported(source))).toMatchObject({ tasksImported: 22, dependenciesImported: 6, baselineNumber: 1, warnings: [] });
  });

  it('refuses a document it cannot read with every problem, its MSPDI path first, and stores nothing', async () => {
    const project = await newProject();
    const broken = SAMPLE.replace('<Duration>PT800H0M0S</Duration>', '<Duration>eight hundred hours</Duration>').replace(
      /<PredecessorUID>9<\/PredecessorUID>/,
      '<PredecessorUID>99</PredecessorUID>',
    );
    expect(await unchanged(() => importInto(project, broken))).toEqual(
      validationError(
        { path: ['input', 'document'], message: 'Project/Tasks/Task[UID=2]/Duration: Duration must be an ISO 8601 duration such as PT8H0M0S, not "eight hundred hours"' },
        { path: ['input', 'document'], message: 'Project/Tasks/Task[UID=10]/PredecessorLink[1]/PredecessorUID: Task 3.2 follows task UID 99, which is not in the document' },
      ),
    );
    expect(await unchanged(() => importInto(project, '<Project><Tasks>'))).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'document'] }] });
    // Links that form a loop are refused too, naming the tasks.
    const loop = SAMPLE.replace(/(<Name>Related Task 1a<\/Name>)/, '$1<PredecessorLink><PredecessorUID>10</PredecessorUID><Type>1</Type></PredecessorLink>');
    expect(await unchanged(() => importInto(project, loop))).toEqual(
      validationError({ path: ['input', 'document'], message: 'Project/Tasks/Task[UID=10]/PredecessorLink: The dependencies form a cycle: 3.2 → 3.1 → 3.2' }),
    );
    // A project that has tasks already is refused: an import starts a schedule.
    await seed.schedule.task(project, 'EXISTING');
    expect(await unchanged(() => importInto(project, SAMPLE))).toEqual(
      validationError(issue('projectId', 'The project already has 1 task(s): import into a project without tasks')),
    );
  });

  it('lets the managers of the project import, not team members or executives', async () => {
    const project = await newProject();
    for (const person of ['member', 'executive', 'otherManager'] as const) {
      expect(await unchanged(() => importInto(project, SAMPLE, person))).toMatchObject({ __typename: 'ForbiddenError' });
    }
    expect(await importInto(project, SAMPLE, 'owner')).toMatchObject({ __typename: 'MutationImportScheduleSuccess' });
  });

  it('exports to whoever reads the project, without costs for team members', async () => {
    const project = await newProject();
    await imported(project, SAMPLE_WITH_BASELINE);
    const managers = await exported(project, 'manager');
    expect(managers).toContain('<Cost>352625</Cost>');
    const members = await exported(project, 'member');
    expect(members).not.toMatch(/<Cost>/);
    const read = readMspdi(members);
    expect(read.problems).toEqual([]);
    expect(read.schedule!.tasks).toHaveLength(22);
    expect(read.schedule!.tasks.every((task) => task.budget === 0 && (task.baseline?.cost ?? null) === null)).toBe(true);
    // Someone who may not read the project gets no project at all.
    expect(rootField(await server.exec(PEOPLE.analyst, ScheduleExport, { id: project.gid }))).toBeNull();
  });

  it('imports 1,000 tasks in as many statements as 22, and exports many projects in a fixed number of statements', async () => {
    const big = (count: number): string => {
      const tasks: MspdiTask[] = [];
      for (let i = 0; i < count; i++) {
        const summary = i % 10 === 0;
        const parent = summary ? null : Math.floor(i / 10) * 10 + 1;
        tasks.push({
          uid: i + 1, key: summary ? `${i / 10 + 1}` : `${Math.floor(i / 10) + 1}.${i % 10}`, name: `Task ${i}`, description: '', parentUid: parent,
          durationDays: summary ? 0 : 3, milestone: false, summary, startNoEarlierThan: null, budget: summary ? 0 : 100, start: null, finish: null,
          baseline: summary ? null : { start: '2027-01-04', finish: '2027-01-06', durationDays: 3, cost: 100 },
        });
      }
      const links = tasks.filter((task) => !task.summary).slice(1).map((task, index, work) => ({
        predecessorUid: index === 0 ? 2 : work[index - 1]!.uid, successorUid: task.uid, type: 'FS' as const, lagDays: 0,
      }));
      return writeMspdi({ name: 'Generated', startDate: '2027-01-04', calendar: { workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: [] }, tasks, links });
    };
    const statements = async (document: string) => {
      const project = await newProject();
      let result: unknown;
      const started = performance.now();
      const count = await server.countStatements(async () => {
        result = await importInto(project, document);
      });
      return { count, ms: performance.now() - started, result: result as { __typename: string; data?: { tasksImported: number } } };
    };
    const small = await statements(big(22));
    const large = await statements(big(1000));
    expect(small.result.data?.tasksImported).toBe(22);
    expect(large.result.data?.tasksImported).toBe(1000);
    expect(large.count).toBe(small.count);
    console.info(`[interchange] import statements for 22 and 1,000 tasks: ${small.count} and ${large.count}; ${small.ms.toFixed(0)} ms and ${large.ms.toFixed(0)} ms (${backend}, the request with its answer)`);

    const portfolio = await seed.portfolio.create();
    const exportStatements = async () =>
      server.countStatements(async () => {
        const listed = rootField(await server.exec(PEOPLE.owner, PortfolioExports, { id: portfolio.gid }))!;
        expect(listed.projects.edges.every((edge) => edge.node.scheduleExport!.includes('<Project'))).toBe(true);
      });
    const add = async () => imported(await seed.projects.team(portfolio, ['member'], { startDate: '2027-01-04' }), big(30));
    await add();
    const one = await exportStatements();
    await add();
    await add();
    expect(await exportStatements()).toBe(one);
  });
});
