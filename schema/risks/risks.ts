// The risk register: Risk and its assessment history, risk lists, and the mutations. Resolvers stay
// thin: services do the work. The probability × impact matrix is in matrix.ts.
import { z } from 'zod';
import { canEditRisk } from '../../server/auth/access.js';
import {
  closeRisk,
  createRisk,
  isOpenRisk,
  RATING_MAX,
  RATING_MESSAGE,
  RATING_MIN,
  realizeRisk,
  type RiskChange,
  riskFilterWhere,
  riskWhere,
  topRisks,
  updateRisk,
} from '../../server/risks/index.js';
import { builder } from '../builder.js';
import { type AppContext, serviceContextOf } from '../shared/context.js';
import { countRelated, nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf, optionalIdOf } from '../shared/ids.js';
import { admitCursorRow, countPerParent, type CursorArgs, filteredPage, firstArgOptions } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, name } from '../shared/validators.js';
import { RiskCategoryEnum, riskFilterOf, RiskFilterInput, riskOrder, RiskResponseStrategyEnum, RiskStatusEnum } from './filters.js';

const rating = z.number().int(RATING_MESSAGE).min(RATING_MIN, RATING_MESSAGE).max(RATING_MAX, RATING_MESSAGE);

const RiskRef = builder.prismaNode('Risk', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  // Risks follow their project's visibility (lists already filter in SQL; node() returns null).
  authScopes: (risk) => ({ readProject: risk.projectId }),
  fields: (t) => ({
    project: t.relation('project'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    category: t.expose('category', { type: RiskCategoryEnum }),
    probability: t.exposeInt('probability', { description: '1 (rare) .. 5 (almost certain).' }),
    impact: t.exposeInt('impact', { description: '1 (negligible) .. 5 (severe).' }),
    score: t.exposeInt('score', { description: 'probability × impact, 1..25.' }),
    status: t.expose('status', { type: RiskStatusEnum }),
    owner: t.relation('owner', { nullable: true }),
    responseStrategy: t.expose('responseStrategy', { type: RiskResponseStrategyEnum, nullable: true }),
    mitigationPlan: t.exposeString('mitigationPlan'),
    contingencyPlan: t.exposeString('contingencyPlan', { description: 'What to do if the risk is realized.' }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true, description: 'When the response is due.' }),
    residualProbability: t.exposeInt('residualProbability', { nullable: true, description: 'Expected once the response is in place.' }),
    residualImpact: t.exposeInt('residualImpact', { nullable: true, description: 'Expected once the response is in place.' }),
    residualScore: t.int({
      nullable: true,
      description: 'residualProbability × residualImpact, when both are set.',
      resolve: (risk) =>
        risk.residualProbability !== null && risk.residualImpact !== null ? risk.residualProbability * risk.residualImpact : null,
    }),
    version: t.exposeInt('version', { description: 'Send it back with updates (optimistic concurrency).' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Who raised the risk.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    assessments: t.relation('assessments', {
      description: 'Every assessment of probability and impact, oldest (the initial one) first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    viewerCanEdit: t.boolean({
      description: 'Whether the viewer may update, close or realize the risk now (false once it is closed or realized).',
      select: (_args, ctx) => ({
        ownerId: true,
        project: {
          select: {
            id: true,
            managerId: true,
            portfolio: { select: { ownerId: true } },
            members: { where: { userId: ctx.viewer?.id ?? '00000000-0000-0000-0000-000000000000' }, select: { userId: true } },
          },
        },
      }),
      resolve: (risk, _args, ctx) => isOpenRisk(risk.status) && canEditRisk(ctx.viewer, risk.project, risk),
    }),
  }),
});

const RiskConnection = nodeConnection(RiskRef, 'Risk');

builder.prismaObject('RiskAssessment', {
  description: 'One change of probability or impact; the first is the initial assessment (no previous values).',
  fields: (t) => ({
    probability: t.exposeInt('probability'),
    impact: t.exposeInt('impact'),
    score: t.exposeInt('score'),
    previousProbability: t.exposeInt('previousProbability', { nullable: true }),
    previousImpact: t.exposeInt('previousImpact', { nullable: true }),
    previousScore: t.exposeInt('previousScore', { nullable: true }),
    assessedBy: t.relation('assessedBy', { nullable: true }),
    assessedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  risks: t.relatedConnection(
    'risks',
    {
      cursor: 'id',
      description: "The project's risk register, highest score first unless ordered otherwise.",
      args: { filter: t.arg({ type: RiskFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [riskOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      // The project is readable (its own auth scope), so its risks are.
      query: (args) => ({
        where: admitCursorRow(args as CursorArgs, 'id', riskFilterWhere(riskFilterOf(args.filter))),
        orderBy: riskOrder.orderBy(args.orderBy),
      }),
    },
    RiskConnection,
  ),
}));

// Counted with the plain filter (the page's filter also admits the cursor row).
countRelated('Project', 'Risk', (ctx, projectId, args) => {
  const filter = riskFilterOf((args as { filter?: Parameters<typeof riskFilterOf>[0] }).filter);
  return countPerParent(ctx, `Project.risks:${JSON.stringify(filter)}`, async (projectIds) =>
    (
      await ctx.prisma.risk.groupBy({
        by: ['projectId'],
        where: { AND: [{ projectId: { in: projectIds } }, riskFilterWhere(filter)] },
        _count: { _all: true },
      })
    ).map((row) => ({ parentId: row.projectId, count: row._count._all })),
  ).load(projectId);
});

builder.queryFields((t) => ({
  risks: t.prismaConnection(
    {
      type: 'Risk',
      cursor: 'id',
      description: 'Risks of the projects the viewer may read, highest score first unless ordered otherwise.',
      args: { filter: t.arg({ type: RiskFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [riskOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.risk.count({ where: riskWhere(ctx.viewer, riskFilterOf(args.filter)) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.risk.findMany({
          ...filteredPage(query, riskWhere(ctx.viewer, riskFilterOf(args.filter)), riskWhere(ctx.viewer, null)),
          orderBy: riskOrder.orderBy(args.orderBy),
        }),
    },
    RiskConnection,
  ),
  topRisks: t.prismaField({
    type: ['Risk'],
    description: "The portfolio's most serious open risks: highest score, then nearest due date, then oldest.",
    args: {
      portfolioId: t.arg.globalID({ description: 'The portfolio.', required: true }),
      first: t.arg.int(firstArgOptions(10)),
    },
    resolve: (query, _root, args, ctx) =>
      topRisks(ctx.prisma, query, ctx.viewer, { portfolioId: idOf(args.portfolioId, 'Portfolio', ['portfolioId']) }, args.first ?? 10),
  }),
}));

const riskFieldRules = {
  description: description.nullish(),
  mitigationPlan: description.nullish(),
  contingencyPlan: description.nullish(),
  residualProbability: rating.nullish(),
  residualImpact: rating.nullish(),
};

const CreateRiskInput = builder.inputType('CreateRiskInput', {
  description: "A new entry in a project's risk register.",
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({ ...riskFieldRules, title: name, probability: rating, impact: rating }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    title: t.string({ description: 'Short title.', required: true }),
    description: t.string({ description: 'Free text.' }),
    category: t.field({ description: 'What kind of risk it is.', type: RiskCategoryEnum, required: true }),
    probability: t.int({ required: true, description: '1 (rare) .. 5 (almost certain).' }),
    impact: t.int({ required: true, description: '1 (negligible) .. 5 (severe).' }),
    ownerId: t.globalID({ description: 'Who works on the risk; a team member must belong to the project.' }),
    status: t.field({ type: RiskStatusEnum, description: 'An open status; default IDENTIFIED.' }),
    responseStrategy: t.field({ description: 'How the risk is answered.', type: RiskResponseStrategyEnum }),
    mitigationPlan: t.string({ description: 'What is done to reduce it.' }),
    contingencyPlan: t.string({ description: 'What will be done if it happens.' }),
    dueDate: t.field({ description: 'When the response is due; an open risk past it raises an alert.', type: 'Date' }),
    residualProbability: t.int({ description: '1..5, at most probability.' }),
    residualImpact: t.int({ description: '1..5, at most impact.' }),
  }),
});

const UpdateRiskInput = builder.inputType('UpdateRiskInput', {
  description: 'Changes to an open risk: only the fields given change; a new probability or impact adds an assessment.',
  validate: inputRules({ ...riskFieldRules, title: name.nullish(), probability: rating.nullish(), impact: rating.nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The risk.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    title: t.string({ description: 'Short title.' }),
    description: t.string({ description: 'Free text.' }),
    category: t.field({ description: 'What kind of risk it is.', type: RiskCategoryEnum }),
    probability: t.int({ description: '1 (rare) .. 5 (almost certain).' }),
    impact: t.int({ description: '1 (negligible) .. 5 (severe).' }),
    ownerId: t.globalID({ description: 'Only the managers of the project may change it; null removes the owner.' }),
    status: t.field({ type: RiskStatusEnum, description: 'An open status (close and realize have their own mutations).' }),
    responseStrategy: t.field({ description: 'How the risk is answered.', type: RiskResponseStrategyEnum }),
    mitigationPlan: t.string({ description: 'What is done to reduce it.' }),
    contingencyPlan: t.string({ description: 'What will be done if it happens.' }),
    dueDate: t.field({ description: 'When the response is due.', type: 'Date' }),
    residualProbability: t.int({ description: '1..5, at most probability.' }),
    residualImpact: t.int({ description: '1..5, at most impact.' }),
  }),
});

const EndRiskInput = builder.inputType('EndRiskInput', {
  description: 'Closes or realizes a risk.',
  fields: (t) => ({
    id: t.globalID({ description: 'The risk.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    reason: t.string({ description: 'Why, up to 2000 characters (kept in the audit trail).', validate: z.string().max(2000, 'must be at most 2000 characters') }),
  }),
});

/** The changed risk read again with the selection's query, so every field resolves as on a query. */
const reloadRisk = (ctx: AppContext, query: object, change: RiskChange) => reloadRow(ctx.prisma.risk, query, change.after);
const riskIdOf = (id: { typename: string; id: string }) => idOf(id, 'Risk', ['input', 'id']);
const ownerIdOf = (id: { typename: string; id: string } | null | undefined) => optionalIdOf(id, 'User', ['input', 'ownerId']);

builder.mutationFields((t) => ({
  createRisk: t.prismaField({
    type: 'Risk',
    description: "Raises a risk on a project: its managers and the members of its team may.",
    args: { input: t.arg({ description: 'The new risk.', type: CreateRiskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRisk(
        ctx,
        query,
        await createRisk(serviceContextOf(ctx), {
          ...input,
          projectId: idOf(input.projectId, 'Project', ['input', 'projectId']),
          ownerId: ownerIdOf(input.ownerId),
        }),
      ),
  }),
  updateRisk: t.prismaField({
    type: 'Risk',
    description: 'The managers of the project and the risk owner may update an open risk.',
    args: { input: t.arg({ description: 'The risk, its version and the changes.', type: UpdateRiskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRisk(ctx, query, await updateRisk(serviceContextOf(ctx), { ...input, id: riskIdOf(input.id), ownerId: ownerIdOf(input.ownerId) })),
  }),
  closeRisk: t.prismaField({
    type: 'Risk',
    description: 'The risk no longer threatens the project. Final: the risk becomes read-only.',
    args: { input: t.arg({ description: 'The risk, its version and a reason.', type: EndRiskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRisk(ctx, query, await closeRisk(serviceContextOf(ctx), { ...input, id: riskIdOf(input.id) })),
  }),
  realizeRisk: t.prismaField({
    type: 'Risk',
    description: 'The risk happened (from any open status). Final: the risk becomes read-only.',
    args: { input: t.arg({ description: 'The risk, its version and a reason.', type: EndRiskInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRisk(ctx, query, await realizeRisk(serviceContextOf(ctx), { ...input, id: riskIdOf(input.id) })),
  }),
}));
