// Where the rules benchmark runs: in-memory PGlite by default; with BENCH_DATABASE_URL, a scratch
// database created on that PostgreSQL server for this run and dropped afterwards (the same
// approach as test/support/databases.ts), so the benchmark never touches existing data.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  label: string;
  /** For testConfig: undefined means the embedded PGlite, in memory. */
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

export async function scratchDatabase(adminUrl: string | undefined): Promise<ScratchDatabase> {
  if (!adminUrl) return { label: 'PGlite (in memory, same process)', databaseUrl: undefined, drop: async () => {} };
  const name = `pmo_rules_bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    label: `PostgreSQL ${url.host}/${name} (scratch, dropped afterwards)`,
    databaseUrl: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
