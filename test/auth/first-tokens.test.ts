// A newcomer's first token: the start-up banner prints the `npm run token` command that works for
// the server's own settings (or, when its secret lives in memory, ready-made demo tokens that work),
// and a token signed with another secret is refused with a message that says so and what to run.
// (The real processes — `PMO_DATA_DIR=… npm start` and the printed command — are in
// test/http/operations.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { foreignTokenHint, tokenCommand } from '../../server/auth/token-command.js';
import { createTokenService, InvalidTokenError } from '../../server/auth/tokens.js';
import { startupBanner } from '../../server/banner.js';
import { loadConfig, type Config } from '../../server/config.js';
import { startRuntime, type Runtime } from '../../server/runtime.js';

const development = (env: NodeJS.ProcessEnv = {}): Config => loadConfig({ NODE_ENV: 'development', ...env });
const SECRET = 'a-configured-secret-of-32-characters';

describe('the token command for a server', () => {
  it('is plain `npm run token` on the default data directory', () => {
    expect(tokenCommand(development(), 'pm@pmo.local')).toBe('npm run token -- pm@pmo.local');
  });

  it('names the data directory the server keeps its secret in', () => {
    expect(tokenCommand(development({ PMO_DATA_DIR: '/somewhere' }), 'pm@pmo.local')).toBe('PMO_DATA_DIR=/somewhere npm run token -- pm@pmo.local');
    expect(tokenCommand(development({ PMO_DATA_DIR: "/tmp/my data/o'hara" }))).toBe(`PMO_DATA_DIR='/tmp/my data/o'\\''hara' npm run token -- <email>`);
  });

  it('passes on PMO_JWT_SECRET without printing it, and a non-default issuer and audience', () => {
    const command = tokenCommand(development({ PMO_JWT_SECRET: SECRET, PMO_JWT_ISSUER: 'acme pmo', PMO_JWT_AUDIENCE: 'acme' }), 'pm@pmo.local');
    expect(command).toBe(`PMO_JWT_SECRET="$PMO_JWT_SECRET" PMO_JWT_ISSUER='acme pmo' PMO_JWT_AUDIENCE=acme npm run token -- pm@pmo.local`);
    expect(command).not.toContain(SECRET);
  });

  it('does not exist when the secret lives in memory', () => {
    expect(tokenCommand(development({ PMO_DATA_DIR: 'memory://' }))).toBeNull();
    expect(tokenCommand(development({ PMO_DATA_DIR: 'memory://', PMO_JWT_SECRET: SECRET }))).toBe('PMO_JWT_SECRET="$PMO_JWT_SECRET" npm run token -- <email>');
  });
});

describe('a token signed with another secret', () => {
  const config = development({ PMO_DATA_DIR: '/somewhere' });
  const settings = { issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: 60 };
  const server = createTokenService({ ...settings, secret: 'the-server-secret-of-32-characters!', foreignTokenHint: (email) => foreignTokenHint(config, email) });
  const elsewhere = createTokenService({ ...settings, secret: 'another-directory-secret-32-chars!!' });

  it('is refused, saying why and which command gives one that works', async () => {
    const refusal = await server.verify(await elsewhere.sign('pm@pmo.local')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidTokenError);
    expect(refusal).toMatchObject({
      message: "Invalid token: it was signed with another secret than this server's",
      hint: 'Get a token for this server with: PMO_DATA_DIR=/somewhere npm run token -- pm@pmo.local',
    });
  });

  it('is refused with no hint where the server gives none (production)', async () => {
    const quiet = createTokenService({ ...settings, secret: 'the-server-secret-of-32-characters!' });
    await expect(quiet.verify(await elsewhere.sign('pm@pmo.local'))).rejects.toMatchObject({
      message: "Invalid token: it was signed with another secret than this server's",
      hint: undefined,
    });
  });

  it('says so when only the issuer differs', async () => {
    const otherIssuer = createTokenService({ ...settings, issuer: 'someone-else', secret: 'the-server-secret-of-32-characters!' });
    await expect(server.verify(await otherIssuer.sign('pm@pmo.local'))).rejects.toMatchObject({
      message: 'Invalid token: it was issued for another server (its "iss" claim differs)',
    });
  });
});

