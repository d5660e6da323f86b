// The benchmark's settings, from the environment (all optional):
//   BENCH_DATABASE_URL  a PostgreSQL server to create a scratch database on (default: PGlite)
//   BENCH_CONNECTIONS   concurrent connections (10)
//   BENCH_DURATION      seconds per measured run (4)
//   BENCH_ROUNDS        alternating rounds: minimal, json_agg, then GraphQL (5)
//   BENCH_WARMUP        seconds of warm-up for each server (2)
//   BENCH_BASELINE      select | include: how the minimal handler queries (see baseline.ts)
//   BENCH_RESPONSE_CACHE seconds the GraphQL server caches answers (PMO_RESPONSE_CACHE_SECONDS; 0, off)
// Many short alternating rounds, and the median of each server's runs, keep a burst of load from
// elsewhere on the machine from deciding the result.
import type { BaselineMode } from './baseline.js';

export interface BenchSettings {
  adminDatabaseUrl: string | undefined;
  connections: number;
  duration: number;
  rounds: number;
  warmup: number;
  baseline: BaselineMode;
  responseCacheSeconds: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    adminDatabaseUrl: env.BENCH_DATABASE_URL || undefined,
    connections: positive(env, 'BENCH_CONNECTIONS', 10),
    duration: positive(env, 'BENCH_DURATION', 4),
    rounds: positive(env, 'BENCH_ROUNDS', 5),
    warmup: positive(env, 'BENCH_WARMUP', 2),
    baseline: baselineMode(env.BENCH_BASELINE),
    responseCacheSeconds: env.BENCH_RESPONSE_CACHE ? positive(env, 'BENCH_RESPONSE_CACHE', 0) : 0,
  };
}

/** A positive integer setting from the environment (`fallback` when unset or empty). */
export function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function baselineMode(raw: string | undefined): BaselineMode {
  if (raw === undefined || raw === '' || raw === 'select') return 'select';
  if (raw === 'include') return 'include';
  throw new Error(`BENCH_BASELINE must be "select" or "include", got "${raw}"`);
}
