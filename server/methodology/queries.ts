// Read models of compliance: summaries across many projects or portfolios, in one query each
// (loaders.ts batches them per request).
import { Prisma, type PrismaClient } from '../platform/db/generated/prisma/client.js';
import { RULE_SEVERITIES, type RuleSeverity } from './lib/manifest.js';

export interface SeverityCount {
  severity: RuleSeverity;
  passed: number;
  /** Failing and not waived. */
  failing: number;
  waived: number;
}

export interface ComplianceSummary {
  bySeverity: SeverityCount[];
  /** Failing, unwaived rules. */
  failing: number;
  /** Failing, unwaived BLOCKER rules (a gate would refuse). */
  blocking: number;
  /** Projects with at least one stored evaluation. */
  projectsEvaluated: number;
  /** Projects with at least one failing, unwaived BLOCKER rule. */
  projectsBlocked: number;
}

/** One rule result, as the in-Node oracle of the tests counts them (see `summarise`). */
export interface ResultRow {
  projectId: string;
  severity: RuleSeverity;
  passed: boolean;
  waived: boolean;
}

/**
 * The summary of a list of rule results, counted in Node. The read models below count in SQL;
 * this stays as the definition they must agree with (the tests compare both).
 */
export function summarise(rows: readonly ResultRow[]): ComplianceSummary {
  const bySeverity = emptyBySeverity();
  const projects = new Set<string>();
  const blocked = new Set<string>();
  let failing = 0;
  let blocking = 0;
  for (const row of rows) {
    projects.add(row.projectId);
    const bucket = bySeverity[RULE_SEVERITIES.indexOf(row.severity)]!;
    if (row.passed) bucket.passed += 1;
    else if (row.waived) bucket.waived += 1;
    else {
      bucket.failing += 1;
      failing += 1;
      if (row.severity === 'BLOCKER') {
        blocking += 1;
        blocked.add(row.projectId);
      }
    }
  }
  return { bySeverity, failing, blocking, projectsEvaluated: projects.size, projectsBlocked: blocked.size };
}

const emptyBySeverity = (): SeverityCount[] => RULE_SEVERITIES.map((severity) => ({ severity, passed: 0, failing: 0, waived: 0 }));

/**
 * A grouped count: `results` latest results of `key` (a project or a portfolio) with this
 * severity and outcome; or, with severity null, the parent's `projects` (evaluated) and
 * `blocked` counts.
 */
interface CountRow {
  key: string;
  severity: RuleSeverity | null;
  passed: boolean | null;
  waived: boolean | null;
  results: number | null;
  projects: number | null;
  blocked: number | null;
}

/**
 * Latest results of the given projects: one grouped count per project, severity and outcome (at
 * most twelve rows per project), read from the tallies.
 */
export async function complianceByProject(prisma: PrismaClient, projectIds: readonly string[]): Promise<ComplianceSummary[]> {
  const rows = await prisma.$queryRaw<CountRow[]>(projectCountsSql(projectIds));
  const summaries = summariesFrom(projectIds, rows);
  // A project counts itself: evaluated if it has any result, blocked if one is a failing BLOCKER.
  for (const summary of summaries) {
    summary.projectsEvaluated = summary.bySeverity.some((count) => count.passed + count.failing + count.waived > 0) ? 1 : 0;
    summary.projectsBlocked = summary.blocking > 0 ? 1 : 0;
  }
  return summaries;
}

/**
 * Latest results of the projects of each portfolio, in one statement. With no `scope` (the
 * roles that read every project), the portfolio tallies: a few rows per portfolio, whatever its
 * number of projects. Otherwise only the projects in `scope` count: the scope is resolved to
 * project ids first (one more statement, as short as the viewer's list), then their project
 * tallies are counted per portfolio. (The one scoped role, TEAM_MEMBER, reads the projects it is a
 * member of, never whole portfolios by rule, so the portfolio tallies cannot serve it.)
 */
export async function complianceByPortfolio(
  prisma: PrismaClient,
  portfolioIds: readonly string[],
  scope: Prisma.ProjectWhereInput | null,
): Promise<ComplianceSummary[]> {
  if (!scope) return summariesFrom(portfolioIds, await prisma.$queryRaw<CountRow[]>(portfolioTallySql(portfolioIds)));
  const visible = (await prisma.project.findMany({ where: { AND: [{ portfolioId: { in: [...portfolioIds] } }, scope] }, select: { id: true } })).map(
    (project) => project.id,
  );
  if (visible.length === 0) return summariesFrom(portfolioIds, []);
  return summariesFrom(portfolioIds, await prisma.$queryRaw<CountRow[]>(portfolioCountsSql(portfolioIds, visible)));
}

/**
 * The statement of complianceByPortfolio for every project (exported for the benchmarks): the
 * portfolio tallies (PortfolioComplianceTally and PortfolioCompliance, kept by triggers on the
 * project tallies) unfolded into the grouped counts portfolioCountsSql gives, at most four
 * severity rows and one row of project counts per portfolio.
 */
