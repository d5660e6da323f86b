// Where a newcomer gets a token this server accepts. `npm run token` signs with the secret it finds
// from its own environment, so it only agrees with the server when both see the same
// PMO_JWT_SECRET, or the same PMO_DATA_DIR (where the development secret is kept), and the same
// issuer and audience. This module writes the command with exactly the settings the server runs
// with, or says that no command can work (a development secret kept in memory).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';

/** The data directory `npm run token` uses when PMO_DATA_DIR is unset (npm runs it in the project root). */
const DEFAULT_DATA_DIR = path.join(fileURLToPath(new URL('../../', import.meta.url)), '.data');
const DEFAULT_ISSUER = 'pmo-engine';
const DEFAULT_AUDIENCE = 'pmo-engine';

/** True when the server's signing secret lives only in its memory: no other process can sign for it. */
export function signingSecretIsEphemeral(config: Config): boolean {
  return !config.jwtSecret && config.dataDir === 'memory://';
}

/**
 * The shell command that prints a token this server accepts for `email`, or null when there is
 * none (see signingSecretIsEphemeral). A configured PMO_JWT_SECRET is never printed: the command
 * passes on the caller's own `$PMO_JWT_SECRET`.
 */
export function tokenCommand(config: Config, email = '<email>'): string | null {
  if (signingSecretIsEphemeral(config)) return null;
  const env: string[] = [];
  if (config.jwtSecret) env.push('PMO_JWT_SECRET="$PMO_JWT_SECRET"');
  else if (path.resolve(config.dataDir) !== DEFAULT_DATA_DIR) env.push(`PMO_DATA_DIR=${shellQuote(config.dataDir)}`);
  if (config.jwtIssuer !== DEFAULT_ISSUER) env.push(`PMO_JWT_ISSUER=${shellQuote(config.jwtIssuer)}`);
  if (config.jwtAudience !== DEFAULT_AUDIENCE) env.push(`PMO_JWT_AUDIENCE=${shellQuote(config.jwtAudience)}`);
  return [...env, 'npm run token --', shellQuote(email)].join(' ');
}

/** What to tell the holder of a token this server refuses because another secret signed it. */
export function foreignTokenHint(config: Config, email: string | undefined): string {
  if (signingSecretIsEphemeral(config)) {
    return (
      'This server keeps its signing secret in memory (PMO_DATA_DIR=memory://), so only the demo tokens ' +
      'printed when it started work; set PMO_JWT_SECRET to sign your own with npm run token'
    );
  }
  return `Get a token for this server with: ${tokenCommand(config, email)}`;
}

/** Leaves plain words (emails, most paths) and the `<email>` placeholder alone; single-quotes the rest. */
function shellQuote(value: string): string {
  if (value === '<email>' || /^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
