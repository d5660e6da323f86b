// The GraphQL skin of scoring: scoring models and their versions, AHP weights, project scores
// with their history, and a portfolio's ranking.
import { CriterionDirection, CriterionSource, ScoreStatus, ScoringMethod } from '../../server/platform/db/generated/prisma/enums.js';
import { ValidationError } from '../../server/platform/errors.js';
import {
  CONSISTENCY_THRESHOLD,
  createScoringModel,
  type CriterionInput,
  deriveWeights,
  type DerivedWeights,
  FIBONACCI_SCALE,
  MAX_CRITERIA,
  newestModelIds,
  PairwiseInputError,
  portfolioRanking,
  type RankedProject,
  scoreProject,
  updateScoringModel,
} from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';

const ScoringMethodEnum = builder.enumType(ScoringMethod, {
  name: 'ScoringMethod',
  description: 'How a model turns criterion values into a score.',
  values: {
    WEIGHTED: { description: 'Σ weight × value normalised over its scale, over Σ weights (0..1).' },
    WSJF: { description: 'Weighted shortest job first: (userBusinessValue + timeCriticality + riskReduction) / jobSize.' },
  },
});
const DirectionEnum = builder.enumType(CriterionDirection, {
  name: 'CriterionDirection',
  description: 'Whether more is better.',
  values: { HIGHER_IS_BETTER: { description: 'The maximum of the scale scores 1.' }, LOWER_IS_BETTER: { description: 'The minimum of the scale scores 1 (reversed).' } },
});
const SourceEnum = builder.enumType(CriterionSource, {
  name: 'CriterionSource',
  description: 'Where a criterion’s value comes from.',
  values: { MANUAL: { description: 'Scored by people, with a rationale (scoreProject).' }, FORMULA: { description: 'A JSON-Logic expression over the project’s facts.' } },
});
const ScoreStatusEnum = builder.enumType(ScoreStatus, {
  name: 'ScoreStatus',
  description: 'Whether a score counts.',
  values: {
    PROPOSED: { description: 'Proposed by the project manager: shown, not counted.' },
    ACCEPTED: { description: 'Given by the portfolio owner or the PMO: the newest accepted value counts.' },
  },
});

builder.prismaObject('ScoringCriterion', {
  description: 'A criterion of a scoring model version.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'camelCase, unique in the model; scores are kept by it across versions.' }),
    name: t.exposeString('name', { description: 'What it measures.' }),
    weight: t.exposeFloat('weight', { description: 'Its weight (the score divides by the sum of the weights).' }),
    min: t.exposeFloat('min', { description: 'The bottom of its scale.' }),
    max: t.exposeFloat('max', { description: 'The top of its scale.' }),
    direction: t.expose('direction', { type: DirectionEnum, description: 'Whether more is better.' }),
    source: t.expose('source', { type: SourceEnum, description: 'Scored by people, or computed from the facts.' }),
    formula: t.expose('formula', { type: 'JSON', nullable: true, description: 'The JSON-Logic expression of a FORMULA criterion (null for MANUAL).' }),
  }),
});

