// The schedule domain's facts (schedule.*, evm.*, agile.*) through the real API: a project with a
// task network, progress and iterations reads the figures of its critical path, its earned value
// at today and its velocity in project.facts, the built-in metrics.* become the schedule's earned
// value, and every schedule mutation re-evaluates the rules that read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfDay, workingCalendar } from '../../server/platform/calendar.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dataOf, expectType, rootField } from '../support/results.js';
import { type Handle, PEOPLE, type Scenario, startScenario, type TaskHandle } from '../support/scenarios/index.js';
import { twoStage } from '../methodology/manifests.js';
import { ProjectHistory } from '../support/scenarios/methodology.js';

const Facts = graphql(`
  query ScheduleFactsOfProject($id: ID!) { project(id: $id) { facts } }
`);
const ReportProgress = graphql(`
  mutation ScheduleFactsReportProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }
  }
`);
const CaptureBaseline = graphql(`
  mutation ScheduleFactsCaptureBaseline($input: CaptureBaselineInput!) {
    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { number } } ...ErrorFields }
  }
`);
const RecordForecast = graphql(`
  mutation ScheduleFactsRecordForecast($input: RecordForecastInput!) {
    recordForecast(input: $input) { __typename ... on MutationRecordForecastSuccess { data { p80Date } } ...ErrorFields }
  }
`);
const CreateIteration = graphql(`
  mutation ScheduleFactsCreateIteration($input: CreateIterationInput!) {
    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id version } } ...ErrorFields }
  }
`);
const CloseIteration = graphql(`
  mutation ScheduleFactsCloseIteration($input: CloseIterationInput!) {
    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status } } ...ErrorFields }
  }
`);

type FactsDocument = Record<'schedule' | 'evm' | 'agile' | 'metrics', Record<string, unknown>>;

/** A methodology whose rules read the new facts, in its first phase (where new projects are). */
const PROBE = twoStage('schedule-facts-probe', '1.0.0', [
  { key: 'schedule-baselined', kind: 'COMPLIANCE', severity: 'ERROR', check: { '==': [{ var: 'schedule.hasBaseline' }, true] }, message: 'Baseline the schedule.' },
  {
    key: 'velocity-steady', kind: 'QUALITY', severity: 'WARNING',
    check: { or: [{ '<': [{ var: 'agile.closedIterations' }, 3] }, { '<=': [{ var: 'agile.velocityCoefficientOfVariation' }, 0.3] }] },
    message: 'Velocity varies too much.',
  },
  {
    key: 'p80-on-time', kind: 'QUALITY', severity: 'WARNING',
    check: { or: [{ '==': [{ var: 'schedule.p80SlipDays' }, null] }, { '<=': [{ var: 'schedule.p80SlipDays' }, 1] }] },
    message: 'The P80 finish is more than a day late.',
  },
  { key: 'on-cost', kind: 'QUALITY', severity: 'WARNING', check: { or: [{ '==': [{ var: 'metrics.cpi' }, null] }, { '>=': [{ var: 'metrics.cpi' }, 0.95] }] }, message: 'Over cost.' },
]);

