// The GraphQL skin of portfolio scenarios: named what-if selections (the optimiser's parameters
// and last result) that the portfolio's owner or the PMO creates, re-runs, proposes, discards,
// compares and commits; executives read them; team members and project managers do not (money,
// and the portfolio's choices).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { PolicyViolationError } from '../../server/governance/index.js';
import { GateBlockedError } from '../../server/methodology/index.js';
import { PortfolioScenarioStatus } from '../../server/platform/db/generated/prisma/enums.js';
import {
  canOptimisePortfolio, commitScenario, compareScenarios, createPortfolioScenario, MAX_COMPARED, MIN_COMPARED, PortfolioInfeasibleError, OptimisationTimeoutError,
  parametersSchema, resultSchema, type ScenarioComparison, scenarioReadFilter, type StoredResult, updatePortfolioScenario,
} from '../../server/portfolio/index.js';
import { InvalidTransitionError } from '../../server/projects/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { registerNodeVisibility } from '../shared/nodes.js';
import { reloadRow } from '../shared/reload.js';
import { CapacityUseRef, SelectedProjectRef, selectedOf, YearCostRef } from './optimisation.js';
import { PortfolioScenarioParametersInput, parametersOf } from './optimisation-inputs.js';

const StatusEnum = builder.enumType(PortfolioScenarioStatus, {
  name: 'PortfolioScenarioStatus',
  description: 'Where a scenario is in its life.',
  values: {
    DRAFT: { description: 'Being worked on.' },
    PROPOSED: { description: 'Put forward for decision.' },
    COMMITTED: { description: 'Carried out: its selected proposed projects approved, its deselected active ones on hold.' },
    DISCARDED: { description: 'Set aside; cannot be committed.' },
  },
});

const projectGid = (id: string) => encodeGlobalID('Project', id);

/** The stored parameters with global IDs, as a client sends them. */
function parametersJson(value: unknown) {
  const parameters = parametersSchema.parse(value);
  return {
    ...parameters,
    mustInclude: parameters.mustInclude.map(projectGid),
    mustExclude: parameters.mustExclude.map(projectGid),
    exclusiveGroups: parameters.exclusiveGroups.map((group) => group.map(projectGid)),
  };
}

/** The stored result with global IDs. */
function resultJson(result: StoredResult) {
  return {
    ...result,
    selected: result.selected.map(projectGid),
    stopped: result.stopped.map(projectGid),
    candidates: result.candidates.map((candidate) => ({ ...candidate, id: projectGid(candidate.id) })),
  };
}

registerNodeVisibility('PortfolioScenario', async (ctx, id) => {
  const role = ctx.viewer?.role;
  if (role === 'PMO_ADMIN' || role === 'EXECUTIVE') return true;
  if (role !== 'PORTFOLIO_MANAGER') return false;
  const row = await ctx.prisma.portfolioScenario.findUnique({ where: { id }, select: { portfolio: { select: { ownerId: true } } } });
  return !!row && canOptimisePortfolio(ctx.viewer, row.portfolio);
});

