// The `dashboard` part of `npm run bench:schedule` (issue 12 §11): `portfolio.dashboard` over a
// portfolio of 200 projects with 50 tasks each (5 summaries of 9 work tasks, FS/SS/FF links with
// lags, a baseline each, progress up to the status date), through the full HTTP stack, against
// one hand-written SQL statement that produces the same figures: projects by status and health,
// budget, EAC, the portfolio's PV/EV/AC/BAC and indices, the projects behind schedule, the top
// risks and the compliance summary. Both run in the same process on the same database, in
// alternation, so the machine's noise falls on both; the figures are compared first (the
// benchmark fails if they differ). Target: the dashboard at least half the query's throughput.
//
// What the hand-written query cannot do is the critical path: it reads each project's finish
// from its baseline. That is the live finish here because nothing changes after the baselines are
// taken; the dashboard computes the live schedule (CPM over the calendar) as it always does.
//
// Settings: BENCH_DASHBOARD_PROJECTS (200), BENCH_DASHBOARD_RUNS (30), BENCH_DATABASE_URL (a
// PostgreSQL server to run on instead of in-memory PGlite).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createApp } from '../server/app.js';
import { testConfig } from '../server/config.js';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { startRuntime } from '../server/runtime.js';
import { snapshotSchedule } from '../server/schedule/index.js';
import { benchDatabase } from './database.js';
import { cleanup } from './lifecycle.js';
import { median } from './rules-measure.js';
import { printTable } from './rules-report.js';
import { DEFAULT_SCALE_SHAPE, seedScaleDataset } from './scale-dataset.js';
import { httpSend } from './scale-measure.js';
import { positive } from './settings.js';

/** The dashboard must reach this share of the hand-written query's throughput. */
const THROUGHPUT_TARGET = 0.5;
const STATUS_DATE = '2026-11-30';
const SUMMARIES = 5;
const CHILDREN = 9;

const DASHBOARD = `
  query BenchDashboard($id: ID!, $statusDate: Date) {
    portfolio(id: $id) {
      dashboard(statusDate: $statusDate) {
        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion
        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost cpi spi }
        behindSchedule { code } topRisks { title score project { code } } compliance { failing blocking projectsEvaluated projectsBlocked }
      }
    }
  }`;

/** The figures both sides give, in one comparable shape. */
interface Figures {
  projectCount: number;
  projectsByStatus: { status: string; count: number }[];
  projectsByHealth: { health: string; count: number }[];
  budget: string;
  estimateAtCompletion: string;
  earnedValue: { budgetAtCompletion: string; plannedValue: string; earnedValue: string; actualCost: string; cpi: number | null; spi: number | null };
  behindSchedule: { code: string }[];
  topRisks: { title: string; score: number; project: { code: string } }[];
  compliance: { failing: number; blocking: number; projectsEvaluated: number; projectsBlocked: number };
}

