// Portfolio and objective mutations through the real API, as the PMO admin: typed success results
// with the record in `data`, typed errors (validation, conflict, not found) and the audit event
// each change writes. Every failing case also checks that the database is exactly as it was (all
// rows, audit included). Project mutations have their own suite (projects/mutations.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid, missing } from '../support/ids.js';
import {
  asAudited as json, conflictError as stale, CORE_TABLES, expectType, expectUnchanged, issue, notFoundError as notFound, rootField, validationError,
  withNewAuditEvents as newAuditEvents,
} from '../support/results.js';
import { type Handle, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const CreatePortfolio = graphql(`
  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      __typename
      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }
      ...ErrorFields
    }
  }
`);
const UpdatePortfolio = graphql(`
  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      __typename
      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }
      ...ErrorFields
    }
  }
`);
const CreateObjective = graphql(`
  mutation MutCreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      __typename
      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }
      ...ErrorFields
    }
  }
`);
const UpdateObjective = graphql(`
  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      __typename
      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }
      ...ErrorFields
    }
  }
`);

const ADMIN = 'admin@pmo.local';

describe.each(backends())('mutations on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let digital: Handle;
  const user = (person: Person) => ({ id: seed.people.id(person), gid: seed.people.gid(person) });

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Fixture' }));
    ({ digital } = seed.portfolio);
  });
  afterAll(() => server?.close());

  // Fixtures are made through the API; the mutation under test is the next API call. They are
  // returned as the rows they wrote, to compare with the audit snapshots.
  const fixture = {
    portfolio: async () => {
      const { id } = await seed.portfolio.create({ budget: '900000.00' });
      return prisma.portfolio.findUniqueOrThrow({ where: { id } });
    },
    objective: async (portfolio: Handle | null = null) => {
      const { id } = await seed.portfolio.createObjective({ weight: 20, portfolio });
      return prisma.strategicObjective.findUniqueOrThrow({ where: { id } });
    },
  };

  /** Runs `work` and returns its result with the audit events it wrote. */
  const withNewAuditEvents = <T>(work: () => Promise<T>) => newAuditEvents(prisma, work);
  /** Runs `work` and checks that no row of any table changed. */
  const expectNothingChanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, CORE_TABLES, work);

  describe('happy paths: typed success, returned fields, one audit event', () => {
    it('createPortfolio', async () => {
      const { result, events } = await withNewAuditEvents(async () =>
        rootField(
          await server.exec(ADMIN, CreatePortfolio, {
            input: { name: 'Customer Experience', description: 'CX programmes', budget: '2500000.50', ownerId: user('otherOwner').gid },
          }),
        ),
      );
      const { data } = expectType(result, 'MutationCreatePortfolioSuccess');
      expect(data).toEqual({
        id: expect.any(String), name: 'Customer Experience', description: 'CX programmes', budget: '2500000.50', version: 1,
        owner: { email: 'portfolio2@pmo.local' },
      });
      const row = await prisma.portfolio.findUniqueOrThrow({ where: { name: 'Customer Experience' } });
      expect(data.id).toBe(gid('Portfolio', row.id));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'portfolio.created', entityType: 'Portfolio', entityId: row.id, actorId: user('admin').id, projectId: null, before: null,
        after: json(row),
      });
      expect(events[0]!.after).toMatchObject({ name: 'Customer Experience', budget: '2500000.5', ownerId: user('otherOwner').id, version: 1 });
    });

    it('updatePortfolio increments the version and audits before and after', async () => {
      const before = await fixture.portfolio();
      const { result, events } = await withNewAuditEvents(async () =>
        rootField(
          await server.exec(ADMIN, UpdatePortfolio, {
            input: { id: gid('Portfolio', before.id), version: 1, name: `${before.name} (renamed)`, description: 'Refocused', budget: '1000000.00' },
          }),
        ),
      );
      const { data } = expectType(result, 'MutationUpdatePortfolioSuccess');
      expect(data).toEqual({
        id: gid('Portfolio', before.id), name: `${before.name} (renamed)`, description: 'Refocused', budget: '1000000.00', version: 2,
        owner: { email: 'portfolio@pmo.local' },
      });
      const after = await prisma.portfolio.findUniqueOrThrow({ where: { id: before.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'portfolio.updated', entityType: 'Portfolio', entityId: before.id, actorId: user('admin').id, before: json(before), after: json(after),
      });
      expect(events[0]!.before).toMatchObject({ budget: '900000', version: 1 });
      expect(events[0]!.after).toMatchObject({ budget: '1000000', version: 2 });
    });

    it('createObjective', async () => {
      const { result, events } = await withNewAuditEvents(async () =>
        rootField(
          await server.exec(ADMIN, CreateObjective, {
            input: { name: 'Halve time to market', description: 'From idea to release', weight: 30, portfolioId: digital.gid },
          }),
        ),
      );
      const { data } = expectType(result, 'MutationCreateObjectiveSuccess');
      const row = await prisma.strategicObjective.findFirstOrThrow({ where: { name: 'Halve time to market' } });
      expect(data).toEqual({
        id: gid('StrategicObjective', row.id), name: 'Halve time to market', description: 'From idea to release', weight: 30, version: 1,
        portfolio: { name: 'Digital Transformation' },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'objective.created', entityType: 'StrategicObjective', entityId: row.id, actorId: user('admin').id, projectId: null,
        before: null, after: json(row),
      });
    });

    it('createObjective defaults the weight to 10 and makes it organisation-wide without a portfolio', async () => {
      const result = rootField(await server.exec(ADMIN, CreateObjective, { input: { name: 'Carbon neutral by 2030' } }));
      const { data } = expectType(result, 'MutationCreateObjectiveSuccess');
      expect(data).toMatchObject({ name: 'Carbon neutral by 2030', description: '', weight: 10, version: 1, portfolio: null });
    });

    it('updateObjective increments the version and audits before and after', async () => {
      const before = await fixture.objective(digital);
      const { result, events } = await withNewAuditEvents(async () =>
        rootField(
          await server.exec(ADMIN, UpdateObjective, {
            input: { id: gid('StrategicObjective', before.id), version: 1, name: 'Sharper objective', weight: 55, portfolioId: null },
          }),
        ),
      );
      const { data } = expectType(result, 'MutationUpdateObjectiveSuccess');
      expect(data).toEqual({
        id: gid('StrategicObjective', before.id), name: 'Sharper objective', description: '', weight: 55, version: 2, portfolio: null,
      });
      const after = await prisma.strategicObjective.findUniqueOrThrow({ where: { id: before.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'objective.updated', entityType: 'StrategicObjective', entityId: before.id, actorId: user('admin').id,
        before: json(before), after: json(after),
      });
      expect(events[0]!.after).toMatchObject({ portfolioId: null, weight: 55, version: 2 });
    });

  });

  describe('ValidationError with the exact issues, and nothing changed', () => {
    // One portfolio and objective that every case tries (and fails) to change.
    let subject: { portfolio: string; objective: string };
    beforeAll(async () => {
      subject = {
        portfolio: gid('Portfolio', (await fixture.portfolio()).id),
        objective: gid('StrategicObjective', (await fixture.objective(digital)).id),
      };
    });

    const cases: [string, () => Promise<unknown>, ReturnType<typeof validationError>][] = [
      ['createPortfolio: empty name', async () => rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: '', ownerId: user('owner').gid } })),
        validationError(issue('name', 'must not be empty'))],
      ['createPortfolio: blank name', async () => rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: '   ', ownerId: user('owner').gid } })),
        validationError(issue('name', 'must not be empty'))],
      ['createPortfolio: name over 200 characters', async () =>
        rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: 'x'.repeat(201), ownerId: user('owner').gid } })),
        validationError(issue('name', 'must be at most 200 characters'))],
      ['createPortfolio: negative budget', async () =>
        rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: 'Red ink', budget: '-1.00', ownerId: user('owner').gid } })),
        validationError(issue('budget', 'must not be negative'))],
      ['createPortfolio: name already used', async () =>
        rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: 'Digital Transformation', ownerId: user('owner').gid } })),
        validationError(issue('name', 'A portfolio named Digital Transformation already exists'))],
      ['createPortfolio: unknown owner', async () =>
        rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: 'Orphan', ownerId: missing('User') } })),
        validationError(issue('ownerId', 'No active owner has this id'))],
      ['createPortfolio: owner is a TEAM_MEMBER', async () =>
        rootField(await server.exec(ADMIN, CreatePortfolio, { input: { name: 'Orphan', ownerId: user('member').gid } })),
        validationError(issue('ownerId', 'The owner must have one of the roles PORTFOLIO_MANAGER, PMO_ADMIN'))],
      ['updatePortfolio: empty name', async () =>
        rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: subject.portfolio, version: 1, name: '' } })),
        validationError(issue('name', 'must not be empty'))],
      ['updatePortfolio: negative budget', async () =>
        rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: subject.portfolio, version: 1, budget: '-0.01' } })),
        validationError(issue('budget', 'must not be negative'))],
      ['updatePortfolio: name of another portfolio', async () =>
        rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: subject.portfolio, version: 1, name: 'Operational Excellence' } })),
        validationError(issue('name', 'A portfolio named Operational Excellence already exists'))],
      ['updatePortfolio: owner is a TEAM_MEMBER', async () =>
        rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: subject.portfolio, version: 1, ownerId: user('member').gid } })),
        validationError(issue('ownerId', 'The owner must have one of the roles PORTFOLIO_MANAGER, PMO_ADMIN'))],
      ['createObjective: weight 0', async () => rootField(await server.exec(ADMIN, CreateObjective, { input: { name: 'Too light', weight: 0 } })),
        validationError(issue('weight', 'weight must be between 1 and 100'))],
      ['createObjective: weight 101', async () => rootField(await server.exec(ADMIN, CreateObjective, { input: { name: 'Too heavy', weight: 101 } })),
        validationError(issue('weight', 'weight must be between 1 and 100'))],
      ['createObjective: empty name', async () => rootField(await server.exec(ADMIN, CreateObjective, { input: { name: '' } })),
        validationError(issue('name', 'must not be empty'))],
      ['createObjective: unknown portfolio', async () =>
        rootField(await server.exec(ADMIN, CreateObjective, { input: { name: 'Lost', portfolioId: missing('Portfolio') } })),
        validationError(issue('portfolioId', 'No portfolio has this id'))],
      ['updateObjective: weight 101', async () =>
        rootField(await server.exec(ADMIN, UpdateObjective, { input: { id: subject.objective, version: 1, weight: 101 } })),
        validationError(issue('weight', 'weight must be between 1 and 100'))],
      ['updateObjective: null weight', async () =>
        rootField(await server.exec(ADMIN, UpdateObjective, { input: { id: subject.objective, version: 1, weight: null } })),
        validationError(issue('weight', 'weight cannot be null'))],
      ['updateObjective: unknown portfolio', async () =>
        rootField(await server.exec(ADMIN, UpdateObjective, { input: { id: subject.objective, version: 1, portfolioId: missing('Portfolio') } })),
        validationError(issue('portfolioId', 'No portfolio has this id'))],
    ];

    it.each(cases)('%s', async (_name, run, expected) => {
      expect(await expectNothingChanged(run)).toEqual(expected);
    });

    // `description` is NOT NULL: clearing it with null is a typed error, not a database error.
    it.each<[string, () => Promise<unknown>]>([
      ['updatePortfolio', async () => rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: subject.portfolio, version: 1, description: null } }))],
      ['updateObjective', async () => rootField(await server.exec(ADMIN, UpdateObjective, { input: { id: subject.objective, version: 1, description: null } }))],
    ])('%s: a null description is a ValidationError', async (_name, run) => {
      expect(await expectNothingChanged(run)).toEqual(validationError(issue('description', 'description cannot be null')));
    });
  });

  describe('ConflictError for a stale version or a duplicate membership, and nothing changed', () => {
    it('updatePortfolio with the version read before another update', async () => {
      const id = gid('Portfolio', (await fixture.portfolio()).id);
      expectType(rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id, version: 1, budget: '1.00' } })), 'MutationUpdatePortfolioSuccess');
      const result = await expectNothingChanged(async () =>
        rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id, version: 1, budget: '2.00' } })),
      );
      expect(result).toEqual(stale('portfolio', 2));
    });

    it('updateObjective with a version from the future', async () => {
      const id = gid('StrategicObjective', (await fixture.objective()).id);
      const result = await expectNothingChanged(async () =>
        rootField(await server.exec(ADMIN, UpdateObjective, { input: { id, version: 7, weight: 50 } })),
      );
      expect(result).toEqual(stale('objective', 1));
    });

  });

  describe('NotFoundError for a well-formed ID of a record that does not exist, and nothing changed', () => {
    it.each<[string, () => Promise<unknown>, string]>([
      ['updatePortfolio', async () => rootField(await server.exec(ADMIN, UpdatePortfolio, { input: { id: missing('Portfolio'), version: 1, name: 'Ghost' } })), 'Portfolio'],
      ['updateObjective', async () =>
        rootField(await server.exec(ADMIN, UpdateObjective, { input: { id: missing('StrategicObjective'), version: 1, name: 'Ghost' } })), 'StrategicObjective'],
    ])('%s', async (_name, run, entityType) => {
      expect(await expectNothingChanged(run)).toEqual(notFound(entityType));
    });
  });
});
