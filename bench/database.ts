// Where a benchmark runs: in-memory PGlite by default (or, with `pgliteOnDisk`, PGlite in a fresh
// temporary data directory, as `npm start` runs it); with BENCH_DATABASE_URL, a scratch database
// created on that PostgreSQL server for this run and dropped afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scratchPostgres } from '../test/support/databases.js';

export interface BenchDatabase {
  label: string;
  /** For testConfig: undefined means the embedded PGlite (in memory). */
  databaseUrl: string | undefined;
  /** For testConfig: PGlite's data directory (`memory://` unless pgliteOnDisk). */
  dataDir: string;
  drop(): Promise<void>;
}

export async function benchDatabase(
  adminUrl: string | undefined,
  prefix = 'pmo_bench',
  options: { pgliteOnDisk?: boolean } = {},
): Promise<BenchDatabase> {
  if (!adminUrl && options.pgliteOnDisk) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-pglite-`));
    return {
      label: `PGlite (data directory ${dataDir}, same process)`,
      databaseUrl: undefined,
      dataDir,
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  if (!adminUrl) return { label: 'PGlite (in memory, same process)', databaseUrl: undefined, dataDir: 'memory://', drop: async () => {} };
  const scratch = await scratchPostgres(adminUrl, prefix);
  const host = new URL(scratch.url).host;
  return { label: `PostgreSQL ${host}/${scratch.name} (scratch, dropped afterwards)`, databaseUrl: scratch.url, dataDir: 'memory://', drop: scratch.drop };
}