export async function dashboardPart(): Promise<boolean> {
  const projects = positive(process.env, 'BENCH_DASHBOARD_PROJECTS', 200);
  const runs = positive(process.env, 'BENCH_DASHBOARD_RUNS', 30);
  const database = await benchDatabase(process.env.BENCH_DATABASE_URL, 'pmo_dashboard');
  cleanup.push(() => database.drop());
  const config = testConfig({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  const runtime = await startRuntime(config);
  cleanup.push(() => runtime.db.close());
  const prisma = runtime.db.prisma;

  const seedStarted = performance.now();
  const dataset = await seedScaleDataset(prisma, projects, { ...DEFAULT_SCALE_SHAPE, portfolios: 1 });
  const rows = await seedSchedules(prisma, dataset.portfolioId);
  console.log(
    `\ndashboard: ${database.label}; ${projects} projects × ${SUMMARIES * (CHILDREN + 1)} tasks seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s ` +
      `(${Object.entries(rows).map(([table, count]) => `${table} ${count}`).join(', ')}); status date ${STATUS_DATE}`,
  );

  const app = createApp(config, runtime);
  const url = `${(await app.listen(0, '127.0.0.1')).url}/graphql`;
  cleanup.push(() => app.close());
  const token = await runtime.tokens.sign(dataset.adminEmail);
  const send = httpSend(url, async () => token);
  const variables = { id: encodeGlobalID('Portfolio', dataset.portfolioId), statusDate: STATUS_DATE };
  const viaApi = async () => ((await send(DASHBOARD, variables, dataset.adminEmail)) as { data: { portfolio: { dashboard: Figures } } }).data.portfolio.dashboard;
  const viaSql = () => handWrittenDashboard(prisma, dataset.portfolioId, STATUS_DATE);

  const [api, sql] = [await viaApi(), await viaSql()];
  assertSameFigures(api, sql);
  console.log(
    `  same figures: ${api.projectCount} projects, BAC ${api.earnedValue.budgetAtCompletion}, PV ${api.earnedValue.plannedValue}, EV ${api.earnedValue.earnedValue}, ` +
      `AC ${api.earnedValue.actualCost}, SPI ${api.earnedValue.spi?.toFixed(4)}, CPI ${api.earnedValue.cpi?.toFixed(4)}, ${api.behindSchedule.length} behind schedule`,
  );

  await viaApi();
  const statements = await countStatements(runtime, viaApi);
  // The server keeps computed schedules until a project's ScheduleStamp moves: measured as read
  // again and again (the front page between edits), after one project changed (one reload), and
  // after every project changed (every schedule loaded and computed again, as on a cold server).
  const bump = (where: string) => prisma.$executeRawUnsafe(`UPDATE "ScheduleStamp" SET version = version + 1 WHERE ${where}`);
  const oneProject = `"projectId" = '${dataset.projectId}'::uuid`;
  const [apiSamples, oneSamples, coldSamples, sqlSamples] = await alternateAsync(
    [{ run: viaApi }, { prepare: () => bump(oneProject), run: viaApi }, { prepare: () => bump('true'), run: viaApi }, { run: viaSql }],
    runs,
    3,
  );
  const statementsAfterOne = await countStatements(runtime, async () => (await bump(oneProject), await viaApi()));
  const apiMs = median(apiSamples!);
  const sqlMs = median(sqlSamples!);
  const ratio = sqlMs / apiMs;
  const row = (name: string, ms: number, count: number | string) => [name, ms.toFixed(1), (1000 / ms).toFixed(1), (sqlMs / ms).toFixed(2), count];
  printTable(
    ['', 'median ms', 'requests/s', 'vs SQL', 'statements'],
    [
      row('portfolio.dashboard (HTTP), schedules computed', apiMs, statements),
      row('  after one project changed', median(oneSamples!), statementsAfterOne - 1),
      row('  after every project changed (cold)', median(coldSamples!), '-'),
      row('hand-written SQL (one statement)', sqlMs, 1),
    ],
  );
  const met = ratio >= THROUGHPUT_TARGET;
  console.log(`  dashboard throughput / SQL throughput = ${ratio.toFixed(2)} (target ≥ ${THROUGHPUT_TARGET}): ${met ? 'PASS' : 'FAIL'}`);
  return met;
}

interface Step {
  /** Untimed, before each run. */
  prepare?: () => Promise<unknown>;
  run: () => Promise<unknown>;
}

/** Milliseconds per run of each step: `warmup` untimed rounds, then `rounds` rounds in rotating order. */
async function alternateAsync(steps: readonly Step[], rounds: number, warmup: number): Promise<number[][]> {
  const samples = steps.map(() => [] as number[]);
  for (let w = 0; w < warmup; w++) for (const step of steps) await step.prepare?.(), await step.run();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < steps.length; k++) {
      const step = steps[(round + k) % steps.length]!;
      await step.prepare?.();
      const started = performance.now();
      await step.run();
      samples[(round + k) % steps.length]!.push(performance.now() - started);
    }
  }
  return samples;
}

async function countStatements(runtime: { db: { statementCount(): number } }, request: () => Promise<unknown>): Promise<number> {
  const before = runtime.db.statementCount();
  await request();
  return runtime.db.statementCount() - before;
}

const taskId = (number: string) => `('0e000000-0000-7000-8000-' || lpad(to_hex(${number}), 12, '0'))::uuid`;
const linkId = (number: string) => `('0f000000-0000-7000-8000-' || lpad(to_hex(${number}), 12, '0'))::uuid`;
const pad = (text: string) => `lpad(${text}, 10, '0')`;

/**
 * Every project of the portfolio gets 5 summary tasks of 9 work tasks (durations 1..8 working
 * days, the last a milestone), chained FS inside a summary, FS with a 2-day lag from one summary's
 * last task to the next one's first, SS + 1 from a summary's first task to the next one's fifth
 * and FF from its third to its sixth; then the real baseline capture (snapshotSchedule), and
 * progress read off the baseline: tasks planned to finish by the status date are done (one in
 * five only 60%, costing more), tasks under way are part done.
 */
