// Load on the nested portfolio query alone, with a CPU profile of this process (the server side:
// the load generator is another process) taken during the load only, not during set-up:
//   tsx bench/profile.ts [out.cpuprofile]     (default: nested-query.cpuprofile)
// then `tsx bench/profile-top.ts out.cpuprofile` lists the top frames. Same data set, query and
// settings as `npm run bench` (BENCH_DATABASE_URL, BENCH_CONNECTIONS, BENCH_DURATION).
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';
import { benchDatabase } from './database.js';
import { BENCH_VIEWER, createBenchDataset } from './dataset.js';
import { cleanup, runBenchmark } from './lifecycle.js';
import { LoadGenerator } from './load.js';
import { RequestMeter } from './meter.js';
import { NESTED_QUERY } from './query.js';
import { readSettings } from './settings.js';

await runBenchmark(async () => {
  const settings = readSettings();
  const database = await benchDatabase(settings.adminDatabaseUrl);
  cleanup.push(() => database.drop());
  const config = testConfig({ databaseUrl: database.databaseUrl });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  await createBenchDataset(runtime.db.prisma);
  const app = createApp(config, runtime);
  const url = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const headers = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
    authorization: `Bearer ${await runtime.tokens.sign(BENCH_VIEWER)}`,
  };
  const body = JSON.stringify({ query: NESTED_QUERY });
  const expectBody = await (await fetch(url, { method: 'POST', headers, body })).text();
  const generator = LoadGenerator.start();
  cleanup.push(() => generator.close());
  // A short warm-up first, so that the profile shows the steady state, not the JIT compiling.
  const target = { name: 'GraphQL', url, expectBody, meter: new RequestMeter(app.server) };
  await generator.run(target, { connections: settings.connections, duration: settings.warmup, headers, body }, () => runtime.db.statementCount());
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await generator.run(
    target,
    { connections: settings.connections, duration: settings.duration, headers, body },
    () => runtime.db.statementCount(),
  );
  const { profile } = await session.post('Profiler.stop');
  const out = process.argv[2] ?? 'nested-query.cpuprofile';
  await writeFile(out, JSON.stringify(profile));
  console.log(`${out}: ${result.rps.toFixed(1)} req/s, ${result.cpuPerRequest.toFixed(1)} CPU ms/req`);
  return true;
});