builder.prismaNode('ScoringModel', {
  id: { field: 'id' },
  nullable: true,
  description: 'A version of a way of ranking projects; the newest version of a key is the one in use.',
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Kept across versions, e.g. "weighted" or "wsjf".' }),
    version: t.exposeInt('version', { description: 'Send it back with updateScoringModel.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'Free text.' }),
    method: t.expose('method', { type: ScoringMethodEnum, description: 'Weighted scoring or WSJF.' }),
    builtIn: t.exposeBoolean('builtIn', { description: 'Shipped with the product (its later versions are the PMO’s).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was made.' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Who made this version (null for built-in ones).' }),
    criteria: t.relation('criteria', { description: 'Its criteria, in order.', query: { orderBy: { position: 'asc' } } }),
  }),
});

builder.prismaObject('ProjectScore', {
  description: 'A value given to a project for a criterion; never changed: the newest accepted one counts.',
  fields: (t) => ({
    modelKey: t.exposeString('modelKey', { description: 'The model.' }),
    modelVersion: t.exposeInt('modelVersion', { description: 'The model version it was given under.' }),
    criterionKey: t.exposeString('criterionKey', { description: 'The criterion.' }),
    value: t.exposeFloat('value', { description: 'The value, on the criterion’s scale.' }),
    rationale: t.exposeString('rationale', { description: 'Why.' }),
    status: t.expose('status', { type: ScoreStatusEnum, description: 'Proposed or accepted.' }),
    scoredBy: t.relation('scoredBy', { nullable: true, description: 'Who gave it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const ContributionRef = builder.objectRef<RankedProject['contributions'][number]>('ScoreContribution').implement({
  description: 'What one criterion adds to a project’s score, and why.',
  fields: (t) => ({
    criterionKey: t.string({ description: 'The criterion.', resolve: (part) => part.criterionKey }),
    value: t.float({ nullable: true, description: 'Its value: the newest accepted score, or the formula on the facts; null when there is none.', resolve: (part) => part.value }),
    normalised: t.float({ nullable: true, description: '0..1 over its scale (reversed when lower is better); null without a value.', resolve: (part) => part.normalised }),
    weight: t.float({ description: 'Its weight.', resolve: (part) => part.weight }),
    contribution: t.float({ description: 'weight × normalised / Σ weights (WSJF: its share of the cost of delay over the job size).', resolve: (part) => part.contribution }),
    evidence: t.field({ type: 'JSON', nullable: true, description: 'For a FORMULA criterion, the facts it read (and $error when it could not run).', resolve: (part) => part.evidence ?? null }),
  }),
});

const RankedProjectRef = builder.objectRef<RankedProject>('RankedProject').implement({
  description: 'A project’s place in a portfolio’s ranking under a model.',
  fields: (t) => ({
    rank: t.int({ description: '1 for the best.', resolve: (row) => row.rank }),
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, row, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: row.projectId } }) }),
    score: t.float({ description: 'Weighted: 0..1. WSJF: the cost of delay over the job size.', resolve: (row) => row.score }),
    complete: t.boolean({ description: 'Every criterion has a value (a missing one adds nothing).', resolve: (row) => row.complete }),
    contributions: t.field({ type: [ContributionRef], description: 'Each criterion’s part, in the model’s order.', resolve: (row) => row.contributions }),
  }),
});

builder.prismaObjectFields('Portfolio', (t) => ({
  ranking: t.field({
    type: [RankedProjectRef],
    description: 'The portfolio’s open projects you read, best first under the newest version of the model (not for team members).',
    args: { modelKey: t.arg.string({ required: true, description: 'The scoring model, e.g. "weighted" or "wsjf".' }) },
    authScopes: { seeMoney: true },
    select: { id: true },
    resolve: (portfolio, args, ctx) => portfolioRanking(ctx, portfolio.id, args.modelKey),
  }),
}));

builder.prismaObjectFields('Project', (t) => ({
  scores: t.relation('scores', {
    description: 'Scores given and proposed, newest first (at most 100), for one model or all (not for team members).',
    args: { modelKey: t.arg.string({ description: 'Only this model’s.' }) },
    authScopes: { seeMoney: true },
    query: (args) => ({ where: args.modelKey ? { modelKey: args.modelKey } : {}, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 }),
  }),
}));

const WeightRef = builder.objectRef<DerivedWeights['weights'][number]>('DerivedWeight').implement({
  description: 'A criterion’s weight from the comparisons.',
  fields: (t) => ({
    criterionKey: t.string({ description: 'The criterion.', resolve: (weight) => weight.key }),
    weight: t.float({ description: 'Its weight; the weights sum to 1.', resolve: (weight) => weight.weight }),
  }),
});

const DerivedWeightsRef = builder.objectRef<DerivedWeights>('DerivedWeights').implement({
  description: 'Weights by pairwise comparison (AHP): the principal eigenvector of the comparison matrix and its consistency.',
  fields: (t) => ({
    weights: t.field({ type: [WeightRef], description: 'In the order of the criteria given.', resolve: (derived) => derived.weights }),
    lambdaMax: t.float({ description: 'The principal eigenvalue (n when perfectly consistent).', resolve: (derived) => derived.lambdaMax }),
    consistencyIndex: t.float({ description: 'CI = (λmax − n) / (n − 1).', resolve: (derived) => derived.consistencyIndex }),
    consistencyRatio: t.float({ description: 'CR = CI / RI (Saaty’s random index).', resolve: (derived) => derived.consistencyRatio }),
    consistent: t.boolean({ description: `CR < ${CONSISTENCY_THRESHOLD}.`, resolve: (derived) => derived.consistent }),
  }),
});

const ComparisonInput = builder.inputType('PairwiseComparisonInput', {
  description: '`more` is `value` times as important as `than` (Saaty’s 1..9 scale; 1/9..1 the other way).',
  fields: (t) => ({
    more: t.string({ required: true, description: 'A criterion key.' }),
    than: t.string({ required: true, description: 'Another criterion key.' }),
    value: t.float({ required: true, description: 'Between 1/9 and 9.' }),
  }),
});

const DeriveWeightsInput = builder.inputType('DeriveWeightsInput', {
  description: 'Criteria and every pair of them compared once.',
  fields: (t) => ({
    criteria: t.stringList({ required: true, description: `The criterion keys (2 to 15).` }),
    comparisons: t.field({ type: [ComparisonInput], required: true, description: 'n(n − 1)/2 comparisons.' }),
    force: t.boolean({ description: `Answer even when CR ≥ ${CONSISTENCY_THRESHOLD} (refused otherwise).`, defaultValue: false }),
  }),
});

builder.queryFields((t) => ({
  scoringModels: t.prismaField({
    type: ['ScoringModel'],
    description: 'The newest version of every scoring model, by key.',
    authScopes: { authenticated: true },
    resolve: async (query, _root, _args, ctx) => {
      return ctx.prisma.scoringModel.findMany({ ...query, where: { id: { in: await newestModelIds(ctx.prisma) } }, orderBy: { key: 'asc' } });
    },
  }),
  deriveWeights: t.field({
    type: DerivedWeightsRef,
    description: `Weights from pairwise comparisons (AHP) with the consistency ratio; a set with CR ≥ ${CONSISTENCY_THRESHOLD} is refused unless forced.`,
    args: { input: t.arg({ type: DeriveWeightsInput, required: true, description: 'The criteria and the comparisons.' }) },
    authScopes: { authenticated: true },
    resolve: (_root, { input }) => {
      let derived: DerivedWeights;
      try {
        derived = deriveWeights(input.criteria, input.comparisons);
      } catch (error) {
        if (error instanceof PairwiseInputError) throw new ValidationError(error.problems.map((message) => ({ path: ['input', 'comparisons'], message })));
        throw error;
      }
      if (!derived.consistent && !input.force) {
        throw ValidationError.single(['input', 'comparisons'], `The judgements are inconsistent (CR ${derived.consistencyRatio.toFixed(3)} ≥ ${CONSISTENCY_THRESHOLD}): revise them, or force`);
      }
      return derived;
    },
  }),
}));

const CriterionInputRef = builder.inputType('ScoringCriterionInput', {
  description: 'A criterion of a scoring model.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'camelCase, unique in the model.' }),
    name: t.string({ required: true, description: 'What it measures.' }),
    weight: t.float({ required: true, description: 'Its weight, 0..1000 (e.g. from deriveWeights).' }),
    min: t.float({ required: true, description: 'The bottom of its scale.' }),
    max: t.float({ required: true, description: 'The top of its scale (WSJF: 1..20).' }),
    direction: t.field({ type: DirectionEnum, required: true, description: 'Whether more is better.' }),
    source: t.field({ type: SourceEnum, required: true, description: 'MANUAL or FORMULA.' }),
    formula: t.field({ type: 'JSON', description: 'FORMULA only: JSON-Logic over the facts every project has (see the facts reference).' }),
  }),
});

