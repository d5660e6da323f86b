// Query cost and rate limiting as clients meet them: a dashboard passes, an alias bomb is refused
// before it runs with its cost in the message, every executed response reports its cost, and a
// user who spends faster than the bucket leaks is told when to retry (429 with Retry-After),
// on every instance when the buckets live in Redis.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { CONNECTION_COST, DEFAULT_PAGE_SIZE, LIST_SIZE, MUTATION_COST, operationCost } from '../../server/http/cost.js';
import { buildSchema } from '../../schema/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const schema = buildSchema();
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) => operationCost(schema, parse(query), operationName, variables);

/** The dashboard of the issue: portfolios → projects → manager, members, top three risks. */
const DASHBOARD = `query Dashboard {
  portfolios(first: 10) { edges { node { id name
    projects(first: 20) { edges { node { id code name
      manager { id name }
      members { projectRole user { id name } }
      risks(first: 3) { edges { node { id title score } } }
    } } }
  } } }
}`;
// 2 + 10 × (1 + 2 + 20 × (1 + manager 1 + members 10 × 2 + risks (2 + 3 × 1)))
const DASHBOARD_COST = 2 + 10 * (1 + 2 + 20 * (1 + 1 + LIST_SIZE * 2 + (2 + 3 * 1)));

/** Aliases of a page of 100 projects with their facts documents (100 points each). */
const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `p${i}: projects(first: 100) { edges { node { facts } } }`).join(' ')} }`;
/** The issue's 29 aliases are over the alias limit; 14 are within it, and still cost too much. */
const ALIAS_BOMB = aliasBomb(14);
const ALIAS_BOMB_COST = 14 * (2 + 100 * (1 + 100));

describe('the cost of a request (what it can return)', () => {
  it('multiplies the page sizes along each path, with a cost per object and per connection', () => {
    expect(cost(DASHBOARD)).toBe(DASHBOARD_COST);
    expect(DASHBOARD_COST).toBe(5432);
    expect(cost('{ projects(first: 100) { edges { node { code portfolio { name } } } } }')).toBe(CONNECTION_COST + 100 * 2);
  });

  it('counts a connection without first/last at its default page, and `last` like `first`', () => {
    expect(cost('{ users { edges { node { name } } } }')).toBe(CONNECTION_COST + DEFAULT_PAGE_SIZE);
    expect(cost('{ users(last: 5) { edges { node { name } } } }')).toBe(CONNECTION_COST + 5);
  });

  it('reads page sizes from variables and from their declared defaults', () => {
    const query = 'query Q($n: Int = 7) { projects(first: $n) { edges { node { code } } } }';
    expect(cost(query)).toBe(CONNECTION_COST + 7);
    expect(cost(query, { n: 50 })).toBe(CONNECTION_COST + 50);
  });

  it('counts totalCount and pageInfo as part of the connection, scalars as nothing', () => {
    expect(cost('{ projects(first: 3) { totalCount pageInfo { hasNextPage endCursor } } }')).toBe(CONNECTION_COST + 1);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('charges fields that declare a cost (facts, compliance, the risk matrix)', () => {
    expect(cost('{ projects(first: 10) { edges { node { facts } } } }')).toBe(CONNECTION_COST + 10 * 101);
    expect(cost(aliasBomb(29))).toBe(292_958);
    expect(cost(ALIAS_BOMB)).toBe(ALIAS_BOMB_COST);
  });

  it('counts fragments, named and inline, and every branch of a union', () => {
    const viaFragments = `query { projects(first: 4) { edges { node { ...P } } } } fragment P on Project { code portfolio { ... on Portfolio { name } } }`;
    expect(cost(viaFragments)).toBe(CONNECTION_COST + 4 * 2);
    const union = `mutation { sweepRiskAlerts { __typename ... on Error { message } } }`;
    expect(cost(union)).toBe(MUTATION_COST + 1);
  });

  it('costs nothing for introspection, and picks the named operation of a document', () => {
    expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(0);
    const two = 'query A { users(first: 1) { edges { node { name } } } } query B { users(first: 9) { edges { node { name } } } }';
    expect(cost(two, undefined, 'A')).toBe(CONNECTION_COST + 1);
    expect(cost(two, undefined, 'B')).toBe(CONNECTION_COST + 9);
  });
});

async function post(server: TestServer, query: string, as = 'admin@pmo.local') {
  let response!: Response;
  const statements = await server.countStatements(async () => {
    response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${await server.token(as)}` },
      body: JSON.stringify({ query }),
    });
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any>, statements };
}

