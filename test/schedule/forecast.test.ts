// project.forecast through the real API: the same seed gives the same answer, percentiles in
// order, the tasks on every path critical in every run, the iteration bound, and velocity mode
// for the demo's agile project; recordForecast stores one (the managers only, nothing stored on a
// refusal) and project.forecasts / latestForecast read it back as it was answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const Forecast = graphql(`
  query ScheduleForecast($id: ID!, $iterations: Int, $seed: Int) {
    project(id: $id) {
      forecast(iterations: $iterations, seed: $seed) {
        mode iterations seed p50Date p80Date p95Date probabilityByTarget
        criticality { task { key } criticalityIndex } histogram { startDate endDate count }
      }
    }
  }
`);
const Mobile = graphql(`
  query ScheduleForecastMobile { projects(filter: { search: "MOB-APP" }, first: 1) { edges { node { forecast(iterations: 2000, seed: 3) { mode p50Date p95Date } } } } }
`);

const Record = graphql(`
  mutation ScheduleRecordForecast($input: RecordForecastInput!) {
    recordForecast(input: $input) {
      __typename
      ... on MutationRecordForecastSuccess { data { id p80Date targetEndDate recordedBy { email } forecast { mode iterations seed p50Date p80Date p95Date probabilityByTarget } } }
      ...ErrorFields
    }
  }
`);
const Recorded = graphql(`
  query ScheduleRecordedForecasts($id: ID!) {
    project(id: $id) {
      latestForecast { id forecast { seed p80Date criticality { task { key } criticalityIndex } histogram { startDate endDate count } } }
      forecasts(first: 10) { totalCount edges { node { id forecast { seed } } } }
    }
  }
`);

describe.each(backends())('forecasts on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Forecast fixture' }));
  });
  afterAll(() => server?.close());

  it('samples the network: deterministic by seed, percentiles in order, the sure path always critical', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05', targetEndDate: '2026-01-16' });
    const a = await seed.schedule.task(project, 'A', { durationDays: 3 });
    const b = await seed.schedule.task(project, 'B', { durationDays: 4, optimisticDays: 3, mostLikelyDays: 4, pessimisticDays: 9 });
    const c = await seed.schedule.task(project, 'C', { durationDays: 1 });
    await seed.schedule.link(a, b);
    await seed.schedule.link(b, c);
    const run = async (seedValue: number) => (await server.exec(PEOPLE.owner, Forecast, { id: project.gid, iterations: 2000, seed: seedValue })).data!.project!.forecast!;
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(first).toMatchObject({ mode: 'NETWORK', iterations: 2000, seed: 7 });
    expect(first.p50Date <= first.p80Date && first.p80Date <= first.p95Date).toBe(true);
    // A single chain: every task is critical in every run.
    expect(first.criticality.map((row) => [row.task?.key, row.criticalityIndex])).toEqual([['A', 1], ['B', 1], ['C', 1]]);
    expect(first.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(2000);
    expect(first.probabilityByTarget).toBeGreaterThan(0);
    expect(first.probabilityByTarget).toBeLessThanOrEqual(1);
    const tooMany = await server.exec(PEOPLE.owner, Forecast, { id: project.gid, iterations: 100_001 });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('forecasts an agile project from its velocities', async () => {
    const forecast = (await server.exec(PEOPLE.admin, Mobile, {})).data!.projects.edges[0]!.node.forecast!;
    expect(forecast.mode).toBe('VELOCITY');
    expect(forecast.p50Date <= forecast.p95Date).toBe(true);
  });

  it('records a forecast as it was answered, for the managers only; refusals store nothing', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05', targetEndDate: '2026-01-16' });
    const a = await seed.schedule.task(project, 'A', { durationDays: 3 });
    const b = await seed.schedule.task(project, 'B', { durationDays: 4, optimisticDays: 3, mostLikelyDays: 4, pessimisticDays: 9 });
    await seed.schedule.link(a, b);
    const record = (input: { iterations?: number; seed?: number }, as: Person = 'manager', projectId = project.gid) =>
      server.exec(PEOPLE[as], Record, { input: { projectId, ...input } }).then(rootField);
    const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents', 'evaluations'], work);
    expect(await unchanged(() => record({ seed: 5 }, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => record({ iterations: 0 }))).toMatchObject(validationError(issue('iterations', 'iterations must be a whole number from 1 to 100,000, not 0')));
    const empty = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05' });
    expect(await unchanged(() => record({}, 'manager', empty.gid))).toEqual(
      validationError(issue('projectId', 'The project has nothing to forecast: it needs a start date and work tasks, or closed iterations and a scope')),
    );
    expect(await prisma.scheduleForecast.count({ where: { projectId: { in: [project.id, empty.id] } } })).toBe(0);

    const answered = dataOf(await server.exec(PEOPLE.owner, Forecast, { id: project.gid, iterations: 3000, seed: 11 })).project!.forecast!;
    const recorded = expectType(await record({ iterations: 3000, seed: 11 }), 'MutationRecordForecastSuccess');
    expect(recorded).toMatchObject({
      data: {
        p80Date: answered.p80Date, targetEndDate: '2026-01-16', recordedBy: { email: PEOPLE.manager },
        forecast: { mode: 'NETWORK', iterations: 3000, seed: 11, p50Date: answered.p50Date, p80Date: answered.p80Date, p95Date: answered.p95Date, probabilityByTarget: answered.probabilityByTarget },
      },
    });
    await record({ iterations: 500, seed: 12 });
    const read = dataOf(await server.exec(PEOPLE.member, Recorded, { id: project.gid })).project!;
    expect(read.forecasts.totalCount).toBe(2);
    expect(read.forecasts.edges.map((edge) => edge.node.forecast.seed)).toEqual([12, 11]);
    expect(read.latestForecast).toMatchObject({ id: read.forecasts.edges[0]!.node.id, forecast: { seed: 12 } });
    const stored = dataOf(await server.exec(PEOPLE.owner, Recorded, { id: project.gid })).project!.forecasts.edges[1]!.node;
    expect(stored.id).toBe(recorded.data.id);
    const audit = await prisma.auditEvent.findMany({ where: { projectId: project.id, action: 'forecast.recorded' } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.after).not.toHaveProperty('detail');
  });

  it('reads back the stored criticality and histogram unchanged', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { startDate: '2026-01-05' });
    await seed.schedule.task(project, 'A', { durationDays: 2, optimisticDays: 1, mostLikelyDays: 2, pessimisticDays: 6 });
    const answered = dataOf(await server.exec(PEOPLE.owner, Forecast, { id: project.gid, iterations: 1000, seed: 4 })).project!.forecast!;
    await server.exec(PEOPLE.manager, Record, { input: { projectId: project.gid, iterations: 1000, seed: 4 } });
    const latest = dataOf(await server.exec(PEOPLE.owner, Recorded, { id: project.gid })).project!.latestForecast!;
    expect(latest.forecast).toEqual({ seed: 4, p80Date: answered.p80Date, criticality: answered.criticality, histogram: answered.histogram });
  });
});
