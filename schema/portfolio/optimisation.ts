// The GraphQL skin of portfolio optimisation: optimizePortfolio (the exact selection, with the
// greedy one beside it) and efficientFrontier (the best value at a series of budgets), both for
// the portfolio's owner, the PMO and executives; typed errors: ValidationError, ForbiddenError,
// InfeasibleError (naming the conflicting constraints).
import {
  type ConstraintReport, type FrontierPoint, type InfeasibleIssue, DEFAULT_FRONTIER_POINTS, MAX_PORTFOLIO_FRONTIER_POINTS, OptimisationTimeoutError, optimizePortfolio, portfolioFrontier, type PortfolioOptimisation, PortfolioInfeasibleError,
} from '../../server/portfolio/index.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../server/platform/errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { parameterFields, parametersOf } from './optimisation-inputs.js';

type Ctx = { prisma: import('../../server/platform/db/generated/prisma/client.js').PrismaClient };
/** A project by id, with the planned query (findUnique calls of one tick are batched into one statement). */
const projectField = <T>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>, idOfRow: (row: T) => string, description: string) =>
  t.prismaField({ type: 'Project', description, resolve: (query, row, _args, ctx: Ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: idOfRow(row) } }) });
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const ConstraintKindEnum = builder.enumType('PortfolioConstraintKind', {
  description: 'What a constraint of portfolio selection limits.',
  values: {
    BUDGET: { description: 'The cost of a calendar year.' },
    CAPACITY: { description: 'The hours of a skill in a quarter.' },
    DEPENDENCY: { description: 'A project that needs another is selected only with it.' },
    EXCLUSIVE_GROUP: { description: 'At most one project of the group.' },
    EXCLUSION: { description: 'A project that must be left out (must-exclude).' },
    SOLVER: { description: 'A conflict only the solver found (numerical trouble).' },
  } as const,
});

const OptimizationStatusEnum = builder.enumType('PortfolioOptimizationStatus', {
  description: 'Whether the answer is proven best.',
  values: { OPTIMAL: { description: 'Proven optimal.' }, TIME_LIMIT: { description: 'The time limit stopped the search: the best selection found (never worse than greedy), not proven optimal.' } } as const,
});

const CapacitySourceEnum = builder.enumType('PortfolioCapacitySource', {
  description: 'Where the capacity limits came from.',
  values: { GIVEN: { description: 'The capacityLimits of the input.' }, DEMANDS: { description: 'None were given: the capacity of the people with each skill the candidates demand, per quarter.' } } as const,
});

const CostSourceEnum = builder.enumType('PortfolioCostSource', {
  description: 'How a project’s cost per year was found.',
  values: { TASKS: { description: 'The planned value of its budgeted tasks, per calendar year.' }, BUDGET: { description: 'Its budget (for an ACTIVE project what is left of it, from today) spread evenly over its dates.' } } as const,
});

const SelectedProjectRef = builder.objectRef<{ projectId: string }>('SelectedProject').implement({
  description: 'A project a selection takes.',
  fields: (t) => ({ project: projectField(t, (row) => row.projectId, 'The project.') }),
});
const selectedOf = (ids: readonly string[]) => ids.map((projectId) => ({ projectId }));

const ConstraintRef = builder.objectRef<ConstraintReport>('PortfolioConstraint').implement({
  description: 'One constraint of a selection: how much of it is used against its limit.',
  fields: (t) => ({
    constraint: t.string({ description: 'Its name: "budget 2027", "capacity data-migration 2027-Q2", "dependency B needs A", "exclusive group 1".', resolve: (row) => row.constraint }),
    kind: t.field({ type: ConstraintKindEnum, description: 'What it limits.', resolve: (row) => row.kind }),
    used: t.float({ description: 'Budget: the cost that year; capacity: the hours; group: how many are selected; dependency: 1 when the dependent project is selected.', resolve: (row) => row.used }),
    limit: t.float({ description: 'The budget, the hours, 1 for a group; dependency: 1 when the needed project is selected.', resolve: (row) => row.limit }),
    binding: t.boolean({ description: 'Used up to its limit (within 1e-6).', resolve: (row) => row.binding }),
    slack: t.float({ description: 'limit − used.', resolve: (row) => row.slack }),
    year: t.int({ nullable: true, description: 'The year of a budget.', resolve: (row) => row.year ?? null }),
    skillKey: t.string({ nullable: true, description: 'The skill of a capacity.', resolve: (row) => row.skillKey ?? null }),
    quarter: t.string({ nullable: true, description: 'The quarter of a capacity.', resolve: (row) => row.quarter ?? null }),
  }),
});

