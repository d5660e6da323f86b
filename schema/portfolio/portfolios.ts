// Portfolio type, queries and mutations. Its projects (Portfolio.projects) are added by
// schema/projects and its compliance by schema/methodology.
import { z } from 'zod';
import { createPortfolio, OBJECTIVE_ORDER, portfolioWhere, updatePortfolio } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { MUTATION_ERRORS } from '../shared/errors.js';
import { nodeConnection } from '../shared/connections.js';
import { type GlobalId, idOf, optionalIdOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { orderInput } from '../shared/order.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, money, name } from '../shared/validators.js';

const PortfolioRef = builder.prismaNode('Portfolio', {
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
    objectives: t.relation('objectives', { query: { orderBy: OBJECTIVE_ORDER } }),
  }),
});

const portfolioOrder = orderInput('PortfolioOrder', { NAME: 'name', CREATED_AT: 'createdAt' }, [{ field: 'NAME', direction: 'ASC' }]);

const PortfolioFilterInput = builder.inputType('PortfolioFilter', {
  fields: (t) => ({
    ownerId: t.globalID(),
    search: t.string({ description: 'Matches the name, case-insensitive.', validate: z.string().max(100) }),
  }),
});

type PortfolioFilterArg = { ownerId?: GlobalId | null; search?: string | null } | null | undefined;

const portfolioListWhere = (filter: PortfolioFilterArg) =>
  portfolioWhere({ ownerId: optionalIdOf(filter?.ownerId, 'User', ['filter', 'ownerId']), search: filter?.search });

builder.queryFields((t) => ({
  portfolios: t.prismaConnection(
    {
      type: 'Portfolio',
      cursor: 'id',
      description: 'The portfolios of the organisation.',
      args: { filter: t.arg({ type: PortfolioFilterInput }), orderBy: t.arg({ type: [portfolioOrder.Input] }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.portfolio.count({ where: portfolioListWhere(filter) }),
      resolve: (query, _root, { filter, orderBy }, ctx) =>
        ctx.prisma.portfolio.findMany({ ...filteredPage(query, portfolioListWhere(filter)), orderBy: portfolioOrder.orderBy(orderBy) }),
    },
    nodeConnection(PortfolioRef, 'Portfolio'),
  ),
  portfolio: t.prismaField({
    type: 'Portfolio',
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.portfolio.findUnique({ ...query, where: { id: idOf(args.id, 'Portfolio', ['id']) } }),
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
      reloadRow(
        ctx.prisma.portfolio,
        query,
        await createPortfolio(serviceContextOf(ctx), { ...input, ownerId: idOf(input.ownerId, 'User', ['input', 'ownerId']) }),
      ),
  }),
  updatePortfolio: t.prismaField({
    type: 'Portfolio',
    args: { input: t.arg({ type: UpdatePortfolioInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.portfolio,
        query,
        await updatePortfolio(serviceContextOf(ctx), {
          ...input,
          id: idOf(input.id, 'Portfolio', ['input', 'id']),
          ownerId: optionalIdOf(input.ownerId, 'User', ['input', 'ownerId']),
        }),
      ),
  }),
}));

