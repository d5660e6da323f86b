// No N+1: the SQL statements a request sends depend on the query's shape, never on list lengths.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { type BulkPortfolio, writeBulkPortfolioDirectly } from '../support/scenarios/portfolio.js';

const NestedPortfolios = graphql(`
  query NestedPortfolios {
    portfolios {
      edges {
        node {
          name
          budget
          projects(first: 50) {
            totalCount
            edges {
              node {
                code
                budget
                manager { name }
                members { user { name } }
                objectives { name }
                risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }
                riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }
              }
            }
          }
        }
      }
    }
  }
`);

const ProjectsWithRelations = graphql(`
  query ProjectsWithRelations {
    projects(first: 100) {
      edges {
        node {
          code
          portfolio { name owner { name } }
          sponsor { name }
          alignments { score objective { name } }
          members { projectRole user { name costRate } }
          auditTrail(first: 3) { edges { node { action actor { name } } } }
        }
      }
    }
  }
`);

describe.each(backends())('statements per request on %s', (backend) => {
  let server: TestServer;
  let fixture: BulkPortfolio;

  beforeAll(async () => {
    server = await startTestServer(backend, { seed: false });
    fixture = await writeBulkPortfolioDirectly(server.runtime.db.prisma, 'nplus1');
  });
  afterAll(() => server?.close());

  async function measure<T>(as: string, document: TypedDocumentNode<T, Record<string, never>>, countProjects: (data: T) => number) {
    let projects = 0;
    const statements = await server.countStatements(async () => {
      const result = await server.exec(as, document);
      expect(result.errors).toBeUndefined();
      projects = countProjects(result.data as T);
    });
    return { statements, projects };
  }

  const nested = (as: string) =>
    measure(as, NestedPortfolios, (data) => data.portfolios.edges.reduce((sum, edge) => sum + edge.node.projects.edges.length, 0));
  const list = (as: string) => measure(as, ProjectsWithRelations, (data) => data.projects.edges.length);

  it('is the same for 5 and 50 projects, for a portfolio owner and for a team member', async () => {
    await fixture.addProjects(5);
    const ownerSmall = await nested(fixture.ownerEmail);
    const memberSmall = await nested(fixture.memberEmail);
    const listSmall = await list(fixture.ownerEmail);

    await fixture.addProjects(45);
    const ownerLarge = await nested(fixture.ownerEmail);
    const memberLarge = await nested(fixture.memberEmail);
    const listLarge = await list(fixture.ownerEmail);

    // The data really grew (the member belongs to every fixture project)...
    expect([ownerSmall.projects, ownerLarge.projects]).toEqual([5, 50]);
    expect([memberSmall.projects, memberLarge.projects]).toEqual([5, 50]);
    expect([listSmall.projects, listLarge.projects]).toEqual([5, 50]);
    // ...and the statements did not.
    expect(ownerLarge.statements).toBe(ownerSmall.statements);
    expect(memberLarge.statements).toBe(memberSmall.statements);
    expect(listLarge.statements).toBe(listSmall.statements);
    // A small, fixed number: viewer lookup, one per relation level, one per nested totalCount.
    expect(ownerLarge.statements).toBeLessThanOrEqual(13);
  });
});

// Its own database: the count of portfolios is part of what it checks.
describe.each(backends())('statements per nested request on %s', (backend) => {
  let wide: TestServer;
  let viewer: string;

  beforeAll(async () => {
    wide = await startTestServer(backend, { seed: false });
    viewer = (await writeBulkPortfolioDirectly(wide.runtime.db.prisma, 'wide')).ownerEmail;
  });
  afterAll(() => wide?.close());

  async function nested() {
    let portfolios = 0;
    const statements = await wide.countStatements(async () => {
      const result = await wide.exec(viewer, NestedPortfolios);
      expect(result.errors).toBeUndefined();
      portfolios = result.data!.portfolios.edges.length;
    });
    return { statements, portfolios };
  }

  it('is the same for 3 and 20 portfolios (a full default page), each listing its projects, their risks and alerts', async () => {
    const portfolios = [await writeBulkPortfolioDirectly(wide.runtime.db.prisma, 'wide0'), await writeBulkPortfolioDirectly(wide.runtime.db.prisma, 'wide1')];
    for (const portfolio of portfolios) await portfolio.addProjects(2);
    const few = await nested();

    // With the fixture's portfolio: 3, then 20 portfolios.
    for (let n = 2; n < 19; n++) {
      const portfolio = await writeBulkPortfolioDirectly(wide.runtime.db.prisma, `wide${n}`);
      await portfolio.addProjects(2);
    }
    const many = await nested();

    expect([few.portfolios, many.portfolios]).toEqual([3, 20]);
    expect(many.statements).toBe(few.statements);
    // Relations load with joins: the viewer, the portfolios with their projects' pages and
    // relations in one statement, and one per nested totalCount (projects, risks, alerts).
    expect(many.statements).toBeLessThanOrEqual(5);
  });
});
