// Where integration suites run: always on in-memory PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set (each suite then gets a fresh database of its own on that server).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../server/platform/db/database.js';

export type Backend = 'pglite' | 'postgres';

export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface ScratchDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export async function scratchDatabase(backend: Backend): Promise<ScratchDatabase> {
  if (backend === 'pglite') return { target: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const scratch = await scratchPostgres(adminUrl, 'pmo_test');
  return { target: { kind: 'postgres', url: scratch.url, poolSize: 5 }, drop: scratch.drop };
}

/**
 * A fresh database on the PostgreSQL server of `adminUrl`, named `<prefix>_<random>`, and how to
 * drop it. Tests and benchmarks never touch existing data.
 */
export async function scratchPostgres(adminUrl: string, prefix: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
