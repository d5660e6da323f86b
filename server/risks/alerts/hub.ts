// One per server instance: fans every alert from the bus (published by any instance once the
// transaction that raised it committed) out to this instance's subscribers.
//
// The fan-out does the shared work once per alert, not once per subscriber: one query for who
// may read the alert's project now (roles and team membership are read again, so a subscriber
// who lost access stops receiving), and one query per distinct selection for the alert itself
// (subscribers with the same document share the row).
import { GraphQLError } from 'graphql';
import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Viewer } from '../../platform/context.js';
import type { PrismaClient } from '../../platform/db/generated/prisma/client.js';
import type { AlertSeverity } from '../../platform/db/generated/prisma/enums.js';
import type { EventBus } from '../../platform/events/bus.js';
import { SharedEvent } from '../../platform/events/shared-results.js';
import { observeAlertDeliveryLag } from '../../platform/metrics.js';
import { severityRank } from '../lib/alert-conditions.js';
import { USER_ACCESS_CHANGED } from '../../users/index.js';
import { type AlertMessage, RISK_ALERTS } from './topic.js';

export interface AlertFilter {
  portfolioId?: string | null;
  projectId?: string | null;
  minSeverity?: AlertSeverity | null;
}

/**
 * One alert as delivered to this instance's subscribers: one object for all of them, so that
 * subscribers of the same viewer scope share its execution (platform/events/shared-results.ts).
 */
export class AlertEvent extends SharedEvent {
  private readonly rows = new Map<string, Promise<unknown>>();

  constructor(
    readonly message: AlertMessage,
    private readonly prisma: PrismaClient,
  ) {
    super();
  }

  /** The alert loaded with a subscriber's query; subscribers with the same query share it. */
  load<T>(query: object): Promise<T | null> {
    const key = JSON.stringify(query);
    let row = this.rows.get(key);
    if (!row) {
      row = this.prisma.riskAlert.findUnique({ ...query, where: { id: this.message.id } });
      this.rows.set(key, row);
    }
    return row as Promise<T | null>;
  }
}

export interface AlertHub {
  /** The alerts `viewer` may read that match `filter`, from now until the subscriber leaves. */
  subscribe(viewer: Viewer, filter: AlertFilter): AsyncIterable<AlertEvent>;
  readonly subscriberCount: number;
  /** Ends every subscription and stops listening to the bus (which the app closes itself). */
  close(): Promise<void>;
}

interface Subscriber {
  viewer: Viewer;
  filter: AlertFilter;
  push(event: AlertEvent): void;
  end(): void;
}

/** Alerts a slow subscriber may fall behind by before the oldest are dropped (it can replay). */
const SUBSCRIBER_BUFFER = 100;
/** Alerts remembered as delivered, so one that arrives twice (catch-up, redelivery) is sent once. */
const REMEMBERED = 10_000;
/** Alerts fetched at most per catch-up after a Redis outage. */
const CATCH_UP_LIMIT = 1_000;