const ScenarioRef = builder.prismaNode('PortfolioScenario', {
  id: { field: 'id' },
  nullable: true,
  description: 'A named what-if selection of a portfolio’s projects: the optimiser’s parameters and its last result. Its owner, the PMO and executives read it.',
  select: { id: true, result: true, portfolio: { select: { ownerId: true } } },
  authScopes: (scenario, ctx) => canOptimisePortfolio(ctx.viewer, scenario.portfolio),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique in the portfolio.' }),
    status: t.expose('status', { type: StatusEnum, description: 'DRAFT, PROPOSED, COMMITTED or DISCARDED.' }),
    version: t.exposeInt('version', { description: 'Send it back with updatePortfolioScenario and commitScenario.' }),
    portfolio: t.relation('portfolio', { description: 'The portfolio.' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Who made it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    committedAt: t.expose('committedAt', { type: 'DateTime', nullable: true, description: 'When it was committed; null until then.' }),
    parameters: t.field({ type: 'JSON', description: 'The optimiser’s input (as PortfolioScenarioParametersInput, with global IDs).', select: { parameters: true }, resolve: (row) => parametersJson(row.parameters) }),
    result: t.field({ type: 'JSON', description: 'The last result: selected, stopped, objective, totalCost, costByYear, capacity, optimal, gap, and the candidates as they were.', resolve: (row) => resultJson(resultSchema.parse(row.result)) }),
    optimal: t.boolean({ description: 'The result is proven optimal.', resolve: (row) => resultSchema.parse(row.result).optimal }),
    objective: t.float({ description: 'The result’s total score.', resolve: (row) => resultSchema.parse(row.result).objective }),
    totalCost: t.float({ description: 'What the selection costs over every year.', resolve: (row) => resultSchema.parse(row.result).totalCost }),
    selected: t.field({ type: [SelectedProjectRef], description: 'The selected projects, by code.', resolve: (row) => selectedOf(resultSchema.parse(row.result).selected) }),
    costByYear: t.field({ type: [YearCostRef], description: 'The selection’s cost per year against each budget.', resolve: (row) => resultSchema.parse(row.result).costByYear }),
    capacity: t.field({ type: [CapacityUseRef], description: 'Hours per skill and quarter against each capacity limit.', resolve: (row) => resultSchema.parse(row.result).capacity }),
  }),
});

const ScenarioConnection = nodeConnection(ScenarioRef, 'PortfolioScenario');

builder.prismaObjectFields('Portfolio', (t) => ({
  scenarios: t.relatedConnection('scenarios', {
    cursor: 'id',
    description: 'The portfolio’s scenarios, newest first: for its owner, the PMO and executives (empty for other portfolio managers and project managers).',
    authScopes: { seeMoney: true },
    totalCount: true,
    query: (_args, ctx) => ({
      where: scenarioReadFilter(ctx.viewer),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  }, ScenarioConnection),
}));

type Compared = ScenarioComparison['scenarios'][number];
const ComparedScenarioRef = builder.objectRef<Compared>('ComparedScenario').implement({
  description: 'One scenario of a comparison.',
  fields: (t) => ({
    scenario: t.prismaField({ type: 'PortfolioScenario', description: 'The scenario.', resolve: (query, row, _args, ctx) => ctx.prisma.portfolioScenario.findUniqueOrThrow({ ...query, where: { id: row.id } }) }),
    name: t.string({ description: 'Its name.', resolve: (row) => row.name }),
    status: t.field({ type: StatusEnum, description: 'Its status.', resolve: (row) => row.status }),
    selected: t.field({ type: [SelectedProjectRef], description: 'Its selected projects.', resolve: (row) => selectedOf(row.result.selected) }),
    objective: t.float({ description: 'Its value (total score).', resolve: (row) => row.result.objective }),
    optimal: t.boolean({ description: 'Proven optimal.', resolve: (row) => row.result.optimal }),
    totalCost: t.float({ description: 'Its cost over every year.', resolve: (row) => row.result.totalCost }),
    costByYear: t.field({ type: [YearCostRef], description: 'Its cost per year against each budget.', resolve: (row) => row.result.costByYear }),
    capacity: t.field({ type: [CapacityUseRef], description: 'Its hours per skill and quarter against each limit.', resolve: (row) => row.result.capacity }),
  }),
});

const ComparisonRef = builder.objectRef<ScenarioComparison>('ScenarioComparison').implement({
  description: 'Scenarios of one portfolio side by side.',
  fields: (t) => ({
    portfolio: t.prismaField({ type: 'Portfolio', description: 'Their portfolio.', resolve: (query, row, _args, ctx) => ctx.prisma.portfolio.findUniqueOrThrow({ ...query, where: { id: row.portfolioId } }) }),
    scenarios: t.field({ type: [ComparedScenarioRef], description: 'In the order asked.', resolve: (row) => row.scenarios }),
    differing: t.field({ type: [SelectedProjectRef], description: 'Projects selected in some of the scenarios but not all, by code.', resolve: (row) => selectedOf(row.differing) }),
    common: t.field({ type: [SelectedProjectRef], description: 'Projects selected in every one, by code.', resolve: (row) => selectedOf(row.common) }),
  }),
});

builder.queryFields((t) => ({
  compareScenarios: t.field({
    type: ComparisonRef,
    description: `${MIN_COMPARED} to ${MAX_COMPARED} scenarios of one portfolio side by side: selected sets, value, cost per year, capacity, and the projects that differ.`,
    args: { ids: t.arg.globalIDList({ required: true, description: 'The scenarios.' }) },
    authScopes: { seeMoney: true },
    errors: { types: mutationErrors().types, dataField: { description: 'The scenarios side by side.' } },
    resolve: (_root, args, ctx) => compareScenarios(ctx, args.ids.map((id, i) => idOf(id, 'PortfolioScenario', ['ids', String(i)]))),
  }),
}));

const CreateInput = builder.inputType('CreatePortfolioScenarioInput', {
  description: 'A new scenario: it is optimised at once and its result stored.',
  fields: (t) => ({
    portfolioId: t.globalID({ required: true, description: 'The portfolio.' }),
    name: t.string({ required: true, description: 'Unique in the portfolio (at most 200 characters).' }),
    parameters: t.field({ type: PortfolioScenarioParametersInput, required: true, description: 'What to optimise for.' }),
  }),
});

const UpdateInput = builder.inputType('UpdatePortfolioScenarioInput', {
  description: 'Changes to a DRAFT or PROPOSED scenario; new parameters are optimised again.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The scenario.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    name: t.string({ description: 'A new name.' }),
    parameters: t.field({ type: PortfolioScenarioParametersInput, description: 'New parameters (the optimiser runs again when they differ).' }),
    status: t.field({ type: StatusEnum, description: 'DRAFT ⇄ PROPOSED, or DISCARDED (COMMITTED only through commitScenario).' }),
  }),
});

