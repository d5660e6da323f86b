// Request protections: graphql-armor limits, the body size limit, CSRF prevention, field
// suggestions, introspection and GraphiQL by environment, and masking of unexpected errors.
// Documents here are raw strings on purpose: most are generated to a size or deliberately invalid
// (codegen would reject them), and the assertions are about HTTP responses, not typed data.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { createClient } from 'graphql-ws';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type App } from '../../server/app.js';
import { testConfig } from '../../server/config.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { startRuntime, type Runtime } from '../../server/runtime.js';
import { graphql } from '../gql/index.js';
import { backends, scratchDatabase, type ScratchDatabase } from '../support/databases.js';
import { startTestServer, type TestServer, withoutCost } from '../support/harness.js';

const ProtectionProjectsPage = graphql(`
  query ProtectionProjectsPage($first: Int, $last: Int) {
    projects(first: $first, last: $last) { edges { node { code } } }
  }
`);

const COSTLY_QUERY = '{ portfolios(first: 100) { edges { node { projects(first: 100) { edges { node { code facts } } } } } } }';

/** What armor's limits answer: an ordinary validation failure, so nothing runs. */
const limitError = (message: string) => ({
  errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
});

interface Outcome {
  status: number;
  body: unknown;
  /** SQL statements sent while the request ran: 0 means nothing was executed, not even sign-in. */
  statements: number;
}

/** POSTs a GraphQL request in-process, as `as` (default: a team member), and counts statements. */
async function post(
  server: TestServer,
  query: string,
  options: { as?: string | null; variables?: Record<string, unknown> } = {},
): Promise<Outcome> {
  const as = options.as === undefined ? 'member@pmo.local' : options.as;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (as) headers.authorization = `Bearer ${await server.token(as)}`;
  let response!: Response;
  const statements = await server.countStatements(async () => {
    response = await server.fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) });
  });
  const text = await response.text();
  return { status: response.status, body: text ? withoutCost(JSON.parse(text)) : null, statements };
}

/**
 * A query exactly `depth` fields deep that stays cheap (one-row pages, so its cost grows with
 * its depth, not exponentially): viewer → memberships → project → manager → managedProjects(first: 1)
 * → edges → node → manager → …
 */
