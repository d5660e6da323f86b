// The settings of `npm run bench:scale`, from the environment (all optional):
//   PMO_BENCH_SIZES        project counts to seed and measure (100,1000,10000)
//   PMO_BENCH_DATABASES    pglite and/or postgres (pglite, plus postgres when BENCH_DATABASE_URL is set)
//   PMO_BENCH_PGLITE       disk (a fresh temporary data directory, as `npm start` runs) or memory (memory://);
//                          disk by default
//   PMO_PGLITE_SHARED_BUFFERS  the server's own setting (README), e.g. 160MB to compare with PGlite's default
//   BENCH_DATABASE_URL     the PostgreSQL server to create scratch databases on (see settings.ts)
//   PMO_BENCH_RUNS         timed sequential requests per query (20), after PMO_BENCH_WARMUP (3)
//   PMO_BENCH_QUERY_BUDGET seconds a query's timed runs may take before stopping early (30; at least 5 runs)
//   PMO_BENCH_SHAPE        the data set's shape, e.g. "portfolios=10,risksPerProject=5,methodologies=hybrid+agile"
//                          (keys of ScaleShape in scale-dataset.ts)
//   PMO_BENCH_QUERIES      only the queries whose names contain one of these words (comma-separated)
import { DEFAULT_SCALE_SHAPE, type ScaleShape } from './scale-dataset.js';
import { readSettings } from './settings.js';

export type ScaleDatabase = 'pglite' | 'postgres';

export interface ScaleSettings {
  sizes: number[];
  databases: ScaleDatabase[];
  adminDatabaseUrl: string | undefined;
  /** Where PGlite keeps the database: a temporary data directory (as `npm start`), or memory://. */
  pglite: 'disk' | 'memory';
  runs: number;
  warmup: number;
  queryBudgetMs: number;
  shape: ScaleShape;
  queries: string[];
}

export function readScaleSettings(env: NodeJS.ProcessEnv = process.env): ScaleSettings {
  const { adminDatabaseUrl } = readSettings(env);
  const databases = list(env.PMO_BENCH_DATABASES, adminDatabaseUrl ? ['pglite', 'postgres'] : ['pglite']).map((name) => {
    if (name !== 'pglite' && name !== 'postgres') throw new Error(`PMO_BENCH_DATABASES: "${name}" is neither pglite nor postgres`);
    return name as ScaleDatabase;
  });
  if (databases.includes('postgres') && !adminDatabaseUrl) throw new Error('PMO_BENCH_DATABASES names postgres: set BENCH_DATABASE_URL too');
  const pglite = env.PMO_BENCH_PGLITE?.trim() || 'disk';
  if (pglite !== 'disk' && pglite !== 'memory') throw new Error(`PMO_BENCH_PGLITE: "${pglite}" is neither disk nor memory`);
  return {
    sizes: list(env.PMO_BENCH_SIZES, ['100', '1000', '10000']).map((size) => positive('PMO_BENCH_SIZES', size)),
    databases,
    adminDatabaseUrl,
    pglite,
    runs: positive('PMO_BENCH_RUNS', env.PMO_BENCH_RUNS ?? '20'),
    warmup: positive('PMO_BENCH_WARMUP', env.PMO_BENCH_WARMUP ?? '3'),
    queryBudgetMs: positive('PMO_BENCH_QUERY_BUDGET', env.PMO_BENCH_QUERY_BUDGET ?? '30') * 1000,
    shape: parseShape(env.PMO_BENCH_SHAPE),
    queries: list(env.PMO_BENCH_QUERIES, []),
  };
}

export function parseShape(raw: string | undefined): ScaleShape {
  const shape: ScaleShape = { ...DEFAULT_SCALE_SHAPE };
  for (const part of list(raw, [])) {
    const [key, value = ''] = part.split('=').map((s) => s.trim()) as [string, string?];
    if (!(key in shape)) throw new Error(`PMO_BENCH_SHAPE: unknown key "${key}" (one of ${Object.keys(shape).join(', ')})`);
    if (key === 'methodologies') shape.methodologies = value.split('+').filter(Boolean);
    else (shape as unknown as Record<string, number>)[key] = key === 'ruleHistoryRounds' && value === '0' ? 0 : positive(`PMO_BENCH_SHAPE ${key}`, value);
  }
  return shape;
}

function list(raw: string | undefined, fallback: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

function positive(name: string, raw: string): number {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}