const CommitInput = builder.inputType('CommitScenarioInput', {
  description: 'A scenario to carry out.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The scenario.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
  }),
});

const scenarioIdOf = (id: { typename: string; id: string }) => idOf(id, 'PortfolioScenario', ['input', 'id']);

builder.mutationFields((t) => ({
  createPortfolioScenario: t.prismaField({
    type: 'PortfolioScenario',
    description: 'Makes a scenario and optimises it (the portfolio’s owner or the PMO); an infeasible one is an InfeasibleError and is not stored.',
    args: { input: t.arg({ type: CreateInput, required: true, description: 'The portfolio, the name and the parameters.' }) },
    errors: mutationErrors(PortfolioInfeasibleError, OptimisationTimeoutError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.portfolioScenario, query, await createPortfolioScenario(serviceContextOf(ctx), {
        portfolioId: idOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']),
        name: input.name,
        parameters: parametersOf(input.parameters, ['input', 'parameters']),
      })),
  }),
  updatePortfolioScenario: t.prismaField({
    type: 'PortfolioScenario',
    description: 'Renames, re-parameterises (and optimises again), proposes, returns to draft or discards a scenario (the portfolio’s owner or the PMO).',
    args: { input: t.arg({ type: UpdateInput, required: true, description: 'The scenario, its version and the changes.' }) },
    errors: mutationErrors(PortfolioInfeasibleError, OptimisationTimeoutError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.portfolioScenario, query, await updatePortfolioScenario(serviceContextOf(ctx), {
        id: scenarioIdOf(input.id),
        version: input.version,
        name: input.name,
        parameters: input.parameters ? parametersOf(input.parameters, ['input', 'parameters']) : null,
        status: input.status,
      })),
  }),
  commitScenario: t.prismaField({
    type: 'PortfolioScenario',
    description: 'Carries a scenario out (the portfolio’s owner or the PMO): approves its selected PROPOSED projects and puts its deselected ACTIVE ones ON_HOLD through the lifecycle’s transitions, all or nothing; a scenario the portfolio has moved on from is a ConflictError.',
    args: { input: t.arg({ type: CommitInput, required: true, description: 'The scenario and its version.' }) },
    errors: mutationErrors(InvalidTransitionError, GateBlockedError, PolicyViolationError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.portfolioScenario, query, await commitScenario(serviceContextOf(ctx), { id: scenarioIdOf(input.id), version: input.version })),
  }),
}));
