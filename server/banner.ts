// The lines a developer sees when the server starts (never in production): where it runs, where
// GraphiQL is, and how to get a token this very server accepts — the exact `npm run token` command
// for its settings, or, when its secret lives in memory and no such command can work, ready-made
// tokens for the demo users.
import type { TokenService } from './auth/tokens.js';
import { tokenCommand } from './auth/token-command.js';
import type { Config } from './config.js';
import { DEMO_EMAILS } from './demo/seed.js';

export interface BannerInput {
  config: Config;
  url: string;
  database: 'pglite' | 'postgres';
  tokens: TokenService;
  /** Whether the demo users exist (demo data loaded now or before). */
  demoUsers: boolean;
}

/** The demo users the banner names, one per role. */
const BANNER_USERS = [DEMO_EMAILS.admin, DEMO_EMAILS.exec, DEMO_EMAILS.portfolio, DEMO_EMAILS.pm, DEMO_EMAILS.member];

/** The banner's lines, or none in production. */
export async function startupBanner(input: BannerInput): Promise<string[]> {
  const { config, url } = input;
  if (config.env === 'production') return [];
  const lines = ['', `  PMO Engine is running on ${input.database === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`];
  if (config.graphiql) lines.push(`  GraphiQL:  ${url}/graphql${input.demoUsers ? '   (its Headers tab holds a demo token)' : ''}`);
  const command = tokenCommand(config, DEMO_EMAILS.admin);
  if (command) {
    lines.push(`  Get a token: ${command}`);
    if (input.demoUsers) lines.push('               (demo users: admin@, exec@, portfolio@, pm@, member@pmo.local)');
    if (config.jwtSecret) lines.push('               (with the same PMO_JWT_SECRET as this server in your environment)');
  } else if (input.demoUsers) {
    lines.push(`  The signing secret lives in memory (PMO_DATA_DIR=memory://): npm run token cannot sign for this`);
    lines.push(`  server. Demo tokens, valid ${Math.round(config.tokenTtlSeconds / 3600)} h:`);
    for (const email of BANNER_USERS) lines.push(`    ${email.padEnd(20)} ${await input.tokens.sign(email)}`);
  } else {
    lines.push('  The signing secret lives in memory (PMO_DATA_DIR=memory://) and there are no demo users: set');
    lines.push('  PMO_JWT_SECRET (and the same for npm run token) to sign tokens.');
  }
  lines.push('  Then send the header  Authorization: Bearer <token>', '');
  return lines;
}
