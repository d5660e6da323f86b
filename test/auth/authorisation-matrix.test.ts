// The authorisation matrix: every actor (each role, the owners and managers of the records under
// test and others, and anonymous) against every query, relation and mutation of portfolios,
// objectives and projects. The tables are in matrix-reads.ts and matrix-mutations.ts beside this
// file; the policy they encode is server/auth/access.ts.
import type { ExecutionResult } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { CORE_TABLES, type CoreSnapshot, snapshot } from '../support/results.js';
import { type Scenario, startScenario } from '../support/scenarios/index.js';
import { ACTORS, ALL_ACTORS, loadSeeded, restore, type Seeded, SIGNED_IN, type SignedIn } from './matrix-actors.js';
import { type MutationContext, SCENARIOS, successTypename } from './matrix-mutations.js';
import { READS } from './matrix-reads.js';

type Outcome = 'allowed' | 'ForbiddenError' | 'UNAUTHENTICATED';

const READ_CASES = READS.flatMap((read) => SIGNED_IN.map((actor) => ({ read, actor, title: `${read.title} as ${actor}` })));
const ANONYMOUS_READ_CASES = READS.map((read) => ({ read, title: `${read.title} as anonymous` }));
const MUTATION_CASES = SCENARIOS.flatMap((scenario) =>
  ALL_ACTORS.map((actor) => {
    const outcome: Outcome =
      actor === 'anonymous' ? 'UNAUTHENTICATED' : scenario.allowed.includes(actor) ? 'allowed' : 'ForbiddenError';
    return { scenario, actor, outcome, title: `${scenario.title} as ${actor} → ${outcome}` };
  }),
);

const codesAndPaths = (result: ExecutionResult<unknown>) =>
  result.errors?.map((error) => ({ code: error.extensions?.code, path: error.path }));

/** Anonymous requests read nothing: every root field is null, and every error says why. */
function expectUnauthenticated(result: ExecutionResult<unknown>) {
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  if (result.data != null) for (const value of Object.values(result.data)) expect(value).toBeNull();
}

const RoleProjectsQuery = graphql(`
  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }
`);

describe.each(backends())('authorisation matrix on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let seeded: Seeded;
  let baseline: CoreSnapshot;
  let ctx: MutationContext;
  const tables = () => snapshot(prisma, CORE_TABLES);

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Authz' }));
    seeded = await loadSeeded(server, seed);
    baseline = await tables();
    ctx = { server, prisma, seed, seeded };
  });
  afterAll(() => server?.close());

  describe('queries', () => {
    for (const { read, actor, title } of READ_CASES) {
      (read.knownBug?.(actor) ? it.fails : it)(title, async () => {
        const result = await read.run(server.exec, ACTORS[actor], seeded);
        const expected = read.expected(actor, seeded);
        expect({ data: read.normalise ? read.normalise(result.data) : result.data, errors: codesAndPaths(result) }).toEqual({
          data: expected.data,
          errors: expected.errors,
        });
      });
    }

    it.each(ANONYMOUS_READ_CASES)('$title → UNAUTHENTICATED', async ({ read }) => {
      expectUnauthenticated(await read.run(server.exec, null, seeded));
    });

    it('reads wrote nothing', async () => {
      expect(await tables()).toEqual(baseline);
    });
  });

  describe('mutations', () => {
    // Every case starts from the seed: remove what the case created. At the end, prove that no
    // case changed a seeded record (a mutation must touch its target only).
    afterEach(() => restore(prisma, baseline));
    afterAll(async () => {
      expect(await tables()).toEqual(baseline);
    });

    it.each(MUTATION_CASES)('$title', async ({ scenario, actor, outcome }) => {
      const target = await scenario.prepare(ctx);
      const before = await tables();
      const result = await scenario.send(ctx, ACTORS[actor], target);
      const payload = (result.data as Record<string, { __typename: string; data?: unknown; message?: string }> | null)?.[
        scenario.mutation
      ];

      if (outcome === 'UNAUTHENTICATED') {
        expectUnauthenticated(result);
        expect(await tables()).toEqual(before);
      } else if (outcome === 'ForbiddenError') {
        expect(result.errors).toBeUndefined();
        expect(payload?.__typename).toBe('ForbiddenError');
        expect(payload?.message).toMatch(/\S/);
        expect(await tables()).toEqual(before);
      } else {
        expect(result.errors).toBeUndefined();
        expect(payload?.__typename, payload?.message).toBe(successTypename(scenario.mutation));
        await scenario.effect(ctx, target, payload?.data, actor as SignedIn);
        // Exactly the audit events named, by the actor, in the same transaction as the change.
        const after = await tables();
        const written = after.auditEvents.filter((event) => !before.auditEvents.some((old) => old.id === event.id));
        // (Several when the mutation changes several records, e.g. an enrollment and its absence.)
        const actions = typeof scenario.audit === 'string' ? [scenario.audit] : scenario.audit;
        expect(written.map((event) => ({ action: event.action, actorId: event.actorId })).sort((a, b) => a.action.localeCompare(b.action))).toEqual(
          actions.map((action) => ({ action, actorId: seeded.users[actor as SignedIn] })).sort((a, b) => a.action.localeCompare(b.action)),
        );
      }
    });
  });

  describe('roles come from the database', () => {
    afterEach(() => restore(prisma, baseline));

    it('a demoted project manager reads as a team member on their next request, with the same token', async () => {
      const email = 'demoted@pmo.local';
      const user = await seed.people.writeDirectly({ name: 'Demoted', email, role: 'PROJECT_MANAGER', costRate: '99.00' });
      const asManager = await server.exec(email, RoleProjectsQuery);
      expect(asManager.errors).toBeUndefined();
      expect(asManager.data?.viewer).toEqual({ role: 'PROJECT_MANAGER', costRate: '99.00' });
      expect(asManager.data?.projects.edges).toHaveLength(9);

      await seed.people.changeRoleDirectly(email, 'TEAM_MEMBER');
      await seed.projects.addMember(await seed.projects.seeded('HR-SELF'), user, 'Tester', 'admin');
      const asMember = await server.exec(email, RoleProjectsQuery);
      expect(asMember.errors).toBeUndefined();
      expect(asMember.data).toEqual({
        viewer: { role: 'TEAM_MEMBER', costRate: null },
        projects: { edges: [{ node: { code: 'HR-SELF', budget: null } }] },
      });
      // (restore() removes the user; its membership goes with it)
    });

    it('a deactivated user is refused on their next request, with the same token', async () => {
      const email = 'leaver@pmo.local';
      await seed.people.writeDirectly({ name: 'Leaver', email, role: 'EXECUTIVE' });
      expect((await server.exec(email, RoleProjectsQuery)).data?.viewer).toEqual({ role: 'EXECUTIVE', costRate: '0.00' });

      await seed.people.deactivateDirectly(email);
      expectUnauthenticated(await server.exec(email, RoleProjectsQuery));
    });
  });
});
