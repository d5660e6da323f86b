// Read models of compliance: summaries across many projects or portfolios, in one query each
// (loaders.ts batches them per request).
import type { Prisma, PrismaClient } from '../platform/db/generated/prisma/client.js';
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

interface Row {
  projectId: string;
  severity: RuleSeverity;
  passed: boolean;
  waived: boolean;
}

export function summarise(rows: readonly Row[]): ComplianceSummary {
  const bySeverity = RULE_SEVERITIES.map((severity) => ({ severity, passed: 0, failing: 0, waived: 0 }));
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

/** Latest results of the given projects, grouped by project. */
export async function complianceByProject(prisma: PrismaClient, projectIds: readonly string[]): Promise<ComplianceSummary[]> {
  const rows = await prisma.ruleEvaluation.findMany({
    where: { projectId: { in: [...projectIds] }, latest: true },
    select: { projectId: true, severity: true, passed: true, waived: true },
  });
  return summariseBy(projectIds, rows, (row) => row.projectId);
}

/** Latest results of the projects of each portfolio that `projectFilter` lets through. */
export async function complianceByPortfolio(
  prisma: PrismaClient,
  portfolioIds: readonly string[],
  projectFilter: Prisma.ProjectWhereInput,
): Promise<ComplianceSummary[]> {
  const rows = await prisma.ruleEvaluation.findMany({
    where: { latest: true, project: { AND: [{ portfolioId: { in: [...portfolioIds] } }, projectFilter] } },
    select: { projectId: true, severity: true, passed: true, waived: true, project: { select: { portfolioId: true } } },
  });
  return summariseBy(portfolioIds, rows, (row) => row.project.portfolioId);
}

/** One summary per key, in the order of `keys` (one pass over the rows). */
function summariseBy<R extends Row>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): ComplianceSummary[] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => summarise(groups.get(key) ?? []));
}

export interface MethodologyFilter {
  key?: string | null;
  enabled?: boolean | null;
}

/** Installed methodology versions (every signed-in person may read them). */
export function methodologyWhere(filter: MethodologyFilter | null | undefined): Prisma.MethodologyWhereInput {
  return { key: filter?.key ?? undefined, enabled: filter?.enabled ?? undefined };
}
