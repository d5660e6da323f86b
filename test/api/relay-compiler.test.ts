// The Relay compiler as a front-end team runs it: a dashboard query with a paginated fragment
// (@connection, @refetchable), compiled against the committed schema by the real relay-compiler,
// and the operation text it generates sent as Relay sends it. Relay adds what its store needs
// (ids, __typename, cursors, pageInfo), so its documents are larger than hand-written ones: they
// must pass the depth, token and cost limits.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles the Relay sources in test/api/relay and returns each operation's text by name. */
function compileWithRelay(): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-relay-'));
  try {
    mkdirSync(join(dir, 'src', '__generated__'), { recursive: true });
    // Kept as .txt in the repository so that tsc does not read Relay's graphql`` tags.
    cpSync(join(ROOT, 'test/api/relay/Dashboard.ts.txt'), join(dir, 'src', 'Dashboard.ts'));
    writeFileSync(
      join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: join(ROOT, 'schema/schema.graphql'), language: 'typescript', artifactDirectory: './src/__generated__' }),
    );
    execFileSync(join(ROOT, 'node_modules/.bin/relay-compiler'), { cwd: dir, stdio: 'pipe' });
    const texts = new Map<string, string>();
    for (const name of ['DashboardQuery', 'DashboardPortfolioPaginationQuery']) {
      const artifact = readFileSync(join(dir, 'src', '__generated__', `${name}.graphql.ts`), 'utf8');
      const text = /"text": ("(?:[^"\\]|\\.)*")/.exec(artifact)?.[1];
      if (!text) throw new Error(`no operation text in ${name}.graphql.ts`);
      texts.set(name, JSON.parse(text) as string);
    }
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(backends())('Relay compiler documents on %s', (backend) => {
  let server: TestServer;
  let operations: Map<string, string>;
  beforeAll(async () => {
    operations = compileWithRelay();
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  const send = async (name: string, variables: Record<string, unknown>) => {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token('admin@pmo.local')}` },
      body: JSON.stringify({ query: operations.get(name), variables }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it('runs the dashboard query Relay generates, within the cost limit', async () => {
    const { status, body } = await send('DashboardQuery', { count: 20 });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const portfolios = body.data.portfolios.edges.map((edge: any) => edge.node);
    expect(portfolios.length).toBeGreaterThan(0);
    expect(portfolios.flatMap((p: any) => p.projects.edges).length).toBeGreaterThan(0);
    expect(body.data.portfolios.pageInfo).toMatchObject({ hasNextPage: false });
    expect(body.extensions.cost.requested).toBeLessThan(body.extensions.cost.limit);
  });

  it("loads the next page of a portfolio's projects with Relay's refetch query", async () => {
    const first = await send('DashboardQuery', { count: 1 });
    const portfolio = first.body.data.portfolios.edges.map((edge: any) => edge.node).find((p: any) => p.projects.pageInfo.hasNextPage);
    expect(portfolio).toBeDefined();
    const next = await send('DashboardPortfolioPaginationQuery', { id: portfolio.id, count: 20, cursor: portfolio.projects.pageInfo.endCursor });
    expect(next.body.errors).toBeUndefined();
    const codes = next.body.data.node.projects.edges.map((edge: any) => edge.node.code);
    expect(codes.length).toBe(portfolio.projects.totalCount - 1);
    expect(codes).not.toContain(portfolio.projects.edges[0].node.code);
  });
});