const YearCostRef = builder.objectRef<{ year: number; amount: number; limit: number | null }>('PortfolioYearCost').implement({
  description: 'What a selection costs in a calendar year, against the year’s budget.',
  fields: (t) => ({
    year: t.int({ description: 'The year.', resolve: (row) => row.year }),
    used: t.float({ description: 'The cost of the selected projects that year.', resolve: (row) => row.amount }),
    limit: t.float({ nullable: true, description: 'The budget of the year; null when not limited.', resolve: (row) => row.limit }),
  }),
});

const CapacityUseRef = builder.objectRef<{ skillKey: string; quarter: string; used: number; limit: number }>('PortfolioCapacityUse').implement({
  description: 'The hours of a skill a selection uses in a quarter, against what is available.',
  fields: (t) => ({
    skillKey: t.string({ description: 'The skill.', resolve: (row) => row.skillKey }),
    quarter: t.string({ description: 'The quarter, e.g. "2027-Q1".', resolve: (row) => row.quarter }),
    used: t.float({ description: 'Hours the selected projects demand.', resolve: (row) => row.used }),
    limit: t.float({ description: 'Hours available.', resolve: (row) => row.limit }),
  }),
});

const ProjectYearCostRef = builder.objectRef<{ year: number; amount: number }>('ProjectYearCost').implement({
  description: 'What a project costs in a calendar year.',
  fields: (t) => ({
    year: t.int({ description: 'The year.', resolve: (row) => row.year }),
    amount: t.float({ description: 'Its cost that year.', resolve: (row) => row.amount }),
  }),
});

const CandidateRef = builder.objectRef<PortfolioOptimisation['candidates'][number]>('PortfolioCandidate').implement({
  description: 'A project the optimiser chose among, as it saw it.',
  fields: (t) => ({
    project: projectField(t, (row) => row.id, 'The project.'),
    score: t.float({ description: 'Its value: its score in portfolio.ranking under the model.', resolve: (row) => row.score }),
    scoreComplete: t.boolean({ description: 'Every criterion has a value (otherwise the missing ones count nothing).', resolve: (row) => row.scoreComplete }),
    costSource: t.field({ type: CostSourceEnum, description: 'How its cost per year was found.', resolve: (row) => row.costSource }),
    costByYear: t.field({ type: [ProjectYearCostRef], description: 'Its cost per calendar year.', resolve: (row) => row.costByYear }),
    selected: t.boolean({ description: 'Whether the optimal selection takes it.', resolve: (row) => row.selected }),
  }),
});

const GreedyRef = builder.objectRef<PortfolioOptimisation['greedy']>('PortfolioGreedySelection').implement({
  description: 'The classic heuristic’s selection (best score per cost first), to show what optimising gains.',
  fields: (t) => ({
    objective: t.float({ description: 'Its total score.', resolve: (row) => row.objective }),
    selected: t.field({ type: [SelectedProjectRef], description: 'Its projects.', resolve: (row) => selectedOf(row.selected) }),
  }),
});

