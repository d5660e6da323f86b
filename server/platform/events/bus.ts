// Carries events between server instances, by topic: through Redis when REDIS_URL is set
// (@graphql-yoga/redis-event-target), in memory otherwise (one instance).
//
// Redis is not on the path of any query or mutation: what an event announces is stored before
// it is published (platform/db/transaction.ts publishes after commit). While Redis is away,
// publishing fails fast (no offline queue to grow), the fault is logged once, and when Redis
// returns the bus tells its listeners to catch up from the database.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A named stream of JSON messages of one type; the domain that owns it defines it. */
export interface Topic<T> {
  readonly name: string;
  /** Type only: the messages it carries. */
  readonly _message?: T;
}

export const defineTopic = <T>(name: string): Topic<T> => ({ name });

/** The Redis channel of a topic, namespaced so that deployments (or tests) sharing a Redis stay apart. */
export const channelName = (prefix: string, topic: Topic<unknown>): string => `${prefix}:${topic.name}`;

/** Where committed events go. */
export interface EventPublisher {
  publish<T>(topic: Topic<T>, message: T): void;
}

export interface EventBus extends EventPublisher {
  readonly kind: 'memory' | 'redis';
  /** Every message any instance publishes on `topic`, this one's included. */
  subscribe<T>(topic: Topic<T>): AsyncIterable<T>;
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

type Topics = Record<string, [unknown]>;

/** Messages kept for publishing after an outage; beyond that, clients replay from the database. */
const MAX_UNSENT = 1_000;

export function createEventBus(options: BusOptions): EventBus {
  const channel = (topic: Topic<unknown>) => channelName(options.channelPrefix, topic);
  if (!options.redisUrl) {
    const pubSub = createPubSub<Topics>();
    return {
      kind: 'memory',
      publish: (topic, message) => pubSub.publish(channel(topic), message),
      subscribe: <T>(topic: Topic<T>) => pubSub.subscribe(channel(topic)) as AsyncIterable<T>,
      onResume: () => {},
      connected: () => true,
      close: async () => {},
    };
  }
  return redisBus(options.redisUrl, channel, options.log);
}

function redisBus(url: string, channelOf: (topic: Topic<unknown>) => string, log: Logger): EventBus {
  const retryStrategy = (attempt: number) => Math.min(attempt * 250, 5_000);
  // Publishing fails at once while disconnected; what it announces is in the database for replay.
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
        'Redis unavailable: queries and mutations go on and their changes are stored; live delivery stops until it returns',
      );
    };
    client.on('error', (error: Error) => down(error.message));
    // A lost connection is an outage even when no error is reported: Redis may be back before
    // the first reconnection attempt (a restart), and what was published meanwhile is missed.
    client.on('close', () => down('connection closed'));
    client.on('ready', () => {
      // Messages this instance failed to publish (while down, or before it first connected) go
      // now; subscribers deliver each one once.
      if (role === 'publisher') for (const [channel, message] of unsent.splice(0)) publish(channel, message);
      const since = downSince[role];
      if (!since) return;
      downSince[role] = null;
      log.warn({ redis: role, downForMs: Date.now() - since.getTime() }, 'Redis is back: live delivery resumed');
      // What was published while the subscriber was away is fetched from the database by the listeners.
      if (role === 'subscriber') for (const listener of resumeListeners) listener(since);
    });
  };
  watch(publisher, 'publisher');
  watch(subscriber, 'subscriber');

  // The event target does not handle a rejected publish: this keeps the message for later instead.
  const publish = (channel: string, message: string) =>
    publisher.publish(channel, message).catch((error: Error) => {
      if (!downSince.publisher) log.error({ err: error.message }, 'could not publish an event to Redis: it is sent again when Redis returns');
      if (unsent.length < MAX_UNSENT) unsent.push([channel, message]);
    });
  const eventTarget = createRedisEventTarget({
    publishClient: { publish } as unknown as Redis,
    subscribeClient: subscriber,
  });
  const pubSub = createPubSub<Topics>({ eventTarget });
  return {
    kind: 'redis',
    publish: (topic, message) => pubSub.publish(channelOf(topic), message),
    subscribe: <T>(topic: Topic<T>) => pubSub.subscribe(channelOf(topic)) as AsyncIterable<T>,
    onResume: (listener) => resumeListeners.push(listener),
    connected: () => publisher.status === 'ready' && subscriber.status === 'ready',
    async close() {
      closing = true;
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