const CreateScoringModelInput = builder.inputType('CreateScoringModelInput', {
  description: 'A new scoring model (PMO_ADMIN).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Lower-case kebab-case, kept across versions.' }),
    name: t.string({ required: true, description: 'Its name.' }),
    description: t.string({ description: 'Free text.' }),
    method: t.field({ type: ScoringMethodEnum, description: 'WEIGHTED (default) or WSJF.' }),
    criteria: t.field({ type: [CriterionInputRef], required: true, description: `1 to ${MAX_CRITERIA} criteria.` }),
  }),
});

const UpdateScoringModelInput = builder.inputType('UpdateScoringModelInput', {
  description: 'A new version of a scoring model (PMO_ADMIN): what is not given is kept.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The model.' }),
    version: t.int({ required: true, description: 'The version you read; a newer one gives ConflictError.' }),
    name: t.string({ description: 'Its name.' }),
    description: t.string({ description: 'Free text.' }),
    criteria: t.field({ type: [CriterionInputRef], description: 'The criteria of the new version, all of them.' }),
  }),
});

const ScoreInputRef = builder.inputType('ProjectScoreInput', {
  description: 'A value for a MANUAL criterion, and why.',
  fields: (t) => ({
    criterionKey: t.string({ required: true, description: 'The criterion.' }),
    value: t.float({ required: true, description: `On its scale (WSJF: ${FIBONACCI_SCALE.join(', ')}).` }),
    rationale: t.string({ required: true, description: 'Why (required).' }),
  }),
});

