// Agile delivery: Iteration (sprints), their mutations and project.agileMetrics (velocity, burn-up
// and burn-down, AgileEVM), so that agile and waterfall projects report in one KPI model.
import { z } from 'zod';
import { agileEarnedValue, burnSeries, closeIteration, createIteration, updateIteration, velocity } from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules, name } from '../shared/validators.js';
import { decimal, money } from './earned-value.js';

const IterationStatusEnum = builder.enumType('IterationStatus', {
  description: 'Where an iteration is.',
  values: { PLANNED: { description: 'Not started.' }, ACTIVE: { description: 'Under way (one at a time).' }, CLOSED: { description: 'Done: its completed points count towards velocity.' } },
});

builder.prismaNode('Iteration', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'A sprint: what the team committed to and what it completed.',
  select: { id: true, projectId: true },
  authScopes: (iteration) => ({ readProject: iteration.projectId }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'e.g. "Sprint 4".' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'The first day.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'The last day.' }),
    committedPoints: t.exposeInt('committedPoints', { description: 'Points committed to at planning.' }),
    completedPoints: t.exposeInt('completedPoints', { description: 'Points completed (accepted).' }),
    status: t.expose('status', { type: IterationStatusEnum, description: 'PLANNED, ACTIVE or CLOSED.' }),
    version: t.exposeInt('version', { description: 'Send it back with updates (optimistic concurrency).' }),
    project: t.relation('project', { description: 'The project.' }),
  }),
});


type Metrics = {
  velocity: ReturnType<typeof velocity>;
  scopePoints: number | null;
  completedPoints: number;
  burn: (ReturnType<typeof burnSeries>[number] & { date: Date })[];
  evm: ReturnType<typeof agileEarnedValue> | null;
};

const VelocityRef = builder.objectRef<Metrics['velocity']>('Velocity').implement({
  description: 'Completed points per closed iteration.',
  fields: (t) => ({
    iterations: t.int({ description: 'Closed iterations counted.', resolve: (v) => v.iterations }),
    mean: t.float({ nullable: true, description: 'Mean over every closed iteration.', resolve: (v) => v.mean }),
    lastThree: t.intList({ description: 'The last three closed iterations, oldest first.', resolve: (v) => v.lastThree }),
    lastThreeMean: t.float({ nullable: true, description: 'Mean of the last three.', resolve: (v) => v.lastThreeMean }),
    standardDeviation: t.float({ nullable: true, description: 'Sample standard deviation (two closed iterations at least).', resolve: (v) => v.standardDeviation }),
    coefficientOfVariation: t.float({ nullable: true, description: 'Standard deviation / mean: how steady the team is.', resolve: (v) => v.coefficientOfVariation }),
    commitmentReliability: t.float({ nullable: true, description: 'Σ completed / Σ committed.', resolve: (v) => v.commitmentReliability }),
  }),
});

const BurnPointRef = builder.objectRef<Metrics['burn'][number]>('BurnPoint').implement({
  description: 'Scope and work at the start (iteration 0) or at the end of an iteration, for burn-up and burn-down charts.',
  fields: (t) => ({
    iteration: t.int({ description: '0 before the first iteration, then 1, 2, ... (closed and active ones).', resolve: (p) => p.iteration }),
    date: t.field({ type: 'Date', description: 'The first iteration’s start for point 0, else the iteration’s end.', resolve: (p) => p.date }),
    scopePoints: t.float({ description: 'Scope.', resolve: (p) => p.scopePoints }),
    completedPoints: t.float({ description: 'Completed so far (burn-up).', resolve: (p) => p.completedPoints }),
    remainingPoints: t.float({ description: 'Scope − completed (burn-down).', resolve: (p) => p.remainingPoints }),
    idealRemainingPoints: t.float({ nullable: true, description: 'The ideal burn-down over the planned iterations.', resolve: (p) => p.idealRemainingPoints }),
  }),
});

const AgileEvmRef = builder.objectRef<NonNullable<Metrics['evm']>>('AgileEarnedValue').implement({
  description: 'AgileEVM (Sulaiman, Barton & Blackburn, 2006): PV = planned share of iterations × budget, EV = completed share of points × budget.',
  fields: (t) => ({
    budgetAtCompletion: t.field({ ...money('The release budget (the project budget).'), resolve: (f) => decimal(f.budgetAtCompletion) }),
    plannedValue: t.field({ ...money('PV.'), resolve: (f) => decimal(f.plannedValue) }),
    earnedValue: t.field({ ...money('EV.'), resolve: (f) => decimal(f.earnedValue) }),
    actualCost: t.field({ ...money('AC (the project’s actual cost).'), resolve: (f) => decimal(f.actualCost) }),
    estimateAtCompletion: t.field({ ...money('EAC = BAC / CPI.'), resolve: (f) => decimal(f.estimateAtCompletion) }),
    cpi: t.float({ nullable: true, description: 'EV / AC.', resolve: (f) => f.cpi }),
    spi: t.float({ nullable: true, description: 'EV / PV.', resolve: (f) => f.spi }),
    plannedPercentComplete: t.float({ nullable: true, description: 'Closed iterations / planned iterations.', resolve: (f) => f.plannedPercentComplete }),
    actualPercentComplete: t.float({ nullable: true, description: 'Completed points / scope.', resolve: (f) => f.actualPercentComplete }),
    forecastIterations: t.float({ nullable: true, description: 'Planned iterations / SPI: how many iterations the release takes at this pace.', resolve: (f) => f.forecastIterations }),
  }),
});

