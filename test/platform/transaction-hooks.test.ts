// platform/db/transaction.ts: what a write announces runs in its transaction before the commit,
// and the events it raises are published only once it has committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { migrateDatabase } from '../../server/platform/db/migrate.js';
import { publishAfterCommit, transaction, TransactionHook } from '../../server/platform/db/transaction.js';
import { createEventBus, defineTopic, type EventBus } from '../../server/platform/events/bus.js';
import { createLogger } from '../../server/logger.js';
import { backends, scratchDatabase, type ScratchDatabase } from '../support/databases.js';

const TOPIC = defineTopic<{ n: number }>('transaction-hooks-test');

describe.each(backends())('transactions on %s', (backend) => {
  let scratch: ScratchDatabase;
  let db: Database;
  let bus: EventBus;
  const received: { n: number }[] = [];

  beforeAll(async () => {
    scratch = await scratchDatabase(backend);
    db = await openDatabase(scratch.target);
    await migrateDatabase(db);
    bus = createEventBus({ redisUrl: undefined, channelPrefix: 'test', log: createLogger({ logLevel: 'silent' }) });
    void (async () => {
      for await (const message of bus.subscribe(TOPIC)) received.push(message);
    })();
  });
  afterAll(async () => {
    await bus?.close();
    await db?.close();
    await scratch?.drop();
  });

  const ctx = () => ({ prisma: db.prisma, events: bus });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const userCount = () => db.prisma.user.count();

  it('runs each announced hook once before the commit, with every item announced (once each) and the earliest time', async () => {
    const hook = new TransactionHook<string>('test');
    const runs: { items: string[]; at: Date; usersInTx: number }[] = [];
    hook.subscribe(async (tx, items, at) => void runs.push({ items, at, usersInTx: await tx.user.count() }));
    const early = new Date('2026-01-01T00:00:00Z');
    const before = await userCount();
    await transaction(ctx(), async (tx) => {
      await tx.user.create({ data: { name: 'Hook', email: `hook-${backend}@example.test`, role: 'PMO_ADMIN' } });
      hook.announce(tx, ['a', 'b']);
      hook.announce(tx, ['b', 'c'], early);
      hook.announce(tx, []);
      expect(runs).toEqual([]); // not yet: before the commit
    });
    expect(runs).toEqual([{ items: ['a', 'b', 'c'], at: early, usersInTx: before + 1 }]);
  });

  it('a hook that fails rolls the whole transaction back, and nothing is published', async () => {
    const hook = new TransactionHook<string>('failing');
    hook.subscribe(async () => {
      throw new Error('the hook failed');
    });
    const before = await userCount();
    await expect(
      transaction(ctx(), async (tx) => {
        await tx.user.create({ data: { name: 'Rolled back', email: `rollback-${backend}@example.test`, role: 'PMO_ADMIN' } });
        publishAfterCommit(tx, TOPIC, [{ n: -1 }]);
        hook.announce(tx, ['x']);
      }),
    ).rejects.toThrow('the hook failed');
    await settle();
    expect(await userCount()).toBe(before);
    expect(received).not.toContainEqual({ n: -1 });
  });

  it('publishes what the transaction raised after it commits, in order, and nothing of one that rolls back', async () => {
    const seen: number[] = [];
    await transaction(ctx(), async (tx) => {
      publishAfterCommit(tx, TOPIC, [{ n: 1 }, { n: 2 }]);
      await settle();
      seen.push(...received.map((message) => message.n)); // still uncommitted: nothing delivered
    });
    await expect(
      transaction(ctx(), async (tx) => {
        publishAfterCommit(tx, TOPIC, [{ n: 3 }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await settle();
    expect(seen).toEqual([]);
    expect(received.map((message) => message.n)).toEqual([1, 2]);
  });

  it('hooks may announce other hooks; each runs once, in announcement order', async () => {
    const order: string[] = [];
    const second = new TransactionHook<number>('second');
    const first = new TransactionHook<number>('first');
    first.subscribe(async (tx, items) => {
      order.push(`first ${items.join(',')}`);
      second.announce(tx, items.map((n) => n * 10));
    });
    second.subscribe(async (_tx, items) => void order.push(`second ${items.join(',')}`));
    await transaction(ctx(), async (tx) => first.announce(tx, [1, 2]));
    expect(order).toEqual(['first 1,2', 'second 10,20']);
  });

  it('refuses an announcement outside transaction(), where nothing would act on it', async () => {
    const hook = new TransactionHook<string>('outside');
    await expect(db.prisma.$transaction(async (tx) => hook.announce(tx, ['lost']))).rejects.toThrow(
      'outside announced outside transaction(): nothing would act on it',
    );
  });
});
