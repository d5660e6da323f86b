// Persisted operations as Apollo Client sends them (PersistedQueryLink, sha256 from node:crypto),
// over the real HTTP pipeline: automatic persisted queries register on first use and then travel
// as a hash only (shared between instances through Redis when REDIS_URL is set); with a manifest
// of trusted documents, only those run, by hash, and any other document is refused with a typed
// error, over HTTP and over graphql-ws.
import { ApolloClient, gql, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient as createSseClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/app.js';
import { loadManifest, sha256, TrustedDocumentsError } from '../../server/http/persisted-operations.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { wsClient } from '../support/live.js';
import { PEOPLE } from '../support/scenarios/index.js';

const REDIS_URL = process.env.REDIS_URL;

const VIEWER = gql`
  query PersistedViewer { viewer { email role } }
`;
const PROJECTS = gql`
  query PersistedProjects($first: Int!) { projects(first: $first) { totalCount edges { node { id code } } } }
`;

interface Sent {
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash: string } };
}

/** A fetch into `app` that records every request body, as the network tab would. */
function recordingFetch(app: App, sent: Sent[]) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input as string, init);
    if (request.method === 'GET') {
      const params = new URL(request.url).searchParams;
      sent.push({ query: params.get('query') ?? undefined, extensions: JSON.parse(params.get('extensions') ?? '{}') as Sent['extensions'] });
    } else sent.push((await request.clone().json()) as Sent);
    return app.fetch(request);
  };
}

function apollo(app: App, token: string, sent: Sent[], options: { persisted: boolean; get?: boolean }) {
  const http = new HttpLink({ uri: 'http://pmo.test/graphql', headers: { authorization: `Bearer ${token}` }, fetch: recordingFetch(app, sent) });
  const persisted = new PersistedQueryLink({ sha256: (text: string) => sha256(text), useGETForHashedQueries: options.get ?? false });
  const link: ApolloLink = options.persisted ? persisted.concat(http) : http;
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

/** The error an Apollo query ended with (Apollo 4 rejects with CombinedGraphQLErrors). */
async function failure(promise: Promise<unknown>): Promise<{ message: string; code: unknown }> {
  const error = (await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )) as { errors?: { message: string; extensions?: { code?: unknown } }[] } | undefined;
  expect(error?.errors?.length, 'the query failed with GraphQL errors').toBeGreaterThan(0);
  return { message: error!.errors![0]!.message, code: error!.errors![0]!.extensions?.code };
}

describe.each(backends())('automatic persisted queries on %s', (backend) => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    token = await server.token(PEOPLE.admin);
  });
  afterAll(() => server?.close());

  it('register on first use, then run from their hash alone', async () => {
    const sent: Sent[] = [];
    const first = await apollo(server.app, token, sent, { persisted: true }).query({ query: VIEWER });
    expect(first.data).toEqual({ viewer: { __typename: 'User', email: PEOPLE.admin, role: 'PMO_ADMIN' } });
    // The hash alone (unknown yet: PersistedQueryNotFound), then the document with its hash.
    expect(sent).toHaveLength(2);
    expect(sent[0]!.query).toBeUndefined();
    expect(sent[0]!.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sent[1]!.query).toContain('PersistedViewer');

    // Another client (another page load): one request, no document.
    const later: Sent[] = [];
    const second = await apollo(server.app, token, later, { persisted: true }).query({ query: PROJECTS, variables: { first: 2 } });
    const third = await apollo(server.app, token, later, { persisted: true }).query({ query: PROJECTS, variables: { first: 3 } });
    expect((second.data as { projects: { edges: unknown[] } }).projects.edges).toHaveLength(2);
    expect((third.data as { projects: { edges: unknown[] } }).projects.edges).toHaveLength(3);
    expect(later.map((body) => body.query === undefined)).toEqual([true, false, true]);
  });

  it('work with hashed queries sent as GET (cacheable by a CDN)', async () => {
    const query = gql`
      query PersistedByGet { viewer { email } }
    `;
    const sent: Sent[] = [];
    await apollo(server.app, token, sent, { persisted: true, get: true }).query({ query });
    const result = await apollo(server.app, token, sent, { persisted: true, get: true }).query({ query });
    expect(result.data).toEqual({ viewer: { __typename: 'User', email: PEOPLE.admin } });
    // GET with the hash (not found), POST with the document, then GET with the hash alone.
    expect(sent.map((body) => body.query === undefined)).toEqual([true, false, true]);
  });

  it('refuses a document whose hash is not its sha256', async () => {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { email } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ viewer { role } }') } } }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });
});

describe.skipIf(!REDIS_URL).each(backends())('automatic persisted queries across instances through Redis on %s', (backend) => {
  let server: TestServer;
  let other: App;

  beforeAll(async () => {
    const redisChannelPrefix = `pmo-test-${randomBytes(6).toString('hex')}`;
    server = await startTestServer(backend, { config: { redisUrl: REDIS_URL, redisChannelPrefix } });
    other = createApp(server.config, server.runtime);
  });
  afterAll(async () => {
    await other?.close();
    await server?.close();
  });

  it('a document registered on one instance runs from its hash on another', async () => {
    const token = await server.token(PEOPLE.admin);
    await apollo(server.app, token, [], { persisted: true }).query({ query: PROJECTS, variables: { first: 1 } });
    const sent: Sent[] = [];
    const result = await apollo(other, token, sent, { persisted: true }).query({ query: PROJECTS, variables: { first: 1 } });
    expect((result.data as { projects: { totalCount: number } }).projects.totalCount).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBeUndefined();
  });
});