const AgileMetricsRef = builder.objectRef<Metrics>('AgileMetrics').implement({
  description: "An agile project's delivery figures from its iterations.",
  fields: (t) => ({
    velocity: t.field({ type: VelocityRef, description: 'Points per closed iteration.', resolve: (m) => m.velocity }),
    scopePoints: t.int({ nullable: true, description: "The project's scope.", resolve: (m) => m.scopePoints }),
    completedPoints: t.int({ description: 'Completed in closed iterations.', resolve: (m) => m.completedPoints }),
    remainingPoints: t.int({ nullable: true, description: 'Scope − completed.', resolve: (m) => (m.scopePoints === null ? null : m.scopePoints - m.completedPoints) }),
    burn: t.field({ type: [BurnPointRef], description: 'Burn-up and burn-down series.', resolve: (m) => m.burn }),
    earnedValue: t.field({ type: AgileEvmRef, nullable: true, description: 'AgileEVM; null without scope points or iterations.', resolve: (m) => m.evm }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  iterations: t.relation('iterations', { description: 'Iterations, by start date.', query: { orderBy: [{ startDate: 'asc' }, { id: 'asc' }] } }),
  agileMetrics: t.field({
    type: AgileMetricsRef,
    description: 'Velocity, burn-up and burn-down, and AgileEVM from the iterations.',
    select: { scopePoints: true, budget: true, actualCost: true, iterations: { orderBy: [{ startDate: 'asc' }, { id: 'asc' }] } },
    resolve: (project) => {
      const iterations = project.iterations;
      const closed = iterations.filter((iteration) => iteration.status === 'CLOSED');
      const completedPoints = closed.reduce((sum, iteration) => sum + iteration.completedPoints, 0);
      const shown = iterations.filter((iteration) => iteration.status !== 'PLANNED');
      const burn = project.scopePoints === null || iterations.length === 0
        ? []
        : burnSeries(iterations, { scopePoints: project.scopePoints, plannedIterations: iterations.length }).map((point) => ({
            ...point,
            date: point.iteration === 0 ? iterations[0]!.startDate : shown[point.iteration - 1]!.endDate,
          }));
      const evm = project.scopePoints && iterations.length
        ? agileEarnedValue({
            releaseBudget: Number(project.budget), plannedPoints: project.scopePoints, plannedIterations: iterations.length,
            completedIterations: closed.length, completedPoints, actualCost: Number(project.actualCost),
          })
        : null;
      return { velocity: velocity(iterations), scopePoints: project.scopePoints, completedPoints, burn, evm };
    },
  }),
}));

const points = (field: string) => z.number().int(`${field} must be a whole number`).min(0, `${field} must not be negative`).max(1_000_000, `${field} must be at most 1000000`);

const CreateIterationInput = builder.inputType('CreateIterationInput', {
  description: 'A new iteration of a project (iterations of a project do not overlap).',
  validate: inputRules({ name, committedPoints: points('committedPoints').nullish(), completedPoints: points('completedPoints').nullish() }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    name: t.string({ description: 'e.g. "Sprint 4".', required: true }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'The last day (not before the first).' }),
    committedPoints: t.int({ description: 'Points committed to (default 0).' }),
    completedPoints: t.int({ description: 'Points completed so far (default 0).' }),
    status: t.field({ type: IterationStatusEnum, description: 'PLANNED (default) or ACTIVE.' }),
  }),
});

const UpdateIterationInput = builder.inputType('UpdateIterationInput', {
  description: 'Changes to an open iteration: only the fields given change.',
  validate: inputRules({ name: name.nullish(), committedPoints: points('committedPoints').nullish(), completedPoints: points('completedPoints').nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The iteration.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Its name.' }),
    startDate: t.field({ type: 'Date', description: 'The first day.' }),
    endDate: t.field({ type: 'Date', description: 'The last day.' }),
    committedPoints: t.int({ description: 'Points committed to.' }),
    completedPoints: t.int({ description: 'Points completed so far.' }),
    status: t.field({ type: IterationStatusEnum, description: 'PLANNED or ACTIVE (closeIteration closes).' }),
  }),
});

const CloseIterationInput = builder.inputType('CloseIterationInput', {
  description: 'Closes an iteration with what it completed: final.',
  validate: inputRules({ completedPoints: points('completedPoints').nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The iteration.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    completedPoints: t.int({ description: 'Points completed (default: what the iteration holds).' }),
  }),
});

const iterationIdOf = (id: { typename: string; id: string }) => idOf(id, 'Iteration', ['input', 'id']);

builder.mutationFields((t) => ({
  createIteration: t.prismaField({
    type: 'Iteration',
    description: 'Plans an iteration of a project (the managers of the project may).',
    args: { input: t.arg({ description: 'The iteration.', type: CreateIterationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.iteration, query, await createIteration(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) })),
  }),
  updateIteration: t.prismaField({
    type: 'Iteration',
    description: 'Changes an open iteration read at `version`.',
    args: { input: t.arg({ description: 'The iteration, its version and the changes.', type: UpdateIterationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.iteration, query, await updateIteration(serviceContextOf(ctx), { ...input, id: iterationIdOf(input.id) })),
  }),
  closeIteration: t.prismaField({
    type: 'Iteration',
    description: 'Closes an iteration with its completed points (final).',
    args: { input: t.arg({ description: 'The iteration, its version and what it completed.', type: CloseIterationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.iteration, query, await closeIteration(serviceContextOf(ctx), { ...input, id: iterationIdOf(input.id) })),
  }),
}));