export const portfolioTallySql = (portfolioIds: readonly string[]): Prisma.Sql => Prisma.sql`
    SELECT t."portfolioId"::text AS key, t.severity, o.passed, o.waived, o.n AS results, NULL::int AS projects, NULL::int AS blocked
    FROM "PortfolioComplianceTally" t
    CROSS JOIN LATERAL (VALUES (true, false, t.passed), (false, false, t.failing), (false, true, t.waived)) AS o(passed, waived, n)
    WHERE o.n <> 0 AND t."portfolioId" = ANY(${[...portfolioIds]}::uuid[])
    UNION ALL
    SELECT c."portfolioId"::text, NULL, NULL, NULL, NULL, c."projectsEvaluated", c."projectsBlocked"
    FROM "PortfolioCompliance" c
    WHERE c."portfolioId" = ANY(${[...portfolioIds]}::uuid[])`;

/**
 * The grouped counts of the latest results from the tallies (ComplianceTally, kept by triggers
 * on RuleEvaluation): a project's row per severity unfolded into one row per outcome, as a
 * GROUP BY projectId, severity, passed, waived over the results themselves would give.
 */
const tallyCounts = (projects: Prisma.Sql): Prisma.Sql => Prisma.sql`
      SELECT t."projectId", t.severity, o.passed, o.waived, o.n
      FROM "ComplianceTally" t
      CROSS JOIN LATERAL (VALUES (true, false, t.passed), (false, false, t.failing), (false, true, t.waived)) AS o(passed, waived, n)
      WHERE o.n > 0 AND t."projectId" IN (${projects})`;

/** The statement of complianceByProject (exported for the benchmark's EXPLAIN). */
export const projectCountsSql = (projectIds: readonly string[]): Prisma.Sql => Prisma.sql`
    SELECT c."projectId"::text AS key, c.severity, c.passed, c.waived, c.n AS results, NULL::int AS projects, NULL::int AS blocked
    FROM (${tallyCounts(Prisma.sql`SELECT unnest(${[...projectIds]}::uuid[])`)}) c`;

/**
 * The statement of complianceByPortfolio for a scoped viewer (exported for the benchmark's
 * EXPLAIN and the tests): the tallies of the portfolios' projects (a few rows per project),
 * counted per portfolio, severity and outcome, plus each portfolio's evaluated and blocked
 * projects. `visibleIds` null: every project counts (what the portfolio tallies must equal).
 */
export function portfolioCountsSql(portfolioIds: readonly string[], visibleIds: readonly string[] | null): Prisma.Sql {
  const inScope = visibleIds ? Prisma.sql`AND p.id = ANY(${[...visibleIds]}::uuid[])` : Prisma.empty;
  const projects = Prisma.sql`SELECT p.id FROM "Project" p WHERE p."portfolioId" = ANY(${[...portfolioIds]}::uuid[]) ${inScope}`;
  return Prisma.sql`
    WITH per_project AS (${tallyCounts(projects)}), keyed AS (
      SELECT p."portfolioId"::text AS key, c.* FROM per_project c JOIN "Project" p ON p.id = c."projectId"
    )
    SELECT key, severity, passed, waived, SUM(n)::int AS results, NULL::int AS projects, NULL::int AS blocked
    FROM keyed GROUP BY key, severity, passed, waived
    UNION ALL
    SELECT key, NULL, NULL, NULL, NULL, COUNT(*)::int, COUNT(*) FILTER (WHERE blocks)::int
    FROM (
      SELECT key, bool_or(severity = 'BLOCKER' AND NOT passed AND NOT waived) AS blocks FROM keyed GROUP BY key, "projectId"
    ) projects
    GROUP BY key`;
}

/** One summary per key, in the order of `keys`, from grouped counts. */
function summariesFrom(keys: readonly string[], rows: readonly CountRow[]): ComplianceSummary[] {
  const summaries = new Map<string, ComplianceSummary>(
    keys.map((key) => [key, { bySeverity: emptyBySeverity(), failing: 0, blocking: 0, projectsEvaluated: 0, projectsBlocked: 0 }]),
  );
  for (const row of rows) {
    const summary = summaries.get(row.key);
    if (!summary) continue;
    if (row.severity === null) {
      summary.projectsEvaluated = row.projects ?? 0;
      summary.projectsBlocked = row.blocked ?? 0;
      continue;
    }
    const count = row.results ?? 0;
    const bucket = summary.bySeverity[RULE_SEVERITIES.indexOf(row.severity)]!;
    if (row.passed) bucket.passed += count;
    else if (row.waived) bucket.waived += count;
    else {
      bucket.failing += count;
      summary.failing += count;
      if (row.severity === 'BLOCKER') summary.blocking += count;
    }
  }
  return keys.map((key) => summaries.get(key)!);
}

export interface MethodologyFilter {
  key?: string | null;
  enabled?: boolean | null;
}

/** Installed methodology versions (every signed-in person may read them). */
export function methodologyWhere(filter: MethodologyFilter | null | undefined): Prisma.MethodologyWhereInput {
  return { key: filter?.key ?? undefined, enabled: filter?.enabled ?? undefined };
}
