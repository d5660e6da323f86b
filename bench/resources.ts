// `npm run bench:resources` (issue 13 §9): `capacityHeatmap` for 1,000 people × 52 weeks with
// 10,000 bookings and 2,000 absences, through the full HTTP stack, against one hand-written SQL
// statement (generate_series and aggregates) that produces the same cells: capacity (weekly hours
// over the working weekdays, less holidays and absences, overlapping absences counted once at
// their largest), hard and soft hours (a booking's weekly hours spread over the working weekdays
// it covers), utilisation and over-allocation beyond the tolerance. Both run in the same process
// on the same database, alternating, so the machine's noise falls on both; the cells are compared
// first (the benchmark fails if they differ). Printed: median latency, throughput against the
// SQL, SQL statements per request at 100 and at 1,000 people (plus the admin who asks), and memory.
// Target: at least half the SQL's throughput, with the same statements for 100 as for 1,000 people.
//
// The statistics are gathered (ANALYZE) after seeding, for both sides. The hand-written query
// counts a booking's working days in a week by subtraction over a running count of working days
// (see handWrittenHeatmap); on PostgreSQL it runs with JIT off, which makes it faster, and is
// also shown, not judged, under the server's default JIT. Requests go on fresh connections (see
// httpSend in scale-measure.ts: the PGlite baseline blocks the event loop the server shares).
//
// Settings: BENCH_RESOURCES_PEOPLE (1000), BENCH_RESOURCES_BOOKINGS (10000),
// BENCH_RESOURCES_ABSENCES (2000), BENCH_RESOURCES_RUNS (15), BENCH_DATABASE_URL (PostgreSQL
// instead of in-memory PGlite).
import os from 'node:os';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { startRuntime } from '../server/runtime.js';
import { benchDatabase } from './database.js';
import { cleanup, runBenchmark } from './lifecycle.js';
import { describeMachine } from './report.js';
import { median } from './rules-measure.js';
import { printTable } from './rules-report.js';
import { DEFAULT_SCALE_SHAPE, seedScaleDataset } from './scale-dataset.js';
import { httpSend } from './scale-measure.js';
import { positive } from './settings.js';

const THROUGHPUT_TARGET = 0.5;
const FROM = '2026-01-05'; // a Monday
const TO = '2027-01-03'; // the Sunday ending the 52nd week (364 days)
const HOLIDAYS = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'];
const TOLERANCE = 0.1;
/** Days from FROM to TO, both included. */
const DAYS = 52 * 7;

const HEATMAP = `
  query BenchHeatmap($input: CapacityHeatmapInput!) {
    capacityHeatmap(input: $input) { periods rows { user { id name } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } } }
  }`;

interface Cell {
  periodStart: string;
  capacityHours: number;
  hardHours: number;
  softHours: number;
  utilisation: number | null;
  overAllocated: boolean;
}
interface Row {
  user: { id: string; name: string };
  cells: Cell[];
}

/** A full collection when node runs with --expose-gc (as `npm run bench:resources` does). */
const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});
const collectsGarbage = typeof (globalThis as { gc?: unknown }).gc === 'function';

await runBenchmark(main, { deadlineMs: 20 * 60_000 });

