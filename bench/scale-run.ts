// One measurement of `npm run bench:scale`: one database (PMO_SCALE_DATABASE) seeded with one size
// (PMO_SCALE_PROJECTS), served through the full HTTP stack, every query of the set measured. Run
// by scale.ts in a process of its own (`node --expose-gc`), so that the RSS it reports is this
// size's alone: on PGlite the whole database lives in this process, as with `npm start`.
// Writes its result as JSON to PMO_SCALE_OUT.
import { writeFile } from 'node:fs/promises';
import { createApp } from '../server/app.js';
import { loadConfig, testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';
import { benchDatabase } from './database.js';
import { cleanup, runBenchmark } from './lifecycle.js';
import { seedScaleDataset, type ScaleDataset } from './scale-dataset.js';
import { httpSend, measureCost, measureLatency, type Latency, type QueryCost } from './scale-measure.js';
import { BENCH_PAGE, SCALE_QUERIES, variablesOf, type ScaleQueryKind } from './scale-queries.js';
import { readScaleSettings, type ScaleDatabase } from './scale-settings.js';

export interface QueryResult extends QueryCost, Latency {
  name: string;
  kind: ScaleQueryKind;
  role: 'PMO_ADMIN' | 'TEAM_MEMBER';
  bytes: number;
}

export interface SizeResult {
  database: ScaleDatabase;
  label: string;
  projects: number;
  seedSeconds: number;
  rows: Record<string, number>;
  /** After the whole query set and a full GC. */
  rssMb: number;
  heapUsedMb: number;
  /** process.memoryUsage().external: on PGlite, mostly its WASM memory (buffer pool, work memory). */
  externalMb?: number;
  arrayBuffersMb?: number;
  queries: QueryResult[];
}

await runBenchmark(main, { deadlineMs: 40 * 60_000 });

async function main(): Promise<boolean> {
  const settings = readScaleSettings();
  const kind = process.env.PMO_SCALE_DATABASE as ScaleDatabase;
  const projects = Number(process.env.PMO_SCALE_PROJECTS);
  const out = process.env.PMO_SCALE_OUT;
  if (!out || !projects || (kind !== 'pglite' && kind !== 'postgres')) throw new Error('scale-run.ts is started by scale.ts');

  const database = await benchDatabase(kind === 'postgres' ? settings.adminDatabaseUrl : undefined, 'pmo_scale', {
    pgliteOnDisk: settings.pglite === 'disk',
  });
  cleanup.push(() => database.drop());
  // PMO_PGLITE_SHARED_BUFFERS is read as the server reads it (testConfig alone ignores the environment).
  const { pgliteSharedBuffers } = loadConfig({ PMO_PGLITE_SHARED_BUFFERS: process.env.PMO_PGLITE_SHARED_BUFFERS });
  const config = testConfig({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, pgliteSharedBuffers });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  const seedStarted = performance.now();
  const dataset = await seedScaleDataset(runtime.db.prisma, projects, settings.shape);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`${kind} ${projects} projects: seeded in ${seedSeconds.toFixed(1)} s (${Object.entries(dataset.rows).map(([t, n]) => `${t} ${n}`).join(', ')})`);

  const app = createApp(config, runtime);
  const url = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const tokens = new Map<string, string>();
  const token = async (email: string) => tokens.get(email) ?? tokens.set(email, await runtime.tokens.sign(email)).get(email)!;
  const send = httpSend(url, token);
  const statementCount = () => runtime.db.statementCount();

  const queries: QueryResult[] = [];
  for (const query of selected(settings.queries)) {
    const readers: [QueryResult['role'], string][] = [['PMO_ADMIN', dataset.adminEmail]];
    if (query.scoped) readers.push(['TEAM_MEMBER', dataset.memberEmail]);
    for (const [role, email] of readers) {
      const variables = variablesOf(query, dataset, BENCH_PAGE);
      const bytes = JSON.stringify(await send(query.query, variables, email)).length;
      const cost = await measureCost(send, statementCount, query.query, variables, email);
      const latency = await measureLatency(() => send(query.query, variables, email), {
        runs: settings.runs,
        warmup: settings.warmup,
        budgetMs: settings.queryBudgetMs,
      });
      queries.push({ name: query.name, kind: query.kind, role, bytes, ...cost, ...latency });
      log(`  ${query.name} (${role}): median ${latency.medianMs.toFixed(1)} ms, p95 ${latency.p95Ms.toFixed(1)} ms, ` +
        `${cost.statements} statements, ${cost.rowsRead} rows read, ${cost.rowsReturned} returned`);
    }
  }
  const memory = afterGc();
  const result: SizeResult = {
    database: kind,
    label: database.label,
    projects,
    seedSeconds,
    rows: dataset.rows,
    rssMb: memory.rss / 2 ** 20,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    externalMb: memory.external / 2 ** 20,
    arrayBuffersMb: memory.arrayBuffers / 2 ** 20,
    queries,
  };
  await writeFile(out, JSON.stringify(result));
  return true;
}

function selected(words: string[]) {
  return words.length ? SCALE_QUERIES.filter((query) => words.some((word) => query.name.includes(word))) : SCALE_QUERIES;
}

function afterGc(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (scale.ts does)');
  gc();
  gc();
  return process.memoryUsage();
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

export type { ScaleDataset };
