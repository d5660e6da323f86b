// The one place that reads environment variables. Everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** PGlite data directory (ignored when databaseUrl is set); `memory://` keeps it in memory. */
  dataDir: string;
  /** PGlite's shared_buffers (ignored when databaseUrl is set), e.g. `32MB`. */
  pgliteSharedBuffers: string;
  redisUrl: string | undefined;
  /** Prefix of the Redis channel, so deployments sharing a Redis stay apart. */
  redisChannelPrefix: string;
  /** How often the risk alert sweep runs (overdue risks, calendar-driven triggers); 0: never. */
  alertSweepIntervalMs: number;
  /** graphql-ws: operations in progress on one socket (subscriptions, or queries still running), open sockets per user. */
  websocket: { maxSubscriptionsPerSocket: number; maxSocketsPerUser: number };
  /** HMAC secret for bearer tokens; undefined outside production means "generate and keep one". */
  jwtSecret: string | undefined;
  jwtIssuer: string;
  jwtAudience: string;
  tokenTtlSeconds: number;
  /** Load demo data into an empty database at start. */
  seedDemoData: boolean;
  graphiql: boolean;
  introspection: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    /** Live subscriptions one user may hold on an instance, over every transport. */
    maxSubscriptionsPerUser: number;
    bodyLimitBytes: number;
    /** A signed importSchedule mutation alone may be this large (server/http/import-body-limit.ts). */
    importBodyLimitBytes: number;
  };
  /** Per-user leaky bucket of cost points (server/http/rate-limit.ts); capacity 0 turns it off. */
  rateLimit: { capacity: number; leakPerSecond: number };
  shutdownTimeoutMs: number;
  /** Query results cached per viewer (http/response-cache.ts); ttlSeconds 0 turns it off. */
  responseCache: { ttlSeconds: number; maxEntries: number };
  /** Persisted operations and observability (http/persisted-operations.ts, metrics.ts, tracing.ts). */
  observe: {
    /** A manifest of trusted documents; when set, only they run (no arbitrary documents, no APQ). */
    trustedDocumentsPath: string | undefined;
    /** Bearer token for /metrics; in production /metrics is served only when it is set. */
    metricsToken: string | undefined;
    /** OTLP/HTTP endpoint for traces; undefined: no tracing. */
    otlpEndpoint: string | undefined;
    serviceName: string;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
      message: 'must be a postgresql:// URL',
    })
    .optional(),
  PMO_DATA_DIR: z.string().min(1).default('./.data'),
  PMO_PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9][0-9]*(kB|MB|GB)$/, 'must be a size such as 32MB (kB, MB or GB)')
    .default('32MB'),
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\/.+/.test(value) && URL.canParse(value), { message: 'must be a redis:// URL' })
    .optional(),
  PMO_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1-64 letters, digits, . _ : -').default('pmo-engine'),
  PMO_ALERT_SWEEP_SECONDS: z.coerce.number().int().min(0).default(600),
  PMO_WS_MAX_SUBSCRIPTIONS: positiveInt.default(50),
  PMO_WS_MAX_SOCKETS_PER_USER: positiveInt.default(10),
  PMO_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PMO_JWT_ISSUER: z.string().min(1).default('pmo-engine'),
  PMO_JWT_AUDIENCE: z.string().min(1).default('pmo-engine'),
  PMO_TOKEN_TTL_SECONDS: positiveInt.default(8 * 3600),
  PMO_SEED: bool.optional(),
  PMO_GRAPHIQL: bool.optional(),
  PMO_INTROSPECTION: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  PMO_MAX_DEPTH: positiveInt.default(12),
  PMO_MAX_COST: positiveInt.default(50_000),
  PMO_MAX_ALIASES: positiveInt.default(15),
  PMO_MAX_TOKENS: positiveInt.default(1000),
  PMO_MAX_DIRECTIVES: positiveInt.default(50),
  PMO_MAX_SUBSCRIPTIONS_PER_USER: positiveInt.default(100),
  PMO_BODY_LIMIT_BYTES: positiveInt.default(100_000),
  // importSchedule of a Microsoft Project file: JSON-escaped XML up to its 10 M characters.
  PMO_IMPORT_BODY_LIMIT_BYTES: positiveInt.default(12_000_000),
  PMO_RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(100_000),
  PMO_RATE_LIMIT_LEAK_PER_SECOND: positiveInt.default(5_000),
  PMO_SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  PMO_RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(0),
  PMO_RESPONSE_CACHE_ENTRIES: positiveInt.default(1000),
  PMO_TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  PMO_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .refine((value) => /^https?:\/\/.+/.test(value) && URL.canParse(value), { message: 'must be an http(s):// URL' })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('pmo-engine'),
});

