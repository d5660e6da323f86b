// Builds everything a running server needs from a Config: domains installed, database (migrated,
// built-in methodologies, demo data), tokens, logger. Shared by main.ts and the tests so both run
// the same start-up path.
import type { Logger } from 'pino';
import { resolveJwtSecret } from './auth/secret.js';
import { foreignTokenHint } from './auth/token-command.js';
import { createTokenService, type TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { seedDemoData } from './demo/seed.js';
import { installDomains } from './domains.js';
import { createLogger } from './logger.js';
import { syncBuiltInMethodologies } from './methodology/index.js';
import { syncBuiltInScoringModels } from './portfolio/index.js';
import { openDatabase, type Database, type DatabaseTarget } from './platform/db/database.js';
import { migrateDatabase } from './platform/db/migrate.js';

export interface Runtime {
  config: Config;
  db: Database;
  tokens: TokenService;
  log: Logger;
}

export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir, sharedBuffers: config.pgliteSharedBuffers };
}

export async function startRuntime(config: Config, log: Logger = createLogger(config)): Promise<Runtime> {
  installDomains();
  const db = await openDatabase(databaseTarget(config));
  try {
    const applied = await migrateDatabase(db, { log: (line) => log.info(line) });
    if (applied.length === 0) log.debug('database schema up to date');
    await syncBuiltInMethodologies(db.prisma, log);
    await syncBuiltInScoringModels(db.prisma);
    if (config.seedDemoData && (await seedDemoData(db.prisma))) log.info('loaded demo data into the empty database');
    const secret = await resolveJwtSecret(config);
    const tokens = createTokenService({
      secret,
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      ttlSeconds: config.tokenTtlSeconds,
      // Production says only that the secret differs; elsewhere, which command gives a good token.
      foreignTokenHint: config.env === 'production' ? undefined : (email) => foreignTokenHint(config, email),
    });
    return { config, db, tokens, log };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