describe.each(backends())('trusted documents only on %s', (backend) => {
  let server: TestServer;
  let token: string;
  let manifestPath: string;
  let url: string;

  beforeAll(async () => {
    // The manifest a build step writes: the documents exactly as the client sends them, by hash.
    // Recorded here from Apollo Client itself against a server with automatic persisted queries.
    const recorder = await startTestServer(backend, { seed: false });
    const sent: Sent[] = [];
    await apollo(recorder.app, await recorder.token(PEOPLE.admin), sent, { persisted: true })
      .query({ query: VIEWER })
      .catch(() => undefined);
    await recorder.close();
    const text = sent.find((body) => body.query)!.query!;
    manifestPath = path.join(mkdtempSync(path.join(tmpdir(), 'pmo-trusted-')), 'persisted-documents.json');
    writeFileSync(manifestPath, JSON.stringify({ [sha256(text)]: text }));

    const defaults = (await import('../../server/config.js')).testConfig().observe;
    server = await startTestServer(backend, { config: { observe: { ...defaults, trustedDocumentsPath: manifestPath } } });
    token = await server.token(PEOPLE.admin);
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterAll(() => server?.close());

  it('run a trusted document from its hash, without ever sending the document', async () => {
    const sent: Sent[] = [];
    const result = await apollo(server.app, token, sent, { persisted: true }).query({ query: VIEWER });
    expect(result.data).toEqual({ viewer: { __typename: 'User', email: PEOPLE.admin, role: 'PMO_ADMIN' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBeUndefined();
  });

  it('refuse any other document with a typed error', async () => {
    // A client sending documents as text (no persisted-query link).
    const plain = await failure(apollo(server.app, token, [], { persisted: false }).query({ query: VIEWER }));
    expect(plain.code).toBe('PERSISTED_QUERY_ONLY');
    // An Apollo client with the link, for a document that is not in the list: the hash is
    // refused, and so is the document its retry sends.
    const unknown = await failure(apollo(server.app, token, [], { persisted: true }).query({ query: PROJECTS, variables: { first: 1 } }));
    expect(unknown.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    // Neither a hash nor a document.
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });

  it('refuse an untrusted document over graphql-ws too, and run a trusted one', async () => {
    const client = wsClient(url, { token });
    const run = (query: string) =>
      new Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve, reject) => {
        let last: unknown;
        client.subscribe({ query }, { next: (value) => (last = value), error: (error) => resolve({ errors: error as never }), complete: () => resolve(last as never) });
        setTimeout(() => reject(new Error('no answer over graphql-ws')), 5_000);
      });
    try {
      const refused = await run('{ viewer { email } }');
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_ONLY' });
      const trusted = Object.values(JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>)[0]!;
      expect(await run(trusted)).toMatchObject({ data: { viewer: { __typename: 'User', email: PEOPLE.admin, role: 'PMO_ADMIN' } } });
    } finally {
      await client.dispose();
    }
  });

  it('refuse an untrusted document over single-connection SSE too, and run a trusted one', async () => {
    const client = createSseClient({ url: `${url}/graphql`, singleConnection: true, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const run = (query: string) =>
      new Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
        client.subscribe({ query }, { next: (value) => resolve(value as never), error: reject, complete: () => {} });
        setTimeout(() => reject(new Error('no answer over single-connection SSE')), 5_000);
      });
    try {
      const refused = await run('{ viewer { email } }');
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_ONLY' });
      const trusted = Object.values(JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>)[0]!;
      expect(await run(trusted)).toMatchObject({ data: { viewer: { __typename: 'User', email: PEOPLE.admin, role: 'PMO_ADMIN' } } });
    } finally {
      client.dispose();
    }
  });
});

describe('the trusted documents manifest', () => {
  const write = (content: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmo-manifest-')), 'manifest.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const document = 'query Q { viewer { email } }';

  it("reads graphql-codegen's hash -> document map and Apollo's persisted query manifest", () => {
    expect([...loadManifest(write({ [sha256(document)]: document })).keys()]).toEqual([sha256(document)]);
    const apolloManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(document), name: 'Q', type: 'query', body: document }] };
    expect(loadManifest(write(apolloManifest)).get(sha256(document))).toBe(document);
  });

  it('refuses, at start, an entry whose key is not its sha256, an empty list, and a file that is not JSON', () => {
    expect(() => loadManifest(write({ ['0'.repeat(64)]: document }))).toThrow(TrustedDocumentsError);
    expect(() => loadManifest(write({}))).toThrow(/lists no documents/);
    expect(() => loadManifest(write('{ nope'))).toThrow(/cannot read/);
  });
});
