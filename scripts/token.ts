// npm run token -- <email>: prints a bearer token for that user, signed with PMO_JWT_SECRET (or
// the development secret kept in the data directory). It does not open the database: the
// server checks the user and reads their role on every request.
import { resolveJwtSecret } from '../server/auth/secret.js';
import { createTokenService } from '../server/auth/tokens.js';
import { ConfigError, loadConfig } from '../server/config.js';

const email = process.argv[2]?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run token -- <email>   (for example admin@pmo.local)');
  process.exit(2);
}
try {
  const config = loadConfig();
  const tokens = createTokenService({
    secret: await resolveJwtSecret(config),
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    ttlSeconds: config.tokenTtlSeconds,
  });
  console.log(await tokens.sign(email));
} catch (error) {
  console.error(`token: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
