// Brings a database up to date with the committed migrations. Called at server start and by tests.
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';
import { applyMigrations } from './schema-engine.js';

/** The repository's `prisma/migrations`, found from this file so the working directory does not matter. */
export const defaultMigrationsDir = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

export interface MigrateOptions {
  migrationsDir?: string;
  /** Receives one line per applied migration. */
  log?: (message: string) => void;
}

/** Applies pending migrations; returns the names of those applied (empty when up to date). */
export async function migrateDatabase(db: Database, opts: MigrateOptions = {}): Promise<string[]> {
  const { applied } = await applyMigrations(db.adapterFactory, opts.migrationsDir ?? defaultMigrationsDir);
  for (const name of applied) opts.log?.(`applied migration ${name}`);
  return applied;
}
