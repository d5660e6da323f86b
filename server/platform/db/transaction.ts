// Every write runs through `transaction`: one database transaction in which
//  - what the change announced is acted on before it commits (`TransactionHook`: a project's
//    facts changed, so its compliance is re-evaluated), and
//  - the events it raised are published only once it has committed (`publishAfterCommit`):
//    never an event for a change that rolled back, and never one a subscriber could not read
//    back from the database.
// Writers announce; they do not know who listens.
import type { EventPublisher, Topic } from '../events/bus.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { Tx } from '../context.js';

interface Pending {
  /** Announcements by hook, in order: the items announced and the earliest time given. */
  announced: Map<TransactionHook<unknown>, { items: Set<unknown>; at: Date }>;
  outbox: { topic: Topic<unknown>; message: unknown }[];
}

const pendingOf = new WeakMap<Tx, Pending>();

export interface TransactionOptions {
  timeout?: number;
  maxWait?: number;
}

/**
 * Runs `work` in one transaction, then the announced hooks (in the same transaction), then
 * publishes the raised events once it has committed. Without `events`, raised events are
 * stored but announced to nobody (the demo seed, before any server exists).
 */
export async function transaction<T>(
  ctx: { prisma: PrismaClient; events?: EventPublisher },
  work: (tx: Tx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  // A use case called by another inside its transaction (joinTransaction) takes part in it: its
  // writes commit or roll back with the caller's, and what it announces runs before that commit.
  const joined = ctx.prisma as unknown as Tx;
  if (pendingOf.has(joined)) return work(joined);
  const pending: Pending = { announced: new Map(), outbox: [] };
  const result = await ctx.prisma.$transaction(async (tx) => {
    pendingOf.set(tx, pending);
    const value = await work(tx);
    await runAnnounced(tx, pending);
    return value;
  }, options);
  for (const { topic, message } of pending.outbox) ctx.events?.publish(topic, message);
  return result;
}

/**
 * The context `ctx` with its database replaced by the open transaction `tx`: a service called with
 * it runs inside that transaction (all or nothing with the caller) instead of opening its own.
 */
export function joinTransaction<C extends { prisma: PrismaClient }>(ctx: C, tx: Tx): C {
  if (!pendingOf.has(tx)) throw new Error('joinTransaction: tx is not a transaction opened by transaction()');
  return { ...ctx, prisma: tx as unknown as PrismaClient };
}

/** Publishes `messages` on `topic` once the transaction of `tx` commits (dropped if it rolls back). */
export function publishAfterCommit<T>(tx: Tx, topic: Topic<T>, messages: readonly T[]): void {
  pendingOf.get(tx)?.outbox.push(...messages.map((message) => ({ topic, message })));
}

export type HookHandler<T> = (tx: Tx, items: T[], at: Date) => Promise<unknown>;

/**
 * Something a write can announce (e.g. "these projects' facts changed"). Announcements collect
 * during the transaction; before it commits, every subscriber runs once with all of them.
 */
export class TransactionHook<T> {
  private readonly handlers = new Set<HookHandler<T>>();

  constructor(readonly name: string) {}

  /** Runs `handler` before every transaction that announced this commits. Subscribing twice is one subscription. */
  subscribe(handler: HookHandler<T>): void {
    this.handlers.add(handler);
  }

  /** Announces `items` in the transaction of `tx`; `at` is when they changed (default now). */
  announce(tx: Tx, items: readonly T[], at = new Date()): void {
    if (items.length === 0) return;
    const pending = pendingOf.get(tx);
    if (!pending) throw new Error(`${this.name} announced outside transaction(): nothing would act on it`);
    let entry = pending.announced.get(this as TransactionHook<unknown>);
    if (!entry) pending.announced.set(this as TransactionHook<unknown>, (entry = { items: new Set(), at }));
    for (const item of items) entry.items.add(item);
    if (at < entry.at) entry.at = at;
  }

  /** @internal */
  async run(tx: Tx, items: T[], at: Date): Promise<void> {
    for (const handler of this.handlers) await handler(tx, items, at);
  }
}

/** Handlers may announce in turn; each announcement runs once, in announcement order. */
async function runAnnounced(tx: Tx, pending: Pending): Promise<void> {
  for (let round = 0; pending.announced.size > 0; round++) {
    if (round === 10) throw new Error('transaction hooks keep announcing each other');
    const batch = [...pending.announced];
    pending.announced.clear();
    for (const [hook, { items, at }] of batch) await hook.run(tx, [...items], at);
  }
}
