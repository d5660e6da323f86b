// Carries alert messages between server instances: through Redis when REDIS_URL is set
// (@graphql-yoga/redis-event-target), in memory otherwise (one instance).
//
// Redis is not on the path of any query or mutation: alerts are stored before they are
// published. While Redis is away, publishing fails fast (no offline queue to grow), the fault is
// logged once, and when Redis returns the bus tells its listeners to catch up from the database.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AlertSeverity } from '../db/generated/prisma/enums.js';

/** What subscribers are told of a new alert; each loads the rest with its own selection. */
export interface AlertMessage {
  id: string;
  /** The alert's place in commit order (riskAlerts' cursor). */
  seq: number;
  projectId: string;
  portfolioId: string;
  riskId: string | null;
  severity: AlertSeverity;
}

/** The channel, namespaced so that deployments (or tests) sharing a Redis stay apart. */
export const alertTopic = (prefix: string): string => `${prefix}:risk-alerts`;

export interface AlertBus {
  readonly kind: 'memory' | 'redis';
  publish(message: AlertMessage): void;
  /** Every message any instance publishes, this one's included. */
  messages(): AsyncIterable<AlertMessage>;
  /** Called when Redis is reachable again after an outage. */
  onResume(listener: (downSince: Date) => void): void;
  /** False while Redis is unreachable (always true in memory). */
  connected(): boolean;
  close(): Promise<void>;
}

export interface BusOptions {
  redisUrl: string | undefined;
  /** Namespaces the channel, so that deployments (or tests) sharing a Redis stay apart. */
  channelPrefix: string;
  log: Logger;
}

type Topics = Record<string, [AlertMessage]>;

/** Alerts kept for publishing after an outage; beyond that, clients replay them (riskAlerts after:). */
const MAX_UNSENT = 1_000;

export function createAlertBus(options: BusOptions): AlertBus {
  const topic = alertTopic(options.channelPrefix);
  if (!options.redisUrl) {
    const pubSub = createPubSub<Topics>();
    return {
      kind: 'memory',
      publish: (message) => pubSub.publish(topic, message),
      messages: () => pubSub.subscribe(topic),
      onResume: () => {},
      connected: () => true,
      close: async () => {},
    };
  }
  return redisBus(options.redisUrl, topic, options.log);
}

function redisBus(url: string, topic: string, log: Logger): AlertBus {
  const retryStrategy = (attempt: number) => Math.min(attempt * 250, 5_000);
  // Publishing fails at once while disconnected; the alert is in the database for replay.
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
  // The subscriber waits for Redis however long it takes, and re-subscribes on reconnection.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
  const resumeListeners: ((downSince: Date) => void)[] = [];
  const downSince: Record<'publisher' | 'subscriber', Date | null> = { publisher: null, subscriber: null };
  let closing = false;
  // Messages this instance could not publish, sent again once its publisher is back: the other
  // instances' subscribers may never have lost Redis, so they would not catch up by themselves.
  const unsent: [channel: string, message: string][] = [];

  const watch = (client: Redis, role: 'publisher' | 'subscriber') => {
    const down = (reason: string) => {
      if (closing || downSince[role]) return; // one line per outage, not one per retry
      downSince[role] = new Date();
      log.error(
        { redis: role, err: reason },
        'Redis unavailable: queries and mutations go on and alerts are stored; live delivery stops until it returns',
      );
    };
    client.on('error', (error: Error) => down(error.message));
    // A lost connection is an outage even when no error is reported: Redis may be back before
    // the first reconnection attempt (a restart), and what was published meanwhile is missed.
    client.on('close', () => down('connection closed'));
    client.on('ready', () => {
      // Alerts this instance failed to publish (while down, or before it first connected) go
      // now; hubs deliver each alert once.
      if (role === 'publisher') for (const [channel, message] of unsent.splice(0)) publish(channel, message);
      const since = downSince[role];
      if (!since) return;
      downSince[role] = null;
      log.warn({ redis: role, downForMs: Date.now() - since.getTime() }, 'Redis is back: alert delivery resumed');
      // Alerts published while the subscriber was away are fetched from the database.
      if (role === 'subscriber') for (const listener of resumeListeners) listener(since);
    });
  };
  watch(publisher, 'publisher');
  watch(subscriber, 'subscriber');

  // The event target does not handle a rejected publish: this keeps the message for later instead.
  const publish = (channel: string, message: string) =>
    publisher.publish(channel, message).catch((error: Error) => {
      if (!downSince.publisher) log.error({ err: error.message }, 'could not publish an alert to Redis: it is sent again when Redis returns');
      if (unsent.length < MAX_UNSENT) unsent.push([channel, message]);
    });
  const eventTarget = createRedisEventTarget({
    publishClient: { publish } as unknown as Redis,
    subscribeClient: subscriber,
  });
  const pubSub = createPubSub<Topics>({ eventTarget });
  return {
    kind: 'redis',
    publish: (message) => pubSub.publish(topic, message),
    messages: () => pubSub.subscribe(topic),
    onResume: (listener) => resumeListeners.push(listener),
    connected: () => publisher.status === 'ready' && subscriber.status === 'ready',
    async close() {
      closing = true;
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
