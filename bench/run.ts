// `npm run bench`: the nested portfolio query (one portfolio, 50 projects, each with manager,
// members and objectives) through the full HTTP stack, against the same data from a minimal
// node:http handler, under the same concurrent load, in the same run. Prints req/s, latency and
// SQL statements per request of each, and the ratio against the issue's target (60%).
//
// Settings (environment): BENCH_DATABASE_URL (PostgreSQL server to create a scratch database on;
// default: in-memory PGlite), BENCH_CONNECTIONS (10), BENCH_DURATION (seconds per run, 8),
// BENCH_ROUNDS (3), BENCH_WARMUP (seconds, 3).
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';
import { createBaselineServer } from './baseline.js';
import { benchDatabase } from './database.js';
import { BENCH_VIEWER, createBenchDataset, DEFAULT_SHAPE } from './dataset.js';
import { assertEquivalent, fromBaseline, fromGraphQL } from './equivalence.js';
import { median, runLoad, type LoadSettings, type RunResult, type Target } from './load.js';

const TARGET_RATIO = 0.6;
const PROJECTS = DEFAULT_SHAPE.projects;

const QUERY = `query BenchPortfolios {
  portfolios { edges { node { name projects(first: ${PROJECTS}) { edges { node {
    code manager { name } members { user { name } } objectives { name }
  } } } } } }
}`;

const settings = {
  connections: positive('BENCH_CONNECTIONS', 10),
  duration: positive('BENCH_DURATION', 8),
  rounds: positive('BENCH_ROUNDS', 3),
  warmup: positive('BENCH_WARMUP', 3),
};

const cleanup: (() => Promise<unknown>)[] = [];
async function cleanUp(): Promise<void> {
  for (const step of cleanup.splice(0).reverse()) await step().catch((error) => console.error('clean-up failed:', error));
}
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await cleanUp();
}

async function main(): Promise<boolean> {
  const loadBefore = os.loadavg();
  const database = await benchDatabase(process.env.BENCH_DATABASE_URL);
  cleanup.push(() => database.drop());
  const config = testConfig({ databaseUrl: database.databaseUrl });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  await createBenchDataset(runtime.db.prisma);

  const app = createApp(config, runtime);
  const graphqlUrl = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const baseline = createBaselineServer(runtime.db.prisma, PROJECTS);
  const baselineUrl = `http://127.0.0.1:${await listen(baseline)}/portfolios`;
  cleanup.push(() => close(baseline));

  // Both servers get the very same request; the baseline ignores its body and token.
  const load: LoadSettings = {
    connections: settings.connections,
    duration: settings.duration,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${await runtime.tokens.sign(BENCH_VIEWER)}`,
    },
    body: JSON.stringify({ query: QUERY }),
  };

  const statementCount = () => runtime.db.statementCount();
  const probe = async (url: string) => {
    const before = statementCount();
    const response = await fetch(url, { method: 'POST', headers: load.headers, body: load.body });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
    return { body, statements: statementCount() - before };
  };
  const graphqlProbe = await probe(graphqlUrl);
  const baselineProbe = await probe(baselineUrl);
  assertEquivalent(fromGraphQL(graphqlProbe.body), fromBaseline(baselineProbe.body), DEFAULT_SHAPE);

  const targets: Target[] = [
    { name: 'minimal node:http + Prisma', url: baselineUrl, expectBody: baselineProbe.body },
    { name: 'GraphQL (full HTTP stack)', url: graphqlUrl, expectBody: graphqlProbe.body },
  ];
  console.log(
    `PMO Engine benchmark on ${database.label}, node ${process.version}, ${os.cpus().length} CPUs\n` +
      `${PROJECTS} projects x ${DEFAULT_SHAPE.membersPerProject} members x ${DEFAULT_SHAPE.objectivesPerProject} objectives; ` +
      `${settings.connections} connections; ${settings.rounds} alternating rounds of ${settings.duration} s after ${settings.warmup} s warm-up each\n` +
      `response bytes: GraphQL ${Buffer.byteLength(graphqlProbe.body)}, minimal ${Buffer.byteLength(baselineProbe.body)}\n` +
      `load average before: ${loadBefore.map((value) => value.toFixed(2)).join(' ')}`,
  );

  for (const target of targets) await runLoad(target, { ...load, duration: settings.warmup }, statementCount);
  const runs = new Map<Target, RunResult[]>(targets.map((target) => [target, []]));
  for (let round = 1; round <= settings.rounds; round++) {
    for (const target of targets) {
      const result = await runLoad(target, load, statementCount);
      runs.get(target)!.push(result);
      console.log(`  round ${round} ${target.name.padEnd(28)} ${result.rps.toFixed(1).padStart(8)} req/s`);
    }
  }

  const rows = targets.map((target, index) => {
    const results = runs.get(target)!;
    return {
      name: target.name,
      rps: median(results.map((result) => result.rps)),
      p50: median(results.map((result) => result.p50)),
      p99: median(results.map((result) => result.p99)),
      statements: [baselineProbe, graphqlProbe][index]!.statements,
      statementsUnderLoad: median(results.map((result) => result.statementsPerRequest)),
      runs: results.map((result) => result.rps.toFixed(0)).join(', '),
    };
  });
  console.log(
    `\n${'server'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'SQL/req'.padStart(8)}   runs (req/s)`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(28)} ${row.rps.toFixed(1).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ` +
        `${`${row.statements} (${row.statementsUnderLoad.toFixed(2)})`.padStart(8)}   ${row.runs}`,
    );
  }
  const ratio = rows[1]!.rps / rows[0]!.rps;
  const pass = ratio >= TARGET_RATIO;
  console.log(
    `\nSQL/req: one probe request (and the mean under load). Load average after: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}\n` +
      `GraphQL / minimal throughput: ${(ratio * 100).toFixed(1)}% (target >= ${TARGET_RATIO * 100}%): ${pass ? 'PASS' : 'FAIL'}`,
  );
  return pass;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
