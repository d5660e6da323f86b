// Filtered connections (schema/shared pages), related and root: a client paging through
// `portfolio.projects(filter)`, `user.managedProjects(filter)`, `project.risks(filter)`,
// `projects(filter)` or `risks(filter)` while the rows change gets every row that still matches,
// once, even when the row its page ended on has left the filter since; totalCount counts what
// matches now. (`project.riskAlerts` is covered in risks/alerts.test.ts.) Rows leave the filter
// through the API (a project put on hold, a risk assessed or mitigated), as a client would see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { rootField } from '../support/results.js';
import { type Handle, type Member, PEOPLE, type Person, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const PortfolioProjectsPage = graphql(`
  query RelatedPortfolioProjects($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      ... on Portfolio {
        projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges { cursor node { code } }
        }
      }
    }
  }
`);
const ManagedProjectsPage = graphql(`
  query RelatedManagedProjects($id: ID!, $portfolioId: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on User {
        managedProjects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after) {
          edges { cursor node { code } }
        }
      }
    }
  }
`);
const ProjectRisksPage = graphql(`
  query RelatedProjectRisks($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    project(id: $id) {
      risks(filter: { status: [IDENTIFIED] }, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        edges { cursor node { title } }
      }
    }
  }
`);

const ProjectsPage = graphql(`
  query FilteredProjects($portfolioId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    projects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { code } }
    }
  }
`);
const RisksPage = graphql(`
  query FilteredRisks($projectId: ID!, $first: Int, $after: String) {
    risks(filter: { projectId: $projectId, status: [IDENTIFIED] }, first: $first, after: $after) {
      totalCount
      edges { cursor node { title } }
    }
  }
`);

type Page = { totalCount?: number; edges: { cursor: string; node: { code?: string; title?: string } }[] };
const read = (connection: Page | null | undefined) => ({
  rows: (connection?.edges ?? []).map((edge) => edge.node.code ?? edge.node.title),
  cursors: (connection?.edges ?? []).map((edge) => edge.cursor),
  totalCount: connection?.totalCount,
});

describe.each(backends())('filtered connections on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Paged' }));
  });
  afterAll(() => server?.close());

  /** An ACTIVE project managed by pm@, with member@ on the team unless `members` says who. */
  const activeProject = (portfolio: Handle, members?: Member[]) => seed.projects.team(portfolio, members, { status: 'ACTIVE' });

  /** A portfolio with four ACTIVE projects (member@ on the first and third), codes in page order. */
  async function portfolioOfFour() {
    const portfolio = await seed.portfolio.create();
    const projects = [];
    for (const members of [['member'], [], ['member'], []] as Person[][]) projects.push(await activeProject(portfolio, members));
    projects.sort((a, b) => (a.code < b.code ? -1 : 1));
    return { portfolio, projects, codes: projects.map((project) => project.code) };
  }
  const putOnHold = (project: ProjectHandle) => seed.projects.transition(project, 'ON_HOLD');

  it('portfolio.projects: the project a page ended on is put on hold; the next page starts after it', async () => {
    const { portfolio, projects, codes } = await portfolioOfFour();
    const page = async (as: Person, extra: { first?: number; after?: string; last?: number; before?: string }) =>
      read((rootField(await server.exec(PEOPLE[as], PortfolioProjectsPage, { id: portfolio.gid, ...extra })) as { projects: Page } | null)?.projects);

    const first = await page('owner', { first: 2 });
    expect(first).toMatchObject({ rows: codes.slice(0, 2), totalCount: 4 });
    await putOnHold(projects[1]!);
    expect(await page('owner', { first: 2, after: first.cursors[1] })).toMatchObject({ rows: codes.slice(2, 4), totalCount: 3 });
    expect(await page('owner', { last: 2, before: first.cursors[1] })).toMatchObject({ rows: codes.slice(0, 1), totalCount: 3 });

    // A team member pages through the projects it may read; totalCount counts only those.
    const mine = await page('member', { first: 1 });
    expect(mine).toMatchObject({ rows: [codes[0]], totalCount: 2 });
    await putOnHold(projects[0]!);
    expect(await page('member', { first: 1, after: mine.cursors[0] })).toMatchObject({ rows: [codes[2]], totalCount: 1 });
    // The cursor of a project it may not read is not a way in: the page is empty, that project never in it.
    expect(await page('member', { first: 5, after: first.cursors[1] })).toMatchObject({ rows: [], totalCount: 1 });
  });

  it('user.managedProjects: the same, for the projects a manager runs', async () => {
    const { portfolio, projects, codes } = await portfolioOfFour();
    const page = async (after?: string) =>
      read(
        (rootField(await server.exec(PEOPLE.admin, ManagedProjectsPage, { id: seed.people.gid('manager'), portfolioId: portfolio.gid, first: 2, after })) as {
          managedProjects: Page;
        } | null)?.managedProjects,
      );
    const first = await page();
    expect(first.rows).toEqual(codes.slice(0, 2));
    await putOnHold(projects[1]!);
    expect((await page(first.cursors[1])).rows).toEqual(codes.slice(2, 4));
  });

  it('project.risks: the risk a page ended on is assessed; the next page starts after it', async () => {
    const project = await activeProject(await seed.portfolio.create());
    const [, r20] = await seed.risks.raiseAll(project, [
      { title: 'R25', probability: 5, impact: 5 },
      { title: 'R20', probability: 5, impact: 4 },
      { title: 'R12', probability: 4, impact: 3 },
      { title: 'R6', probability: 3, impact: 2 },
      { title: 'R2', probability: 1, impact: 2 },
    ]);
    const page = async (extra: { first?: number; after?: string; last?: number; before?: string }) =>
      read(rootField(await server.exec(PEOPLE.member, ProjectRisksPage, { id: project.gid, ...extra }))?.risks);

    const first = await page({ first: 2 });
    expect(first).toMatchObject({ rows: ['R25', 'R20'], totalCount: 5 });
    await seed.risks.update(r20!, { status: 'ASSESSED' });
    const second = await page({ first: 2, after: first.cursors[1] });
    expect(second).toMatchObject({ rows: ['R12', 'R6'], totalCount: 4 });
    expect(await page({ first: 2, after: second.cursors[1] })).toMatchObject({ rows: ['R2'], totalCount: 4 });
    expect(await page({ last: 2, before: second.cursors[0] })).toMatchObject({ rows: ['R25'], totalCount: 4 });
  });

  it('projects(filter): the same at the root, and a cursor of an unreadable project is no way in', async () => {
    const { portfolio, projects, codes } = await portfolioOfFour();
    const page = async (as: Person, extra: { first?: number; after?: string; last?: number; before?: string }) =>
      read(rootField(await server.exec(PEOPLE[as], ProjectsPage, { portfolioId: portfolio.gid, ...extra })));
    const first = await page('owner', { first: 2 });
    expect(first.rows).toEqual(codes.slice(0, 2));
    await putOnHold(projects[1]!);
    expect((await page('owner', { first: 2, after: first.cursors[1] })).rows).toEqual(codes.slice(2, 4));
    expect((await page('owner', { last: 2, before: first.cursors[1] })).rows).toEqual(codes.slice(0, 1));
    expect((await page('member', { first: 5, after: first.cursors[1] })).rows).toEqual([]);
  });

  it('risks(filter): the same at the root', async () => {
    const project = await activeProject(await seed.portfolio.create());
    const [s20] = await seed.risks.raiseAll(project, [
      { title: 'S20', probability: 5, impact: 4 },
      { title: 'S12', probability: 4, impact: 3 },
      { title: 'S6', probability: 3, impact: 2 },
    ]);
    const page = async (after?: string) => read(rootField(await server.exec(PEOPLE.member, RisksPage, { projectId: project.gid, first: 1, after })));
    const first = await page();
    expect(first).toMatchObject({ rows: ['S20'], totalCount: 3 });
    await seed.risks.update(s20!, { status: 'MITIGATING' });
    expect(await page(first.cursors[0])).toMatchObject({ rows: ['S12'], totalCount: 2 });
  });
});
