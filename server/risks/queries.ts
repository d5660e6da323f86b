// Read models of the risk register: where clauses for risk lists, the order of "top" risks and
// the probability × impact matrix (both in SQL, projects first).
import { projectReadFilter, readsAllProjects } from '../auth/access.js';
import type { Viewer } from '../platform/context.js';
import { Prisma, type PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { RiskCategory, RiskStatus } from '../platform/db/generated/prisma/enums.js';
import type { AlertFilter } from './alerts/hub.js';
import { severitiesFrom } from './lib/alert-conditions.js';
import { matrixCells, OPEN_RISK_STATUSES, type MatrixCell } from './lib/scoring.js';

export interface RiskFilter {
  portfolioId?: string | null;
  projectId?: string | null;
  status?: RiskStatus[] | null;
  category?: RiskCategory[] | null;
  minScore?: number | null;
  ownerId?: string | null;
}

/** The viewer's visibility restriction (risks follow their project) combined with the client's filter. */
export function riskWhere(viewer: Viewer | null, filter: RiskFilter | null | undefined): Prisma.RiskWhereInput {
  const visible = projectReadFilter(viewer);
  return { AND: [...(Object.keys(visible).length ? [{ project: visible }] : []), riskFilterWhere(filter)] };
}

/** The client's filter alone, for lists under a parent the viewer may read (`project.risks`). */
export function riskFilterWhere(filter: RiskFilter | null | undefined): Prisma.RiskWhereInput {
  const and: Prisma.RiskWhereInput[] = [];
  if (filter?.portfolioId) and.push({ project: { portfolioId: filter.portfolioId } });
  if (filter?.projectId) and.push({ projectId: filter.projectId });
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  if (filter?.category?.length) and.push({ category: { in: filter.category } });
  if (filter?.minScore != null) and.push({ score: { gte: filter.minScore } });
  if (filter?.ownerId) and.push({ ownerId: filter.ownerId });
  return { AND: and };
}

export const openRisks: Prisma.RiskWhereInput = { status: { in: [...OPEN_RISK_STATUSES] } };

/** Where the portfolio views (matrix, top risks) look: one portfolio, one project, or neither. */
export interface RiskScope {
  portfolioId?: string | null;
  projectId?: string | null;
}

/**
 * Open risks, with the statuses written as literals (our constants, not input) so that the
 * planner can match the partial indexes of open risks (`... WHERE status IN (...)`).
 */
const OPEN_RISK_SQL = Prisma.sql`r."status" IN (${Prisma.raw(OPEN_RISK_STATUSES.map((status) => `'${status}'`).join(', '))})`;

/**
 * The open risks of the projects in scope that the viewer may read, as SQL on `"Risk" r`.
 *
 * The projects are chosen first, as an array (an init plan), so that PostgreSQL reads the open
 * risks of those projects through the (projectId, status, ...) index: a portfolio's view costs
 * what the portfolio holds. Written as a join (what Prisma emits for `project: {...}`), the
 * planner preferred to read every open risk of the database and hash-join the portfolio's
 * projects afterwards (30,000 rows read for 3,000 at 10,000 projects).
 */
function openRisksInScope(viewer: Viewer | null, scope: RiskScope): Prisma.Sql {
  if (!viewer) return Prisma.sql`false`;
  const projects: Prisma.Sql[] = [];
  if (scope.portfolioId) projects.push(Prisma.sql`p."portfolioId" = ${scope.portfolioId}::uuid`);
  if (scope.projectId) projects.push(Prisma.sql`p."id" = ${scope.projectId}::uuid`);
  // The same rule as projectReadFilter: who does not read every project reads their team's.
  if (!readsAllProjects(viewer)) {
    projects.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = p."id" AND m."userId" = ${viewer.id}::uuid)`);
  }
  if (projects.length === 0) return OPEN_RISK_SQL;
  return Prisma.sql`${OPEN_RISK_SQL} AND r."projectId" = ANY (ARRAY(SELECT p."id" FROM "Project" p WHERE ${Prisma.join(projects, ' AND ')}))`;
}

/**
 * Top risks' scope: a reader of every project asking for one portfolio (or the whole register)
 * reads the open risks in order from the partial index on (portfolioId, score DESC, ...), the
 * portfolio copied onto each risk by a trigger, and stops at the page; other scopes (one project,
 * a team's projects) are small and go through openRisksInScope.
 */
function topRisksInScope(viewer: Viewer | null, scope: RiskScope): Prisma.Sql {
  if (!viewer || scope.projectId || !readsAllProjects(viewer)) return openRisksInScope(viewer, scope);
  return scope.portfolioId ? Prisma.sql`${OPEN_RISK_SQL} AND r."portfolioId" = ${scope.portfolioId}::uuid` : OPEN_RISK_SQL;
}

/** The most serious risks first: score, then the nearest due date, then the oldest (the order of Risk_open_*most_serious_idx). */
const MOST_SERIOUS_FIRST_SQL = Prisma.sql`r."score" DESC, r."dueDate" ASC NULLS LAST, r."createdAt" ASC, r."id" ASC`;

/**
 * The `take` most serious open risks in scope: their ids from one SQL statement (projects first,
 * see openRisksInScope), then the rows with the selection's query.
 */
export async function topRisks<Q extends object>(prisma: PrismaClient, query: Q, viewer: Viewer | null, scope: RiskScope, take: number) {
  if (take <= 0) return [];
  const top = await prisma.$queryRaw<{ id: string }[]>`
    SELECT r."id"::text AS id FROM "Risk" r WHERE ${topRisksInScope(viewer, scope)} ORDER BY ${MOST_SERIOUS_FIRST_SQL} LIMIT ${take}`;
  if (top.length === 0) return [];
  const rows = await prisma.risk.findMany({ ...query, where: { id: { in: top.map((row) => row.id) } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A risk deleted between the two statements is left out.
  return top.flatMap((row) => byId.get(row.id) ?? []);
}

export interface RiskMatrix {
  /** Open risks on the matrix (the sum of the cell counts). */
  openRisks: number;
  cells: MatrixCell[];
}

/** The most risks a cell lists: `risks(first)` is at most MAX_PAGE_SIZE (schema/shared/pages.ts). */
const MATRIX_CELL_RISKS_MAX = 100;

/**
 * The open risks in scope placed on the grid, counted in SQL: one statement returns a row per
 * non-empty cell with its count and the ids of its first risks (nearest due date, then oldest),
 * never a row per risk. The cells' risks are loaded afterwards, only as many as are shown.
 */
export async function riskMatrix(prisma: PrismaClient, viewer: Viewer | null, scope: RiskScope): Promise<RiskMatrix> {
  const groups = await prisma.$queryRaw<{ probability: number; impact: number; count: number; ids: string[] }[]>`
    SELECT r."probability", r."impact", count(*)::int AS count,
           (array_agg(r."id"::text ORDER BY ${MOST_SERIOUS_FIRST_SQL}))[1:${MATRIX_CELL_RISKS_MAX}] AS ids
    FROM "Risk" r WHERE ${openRisksInScope(viewer, scope)} GROUP BY r."probability", r."impact"`;
  const cells = matrixCells([]);
  let openRisks = 0;
  for (const group of groups) {
    const cell = cells.find((candidate) => candidate.probability === group.probability && candidate.impact === group.impact);
    if (!cell) continue; // off the grid: the database's CHECK constraints forbid it
    cell.count = group.count;
    cell.riskIds = group.ids;
    openRisks += group.count;
  }
  return { openRisks, cells };
}

/** Acknowledged alerts (true), unacknowledged ones (false), or all (null). */
export const acknowledgedWhere = (acknowledged: boolean | null | undefined): Prisma.RiskAlertWhereInput =>
  acknowledged == null ? {} : { acknowledgedAt: acknowledged ? { not: null } : null };

/** The alerts of the projects the viewer may read that match the filter. */
export function riskAlertWhere(viewer: Viewer | null, filter: AlertFilter, acknowledged: boolean | null | undefined): Prisma.RiskAlertWhereInput {
  return {
    project: { ...projectReadFilter(viewer), ...(filter.portfolioId && { portfolioId: filter.portfolioId }) },
    ...(filter.projectId && { projectId: filter.projectId }),
    ...(filter.minSeverity && { severity: { in: severitiesFrom(filter.minSeverity) } }),
    ...acknowledgedWhere(acknowledged),
  };
}
