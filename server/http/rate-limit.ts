// Per-user rate limiting by cost points: a leaky bucket per user (Shopify's model). A request
// pours its cost into the user's bucket; the bucket leaks `leakPerSecond` points every second; a
// request that would overflow `capacity` is refused, and told when enough will have leaked.
// Across instances the buckets live in Redis (one Lua script reads, leaks and pours atomically);
// without Redis, in memory (one instance).
//
// A library was considered: rate-limiter-flexible counts points in fixed or sliding windows,
// which lets a user spend a whole window's points at once at every window edge; a leaky bucket
// smooths that out and is a few lines.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface BucketSettings {
  /** Points a user may spend at once. 0 turns rate limiting off. */
  capacity: number;
  /** Points that leak away per second: what a user may spend, sustained. */
  leakPerSecond: number;
}

export type Pour = { allowed: true; remaining: number } | { allowed: false; remaining: number; retryAfterSeconds: number };

export interface RateLimiter {
  readonly kind: 'off' | 'memory' | 'redis';
  readonly settings: BucketSettings;
  /** Pours `points` into `key`'s bucket, or refuses them (then nothing is poured). */
  pour(key: string, points: number): Promise<Pour>;
  close(): Promise<void>;
}

/**
 * The level after leaking, then the decision for `points` more (pure; the memory store's, and what
 * POUR_SCRIPT does in Redis).
 */
function decide(level: number, elapsedMs: number, points: number, settings: BucketSettings): { level: number; pour: Pour } {
  const leaked = Math.max(0, level - (settings.leakPerSecond * elapsedMs) / 1000);
  if (leaked + points <= settings.capacity) {
    return { level: leaked + points, pour: { allowed: true, remaining: Math.floor(settings.capacity - leaked - points) } };
  }
  // A request costing more than the whole bucket can never pass: it says so by waiting for an empty bucket.
  const overflow = Math.min(leaked + points - settings.capacity, leaked);
  return {
    level: leaked,
    pour: { allowed: false, remaining: Math.floor(settings.capacity - leaked), retryAfterSeconds: Math.max(1, Math.ceil(overflow / settings.leakPerSecond)) },
  };
}

export function createRateLimiter(options: { settings: BucketSettings; redisUrl: string | undefined; prefix: string; log: Logger }): RateLimiter {
  const { settings } = options;
  if (settings.capacity <= 0) {
    return { kind: 'off', settings, pour: async () => ({ allowed: true, remaining: Number.POSITIVE_INFINITY }), close: async () => {} };
  }
  return options.redisUrl ? redisLimiter(options.redisUrl, `${options.prefix}:rate:`, settings, options.log) : memoryLimiter(settings);
}

function memoryLimiter(settings: BucketSettings): RateLimiter {
  const buckets = new Map<string, { level: number; at: number }>();
  return {
    kind: 'memory',
    settings,
    async pour(key, points) {
      const now = Date.now();
      const bucket = buckets.get(key) ?? { level: 0, at: now };
      const { level, pour } = decide(bucket.level, now - bucket.at, points, settings);
      if (level === 0) buckets.delete(key);
      else buckets.set(key, { level, at: now });
      return pour;
    },
    close: async () => {},
  };
}

// KEYS[1] the bucket; ARGV: points, capacity, leak per second. The server's clock decides (one
// clock for every instance). Returns { allowed, remaining, retry after seconds }.
const POUR_SCRIPT = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local points = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local leak = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(state[1]) or 0
local at = tonumber(state[2]) or nowMs
local leaked = math.max(0, level - leak * (nowMs - at) / 1000)
local ttl = math.ceil(capacity / leak) + 1
if leaked + points <= capacity then
  redis.call('HSET', KEYS[1], 'level', tostring(leaked + points), 'at', tostring(nowMs))
  redis.call('EXPIRE', KEYS[1], ttl)
  return {1, math.floor(capacity - leaked - points), 0}
end
redis.call('HSET', KEYS[1], 'level', tostring(leaked), 'at', tostring(nowMs))
redis.call('EXPIRE', KEYS[1], ttl)
local overflow = math.min(leaked + points - capacity, leaked)
return {0, math.floor(capacity - leaked), math.max(1, math.ceil(overflow / leak))}
`;

function redisLimiter(url: string, prefix: string, settings: BucketSettings, log: Logger): RateLimiter {
  // Waits briefly for a connection (a new instance's first requests are counted too), and fails
  // fast while Redis is away: a request is then let through (rate limiting is protection, not a
  // reason to refuse service), logged once per outage.
  const redis = new Redis(url, { commandTimeout: 1_000, maxRetriesPerRequest: 1, retryStrategy: (attempt) => Math.min(attempt * 250, 5_000) }) as Redis & {
    pour(key: string, points: number, capacity: number, leakPerSecond: number): Promise<[number, number, number]>;
  };
  // Sent by its SHA (EVALSHA) once Redis knows it, not as the whole script with every request.
  redis.defineCommand('pour', { numberOfKeys: 1, lua: POUR_SCRIPT });
  let warned = false;
  redis.on('error', () => {});
  redis.on('ready', () => (warned = false));
  return {
    kind: 'redis',
    settings,
    async pour(key, points) {
      try {
        const [allowed, remaining, retryAfterSeconds] = await redis.pour(prefix + key, points, settings.capacity, settings.leakPerSecond);
        return allowed === 1 ? { allowed: true, remaining } : { allowed: false, remaining, retryAfterSeconds };
      } catch (error) {
        if (!warned) log.error({ err: (error as Error).message }, 'rate limiting skipped: Redis unavailable');
        warned = true;
        return { allowed: true, remaining: settings.capacity };
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
