// The organisation-wide audit log through the real API on both backends: the PMO and executives
// read every change, filtered and newest first, page by page both ways and as CSV; nobody else
// reads it; the statement count does not depend on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid } from '../support/ids.js';
import { dataOf } from '../support/results.js';
import { type Handle, PEOPLE, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const Log = graphql(`
  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { action entityType entityId actor { email } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const Csv = graphql(`
  query AuditLogCsv($filter: AuditEventFilter, $first: Int) { auditEventsCsv(filter: $filter, first: $first) }
`);

describe.each(backends())('the audit log on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let portfolio: Handle;
  let projects: ProjectHandle[];
  let started: Date;
  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Audit log' }));
    started = new Date();
    portfolio = await seed.portfolio.create();
    projects = [];
    for (let i = 0; i < 3; i++) projects.push(await seed.projects.team(portfolio, [], { status: 'PROPOSED' }));
    await seed.projects.update(projects[0]!, { description: `Changed by the PMO ${backend}` }, 'admin');
  });
  afterAll(() => server?.close());

  const log = (variables: Record<string, unknown>, as: string = PEOPLE.admin) => server.exec(as, Log, variables as never);

  it('lists a portfolio’s changes newest first, filtered, for the PMO and executives only', async () => {
    const all = dataOf(await log({ filter: { portfolioId: portfolio.gid }, first: 100 })).auditEvents;
    // The portfolio, three projects, and the PMO's update of the first.
    expect(all.edges.map((edge) => edge.node.action)).toEqual(['project.updated', 'project.created', 'project.created', 'project.created', 'portfolio.created']);
    expect(all.totalCount).toBe(5);
    expect(all.edges[0]!.node.actor).toEqual({ email: PEOPLE.admin });
    const byAction = dataOf(await log({ filter: { portfolioId: portfolio.gid, action: 'project.created' }, first: 100 })).auditEvents;
    expect(byAction.totalCount).toBe(3);
    const byPrefix = dataOf(await log({ filter: { portfolioId: portfolio.gid, action: 'project.*', actor: gid('User', seed.people.id('admin')) }, first: 100 })).auditEvents;
    expect(byPrefix.edges.map((edge) => edge.node.action)).toEqual(['project.updated']);
    const byProject = dataOf(await log({ filter: { projectId: projects[0]!.gid, entityType: 'Project', from: started.toISOString() }, first: 100 })).auditEvents;
    expect(byProject.edges.map((edge) => edge.node.action)).toEqual(['project.updated', 'project.created']);
    expect(dataOf(await log({ filter: { portfolioId: portfolio.gid }, first: 1 }, PEOPLE.executive)).auditEvents.totalCount).toBe(5);
    for (const who of [PEOPLE.owner, PEOPLE.manager, PEOPLE.member]) {
      expect((await log({ first: 1 }, who)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.exec(who, Csv, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await log({ filter: { from: started.toISOString(), to: started.toISOString() }, first: 1 })).errors?.[0]?.message).toMatch(/to must be after from/);
  });

  it('pages forward and back without skipping or repeating', async () => {
    const filter = { portfolioId: portfolio.gid };
    const forward: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const connection: { edges: { node: { action: string; entityId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = dataOf(await log({ filter, first: 2, after })).auditEvents;
      forward.push(...connection.edges.map((edge) => `${edge.node.action}/${edge.node.entityId}`));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 5; page++) {
      const connection: { edges: { node: { action: string; entityId: string } }[]; pageInfo: { hasPreviousPage: boolean; startCursor?: string | null } } = dataOf(await log({ filter, last: 2, before })).auditEvents;
      backward.unshift(...connection.edges.map((edge) => `${edge.node.action}/${edge.node.entityId}`));
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor ?? null;
    }
    expect(forward).toHaveLength(5);
    expect(backward).toEqual(forward);
    // Unfiltered, the second page is not empty.
    const first = dataOf(await log({ first: 2 })).auditEvents;
    expect(dataOf(await log({ first: 2, after: first.pageInfo.endCursor })).auditEvents.edges).toHaveLength(2);
  });

  it('exports CSV with a header row, quoting and no spreadsheet formulas', async () => {
    await seed.projects.update(projects[1]!, { description: '=HYPERLINK("http://x","y"), with "quotes"' }, 'admin');
    const csv = dataOf(await server.exec(PEOPLE.executive, Csv, { filter: { portfolioId: portfolio.gid }, first: 3 })).auditEventsCsv;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entityType,entityId,projectId,projectCode,before,after,id');
    expect(lines).toHaveLength(5); // header, three rows, and the final line break
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[^,]+Z,admin@pmo\.local,project\.updated,Project,/);
    // JSON with quotes is quoted and its quotes doubled; no cell starts with "=".
    expect(lines[1]).toContain('""description"":""=HYPERLINK(');
    expect(csv.split(/,|\r\n/).some((field) => field.startsWith('='))).toBe(false);
    expect((await server.exec(PEOPLE.admin, Csv, { first: 0 })).errors?.[0]?.message).toMatch(/first is 1 to 10000/);
  });

  it('reads a page of 20 in as many statements as a page of 2', async () => {
    let project = projects[2]!;
    for (let i = 0; i < 20; i++) project = await seed.projects.update(project, { description: `Change ${i}` }, 'admin');
    const statements = (first: number) =>
      server.countStatements(async () => {
        const result = await log({ first });
        expect(result.errors).toBeUndefined();
        expect(result.data!.auditEvents.edges).toHaveLength(first);
      });
    expect(await statements(20)).toBe(await statements(2));
  });
});
