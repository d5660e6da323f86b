// Resolves the token signing secret. Production must configure PMO_JWT_SECRET (config.ts enforces
// it); elsewhere a random development secret is generated once and kept in the data directory so
// that `npm run token` and the server agree across restarts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';

const DEV_SECRET_FILE = 'dev-jwt-secret';

export async function resolveJwtSecret(config: Config): Promise<string> {
  return (await locateJwtSecret(config)).secret;
}

export interface LocatedSecret {
  secret: string;
  /**
   * configured: PMO_JWT_SECRET; kept: read from the data directory; created: written there just
   * now (nothing signed with this directory's secret before); memory: lives in this process only.
   */
  source: 'configured' | 'kept' | 'created' | 'memory';
  /** The file holding a development secret. */
  file?: string;
}

/** resolveJwtSecret, saying where the secret came from (`npm run token` warns about a new one). */
export async function locateJwtSecret(config: Config): Promise<LocatedSecret> {
  if (config.jwtSecret) return { secret: config.jwtSecret, source: 'configured' };
  if (config.env === 'production') throw new Error('PMO_JWT_SECRET is required in production');
  if (config.dataDir === 'memory://') return { secret: randomBytes(32).toString('base64url'), source: 'memory' };
  const file = path.join(config.dataDir, DEV_SECRET_FILE);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return { secret: existing, source: 'kept', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return { secret, source: 'created', file };
}
