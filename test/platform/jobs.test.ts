// platform/jobs/registry.ts: periodic work runs once at start, then at its interval after each
// run; a failing run is logged and the job runs again; among instances sharing a database, at
// most one runs a job at a time; stopping waits for the run in flight.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { migrateDatabase } from '../../server/platform/db/migrate.js';
import { createEventBus, type EventBus } from '../../server/platform/events/bus.js';
import { type Job, runJobOnce, startJobs } from '../../server/platform/jobs/registry.js';
import { backends, scratchDatabase, type ScratchDatabase } from '../support/databases.js';
import { waitFor } from '../support/live.js';

/** A real logger whose JSON lines are kept, to read what the registry said. */
function capturingLogger() {
  const lines: { msg: string; job?: string; raised?: number }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

describe.each(backends())('jobs on %s', (backend) => {
  let scratch: ScratchDatabase;
  let db: Database;
  let bus: EventBus;

  beforeAll(async () => {
    scratch = await scratchDatabase(backend);
    db = await openDatabase(scratch.target);
    await migrateDatabase(db);
    bus = createEventBus({ redisUrl: undefined, channelPrefix: 'test', log: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await bus?.close();
    await db?.close();
    await scratch?.drop();
  });

  const job = (name: string, run: Job['run'], intervalMs = 50): Job => ({ name, intervalMs: () => intervalMs, run });

  it('runs at once, then at its interval after each run; stop waits for the run in flight and ends it', async () => {
    const { log, lines } = capturingLogger();
    let runs = 0;
    let release: () => void = () => {};
    const sweep = job('counting', async (tx) => {
      runs += 1;
      await tx.$queryRaw`SELECT 1`;
      if (runs === 3) await new Promise<void>((resolve) => (release = resolve));
      return { raised: runs === 2 ? 1 : 0 };
    });
    const running = startJobs([sweep], { prisma: db.prisma, events: bus, config: testConfig(), log });
    await waitFor(() => runs === 3, 'three runs');
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false); // the third run is still in flight
    release();
    await stopping;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(runs).toBe(3);
    // Only a run that did something is worth a line.
    expect(lines.filter((line) => line.msg === 'counting')).toMatchObject([{ job: 'counting', raised: 1 }]);
  });

  it('logs a failing run, rolls it back, and runs the job again at the next interval', async () => {
    const { log, lines } = capturingLogger();
    let runs = 0;
    const flaky = job('flaky', async (tx) => {
      runs += 1;
      await tx.user.create({ data: { name: `Flaky ${runs}`, email: `flaky-${backend}-${runs}@example.test`, role: 'PMO_ADMIN' } });
      if (runs === 1) throw new Error('boom');
      return {};
    });
    const running = startJobs([flaky], { prisma: db.prisma, events: bus, config: testConfig(), log });
    await waitFor(() => runs >= 2, 'a second run');
    await running.stop();
    expect(lines.some((line) => line.msg === 'flaky failed (it runs again at the next interval)')).toBe(true);
    expect(await db.prisma.user.count({ where: { email: `flaky-${backend}-1@example.test` } })).toBe(0);
    expect(await db.prisma.user.count({ where: { email: `flaky-${backend}-2@example.test` } })).toBe(1);
  });

  it('does not start a job whose interval is 0', async () => {
    let runs = 0;
    const off = job('off', async () => void (runs += 1), 0);
    const running = startJobs([off], { prisma: db.prisma, events: bus, config: testConfig(), log: pino({ level: 'silent' }) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await running.stop();
    expect(runs).toBe(0);
  });

  // PGlite is one connection: its transactions queue, so a second run waits instead of meeting the lock.
  (backend === 'postgres' ? it : it.skip)('runs a job on one instance at a time: a run that finds it running is skipped', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = job('exclusive', async () => {
      await held;
      return 'done';
    });
    const first = runJobOnce(slow, { prisma: db.prisma, events: bus });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Another instance (its own client on the same database) finds the job running.
    const other = await openDatabase(scratch.target);
    try {
      expect(await runJobOnce(slow, { prisma: other.prisma, events: bus })).toEqual({ skipped: true });
      release();
      expect(await first).toEqual({ skipped: false, result: 'done' });
      expect(await runJobOnce(slow, { prisma: other.prisma, events: bus })).toEqual({ skipped: false, result: 'done' });
    } finally {
      await other.close();
    }
  });
});
