// Request protections: graphql-armor limits, the body size limit, CSRF prevention, field
// suggestions, introspection and GraphiQL by environment, and masking of unexpected errors.
// Documents here are raw strings on purpose: most are generated to a size or deliberately invalid
// (codegen would reject them), and the assertions are about HTTP responses, not typed data.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { seedDemoData } from '../server/db/seed.js';
import { startRuntime, type Runtime } from '../server/runtime.js';
import { backends, scratchDatabase, type ScratchDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/harness.js';

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
  return { status: response.status, body: text ? JSON.parse(text) : null, statements };
}

/** A query exactly `depth` fields deep: viewer → memberships → project → members → project … */
function nestedQuery(depth: number): string {
  const fields = ['viewer', 'memberships'];
  while (fields.length < depth - 1) fields.push(fields.length % 2 === 0 ? 'project' : 'members');
  const last = fields.at(-1);
  const leaf = last === 'project' ? 'code' : 'projectRole';
  return `{ ${fields.map((field) => `${field} {`).join(' ')} ${leaf} ${'}'.repeat(fields.length)} }`;
}

/** `count` aliased fields (armor does not count aliases of __typename, so these alias `viewer`). */
function aliasedQuery(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`;
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
      expect(tooDeep.body).toEqual({ errors: [{ message: `Syntax Error: Query depth limit of ${maxDepth} exceeded, found ${maxDepth + 1}.` }] });
      expect(tooDeep.statements).toBe(0);
    });

    it('runs a query at the alias limit and rejects one more alias without executing it', async () => {
      const { maxAliases } = server.config.limits;
      const atLimit = await post(server, aliasedQuery(maxAliases));
      expect(atLimit.body).not.toHaveProperty('errors');
      expect(Object.keys((atLimit.body as { data: object }).data)).toHaveLength(maxAliases);

      const tooMany = await post(server, aliasedQuery(maxAliases + 1));
      expect(tooMany.body).toEqual({ errors: [{ message: `Syntax Error: Aliases limit of ${maxAliases} exceeded, found ${maxAliases + 1}.` }] });
      expect(tooMany.statements).toBe(0);
    });

    it('runs a document at the token limit and rejects one token more without executing it', async () => {
      const { maxTokens } = server.config.limits;
      const atLimit = await post(server, tokensQuery(maxTokens));
      const shortList = await post(server, '{ projects(filter: { status: [ACTIVE] }) { edges { cursor } } }');
      expect(atLimit.body).not.toHaveProperty('errors');
      expect(atLimit.body).toEqual(shortList.body);
      expect((shortList.body as { data: { projects: { edges: unknown[] } } }).data.projects.edges.length).toBeGreaterThan(0);

      const tooMany = await post(server, tokensQuery(maxTokens + 1));
      expect(tooMany.body).toEqual({
        errors: [{ message: `Syntax Error: Token limit of ${maxTokens} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
      });
      expect(tooMany.statements).toBe(0);
    });

    it('rejects a query whose estimated cost is over the limit without executing it', async () => {
      const { maxCost } = server.config.limits;
      // Shallow (depth 7), no aliases, few tokens: only `first: 100` × `first: 100` makes it costly.
      const costly = await post(server, '{ portfolios(first: 100) { edges { node { projects(first: 100) { edges { node { code } } } } } } }');
      expect(costly.body).toEqual({ errors: [{ message: `Syntax Error: Query Cost limit of ${maxCost} exceeded, found 435481.25.` }] });
      expect(costly.statements).toBe(0);

      const affordable = await post(server, '{ portfolios(first: 5) { edges { node { projects(first: 5) { edges { node { code } } } } } } }', {
        as: 'admin@pmo.local',
      });
      expect(affordable.body).not.toHaveProperty('errors');
      expect((affordable.body as { data: { portfolios: { edges: unknown[] } } }).data.portfolios.edges).toHaveLength(2);
    });

    it('rejects a query with more directives than the limit without executing it', async () => {
      const { maxDirectives } = server.config.limits;
      const tooMany = await post(server, `{ viewer { name ${'@include(if: true) '.repeat(maxDirectives + 1)}} }`);
      expect(tooMany.body).toEqual({
        errors: [{ message: `Syntax Error: Directives limit of ${maxDirectives} exceeded, found ${maxDirectives + 1}.` }],
      });
      expect(tooMany.statements).toBe(0);
    });

    // BUG: armor's limit errors are thrown from inside validation rules, so yoga answers 200 even
    // to `accept: application/graphql-response+json`, where GraphQL over HTTP says a request that
    // fails validation SHOULD get 400 (as yoga's own validation errors do here).
    it.fails('answers a rejected over-limit query with 400 like any other validation failure', async () => {
      const tooDeep = await post(server, nestedQuery(server.config.limits.maxDepth + 1));
      expect(tooDeep.status).toBe(400);
    });

    it('accepts a body of exactly the size limit', async () => {
      const limit = server.config.limits.bodyLimitBytes;
      const head = '{"query":"{ __typename }"';
      const body = head + ' '.repeat(limit - head.length - 1) + '}';
      expect(Buffer.byteLength(body)).toBe(limit);
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a body one byte over the limit with 413, before reading it', async () => {
      const limit = server.config.limits.bodyLimitBytes;
      // Only the headers are sent: the server must answer from Content-Length alone.
      const response = await sendHeadersOnly(url, { 'content-type': 'application/json', 'content-length': String(limit + 1) });
      expect(response).toEqual({ status: 413, body: { errors: [{ message: `Request body too large (limit ${limit} bytes)` }] } });
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

    const get = async (headers: Record<string, string>, query = '{ __typename }') => {
      let response!: Response;
      const statements = await server.countStatements(async () => {
        response = await server.fetch(`/graphql?query=${encodeURIComponent(query)}`, { headers });
      });
      return { status: response.status, body: await response.json(), statements };
    };

    it('refuses a GET without a header a browser could not send cross-site', async () => {
      expect(await get({ accept: 'application/json' })).toEqual({
        status: 403,
        body: { errors: [{ message: 'Required CSRF header(s) not present' }] },
        statements: 0,
      });
    });

    it('runs a GET that carries the CSRF header or an Authorization header', async () => {
      expect((await get({ 'x-graphql-yoga-csrf': '1' })).body).toEqual({ data: { __typename: 'Query' } });
      const token = await server.token('member@pmo.local');
      expect((await get({ authorization: `Bearer ${token}` }, '{ viewer { name } }')).body).toEqual({
        data: { viewer: { name: 'Sam Whitfield' } },
      });
    });

    it('refuses a text/plain POST (a "simple" cross-site request) without executing it', async () => {
      let response!: Response;
      const statements = await server.countStatements(async () => {
        response = await server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
      });
      // Today yoga refuses it as an unsupported media type (415) — the CSRF check lets it through,
      // see the form POST below; with that fixed it is 403. Either way it never runs.
      expect([403, 415]).toContain(response.status);
      expect(await response.text()).not.toContain('__typename');
      expect(statements).toBe(0);
    });

    // BUG: app.ts lists 'content-type' among useCSRFPrevention's requestHeaders, and every form
    // POST carries a Content-Type, so the plugin accepts simple cross-site requests and yoga
    // executes this urlencoded form. Fix: requestHeaders: ['x-graphql-yoga-csrf', 'authorization'].
    it.fails('refuses an HTML form POST (application/x-www-form-urlencoded) with 403', async () => {
      const response = await server.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent('{ __typename }')}`,
      });
      expect(response.status).toBe(403);
    });

    // BUG: same cause as the form POST above, for a multipart form.
    it.fails('refuses a multipart/form-data POST without the CSRF header with 403', async () => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: '{ __typename }' }));
      form.set('map', '{}');
      const response = await server.fetch('/graphql', { method: 'POST', body: form });
      expect(response.status).toBe(403);
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

    // BUG: armor's mask only matches `Did you mean "…"?`; graphql-js words enum suggestions as
    // `Did you mean the enum value "ACTIVE"?`, so they still leak the schema in production.
    // Fix: also strip /Did you mean the enum value .+\?/ (e.g. a small onValidate plugin in app.ts).
    it.fails('hides enum value suggestions in production', async () => {
      const result = await post(production, '{ projects(filter: { status: [ACTIV] }) { edges { cursor } } }', { as: null });
      expect(JSON.stringify(result.body)).not.toContain('Did you mean');
    });

    // BUG: variable coercion errors are raised during execution, not validation, so armor's
    // onValidate mask never sees them and `Did you mean "name"?` reaches production clients.
    // Fix: mask suggestions in a result hook (onExecutionResult / yoga onResultProcess) as well.
    it.fails('hides input field suggestions in variable errors in production', async () => {
      const result = await post(production, 'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { __typename } }', {
        as: null,
        variables: { input: { nam: 'Typo', ownerId: 'x' } },
      });
      expect(JSON.stringify(result.body)).not.toContain('Did you mean');
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

  describe('unexpected errors', () => {
    // Its own start-up (not the harness) so that the test can read what the server logs.
    let scratch: ScratchDatabase;
    let runtime: Runtime;
    let app: App;
    let token: string;
    const logLines: Array<Record<string, unknown>> = [];
    const maskedLines = () => logLines.filter((line) => line.msg === 'unexpected error (masked for the client)');
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
      const before = await (await askViewer('before-loss')).text();
      if (before !== '{"data":{"viewer":{"name":"Amara Okafor"}}}') throw new Error(`the app did not work before the loss: ${before}`);
      await loseDatabase(scratch, runtime);
    });
    afterAll(async () => {
      await app?.close();
      await runtime?.db.close();
      await scratch?.drop();
    });

    it('answers "Unexpected error." with no internals when the database is gone, and logs the cause', async () => {
      const logged = maskedLines().length;
      const response = await askViewer('masked-error-1');
      expect(response.status).toBe(500);
      // Exact body: no message, stack, SQL or driver detail besides the mask.
      expect(await response.text()).toBe('{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}');
      expect(maskedLines()).toHaveLength(logged + 1);
      expect(maskedLines().at(-1)).toMatchObject({ level: 50, err: { message: expect.any(String), stack: expect.stringContaining('    at ') } });
    });

    // BUG: app.ts's maskError logs with the root logger, so the line that explains a masked
    // error has no requestId and cannot be matched to the request (the issue asks for JSON logs
    // with a request id). Fix: log masked errors where the context is known, e.g. an envelop
    // onExecuteDone hook using context.log, and in the context factory's catch.
    it.fails('logs the masked error with the request id', async () => {
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