const ScoreProjectInput = builder.inputType('ScoreProjectInput', {
  description: 'Scores for a project under a model.',
  fields: (t) => ({
    projectId: t.globalID({ required: true, description: 'The project.' }),
    modelKey: t.string({ required: true, description: 'The model (its newest version).' }),
    scores: t.field({ type: [ScoreInputRef], required: true, description: 'One per criterion scored.' }),
  }),
});

const ScoredProjectRef = builder.objectRef<Awaited<ReturnType<typeof scoreProject>>>('ScoredProject').implement({
  description: 'The scores given.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, result, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: result.projectId } }) }),
    status: t.field({ type: ScoreStatusEnum, description: 'ACCEPTED (portfolio owner, PMO) or PROPOSED (project manager).', resolve: (result) => result.status }),
    scores: t.prismaField({
      type: ['ProjectScore'],
      description: 'The scores recorded.',
      resolve: (query, result, _args, ctx) => ctx.prisma.projectScore.findMany({ ...query, where: { id: { in: result.ids } }, orderBy: { criterionKey: 'asc' } }),
    }),
  }),
});

const criteriaOf = (criteria: readonly (Omit<CriterionInput, 'formula'> & { formula?: unknown })[]) => criteria.map((criterion) => ({ ...criterion, formula: criterion.formula ?? null }));

builder.mutationFields((t) => ({
  createScoringModel: t.prismaField({
    type: 'ScoringModel',
    description: 'Defines a scoring model, version 1 (PMO_ADMIN). FORMULA criteria are checked like methodology rules.',
    args: { input: t.arg({ type: CreateScoringModelInput, required: true, description: 'Its key, name, method and criteria.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => {
      return reloadRow(ctx.prisma.scoringModel, query, await createScoringModel(serviceContextOf(ctx), { ...input, criteria: criteriaOf(input.criteria) }));
    },
  }),
  updateScoringModel: t.prismaField({
    type: 'ScoringModel',
    description: 'Makes a new version of a scoring model read at `version` (PMO_ADMIN); scores carry over by criterion key.',
    args: { input: t.arg({ type: UpdateScoringModelInput, required: true, description: 'The model, its version and the changes.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => {
      return reloadRow(ctx.prisma.scoringModel, query, await updateScoringModel(serviceContextOf(ctx), { ...input, criteria: input.criteria ? criteriaOf(input.criteria) : null }));
    },
  }),
  scoreProject: t.field({
    type: ScoredProjectRef,
    description: 'Scores a project’s MANUAL criteria under a model: the portfolio owner and the PMO give values that count, the project manager proposes.',
    args: { input: t.arg({ type: ScoreProjectInput, required: true, description: 'The project, the model and the scores.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => scoreProject(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) }),
  }),
}));
