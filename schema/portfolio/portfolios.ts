// Portfolio type, queries and mutations. Its projects (Portfolio.projects) are added by
// schema/projects and its compliance by schema/methodology.
import { z } from 'zod';
import { createPortfolio, OBJECTIVE_ORDER, portfolioWhere, updatePortfolio } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { nodeConnection } from '../shared/connections.js';
import { type GlobalId, idOf, optionalIdOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { orderInput } from '../shared/order.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, money, name } from '../shared/validators.js';

const PortfolioRef = builder.prismaNode('Portfolio', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
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
  description: 'Narrows the list of portfolios.',
  fields: (t) => ({
    ownerId: t.globalID({ description: 'Only portfolios this user owns.' }),
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
      args: { filter: t.arg({ type: PortfolioFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [portfolioOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.portfolio.count({ where: portfolioListWhere(filter) }),
      resolve: (query, _root, { filter, orderBy }, ctx) =>
        ctx.prisma.portfolio.findMany({ ...filteredPage(query, portfolioListWhere(filter)), orderBy: portfolioOrder.orderBy(orderBy) }),
    },
    nodeConnection(PortfolioRef, 'Portfolio'),
  ),
  portfolio: t.prismaField({
    description: 'A portfolio by its global ID; null when it does not exist or you may not read it.',
    type: 'Portfolio',
    nullable: true,
    args: { id: t.arg.globalID({ description: 'The global ID of a portfolio.', required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.portfolio.findUnique({ ...query, where: { id: idOf(args.id, 'Portfolio', ['id']) } }),
  }),
}));

const CreatePortfolioInput = builder.inputType('CreatePortfolioInput', {
  description: 'A new portfolio and its owner.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name, description: description.nullish(), budget: money.nullish() }),
  fields: (t) => ({
    name: t.string({ description: 'Unique name.', required: true }),
    description: t.string({ description: 'Free text.' }),
    budget: t.field({ description: 'Budget of the portfolio as a whole (money).', type: 'Decimal' }),
    ownerId: t.globalID({ required: true, description: 'A PORTFOLIO_MANAGER or PMO_ADMIN.' }),
  }),
});

const UpdatePortfolioInput = builder.inputType('UpdatePortfolioInput', {
  description: 'Changes to a portfolio: only the fields given change.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name: name.nullish(), description: description.nullish(), budget: money.nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The portfolio.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Unique name.' }),
    description: t.string({ description: 'Free text.' }),
    budget: t.field({ description: 'Budget (money).', type: 'Decimal' }),
    ownerId: t.globalID({ description: 'Hands the portfolio to this portfolio manager (the PMO only).' }),
  }),
});

builder.mutationFields((t) => ({
  createPortfolio: t.prismaField({
    description: 'Creates a portfolio with its owner (PMO_ADMIN).',
    type: 'Portfolio',
    args: { input: t.arg({ description: 'The new portfolio.', type: CreatePortfolioInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.portfolio,
        query,
        await createPortfolio(serviceContextOf(ctx), { ...input, ownerId: idOf(input.ownerId, 'User', ['input', 'ownerId']) }),
      ),
  }),
  updatePortfolio: t.prismaField({
    description: 'Changes a portfolio read at `version` (its owner or the PMO); audited.',
    type: 'Portfolio',
    args: { input: t.arg({ description: 'The portfolio, its version and the changes.', type: UpdatePortfolioInput, required: true }) },
    errors: mutationErrors(),
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

