// Derived health and status reports through the real API: each dimension's verdict with the
// figures and thresholds that decided it, thresholds PMO_ADMIN changes, and status reports that
// freeze the figures (an override needs a reason and stays visible; money hidden from team members).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { SubmitStatusReportInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { InstallMethodology } from '../support/scenarios/methodology.js';
import { PEOPLE, type Person, type Scenario, startScenario, type TaskHandle } from '../support/scenarios/index.js';

const Health = graphql(`
  query ReportingHealth($id: ID!) {
    project(id: $id) {
      health
      healthAssessment {
        overall dimensions { dimension rag assessed reason figures { name value } } thresholds { indexAmber indexRed slipRedDays version }
        thresholdsOverriddenBy overriddenThresholds
      }
      statusReports(first: 10) { totalCount edges { node { summary derivedHealth healthOverride overrideReason health figures reportedBy { email } } } }
    }
  }
`);
const Thresholds = graphql(`
  mutation ReportingThresholds($input: UpdateHealthThresholdsInput!) {
    updateHealthThresholds(input: $input) { __typename ... on MutationUpdateHealthThresholdsSuccess { data { indexAmber indexRed version } } ...ErrorFields }
  }
`);
const Submit = graphql(`
  mutation ReportingSubmit($input: SubmitStatusReportInput!) {
    submitStatusReport(input: $input) { __typename ... on MutationSubmitStatusReportSuccess { data { derivedHealth healthOverride health } } ...ErrorFields }
  }
`);
const Dashboard = graphql(`
  query ReportingDashboard($id: ID!) {
    portfolio(id: $id) {
      dashboard {
        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion
        earnedValue { budgetAtCompletion earnedValue cpi spi } behindSchedule { code } topRisks { score project { code } }
        compliance { failing blocking }
      }
    }
  }
`);
const Progress = graphql(`
  mutation ReportingProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }
  }
`);