const OptimizationRef = builder.objectRef<PortfolioOptimisation>('PortfolioOptimization').implement({
  description: 'The selection of a portfolio’s candidate projects with the greatest total score within the constraints.',
  fields: (t) => ({
    status: t.field({ type: OptimizationStatusEnum, description: 'OPTIMAL or TIME_LIMIT.', resolve: (row) => row.status }),
    optimal: t.boolean({ description: 'Proven optimal.', resolve: (row) => row.optimal }),
    objective: t.float({ description: 'The total score of the selection.', resolve: (row) => row.objective }),
    totalCost: t.float({ description: 'What the selection costs over every year.', resolve: (row) => row.totalCost }),
    selected: t.field({ type: [SelectedProjectRef], description: 'The selected projects, by code.', resolve: (row) => selectedOf(row.selected) }),
    binding: t.field({ type: [ConstraintRef], description: 'The constraints used up to their limit.', resolve: (row) => row.constraints.filter((c) => c.binding) }),
    constraints: t.field({ type: [ConstraintRef], description: 'Every constraint: budgets by year, capacities, dependencies, exclusive groups.', resolve: (row) => row.constraints }),
    costByYear: t.field({ type: [YearCostRef], description: 'The selection’s cost per year (every year a candidate costs in or a budget limits), against each budget.', resolve: (row) => row.costByYear }),
    capacity: t.field({ type: [CapacityUseRef], description: 'Hours per skill and quarter against each capacity limit.', resolve: (row) => row.capacity }),
    stopped: t.field({ type: [SelectedProjectRef], description: 'ACTIVE projects left out (only with allowStopping).', resolve: (row) => selectedOf(row.stopped) }),
    greedy: t.field({ type: GreedyRef, description: 'The greedy selection beside it.', resolve: (row) => row.greedy }),
    gainOverGreedy: t.float({ description: 'objective − greedy.objective.', resolve: (row) => row.gainOverGreedy }),
    gap: t.float({ nullable: true, description: 'When not proven optimal: (best bound − objective) / objective; null when optimal or unknown.', resolve: (row) => row.gap }),
    solveMillis: t.float({ description: 'Milliseconds the solve took (in its worker thread).', resolve: (row) => row.solveMillis }),
    capacitySource: t.field({ type: CapacitySourceEnum, description: 'Where the capacity limits came from.', resolve: (row) => row.capacitySource }),
    notes: t.stringList({ description: 'What the PMO should know: projects without a complete score, dependencies that cannot be met, capacity not known.', resolve: (row) => row.notes }),
    candidates: t.field({ type: [CandidateRef], description: 'Every candidate as the optimiser saw it, by code.', resolve: (row) => row.candidates }),
  }),
});

const InfeasibleKind = ConstraintKindEnum;
const InfeasibleIssueRef = builder.objectRef<InfeasibleIssue>('InfeasibleIssue').implement({
  description: 'A constraint the projects that must be in break on their own.',
  fields: (t) => ({
    constraint: t.string({ description: 'Its name (as PortfolioConstraint.constraint), or "must exclude P".', resolve: (row) => row.constraint }),
    kind: t.field({ type: InfeasibleKind, description: 'What it limits.', resolve: (row) => row.kind }),
    projects: t.prismaField({
      type: ['Project'],
      description: 'The projects that break it (must-include, kept active, or needed by those).',
      resolve: (query, row, _args, ctx) => ctx.prisma.project.findMany({ ...query, where: { id: { in: row.projectIds } }, orderBy: { code: 'asc' } }),
    }),
    used: t.float({ nullable: true, description: 'What they use.', resolve: (row) => row.used ?? null }),
    limit: t.float({ nullable: true, description: 'The limit.', resolve: (row) => row.limit ?? null }),
    message: t.string({ description: 'What conflicts, in words.', resolve: (row) => row.message }),
  }),
});

builder.objectType(PortfolioInfeasibleError, {
  name: 'InfeasibleError',
  interfaces: [ErrorInterface],
  description: 'No selection satisfies the constraints: the projects that must be in break these on their own.',
  fields: (t) => ({ issues: t.field({ type: [InfeasibleIssueRef], description: 'The conflicting constraints.', resolve: (error) => [...error.issues] }) }),
});

builder.objectType(OptimisationTimeoutError, {
  name: 'OptimisationTimeoutError',
  interfaces: [ErrorInterface],
  description: 'The solver did not answer within its time limit and a margin; it was stopped.',
  fields: () => ({}),
});

