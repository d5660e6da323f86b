import { z } from 'zod';
import type { Prisma } from '../server/db/generated/prisma/client.js';
import { builder } from './builder.js';
import { RoleEnum, SortDirectionEnum, toPrismaDirection } from './enums.js';
import { moneyFieldOptions } from './money.js';
import { projectOrderBy, projectWhere, ProjectFilterInput, ProjectOrderInput } from './project-filters.js';
import { admitCursorRow, type CursorArgs, filteredPage } from './filtered-pages.js';

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  // Load only the columns the selection needs (not whole rows).
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    weeklyCapacityHours: t.exposeInt('weeklyCapacityHours'),
    costRate: t.expose('costRate', { type: 'Decimal', ...moneyFieldOptions }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    managedProjects: t.relatedConnection('managedProjects', {
      cursor: 'id',
      args: { filter: t.arg({ type: ProjectFilterInput }), orderBy: t.arg({ type: [ProjectOrderInput] }) },
      query: (args, ctx) => ({
        where: admitCursorRow(args as CursorArgs, 'id', projectWhere(ctx.viewer, args.filter), projectWhere(ctx.viewer, null)),
        orderBy: projectOrderBy(args.orderBy),
      }),
    }),
    memberships: t.relation('memberships', {
      description: 'Project memberships, limited to projects the viewer may read.',
      query: (_args, ctx) => ({ where: { project: projectWhere(ctx.viewer, null) }, orderBy: { createdAt: 'asc' } }),
    }),
  }),
});

const UserOrderField = builder.enumType('UserOrderField', { values: ['NAME', 'EMAIL', 'ROLE', 'CREATED_AT'] as const });
const UserOrderInput = builder.inputType('UserOrder', {
  fields: (t) => ({
    field: t.field({ type: UserOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const UserFilterInput = builder.inputType('UserFilter', {
  fields: (t) => ({
    role: t.field({ type: [RoleEnum] }),
    search: t.string({ description: 'Matches name or email, case-insensitive.', validate: z.string().max(100) }),
    active: t.boolean(),
  }),
});

const USER_ORDER_COLUMN = { NAME: 'name', EMAIL: 'email', ROLE: 'role', CREATED_AT: 'createdAt' } as const;

builder.queryFields((t) => ({
  viewer: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer!.id } }),
  }),
  users: t.prismaConnection({
    type: 'User',
    cursor: 'id',
    args: { filter: t.arg({ type: UserFilterInput }), orderBy: t.arg({ type: [UserOrderInput] }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...filteredPage<typeof query, Prisma.UserWhereInput>(query, {
          role: args.filter?.role ? { in: args.filter.role } : undefined,
          active: args.filter?.active ?? undefined,
          OR: args.filter?.search
            ? [
                { name: { contains: args.filter.search, mode: 'insensitive' } },
                { email: { contains: args.filter.search, mode: 'insensitive' } },
              ]
            : undefined,
        }),
        orderBy: [
          ...(args.orderBy ?? [{ field: 'NAME' as const, direction: 'ASC' as const }]).map((order) => ({
            [USER_ORDER_COLUMN[order.field]]: toPrismaDirection(order.direction),
          })),
          { id: 'asc' as const },
        ],
      }),
  }),
}));