export function createAlertHub(options: { bus: EventBus; prisma: PrismaClient; log: Logger; maxSubscriptionsPerUser: number }): AlertHub {
  const { bus, prisma, log, maxSubscriptionsPerUser } = options;
  const subscribers = new Set<Subscriber>();
  /** Live subscriptions per user, whatever their transport (graphql-ws, SSE, single-connection SSE). */
  const perUser = new Map<string, number>();
  const count = (userId: string, by: number) => {
    const next = (perUser.get(userId) ?? 0) + by;
    if (next > 0) perUser.set(userId, next);
    else perUser.delete(userId);
  };
  const delivered = new Set<number>();
  let highestSeq = 0;
  let closed = false;
  // Alerts are handled one at a time, in arrival order.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => log.error({ err: error }, 'could not deliver a risk alert'));
  };

  const iterator = listen(bus.subscribe(RISK_ALERTS), 'risk alert stream failed', (message) => enqueue(() => deliver(message)));

  bus.onResume((downSince) => enqueue(() => catchUp(downSince)));

  // A deactivation or a change of role (on any instance) ends the person's subscriptions now:
  // their next subscription is checked afresh against what they may read.
  const accessChanges = listen(bus.subscribe(USER_ACCESS_CHANGED), 'user access stream failed', (change) => {
    for (const subscriber of subscribers) {
      if (subscriber.viewer.id !== change.userId) continue;
      log.info({ userId: change.userId }, `risk alert subscription ended: the user was ${change.reason === 'deactivated' ? 'deactivated' : 'given another role'}`);
      subscriber.end();
    }
  });

  /** Hands each message of a bus stream to `handle` until the hub closes; returns the stream's iterator. */
  function listen<T>(stream: AsyncIterable<T>, failure: string, handle: (message: T) => void): AsyncIterator<T> {
    const messages = stream[Symbol.asyncIterator]();
    void (async () => {
      for (;;) {
        const next = await messages.next().catch((error: unknown) => {
          log.error({ err: error }, failure);
          return { done: true, value: undefined } as const;
        });
        if (next.done || closed) return;
        handle(next.value);
      }
    })();
    return messages;
  }

  async function deliver(message: AlertMessage): Promise<void> {
    if (delivered.has(message.seq)) return;
    remember(message.seq);
    const targets = [...subscribers].filter((subscriber) => matches(subscriber.filter, message));
    if (targets.length === 0) return;
    const access = await readersOf(prisma, message.projectId, targets);
    const event = new AlertEvent(message, prisma);
    const now = new Date();
    let reached = false;
    for (const subscriber of targets) {
      const { viewer } = subscriber;
      const user = access.users.get(viewer.id);
      if (!user?.active || user.role !== viewer.role || (viewer.expiresAt && viewer.expiresAt <= now)) {
        // The credentials changed or expired since the subscription began: it ends, and the
        // client's next subscription is checked afresh.
        log.info({ userId: viewer.id }, 'risk alert subscription ended: the user was deactivated, changed role, or the token expired');
        subscriber.end();
        continue;
      }
      if (user.role === 'TEAM_MEMBER' && !access.members.has(viewer.id)) continue;
      subscriber.push(event);
      reached = true;
    }
    if (reached && message.raisedAt) observeAlertDeliveryLag(new Date(message.raisedAt));
  }

  /** After a Redis outage: what any instance raised meanwhile, from the database, in order. */
  async function catchUp(downSince: Date): Promise<void> {
    const missed = await prisma.riskAlert.findMany({
      // The margin covers alerts that committed just before the outage was noticed.
      where: { seq: { gt: highestSeq }, createdAt: { gte: new Date(downSince.getTime() - 60_000) } },
      orderBy: { seq: 'asc' },
      take: CATCH_UP_LIMIT,
      select: { id: true, seq: true, projectId: true, riskId: true, severity: true, createdAt: true, project: { select: { portfolioId: true } } },
    });
    if (missed.length) log.info({ alerts: missed.length }, 'delivering the risk alerts raised while Redis was away');
    for (const { project, createdAt, ...row } of missed) await deliver({ ...row, portfolioId: project.portfolioId, raisedAt: createdAt.toISOString() });
  }

  function remember(seq: number): void {
    delivered.add(seq);
    highestSeq = Math.max(highestSeq, seq);
    if (delivered.size > REMEMBERED) delivered.delete(delivered.values().next().value!);
  }

  return {
    subscribe(viewer, filter) {
      // Per user, so that many sockets or SSE streams cannot add up to an unbounded fan-out.
      if ((perUser.get(viewer.id) ?? 0) >= maxSubscriptionsPerUser) {
        throw new GraphQLError(`Too many live subscriptions for this user: at most ${maxSubscriptionsPerUser}; end one first`, {
          extensions: { code: 'SUBSCRIPTION_LIMIT' },
        });
      }
      return new Repeater<AlertEvent>(async (push, stop) => {
        // Counted while it runs (a subscription that never starts holds nothing).
        count(viewer.id, 1);
        const subscriber: Subscriber = { viewer, filter, push: (event) => void push(event), end: () => stop() };
        subscribers.add(subscriber);
        // A quiet subscription must not outlive its token: it ends when the token expires, alert or not.
        const expiry = viewer.expiresAt
          ? at(viewer.expiresAt, () => {
              log.info({ userId: viewer.id }, 'risk alert subscription ended: the token expired');
              stop();
            })
          : undefined;
        await stop;
        expiry?.cancel();
        subscribers.delete(subscriber);
        count(viewer.id, -1);
      }, new SlidingBuffer(SUBSCRIBER_BUFFER));
    },
    get subscriberCount() {
      return subscribers.size;
    },
    async close() {
      closed = true;
      for (const subscriber of subscribers) subscriber.end();
      await iterator.return?.();
      await accessChanges.return?.();
    },
  };
}

/** The longest delay a Node timer takes; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Runs `run` at `when` (a token's expiry may be weeks away: longer waits are chained). */
function at(when: Date, run: () => void): { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const wait = when.getTime() - Date.now();
    if (wait <= 0) return run();
    timer = setTimeout(arm, Math.min(wait, MAX_TIMER_MS));
    // A pending expiry must not keep the process alive on shutdown.
    timer.unref();
  };
  arm();
  return { cancel: () => clearTimeout(timer) };
}

function matches(filter: AlertFilter, message: AlertMessage): boolean {
  if (filter.projectId && filter.projectId !== message.projectId) return false;
  if (filter.portfolioId && filter.portfolioId !== message.portfolioId) return false;
  return !filter.minSeverity || severityRank(message.severity) >= severityRank(filter.minSeverity);
}

/** The subscribers' current roles, and the project's team (who else may read it). Two queries. */
async function readersOf(prisma: PrismaClient, projectId: string, subscribers: readonly Subscriber[]) {
  const ids = [...new Set(subscribers.map((subscriber) => subscriber.viewer.id))];
  const [users, members] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, active: true } }),
    subscribers.some((subscriber) => subscriber.viewer.role === 'TEAM_MEMBER')
      ? prisma.projectMember.findMany({ where: { projectId, userId: { in: ids } }, select: { userId: true } })
      : [],
  ]);
  return { users: new Map(users.map((user) => [user.id, user])), members: new Set(members.map((member) => member.userId)) };
}