describe.each(backends())('derived health and status reports on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Health fixture' }));
  });
  afterAll(() => server?.close());

  const report = async (task: TaskHandle, asOf: string, percentComplete: number, actualCost: string) =>
    expectType(rootField(await server.exec(PEOPLE.manager, Progress, { input: { taskId: task.gid, version: task.version, asOf, percentComplete, actualCost } })), 'MutationReportTaskProgressSuccess');
  const health = async (id: string, as: Person = 'owner') => rootField(await server.exec(PEOPLE[as], Health, { id }))!;

  /**
   * A 4-task network from 2026-01-05 (finish 2026-01-14, target 2026-01-12: 2 working days late),
   * budget 10,000, everything planned by today: PV 10,000; EV 5,000 and AC 5,500 reported, so
   * SPI 0.50 (RED), CPI 0.91 and EAC 11,000, 10% over budget (AMBER); one open high risk (AMBER).
   */
  async function lateProject(portfolio?: Awaited<ReturnType<typeof seed.portfolio.create>>, methodologyKey?: string) {
    const project = await seed.projects.team(portfolio ?? (await seed.portfolio.create()), ['member'], {
      startDate: '2026-01-05', targetEndDate: '2026-01-12', budget: '10000', ...(methodologyKey && { methodologyKey }),
    });
    const a = await seed.schedule.task(project, 'A', { durationDays: 3, budget: '3000' });
    const b = await seed.schedule.task(project, 'B', { durationDays: 2, budget: '2000' });
    const c = await seed.schedule.task(project, 'C', { durationDays: 4, budget: '4000' });
    const d = await seed.schedule.task(project, 'D', { durationDays: 1, budget: '1000' });
    for (const [from, to] of [[a, b], [a, c], [b, d], [c, d]] as const) await seed.schedule.link(from, to);
    await report(a, '2026-01-07', 100, '3000');
    await report(b, '2026-01-09', 50, '1000');
    await report(c, '2026-01-09', 25, '1500');
    await seed.risks.raiseAll(project, [{ probability: 4, impact: 4 }]);
    return project;
  }

  it('explains each verdict with its figures and thresholds, and the overall one is the worst', async () => {
    const project = await lateProject();
    const { healthAssessment } = await health(project.gid);
    expect(healthAssessment.overall).toBe('RED');
    const byDimension = Object.fromEntries(healthAssessment.dimensions.map(({ dimension, ...rest }) => [dimension, rest]));
    expect(byDimension.SCHEDULE).toMatchObject({ rag: 'RED', assessed: true, reason: 'SPI 0.50 < 0.85' });
    expect(byDimension.COST).toMatchObject({ rag: 'AMBER', reason: 'CPI 0.91 < 0.95; EAC over budget 0.10 > 0.05' });
    expect(byDimension.SCOPE).toMatchObject({ rag: 'GREEN', assessed: false, reason: 'no figures to judge by' });
    expect(byDimension.RISK).toMatchObject({ rag: 'AMBER', reason: '1 open high risk(s) ≥ 1' });
    expect(byDimension.COMPLIANCE).toMatchObject({ rag: 'GREEN', reason: 'no failing rule' });
    expect(byDimension.SCHEDULE!.figures).toEqual([{ name: 'spi', value: 0.5 }, { name: 'slipDays', value: 2 }]);
  });

  it('applies the thresholds PMO_ADMIN sets; others may not, stale or inconsistent ones change nothing', async () => {
    const project = await lateProject();
    const set = (input: { version: number; indexAmber?: number; indexRed?: number }, as: Person = 'admin') =>
      server.exec(PEOPLE[as], Thresholds, { input }).then(rootField);
    const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents'], work);
    expect(await unchanged(() => set({ version: 0, indexRed: 0.45 }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => set({ version: 0, indexRed: 0.99 }))).toEqual(validationError(issue('indexRed', 'indexRed must not be above indexAmber')));
    expect(await set({ version: 0, indexRed: 0.45 })).toMatchObject({ data: { indexAmber: 0.95, indexRed: 0.45, version: 1 } });
    expect(await unchanged(() => set({ version: 0, indexRed: 0.5 }))).toMatchObject({ __typename: 'ConflictError' });
    const schedule = (await health(project.gid)).healthAssessment.dimensions.find((dimension) => dimension.dimension === 'SCHEDULE')!;
    expect(schedule).toMatchObject({ rag: 'AMBER', reason: 'SPI 0.50 < 0.95; finish slip 2 working days > 0 working days' });
    expect(await set({ version: 1, indexRed: 0.85 })).toMatchObject({ data: { version: 2 } });
  });

  it("applies a methodology's own thresholds from its manifest over the PMO's, and says so", async () => {
    const lenient = {
      key: 'lenient-delivery', name: 'Lenient delivery', version: '1.0.0', phases: [{ key: 'delivery', name: 'Delivery' }],
      healthThresholds: { indexAmber: 0.6, indexRed: 0.4 },
    };
    const halfPair = { ...lenient, key: 'half-pair', healthThresholds: { indexRed: 0.4 } };
    expect(await expectUnchanged(prisma, ['methodologies'], () => server.exec(PEOPLE.admin, InstallMethodology, { input: { manifest: halfPair } }).then(rootField)))
      .toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'manifest', 'healthThresholds', 'indexAmber'], message: 'indexAmber and indexRed are overridden together: give both' }] });
    await seed.methodology.install(lenient);
    const project = await lateProject(undefined, 'lenient-delivery');
    const { healthAssessment } = await health(project.gid);
    expect(healthAssessment).toMatchObject({
      thresholds: { indexAmber: 0.6, indexRed: 0.4, slipRedDays: 10 },
      thresholdsOverriddenBy: 'lenient-delivery@1.0.0',
      overriddenThresholds: ['indexAmber', 'indexRed'],
    });
    expect(healthAssessment.dimensions.find((dimension) => dimension.dimension === 'SCHEDULE')).toMatchObject({ rag: 'AMBER', reason: 'SPI 0.50 < 0.60; finish slip 2 working days > 0 working days' });
    const waterfall = (await health((await lateProject()).gid)).healthAssessment;
    expect(waterfall).toMatchObject({ thresholds: { indexAmber: 0.95, indexRed: 0.85 }, thresholdsOverriddenBy: null, overriddenThresholds: [] });
  });

  it('stores status reports with frozen figures; an override needs a reason and stays visible', async () => {
    const project = await lateProject();
    const submit = (input: Omit<SubmitStatusReportInput, 'projectId'>, as: Person = 'manager') =>
      server.exec(PEOPLE[as], Submit, { input: { projectId: project.gid, ...input } }).then(rootField);
    expect(await expectUnchanged(prisma, ['auditEvents'], () => submit({ summary: 'Fine', healthOverride: 'GREEN' }))).toEqual(
      validationError(issue('overrideReason', 'An override of the derived health needs a reason')),
    );
    expect(await expectUnchanged(prisma, ['auditEvents'], () => submit({ summary: 'Mine' }, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await submit({ summary: 'Late on C', accomplishments: 'A done' })).toMatchObject({ data: { derivedHealth: 'RED', healthOverride: null, health: 'RED' } });
    expect(await submit({ summary: 'Recovery plan agreed', healthOverride: 'AMBER', overrideReason: 'Two extra developers start Monday' })).toMatchObject({
      data: { derivedHealth: 'RED', healthOverride: 'AMBER', health: 'AMBER' },
    });
    const owner = await health(project.gid);
    expect(owner.health).toBe('AMBER');
    expect(owner.statusReports.totalCount).toBe(2);
    expect(owner.statusReports.edges.map((edge) => [edge.node.summary, edge.node.health, edge.node.overrideReason])).toEqual([
      ['Recovery plan agreed', 'AMBER', 'Two extra developers start Monday'], ['Late on C', 'RED', null],
    ]);
    const frozen = owner.statusReports.edges[1]!.node.figures as { earnedValue: { earnedValue: number }; health: { overall: string } };
    expect(frozen).toMatchObject({ earnedValue: { earnedValue: 5000 }, health: { overall: 'RED' } });
    const member = await health(project.gid, 'member');
    expect(member.statusReports.edges[0]!.node).toMatchObject({ summary: 'Recovery plan agreed', figures: null });
  });

  it("gives the portfolio's front page in one query, in a number of statements that ignores the number of projects", async () => {
    const portfolio = await seed.portfolio.create();
    const late = await lateProject(portfolio);
    await seed.projects.team(portfolio, ['member'], { budget: '5000' });
    const dashboard = rootField(await server.exec(PEOPLE.owner, Dashboard, { id: portfolio.gid }))!.dashboard;
    expect(dashboard).toMatchObject({
      projectCount: 2,
      projectsByStatus: [{ status: 'PROPOSED', count: 2 }],
      budget: '15000.00',
      // The late project's EAC (11,000) and the other's budget (no schedule): 16,000.
      estimateAtCompletion: '16000.00',
      earnedValue: { budgetAtCompletion: '10000.00', earnedValue: '5000.00', spi: 0.5 },
      behindSchedule: [{ code: late.code }],
      topRisks: [{ score: 16, project: { code: late.code } }],
      compliance: { failing: 0, blocking: 0 },
    });
    expect(rootField(await server.exec(PEOPLE.member, Dashboard, { id: portfolio.gid }))!.dashboard).toMatchObject({ budget: null, estimateAtCompletion: null });
    const statements = () => server.countStatements(async () => expect((await server.exec(PEOPLE.owner, Dashboard, { id: portfolio.gid })).errors).toBeUndefined());
    // The server keeps computed schedules until a project's stamp moves: compare a read with every
    // schedule kept and one with every schedule loaded again (each stamp moved), at both sizes.
    const coldAndWarm = async () => {
      await prisma.$executeRaw`UPDATE "ScheduleStamp" SET version = version + 1 WHERE "projectId" IN (SELECT id FROM "Project" WHERE "portfolioId" = ${portfolio.id}::uuid)`;
      return [await statements(), await statements()];
    };
    const two = await coldAndWarm();
    expect(two[1]).toBeLessThan(two[0]!);
    await lateProject(portfolio);
    await lateProject(portfolio);
    expect(await coldAndWarm()).toEqual(two);
  });
});
