// The demo organisation's schedules, as a person opening a fresh server sees them: Customer 360
// CRM has a critical path, a baseline, progress and earned value; the mobile app has sprints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { rootField } from '../support/results.js';

const Demo = graphql(`
  query ScheduleDemo {
    projects(filter: { search: "CRM-2026" }, first: 1) {
      edges { node {
        code tasks { totalCount }
        schedule { startDate finishDate criticalPath { key } }
        baselines { name }
        earnedValue(statusDate: "2026-09-30") { earnedValue actualCost cpi spi measuredAgainst }
        forecast(iterations: 2000, seed: 1) { finishDates: histogram { count } p50Date p95Date }
      } }
    }
    mobile: projects(filter: { search: "MOB-APP" }, first: 1) {
      edges { node { agileMetrics { velocity { iterations mean } remainingPoints earnedValue { spi } } } }
    }
  }
`);

describe.each(backends())('demo schedules on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  it('gives the CRM project a critical path, a baseline and earned value, and the app its velocity', async () => {
    const result = await server.exec('admin@pmo.local', Demo, {});
    const crm = rootField({ data: { projects: result.data!.projects }, errors: result.errors }).edges[0]!.node;
    expect(crm.tasks.totalCount).toBe(12);
    expect(crm.schedule).toMatchObject({ startDate: '2026-02-02' });
    expect(crm.schedule!.criticalPath.map((task) => task.key)).toEqual(['1.1', '1.2', '2.2', '3.1', '3.2', '3.3', '3.4']);
    expect(crm.baselines).toEqual([{ name: 'Approved plan' }]);
    // EV at 2026-09-30: 90,000 + 120,000 + 80% × 150,000 + 55% × 450,000 + 35% × 380,000 = 710,500; AC 786,000.
    expect(crm.earnedValue).toMatchObject({ earnedValue: '710500.00', actualCost: '786000.00', measuredAgainst: 'Baseline 1: Approved plan' });
    expect(crm.earnedValue!.cpi).toBeCloseTo(710_500 / 786_000, 10);
    // Three-point estimates on the work tasks: the forecast has a spread (the pessimistic tails are long).
    expect(crm.forecast!.p95Date > crm.forecast!.p50Date).toBe(true);
    expect(crm.forecast!.finishDates.length).toBeGreaterThan(1);
    const mobile = result.data!.mobile.edges[0]!.node.agileMetrics;
    expect(mobile.velocity).toEqual({ iterations: 8, mean: 21.125 });
    expect(mobile.remainingPoints).toBe(180 - 169);
  });
});
