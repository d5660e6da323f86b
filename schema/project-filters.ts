// Project filter and order inputs, and their translation to Prisma, shared by every project list.
import { z } from 'zod';
import { projectReadFilter } from '../server/auth/access.js';
import type { Viewer } from '../server/auth/viewer.js';
import type { Prisma } from '../server/db/generated/prisma/client.js';
import type { Health, ProjectStatus } from '../server/db/generated/prisma/enums.js';
import { ValidationError } from '../server/errors.js';
import { builder } from './builder.js';
import { HealthEnum, ProjectStatusEnum, SortDirectionEnum, toPrismaDirection } from './enums.js';

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    status: t.field({ type: [ProjectStatusEnum], description: 'Any of these statuses.' }),
    health: t.field({ type: [HealthEnum], description: 'Any of these health values.' }),
    portfolioId: t.globalID(),
    managerId: t.globalID(),
    search: t.string({ description: 'Matches code or name, case-insensitive.', validate: z.string().max(100) }),
  }),
});

const ProjectOrderField = builder.enumType('ProjectOrderField', {
  values: ['CODE', 'NAME', 'STATUS', 'HEALTH', 'START_DATE', 'TARGET_END_DATE', 'CREATED_AT', 'UPDATED_AT'] as const,
});

export const ProjectOrderInput = builder.inputType('ProjectOrder', {
  fields: (t) => ({
    field: t.field({ type: ProjectOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

const ORDER_COLUMN = {
  CODE: 'code',
  NAME: 'name',
  STATUS: 'status',
  HEALTH: 'health',
  START_DATE: 'startDate',
  TARGET_END_DATE: 'targetEndDate',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export interface ProjectFilter {
  status?: ProjectStatus[] | null;
  health?: Health[] | null;
  portfolioId?: { typename: string; id: string } | null;
  managerId?: { typename: string; id: string } | null;
  search?: string | null;
}

/** The viewer's visibility restriction combined with the client's filter. */
export function projectWhere(viewer: Viewer | null, filter: ProjectFilter | null | undefined): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [projectReadFilter(viewer)];
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  if (filter?.health?.length) and.push({ health: { in: filter.health } });
  if (filter?.portfolioId) and.push({ portfolioId: idOf(filter.portfolioId, 'Portfolio', 'portfolioId') });
  if (filter?.managerId) and.push({ managerId: idOf(filter.managerId, 'User', 'managerId') });
  if (filter?.search) {
    and.push({
      OR: [
        { code: { contains: filter.search, mode: 'insensitive' } },
        { name: { contains: filter.search, mode: 'insensitive' } },
      ],
    });
  }
  return { AND: and };
}

function idOf(globalId: { typename: string; id: string }, typename: string, field: string): string {
  if (globalId.typename !== typename) throw ValidationError.single(['filter', field], `Expected the ID of a ${typename}`);
  return globalId.id;
}

/** Client order plus the id as a tie-breaker, so cursors are stable. */
export function projectOrderBy(
  orderBy: readonly { field: keyof typeof ORDER_COLUMN; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
): Prisma.ProjectOrderByWithRelationInput[] {
  const requested = orderBy?.length ? orderBy : [{ field: 'CODE' as const, direction: 'ASC' as const }];
  return [
    ...requested.map((order) => ({ [ORDER_COLUMN[order.field]]: toPrismaDirection(order.direction) })),
    { id: 'asc' },
  ];
}
