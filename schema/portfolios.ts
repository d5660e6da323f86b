import { z } from 'zod';
import type { Prisma } from '../server/db/generated/prisma/client.js';
import * as portfolios from '../server/services/portfolios.js';
import { builder } from './builder.js';
import { SortDirectionEnum, toPrismaDirection } from './enums.js';
import { MUTATION_ERRORS } from './errors.js';
import { moneyFieldOptions } from './money.js';
import { projectOrderBy, projectWhere, ProjectFilterInput, ProjectOrderInput } from './project-filters.js';
import { reload } from './reload.js';
import { admitCursorRow, countPerParent, type CursorArgs, filteredPage } from './filtered-pages.js';
import { serviceContext } from './service-context.js';
import { description, inputRules, money, name } from './validators.js';

export const PortfolioRef = builder.prismaNode('Portfolio', {
  id: { field: 'id' },
  // Load only the columns the selection needs (not whole rows).
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    budget: t.expose('budget', { type: 'Decimal', ...moneyFieldOptions }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    owner: t.relation('owner'),
    objectives: t.relation('objectives', { query: { orderBy: [{ weight: 'desc' }, { name: 'asc' }] } }),
    projects: t.relatedConnection(
      'projects',
      {
        cursor: 'id',
        description: 'Projects of the portfolio the viewer may read.',
        args: { filter: t.arg({ type: ProjectFilterInput }), orderBy: t.arg({ type: [ProjectOrderInput] }) },
        query: (args, ctx) => ({
          where: admitCursorRow(args as CursorArgs, 'id', projectWhere(ctx.viewer, args.filter), projectWhere(ctx.viewer, null)),
          orderBy: projectOrderBy(args.orderBy),
        }),
      },
      {
        fields: (t) => ({
          totalCount: t.int({
            resolve: ({ parent, args }, _args, ctx) =>
              countPerParent(ctx, `Portfolio.projects:${JSON.stringify(args.filter ?? null)}`, async (portfolioIds) =>
                (
                  await ctx.prisma.project.groupBy({
                    by: ['portfolioId'],
                    where: { AND: [{ portfolioId: { in: portfolioIds } }, projectWhere(ctx.viewer, args.filter)] },
                    _count: { _all: true },
                  })
                ).map((row) => ({ parentId: row.portfolioId, count: row._count._all })),
              ).load(parent.id),
          }),
        }),
      },
    ),
  }),
});

const PortfolioOrderField = builder.enumType('PortfolioOrderField', { values: ['NAME', 'CREATED_AT'] as const });
const PortfolioOrderInput = builder.inputType('PortfolioOrder', {
  fields: (t) => ({
    field: t.field({ type: PortfolioOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const PortfolioFilterInput = builder.inputType('PortfolioFilter', {
  fields: (t) => ({
    ownerId: t.globalID(),
    search: t.string({ description: 'Matches the name, case-insensitive.', validate: z.string().max(100) }),
  }),
});

builder.queryFields((t) => ({
  portfolios: t.prismaConnection({
    type: 'Portfolio',
    cursor: 'id',
    args: { filter: t.arg({ type: PortfolioFilterInput }), orderBy: t.arg({ type: [PortfolioOrderInput] }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.portfolio.findMany({
        ...filteredPage<typeof query, Prisma.PortfolioWhereInput>(query, {
          ownerId: args.filter?.ownerId?.id,
          name: args.filter?.search ? { contains: args.filter.search, mode: 'insensitive' } : undefined,
        }),
        orderBy: [
          ...(args.orderBy ?? [{ field: 'NAME' as const, direction: 'ASC' as const }]).map((order) =>
            order.field === 'NAME' ? { name: toPrismaDirection(order.direction) } : { createdAt: toPrismaDirection(order.direction) },
          ),
          { id: 'asc' as const },
        ],
      }),
  }),
  portfolio: t.prismaField({
    type: 'Portfolio',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: PortfolioRef }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.portfolio.findUnique({ ...query, where: { id: args.id.id } }),
  }),
}));

const CreatePortfolioInput = builder.inputType('CreatePortfolioInput', {
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name, description: description.nullish(), budget: money.nullish() }),
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    budget: t.field({ type: 'Decimal' }),
    ownerId: t.globalID({ required: true, description: 'A PORTFOLIO_MANAGER or PMO_ADMIN.' }),
  }),
});

const UpdatePortfolioInput = builder.inputType('UpdatePortfolioInput', {
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name: name.nullish(), description: description.nullish(), budget: money.nullish() }),
  fields: (t) => ({
    id: t.globalID({ required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string(),
    description: t.string(),
    budget: t.field({ type: 'Decimal' }),
    ownerId: t.globalID(),
  }),
});

builder.mutationFields((t) => ({
  createPortfolio: t.prismaField({
    type: 'Portfolio',
    args: { input: t.arg({ type: CreatePortfolioInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.portfolio(ctx, query, await portfolios.createPortfolio(serviceContext(ctx), { ...input, ownerId: input.ownerId.id })),
  }),
  updatePortfolio: t.prismaField({
    type: 'Portfolio',
    args: { input: t.arg({ type: UpdatePortfolioInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.portfolio(ctx, query, await portfolios.updatePortfolio(serviceContext(ctx), {
        ...input,
        id: input.id.id,
        ownerId: input.ownerId === undefined ? undefined : (input.ownerId?.id ?? null),
      })),
  }),
}));