async function seedSchedules(prisma: PrismaClient, portfolioId: string): Promise<Record<string, number>> {
  const projects = `SELECT id, substr(code, 4)::int AS n FROM "Project" WHERE "portfolioId" = '${portfolioId}'::uuid`;
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);
  await run(`
    INSERT INTO "Task" (id, "projectId", key, "wbsOrder", name, "parentId", "durationDays", budget, "createdAt", "updatedAt")
    SELECT ${taskId('p.n * 1000 + k * 10')}, p.id, (k + 1)::text, ${pad('(k + 1)::text')}, 'Stage ' || (k + 1), NULL, 0, 0, now(), now()
    FROM (${projects}) p CROSS JOIN generate_series(0, ${SUMMARIES - 1}) k`);
  await run(`
    INSERT INTO "Task" (id, "projectId", key, "wbsOrder", name, "parentId", "durationDays", budget, "createdAt", "updatedAt")
    SELECT ${taskId('p.n * 1000 + k * 10 + j')}, p.id, (k + 1) || '.' || j, ${pad('(k + 1)::text')} || '.' || ${pad('j::text')},
      'Work ' || (k + 1) || '.' || j, ${taskId('p.n * 1000 + k * 10')},
      CASE WHEN j = ${CHILDREN} THEN 0 ELSE 1 + (p.n + k * 3 + j * 5) % 8 END, 1000 + ((p.n * 7 + k * 13 + j * 17) % 9) * 500, now(), now()
    FROM (${projects}) p CROSS JOIN generate_series(0, ${SUMMARIES - 1}) k CROSS JOIN generate_series(1, ${CHILDREN}) j`);
  await run(`
    INSERT INTO "TaskDependency" (id, "projectId", "predecessorId", "successorId", type, "lagDays", "createdAt")
    SELECT ${linkId('p.n * 1000 + l.idx')}, p.id, ${taskId('p.n * 1000 + l.pred')}, ${taskId('p.n * 1000 + l.succ')}, l.type::"DependencyType", l.lag, now()
    FROM (${projects}) p CROSS JOIN (
      SELECT k * 10 + j AS idx, k * 10 + j AS pred, k * 10 + j + 1 AS succ, 'FS' AS type, 0 AS lag FROM generate_series(0, ${SUMMARIES - 1}) k CROSS JOIN generate_series(1, ${CHILDREN - 1}) j
      UNION ALL SELECT 100 + k, k * 10 + ${CHILDREN}, (k + 1) * 10 + 1, 'FS', 2 FROM generate_series(0, ${SUMMARIES - 2}) k
      UNION ALL SELECT 200 + k, k * 10 + 1, (k + 1) * 10 + 5, 'SS', 1 FROM generate_series(0, ${SUMMARIES - 2}) k
      UNION ALL SELECT 300 + k, k * 10 + 3, k * 10 + 6, 'FF', 0 FROM generate_series(0, ${SUMMARIES - 1}) k
    ) l`);
  const admin = await prisma.user.findFirstOrThrow({ where: { role: 'PMO_ADMIN' }, select: { id: true } });
  const ids = await prisma.project.findMany({ where: { portfolioId }, select: { id: true } });
  for (const { id } of ids) await prisma.$transaction((tx) => snapshotSchedule(tx, id, 'Approved plan', admin.id));
  await run(`
    INSERT INTO "TaskProgress" (id, "taskId", "projectId", "asOf", "percentComplete", "actualCost", "createdAt")
    SELECT ('10000000' || substr(bt."taskId"::text, 9))::uuid, bt."taskId", p.id,
      LEAST(bt."finishDate", DATE '${STATUS_DATE}'), g.pct, round(bt.budget * g.pct / 100.0 * (0.9 + (p.n % 4) * 0.1), 2), now()
    FROM (${projects}) p
    JOIN "ScheduleBaseline" b ON b."projectId" = p.id
    JOIN "BaselineTask" bt ON bt."baselineId" = b.id AND NOT bt.summary AND bt."startDate" <= DATE '${STATUS_DATE}'
    CROSS JOIN LATERAL (SELECT CASE
      WHEN bt."finishDate" <= DATE '${STATUS_DATE}' THEN CASE WHEN (p.n + bt."durationDays") % 5 = 0 THEN 60 ELSE 100 END
      ELSE 10 + (p.n % 7) * 10 END AS pct) g`);
  const count = async (table: string) => Number(((await prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[])[0]!.n);
  return { tasks: await count('Task'), dependencies: await count('TaskDependency'), baselineTasks: await count('BaselineTask'), progress: await count('TaskProgress') };
}

