// The response cache (PMO_RESPONSE_CACHE_SECONDS): a repeated read is answered without touching
// the data (only the viewer's own lookup is sent), each viewer gets the answer computed for them
// (a team member never receives the budget an admin's answer holds), a mutation empties it, and
// it is off unless configured.
import { parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const PROJECTS = parse(`query CachedProjects { projects(first: 50) { totalCount edges { node { id code name budget members { user { name } } } } } }`);
const RENAME = parse(`mutation RenameProject($input: UpdateProjectInput!) {
  updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { id name } } }
}`);

interface Projects {
  projects: { edges: { node: { id: string; code: string; name: string; budget: string | null; version?: number } }[] };
}

const VERSION = parse(`query ProjectVersion($id: ID!) { project(id: $id) { version } }`);

async function read(server: TestServer, as: string, document: DocumentNode = PROJECTS, variables?: Record<string, unknown>) {
  let answer: unknown;
  const statements = await server.countStatements(async () => {
    const result = await server.exec(as, document as never, variables as never);
    expect(result.errors).toBeUndefined();
    answer = result.data;
  });
  return { data: answer as Projects, statements };
}

describe.each(backends())('the response cache on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { config: { responseCache: { ttlSeconds: 60, maxEntries: 100 } } });
  });
  afterAll(() => server?.close());

  it('answers a repeated read from the cache: the same data, and only the viewer lookup sent', async () => {
    const first = await read(server, 'admin@pmo.local');
    const again = await read(server, 'admin@pmo.local');
    expect(first.statements).toBeGreaterThan(2);
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(first.data);
  });

  it('gives each viewer their own answer: a team member sees only their projects and no budgets', async () => {
    const admin = await read(server, 'admin@pmo.local');
    const member = await read(server, 'member@pmo.local');
    expect(member.statements).toBeGreaterThan(1);
    const memberProjects = member.data.projects.edges.map((edge) => edge.node);
    expect(memberProjects.length).toBeGreaterThan(0);
    expect(memberProjects.length).toBeLessThan(admin.data.projects.edges.length);
    expect(memberProjects.every((project) => project.budget === null)).toBe(true);
    expect(admin.data.projects.edges.some((edge) => edge.node.budget !== null)).toBe(true);
  });

  it('is emptied by a mutation: the next read sees the change', async () => {
    const before = await read(server, 'admin@pmo.local');
    const project = before.data.projects.edges[0]!.node;
    const { data: versioned } = await read(server, 'admin@pmo.local', VERSION, { id: project.id });
    const version = (versioned as unknown as { project: { version: number } }).project.version;
    const renamed = await server.exec('admin@pmo.local', RENAME as never, { input: { id: project.id, version, name: `${project.name} (renamed)` } } as never);
    expect(renamed.errors).toBeUndefined();
    expect((renamed.data as { updateProject: { __typename: string } }).updateProject.__typename).toBe('MutationUpdateProjectSuccess');
    const after = await read(server, 'admin@pmo.local');
    expect(after.statements).toBeGreaterThan(1);
    expect(after.data.projects.edges[0]!.node.name).toBe(`${project.name} (renamed)`);
  });

  it('still reports the cost of a request it answers from the cache', async () => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${await server.token('exec@pmo.local')}` };
    const body = JSON.stringify({ query: 'query CachedCost { projects(first: 5) { edges { node { code } } } }' });
    const answers = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await server.fetch('/graphql', { method: 'POST', headers, body });
      answers.push((await response.json()) as { extensions?: { cost?: { requested: number } } });
    }
    expect(answers[1]!.extensions?.cost?.requested).toBeGreaterThan(0);
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe('without PMO_RESPONSE_CACHE_SECONDS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server?.close());

  it('reads the data afresh every time', async () => {
    const first = await read(server, 'admin@pmo.local');
    const again = await read(server, 'admin@pmo.local');
    expect(again.statements).toBe(first.statements);
    expect(again.statements).toBeGreaterThan(2);
  });
});

describe('the response cache bounds', () => {
  const servers: TestServer[] = [];
  const serverWith = async (ttlSeconds: number, maxEntries: number) => {
    const server = await startTestServer('pglite', { config: { responseCache: { ttlSeconds, maxEntries } } });
    servers.push(server);
    return server;
  };
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  const query = (name: string) => parse(`query ${name} { projects(first: 5) { totalCount edges { node { id code name budget members { user { name } } } } } }`);

  it('reads an answer afresh once it is older than PMO_RESPONSE_CACHE_SECONDS', async () => {
    const server = await serverWith(1, 100);
    const document = query('Aged');
    await read(server, 'admin@pmo.local', document);
    expect((await read(server, 'admin@pmo.local', document)).statements).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await read(server, 'admin@pmo.local', document)).statements).toBeGreaterThan(1);
  });

  it('keeps at most PMO_RESPONSE_CACHE_ENTRIES answers, forgetting the least recently used first', async () => {
    const server = await serverWith(60, 2);
    const [a, b, c] = [query('First'), query('Second'), query('Third')];
    await read(server, 'admin@pmo.local', a);
    await read(server, 'admin@pmo.local', b);
    // Read again, so the least recently used is b when c comes.
    expect((await read(server, 'admin@pmo.local', a)).statements).toBe(1);
    await read(server, 'admin@pmo.local', c);
    expect((await read(server, 'admin@pmo.local', a)).statements).toBe(1);
    expect((await read(server, 'admin@pmo.local', b)).statements).toBeGreaterThan(1);
  });
});
