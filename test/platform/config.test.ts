// loadConfig: the one place that reads the environment. Defaults per environment, overrides, and
// errors that name every bad variable in one line (main.ts prints that line and exits).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from '../../server/config.js';

const SECRET = 'a-production-secret-of-32-chars!!';

/** The ConfigError message loadConfig throws for this environment. */
function problem(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadConfig', () => {
  it('defaults to development on an embedded database in ./.data with demo data, GraphiQL and introspection', () => {
    expect(loadConfig({})).toEqual({
      env: 'development',
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: path.resolve('.data'),
      pgliteSharedBuffers: '32MB',
      redisUrl: undefined,
      redisChannelPrefix: 'pmo-engine',
      alertSweepIntervalMs: 600_000,
      websocket: { maxSubscriptionsPerSocket: 50, maxSocketsPerUser: 10 },
      jwtSecret: undefined,
      jwtIssuer: 'pmo-engine',
      jwtAudience: 'pmo-engine',
      tokenTtlSeconds: 8 * 3600,
      seedDemoData: true,
      graphiql: true,
      introspection: true,
      logLevel: 'info',
      limits: { maxDepth: 12, maxCost: 50_000, maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxSubscriptionsPerUser: 100, bodyLimitBytes: 100_000, importBodyLimitBytes: 12_000_000 },
      rateLimit: { capacity: 100_000, leakPerSecond: 5_000 },
      shutdownTimeoutMs: 10_000,
      responseCache: { ttlSeconds: 0, maxEntries: 1000 },
      observe: { trustedDocumentsPath: undefined, metricsToken: undefined, otlpEndpoint: undefined, serviceName: 'pmo-engine' },
    });
  });

  it('reads the WebSocket limits from PMO_WS_MAX_SUBSCRIPTIONS and PMO_WS_MAX_SOCKETS_PER_USER', () => {
    expect(loadConfig({ PMO_WS_MAX_SUBSCRIPTIONS: '5', PMO_WS_MAX_SOCKETS_PER_USER: '2' }).websocket).toEqual({
      maxSubscriptionsPerSocket: 5,
      maxSocketsPerUser: 2,
    });
    expect(() => loadConfig({ PMO_WS_MAX_SUBSCRIPTIONS: '0' })).toThrow(/PMO_WS_MAX_SUBSCRIPTIONS/);
  });

  it('reads the persisted-operations, metrics and tracing settings, and refuses bad ones', () => {
    const config = loadConfig({
      PMO_TRUSTED_DOCUMENTS: 'build/persisted-documents.json',
      PMO_METRICS_TOKEN: 'metrics-token-0123456789',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SERVICE_NAME: 'pmo-eu',
    });
    expect(config.observe).toEqual({
      trustedDocumentsPath: path.resolve('build/persisted-documents.json'),
      metricsToken: 'metrics-token-0123456789',
      otlpEndpoint: 'http://collector:4318',
      serviceName: 'pmo-eu',
    });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be an http\(s\):\/\/ URL/);
    expect(() => loadConfig({ PMO_METRICS_TOKEN: 'short' })).toThrow(/PMO_METRICS_TOKEN must be at least 16 characters/);
  });

  it('turns demo data, GraphiQL and introspection off in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', PMO_JWT_SECRET: SECRET })).toMatchObject({
      env: 'production',
      jwtSecret: SECRET,
      seedDemoData: false,
      graphiql: false,
      introspection: false,
      logLevel: 'info',
    });
  });

  it('lets production opt in to GraphiQL, introspection and demo data', () => {
    const config = loadConfig({ NODE_ENV: 'production', PMO_JWT_SECRET: SECRET, PMO_GRAPHIQL: 'true', PMO_INTROSPECTION: 'yes', PMO_SEED: '1' });
    expect(config).toMatchObject({ graphiql: true, introspection: true, seedDemoData: true });
  });

  it('lets development opt out of them', () => {
    expect(loadConfig({ PMO_GRAPHIQL: 'false', PMO_INTROSPECTION: 'no', PMO_SEED: '0' })).toMatchObject({
      graphiql: false,
      introspection: false,
      seedDemoData: false,
    });
  });

  it('requires a signing secret in production', () => {
    expect(problem({ NODE_ENV: 'production' })).toBe('Invalid configuration: PMO_JWT_SECRET is required in production (32+ characters)');
    expect(problem({ NODE_ENV: 'production', PMO_JWT_SECRET: '' })).toBe(
      'Invalid configuration: PMO_JWT_SECRET is required in production (32+ characters)',
    );
  });

  it('rejects a secret shorter than 32 characters in any environment', () => {
    expect(problem({ PMO_JWT_SECRET: 'x'.repeat(31) })).toBe('Invalid configuration: PMO_JWT_SECRET must be at least 32 characters');
    expect(loadConfig({ PMO_JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('accepts postgres:// and postgresql:// database URLs and rejects anything else', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://pmo:pw@db.internal:5432/pmo' }).databaseUrl).toBe('postgresql://pmo:pw@db.internal:5432/pmo');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/pmo' }).databaseUrl).toBe('postgres://db/pmo');
    for (const bad of ['mysql://db/pmo', 'postgresql://', 'db.internal:5432/pmo']) {
      expect(problem({ DATABASE_URL: bad })).toBe('Invalid configuration: DATABASE_URL must be a postgresql:// URL');
    }
  });

  it('accepts redis:// and rediss:// URLs and rejects anything else', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://cache:6380' }).redisUrl).toBe('rediss://cache:6380');
    expect(problem({ REDIS_URL: 'http://cache:6379' })).toBe('Invalid configuration: REDIS_URL must be a redis:// URL');
  });

  it('names every bad variable in one line', () => {
    const message = problem({ PORT: 'abc', DATABASE_URL: 'x', REDIS_URL: 'http://x', PMO_MAX_DEPTH: '0' });
    expect(message).not.toContain('\n');
    expect(message.startsWith('Invalid configuration: PORT ')).toBe(true);
    expect(message.split('; ').map((part) => part.replace('Invalid configuration: ', '').split(' ')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'REDIS_URL',
      'PMO_MAX_DEPTH',
    ]);
  });

  it('rejects out-of-range ports, non-integer limits, unknown environments and log levels', () => {
    expect(problem({ PORT: '65536' })).toMatch(/^Invalid configuration: PORT /);
    expect(problem({ PMO_MAX_COST: '2.5' })).toMatch(/^Invalid configuration: PMO_MAX_COST /);
    expect(problem({ PMO_BODY_LIMIT_BYTES: '-1' })).toMatch(/^Invalid configuration: PMO_BODY_LIMIT_BYTES /);
    expect(problem({ NODE_ENV: 'staging' })).toMatch(/^Invalid configuration: NODE_ENV /);
    expect(problem({ LOG_LEVEL: 'verbose' })).toMatch(/^Invalid configuration: LOG_LEVEL /);
    expect(problem({ PMO_SEED: 'TRUE' })).toMatch(/^Invalid configuration: PMO_SEED /);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', PMO_JWT_SECRET: '', LOG_LEVEL: '' })).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      jwtSecret: undefined,
      logLevel: 'info',
    });
  });

  it('reads ports, limits and timings as numbers', () => {
    const config = loadConfig({
      PORT: '0',
      PMO_MAX_DEPTH: '7',
      PMO_MAX_COST: '900',
      PMO_MAX_ALIASES: '3',
      PMO_MAX_TOKENS: '150',
      PMO_MAX_DIRECTIVES: '4',
      PMO_BODY_LIMIT_BYTES: '2048',
      PMO_SHUTDOWN_TIMEOUT_MS: '1500',
      PMO_TOKEN_TTL_SECONDS: '60',
    });
    expect(config).toMatchObject({
      port: 0,
      tokenTtlSeconds: 60,
      shutdownTimeoutMs: 1500,
      limits: { maxDepth: 7, maxCost: 900, maxAliases: 3, maxTokens: 150, maxDirectives: 4, bodyLimitBytes: 2048 },
    });
  });

  it('resolves a relative data directory and keeps memory:// as is', () => {
    expect(loadConfig({ PMO_DATA_DIR: 'var/pmo' }).dataDir).toBe(path.resolve('var/pmo'));
    expect(loadConfig({ PMO_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });

  it('is silent by default under NODE_ENV=test, and LOG_LEVEL wins everywhere', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ NODE_ENV: 'production', PMO_JWT_SECRET: SECRET, LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
  });
});

describe('testConfig', () => {
  it('uses an in-memory database, a fixed secret and no demo data, and applies overrides', () => {
    expect(testConfig()).toMatchObject({ env: 'test', dataDir: 'memory://', seedDemoData: false, logLevel: 'silent' });
    expect(testConfig().jwtSecret!.length).toBeGreaterThanOrEqual(32);
    expect(testConfig({ env: 'production', graphiql: false })).toMatchObject({ env: 'production', graphiql: false });
  });
});