/**
 * The dashboard's figures in one statement, written by hand: PV time-phased linearly over the
 * baseline tasks' working days up to the end of the status day (the project calendar's weekdays
 * and holidays), EV and AC from each task's latest progress at or before it, the indices from the
 * sums, EAC = BAC / CPI per project (its budget without one), behind schedule = a finish after the
 * target end date or SPI below the AMBER threshold.
 */
async function handWrittenDashboard(prisma: PrismaClient, portfolioId: string, statusDate: string): Promise<Figures> {
  const [row] = await prisma.$queryRawUnsafe<[{ figures: Figures }]>(
    `
    WITH p AS (
      SELECT pr.id, pr.code, pr.status::text AS status, pr.health::text AS health, pr.budget, pr."startDate", pr."targetEndDate",
             COALESCE(pr."currentBaselineId", (SELECT b.id FROM "ScheduleBaseline" b WHERE b."projectId" = pr.id ORDER BY b.number DESC LIMIT 1)) AS baseline_id,
             COALESCE(c."workingDays"::text[], ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) AS weekdays,
             COALESCE(c.holidays, ARRAY[]::date[]) AS holidays
      FROM "Project" pr LEFT JOIN "ProjectCalendar" c ON c."projectId" = pr.id
      WHERE pr."portfolioId" = $1::uuid
    ),
    latest AS (
      SELECT DISTINCT ON (g."taskId") g."taskId", g."projectId", g."percentComplete", g."actualCost"
      FROM "TaskProgress" g JOIN p ON p.id = g."projectId"
      WHERE g."asOf" <= $2::date
      ORDER BY g."taskId", g."asOf" DESC
    ),
    work AS (
      SELECT p.id AS project_id, bt.budget, bt."durationDays" AS duration, bt."startDate" AS start, t.id IS NOT NULL AS live, l."percentComplete" AS pct,
             (SELECT count(*) FROM generate_series(bt."startDate", LEAST(bt."finishDate", $2::date), interval '1 day') AS d(day)
              WHERE trim(to_char(d.day, 'DAY')) = ANY(p.weekdays) AND d.day::date <> ALL(p.holidays)) AS days_planned
      FROM p JOIN "BaselineTask" bt ON bt."baselineId" = p.baseline_id AND NOT bt.summary
      LEFT JOIN "Task" t ON t.id = bt."taskId"
      LEFT JOIN latest l ON l."taskId" = bt."taskId"
      WHERE p."startDate" IS NOT NULL
    ),
    evm AS (
      SELECT w.project_id, sum(w.budget) AS bac,
             sum(CASE WHEN w.duration = 0 THEN CASE WHEN w.start <= $2::date THEN w.budget ELSE 0 END
                      ELSE w.budget * LEAST(w.days_planned, w.duration) / w.duration END) AS pv,
             sum(CASE WHEN w.live THEN w.budget * COALESCE(w.pct, 0) / 100.0 ELSE 0 END) AS ev
      FROM work w GROUP BY w.project_id
    ),
    figures AS (
      SELECT p.id, p.code, p.budget, e.bac, e.pv, e.ev, COALESCE(a.ac, 0) AS ac,
             CASE WHEN COALESCE(a.ac, 0) = 0 OR e.ev = 0 THEN NULL ELSE e.bac * a.ac / e.ev END AS eac,
             CASE WHEN e.pv = 0 THEN NULL ELSE e.ev / e.pv END AS spi,
             (SELECT count(*) FROM generate_series(p."targetEndDate" + 1, f.finish, interval '1 day') AS d(day)
              WHERE trim(to_char(d.day, 'DAY')) = ANY(p.weekdays) AND d.day::date <> ALL(p.holidays)) AS slip
      FROM p JOIN evm e ON e.project_id = p.id
      LEFT JOIN (SELECT l."projectId", sum(l."actualCost") AS ac FROM latest l GROUP BY l."projectId") a ON a."projectId" = p.id
      CROSS JOIN LATERAL (SELECT max(bt."finishDate") AS finish FROM "BaselineTask" bt WHERE bt."baselineId" = p.baseline_id) f
    ),
    sums AS (SELECT sum(bac) AS bac, sum(pv) AS pv, sum(ev) AS ev, sum(ac) AS ac FROM figures)
    SELECT json_build_object(
      'projectCount', (SELECT count(*) FROM p),
      'projectsByStatus', (SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY n DESC, status) FROM (SELECT status, count(*)::int AS n FROM p GROUP BY status) s),
      'projectsByHealth', (SELECT json_agg(json_build_object('health', health, 'count', n) ORDER BY n DESC, health) FROM (SELECT health, count(*)::int AS n FROM p GROUP BY health) h),
      'budget', (SELECT to_char(sum(budget), 'FM999999999990.00') FROM p),
      'estimateAtCompletion', (SELECT to_char(round(sum(COALESCE(f.eac, p.budget)), 2), 'FM999999999990.00') FROM p LEFT JOIN figures f ON f.id = p.id),
      'earnedValue', (SELECT json_build_object(
          'budgetAtCompletion', to_char(round(bac, 2), 'FM999999999990.00'), 'plannedValue', to_char(round(pv, 2), 'FM999999999990.00'),
          'earnedValue', to_char(round(ev, 2), 'FM999999999990.00'), 'actualCost', to_char(round(ac, 2), 'FM999999999990.00'),
          'cpi', CASE WHEN ac = 0 THEN NULL ELSE ev / ac END, 'spi', CASE WHEN pv = 0 THEN NULL ELSE ev / pv END) FROM sums),
      'behindSchedule', (SELECT COALESCE(json_agg(json_build_object('code', code) ORDER BY slip DESC, COALESCE(spi, 1), id), '[]') FROM (
          SELECT * FROM figures WHERE slip > 0 OR spi < COALESCE((SELECT "indexAmber" FROM "HealthThresholdSettings" WHERE id = 1), 0.95)
          ORDER BY slip DESC, COALESCE(spi, 1), id LIMIT 20) b),
      'topRisks', (SELECT COALESCE(json_agg(json_build_object('title', title, 'score', score, 'project', json_build_object('code', code)) ORDER BY score DESC, "dueDate" ASC NULLS LAST, "createdAt", id), '[]') FROM (
          SELECT r.title, r.score, r."dueDate", r."createdAt", r.id, pr.code FROM "Risk" r JOIN "Project" pr ON pr.id = r."projectId"
          WHERE r."portfolioId" = $1::uuid AND r.status IN ('IDENTIFIED', 'ASSESSED', 'MITIGATING')
          ORDER BY r.score DESC, r."dueDate" ASC NULLS LAST, r."createdAt", r.id LIMIT 5) r),
      'compliance', (SELECT json_build_object(
          'failing', COALESCE((SELECT sum(failing) FROM "PortfolioComplianceTally" WHERE "portfolioId" = $1::uuid), 0),
          'blocking', COALESCE((SELECT sum(failing) FROM "PortfolioComplianceTally" WHERE "portfolioId" = $1::uuid AND severity = 'BLOCKER'), 0),
          'projectsEvaluated', COALESCE((SELECT "projectsEvaluated" FROM "PortfolioCompliance" WHERE "portfolioId" = $1::uuid), 0),
          'projectsBlocked', COALESCE((SELECT "projectsBlocked" FROM "PortfolioCompliance" WHERE "portfolioId" = $1::uuid), 0)))
    ) AS figures`,
    portfolioId,
    statusDate,
  );
  return row.figures;
}

/** Money to the cent and indices to 1e-9: both sides compute at full precision, then round. */
function assertSameFigures(api: Figures, sql: Figures): void {
  const normalise = (figures: Figures) => ({
    ...figures,
    earnedValue: { ...figures.earnedValue, cpi: round9(figures.earnedValue.cpi), spi: round9(figures.earnedValue.spi) },
    compliance: Object.fromEntries(Object.entries(figures.compliance).map(([key, value]) => [key, Number(value)])),
  });
  const [a, b] = [JSON.stringify(normalise(api)), JSON.stringify(normalise(sql))];
  if (a !== b) throw new Error(`the dashboard and the hand-written query disagree:\n  API ${a}\n  SQL ${b}`);
}

const round9 = (value: number | null) => (value === null ? null : Math.round(Number(value) * 1e9) / 1e9);
