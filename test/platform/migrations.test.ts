// The committed migrations must build exactly the database prisma/schema.prisma describes, and
// apply cleanly (once) on both the embedded PGlite and a real PostgreSQL server.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { defaultMigrationsDir, migrateDatabase } from '../../server/platform/db/migrate.js';
import { SchemaEngineError, diffDatabaseToSchema, readMigrations } from '../../server/platform/db/schema-engine.js';

const schemaPath = new URL('../../prisma/schema.prisma', import.meta.url);

describe('migrations on PGlite (in memory)', () => {
  let db: Database;
  let firstRun: string[];

  beforeAll(async () => {
    db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    firstRun = await migrateDatabase(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('applies every committed migration, in order', async () => {
    const { migrationDirectories } = await readMigrations(defaultMigrationsDir);
    expect(migrationDirectories.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(migrationDirectories.map((migration) => migration.path));
  });

  it('agrees with prisma/schema.prisma (no schema change without a migration)', async () => {
    const pending = await diffDatabaseToSchema(db.adapterFactory, await readFile(schemaPath, 'utf8'));
    // A failure here means schema.prisma changed without a migration:
    // run `npm run db:migration -- <name>` and commit the new prisma/migrations folder.
    expect(pending, 'schema.prisma has changes that no migration creates').toBe('');
  });

  it('applies nothing the second time', async () => {
    expect(await migrateDatabase(db)).toEqual([]);
  });

  it('runs each migration script whole, and a failing one changes nothing', async () => {
    await checkScriptHandling(db);
  });
});

/**
 * Applies two extra migrations after the committed ones: one with ";" inside a string and a
 * function body, one that fails halfway. Guards our executeScript workaround in schema-engine.ts:
 * the adapters' own executeScript would break the first and record the second as applied.
 */
async function checkScriptHandling(db: Database): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pmo-migrations-'));
  try {
    await cp(defaultMigrationsDir, dir, { recursive: true });
    const add = async (name: string, sql: string) => {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, 'migration.sql'), sql);
    };
    await add(
      '99990101000000_semicolons',
      `-- a comment; with a semicolon\nCREATE TABLE semi (v text DEFAULT 'a;b');\n` +
        `CREATE FUNCTION semi_f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n`,
    );
    expect(await migrateDatabase(db, { migrationsDir: dir })).toEqual(['99990101000000_semicolons']);

    await add('99990102000000_broken', 'CREATE TABLE half (id int);\nALTER TABLE nope ADD COLUMN x int;\n');
    const failure = migrateDatabase(db, { migrationsDir: dir });
    await expect(failure).rejects.toThrow(SchemaEngineError);
    await expect(failure).rejects.toThrow(/migration 99990102000000_broken failed: .*nope/);
    const [state] = await db.prisma.$queryRawUnsafe<{ half: string | null; finished: boolean }[]>(
      `SELECT to_regclass('half')::text AS half,
              (SELECT finished_at IS NOT NULL FROM _prisma_migrations
                WHERE migration_name = '99990102000000_broken') AS finished`,
    );
    expect(state).toEqual({ half: null, finished: false });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Runs only when TEST_DATABASE_URL points at a PostgreSQL server; the test works in its own
// throwaway database on that server so it never touches existing data.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('migrations on PostgreSQL (TEST_DATABASE_URL)', () => {
  const name = `pmo_migrations_test_${randomUUID().replaceAll('-', '')}`;
  let admin: pg.Client;
  let db: Database | undefined;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  });
  afterAll(async () => {
    await db?.close();
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.end();
  });

  it('applies every migration, records it like `prisma migrate deploy`, and applies nothing the second time', async () => {
    const { migrationDirectories } = await readMigrations(defaultMigrationsDir);
    const applied = await migrateDatabase(db!);
    expect(applied).toEqual(migrationDirectories.map((migration) => migration.path));

    const rows = await db!.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; ok: boolean }[]>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AND logs IS NULL AS ok
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    // Same record as `prisma migrate deploy`: the checksum is the SHA-256 of migration.sql.
    expect(rows).toEqual(
      migrationDirectories.map((migration) => ({
        migration_name: migration.path,
        checksum: createHash('sha256').update(migration.migrationFile.content.value).digest('hex'),
        ok: true,
      })),
    );
    expect(await migrateDatabase(db!)).toEqual([]);
  });

  it('runs each migration script whole, and a failing one changes nothing', async () => {
    await checkScriptHandling(db!);
  });
});
