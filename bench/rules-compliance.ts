// `npx tsx bench/rules-compliance.ts`: compliance summaries at scale (issue 11 §2). Seeds the rules
// dataset (BENCH_COMPLIANCE_PROJECTS, 10,000, over 10 portfolios), stores its evaluations (two
// rounds: the first becomes history) with every result copied BENCH_COMPLIANCE_COPIES times (4:
// about 28 latest results per project, as in the issue), then, in alternating runs:
//   - through GraphQL (the real HTTP handler, in process): `portfolio(id) { compliance }` and
//     `portfolios(first: 100) { compliance }` as a PMO admin and as a team member;
//   - the read model directly, against the computation before (every latest result read into
//     Node and counted there: `summarise`), for one and for all portfolios;
// then EXPLAIN ANALYZE of the final statements (PostgreSQL). Target: under 100 ms median at 10,000
// projects. Settings: BENCH_DATABASE_URL, BENCH_COMPLIANCE_PROJECTS, BENCH_COMPLIANCE_COPIES,
// BENCH_COMPLIANCE_RUNS (21).
import os from 'node:os';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { complianceByPortfolio, portfolioTallySql, summarise } from '../server/methodology/queries.js';
import { Prisma, type PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { startRuntime } from '../server/runtime.js';
import { benchDatabase } from './database.js';
import { cleanup, runBenchmark } from './lifecycle.js';
import { createRulesDataset, evaluateRulesDataset } from './rules-dataset.js';
import { median } from './rules-measure.js';
import { printTable } from './rules-report.js';
import { positive } from './settings.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

const TODAY = new Date('2026-06-15T10:00:00Z');
const TARGET_MS = 100;
const SUMMARY = 'compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }';

await runBenchmark(main, { deadlineMs: 40 * 60_000 });

async function main(): Promise<boolean> {
  const projects = positive(process.env, 'BENCH_COMPLIANCE_PROJECTS', 10_000);
  const copies = positive(process.env, 'BENCH_COMPLIANCE_COPIES', 4);
  const runs = positive(process.env, 'BENCH_COMPLIANCE_RUNS', 21);
  const database = await benchDatabase(process.env.BENCH_DATABASE_URL || undefined);
  cleanup.push(() => database.drop());
  const config = testConfig({ seedDemoData: false, databaseUrl: database.databaseUrl });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  const prisma = runtime.db.prisma;

  const started = performance.now();
  const dataset = await createRulesDataset(prisma, projects, TODAY, 20260601, { portfolios: 10, risksPerProject: 5 });
  const stored = await evaluateRulesDataset(prisma, dataset.projectIds, TODAY, { rounds: 2, copies });
  // What autovacuum does to a table in steady state (the index-only scans need the visibility map).
  if (database.databaseUrl) await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  const admin = await prisma.user.create({ data: { name: 'Bench admin', email: 'bench-admin@bench.local', role: 'PMO_ADMIN' } });
  const member = await prisma.projectMember.groupBy({ by: ['userId'], _count: true, orderBy: { _count: { userId: 'desc' } }, take: 1 });
  const memberUser = await prisma.user.findUniqueOrThrow({ where: { id: member[0]!.userId } });
  console.log(`\nCompliance summaries — ${database.label}`);
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(
    `Data: ${projects} projects in ${dataset.portfolioIds.length} portfolios, ${stored.latest} latest results (${(stored.latest / projects).toFixed(1)} per project) ` +
      `and ${stored.history} earlier ones; the team member is on ${member[0]!._count} projects — set up in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const app = createApp(config, runtime);
  cleanup.push(() => app.close());
  const tokens = { admin: await runtime.tokens.sign(admin.email), member: await runtime.tokens.sign(memberUser.email) };
  const portfolioId = dataset.portfolioIds[0]!;
  const graphql = async (as: keyof typeof tokens, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.fetch(
      new Request('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[as]}` },
        body: JSON.stringify({ query, variables }),
      }),
    );
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const one = `query($id: ID!) { portfolio(id: $id) { ${SUMMARY} } }`;
  const all = `{ portfolios(first: 100) { edges { node { ${SUMMARY} } } } }`;
  const oneVars = { id: encodeGlobalID('Portfolio', portfolioId) };
  const before = (ids: string[]) => summariesBefore(prisma, ids);

  const variants: [string, () => Promise<unknown>][] = [
    ['GraphQL portfolio(id) { compliance }, admin', () => graphql('admin', one, oneVars)],
    ['GraphQL portfolios(first: 100) { compliance }, admin', () => graphql('admin', all)],
    ['GraphQL portfolio(id) { compliance }, team member', () => graphql('member', one, oneVars)],
    ['GraphQL portfolios(first: 100) { compliance }, team member', () => graphql('member', all)],
    ['read model, one portfolio', () => complianceByPortfolio(prisma, [portfolioId], null)],
    ['read model, all portfolios', () => complianceByPortfolio(prisma, dataset.portfolioIds, null)],
    ['before (rows counted in Node), one portfolio', () => before([portfolioId])],
    ['before (rows counted in Node), all portfolios', () => before(dataset.portfolioIds)],
  ];
  // Same answers before and after (the read model's contract).
  const [now, then] = [await complianceByPortfolio(prisma, dataset.portfolioIds, null), await before(dataset.portfolioIds)];
  if (JSON.stringify(now) !== JSON.stringify(then)) throw new Error('the read model and the computation before disagree');

  const samples = variants.map(() => [] as number[]);
  const statements = variants.map(() => new Set<number>());
  for (const [, run] of variants) await run(); // warm-up
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (round + k) % variants.length;
      const count = runtime.db.statementCount();
      const t = performance.now();
      await variants[i]![1]();
      samples[i]!.push(performance.now() - t);
      statements[i]!.add(runtime.db.statementCount() - count);
    }
  }
  console.log(`\nMedian and p95 of ${runs} alternating runs after a warm-up run each:`);
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
  printTable(
    ['variant', 'median ms', 'p95 ms', 'SQL statements'],
    variants.map(([name], i) => [name, median(samples[i]!).toFixed(1), p95(samples[i]!).toFixed(1), [...statements[i]!].join('/')]),
  );
  const ratio = (after: number, prior: number) => (median(samples[prior]!) / median(samples[after]!)).toFixed(1);
  console.log(`  before / read model: one portfolio ${ratio(4, 6)}×, all portfolios ${ratio(5, 7)}×`);

  if (database.databaseUrl) {
    for (const [label, ids] of [['one portfolio', [portfolioId]], ['all portfolios', dataset.portfolioIds]] as const) {
      const plan = await prisma.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${portfolioTallySql(ids)}`);
      console.log(`\nEXPLAIN ANALYZE, ${label}:\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
  const worst = Math.max(...[0, 1, 2, 3].map((i) => median(samples[i]!)));
  console.log(`\nTarget: every GraphQL variant under ${TARGET_MS} ms median — worst ${worst.toFixed(1)} ms: ${worst < TARGET_MS ? 'PASS' : 'FAIL'}`);
  return worst < TARGET_MS;
}

/** The computation before: every latest result of the portfolios read into Node, counted there. */
async function summariesBefore(prisma: PrismaClient, portfolioIds: string[]) {
  const rows = await prisma.ruleEvaluation.findMany({
    where: { latest: true, project: { portfolioId: { in: portfolioIds } } },
    select: { projectId: true, severity: true, passed: true, waived: true, project: { select: { portfolioId: true } } },
  });
  return portfolioIds.map((id) => summarise(rows.filter((row) => row.project.portfolioId === id)));
}