/** Parses the environment; throws ConfigError with one readable line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (a common shell and CI habit).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.PMO_JWT_SECRET) {
    throw new ConfigError('Invalid configuration: PMO_JWT_SECRET is required in production (32+ characters)');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.PMO_DATA_DIR === 'memory://' ? e.PMO_DATA_DIR : path.resolve(e.PMO_DATA_DIR),
    pgliteSharedBuffers: e.PMO_PGLITE_SHARED_BUFFERS,
    redisUrl: e.REDIS_URL,
    redisChannelPrefix: e.PMO_REDIS_PREFIX,
    alertSweepIntervalMs: e.PMO_ALERT_SWEEP_SECONDS * 1000,
    websocket: { maxSubscriptionsPerSocket: e.PMO_WS_MAX_SUBSCRIPTIONS, maxSocketsPerUser: e.PMO_WS_MAX_SOCKETS_PER_USER },
    jwtSecret: e.PMO_JWT_SECRET,
    jwtIssuer: e.PMO_JWT_ISSUER,
    jwtAudience: e.PMO_JWT_AUDIENCE,
    tokenTtlSeconds: e.PMO_TOKEN_TTL_SECONDS,
    seedDemoData: e.PMO_SEED ?? !production,
    graphiql: e.PMO_GRAPHIQL ?? !production,
    introspection: e.PMO_INTROSPECTION ?? !production,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    limits: {
      maxDepth: e.PMO_MAX_DEPTH,
      maxCost: e.PMO_MAX_COST,
      maxAliases: e.PMO_MAX_ALIASES,
      maxTokens: e.PMO_MAX_TOKENS,
      maxDirectives: e.PMO_MAX_DIRECTIVES,
      maxSubscriptionsPerUser: e.PMO_MAX_SUBSCRIPTIONS_PER_USER,
      bodyLimitBytes: e.PMO_BODY_LIMIT_BYTES,
      importBodyLimitBytes: e.PMO_IMPORT_BODY_LIMIT_BYTES,
    },
    rateLimit: { capacity: e.PMO_RATE_LIMIT_POINTS, leakPerSecond: e.PMO_RATE_LIMIT_LEAK_PER_SECOND },
    shutdownTimeoutMs: e.PMO_SHUTDOWN_TIMEOUT_MS,
    responseCache: { ttlSeconds: e.PMO_RESPONSE_CACHE_SECONDS, maxEntries: e.PMO_RESPONSE_CACHE_ENTRIES },
    observe: {
      trustedDocumentsPath: e.PMO_TRUSTED_DOCUMENTS === undefined ? undefined : path.resolve(e.PMO_TRUSTED_DOCUMENTS),
      metricsToken: e.PMO_METRICS_TOKEN,
      otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
      serviceName: e.OTEL_SERVICE_NAME,
    },
  };
}

/** A config for tests and benchmarks: in-memory database, fixed secret, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test', PMO_DATA_DIR: 'memory://', PMO_JWT_SECRET: 'test-secret-test-secret-test-secret!!' });
  // Suites send requests as fast as they can; the rate-limit tests turn it on.
  return { ...base, seedDemoData: false, alertSweepIntervalMs: 0, rateLimit: { ...base.rateLimit, capacity: 0 }, ...overrides };
}