// The real start-up path on `PMO_DATA_DIR=memory://` with no PMO_JWT_SECRET: the one case where
// no `npm run token` can ever sign for the server.
describe('a development server whose secret lives in memory', () => {
  const config = { ...development({ PMO_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }), alertSweepIntervalMs: 0 };
  let runtime: Runtime;
  let app: App;
  let banner: string[];
  beforeAll(async () => {
    runtime = await startRuntime(config);
    app = createApp(config, runtime);
    banner = await startupBanner({ config, url: 'http://localhost:4000', database: 'pglite', tokens: runtime.tokens, demoUsers: true });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.db.close();
  });

  const viewer = async (authorization: string) => {
    const response = await app.fetch(
      new Request('http://pmo.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ viewer { email role } }' }),
      }),
    );
    return response.json();
  };

  it('loaded the demo data (development default)', async () => {
    expect(await runtime.db.prisma.user.count({ where: { email: 'admin@pmo.local' } })).toBe(1);
  });

  it('prints demo tokens in its banner, one per role, and each of them works', async () => {
    expect(banner.join('\n')).toContain('npm run token cannot sign for this');
    const tokens = banner.flatMap((line) => {
      const match = /^ {4}(\S+@pmo\.local) +(\S+)$/.exec(line);
      return match ? [[match[1]!, match[2]!] as const] : [];
    });
    expect(tokens.map(([email]) => email)).toEqual(['admin@pmo.local', 'exec@pmo.local', 'portfolio@pmo.local', 'pm@pmo.local', 'member@pmo.local']);
    const roles = [];
    for (const [email, token] of tokens) {
      const result = (await viewer(`Bearer ${token}`)) as { data: { viewer: { email: string; role: string } } };
      expect(result.data.viewer.email).toBe(email);
      roles.push(result.data.viewer.role);
    }
    expect(roles).toEqual(['PMO_ADMIN', 'EXECUTIVE', 'PORTFOLIO_MANAGER', 'PROJECT_MANAGER', 'TEAM_MEMBER']);
  });

  it('refuses a token from `npm run token` (another secret) and says that only the banner tokens work', async () => {
    const foreign = createTokenService({ secret: 'what-npm-run-token-made-32-chars!!!', issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: 60 });
    expect(await viewer(`Bearer ${await foreign.sign('pm@pmo.local')}`)).toMatchObject({
      errors: [
        {
          message:
            "Invalid token: it was signed with another secret than this server's. This server keeps its signing secret in memory " +
            '(PMO_DATA_DIR=memory://), so only the demo tokens printed when it started work; set PMO_JWT_SECRET to sign your own with npm run token',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });
});

describe('the start-up banner', () => {
  const tokens = createTokenService({ secret: SECRET, issuer: 'pmo-engine', audience: 'pmo-engine', ttlSeconds: 60 });
  const banner = async (config: Config, demoUsers = true) =>
    (await startupBanner({ config, url: 'http://localhost:4000', database: 'pglite', tokens, demoUsers })).join('\n');

  it('prints the exact token command for the data directory the server uses', async () => {
    const text = await banner(development({ PMO_DATA_DIR: '/somewhere' }));
    expect(text).toContain('PMO Engine is running on PGlite (/somewhere)');
    expect(text).toContain('Get a token: PMO_DATA_DIR=/somewhere npm run token -- admin@pmo.local');
    expect(text).toContain('GraphiQL:  http://localhost:4000/graphql   (its Headers tab holds a demo token)');
  });

  it('says how to sign tokens when the secret lives in memory and there are no demo users', async () => {
    const text = await banner(development({ PMO_DATA_DIR: 'memory://' }), false);
    expect(text).toContain('there are no demo users: set');
    expect(text).not.toMatch(/ey[\w-]+\./);
  });

  it('is not printed in production', async () => {
    expect(await banner(loadConfig({ NODE_ENV: 'production', PMO_JWT_SECRET: SECRET, PMO_DATA_DIR: 'memory://', PMO_SEED: 'true' }))).toBe('');
  });
});
