// Where clauses for lists of portfolios and objectives (every signed-in person may read them).
import type { Prisma } from '../platform/db/generated/prisma/client.js';

export interface PortfolioFilter {
  ownerId?: string | null;
  /** Matches the name, case-insensitive. */
  search?: string | null;
}

export function portfolioWhere(filter: PortfolioFilter | null | undefined): Prisma.PortfolioWhereInput {
  return {
    ownerId: filter?.ownerId ?? undefined,
    name: filter?.search ? { contains: filter.search, mode: 'insensitive' } : undefined,
  };
}

export interface ObjectiveFilter {
  portfolioId?: string | null;
  /** Only objectives that belong to no portfolio. */
  organisationWide?: boolean | null;
}

export function objectiveWhere(filter: ObjectiveFilter | null | undefined): Prisma.StrategicObjectiveWhereInput {
  return { portfolioId: filter?.organisationWide ? null : (filter?.portfolioId ?? undefined) };
}

/** Heaviest first, then by name. */
export const OBJECTIVE_ORDER: Prisma.StrategicObjectiveOrderByWithRelationInput[] = [{ weight: 'desc' }, { name: 'asc' }];
