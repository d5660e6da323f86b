// `npm run db:migrate`: applies pending migrations to the configured database.
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase } from '../server/platform/db/database.js';
import { defaultMigrationsDir, migrateDatabase } from '../server/platform/db/migrate.js';
import { SchemaEngineError } from '../server/platform/db/schema-engine.js';

import { databaseTarget } from '../server/runtime.js';

// DATABASE_URL selects PostgreSQL, else the embedded PGlite data directory PMO_DATA_DIR.
let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(`db:migrate: ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}
const target = databaseTarget(config);
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