async function main(): Promise<boolean> {
  const people = positive(process.env, 'BENCH_RESOURCES_PEOPLE', 1000);
  const bookings = positive(process.env, 'BENCH_RESOURCES_BOOKINGS', 10_000);
  const absences = positive(process.env, 'BENCH_RESOURCES_ABSENCES', 2000);
  const runs = positive(process.env, 'BENCH_RESOURCES_RUNS', 15);
  console.log(`\nResources benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'}, ${describeMachine()}`);
  const database = await benchDatabase(process.env.BENCH_DATABASE_URL, 'pmo_resources');
  cleanup.push(() => database.drop());
  const config = testConfig({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  const prisma = runtime.db.prisma;

  const seeded = performance.now();
  const dataset = await seedScaleDataset(prisma, 20, { ...DEFAULT_SCALE_SHAPE, portfolios: 1 });
  await seedResources(prisma, dataset.adminEmail, people, bookings, absences);
  // Planner statistics for the fresh rows (PGlite runs no autovacuum): without them the baseline's plan sorts a million rows.
  await prisma.$executeRawUnsafe('ANALYZE');
  console.log(`  ${database.label}; ${people} people, ${bookings} bookings, ${absences} absences, 52 weeks, ${HOLIDAYS.length} holidays; seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  const app = createApp(config, runtime);
  const url = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const token = await runtime.tokens.sign(dataset.adminEmail);
  // A fresh connection per request: the PGlite baseline blocks this process's event loop (see httpSend).
  const send = httpSend(url, async () => token, { freshConnection: true });
  const viaApi = async () => ((await send(HEATMAP, { input: { from: FROM, to: TO, interval: 'WEEK' } }, dataset.adminEmail)) as { data: { capacityHeatmap: { rows: Row[] } } }).data.capacityHeatmap.rows;
  const postgres = database.databaseUrl !== undefined;
  const viaSql = () => handWrittenHeatmap(prisma, { jitOff: postgres });
  // For information on PostgreSQL: the same statement under the server's default JIT settings.
  const viaSqlJit = () => handWrittenHeatmap(prisma, { jitOff: false });

  const [api, sql] = [await viaApi(), await viaSql()];
  assertSameCells(api, sql);
  if (postgres) assertSameCells(api, await viaSqlJit());
  const over = api.reduce((sum, row) => sum + row.cells.filter((cell) => cell.overAllocated).length, 0);
  console.log(`  same cells: ${api.length} people × ${api[0]!.cells.length} weeks, ${over} over-allocated person-weeks`);

  const countStatements = async (request: () => Promise<unknown>) => {
    const before = runtime.db.statementCount();
    await request();
    return runtime.db.statementCount() - before;
  };
  const atAll = await countStatements(viaApi);
  const sqlStatements = await countStatements(viaSql);
  collectGarbage();
  const liveBefore = process.memoryUsage().heapUsed;
  const steps: (() => Promise<unknown>)[] = [viaApi, viaSql, ...(postgres ? [viaSqlJit] : [])];
  const samples = steps.map(() => [] as number[]);
  for (let round = -3; round < runs; round++) {
    // Rotating order, so that load from elsewhere and the collector's rhythm fall on every step alike.
    for (let k = 0; k < steps.length; k++) {
      const index = (k + Math.max(round, 0)) % steps.length;
      const started = performance.now();
      await steps[index]!();
      if (round >= 0) samples[index]!.push(performance.now() - started);
    }
  }
  const memory = process.memoryUsage();
  collectGarbage();
  const liveAfter = process.memoryUsage().heapUsed;
  // The same request with a tenth of the people active.
  await prisma.$executeRawUnsafe(`UPDATE "User" SET active = false WHERE email LIKE 'person%@bench.local' AND substr(email, 7, 5)::int % 10 <> 0`);
  const activeNow = await prisma.user.count({ where: { active: true } });
  const atTenth = await countStatements(viaApi);

  const [apiMs, sqlMs, jitMs] = samples.map((times) => median(times)) as [number, number, number | undefined];
  const ratio = sqlMs / apiMs;
  const row = (name: string, ms: number, statements: string | number) => [name, ms.toFixed(1), (1000 / ms).toFixed(2), (sqlMs / ms).toFixed(2), statements];
  printTable(
    ['', 'median ms', 'requests/s', 'vs SQL', 'statements'],
    [
      row('capacityHeatmap (HTTP)', apiMs, `${atAll} (${api.length} people); ${atTenth} (${activeNow} people)`),
      row(`hand-written SQL (one statement${postgres ? ', JIT off' : ''})`, sqlMs, postgres ? `${sqlStatements} (with SET LOCAL jit = off, in a transaction)` : sqlStatements),
      ...(jitMs === undefined ? [] : [row('  the same, server default JIT (not judged)', jitMs, 1)]),
    ],
  );
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `  memory (server, client and ${postgres ? 'pg driver' : 'PGlite'} in one process): RSS ${mb(memory.rss)} after the timed rounds (peak ${mb(process.resourceUsage().maxRSS * 1024)}), ` +
      `heap used ${mb(memory.heapUsed)}; live heap after a full GC ${mb(liveBefore)} before the rounds, ${mb(liveAfter)} after${collectsGarbage ? '' : ' (no --expose-gc: not collected)'}`,
  );
  const met = ratio >= THROUGHPUT_TARGET && atAll === atTenth;
  console.log(`  heatmap throughput / SQL throughput = ${ratio.toFixed(2)} (target ≥ ${THROUGHPUT_TARGET}); statements ${atAll === atTenth ? 'independent of' : 'DEPEND ON'} the number of people: ${met ? 'PASS' : 'FAIL'}`);
  return met;
}

/** Everyone of the scale data set but the admin is made inactive: the heatmap's people are the bench's. */
async function seedResources(prisma: PrismaClient, adminEmail: string, people: number, bookings: number, absences: number): Promise<void> {
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);
  await run(`UPDATE "User" SET active = false WHERE email <> '${adminEmail}'`);
  await run(`INSERT INTO "OrganisationCalendar" (id, "workingDays", holidays, version, "updatedAt")
    VALUES (1, ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY']::"Weekday"[], ARRAY[${HOLIDAYS.map((day) => `'${day}'`).join(',')}]::date[], 1, now())`);
  await run(`INSERT INTO "ResourceSettings" (id, "overallocationTolerance", version, "updatedAt") VALUES (1, ${TOLERANCE}, 1, now())`);
  // Weekly hours 40, 32 or 20 (multiples of 5 hours: a day's share is exact in binary).
  await run(`INSERT INTO "User" (id, name, email, role, "weeklyCapacityHours", "costRate", active, version, "createdAt", "updatedAt")
    SELECT ('20000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Person ' || lpad(i::text, 5, '0'), 'person' || lpad(i::text, 5, '0') || '@bench.local',
      'TEAM_MEMBER', CASE WHEN i % 10 = 0 THEN 20 WHEN i % 4 = 0 THEN 30 ELSE 40 END, 80, true, 1, now(), now()
    FROM generate_series(1, ${people}) i`);
  const projects = `(SELECT array_agg(id ORDER BY id) AS ids FROM "Project")`;
  // Bookings of 2 to 12 weeks, starting on any weekday of the year, 5 to 40 hours a week, one in three soft, one in fifty declined.
  await run(`INSERT INTO "Allocation" (id, "userId", "projectId", "from", "to", "hoursPerWeek", kind, "declinedAt", version, "createdAt", "updatedAt")
    SELECT ('21000000-0000-7000-8000-' || lpad(to_hex(b), 12, '0'))::uuid,
      ('20000000-0000-7000-8000-' || lpad(to_hex(1 + (b * 7919) % ${people}), 12, '0'))::uuid,
      p.ids[1 + b % array_length(p.ids, 1)],
      DATE '${FROM}' + ((b * 37) % 360), DATE '${FROM}' + ((b * 37) % 360) + 14 * (1 + b % 6) - 3,
      5 * (1 + (b * 13) % 8), CASE WHEN b % 3 = 0 THEN 'SOFT' ELSE 'HARD' END::"AllocationKind",
      CASE WHEN b % 50 = 0 THEN now() END, 1, now(), now()
    FROM generate_series(1, ${bookings}) b CROSS JOIN ${projects} p`);
  // Absences of 1 to 10 days, whole days or 2 or 4 hours a day; some overlap.
  await run(`INSERT INTO "Absence" (id, "userId", "from", "to", "hoursPerDay", kind, note, version, "createdAt", "updatedAt")
    SELECT ('22000000-0000-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid,
      ('20000000-0000-7000-8000-' || lpad(to_hex(1 + (a * 104729) % ${people}), 12, '0'))::uuid,
      DATE '${FROM}' + ((a * 53) % 355), DATE '${FROM}' + ((a * 53) % 355) + a % 10,
      CASE WHEN a % 5 = 0 THEN 4 WHEN a % 7 = 0 THEN 2 END, 'VACATION', '', 1, now(), now()
    FROM generate_series(1, ${absences}) a`);
}

/**
 * The same cells in one statement, written for speed: the span's days are numbered 0..DAYS-1;
 * `cal.before[i + 1]` is the number of working days before day i, so a booking's working days
 * in a week are one subtraction (no day-by-day expansion of the bookings); absences are expanded
 * to their working days (overlapping ones count once, at their largest share) and summed by week;
 * every person × week is then capacity (per day × the week's working days, less absences) with
 * the hard and soft hours.
 *
 * On PostgreSQL the statement runs with JIT off (SET LOCAL in its transaction): the planner's
 * estimates for it are large enough that the server's default JIT compiles it on every call,
 * which costs more than the query runs (about 0.6 s against 0.3 s here). The API's statements are
 * far below jit_above_cost either way, so this only makes the baseline stronger.
 */
async function handWrittenHeatmap(prisma: PrismaClient, options: { jitOff: boolean }): Promise<Row[]> {
  const from = `DATE '${FROM}'`;
  const query = `
    WITH days AS (
      SELECT i, (extract(isodow FROM ${from} + i) <= 5 AND ${from} + i <> ALL (ARRAY[${HOLIDAYS.map((day) => `'${day}'`).join(',')}]::date[]))::int AS working
      FROM generate_series(0, ${DAYS - 1}) i
    ),
    cal AS (
      SELECT array_agg(working ORDER BY i) AS working, array_agg(before ORDER BY i) || (SELECT sum(working)::int FROM days) AS before
      FROM (SELECT i, working, coalesce(sum(working) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS before FROM days) x
    ),
    people AS (SELECT id, name, "weeklyCapacityHours" / 5.0 AS per_day FROM "User" WHERE active),
    away AS (
      SELECT id, i / 7 AS k, sum(hours) AS hours FROM (
        SELECT a."userId" AS id, i, max(CASE WHEN a."hoursPerDay" IS NULL THEN p.per_day ELSE least(a."hoursPerDay", p.per_day) END) AS hours
        FROM "Absence" a JOIN people p ON p.id = a."userId" CROSS JOIN cal
        CROSS JOIN LATERAL generate_series(greatest(a."from" - ${from}, 0), least(a."to" - ${from}, ${DAYS - 1})) i
        WHERE cal.working[i + 1] = 1
        GROUP BY a."userId", i) x
      GROUP BY id, i / 7
    ),
    booked AS (
      SELECT b."userId" AS id, k,
        sum(b."hoursPerWeek" / 5.0 * (cal.before[least(b."to" - ${from}, 7 * k + 6) + 2] - cal.before[greatest(b."from" - ${from}, 7 * k) + 1])) FILTER (WHERE b.kind = 'HARD') AS hard,
        sum(b."hoursPerWeek" / 5.0 * (cal.before[least(b."to" - ${from}, 7 * k + 6) + 2] - cal.before[greatest(b."from" - ${from}, 7 * k) + 1])) FILTER (WHERE b.kind = 'SOFT') AS soft
      FROM "Allocation" b CROSS JOIN cal
      CROSS JOIN LATERAL generate_series(greatest(b."from" - ${from}, 0) / 7, least(b."to" - ${from}, ${DAYS - 1}) / 7) k
      WHERE b."declinedAt" IS NULL AND b."from" <= DATE '${TO}' AND b."to" >= ${from} AND b."userId" IN (SELECT id FROM people)
      GROUP BY b."userId", k
    ),
    cells AS (
      SELECT p.id, w.k, round(p.per_day * (cal.before[7 * w.k + 8] - cal.before[7 * w.k + 1]) - coalesce(a.hours, 0), 2) AS cap,
        round(coalesce(b.hard, 0), 2) AS hard, round(coalesce(b.soft, 0), 2) AS soft
      FROM people p CROSS JOIN cal CROSS JOIN generate_series(0, ${DAYS / 7 - 1}) w(k)
      LEFT JOIN away a ON a.id = p.id AND a.k = w.k LEFT JOIN booked b ON b.id = p.id AND b.k = w.k
    )
    SELECT p.id::text AS id, p.name,
      json_agg(json_build_object(
        'periodStart', to_char(${from} + 7 * c.k, 'YYYY-MM-DD'), 'capacityHours', c.cap, 'hardHours', c.hard, 'softHours', c.soft,
        'utilisation', CASE WHEN c.cap > 0 THEN round(c.hard / c.cap, 4) WHEN c.hard > 0 THEN NULL ELSE 0 END,
        'overAllocated', c.hard - c.cap * ${1 + TOLERANCE} > 0.005
      ) ORDER BY c.k) AS cells
    FROM people p JOIN cells c ON c.id = p.id
    GROUP BY p.id, p.name
    ORDER BY p.name, p.id`;
  type Result = { id: string; name: string; cells: Cell[] }[];
  const rows = options.jitOff
    ? (await prisma.$transaction([prisma.$executeRawUnsafe('SET LOCAL jit = off'), prisma.$queryRawUnsafe<Result>(query)]))[1]
    : await prisma.$queryRawUnsafe<Result>(query);
  return rows.map((row) => ({ user: { id: row.id, name: row.name }, cells: row.cells.map((cell) => ({ ...cell, capacityHours: Number(cell.capacityHours), hardHours: Number(cell.hardHours), softHours: Number(cell.softHours), utilisation: cell.utilisation === null ? null : Number(cell.utilisation) })) }));
}

function assertSameCells(api: Row[], sql: Row[]): void {
  if (api.length !== sql.length) throw new Error(`the heatmap has ${api.length} people, the SQL ${sql.length}`);
  for (let i = 0; i < api.length; i++) {
    const [a, s] = [api[i]!, sql[i]!];
    if (a.user.name !== s.user.name) throw new Error(`row ${i}: ${a.user.name} against ${s.user.name}`);
    for (let w = 0; w < Math.max(a.cells.length, s.cells.length); w++) {
      const [x, y] = [a.cells[w], s.cells[w]];
      if (JSON.stringify(x) !== JSON.stringify(y)) throw new Error(`${a.user.name}, week ${w}: heatmap ${JSON.stringify(x)} against SQL ${JSON.stringify(y)}`);
    }
  }
}
