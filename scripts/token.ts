// npm run token -- <email>: prints a bearer token for that user, signed with PMO_JWT_SECRET (or
// the development secret kept in the data directory). It does not open the database: the
// server checks the user and reads their role on every request.
//
// It must see the same PMO_DATA_DIR (or PMO_JWT_SECRET) as the server, which is why the server's
// start-up banner prints this command with the settings it runs with.
import { locateJwtSecret } from '../server/auth/secret.js';
import { signingSecretIsEphemeral } from '../server/auth/token-command.js';
import { createTokenService } from '../server/auth/tokens.js';
import { ConfigError, loadConfig } from '../server/config.js';

const email = process.argv[2]?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run token -- <email>   (for example admin@pmo.local)');
  process.exit(2);
}
try {
  const config = loadConfig();
  if (signingSecretIsEphemeral(config)) {
    // A secret made here would be this process's own: no server could ever accept the token.
    console.error(
      'token: with PMO_DATA_DIR=memory:// the server keeps its signing secret in memory, so no token signed here can work.\n' +
        '       Copy a demo token from the server\'s start-up banner, or start the server and this command with the same PMO_JWT_SECRET.',
    );
    process.exit(1);
  }
  const located = await locateJwtSecret(config);
  if (located.source === 'created') {
    console.error(
      `token: note: ${located.file} did not exist, so a new signing secret was made there. A server started with\n` +
        '       another PMO_DATA_DIR refuses this token: run the command its start-up banner prints.',
    );
  }
  const tokens = createTokenService({
    secret: located.secret,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    ttlSeconds: config.tokenTtlSeconds,
  });
  console.log(await tokens.sign(email));
} catch (error) {
  console.error(`token: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