describe.each(backends())('schedule facts on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Schedule facts' }));
    await seed.methodology.install(PROBE);
  });
  afterAll(() => server?.close());

  const factsOf = async (gid: string) => dataOf(await server.exec(PEOPLE.admin, Facts, { id: gid })).project!.facts as FactsDocument;
  /** Evaluation rounds of the project (one result of `schedule-baselined` each: every round evaluates it). */
  const rounds = async (project: { gid: string }) =>
    dataOf(await server.exec(PEOPLE.admin, ProjectHistory, { id: project.gid, ruleKey: 'schedule-baselined' })).project!.complianceHistory.edges.length;
  const results = async (project: Handle) =>
    Object.fromEntries((await seed.methodology.state(project)).complianceResults.map((r) => [r.ruleKey, { passed: r.passed, evidence: r.evidence }]));

  it('reads the critical path, earned value at today and velocity, and measures metrics.* on the schedule', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], {
      startDate: '2026-01-05', targetEndDate: '2026-01-12', budget: '20000', scopePoints: 100, methodologyKey: 'schedule-facts-probe',
    });
    // No tasks yet: no schedule, no earned value; metrics.* are the project-level figures (v1).
    const empty = await factsOf(project.gid);
    const noForecast = { p80Finish: null, p80SlipDays: null, forecastRecordedOn: null };
    expect(empty.schedule).toEqual({ tasks: 0, finishDate: null, slipDays: null, criticalTasks: null, hasBaseline: false, ...noForecast });
    expect(empty.evm).toEqual({ bac: null, pv: null, ev: null, ac: null, cv: null, sv: null, cpi: null, spi: null, eac: null, spiTime: null });
    expect(empty.agile).toEqual({ closedIterations: 0, completedPoints: 0, remainingPoints: 100, velocityMean: null, velocityLastThreeMean: null, velocityCoefficientOfVariation: null });
    expect(empty.metrics).toMatchObject({ plannedValue: 20000, earnedValue: 0, costVariance: 0, cpi: null, spi: 0 });
    let round = await rounds(project);

    // A 3 days (3000) → B 2 days (2000) and → C 4 days (4000); B and C → D 1 day (1000), from
    // Monday 2026-01-05: A, C, D critical, finish Wed 2026-01-14, 2 working days after the target.
    const a = await seed.schedule.task(project, 'A', { durationDays: 3, budget: '3000' });
    const b = await seed.schedule.task(project, 'B', { durationDays: 2, budget: '2000' });
    const c = await seed.schedule.task(project, 'C', { durationDays: 4, budget: '4000' });
    const d = await seed.schedule.task(project, 'D', { durationDays: 1, budget: '1000' });
    for (const [from, to] of [[a, b], [a, c], [b, d], [c, d]] as const) await seed.schedule.link(from, to);
    expect(await rounds(project)).toBe(round + 8); // each task and each link re-evaluates
    round += 8;
    const report = async (task: TaskHandle, asOf: string, percentComplete: number, actualCost: string) => {
      const result = rootField(await server.exec(PEOPLE.manager, ReportProgress, { input: { taskId: task.gid, version: task.version, asOf, percentComplete, actualCost } }));
      task.version = expectType(result, 'MutationReportTaskProgressSuccess').data.version;
    };
    await report(a, '2026-01-07', 100, '3000');
    await report(b, '2026-01-09', 50, '1000');
    await report(c, '2026-01-09', 25, '1500');
    expect(await rounds(project)).toBe(round + 3);
    round += 3;

    // Today (long after the finish) everything is planned: PV = BAC = 10,000; EV = 3000 + 1000 +
    // 1000 = 5000; AC = 5500. CPI 10/11, SPI 0.5, EAC 11,000. Earned schedule: PV after 4 days is
    // 5000 = EV, so ES = 4 working days; SPI(t) = 4 / the working days from 2026-01-05 to today.
    const calendar = workingCalendar();
    const today = calendar.workingDayOnOrBefore(startOfDay(new Date()));
    const actualTime = calendar.workingDayIndex(today) - calendar.workingDayIndex(new Date('2026-01-05')) + 1;
    const facts = await factsOf(project.gid);
    expect(facts.schedule).toEqual({ tasks: 4, finishDate: '2026-01-14', slipDays: 2, criticalTasks: 3, hasBaseline: false, ...noForecast });
    expect(facts.evm).toEqual({
      bac: 10000, pv: 10000, ev: 5000, ac: 5500, cv: -500, sv: -5000, cpi: 0.9091, spi: 0.5, eac: 11000,
      spiTime: Math.round((4 / actualTime) * 10_000) / 10_000,
    });
    // The built-in metrics are the schedule's earned value, no longer budget × elapsed share.
    expect(facts.metrics).toMatchObject({ plannedValue: 10000, earnedValue: 5000, costVariance: -500, cpi: 0.9091, spi: 0.5, budgetUsed: 0 });
    expect(await results(project)).toMatchObject({
      'schedule-baselined': { passed: false, evidence: { 'schedule.hasBaseline': false } },
      'on-cost': { passed: false, evidence: { 'metrics.cpi': 0.9091 } },
      'velocity-steady': { passed: true },
    });

    // A baseline of the same plan: measured against it, the figures stay; the rule now passes.
    expectType(rootField(await server.exec(PEOPLE.manager, CaptureBaseline, { input: { projectId: project.gid, name: 'Plan' } })), 'MutationCaptureBaselineSuccess');
    expect(await rounds(project)).toBe(round + 1);
    round += 1;
    const baselined = await factsOf(project.gid);
    expect(baselined.schedule).toMatchObject({ hasBaseline: true });
    expect(baselined.evm).toMatchObject({ bac: 10000, pv: 10000, ev: 5000, ac: 5500 });
    expect((await results(project))['schedule-baselined']).toMatchObject({ passed: true });

    // A recorded forecast (no three-point estimates: every run is the plan) gives schedule.p80*.
    expect((await results(project))['p80-on-time']).toMatchObject({ passed: true, evidence: { 'schedule.p80SlipDays': null } });
    expect(rootField(await server.exec(PEOPLE.manager, RecordForecast, { input: { projectId: project.gid, iterations: 200, seed: 7 } }))).toMatchObject({ data: { p80Date: '2026-01-14' } });
    expect(await rounds(project)).toBe(round + 1);
    round += 1;
    expect((await factsOf(project.gid)).schedule).toMatchObject({ p80Finish: '2026-01-14', p80SlipDays: 2, forecastRecordedOn: new Date().toISOString().slice(0, 10) });
    expect((await results(project))['p80-on-time']).toMatchObject({ passed: false, evidence: { 'schedule.p80SlipDays': 2 } });

    // Sprints of 10, 14 and 6 points closed, one planned: mean 10, last three 10, sample s.d. 4, CV 0.4.
    const sprints = [['2026-02-02', '2026-02-13', 10], ['2026-02-16', '2026-02-27', 14], ['2026-03-02', '2026-03-13', 6], ['2026-03-16', '2026-03-27', null]] as const;
    for (const [n, [startDate, endDate, points]] of sprints.entries()) {
      const created = expectType(
        rootField(await server.exec(PEOPLE.manager, CreateIteration, { input: { projectId: project.gid, name: `Sprint ${n + 1}`, startDate, endDate, committedPoints: 12 } })),
        'MutationCreateIterationSuccess',
      ).data;
      if (points !== null) {
        expectType(rootField(await server.exec(PEOPLE.manager, CloseIteration, { input: { id: created.id, version: created.version, completedPoints: points } })), 'MutationCloseIterationSuccess');
      }
    }
    expect(await rounds(project)).toBe(round + 7); // 4 created, 3 closed
    const agile = (await factsOf(project.gid)).agile;
    expect(agile).toEqual({ closedIterations: 3, completedPoints: 30, remainingPoints: 70, velocityMean: 10, velocityLastThreeMean: 10, velocityCoefficientOfVariation: 0.4 });
    expect((await results(project))['velocity-steady']).toEqual({
      passed: false, evidence: { 'agile.closedIterations': 3, 'agile.velocityCoefficientOfVariation': 0.4 },
    });
  });

  it('keeps the project-level metrics while the schedule has no budget to measure', async () => {
    // Tasks without budgets: the schedule is there, but BAC = 0 measures nothing.
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05', targetEndDate: '2026-01-30', budget: '20000' });
    await seed.schedule.task(project, 'A', { durationDays: 3 });
    const facts = await factsOf(project.gid);
    expect(facts.schedule).toMatchObject({ tasks: 1, finishDate: '2026-01-07', slipDays: 0, criticalTasks: 1 });
    expect(facts.evm).toMatchObject({ bac: 0, pv: 0, ev: 0, ac: 0, cpi: null, spi: null });
    expect(facts.metrics).toMatchObject({ plannedValue: 20000, earnedValue: 0, spi: 0 });
  });
});
