// `npm run bench`: the nested portfolio query (one portfolio, 50 projects, each with manager,
// members and objectives) through the full HTTP stack, against the same data from two baselines
// under the same concurrent load, in the same run: a minimal node:http + Prisma handler, and one
// hand-written SQL statement that builds the JSON (json_agg). A third server, bare yoga and
// graphql-js over the minimal handler's query (bare-yoga.ts), is not judged: it shows how much of
// the gap is GraphQL itself and how much is ours. Prints req/s, latency and SQL statements per
// request of each, and the ratios against the targets (60% of the minimal handler, 25% of
// json_agg).
// Settings: bench/settings.ts. Exit code: 0 PASS, 1 FAIL, 2 the benchmark itself failed.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';
import { createBaselineServer } from './baseline.js';
import { createBareYogaServer } from './bare-yoga.js';
import { createJsonAggServer } from './json-agg.js';
import { benchDatabase } from './database.js';
import { BENCH_VIEWER, createBenchDataset, DEFAULT_SHAPE } from './dataset.js';
import { assertEquivalent, fromBaseline, fromGraphQL } from './equivalence.js';
import { LoadGenerator, type LoadSettings, type RunResult, type Target } from './load.js';
import { RequestMeter } from './meter.js';
import { NESTED_QUERY } from './query.js';
import { describeMachine, printReport } from './report.js';
import { cleanup, runBenchmark } from './lifecycle.js';
import { readSettings } from './settings.js';

const MINIMAL_TARGET = 0.6;
const JSON_AGG_TARGET = 0.25;
const PROJECTS = DEFAULT_SHAPE.projects;


await runBenchmark(main, { deadlineMs: 6 * 60_000 });

async function main(): Promise<boolean> {
  const settings = readSettings();
  const machine = describeMachine();
  const setUpStarted = performance.now();
  const database = await benchDatabase(settings.adminDatabaseUrl);
  cleanup.push(() => database.drop());
  const config = testConfig({ databaseUrl: database.databaseUrl, responseCache: { ttlSeconds: settings.responseCacheSeconds, maxEntries: 1000 } });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  await createBenchDataset(runtime.db.prisma);

  const app = createApp(config, runtime);
  const graphqlUrl = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const baseline = createBaselineServer(runtime.db.prisma, PROJECTS, settings.baseline);
  const baselineUrl = `http://127.0.0.1:${await listen(baseline)}/portfolios`;
  cleanup.push(() => close(baseline));
  const jsonAgg = createJsonAggServer(runtime.db.prisma, PROJECTS);
  const jsonAggUrl = `http://127.0.0.1:${await listen(jsonAgg)}/portfolios`;
  cleanup.push(() => close(jsonAgg));
  const bareYoga = createBareYogaServer(runtime.db.prisma, PROJECTS);
  const bareYogaUrl = `http://127.0.0.1:${await listen(bareYoga)}/graphql`;
  cleanup.push(() => close(bareYoga));

  // Every server gets the very same request; the baselines ignore its body and token.
  const load: LoadSettings = {
    connections: settings.connections,
    duration: settings.duration,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${await runtime.tokens.sign(BENCH_VIEWER)}`,
    },
    body: JSON.stringify({ query: NESTED_QUERY }),
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
  const jsonAggProbe = await probe(jsonAggUrl);
  const bareYogaProbe = await probe(bareYogaUrl);
  assertEquivalent(fromGraphQL(graphqlProbe.body), fromBaseline(baselineProbe.body), DEFAULT_SHAPE);
  assertEquivalent(fromGraphQL(graphqlProbe.body), fromBaseline(jsonAggProbe.body), DEFAULT_SHAPE);
  assertEquivalent(fromGraphQL(graphqlProbe.body), fromGraphQL(bareYogaProbe.body), DEFAULT_SHAPE);

  const targets: Target[] = [
    { name: `minimal node:http (${settings.baseline})`, url: baselineUrl, expectBody: baselineProbe.body, meter: new RequestMeter(baseline) },
    { name: 'one SQL statement (json_agg)', url: jsonAggUrl, expectBody: jsonAggProbe.body, meter: new RequestMeter(jsonAgg) },
    { name: 'bare yoga + graphql-js (floor)', url: bareYogaUrl, expectBody: bareYogaProbe.body, meter: new RequestMeter(bareYoga) },
    { name: settings.responseCacheSeconds ? `GraphQL (cache ${settings.responseCacheSeconds} s)` : 'GraphQL (full HTTP stack)', url: graphqlUrl, expectBody: graphqlProbe.body, meter: new RequestMeter(app.server) },
  ];
  console.log(
    `PMO Engine benchmark on ${database.label}, node ${process.version}, ${machine}\n` +
      `${PROJECTS} projects x ${DEFAULT_SHAPE.membersPerProject} members x ${DEFAULT_SHAPE.objectivesPerProject} objectives; ` +
      `${settings.connections} connections; ${settings.rounds} alternating rounds of ${settings.duration} s after ${settings.warmup} s warm-up each\n` +
      `response bytes: GraphQL ${Buffer.byteLength(graphqlProbe.body)}, minimal ${Buffer.byteLength(baselineProbe.body)}, json_agg ${Buffer.byteLength(jsonAggProbe.body)}; ` +
      `set-up (migrations, data set, servers) took ${((performance.now() - setUpStarted) / 1000).toFixed(1)} s`,
  );

  const generator = LoadGenerator.start();
  cleanup.push(() => generator.close());
  for (const target of targets) await generator.run(target, { ...load, duration: settings.warmup }, statementCount);
  const runs: RunResult[][] = targets.map(() => []);
  for (let round = 1; round <= settings.rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const result = await generator.run(target, load, statementCount);
      runs[index]!.push(result);
      const figures = `${result.rps.toFixed(1).padStart(8)} req/s ${result.cpuPerRequest.toFixed(1).padStart(7)} CPU ms/req`;
      console.log(`  round ${round} ${target.name.padEnd(32)} ${figures}`);
    }
  }

  const row = (index: number, probeStatements: number) => ({ name: targets[index]!.name, results: runs[index]!, probeStatements });
  const { pass } = printReport(
    [
      { row: row(0, baselineProbe.statements), label: 'minimal', target: MINIMAL_TARGET },
      { row: row(1, jsonAggProbe.statements), label: 'json_agg', target: JSON_AGG_TARGET },
    ],
    row(3, graphqlProbe.statements),
    row(2, bareYogaProbe.statements),
  );
  return pass;
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
