// Where a benchmark runs: in-memory PGlite by default; with BENCH_DATABASE_URL, a scratch
// database created on that PostgreSQL server for this run and dropped afterwards.
import { scratchPostgres } from '../test/support/databases.js';

export interface BenchDatabase {
  label: string;
  /** For testConfig: undefined means the embedded PGlite (in memory). */
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

export async function benchDatabase(adminUrl: string | undefined, prefix = 'pmo_bench'): Promise<BenchDatabase> {
  if (!adminUrl) return { label: 'PGlite (in memory, same process)', databaseUrl: undefined, drop: async () => {} };
  const scratch = await scratchPostgres(adminUrl, prefix);
  const host = new URL(scratch.url).host;
  return { label: `PostgreSQL ${host}/${scratch.name} (scratch, dropped afterwards)`, databaseUrl: scratch.url, drop: scratch.drop };
}
