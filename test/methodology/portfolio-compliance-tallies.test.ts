// A whole portfolio's compliance summary (`portfolio.compliance` for the roles that read every
// project) is read from the portfolio tallies, which database triggers keep from the project
// tallies. After every kind of change that moves a count (evaluation, waiver, revocation,
// re-evaluation, a project moving to another portfolio, a project deleted, one at a time and many
// in one statement) they must say exactly what recounting the latest results says, and what the
// per-project path (the scoped viewers' one) says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceByPortfolio, summarise } from '../../server/methodology/queries.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId, gid } from '../support/ids.js';
import { dataOf, success } from '../support/results.js';
import { type Handle, PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';
import type { ProjectHandle } from '../support/scenarios/projects.js';
import { EvaluateCompliance, RevokeWaiver, WaiveRule } from './operations.js';

const PortfolioCompliances = graphql(`
  query TallyPortfolioCompliances {
    portfolios(first: 100) {
      edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }
    }
  }
`);

describe.each(backends())('portfolio compliance tallies on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Portfolio tallies' }));
  });
  afterAll(() => server?.close());

  /**
   * Every portfolio's summary three ways (the portfolio tallies through GraphQL as the PMO admin
   * and directly, and the per-project path), each equal to the recount of the latest results; and
   * the per-project totals the portfolio counts are made of, equal to their recount.
   */
  async function expectExact(step: string) {
    const portfolios = await prisma.portfolio.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const ids = portfolios.map((portfolio) => portfolio.id);
    const latest = await prisma.ruleEvaluation.findMany({
      where: { latest: true },
      select: { projectId: true, severity: true, passed: true, waived: true, project: { select: { portfolioId: true } } },
    });
    const recount = ids.map((id) => summarise(latest.filter((row) => row.project.portfolioId === id)));
    const tallied = await complianceByPortfolio(prisma, ids, null);
    const perProject = await complianceByPortfolio(prisma, ids, {});
    expect({ step, tallied }).toEqual({ step, tallied: recount });
    expect({ step, perProject }).toEqual({ step, perProject: recount });
    const api = dataOf(await server.exec(PEOPLE.admin, PortfolioCompliances, {})).portfolios.edges.map((edge) => edge.node);
    expect({ step, api: ids.map((id) => api.find((node) => dbId(node.id) === id)?.compliance) }).toEqual({ step, api: recount });

    // The rows underneath: one total per project that has tallies, in its project's portfolio.
    const projects = await prisma.project.findMany({ select: { id: true, portfolioId: true } });
    const portfolioOf = new Map(projects.map((project) => [project.id, project.portfolioId]));
    const totals = await prisma.projectComplianceTally.findMany({ orderBy: { projectId: 'asc' } });
    const tallies = await prisma.complianceTally.findMany({ select: { projectId: true, portfolioId: true } });
    expect({ step, misplaced: tallies.filter((row) => row.portfolioId !== portfolioOf.get(row.projectId)) }).toEqual({ step, misplaced: [] });
    const expectedTotals = [...new Set(tallies.map((row) => row.projectId))].sort().map((projectId) => {
      const rows = latest.filter((row) => row.projectId === projectId);
      return {
        projectId,
        portfolioId: portfolioOf.get(projectId),
        results: rows.length,
        blocking: rows.filter((row) => row.severity === 'BLOCKER' && !row.passed && !row.waived).length,
      };
    });
    expect({ step, totals }).toEqual({ step, totals: expectedTotals });
    return recount;
  }

  const waterfall = (portfolio: Handle) =>
    seed.projects.create({ portfolio, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '100000.00' });
  const evaluate = async (project: Handle) =>
    success(dataOf(await server.exec(PEOPLE.admin, EvaluateCompliance, { input: { projectId: project.gid } })).evaluateCompliance);
  const move = (project: ProjectHandle, to: Handle) => seed.projects.update(project, { portfolioId: to.gid }, 'admin');

  it('equal the recount of the latest results after every kind of change', async () => {
    // The demo organisation, as the migration's backfill and the seed's evaluation leave it.
    await expectExact('seeded');

    const north = await seed.portfolio.create({ name: 'Tallies north' });
    const south = await seed.portfolio.create({ name: 'Tallies south' });
    const empty = await seed.portfolio.create({ name: 'Tallies empty' });
    const created: ProjectHandle[] = [];
    for (const [portfolio, methodologyKey] of [[north, 'waterfall'], [north, 'agile'], [north, 'hybrid'], [south, 'waterfall'], [south, 'hybrid']] as const) {
      created.push(await seed.projects.create({ portfolio, manager: 'manager', sponsor: 'executive', methodologyKey, budget: '80000.00' }));
    }
    // A project on no methodology has no results: never evaluated, in no count.
    await seed.projects.create({ portfolio: north, manager: 'manager' });
    const first = await expectExact('created and evaluated');
    const northIndex = (await prisma.portfolio.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).findIndex((p) => p.id === north.id);
    // Not a comparison of empty counts: the new portfolio has evaluated and blocked projects.
    expect(first[northIndex]).toMatchObject({ projectsEvaluated: 3 });
    expect(first[northIndex]!.projectsBlocked).toBeGreaterThan(0);

    // A waiver turns the failing BLOCKER into a waived one (the project stops being blocked).
    let gated = await waterfall(north);
    const state = await seed.methodology.state(gated, 'admin');
    const blocker = state.complianceResults.find((result) => result.severity === 'BLOCKER' && !result.passed)!;
    expect(blocker).toBeDefined();
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const waiver = success(
      dataOf(await server.exec(PEOPLE.admin, WaiveRule, { input: { projectId: gated.gid, ruleKey: blocker.ruleKey, reason: 'Accepted for the test', expiresAt } }))
        .waiveRule,
    );
    expect((await seed.methodology.state(gated, 'admin')).complianceResults.find((r) => r.ruleKey === blocker.ruleKey)).toMatchObject({ waived: true });
    await expectExact('waived');

    // Re-evaluation supersedes the latest results with equal ones: nothing moves.
    await evaluate(gated);
    await evaluate(created[0]!);
    await expectExact('re-evaluated');

    // A change of facts re-evaluates too.
    gated = await seed.projects.update(gated, { percentComplete: 40 }, 'admin');
    await expectExact('facts changed');

    // Moving projects takes their counts along, both ways; one into the empty portfolio.
    gated = await move(gated, south);
    await expectExact('waived project moved');
    created[3] = await move(created[3]!, north);
    created[1] = await move(created[1]!, empty);
    await expectExact('projects moved');

    // Revoking the waiver blocks the project again, in its new portfolio.
    success(dataOf(await server.exec(PEOPLE.admin, RevokeWaiver, { input: { waiverId: waiver.id } })).revokeWaiver);
    await expectExact('waiver revoked');

    // Deleting a project removes its counts from its portfolio.
    await seed.projects.deleteDirectly(gated);
    await expectExact('project deleted');

    // Many projects in one statement: all of a portfolio's projects moved at once, then several
    // projects of different portfolios deleted at once.
    await prisma.project.updateMany({ where: { portfolioId: north.id }, data: { portfolioId: south.id } });
    await expectExact('every project of a portfolio moved in one statement');
    await prisma.project.deleteMany({ where: { id: { in: [created[0]!.id, created[1]!.id, created[4]!.id] } } });
    await expectExact('projects of several portfolios deleted in one statement');

    // Results written, superseded, waived and deleted in bulk, as the demo seed and the
    // benchmarks write them.
    const some = await prisma.ruleEvaluation.findMany({ where: { latest: true, passed: false, waived: false }, select: { id: true }, take: 7 });
    await prisma.ruleEvaluation.updateMany({ where: { id: { in: some.map((row) => row.id) } }, data: { waived: true } });
    await expectExact('results waived in bulk');
    const evaluated = await prisma.project.findMany({ where: { evaluations: { some: {} } }, select: { id: true }, take: 3 });
    await prisma.ruleEvaluation.deleteMany({ where: { projectId: { in: evaluated.map((row) => row.id) } } });
    await expectExact('every result of some projects deleted');
    for (const project of evaluated) await evaluate({ id: project.id, gid: gid('Project', project.id) });
    await expectExact('evaluated again');
  });
});