const OPTIMISATION_ERRORS = [ValidationError, NotFoundError, ForbiddenError, PortfolioInfeasibleError, OptimisationTimeoutError];

const OptimizePortfolioInput = builder.inputType('OptimizePortfolioInput', {
  description: 'A portfolio and what to optimise it for.',
  fields: (t) => ({ portfolioId: t.globalID({ required: true, description: 'The portfolio.' }), ...parameterFields(t) }),
});

const EfficientFrontierInput = builder.inputType('EfficientFrontierInput', {
  description: 'As OptimizePortfolioInput, and the total budgets to solve at.',
  fields: (t) => ({
    portfolioId: t.globalID({ required: true, description: 'The portfolio.' }),
    ...parameterFields(t),
    points: t.int({ description: `How many budget levels, 2..${MAX_PORTFOLIO_FRONTIER_POINTS} (default ${DEFAULT_FRONTIER_POINTS}).` }),
    budgetFrom: t.float({ description: 'The lowest total budget (default: the least budget the kept active and must-include projects fit; 0 when none must be in).' }),
    budgetTo: t.float({ description: 'The highest total budget (default: the sum of the budget limits, or without limits what every candidate costs).' }),
  }),
});

const FrontierPointRef = builder.objectRef<FrontierPoint>('EfficientFrontierPoint').implement({
  description: 'The best selection at one total budget (each year’s budget scaled in proportion).',
  fields: (t) => ({
    budget: t.float({ description: 'The total budget over the limited years.', resolve: (row) => row.budget }),
    objective: t.float({ nullable: true, description: 'The best total score; null when the projects that must be in do not fit.', resolve: (row) => row.objective }),
    optimal: t.boolean({ description: 'Proven optimal.', resolve: (row) => row.optimal }),
    totalCost: t.float({ nullable: true, description: 'What the selection costs; null when infeasible.', resolve: (row) => row.totalCost }),
    feasible: t.boolean({ description: 'Whether any selection fits this budget.', resolve: (row) => row.status !== 'INFEASIBLE' }),
    selected: t.field({ type: [SelectedProjectRef], description: 'The selected projects, by code.', resolve: (row) => selectedOf(row.selected) }),
  }),
});

const portfolioIdOf = (input: { portfolioId: { typename: string; id: string } }) => idOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']);

builder.queryFields((t) => ({
  optimizePortfolio: t.field({
    type: OptimizationRef,
    description: 'The exact best selection of the portfolio’s candidates (PROPOSED, APPROVED, and ACTIVE ones kept unless allowStopping) within budgets, capacities, dependencies and groups (HiGHS, in a worker thread). The portfolio’s owner, the PMO and executives.',
    args: { input: t.arg({ type: OptimizePortfolioInput, required: true, description: 'The portfolio and the parameters.' }) },
    errors: { types: OPTIMISATION_ERRORS, dataField: { description: 'The optimisation.' } },
    authScopes: { seeMoney: true },
    extensions: { cost: 200 },
    resolve: (_root, { input }, ctx) => optimizePortfolio(ctx, { portfolioId: portfolioIdOf(input), ...parametersOf(input, ['input']) }),
  }),
  efficientFrontier: t.field({
    type: [FrontierPointRef],
    description: 'The best value at a series of total budgets, lowest first (as Microsoft Project’s portfolio analysis draws it); the time limit is for the whole series.',
    args: { input: t.arg({ type: EfficientFrontierInput, required: true, description: 'The portfolio, the parameters and the budget levels.' }) },
    errors: { types: OPTIMISATION_ERRORS, dataField: { description: 'The points, by budget.' } },
    authScopes: { seeMoney: true },
    extensions: { cost: 500 },
    resolve: (_root, { input }, ctx) => portfolioFrontier(ctx, { portfolioId: portfolioIdOf(input), ...parametersOf(input, ['input']), points: input.points, budgetFrom: input.budgetFrom, budgetTo: input.budgetTo }),
  }),
}));

export { SelectedProjectRef, selectedOf, YearCostRef, CapacityUseRef, InfeasibleKind };
