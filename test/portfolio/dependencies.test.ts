// Project dependencies through the real API on both backends: the portfolio owner or the PMO
// records that B needs A, read on both projects; a cycle, a duplicate or a project needing
// itself is a ValidationError that stores nothing; others may not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const Add = graphql(`
  mutation DependencyAdd($input: AddProjectDependencyInput!) {
    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id reason project { code } needsProject { code } addedBy { email } } } ...ErrorFields }
  }
`);
const Remove = graphql(`
  mutation DependencyRemove($input: RemoveProjectDependencyInput!) {
    removeProjectDependency(input: $input) { __typename ... on MutationRemoveProjectDependencySuccess { data { removedProjectDependencyId project { code needs { id } } } } ...ErrorFields }
  }
`);
const Links = graphql(`
  query DependencyLinks($id: ID!) { node(id: $id) { ... on Project { needs { needsProject { code } } neededBy { project { code } } } } }
`);

describe.each(backends())('project dependencies on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let a: ProjectHandle;
  let b: ProjectHandle;
  let c: ProjectHandle;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Dependencies' }));
    const portfolio = await seed.portfolio.create();
    [a, b, c] = [await seed.projects.team(portfolio, []), await seed.projects.team(portfolio, []), await seed.projects.team(portfolio, [])];
  });
  afterAll(() => server?.close());

  const add = (project: ProjectHandle, needs: ProjectHandle, as: Person = 'owner', reason?: string) =>
    server.exec(PEOPLE[as], Add, { input: { projectId: project.gid, needsProjectId: needs.gid, ...(reason !== undefined && { reason }) } }).then(rootField);
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents'], async () => {
    const before = await prisma.projectDependency.count();
    const result = await work();
    expect(await prisma.projectDependency.count()).toBe(before);
    return result;
  });

  it('records that B needs A, read on both, and refuses cycles, duplicates and itself', async () => {
    const ab = expectType(await add(b, a, 'owner', 'B runs on A’s platform'), 'MutationAddProjectDependencySuccess').data;
    expect(ab).toMatchObject({ reason: 'B runs on A’s platform', project: { code: b.code }, needsProject: { code: a.code }, addedBy: { email: PEOPLE.owner } });
    expectType(await add(c, b, 'admin'), 'MutationAddProjectDependencySuccess');
    const onB = (dataOf(await server.exec(PEOPLE.owner, Links, { id: b.gid })).node as { needs: unknown[]; neededBy: unknown[] });
    expect(onB).toEqual({ needs: [{ needsProject: { code: a.code } }], neededBy: [{ project: { code: c.code } }] });
    expect(await unchanged(() => add(a, c))).toEqual(validationError(issue('needsProjectId', `The dependency would make a cycle (each needs the next): ${a.code} → ${c.code} → ${b.code} → ${a.code}`)));
    expect(await unchanged(() => add(b, a))).toEqual(validationError(issue('needsProjectId', `${b.code} already needs ${a.code}`)));
    expect(await unchanged(() => add(a, a))).toEqual(validationError(issue('needsProjectId', 'A project cannot need itself')));
    for (const who of ['manager', 'otherOwner', 'member'] as const) expect(await unchanged(() => add(a, b, who))).toMatchObject({ __typename: 'ForbiddenError' });

    expect(await unchanged(() => server.exec(PEOPLE.manager, Remove, { input: { id: ab.id } }).then(rootField))).toMatchObject({ __typename: 'ForbiddenError' });
    const removed = expectType(await server.exec(PEOPLE.owner, Remove, { input: { id: ab.id } }).then(rootField), 'MutationRemoveProjectDependencySuccess').data;
    expect(removed).toEqual({ removedProjectDependencyId: ab.id, project: { code: b.code, needs: [] } });
    expect(await prisma.auditEvent.count({ where: { entityType: 'ProjectDependency' } })).toBe(3);
    // With B → A gone, A may need C.
    expectType(await add(a, c), 'MutationAddProjectDependencySuccess');
  });
});
