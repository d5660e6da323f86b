// Risk enums, filter and order inputs, and their translation to Prisma, shared by every risk list.
import { z } from 'zod';
import { projectReadFilter } from '../server/auth/access.js';
import type { Viewer } from '../server/auth/viewer.js';
import type { Prisma } from '../server/db/generated/prisma/client.js';
import { RiskCategory, RiskResponseStrategy, RiskStatus } from '../server/db/generated/prisma/enums.js';
import { OPEN_RISK_STATUSES } from '../server/domain/risk-scoring.js';
import { ValidationError } from '../server/errors.js';
import { builder } from './builder.js';
import { SortDirectionEnum, toPrismaDirection } from './enums.js';

export const RiskCategoryEnum = builder.enumType(RiskCategory, { name: 'RiskCategory' });
export const RiskStatusEnum = builder.enumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'IDENTIFIED, ASSESSED and MITIGATING are open; CLOSED (closeRisk) and REALIZED (realizeRisk) are final and read-only.',
});
export const RiskResponseStrategyEnum = builder.enumType(RiskResponseStrategy, { name: 'RiskResponseStrategy' });

export const RiskFilterInput = builder.inputType('RiskFilter', {
  fields: (t) => ({
    portfolioId: t.globalID(),
    projectId: t.globalID(),
    status: t.field({ type: [RiskStatusEnum], description: 'Any of these statuses.' }),
    category: t.field({ type: [RiskCategoryEnum], description: 'Any of these categories.' }),
    minScore: t.int({
      description: 'Only risks scoring at least this (1..25).',
      validate: z.number().int().min(1, 'minScore must be between 1 and 25').max(25, 'minScore must be between 1 and 25'),
    }),
    ownerId: t.globalID(),
  }),
});

const RiskOrderField = builder.enumType('RiskOrderField', {
  values: ['SCORE', 'DUE_DATE', 'TITLE', 'STATUS', 'CREATED_AT', 'UPDATED_AT'] as const,
});

export const RiskOrderInput = builder.inputType('RiskOrder', {
  fields: (t) => ({
    field: t.field({ type: RiskOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

const ORDER_COLUMN = {
  SCORE: 'score',
  DUE_DATE: 'dueDate',
  TITLE: 'title',
  STATUS: 'status',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

type GlobalId = { typename: string; id: string };

export interface RiskFilter {
  portfolioId?: GlobalId | null;
  projectId?: GlobalId | null;
  status?: RiskStatus[] | null;
  category?: RiskCategory[] | null;
  minScore?: number | null;
  ownerId?: GlobalId | null;
}

/** The viewer's visibility restriction (risks follow their project) combined with the client's filter. */
export function riskWhere(viewer: Viewer | null, filter: RiskFilter | null | undefined): Prisma.RiskWhereInput {
  const visible = projectReadFilter(viewer);
  return { AND: [...(Object.keys(visible).length ? [{ project: visible }] : []), riskFilterWhere(filter)] };
}

/** The client's filter alone, for lists under a parent the viewer may read (`project.risks`). */
export function riskFilterWhere(filter: RiskFilter | null | undefined): Prisma.RiskWhereInput {
  const and: Prisma.RiskWhereInput[] = [];
  if (filter?.portfolioId) and.push({ project: { portfolioId: idOf(filter.portfolioId, 'Portfolio', 'portfolioId') } });
  if (filter?.projectId) and.push({ projectId: idOf(filter.projectId, 'Project', 'projectId') });
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  if (filter?.category?.length) and.push({ category: { in: filter.category } });
  if (filter?.minScore != null) and.push({ score: { gte: filter.minScore } });
  if (filter?.ownerId) and.push({ ownerId: idOf(filter.ownerId, 'User', 'ownerId') });
  return { AND: and };
}

export const openRisks: Prisma.RiskWhereInput = { status: { in: [...OPEN_RISK_STATUSES] } };

function idOf(globalId: GlobalId, typename: string, field: string): string {
  if (globalId.typename !== typename) throw ValidationError.single(['filter', field], `Expected the ID of a ${typename}`);
  return globalId.id;
}

/** Highest score first by default; the id breaks ties so that cursors are stable. */
export function riskOrderBy(
  orderBy: readonly { field: keyof typeof ORDER_COLUMN; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
): Prisma.RiskOrderByWithRelationInput[] {
  const requested = orderBy?.length ? orderBy : [{ field: 'SCORE' as const, direction: 'DESC' as const }];
  return [...requested.map((order) => ({ [ORDER_COLUMN[order.field]]: toPrismaDirection(order.direction) })), { id: 'asc' }];
}
