// The adapter wrapper in server/platform/db/database.ts: statements of one transaction are
// counted and sent one after another (server/platform/db/statement-queue.ts), even when Prisma's
// query plan issues them in parallel (pg's own queue for that is deprecated and warns; pg@9
// removes it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { migrateDatabase } from '../../server/platform/db/migrate.js';
import { statementQueue } from '../../server/platform/db/statement-queue.js';
import { backends, scratchDatabase, type ScratchDatabase } from '../support/databases.js';

describe.each(backends())('transaction statements on %s', (backend) => {
  let scratch: ScratchDatabase;
  let db: Database;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);

  beforeAll(async () => {
    scratch = await scratchDatabase(backend);
    db = await openDatabase(scratch.target);
    await migrateDatabase(db);
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await db?.close();
    await scratch?.drop();
  });

  it('sends the parallel relation reads of one query in order, counts each, and warns about nothing', async () => {
    const user = await db.prisma.user.create({ data: { name: 'Ada', email: `ada-${backend}@example.test`, role: 'PMO_ADMIN' } });
    const before = db.statementCount();
    // Prisma's query plan loads these four relations concurrently, on the transaction's connection,
    // with the `query` strategy (the app's default, relation joins, reads them in one statement).
    const loaded = await db.prisma.$transaction((tx) =>
      tx.user.findUniqueOrThrow({
        relationLoadStrategy: 'query',
        where: { id: user.id },
        include: { ownedPortfolios: true, managedProjects: true, sponsoredProjects: true, memberships: true },
      }),
    );
    expect(loaded.email).toBe(user.email);
    expect(loaded.ownedPortfolios).toEqual([]);
    // Node emits warnings on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
    // The user and its four relations, plus the COMMIT where the adapter sends it as a statement
    // (adapter-pg; the PGlite adapter commits internally, and both send BEGIN internally).
    expect(db.statementCount() - before).toBe(backend === 'postgres' ? 6 : 5);
  });

  it('rejects the transaction of a failing statement and stays usable', async () => {
    const outcome = db.prisma.$transaction(async (tx) =>
      Promise.all([tx.$queryRawUnsafe('SELECT no_such_column FROM no_such_table'), tx.$queryRawUnsafe('SELECT 1')]),
    );
    await expect(outcome).rejects.toThrow(/no_such_table/);
    const [row] = await db.prisma.$queryRawUnsafe<{ ok: number }[]>('SELECT 7::int AS ok');
    expect(row?.ok).toBe(7);
  });
});

describe('statementQueue', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('starts each statement once the one before has settled, in the order they came', async () => {
    const inOrder = statementQueue();
    const log: string[] = [];
    const statement = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    expect(await Promise.all([inOrder(statement('a')), inOrder(statement('b')), inOrder(statement('c'))])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('fails only the caller of a failing statement: the next one still runs, with its own result', async () => {
    const inOrder = statementQueue();
    const failing = inOrder(async () => {
      await tick();
      throw new Error('relation "no_such_table" does not exist');
    });
    const next = inOrder(async () => 'ran');
    await expect(failing).rejects.toThrow(/no_such_table/);
    await expect(next).resolves.toBe('ran');
  });
});
