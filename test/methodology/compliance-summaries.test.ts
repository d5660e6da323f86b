// Compliance summaries (`portfolio.compliance`, `project.compliance`) are counted in SQL. They
// must say exactly what counting every latest result in Node says (`summarise`, the definition),
// for every role's view of the portfolio, and cost the same statements for 3 and 30 parents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectReadFilter } from '../../server/auth/access.js';
import { evaluateAndStore } from '../../server/methodology/index.js';
import { summarise } from '../../server/methodology/queries.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { Viewer } from '../../server/platform/context.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId } from '../support/ids.js';
import { dataOf } from '../support/results.js';
import { handle, PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const PortfoliosCompliance = graphql(`
  query CompliancePortfolios {
    portfolios(first: 10) {
      edges {
        node {
          id
          compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }
          projects(first: 40) {
            edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }
          }
        }
      }
    }
  }
`);

const CompliancePages = graphql(`
  query CompliancePages($first: Int!) {
    portfolios(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }
    projects(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }
  }
`);

const ROLES: Person[] = ['admin', 'executive', 'owner', 'manager', 'member', 'analyst'];

describe.each(backends())('compliance summaries on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Compliance summaries' }));
    // Beyond the demo organisation: three portfolios of methodology projects, evaluated twice
    // (history rows must not count), with some failing results waived.
    for (const count of [4, 7, 2]) {
      const portfolio = await seed.portfolio.create({ name: `Compliance summaries ${count}` });
      await seed.methodology.writeProjectsDirectly(portfolio, count, 0);
    }
    const projects = await prisma.project.findMany({ select: { id: true } });
    await evaluateAndStore(prisma, projects.map((project) => project.id));
    const failing = await prisma.ruleEvaluation.findMany({ where: { latest: true, passed: false }, select: { id: true }, orderBy: { id: 'asc' } });
    await prisma.ruleEvaluation.updateMany({ where: { id: { in: failing.filter((_, n) => n % 3 === 0).map((row) => row.id) } }, data: { waived: true } });
  });
  afterAll(() => server?.close());

  /** What counting every latest result in Node gives for these projects, as the viewer may read them. */
  async function oracle(as: Person, where: { portfolioId?: string; id?: string }) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: PEOPLE[as] } });
    const viewer = { id: user.id, role: user.role } as Viewer;
    const rows = await prisma.ruleEvaluation.findMany({
      where: { latest: true, project: { AND: [where, projectReadFilter(viewer)] } },
      select: { projectId: true, severity: true, passed: true, waived: true },
    });
    return summarise(rows);
  }

  it('counts what counting every latest result in Node counts, for every role', async () => {
    const data = await prisma.ruleEvaluation.groupBy({ by: ['passed', 'waived', 'latest'], _count: true });
    // The dataset has every kind of result the counts distinguish.
    expect(data.map((row) => `${row.latest}/${row.passed}/${row.waived}`).sort()).toEqual(
      ['false/false/false', 'false/true/false', 'true/false/false', 'true/false/true', 'true/true/false'],
    );
    for (const as of ROLES) {
      const portfolios = dataOf(await server.exec(PEOPLE[as], PortfoliosCompliance, {})).portfolios.edges.map((edge) => edge.node);
      expect(portfolios.length).toBeGreaterThan(3);
      expect(portfolios.length).toBeLessThan(10);
      let evaluated = 0;
      for (const portfolio of portfolios) {
        const expected = await oracle(as, { portfolioId: dbId(portfolio.id) });
        expect({ as, portfolio: portfolio.id, compliance: portfolio.compliance }).toEqual({ as, portfolio: portfolio.id, compliance: expected });
        evaluated += expected.projectsEvaluated;
        for (const project of portfolio.projects.edges.map((edge) => edge.node)) {
          expect({ as, project: project.id, compliance: project.compliance }).toEqual({ as, project: project.id, compliance: await oracle(as, { id: dbId(project.id) }) });
        }
      }
      // Not a comparison of two empty answers: every role sees evaluated projects.
      expect({ as, evaluated: evaluated > 0 }).toEqual({ as, evaluated: true });
    }
  });

  it('sends the same statements for 3 and for 30 portfolios and projects', async () => {
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: PEOPLE.owner } });
    for (let n = await prisma.portfolio.count(); n < 30; n++) {
      const portfolio = await prisma.portfolio.create({ data: { name: `Statement count ${n}`, ownerId: owner.id } });
      await seed.methodology.writeProjectsDirectly(handle('Portfolio', portfolio.id), 1, 100 + n);
    }
    const measure = async (as: Person, first: number) => {
      let nodes: { compliance: { projectsEvaluated: number } }[] = [];
      const statements = await server.countStatements(async () => {
        const data = dataOf(await server.exec(PEOPLE[as], CompliancePages, { first }));
        nodes = [...data.portfolios.edges, ...data.projects.edges].map((edge) => edge.node);
      });
      return { nodes: nodes.length, evaluated: nodes.filter((node) => node.compliance.projectsEvaluated > 0).length, statements };
    };
    for (const as of ['admin', 'member'] as const) {
      const small = await measure(as, 3);
      const large = await measure(as, 30);
      // The pages really grew and were counted...
      expect({ as, small: small.nodes, large: large.nodes }).toEqual({ as, small: 6, large: 60 });
      expect(large.evaluated).toBeGreaterThan(small.evaluated);
      // ...and the statements did not.
      expect({ as, statements: large.statements }).toEqual({ as, statements: small.statements });
    }
  });
});
