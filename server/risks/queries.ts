// Read models of the risk register: where clauses for risk lists, the order of "top" risks and
// the probability × impact matrix.
import { projectReadFilter } from '../auth/access.js';
import type { Viewer } from '../platform/context.js';
import type { Prisma, PrismaClient } from '../platform/db/generated/prisma/client.js';
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

/** The most serious risks first: score, then the nearest due date, then the oldest. */
export const MOST_SERIOUS_FIRST: Prisma.RiskOrderByWithRelationInput[] = [
  { score: 'desc' },
  { dueDate: { sort: 'asc', nulls: 'last' } },
  { createdAt: 'asc' },
  { id: 'asc' },
];

/** The open risks matching `where`, most serious first: `take` of them. */
export function topRisks<Q extends object>(prisma: PrismaClient, query: Q, where: Prisma.RiskWhereInput, take: number) {
  return prisma.risk.findMany({ ...query, where: { AND: [where, openRisks] }, orderBy: MOST_SERIOUS_FIRST, take });
}

export interface RiskMatrix {
  /** Open risks on the matrix (the sum of the cell counts). */
  openRisks: number;
  cells: MatrixCell[];
}

/**
 * The open risks matching `where`, placed on the grid: one query that reads three small
 * columns per open risk (the cells' risks are loaded afterwards, only as many as are shown).
 */
export async function riskMatrix(prisma: PrismaClient, where: Prisma.RiskWhereInput): Promise<RiskMatrix> {
  const risks = await prisma.risk.findMany({
    where: { AND: [where, openRisks] },
    select: { id: true, probability: true, impact: true },
    orderBy: MOST_SERIOUS_FIRST,
  });
  return { openRisks: risks.length, cells: matrixCells(risks) };
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
