// `npm run bench:scale`: seeds 100, 1,000 and 10,000 projects (bench/scale-settings.ts) on
// PGlite and on PostgreSQL, and measures every list and summary of the API through the full HTTP
// stack: median and p95 latency, SQL statements, rows read and rows returned to Node per request,
// and server RSS. Each (database, size) runs in a process of its own (scale-run.ts). Prints a
// table per database with the growth ratios largest / smallest size, flags what misses the
// targets of "Fast at 10,000 projects", and writes everything to bench/results/scale-<time>.json.
// Exit code: 0 all targets met, 1 some missed (the table says which), 2 the benchmark failed.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBenchmark } from './lifecycle.js';
import { describeMachine } from './report.js';
import { printDatabase, TARGETS, type Flag } from './scale-report.js';
import type { SizeResult } from './scale-run.js';
import { readScaleSettings, type ScaleDatabase } from './scale-settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));

await runBenchmark(main);

async function main(): Promise<boolean> {
  // PMO_BENCH_REPORT=<results file>: prints the tables of an earlier run again, measures nothing.
  if (process.env.PMO_BENCH_REPORT) return report(JSON.parse(await readFile(process.env.PMO_BENCH_REPORT, 'utf8')) as Saved);
  const settings = readScaleSettings();
  const machine = describeMachine();
  console.log(
    `bench:scale on ${settings.databases.join(' and ')}, sizes ${settings.sizes.join(', ')} projects, node ${process.version}, ${machine}\n` +
      `shape: ${JSON.stringify(settings.shape)}; ${settings.runs} sequential runs per query after ${settings.warmup} warm-up\n` +
      `rows read: EXPLAIN (ANALYZE) of each SELECT a request sent, rows visited by its scans (scale-recorder.ts)`,
  );
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'pmo-scale-'));
  const results: SizeResult[] = [];
  try {
    for (const database of settings.databases) {
      for (const projects of settings.sizes) results.push(await runSize(database, projects, path.join(scratch, `${database}-${projects}.json`)));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const flags = printAll(results, machine);
  const out = path.join(here, 'results', `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ machine, settings, targets: TARGETS, results, flags } satisfies Saved, null, 2));
  console.log(`results: ${path.relative(process.cwd(), out)}`);
  return flags.length === 0;
}

interface Saved {
  machine: string;
  settings: unknown;
  targets: typeof TARGETS;
  results: SizeResult[];
  flags: Flag[];
}

function report(saved: Saved): boolean {
  return printAll(saved.results, saved.machine).length === 0;
}

function printAll(results: SizeResult[], machine: string): Flag[] {
  const flags: Flag[] = [];
  for (const database of new Set(results.map((r) => r.database))) flags.push(...printDatabase(results.filter((r) => r.database === database), machine));
  console.log(
    `\nTargets (issue "Fast at 10,000 projects"): median < ${TARGETS.medianMs} ms at 10,000 on PostgreSQL; page queries' rows read ` +
      `growing < ${TARGETS.pageGrowth}× from the smallest to the largest size; summaries returning a fixed number of rows to Node; ` +
      `statements independent of size; RSS < ${TARGETS.pgliteRssMb} MB on PGlite. Latency is noisy on a shared machine: ` +
      `compare sizes within this run. Load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
  console.log(flags.length ? `\n${flags.length} flagged:\n${flags.map((f) => `  ${f.database}: ${f.query}: ${f.what}`).join('\n')}` : '\nEvery target met.');
  return flags;
}

function runSize(database: ScaleDatabase, projects: number, out: string): Promise<SizeResult> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'scale-run.ts')], {
    env: { ...process.env, PMO_SCALE_DATABASE: database, PMO_SCALE_PROJECTS: String(projects), PMO_SCALE_OUT: out },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${database} at ${projects} projects: scale-run.ts exited with ${code}`));
      readFile(out, 'utf8').then((text) => resolve(JSON.parse(text) as SizeResult), reject);
    });
  });
}
