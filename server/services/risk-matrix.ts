// Read models of the risk register: the probability × impact matrix and the order of "top" risks.
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';
import { matrixCells, OPEN_RISK_STATUSES, type MatrixCell } from '../domain/risk-scoring.js';

/** The most serious risks first: score, then the nearest due date, then the oldest. */
export const MOST_SERIOUS_FIRST: Prisma.RiskOrderByWithRelationInput[] = [
  { score: 'desc' },
  { dueDate: { sort: 'asc', nulls: 'last' } },
  { createdAt: 'asc' },
  { id: 'asc' },
];

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
    where: { AND: [where, { status: { in: [...OPEN_RISK_STATUSES] } }] },
    select: { id: true, probability: true, impact: true },
    orderBy: MOST_SERIOUS_FIRST,
  });
  return { openRisks: risks.length, cells: matrixCells(risks) };
}
