// The dryRunPolicy part of `npm run bench:portfolio` (issue 14 §7), runnable alone with
// `npx tsx bench/portfolio-policy.ts`: the scale data set (bench/scale-dataset.ts, set-based
// SQL inserts) at 1,000 and at 10,000 projects on in-memory PGlite, and one organisation policy
// dry-run over every project through the real GraphQL API over HTTP: its time (median of a few
// runs after a warm-up) and its SQL statements, at both sizes, to show that the statements do
// not grow with the number of projects. Target: under 2 s at 10,000 projects.
//
// Measured (2026-12-03, PGlite in memory, 2 shared cores under a load average of 5): 1,535 ms at
// 10,000 projects (750 failing, 374 blocked moves), 6 statements at 1,000 and at 10,000.
//
// The policy: every project in scope spends within its budget (a check over project.* facts),
// BLOCKING, so that the answer also lists the moves it would refuse; the query selects the
// failing projects' codes and evidence and the blocked moves, as a PMO screen would.
import { fileURLToPath } from 'node:url';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import { startRuntime } from '../server/runtime.js';
import { benchDatabase } from './database.js';
import { runBenchmark } from './lifecycle.js';
import { DEFAULT_SCALE_SHAPE, seedScaleDataset, SCALE_ADMIN } from './scale-dataset.js';
import { httpSend } from './scale-measure.js';

const DRY_RUN = `
  query BenchDryRunPolicy($input: DryRunPolicyInput!) {
    dryRunPolicy(input: $input) {
      __typename
      ... on QueryDryRunPolicySuccess { data { evaluated failing { project { code } evidence } blockedTransitions { kind from to } } }
      ... on Error { message }
    }
  }`;

const POLICY = {
  key: 'spend-within-budget',
  name: 'Spend within budget',
  check: { '<=': [{ var: 'project.actualCost' }, { var: 'project.budget' }] },
  severity: 'ERROR',
  message: 'Actual cost must not exceed the budget.',
  mode: 'BLOCKING',
};

/** Fewer stored rule results and risks than bench:scale: the dry run reads facts, not results. */
const SHAPE = { ...DEFAULT_SCALE_SHAPE, ruleResultsPerProject: 4, auditEventsPerProject: 1 };

interface SizeFigures {
  projects: number;
  evaluated: number;
  failing: number;
  blocked: number;
  millis: number;
  statements: number;
}

async function measureAt(projects: number, runs = 3): Promise<SizeFigures> {
  const database = await benchDatabase(undefined, 'pmo_policy');
  const config = testConfig({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  const runtime = await startRuntime(config);
  try {
    const seeded = performance.now();
    await seedScaleDataset(runtime.db.prisma, projects, SHAPE);
    log(`${projects} projects seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const app = createApp(config, runtime);
    const url = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
    try {
      const token = await runtime.tokens.sign(SCALE_ADMIN);
      const send = httpSend(url, async () => token);
      type Answer = { data: { dryRunPolicy: { __typename: string; message?: string; data?: { evaluated: number; failing: unknown[]; blockedTransitions: unknown[] } } } };
      const dryRun = async () => {
        const answer = ((await send(DRY_RUN, { input: { policy: POLICY } }, SCALE_ADMIN)) as Answer).data.dryRunPolicy;
        if (!answer.data) throw new Error(`dryRunPolicy answered ${answer.__typename}: ${answer.message}`);
        return answer.data;
      };
      await dryRun(); // warm-up: methodologies compiled, plans cached
      const before = runtime.db.statementCount();
      const result = await dryRun();
      const statements = runtime.db.statementCount() - before;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await dryRun();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const figures = {
        projects, evaluated: result.evaluated, failing: result.failing.length, blocked: result.blockedTransitions.length,
        millis: times[Math.floor(times.length / 2)]!, statements,
      };
      log(`${projects} projects: dryRunPolicy ${figures.millis.toFixed(0)} ms (median of ${runs}), ${statements} statements, ` +
        `${figures.evaluated} evaluated, ${figures.failing} failing, ${figures.blocked} blocked moves`);
      return figures;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.db.close();
    await database.drop();
  }
}

/** dryRunPolicy over 10,000 projects (time, statements) and the statements at 1,000 beside it. */
export async function benchPolicyDryRun(): Promise<{ projects: number; millis: number; statements: number; statementsAt1000: number }> {
  const small = await measureAt(1000);
  const large = await measureAt(10_000);
  return { projects: large.projects, millis: large.millis, statements: large.statements, statementsAt1000: small.statements };
}

function log(line: string): void {
  console.log(`[policy] ${line}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runBenchmark(
    async () => {
      const figures = await benchPolicyDryRun();
      const pass = figures.millis < 2000 && figures.statements === figures.statementsAt1000;
      log(`${pass ? 'PASS' : 'FAIL'}: ${figures.projects} projects in ${figures.millis.toFixed(0)} ms (target < 2000 ms), ` +
        `${figures.statements} statements (${figures.statementsAt1000} at 1,000)`);
      return pass;
    },
    { deadlineMs: 15 * 60_000 },
  );
}
