// `npm run db:migrate`: applies pending migrations to the configured database.
import { openDatabase, type DatabaseTarget } from '../server/db/database.js';
import { defaultMigrationsDir, migrateDatabase } from '../server/db/migrate.js';
import { SchemaEngineError } from '../server/db/schema-engine.js';

// Read directly for now; switch to the typed config (server/config.ts: databaseUrl, dataDir) once
// it has settled. DATABASE_URL selects PostgreSQL, else the embedded PGlite data dir PMO_DATA_DIR.
const url = process.env.DATABASE_URL;
const target: DatabaseTarget = url
  ? { kind: 'postgres', url, poolSize: 1 }
  : { kind: 'pglite', dataDir: process.env.PMO_DATA_DIR || './.data' };
const where = target.kind === 'postgres' ? `PostgreSQL ${redact(target.url)}` : `PGlite ${target.dataDir}`;

function redact(connectionString: string): string {
  try {
    const parsed = new URL(connectionString);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  db = await openDatabase(target);
  const started = performance.now();
  const applied = await migrateDatabase(db, { log: (line) => console.log(line) });
  const ms = Math.round(performance.now() - started);
  console.log(
    applied.length === 0
      ? `${where} is up to date (migrations in ${defaultMigrationsDir}).`
      : `Applied ${applied.length} migration(s) to ${where} in ${ms} ms.`,
  );
} catch (error) {
  const message = error instanceof SchemaEngineError ? error.summary : error instanceof Error ? error.message : String(error);
  console.error(`db:migrate failed on ${where}: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exitCode = 1;
} finally {
  await db?.close().catch(() => {});
}