function nestedQuery(depth: number): string {
  const cycle = ['manager', 'managedProjects(first: 1)', 'edges', 'node'];
  const fields = ['viewer', 'memberships', 'project'];
  while (fields.length < depth - 1) fields.push(cycle[(fields.length - 3) % cycle.length]!);
  const leaves: Record<string, string> = { memberships: 'projectRole', project: 'code', node: 'code', manager: 'name', edges: 'cursor' };
  const leaf = leaves[fields.at(-1)!] ?? 'totalCount';
  return `{ ${fields.map((field) => `${field} {`).join(' ')} ${leaf} ${'}'.repeat(fields.length)} }`;
}

/** `count` aliased fields (armor does not count aliases of __typename, so these alias `viewer`). */
function aliasedQuery(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`;
}

/**
 * `count` @include directives, one per inline fragment: each sits at its own location, so the
 * document breaks no other rule (a directive repeated on one field is also a validation error).
 */
function directivesQuery(count: number): string {
  return `{ viewer { ${'... @include(if: true) { name } '.repeat(count)}} }`;
}

/**
 * A document of exactly `count` lexical tokens: 19 of structure around a list of ACTIVE enum
 * values. (Not a repeated field: graphql-js's overlapping-fields budget aborts those first.)
 */
function tokensQuery(count: number): string {
  return `{ projects(filter: { status: [${'ACTIVE '.repeat(count - 19)}] }) { edges { cursor } } }`;
}

describe.each(backends())('protection on %s', (backend) => {
  describe('query limits and request size', () => {
    let server: TestServer;
    let url: string;
    beforeAll(async () => {
      server = await startTestServer(backend);
      ({ url } = await server.app.listen(0, '127.0.0.1'));
    });
    afterAll(() => server?.close());

    it('runs a query at the depth limit and rejects one a level deeper without executing it', async () => {
      const { maxDepth } = server.config.limits;
      const atLimit = await post(server, nestedQuery(maxDepth));
      expect(atLimit.body).not.toHaveProperty('errors');
      expect((atLimit.body as { data: { viewer: { memberships: unknown[] } } }).data.viewer.memberships).toHaveLength(3);

      const tooDeep = await post(server, nestedQuery(maxDepth + 1));
      expect(tooDeep.body).toEqual(limitError(`Query depth limit of ${maxDepth} exceeded, found ${maxDepth + 1}.`));
      expect(tooDeep.statements).toBe(0);
    });

    it('runs a query at the alias limit and rejects one more alias without executing it', async () => {
      const { maxAliases } = server.config.limits;
      const atLimit = await post(server, aliasedQuery(maxAliases));
      expect(atLimit.body).not.toHaveProperty('errors');
      expect(Object.keys((atLimit.body as { data: object }).data)).toHaveLength(maxAliases);

      const tooMany = await post(server, aliasedQuery(maxAliases + 1));
      expect(tooMany.body).toEqual(limitError(`Aliases limit of ${maxAliases} exceeded, found ${maxAliases + 1}.`));
      expect(tooMany.statements).toBe(0);
    });

    it('runs a document at the token limit', async () => {
      const atLimit = await post(server, tokensQuery(server.config.limits.maxTokens));
      const shortList = await post(server, '{ projects(filter: { status: [ACTIVE] }) { edges { cursor } } }');
      expect(atLimit.body).not.toHaveProperty('errors');
      expect(atLimit.body).toEqual(shortList.body);
      expect((shortList.body as { data: { projects: { edges: unknown[] } } }).data.projects.edges.length).toBeGreaterThan(0);
    });

    // Tokens are counted while parsing: an over-limit document is a parse failure (400).
    it('rejects a document one token over the limit with 400 without executing it', async () => {
      const { maxTokens } = server.config.limits;
      const tooMany = await post(server, tokensQuery(maxTokens + 1));
      expect(tooMany.body).toEqual({
        errors: [{ message: `Syntax Error: Token limit of ${maxTokens} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
      });
      expect(tooMany.status).toBe(400);
      expect(tooMany.statements).toBe(0);
    });

    it('rejects a query whose cost is over the limit without executing it, naming its cost', async () => {
      const { maxCost } = server.config.limits;
      // Shallow (depth 7), no aliases, few tokens: 100 portfolios × 100 projects × their facts
      // documents (100 each): 2 + 100 × (1 + 2 + 100 × (1 + 100)) = 1,010,302 points.
      const costly = await post(server, COSTLY_QUERY);
      expect(costly.status).toBe(400);
      expect(costly.body).toEqual({
        errors: [
          {
            message: `This query costs 1010302 points; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists (see "Query cost" in the README).`,
            extensions: { code: 'COST_LIMIT_EXCEEDED', cost: { requested: 1010302, limit: maxCost } },
          },
        ],
      });
      expect(costly.statements).toBe(0);

      const affordable = await post(server, '{ portfolios(first: 5) { edges { node { projects(first: 5) { edges { node { code } } } } } } }', {
        as: 'admin@pmo.local',
      });
      expect(affordable.body).not.toHaveProperty('errors');
      expect((affordable.body as { data: { portfolios: { edges: unknown[] } } }).data.portfolios.edges).toHaveLength(2);
    });

    it('runs a query at the directive limit and rejects one more directive without executing it', async () => {
      const { maxDirectives } = server.config.limits;
      const atLimit = await post(server, directivesQuery(maxDirectives));
      expect(atLimit.body).toEqual({ data: { viewer: { name: 'Sam Whitfield' } } });

      const tooMany = await post(server, directivesQuery(maxDirectives + 1));
      expect(tooMany.body).toEqual(limitError(`Directives limit of ${maxDirectives} exceeded, found ${maxDirectives + 1}.`));
      expect(tooMany.statements).toBe(0);
    });

    // GraphQL over HTTP: a request that fails validation SHOULD get 400 under
    // application/graphql-response+json, as yoga's own validation errors do.
    it('answers every over-limit query with 400 like any other validation failure', async () => {
      const { maxDepth, maxAliases, maxDirectives } = server.config.limits;
      const overLimit = [
        nestedQuery(maxDepth + 1),
        aliasedQuery(maxAliases + 1),
        directivesQuery(maxDirectives + 1),
        COSTLY_QUERY,
      ];
      const statuses = [];
      for (const query of overLimit) statuses.push((await post(server, query)).status);
      expect(statuses).toEqual([400, 400, 400, 400]);
    });

    it('accepts a page of 100 and refuses 101 (first or last) with a typed input error', async () => {
      const page = (variables: { first?: number; last?: number }) => server.exec('member@pmo.local', ProtectionProjectsPage, variables);
      const codes = ['CRM-2026', 'MOB-APP', 'WMS-RFID'];
      for (const size of [{ first: 100 }, { last: 100 }]) {
        const result = await page(size);
        expect(result.errors).toBeUndefined();
        expect(result.data!.projects.edges.map((edge) => edge.node.code).sort()).toEqual(codes);
      }
      for (const [argument, size] of [['first', { first: 101 }], ['last', { last: 101 }]] as const) {
        expect(await page(size)).toEqual({
          data: null,
          errors: [
            {
              message: `Invalid input: ${argument} must be at most 100`,
              locations: [{ line: 2, column: 3 }],
              path: ['projects'],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
      }
    });

    it('accepts a body of exactly the size limit', async () => {
      const limit = server.config.limits.bodyLimitBytes;
      const head = '{"query":"{ __typename }"';
      const body = head + ' '.repeat(limit - head.length - 1) + '}';
      expect(Buffer.byteLength(body)).toBe(limit);
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(200);
      expect(withoutCost(await response.json())).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a body one byte over the limit with 413, before reading it', async () => {
      const limit = server.config.limits.bodyLimitBytes;
      // Only the headers are sent: the server must answer from Content-Length alone.
      const response = await sendHeadersOnly(url, { 'content-type': 'application/json', 'content-length': String(limit + 1) });
      expect(response).toEqual({ status: 413, body: { errors: [{ message: `Request body too large (limit ${limit} bytes)` }] } });
    });

    it('lets a signed importSchedule alone be larger than the limit, and nothing else', async () => {
      const limit = server.config.limits.bodyLimitBytes;
      const big = '<Project>' + ' '.repeat(limit) + '</Project>';
      const send = async (query: string, variables: object, signed: boolean) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (signed) headers.authorization = `Bearer ${await server.token('pm@pmo.local')}`;
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
        return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
      };
      const IMPORT = 'mutation ($input: ImportScheduleInput!) { importSchedule(input: $input) { __typename ... on Error { message } } }';
      const input = { projectId: 'UHJvamVjdDowMDAwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA=', format: 'MSPDI', document: big };
      // Executed: the resolver answers (no such project), not the body limit.
      const imported = await send(IMPORT, { input }, true);
      expect(imported.status).toBe(200);
      expect(imported.body.data).toEqual({ importSchedule: { __typename: 'ValidationError', message: expect.any(String) } });
      // Anything else as large, signed or not, is refused before it runs.
      const other = await send('query ($padding: String) { __typename }', { padding: big }, true);
      expect(other.status).toBe(413);
      expect(other.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      const both = await send(`mutation ($input: ImportScheduleInput!) { importSchedule(input: $input) { __typename } createTask(input: { projectId: "x", key: "1", name: "x" }) { __typename } }`, { input }, true);
      expect(both.status).toBe(413);
      const anonymous = await send(IMPORT, { input }, false);
      expect(anonymous).toEqual({ status: 413, body: { errors: [{ message: `Request body too large (limit ${limit} bytes)` }] } });
    });

    it('refuses a chunked body of unknown size with 411', async () => {
      const response = await sendHeadersOnly(url, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      expect(response).toEqual({ status: 411, body: { errors: [{ message: 'A Content-Length header is required' }] } });
    });
  });

  describe('CSRF prevention', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server?.close());

    const refused = { status: 403, body: { errors: [{ message: 'Required CSRF header(s) not present' }] }, statements: 0 };
    /** POSTs a form-like body as a cross-site page could, and counts the statements it runs. */
    const postForm = async (init: RequestInit) => {
      let response!: Response;
      const statements = await server.countStatements(async () => {
        response = await server.fetch('/graphql', { method: 'POST', ...init });
      });
      return { status: response.status, body: withoutCost(await response.json()), statements };
    };
    const urlencoded = `query=${encodeURIComponent('{ __typename }')}`;
    const multipart = () => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: '{ __typename }' }));
      form.set('map', '{}');
      return form;
    };

    const get = async (headers: Record<string, string>, query = '{ __typename }') => {
      let response!: Response;
      const statements = await server.countStatements(async () => {
        response = await server.fetch(`/graphql?query=${encodeURIComponent(query)}`, { headers });
      });
      return { status: response.status, body: withoutCost(await response.json()), statements };
    };

    it('refuses a GET without a header a browser could not send cross-site', async () => {
      expect(await get({ accept: 'application/json' })).toEqual(refused);
    });

    it('runs a GET that carries the CSRF header or an Authorization header', async () => {
      expect((await get({ 'x-graphql-yoga-csrf': '1' })).body).toEqual({ data: { __typename: 'Query' } });
      const token = await server.token('member@pmo.local');
      expect((await get({ authorization: `Bearer ${token}` }, '{ viewer { name } }')).body).toEqual({
        data: { viewer: { name: 'Sam Whitfield' } },
      });
    });

    // The "simple" requests a cross-site page can send without a preflight (text/plain, an HTML
    // form, a multipart form) carry neither the CSRF header nor Authorization: refused unrun.
    it('refuses a text/plain POST (a "simple" cross-site request) with 403 without executing it', async () => {
      expect(await postForm({ headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' })).toEqual(refused);
    });

    it('refuses an HTML form POST (application/x-www-form-urlencoded) with 403 without executing it', async () => {
      expect(await postForm({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: urlencoded })).toEqual(refused);
    });

    it('refuses a multipart/form-data POST without the CSRF header with 403 without executing it', async () => {
      expect(await postForm({ body: multipart() })).toEqual(refused);
    });

    it('runs the same form POSTs when they carry the CSRF header (a browser sends it only same-origin)', async () => {
      const csrf = { 'x-graphql-yoga-csrf': '1' };
      const ran = { data: { __typename: 'Query' } };
      expect((await postForm({ headers: { ...csrf, 'content-type': 'application/x-www-form-urlencoded' }, body: urlencoded })).body).toEqual(ran);
      expect((await postForm({ headers: csrf, body: multipart() })).body).toEqual(ran);
    });
  });

  describe('development and production configuration', () => {
    let development: TestServer;
    let production: TestServer;
    let productionOptedIn: TestServer;
    beforeAll(async () => {
      development = await startTestServer(backend);
      production = await startTestServer(backend, { seed: false, config: { env: 'production', introspection: false, graphiql: false } });
      productionOptedIn = await startTestServer(backend, { seed: false, config: { env: 'production', introspection: true, graphiql: true } });
    });
    afterAll(async () => {
      await development?.close();
      await production?.close();
      await productionOptedIn?.close();
    });

    const typo = '{ viewer { nam } }';
    const introspection = '{ __schema { queryType { name } } }';
    const graphiqlPage = (server: TestServer) => server.fetch('/graphql', { headers: { accept: 'text/html' } });

    it('suggests field names in development', async () => {
      const result = await post(development, typo, { as: null });
      expect(result.body).toMatchObject({ errors: [{ message: 'Cannot query field "nam" on type "User". Did you mean "name"?' }] });
    });

    it('hides field and argument suggestions in production', async () => {
      expect((await post(production, typo, { as: null })).body).toMatchObject({
        errors: [{ message: 'Cannot query field "nam" on type "User". [Suggestion hidden]' }],
      });
      expect((await post(production, '{ projects(frist: 1) { edges { cursor } } }', { as: null })).body).toMatchObject({
        errors: [{ message: 'Unknown argument "frist" on field "Query.projects". [Suggestion hidden]' }],
      });
    });

    // graphql-js words these `Did you mean the enum value "ACTIVE"?` (development keeps it), a
    // wording armor's own mask does not match: production strips it from the whole message.
    it('hides enum value suggestions in production, in the document and in variables', async () => {
      expect(await post(production, '{ projects(filter: { status: [ACTIV] }) { edges { cursor } } }', { as: null })).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'Value "ACTIV" does not exist in "ProjectStatus" enum.',
              locations: [{ line: 1, column: 31 }],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        },
        statements: 0,
      });
      const inVariable = await post(production, 'query ($s: [ProjectStatus!]) { projects(filter: { status: $s }) { edges { cursor } } }', {
        as: null,
        variables: { s: ['ACTIV'] },
      });
      expect(inVariable.body).toEqual({
        errors: [
          {
            message: 'Variable "$s" got invalid value "ACTIV" at "s[0]"; Value "ACTIV" does not exist in "ProjectStatus" enum.',
            locations: [{ line: 1, column: 8 }],
          },
        ],
      });
    });

    // Variable coercion errors come from execution, not validation, so armor's mask never sees
    // them (development answers `… Did you mean "name"?`).
    it('hides input field suggestions in variable errors in production', async () => {
      const result = await post(production, 'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { __typename } }', {
        as: null,
        variables: { input: { nam: 'Typo', ownerId: 'x' } },
      });
      const invalid = 'Variable "$input" got invalid value { nam: "Typo", ownerId: "x" }; ';
      expect(result).toEqual({
        status: 400,
        body: {
          errors: [
            { message: `${invalid}Field "name" of required type "String!" was not provided.`, locations: [{ line: 1, column: 11 }] },
            { message: `${invalid}Field "nam" is not defined by type "CreatePortfolioInput".`, locations: [{ line: 1, column: 11 }] },
          ],
        },
        statements: 0,
      });
    });

    // graphql-ws operations do not pass yoga's result hook: app.ts strips suggestions from their
    // validation errors and results (onNext) too.
    it('hides suggestions over WebSocket (graphql-ws) in production too', async () => {
      const messages = await wsErrorMessages(production, [
        { query: '{ projects(filter: { status: [ACTIV] }) { edges { cursor } } }' },
        { query: 'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { __typename } }', variables: { input: { nam: 'T', ownerId: 'x' } } },
      ]);
      expect(messages).toEqual([
        'Value "ACTIV" does not exist in "ProjectStatus" enum.',
        'Variable "$input" got invalid value { nam: "T", ownerId: "x" }; Field "name" of required type "String!" was not provided.',
        'Variable "$input" got invalid value { nam: "T", ownerId: "x" }; Field "nam" is not defined by type "CreatePortfolioInput".',
      ]);
    });

    it('answers introspection in development', async () => {
      expect((await post(development, introspection, { as: null })).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    it('refuses introspection in production', async () => {
      const result = await post(production, '{ __type(name: "Project") { name } }', { as: null });
      expect(result.status).toBe(400);
      expect(result.body).toEqual({
        errors: [
          {
            message: 'GraphQL introspection has been disabled, but the requested query contained the field "__type".',
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      expect(result.statements).toBe(0);
      expect((await post(production, introspection, { as: null })).body).not.toHaveProperty('data');
    });

    it('answers introspection in production when configured to', async () => {
      expect((await post(productionOptedIn, introspection, { as: null })).body).toEqual({
        data: { __schema: { queryType: { name: 'Query' } } },
      });
    });

    it('serves GraphiQL in development', async () => {
      const response = await graphiqlPage(development);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toContain('<title>PMO Engine</title>');
    });

    it('does not serve GraphiQL in production', async () => {
      const response = await graphiqlPage(production);
      expect(response.status).toBe(406);
      expect(await response.text()).toBe('');
    });

    it('serves GraphiQL in production when configured to', async () => {
      const response = await graphiqlPage(productionOptedIn);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>PMO Engine</title>');
    });
  });

  describe('a lost database', () => {
    // Its own start-up (not the harness) so that the test can read what the server logs.
    let scratch: ScratchDatabase;
    let runtime: Runtime;
    let app: App;
    let token: string;
    const logLines: Array<Record<string, unknown>> = [];
    const maskedLines = () => logLines.filter((line) => line.msg === 'database unavailable (answered SERVICE_UNAVAILABLE)');
    const askViewer = (requestId: string) =>
      app.fetch(
        new Request('http://pmo.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
          body: JSON.stringify({ query: '{ viewer { name } }' }),
        }),
      );
    beforeAll(async () => {
      scratch = await scratchDatabase(backend);
      const config = testConfig({ databaseUrl: scratch.target.kind === 'postgres' ? scratch.target.url : undefined, logLevel: 'error' });
      const log = pino({ level: 'error' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
      runtime = await startRuntime(config, log);
      await seedDemoData(runtime.db.prisma);
      app = createApp(config, runtime);
      token = await runtime.tokens.sign('admin@pmo.local');
      const before = JSON.stringify(withoutCost(await (await askViewer('before-loss')).json()));
      if (before !== '{"data":{"viewer":{"name":"Amara Okafor"}}}') throw new Error(`the app did not work before the loss: ${before}`);
      await loseDatabase(scratch, runtime);
    });
    afterAll(async () => {
      await app?.close();
      await runtime?.db.close();
      await scratch?.drop();
    });

    it('answers SERVICE_UNAVAILABLE (503) with no internals when the database is gone, and logs the cause', async () => {
      const logged = maskedLines().length;
      const response = await askViewer('masked-error-1');
      expect(response.status).toBe(503);
      // Exact body: no message, stack, SQL or driver detail besides the typed error.
      expect(await response.text()).toBe(
        '{"errors":[{"message":"The service is temporarily unavailable (database unreachable): retry later","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}',
      );
      expect(maskedLines()).toHaveLength(logged + 1);
      expect(maskedLines().at(-1)).toMatchObject({ level: 50, err: { message: expect.any(String), stack: expect.stringContaining('    at ') } });
    });

    // maskError names the request itself (requestScope), whatever logger was injected.
    it('logs the cause with the request id', async () => {
      await askViewer('masked-error-2');
      expect(maskedLines()).toContainEqual(expect.objectContaining({ requestId: 'masked-error-2' }));
    });
  });
});

/** The database goes away under the running app: PGlite is closed, a PostgreSQL database dropped. */
async function loseDatabase(scratch: ScratchDatabase, runtime: Runtime): Promise<void> {
  if (scratch.target.kind === 'postgres') await scratch.drop();
  else await runtime.db.close();
}

/** Sends only a request's headers (no body) and returns the status and JSON body of the answer. */
function sendHeadersOnly(baseUrl: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/graphql`, { method: 'POST', headers, agent: false, timeout: 10_000 });
    req.on('response', (res: IncomingMessage) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
      });
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.flushHeaders();
  });
}

/** The error messages graphql-ws answers for each operation, in order, over a real WebSocket. */
async function wsErrorMessages(
  server: TestServer,
  operations: Array<{ query: string; variables?: Record<string, unknown> }>,
): Promise<string[]> {
  const { url } = await server.app.listen(0, '127.0.0.1');
  // connection_init needs a valid token, of a user who exists (some servers here have no seed).
  const email = 'socket-tester@pmo.local';
  const prisma = server.runtime.db.prisma;
  if (!(await prisma.user.findUnique({ where: { email } }))) await prisma.user.create({ data: { email, name: 'Socket Tester', role: 'TEAM_MEMBER' } });
  const authorization = `Bearer ${await server.token(email)}`;
  const client = createClient({ url: `${url.replace('http://', 'ws://')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization } });
  try {
    const messages: string[] = [];
    for (const operation of operations) {
      const answered = await new Promise<string[]>((resolve, reject) => {
        const seen: string[] = [];
        client.subscribe(operation, {
          next: (result) => seen.push(...(result.errors ?? []).map((error) => error.message)),
          // Validation errors arrive as an `error` message: an array of GraphQL errors.
          error: (error) => (Array.isArray(error) ? resolve(error.map((item: { message: string }) => item.message)) : reject(error)),
          complete: () => resolve(seen),
        });
      });
      messages.push(...answered);
    }
    return messages;
  } finally {
    await client.dispose();
  }
}