describe.each(backends())('cost limits and rate limiting on %s', (backend) => {
  describe('cost limit', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer(backend)));
    afterAll(() => server?.close());

    it('runs the dashboard and reports its cost in extensions', async () => {
      const { status, body } = await post(server, DASHBOARD);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.portfolios.edges.length).toBeGreaterThan(0);
      expect(body.extensions).toEqual({ cost: { requested: DASHBOARD_COST, limit: server.config.limits.maxCost } });
    });

    it('refuses the alias bomb before it runs, naming its cost and the limit (never "Syntax Error")', async () => {
      const { status, body, statements } = await post(server, ALIAS_BOMB);
      expect(status).toBe(400);
      expect(statements).toBe(0);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe(
        `This query costs ${ALIAS_BOMB_COST} points; the limit is ${server.config.limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists (see "Query cost" in the README).`,
      );
      expect(body.errors[0].extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', cost: { requested: ALIAS_BOMB_COST, limit: server.config.limits.maxCost } });

      const issueBomb = await post(server, aliasBomb(29));
      expect(issueBomb.status).toBe(400);
      expect(issueBomb.statements).toBe(0);
      expect(issueBomb.body.errors).toEqual([
        { message: `Aliases limit of ${server.config.limits.maxAliases} exceeded, found 29.`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ]);
    });

    it('decides on the variables of each request, although validation results are cached by document', async () => {
      const authorization = `Bearer ${await server.token('admin@pmo.local')}`;
      const pages = (first: number) =>
        server.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization },
          body: JSON.stringify({ query: `query Pages($n: Int) { ${['a', 'b', 'c', 'd', 'e'].map((a) => `${a}: projects(first: $n) { edges { node { facts } } }`).join(' ')} }`, variables: { n: first } }),
        });
      const codes = [];
      for (const first of [100, 1, 100, 1]) {
        const response = await pages(first);
        const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        codes.push(`${response.status} ${body.errors?.[0]?.extensions.code ?? 'ran'}`);
      }
      expect(codes).toEqual(['400 COST_LIMIT_EXCEEDED', '200 ran', '400 COST_LIMIT_EXCEEDED', '200 ran']);
    });

    it('reports the cost of a mutation and of a query that fails in a resolver', async () => {
      const mutation = await post(server, `mutation { sweepRiskAlerts { __typename } }`);
      expect(mutation.body.extensions.cost).toEqual({ requested: MUTATION_COST + 1, limit: server.config.limits.maxCost });
      const failing = await post(server, '{ project(id: "bm90LWFuLWlk") { code } }');
      expect(failing.body.extensions.cost.requested).toBe(1);
    });
  });

  describe('rate limiting in memory', () => {
    // 30 points at once, 5 come back per second; the query below costs 12.
    const PAGE = '{ projects(first: 10) { edges { node { code } } } }';
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer(backend, { config: { redisUrl: undefined, rateLimit: { capacity: 30, leakPerSecond: 5 } } })));
    afterAll(() => server?.close());

    it('refuses a user over their bucket with RATE_LIMITED, 429 and Retry-After, then lets them in again', async () => {
      const first = await post(server, PAGE, 'member@pmo.local');
      expect(first.body.extensions.cost).toEqual({ requested: 12, limit: server.config.limits.maxCost, remaining: 18 });
      const second = await post(server, PAGE, 'member@pmo.local');
      expect(second.body.errors).toBeUndefined();
      expect(second.body.extensions.cost.remaining).toBeLessThanOrEqual(8);

      const refused = await post(server, PAGE, 'member@pmo.local');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(2);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, cost: { requested: 12 } });
      expect(refused.body.errors[0].message).toMatch(/^Rate limit: this request costs 12 points/);

      const metrics = await server.app.metrics.metrics(); // what /metrics serves
      expect(Number(/^pmo_rate_limit_refusals_total\{limit="rate"\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);

      // Someone else's bucket is their own.
      expect((await post(server, PAGE, 'pm@pmo.local')).body.errors).toBeUndefined();

      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 50));
      expect((await post(server, PAGE, 'member@pmo.local')).body.errors).toBeUndefined();
    });

    it('refuses a request that costs more than a whole bucket and says so', async () => {
      const { status, body } = await post(server, '{ projects(first: 40) { edges { node { code } } } }', 'portfolio@pmo.local');
      expect(status).toBe(429);
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    });
  });

  describe.skipIf(!process.env.REDIS_URL)('rate limiting shared through Redis', () => {
    const PAGE = '{ projects(first: 10) { edges { node { code } } } }';
    let server: TestServer;
    let second: ReturnType<typeof createApp>;
    beforeAll(async () => {
      server = await startTestServer(backend, {
        config: { redisUrl: process.env.REDIS_URL, redisChannelPrefix: `pmo-cost-${process.pid}-${Date.now()}`, rateLimit: { capacity: 30, leakPerSecond: 1 } },
      });
      // A second instance on the same database and Redis: its own limiter, the same buckets.
      second = createApp(server.config, server.runtime);
    });
    afterAll(async () => {
      await second?.close();
      await server?.close();
    });

    it('counts what a user spent on one instance when they call another', async () => {
      expect((await post(server, PAGE, 'member@pmo.local')).body.errors).toBeUndefined();
      expect((await post(server, PAGE, 'member@pmo.local')).body.errors).toBeUndefined();
      const response = await second.fetch(
        new Request('http://pmo.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token('member@pmo.local')}` },
          body: JSON.stringify({ query: PAGE }),
        }),
      );
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
    });
  });
});
