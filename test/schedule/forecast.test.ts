// project.forecast through the real API: the same seed gives the same answer, percentiles in
// order, the tasks on every path critical in every run, the iteration bound, and velocity mode
// for the demo's agile project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';

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

describe.each(backends())('forecasts on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Forecast fixture' }));
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
});
