// Strategic objectives: organisation-wide (PMO) or owned by a portfolio (its owner).
import { createObjective, OBJECTIVE_ORDER, objectiveWhere, updateObjective } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { nodeConnection } from '../shared/connections.js';
import { type GlobalId, idOf, optionalIdOf } from '../shared/ids.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, name, weight } from '../shared/validators.js';

export const ObjectiveRef = builder.prismaNode('StrategicObjective', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  // Load only the columns the selection needs (not whole rows).
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    weight: t.exposeInt('weight', { description: 'Relative weight in portfolio scoring, 1..100.' }),
    version: t.exposeInt('version'),
    portfolio: t.relation('portfolio', { nullable: true, description: 'Null for organisation-wide objectives.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ObjectiveFilterInput = builder.inputType('ObjectiveFilter', {
  description: 'Narrows the list of strategic objectives.',
  fields: (t) => ({
    portfolioId: t.globalID({ description: "The portfolio's objectives." }),
    organisationWide: t.boolean({ description: 'Only objectives that belong to no portfolio.' }),
  }),
});

type ObjectiveFilterArg = { portfolioId?: GlobalId | null; organisationWide?: boolean | null } | null | undefined;

const objectiveListWhere = (filter: ObjectiveFilterArg) =>
  objectiveWhere({
    portfolioId: optionalIdOf(filter?.portfolioId, 'Portfolio', ['filter', 'portfolioId']),
    organisationWide: filter?.organisationWide,
  });

builder.queryFields((t) => ({
  objectives: t.prismaConnection(
    {
      type: 'StrategicObjective',
      cursor: 'id',
      description: 'Strategic objectives: organisation-wide and of portfolios, the heaviest first.',
      args: { filter: t.arg({ type: ObjectiveFilterInput, description: 'Which rows to list; every condition given must hold.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.strategicObjective.count({ where: objectiveListWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.strategicObjective.findMany({
          ...filteredPage(query, objectiveListWhere(filter)),
          orderBy: [...OBJECTIVE_ORDER, { id: 'asc' }],
        }),
    },
    nodeConnection(ObjectiveRef, 'StrategicObjective'),
  ),
}));

const CreateObjectiveInput = builder.inputType('CreateObjectiveInput', {
  description: 'A new strategic objective.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name, description: description.nullish(), weight: weight.nullish() }),
  fields: (t) => ({
    name: t.string({ description: 'Name of the objective.', required: true }),
    description: t.string({ description: 'Free text.' }),
    weight: t.int({ description: '1..100, default 10.' }),
    portfolioId: t.globalID({ description: 'Omit for an organisation-wide objective (PMO only).' }),
  }),
});

const UpdateObjectiveInput = builder.inputType('UpdateObjectiveInput', {
  description: 'Changes to a strategic objective: only the fields given change.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ name: name.nullish(), description: description.nullish(), weight: weight.nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The objective.', required: true }),
    version: t.int({ description: 'The version you read; a stale one gives ConflictError.', required: true }),
    name: t.string({ description: 'Name of the objective.' }),
    description: t.string({ description: 'Free text.' }),
    weight: t.int({ description: 'Relative weight in portfolio scoring, 1..100.' }),
    portfolioId: t.globalID({ description: 'Move the objective; null makes it organisation-wide.' }),
  }),
});

builder.mutationFields((t) => ({
  createObjective: t.prismaField({
    description: 'Creates a strategic objective: in a portfolio (its owner or the PMO) or organisation-wide (the PMO).',
    type: 'StrategicObjective',
    args: { input: t.arg({ description: 'The new objective.', type: CreateObjectiveInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.strategicObjective,
        query,
        await createObjective(serviceContextOf(ctx), {
          ...input,
          portfolioId: optionalIdOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']) ?? null,
        }),
      ),
  }),
  updateObjective: t.prismaField({
    description: 'Changes a strategic objective read at `version`.',
    type: 'StrategicObjective',
    args: { input: t.arg({ description: 'The objective, its version and the changes.', type: UpdateObjectiveInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.strategicObjective,
        query,
        await updateObjective(serviceContextOf(ctx), {
          ...input,
          id: idOf(input.id, 'StrategicObjective', ['input', 'id']),
          portfolioId: optionalIdOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']),
        }),
      ),
  }),
}));
