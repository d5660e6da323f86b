// A probe of the list reads on an already seeded PostgreSQL database (not run by npm test):
// median latency and SQL statements per query through the full HTTP stack, and with
// PROBE_SQL=1 the SQL each query sends. `npm run bench:scale` is the full benchmark; this is the
// quick before/after check of the list indexes and per-parent limits.
//   DATABASE_URL=postgresql://.../db npx tsx bench/lists-probe.ts [runs]
import pg from 'pg';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL to a seeded database');
const runs = Number(process.argv[2] ?? 15);
const showSql = !!process.env.PROBE_SQL;
const sqlWidth = process.env.PROBE_SQL === 'full' ? Infinity : 400;
const only = process.env.PROBE_ONLY;

const sql: string[] = [];
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as { text?: string; values?: unknown[] } | string;
  const values = typeof first === 'string' ? args[1] : first?.values;
  sql.push(`${typeof first === 'string' ? first : (first?.text ?? '')}${sqlWidth === Infinity ? `\n    -- values ${JSON.stringify(values)}` : ''}`);
  return originalQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

const runtime = await startRuntime(testConfig({ databaseUrl: url }));
const app = createApp(runtime.config, runtime);
const token = await runtime.tokens.sign(process.env.PROBE_AS ?? 'admin@pmo.local');

async function exec(query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch(
    new Request('http://probe/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

const portfolios = (await exec('{ portfolios(first: 1) { edges { node { id } } } }')) as { portfolios: { edges: { node: { id: string } }[] } };
const portfolioId = portfolios.portfolios.edges[0]!.node.id;

const queries: Record<string, [string, Record<string, unknown>?]> = {
  nested: [
    `{ portfolios { edges { node { name projects(first: 50) { totalCount edges { node { code manager { name } members { user { name } }
       risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }
       riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }
       auditTrail(first: 2) { totalCount edges { node { action } } } } } } } } } }`,
  ],
  projects: ['{ projects(first: 50) { totalCount edges { node { code name } } } }'],
  projectsFiltered: ['{ projects(first: 50, filter: { status: [ACTIVE], health: [RED] }, orderBy: [{ field: NAME, direction: DESC }]) { totalCount edges { node { code } } } }'],
  projectsSearch: ['{ projects(first: 50, filter: { search: "rollout 123" }) { totalCount edges { node { code name } } } }'],
  portfolioProjects: ['query($id: ID!) { node(id: $id) { ... on Portfolio { projects(first: 50) { totalCount edges { node { code } } } } } }', { id: portfolioId }],
  risks: ['{ risks(first: 50) { totalCount edges { node { title score } } } }'],
  risksOpen: ['{ risks(first: 50, filter: { status: [IDENTIFIED, ASSESSED, MITIGATING] }) { totalCount edges { node { title } } } }'],
  riskMatrix: ['query($id: ID!) { riskMatrix(portfolioId: $id) { openRisks cells { count risks(first: 2) { title } } } }', { id: portfolioId }],
  topRisks: ['query($id: ID!) { topRisks(portfolioId: $id, first: 10) { title score } }', { id: portfolioId }],
  riskAlerts: ['{ riskAlerts(first: 50) { totalCount edges { node { severity } } } }'],
  portfoliosSearch: ['{ portfolios(filter: { search: "folio 3" }) { totalCount edges { node { name } } } }'],
  usersSearch: ['{ users(first: 50, filter: { search: "son 12" }) { totalCount edges { node { name } } } }'],
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, [query, variables]] of Object.entries(queries)) {
  if (only && !only.split(',').includes(name)) continue;
  await exec(query, variables); // warm-up
  const times: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    sql.length = 0;
    const before = runtime.db.statementCount();
    const started = performance.now();
    await exec(query, variables);
    times.push(performance.now() - started);
    statements = runtime.db.statementCount() - before;
  }
  console.log(`${name.padEnd(18)} median ${median(times).toFixed(1).padStart(7)} ms  statements ${statements}`);
  if (showSql) for (const text of sql) console.log(`    ${text.replace(/\s+/g, ' ').slice(0, sqlWidth)}`);
}
await app.close();
await runtime.db.close();
